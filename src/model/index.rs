//! Lookups by id over a loaded dataset, built once at load.
//!
//! Owns: [`Loaded`], the dataset together with its id index, which every view reads, and
//! [`Record`], a reference to any record by kind.

use std::collections::HashMap;

use super::types::*;
use super::validate::Collection;

/// Any record of the dataset.
#[derive(Clone, Copy, Debug)]
pub enum Record<'a> {
    Section(&'a Section),
    Actor(&'a Actor),
    Sector(&'a Sector),
    Relationship(&'a Relationship),
    Event(&'a Event),
    ChallengeCategory(&'a ChallengeCategory),
    Challenge(&'a Challenge),
    Adoption(&'a Adoption),
    Strategy(&'a Statement),
    LegalBasis(&'a LegalBasis),
    Principle(&'a Statement),
    ParadiplomacyType(&'a ParadiplomacyType),
    Literature(&'a Literature),
    Finding(&'a Finding),
    Recommendation(&'a Recommendation),
}

/// A validated dataset and its lookups. Built once per dataset, shared read-only.
#[derive(Debug)]
pub struct Loaded {
    pub data: Dataset,
    ids: HashMap<String, (Collection, usize)>,
}

impl Loaded {
    pub fn new(data: Dataset) -> Self {
        let mut ids = HashMap::new();
        macro_rules! index {
            ($field:ident, $coll:expr) => {
                for (i, r) in data.$field.iter().enumerate() {
                    ids.entry(r.id.clone()).or_insert(($coll, i));
                }
            };
        }
        index!(sections, Collection::Section);
        index!(actors, Collection::Actor);
        index!(sectors, Collection::Sector);
        index!(relationships, Collection::Relationship);
        index!(events, Collection::Event);
        index!(challenge_categories, Collection::ChallengeCategory);
        index!(challenges, Collection::Challenge);
        index!(adoptions, Collection::Adoption);
        index!(strategies, Collection::Strategy);
        index!(legal_bases, Collection::LegalBasis);
        index!(principles, Collection::Principle);
        index!(paradiplomacy_types, Collection::ParadiplomacyType);
        index!(literature, Collection::Literature);
        index!(findings, Collection::Finding);
        index!(recommendations, Collection::Recommendation);
        Self { data, ids }
    }

    /// The record with id `id`, of whatever kind.
    pub fn record(&self, id: &str) -> Option<Record<'_>> {
        let &(coll, i) = self.ids.get(id)?;
        let d = &self.data;
        Some(match coll {
            Collection::Section => Record::Section(d.sections.get(i)?),
            Collection::Actor => Record::Actor(d.actors.get(i)?),
            Collection::Sector => Record::Sector(d.sectors.get(i)?),
            Collection::Relationship => Record::Relationship(d.relationships.get(i)?),
            Collection::Event => Record::Event(d.events.get(i)?),
            Collection::ChallengeCategory => Record::ChallengeCategory(d.challenge_categories.get(i)?),
            Collection::Challenge => Record::Challenge(d.challenges.get(i)?),
            Collection::Adoption => Record::Adoption(d.adoptions.get(i)?),
            Collection::Strategy => Record::Strategy(d.strategies.get(i)?),
            Collection::LegalBasis => Record::LegalBasis(d.legal_bases.get(i)?),
            Collection::Principle => Record::Principle(d.principles.get(i)?),
            Collection::ParadiplomacyType => Record::ParadiplomacyType(d.paradiplomacy_types.get(i)?),
            Collection::Literature => Record::Literature(d.literature.get(i)?),
            Collection::Finding => Record::Finding(d.findings.get(i)?),
            Collection::Recommendation => Record::Recommendation(d.recommendations.get(i)?),
        })
    }

    fn get(&self, id: &str, coll: Collection) -> Option<usize> {
        self.ids.get(id).filter(|(c, _)| *c == coll).map(|&(_, i)| i)
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.get(id, Collection::Actor)
            .and_then(|i| self.data.actors.get(i))
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.get(id, Collection::Section)
            .and_then(|i| self.data.sections.get(i))
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.get(id, Collection::Sector)
            .and_then(|i| self.data.sectors.get(i))
    }

    pub fn relationship(&self, id: &str) -> Option<&Relationship> {
        self.get(id, Collection::Relationship)
            .and_then(|i| self.data.relationships.get(i))
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.get(id, Collection::Event)
            .and_then(|i| self.data.events.get(i))
    }

    pub fn challenge_category(&self, id: &str) -> Option<&ChallengeCategory> {
        self.get(id, Collection::ChallengeCategory)
            .and_then(|i| self.data.challenge_categories.get(i))
    }

    pub fn focal(&self) -> Option<&Actor> {
        self.actor(&self.data.focal_actor)
    }

    /// The actor's name in `lang`, or the id when the actor is unknown.
    pub fn actor_name(&self, id: &str, lang: super::Lang) -> String {
        self.actor(id)
            .map_or_else(|| id.to_string(), |a| a.name.get(lang).to_string())
    }

    /// The sector's name in `lang`, or the id when the sector is unknown.
    pub fn sector_name(&self, id: &str, lang: super::Lang) -> String {
        self.sector(id)
            .map_or_else(|| id.to_string(), |s| s.name.get(lang).to_string())
    }
}
