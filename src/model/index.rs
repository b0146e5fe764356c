//! Lookups by id over a loaded dataset, built once at load.
//!
//! Owns: [`Loaded`], the dataset together with its id index, which every view reads, and which
//! view shows a record best ([`View::home_of`]). [`Record`], a reference to any record by kind,
//! is generated with the collections (`collections`).

use rustc_hash::FxHashMap as HashMap;

use super::collections::Collected;
pub use super::collections::Record;
use super::collections::{records, Collection};
use super::date::PartialDate;
use super::id::IdOf;
use super::palette::{PartnerColour, PartnerColours};
use super::selection::Selection;
use super::types::*;
use super::view::View;

/// A validated dataset and its lookups. Built once per dataset, shared read-only.
#[derive(Debug)]
pub struct Loaded {
    pub data: Dataset,
    ids: HashMap<String, (Collection, usize)>,
    /// The dates of the records that have one (an event's date, a relationship's start),
    /// parsed once here: everything else reads them from [`Loaded::date`].
    dates: HashMap<String, PartialDate>,
    /// Each partner's colour, decided once from the dataset (see [`PartnerColours`]).
    colours: PartnerColours,
    /// Each country code (`KR`) to the first actor of kind country with it.
    countries: HashMap<String, usize>,
    /// How many passages the dataset cites, counted once (the overview's key figure).
    passages: usize,
}

impl Loaded {
    /// Whether `id` names something the detail panel can show: a record, or a matrix cell of an
    /// existing partner and sector (the text form of a [`Selection`]).
    pub fn exists(&self, id: &str) -> bool {
        Selection::parse(id).is_some_and(|s| self.holds(&s))
    }

    /// Whether the dataset has what `selection` names: the record, or the cell's partner and
    /// sector.
    pub fn holds(&self, selection: &Selection) -> bool {
        match selection {
            Selection::Cell { partner, sector } => {
                self.actor(partner).is_some() && self.sector(sector).is_some()
            }
            Selection::Record(id) => self.record(id).is_some(),
        }
    }

    pub fn new(data: Dataset) -> Self {
        let mut ids = HashMap::default();
        for (i, r) in records(&data) {
            // The first of two records with one id wins (the validator reports the second).
            ids.entry(r.id().to_string()).or_insert((r.kind(), i));
        }
        // A date that does not parse is refused by validation; here it is simply absent.
        let parsed = |id: &str, date: Option<&str>| {
            let date = PartialDate::parse(date?).ok()?;
            Some((id.to_string(), date))
        };
        let dates = (data.events.iter())
            .filter_map(|e| parsed(&e.id, e.date.as_deref()))
            .chain(
                data.relationships
                    .iter()
                    .filter_map(|r| parsed(&r.id, r.start.as_deref())),
            )
            .collect();
        let colours = PartnerColours::of(&data);
        let mut countries = HashMap::default();
        for (i, a) in data.actors.iter().enumerate() {
            if let (ActorKind::Country, Some(code)) = (a.kind, &a.country) {
                countries.entry(code.clone()).or_insert(i);
            }
        }
        let passages = super::citations::count(&data);
        Self {
            data,
            ids,
            dates,
            colours,
            countries,
            passages,
        }
    }

    /// How many passages the dataset cites: every record's own and its parts'.
    pub fn passages(&self) -> usize {
        self.passages
    }

    /// The colour of the partner `id`, the same in every chart and table; `None` for an actor
    /// that is no partner.
    pub fn partner_colour(&self, id: &str) -> Option<PartnerColour> {
        self.colours.get(id)
    }

    /// The date of the record `id` (an event's date, a relationship's start), if it has one.
    pub fn date(&self, id: &str) -> Option<PartialDate> {
        self.dates.get(id).copied()
    }

    /// Every date of the dataset (events and relationships), in no particular order.
    pub fn dates(&self) -> impl Iterator<Item = PartialDate> + '_ {
        self.dates.values().copied()
    }

    /// The record with id `id`, of whatever kind.
    pub fn record(&self, id: &str) -> Option<Record<'_>> {
        let &(coll, i) = self.ids.get(id)?;
        Record::at(&self.data, coll, i)
    }

    /// The record of type `T` with id `id`: a typed id of `T`, or text (an id of another
    /// collection does not compile; see `model::id`).
    fn get<T: Collected>(&self, id: &(impl IdOf<T> + ?Sized)) -> Option<usize> {
        self.ids
            .get(id.id_str())
            .filter(|(c, _)| *c == T::COLLECTION)
            .map(|&(_, i)| i)
    }

    pub fn actor(&self, id: &(impl IdOf<Actor> + ?Sized)) -> Option<&Actor> {
        self.get(id).and_then(|i| self.data.actors.get(i))
    }

    pub fn section(&self, id: &(impl IdOf<Section> + ?Sized)) -> Option<&Section> {
        self.get(id).and_then(|i| self.data.sections.get(i))
    }

    pub fn sector(&self, id: &(impl IdOf<Sector> + ?Sized)) -> Option<&Sector> {
        self.get(id).and_then(|i| self.data.sectors.get(i))
    }

    pub fn relationship(&self, id: &(impl IdOf<Relationship> + ?Sized)) -> Option<&Relationship> {
        self.get(id).and_then(|i| self.data.relationships.get(i))
    }

    pub fn event(&self, id: &(impl IdOf<Event> + ?Sized)) -> Option<&Event> {
        self.get(id).and_then(|i| self.data.events.get(i))
    }

    pub fn challenge_category(
        &self,
        id: &(impl IdOf<ChallengeCategory> + ?Sized),
    ) -> Option<&ChallengeCategory> {
        self.get(id).and_then(|i| self.data.challenge_categories.get(i))
    }

    pub fn focal(&self) -> Option<&Actor> {
        self.actor(&self.data.focal_actor)
    }

    /// The actor's name in `lang`, or the id when the actor is unknown.
    pub fn actor_name(&self, id: &(impl IdOf<Actor> + ?Sized), lang: super::Lang) -> String {
        self.actor(id)
            .map_or_else(|| id.id_str().to_string(), |a| a.name.get(lang).to_string())
    }

    /// The name in `lang` of the country with the code `code` (`KR`): its actor's, or the code
    /// itself when the dataset has no actor for that country.
    pub fn country_name(&self, code: &str, lang: super::Lang) -> String {
        self.country(code)
            .map_or_else(|| code.to_string(), |a| a.name.get(lang).to_string())
    }

    /// The actor of the country with the code `code` (`KR`), if the dataset has one.
    pub fn country(&self, code: &str) -> Option<&Actor> {
        self.countries.get(code).and_then(|&i| self.data.actors.get(i))
    }

    /// The sector's name in `lang`, or the id when the sector is unknown.
    pub fn sector_name(&self, id: &(impl IdOf<Sector> + ?Sized), lang: super::Lang) -> String {
        self.sector(id)
            .map_or_else(|| id.id_str().to_string(), |s| s.name.get(lang).to_string())
    }
}

impl View {
    /// The view where `selection` is shown best (a search result opens there).
    pub fn home_of(data: &Loaded, selection: &Selection) -> View {
        let id = match selection {
            Selection::Cell { .. } => return View::Matrix,
            Selection::Record(id) => id,
        };
        match data.record(id) {
            Some(Record::Event(_)) => View::Timeline,
            Some(Record::Relationship(_) | Record::Sector(_)) => View::Matrix,
            Some(Record::Challenge(_) | Record::ChallengeCategory(_)) => View::Challenges,
            Some(Record::Adoption(_)) => View::Learning,
            Some(Record::Actor(_)) | None => View::Overview,
            Some(_) => View::Evidence,
        }
    }
}
