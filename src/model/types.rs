//! The dataset format (schema_version 1) as plain serde types.
//!
//! Owns: the shape of the bundled JSON file and of any dataset a reader opens. `data/README.md`
//! documents every field; `data/schema.json` is the same contract as a JSON Schema. Fields the
//! schema requires but allows `null` in are `nullable` (serde alone would let them be left out);
//! integers are read by `integer` (`2025.0` is 2025, as in JSON Schema). The closed lists of
//! words (kinds, types, statuses, levels) are in `kinds`, the parts records are made of (texts,
//! citations, links...) in `parts`, the guided story's steps in `story`.
//! Each record type says which of its texts a search looks in ([`Searched`]). Nothing here
//! checks references, dates or ranges: that is `validate/`. Which fields of [`Dataset`] are its
//! collections is declared once, in `collections`.

use serde::{Deserialize, Serialize};

pub use super::id::Id;

mod fields;
mod kinds;
mod parts;
mod story;
use fields::{integer, nullable, nullable_integer};
pub use kinds::*;
pub use parts::*;
pub use story::{StoryFilters, StoryStep};

/// The texts of a record a search looks in, in both languages (its quotes are searched apart).
/// Every record type has them: `collections` asks for them.
pub trait Searched {
    fn texts(&self) -> Vec<&str>;
}

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    #[serde(deserialize_with = "integer")]
    pub schema_version: u32,
    pub id: String,
    pub title: Text,
    pub description: Text,
    pub focal_actor: Id<Actor>,
    pub source: Source,
    pub sections: Vec<Section>,
    pub actors: Vec<Actor>,
    pub sectors: Vec<Sector>,
    pub relationships: Vec<Relationship>,
    pub events: Vec<Event>,
    pub challenge_categories: Vec<ChallengeCategory>,
    pub challenges: Vec<Challenge>,
    pub adoptions: Vec<Adoption>,
    pub strategies: Vec<Statement>,
    pub legal_bases: Vec<LegalBasis>,
    pub principles: Vec<Statement>,
    pub paradiplomacy_types: Vec<ParadiplomacyType>,
    pub literature: Vec<Literature>,
    pub findings: Vec<Finding>,
    pub recommendations: Vec<Recommendation>,
    /// The guided story for presenting (optional).
    #[serde(default)]
    pub story: Vec<StoryStep>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Id<Section>,
    pub heading: Text,
    #[serde(deserialize_with = "nullable")]
    pub parent: Option<Id<Section>>,
    #[serde(default)]
    pub citations: Vec<Citation>,
}

/// Both languages of each of `texts`, for [`Searched::texts`].
fn both<const N: usize>(texts: [&Text; N]) -> Vec<&str> {
    texts
        .iter()
        .flat_map(|t| [t.id.as_str(), t.en.as_str()])
        .collect()
}

impl Searched for Section {
    fn texts(&self) -> Vec<&str> {
        both([&self.heading])
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: Id<Actor>,
    pub name: Text,
    pub kind: ActorKind,
    #[serde(deserialize_with = "nullable")]
    pub country: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub parent: Option<Id<Actor>>,
    #[serde(deserialize_with = "nullable")]
    pub local_name: Option<LocalName>,
    #[serde(deserialize_with = "nullable")]
    pub coordinates: Option<Coordinates>,
    pub citations: Vec<Citation>,
}

impl Searched for Actor {
    fn texts(&self) -> Vec<&str> {
        let mut v: Vec<&str> = both([&self.name]);
        if let Some(n) = &self.local_name {
            v.push(&n.text);
        }
        v
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub id: Id<Sector>,
    pub name: Text,
    #[serde(deserialize_with = "nullable")]
    pub parent: Option<Id<Sector>>,
    #[serde(deserialize_with = "nullable_integer")]
    pub scope_item: Option<u32>,
    pub citations: Vec<Citation>,
}

impl Searched for Sector {
    fn texts(&self) -> Vec<&str> {
        both([&self.name])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relationship {
    pub id: Id<Relationship>,
    pub partner: Id<Actor>,
    #[serde(rename = "type")]
    pub kind: RelationshipType,
    pub status: RelationshipStatus,
    #[serde(deserialize_with = "nullable")]
    pub start: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub end: Option<String>,
    pub summary: Text,
    pub other_parties: Vec<Id<Actor>>,
    pub sectors: Vec<SectorLink>,
    pub citations: Vec<Citation>,
}

impl Searched for Relationship {
    fn texts(&self) -> Vec<&str> {
        both([&self.summary])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Id<Event>,
    #[serde(deserialize_with = "nullable")]
    pub date: Option<String>,
    pub date_qualifier: DateQualifier,
    #[serde(deserialize_with = "nullable")]
    pub date_derivation: Option<Text>,
    pub kind: EventKind,
    pub title: Text,
    pub description: Text,
    pub actors: Vec<Id<Actor>>,
    #[serde(deserialize_with = "nullable")]
    pub relationship: Option<Id<Relationship>>,
    pub sectors: Vec<Id<Sector>>,
    pub citations: Vec<Citation>,
}

impl Searched for Event {
    fn texts(&self) -> Vec<&str> {
        both([&self.title, &self.description])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChallengeCategory {
    pub id: Id<ChallengeCategory>,
    pub name: Text,
    pub description: Text,
    pub citations: Vec<Citation>,
}

impl Searched for ChallengeCategory {
    fn texts(&self) -> Vec<&str> {
        both([&self.name, &self.description])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    pub id: Id<Challenge>,
    pub category: Id<ChallengeCategory>,
    pub title: Text,
    pub description: Text,
    pub affects: Affects,
    pub citations: Vec<Citation>,
}

impl Searched for Challenge {
    fn texts(&self) -> Vec<&str> {
        both([&self.title, &self.description])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adoption {
    pub id: Id<Adoption>,
    pub practice: Text,
    pub learned_from: Id<Actor>,
    pub route: LearningRoute,
    #[serde(deserialize_with = "nullable")]
    pub relationship: Option<Id<Relationship>>,
    pub origin: Text,
    pub adaptation: Text,
    pub status: AdoptionStatus,
    pub sectors: Vec<Id<Sector>>,
    pub citations: Vec<Citation>,
}

impl Searched for Adoption {
    fn texts(&self) -> Vec<&str> {
        both([&self.practice, &self.origin, &self.adaptation])
    }
}

/// A strategy or a principle: a titled statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: Id<Statement>,
    pub title: Text,
    pub description: Text,
    pub citations: Vec<Citation>,
}

impl Searched for Statement {
    fn texts(&self) -> Vec<&str> {
        both([&self.title, &self.description])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub id: Id<Finding>,
    pub title: Text,
    pub description: Text,
    pub headline: bool,
    pub citations: Vec<Citation>,
    /// The views whose chart this finding sums up: its title is the one-line takeaway above
    /// that chart. Optional; a view named by no finding shows no takeaway.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub takeaway_for: Vec<crate::model::View>,
}

impl Searched for Finding {
    fn texts(&self) -> Vec<&str> {
        both([&self.title, &self.description])
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParadiplomacyType {
    pub id: Id<ParadiplomacyType>,
    pub code: String,
    pub name: Text,
    pub description: Text,
    pub citations: Vec<Citation>,
}

impl Searched for ParadiplomacyType {
    fn texts(&self) -> Vec<&str> {
        vec![
            &self.code,
            &self.name.id,
            &self.name.en,
            &self.description.id,
            &self.description.en,
        ]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    pub id: Id<LegalBasis>,
    pub kind: LegalKind,
    pub short: String,
    pub title: Text,
    #[serde(deserialize_with = "nullable_integer")]
    pub year: Option<i32>,
    pub provisions: Vec<Provision>,
    pub citations: Vec<Citation>,
}

impl Searched for LegalBasis {
    fn texts(&self) -> Vec<&str> {
        vec![&self.short, &self.title.id, &self.title.en]
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Literature {
    pub id: Id<Literature>,
    pub authors: String,
    #[serde(deserialize_with = "integer")]
    pub year: i32,
    pub claim: Text,
    #[serde(deserialize_with = "nullable")]
    pub figure: Option<Figure>,
    pub citations: Vec<Citation>,
}

impl Searched for Literature {
    fn texts(&self) -> Vec<&str> {
        vec![&self.authors, &self.claim.id, &self.claim.en]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: Id<Recommendation>,
    pub kind: RecommendationKind,
    pub title: Text,
    pub text: Text,
    pub citations: Vec<Citation>,
}

impl Searched for Recommendation {
    fn texts(&self) -> Vec<&str> {
        both([&self.title, &self.text])
    }
}
