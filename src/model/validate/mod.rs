//! Checks a parsed [`Dataset`] for what a JSON Schema cannot say.
//!
//! Owns: unique ids, references that resolve to the right collection, real dates, both languages
//! present, non-empty citations and quotes, http(s)-only links. Every problem names the JSON path
//! of the value at fault, so that a researcher can find it in their file.

mod problem;

use std::collections::HashMap;

use super::date::PartialDate;
use super::types::*;
pub use problem::{Collection, Issue, Problem};

/// Whether `url` is a link the dashboard may open: http(s) only.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && url.len() > "http://".len()
}

fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    !id.contains("--")
        && !bytes.is_empty()
        && bytes.len() <= 64
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

struct Checker<'a> {
    ids: HashMap<&'a str, (Collection, String)>,
    issues: Vec<Issue>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, path: impl Into<String>, problem: Problem) {
        self.issues.push(Issue {
            path: path.into(),
            problem,
        });
    }

    fn register(&mut self, id: &'a str, collection: Collection, path: String) {
        if !is_valid_id(id) {
            self.report(format!("{path}.id"), Problem::BadId(id.to_string()));
        }
        if let Some((_, first)) = self.ids.get(id) {
            let first = first.clone();
            self.report(
                format!("{path}.id"),
                Problem::DuplicateId {
                    id: id.to_string(),
                    first,
                },
            );
        } else {
            self.ids.insert(id, (collection, path));
        }
    }

    fn reference(&mut self, path: impl Into<String>, id: &str, expected: Collection) {
        match self.ids.get(id) {
            Some((found, _)) if *found == expected => {}
            _ => self.report(
                path,
                Problem::Dangling {
                    id: id.to_string(),
                    expected,
                },
            ),
        }
    }

    fn references(&mut self, path: &str, ids: &[String], expected: Collection) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(format!("{path}[{i}]"), id, expected);
        }
    }

    fn text(&mut self, path: &str, text: &Text) {
        if text.id.trim().is_empty() {
            self.report(format!("{path}.id"), Problem::EmptyText("Indonesian"));
        }
        if text.en.trim().is_empty() {
            self.report(format!("{path}.en"), Problem::EmptyText("English"));
        }
    }

    fn citations(&mut self, path: &str, citations: &[Citation], required: bool) {
        if required && citations.is_empty() {
            self.report(format!("{path}.citations"), Problem::NoCitations);
        }
        for (i, c) in citations.iter().enumerate() {
            let at = format!("{path}.citations[{i}]");
            self.reference(format!("{at}.section"), &c.section, Collection::Section);
            if c.quote.trim().is_empty() {
                self.report(format!("{at}.quote"), Problem::EmptyQuote);
            }
            if c.translation.trim().is_empty() {
                self.report(format!("{at}.translation"), Problem::EmptyTranslation);
            }
        }
    }

    fn date(&mut self, path: String, date: Option<&str>) {
        if let Some(d) = date {
            if let Err(e) = PartialDate::parse(d) {
                self.report(path, e.into());
            }
        }
    }

    fn non_empty(&mut self, path: String, value: &str) {
        if value.trim().is_empty() {
            self.report(path, Problem::EmptyField);
        }
    }
}

/// Every problem in `data`, in file order; empty when the dataset is valid.
pub fn validate(data: &Dataset) -> Vec<Issue> {
    let mut c = Checker {
        ids: HashMap::new(),
        issues: Vec::new(),
    };
    if data.schema_version != SCHEMA_VERSION {
        c.report(
            "$.schema_version",
            Problem::SchemaVersion {
                found: data.schema_version,
                expected: SCHEMA_VERSION,
            },
        );
    }
    if !is_valid_id(&data.id) {
        c.report("$.id", Problem::BadId(data.id.clone()));
    }
    c.text("$.title", &data.title);
    c.text("$.description", &data.description);
    if let Some(url) = &data.source.url {
        if !is_safe_link(url) {
            c.report("$.source.url", Problem::BadLink(url.clone()));
        }
    }
    c.non_empty("$.source.title".into(), &data.source.title);

    // First pass: every id, so that references may point forwards.
    macro_rules! register {
        ($field:ident, $coll:expr) => {
            for (i, r) in data.$field.iter().enumerate() {
                c.register(&r.id, $coll, format!("$.{}[{i}]", stringify!($field)));
            }
        };
    }
    register!(sections, Collection::Section);
    register!(actors, Collection::Actor);
    register!(sectors, Collection::Sector);
    register!(relationships, Collection::Relationship);
    register!(events, Collection::Event);
    register!(challenge_categories, Collection::ChallengeCategory);
    register!(challenges, Collection::Challenge);
    register!(adoptions, Collection::Adoption);
    register!(strategies, Collection::Strategy);
    register!(legal_bases, Collection::LegalBasis);
    register!(principles, Collection::Principle);
    register!(paradiplomacy_types, Collection::ParadiplomacyType);
    register!(literature, Collection::Literature);
    register!(findings, Collection::Finding);
    register!(recommendations, Collection::Recommendation);

    c.reference("$.focal_actor", &data.focal_actor, Collection::Actor);

    for (i, s) in data.sections.iter().enumerate() {
        let p = format!("$.sections[{i}]");
        c.text(&format!("{p}.heading"), &s.heading);
        if let Some(parent) = &s.parent {
            c.reference(format!("{p}.parent"), parent, Collection::Section);
        }
        c.citations(&p, &s.citations, false);
    }
    for (i, a) in data.actors.iter().enumerate() {
        let p = format!("$.actors[{i}]");
        c.text(&format!("{p}.name"), &a.name);
        if let Some(parent) = &a.parent {
            c.reference(format!("{p}.parent"), parent, Collection::Actor);
        }
        if let Some(local) = &a.local_name {
            c.non_empty(format!("{p}.local_name.text"), &local.text);
            c.text(&format!("{p}.local_name.derivation"), &local.derivation);
        }
        if let Some(xy) = &a.coordinates {
            let ok = xy.lat.is_finite()
                && xy.lon.is_finite()
                && (-90.0..=90.0).contains(&xy.lat)
                && (-180.0..=180.0).contains(&xy.lon);
            if !ok {
                let (lat, lon) = (xy.lat.to_string(), xy.lon.to_string());
                c.report(format!("{p}.coordinates"), Problem::BadCoordinates { lat, lon });
            }
            c.text(&format!("{p}.coordinates.derivation"), &xy.derivation);
        }
        c.citations(&p, &a.citations, true);
    }
    for (i, s) in data.sectors.iter().enumerate() {
        let p = format!("$.sectors[{i}]");
        c.text(&format!("{p}.name"), &s.name);
        if let Some(parent) = &s.parent {
            c.reference(format!("{p}.parent"), parent, Collection::Sector);
        }
        c.citations(&p, &s.citations, true);
    }
    for (i, r) in data.relationships.iter().enumerate() {
        let p = format!("$.relationships[{i}]");
        c.reference(format!("{p}.partner"), &r.partner, Collection::Actor);
        c.date(format!("{p}.start"), r.start.as_deref());
        c.date(format!("{p}.end"), r.end.as_deref());
        c.text(&format!("{p}.summary"), &r.summary);
        c.references(&format!("{p}.other_parties"), &r.other_parties, Collection::Actor);
        for (j, link) in r.sectors.iter().enumerate() {
            let lp = format!("{p}.sectors[{j}]");
            c.reference(format!("{lp}.sector"), &link.sector, Collection::Sector);
            c.citations(&lp, &link.citations, true);
        }
        c.citations(&p, &r.citations, true);
    }
    for (i, e) in data.events.iter().enumerate() {
        let p = format!("$.events[{i}]");
        let undated = e.date_qualifier == DateQualifier::Undated;
        if undated != e.date.is_none() {
            c.report(format!("{p}.date"), Problem::UndatedMismatch);
        }
        c.date(format!("{p}.date"), e.date.as_deref());
        if let Some(d) = &e.date_derivation {
            c.text(&format!("{p}.date_derivation"), d);
        }
        c.text(&format!("{p}.title"), &e.title);
        c.text(&format!("{p}.description"), &e.description);
        c.references(&format!("{p}.actors"), &e.actors, Collection::Actor);
        if let Some(r) = &e.relationship {
            c.reference(format!("{p}.relationship"), r, Collection::Relationship);
        }
        c.references(&format!("{p}.sectors"), &e.sectors, Collection::Sector);
        c.citations(&p, &e.citations, true);
    }
    for (i, k) in data.challenge_categories.iter().enumerate() {
        let p = format!("$.challenge_categories[{i}]");
        c.text(&format!("{p}.name"), &k.name);
        c.text(&format!("{p}.description"), &k.description);
        c.citations(&p, &k.citations, true);
    }
    for (i, ch) in data.challenges.iter().enumerate() {
        let p = format!("$.challenges[{i}]");
        c.reference(
            format!("{p}.category"),
            &ch.category,
            Collection::ChallengeCategory,
        );
        c.text(&format!("{p}.title"), &ch.title);
        c.text(&format!("{p}.description"), &ch.description);
        c.references(
            &format!("{p}.affects.actors"),
            &ch.affects.actors,
            Collection::Actor,
        );
        c.references(
            &format!("{p}.affects.sectors"),
            &ch.affects.sectors,
            Collection::Sector,
        );
        let rels = &ch.affects.relationships;
        c.references(
            &format!("{p}.affects.relationships"),
            rels,
            Collection::Relationship,
        );
        c.citations(&p, &ch.citations, true);
    }
    for (i, a) in data.adoptions.iter().enumerate() {
        let p = format!("$.adoptions[{i}]");
        c.text(&format!("{p}.practice"), &a.practice);
        c.reference(format!("{p}.learned_from"), &a.learned_from, Collection::Actor);
        if let Some(r) = &a.relationship {
            c.reference(format!("{p}.relationship"), r, Collection::Relationship);
        }
        c.text(&format!("{p}.origin"), &a.origin);
        c.text(&format!("{p}.adaptation"), &a.adaptation);
        c.references(&format!("{p}.sectors"), &a.sectors, Collection::Sector);
        c.citations(&p, &a.citations, true);
    }
    for (field, list) in [("strategies", &data.strategies), ("principles", &data.principles)] {
        for (i, s) in list.iter().enumerate() {
            let p = format!("$.{field}[{i}]");
            c.text(&format!("{p}.title"), &s.title);
            c.text(&format!("{p}.description"), &s.description);
            c.citations(&p, &s.citations, true);
        }
    }
    for (i, l) in data.legal_bases.iter().enumerate() {
        let p = format!("$.legal_bases[{i}]");
        c.non_empty(format!("{p}.short"), &l.short);
        c.text(&format!("{p}.title"), &l.title);
        for (j, prov) in l.provisions.iter().enumerate() {
            c.non_empty(format!("{p}.provisions[{j}].article"), &prov.article);
        }
        c.citations(&p, &l.citations, true);
    }
    for (i, t) in data.paradiplomacy_types.iter().enumerate() {
        let p = format!("$.paradiplomacy_types[{i}]");
        c.non_empty(format!("{p}.code"), &t.code);
        c.text(&format!("{p}.name"), &t.name);
        c.text(&format!("{p}.description"), &t.description);
        c.citations(&p, &t.citations, true);
    }
    for (i, l) in data.literature.iter().enumerate() {
        let p = format!("$.literature[{i}]");
        c.non_empty(format!("{p}.authors"), &l.authors);
        c.text(&format!("{p}.claim"), &l.claim);
        if let Some(f) = &l.figure {
            c.text(&format!("{p}.figure.text"), &f.text);
        }
        c.citations(&p, &l.citations, true);
    }
    for (i, f) in data.findings.iter().enumerate() {
        let p = format!("$.findings[{i}]");
        c.text(&format!("{p}.title"), &f.title);
        c.text(&format!("{p}.description"), &f.description);
        c.citations(&p, &f.citations, true);
    }
    for (i, r) in data.recommendations.iter().enumerate() {
        let p = format!("$.recommendations[{i}]");
        c.text(&format!("{p}.title"), &r.title);
        c.text(&format!("{p}.text"), &r.text);
        c.citations(&p, &r.citations, true);
    }
    let kind_of = |id: &str| c.ids.get(id).map(|(k, _)| *k);
    let is_cell = |id: &str| {
        super::matrix::parse_cell_id(id).is_some_and(|(a, s)| {
            kind_of(a) == Some(Collection::Actor) && kind_of(s) == Some(Collection::Sector)
        })
    };
    let story = super::story::check(&data.story, &kind_of, &is_cell, &is_valid_id);
    c.issues.extend(story);
    c.issues
}
