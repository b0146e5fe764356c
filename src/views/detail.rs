//! What the detail panel shows for any record (or matrix cell): a title, labelled facts, a text,
//! and the passages of the paper that support it.
//!
//! Owns: turning an id into a [`Detail`] in one language. Pure; the panel only renders it.

use crate::i18n::{t, Key};
use crate::model::date::PartialDate;
use crate::model::index::{Loaded, Record};
use crate::model::types::*;
use crate::model::{Filters, Lang, Selection};

/// A labelled value of the detail ("Partner: Daejeon").
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub label: Key,
    pub value: String,
}

/// Everything the detail panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    pub id: String,
    /// What kind of record this is, in the reader's language.
    pub kind: String,
    pub title: String,
    pub facts: Vec<Fact>,
    pub text: Option<String>,
    /// Notes on values the paper does not state (derived dates, coordinates...).
    pub derived: Vec<String>,
    pub citations: Vec<Citation>,
}

/// How the paper dates `event`, whose date is `date` (`Loaded::date`): "since 2014",
/// "around 1980", "2016", or "undated".
pub fn date_label(event: &Event, date: Option<PartialDate>, lang: Lang) -> String {
    match (event.date_qualifier, date) {
        (DateQualifier::Undated, _) | (_, None) => {
            t(lang, Key::Qualifier(DateQualifier::Undated)).to_string()
        }
        (DateQualifier::Exact, Some(d)) => d.to_string(),
        (q, Some(d)) => format!("{} {d}", t(lang, Key::Qualifier(q))),
    }
}

fn names(data: &Loaded, ids: &[Id<Actor>], lang: Lang) -> String {
    ids.iter()
        .map(|id| data.actor_name(id, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

fn sector_names(data: &Loaded, ids: &[Id<Sector>], lang: Lang) -> String {
    ids.iter()
        .map(|id| data.sector_name(id, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

fn fact(label: Key, value: impl Into<String>) -> Option<Fact> {
    let value = value.into();
    (!value.is_empty()).then_some(Fact { label, value })
}

fn statement(id: &str, kind: Key, title: &Text, text: &Text, cites: &[Citation], lang: Lang) -> Detail {
    Detail {
        id: id.to_string(),
        kind: t(lang, kind).to_string(),
        title: title.get(lang).to_string(),
        facts: Vec::new(),
        text: Some(text.get(lang).to_string()),
        derived: Vec::new(),
        citations: cites.to_vec(),
    }
}

/// The detail of the record (or matrix cell) `id`, or `None` when there is no such thing.
pub fn detail(data: &Loaded, id: &str, lang: Lang) -> Option<Detail> {
    detail_under(data, id, lang, &Filters::default())
}

/// [`detail`] as a view under `filters` shows it, for the text form of a selection (a listed
/// id, a note's item).
pub fn detail_under(data: &Loaded, id: &str, lang: Lang, filters: &Filters) -> Option<Detail> {
    detail_of(data, &Selection::parse(id)?, lang, filters)
}

/// The detail of `selection` as a view under `filters` shows it: a matrix cell's level, links
/// and passages come only from the relationships the filters keep, as the cell on screen does.
/// Records are the same under any filter.
pub fn detail_of(data: &Loaded, selection: &Selection, lang: Lang, filters: &Filters) -> Option<Detail> {
    let id = match selection {
        Selection::Cell { partner, sector } => {
            return cell_detail(data, &selection.to_string(), partner, sector, lang, filters)
        }
        Selection::Record(id) => id,
    };
    let l = lang;
    let d = match data.record(id)? {
        Record::Event(e) => Detail {
            id: e.id.to_string(),
            kind: t(l, Key::EventKind(e.kind)).to_string(),
            title: e.title.get(l).to_string(),
            facts: [
                fact(Key::ColDate, date_label(e, data.date(&e.id), l)),
                fact(Key::Participants, names(data, &e.actors, l)),
                fact(Key::FilterSector, sector_names(data, &e.sectors, l)),
            ]
            .into_iter()
            .flatten()
            .collect(),
            text: Some(e.description.get(l).to_string()),
            derived: e.date_derivation.iter().map(|d| d.get(l).to_string()).collect(),
            citations: e.citations.clone(),
        },
        Record::Relationship(r) => Detail {
            id: r.id.to_string(),
            kind: t(l, Key::RelType(r.kind)).to_string(),
            title: format!(
                "{} · {}",
                data.actor_name(&r.partner, l),
                t(l, Key::RelType(r.kind))
            ),
            facts: [
                fact(Key::Status, t(l, Key::RelStatus(r.status))),
                fact(Key::Start, r.start.clone().unwrap_or_default()),
                fact(Key::OtherParties, names(data, &r.other_parties, l)),
            ]
            .into_iter()
            .flatten()
            .collect(),
            text: Some(r.summary.get(l).to_string()),
            derived: Vec::new(),
            citations: r.citations.clone(),
        },
        Record::Challenge(c) => Detail {
            id: c.id.to_string(),
            kind: data
                .challenge_category(&c.category)
                .map_or_else(String::new, |k| k.name.get(l).to_string()),
            title: c.title.get(l).to_string(),
            facts: [
                fact(Key::Affects, names(data, &c.affects.actors, l)),
                fact(Key::FilterSector, sector_names(data, &c.affects.sectors, l)),
            ]
            .into_iter()
            .flatten()
            .collect(),
            text: Some(c.description.get(l).to_string()),
            derived: Vec::new(),
            citations: c.citations.clone(),
        },
        Record::Adoption(a) => Detail {
            id: a.id.to_string(),
            kind: t(l, Key::AdoptionStatus(a.status)).to_string(),
            title: a.practice.get(l).to_string(),
            facts: [
                fact(Key::LearnedFrom, data.actor_name(&a.learned_from, l)),
                fact(Key::RouteLabel, t(l, Key::Route(a.route))),
                fact(Key::Origin, a.origin.get(l)),
                fact(Key::Adaptation, a.adaptation.get(l)),
            ]
            .into_iter()
            .flatten()
            .collect(),
            text: None,
            derived: Vec::new(),
            citations: a.citations.clone(),
        },
        Record::Finding(f) => statement(&f.id, Key::Finding, &f.title, &f.description, &f.citations, l),
        Record::Strategy(s) => statement(&s.id, Key::Strategy, &s.title, &s.description, &s.citations, l),
        Record::Principle(s) => statement(&s.id, Key::Principle, &s.title, &s.description, &s.citations, l),
        Record::Recommendation(r) => Detail {
            kind: t(l, Key::RecKind(r.kind)).to_string(),
            ..statement(&r.id, Key::Recommendation, &r.title, &r.text, &r.citations, l)
        },
        Record::ParadiplomacyType(p) => Detail {
            title: format!("{} · {}", p.code, p.name.get(l)),
            ..statement(
                &p.id,
                Key::ParadiplomacyType,
                &p.name,
                &p.description,
                &p.citations,
                l,
            )
        },
        Record::Literature(x) => Detail {
            id: x.id.to_string(),
            kind: t(l, Key::Literature).to_string(),
            title: format!("{} ({})", x.authors, x.year),
            facts: x
                .figure
                .iter()
                .filter_map(|f| fact(Key::Figure, f.text.get(l)))
                .collect(),
            text: Some(x.claim.get(l).to_string()),
            derived: Vec::new(),
            citations: x.citations.clone(),
        },
        Record::LegalBasis(b) => Detail {
            id: b.id.to_string(),
            kind: t(l, Key::LegalBasis).to_string(),
            title: format!("{} · {}", b.short, b.title.get(l)),
            facts: b
                .provisions
                .iter()
                .filter_map(|p| fact(Key::Provision, p.article.clone()))
                .collect(),
            text: None,
            derived: Vec::new(),
            citations: b.citations.clone(),
        },
        Record::Actor(a) => Detail {
            id: a.id.to_string(),
            kind: t(l, Key::Actor).to_string(),
            title: a.name.get(l).to_string(),
            facts: a
                .local_name
                .iter()
                .filter_map(|n| fact(Key::LocalName, n.text.clone()))
                .collect(),
            text: None,
            derived: a
                .local_name
                .iter()
                .map(|n| n.derivation.get(l).to_string())
                .chain(a.coordinates.iter().map(|c| c.derivation.get(l).to_string()))
                .collect(),
            citations: a.citations.clone(),
        },
        Record::Sector(s) => Detail {
            id: s.id.to_string(),
            kind: t(l, Key::FilterSector).to_string(),
            title: s.name.get(l).to_string(),
            facts: s
                .scope_item
                .iter()
                .filter_map(|n| fact(Key::ScopeItem, n.to_string()))
                .collect(),
            text: None,
            derived: Vec::new(),
            citations: s.citations.clone(),
        },
        Record::ChallengeCategory(k) => statement(
            &k.id,
            Key::ChallengeCategory,
            &k.name,
            &k.description,
            &k.citations,
            l,
        ),
        Record::Section(s) => Detail {
            id: s.id.to_string(),
            kind: t(l, Key::Section).to_string(),
            title: s.heading.get(l).to_string(),
            facts: Vec::new(),
            text: None,
            derived: Vec::new(),
            citations: s.citations.clone(),
        },
    };
    Some(d)
}

fn cell_detail(
    data: &Loaded,
    id: &str,
    partner: &str,
    sector: &str,
    lang: Lang,
    filters: &Filters,
) -> Option<Detail> {
    data.actor(partner)?;
    data.sector(sector)?;
    let links: Vec<(&Relationship, &SectorLink)> = data
        .data
        .relationships
        .iter()
        .filter(|r| r.partner == partner && filters.keeps_relationship(data, r))
        .flat_map(|r| {
            r.sectors
                .iter()
                .filter(|l| l.sector == sector)
                .map(move |l| (r, l))
        })
        .collect();
    let level = links.iter().map(|(_, l)| l.level).max();
    let level_text = level.map_or_else(
        || t(lang, Key::Silent).to_string(),
        |lv| t(lang, Key::Level(lv)).to_string(),
    );
    let via: Vec<String> = links
        .iter()
        .map(|(r, l)| {
            format!(
                "{} ({})",
                t(lang, Key::RelType(r.kind)),
                t(lang, Key::Level(l.level))
            )
        })
        .collect();
    Some(Detail {
        id: id.to_string(),
        kind: t(lang, Key::MatrixCell).to_string(),
        title: format!(
            "{} × {}",
            data.actor_name(partner, lang),
            data.sector_name(sector, lang)
        ),
        facts: [fact(Key::LevelLabel, level_text), fact(Key::Via, via.join(", "))]
            .into_iter()
            .flatten()
            .collect(),
        text: None,
        derived: Vec::new(),
        citations: links
            .iter()
            .flat_map(|(_, l)| l.citations.iter().cloned())
            .collect(),
    })
}
