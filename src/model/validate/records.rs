//! The checks of each kind of record, and of the paper the dataset is drawn from.

use super::rules;
use super::{Checker, Collection, Problem};
use crate::model::collections::{Record, RecordPath};
use crate::model::types::*;

/// The paper the dataset is drawn from.
pub(super) fn source(c: &mut Checker<'_>, source: &Source) {
    if source.authors.is_empty() {
        c.report("$.source.authors", Problem::EmptyList);
    }
    for (i, author) in source.authors.iter().enumerate() {
        c.non_empty(|| format!("$.source.authors[{i}]"), author);
    }
    c.non_empty(|| "$.source.title".into(), &source.title);
    c.in_range(|| "$.source.year".into(), source.year.into(), rules::YEARS);
    c.language(|| "$.source.language".into(), &source.language);
    if let Some(url) = &source.url {
        if !rules::is_safe_link(url) {
            c.report("$.source.url", Problem::BadLink(url.clone()));
        }
    }
}

/// The checks of one record at `p` (its JSON path), its citations last; ids are registered
/// already. The match names every kind of record: one added to the collections without its
/// rules does not compile.
pub(super) fn record(c: &mut Checker<'_>, p: RecordPath, record: Record<'_>) {
    match record {
        Record::Section(s) => section(c, p, s),
        Record::Actor(a) => actor(c, p, a),
        Record::Sector(s) => sector(c, p, s),
        Record::Relationship(r) => relationship(c, p, r),
        Record::Event(e) => event(c, p, e),
        Record::ChallengeCategory(k) => challenge_category(c, p, k),
        Record::Challenge(ch) => challenge(c, p, ch),
        Record::Adoption(a) => adoption(c, p, a),
        Record::Strategy(s) | Record::Principle(s) => statement(c, p, s),
        Record::LegalBasis(l) => legal_basis(c, p, l),
        Record::ParadiplomacyType(t) => paradiplomacy_type(c, p, t),
        Record::Literature(l) => literature(c, p, l),
        Record::Finding(f) => finding(c, p, f),
        Record::Recommendation(r) => recommendation(c, p, r),
    }
    // A section need not cite the paper: it is a part of it.
    let required = record.kind() != Collection::Section;
    c.citations(|| p.to_string(), record.citations(), required);
}

fn section(c: &mut Checker<'_>, p: RecordPath, s: &Section) {
    c.text(|| format!("{p}.heading"), &s.heading);
    if let Some(parent) = &s.parent {
        c.reference(|| format!("{p}.parent"), parent);
    }
}

fn actor(c: &mut Checker<'_>, p: RecordPath, a: &Actor) {
    c.text(|| format!("{p}.name"), &a.name);
    if let Some(code) = a.country.as_deref().filter(|code| !rules::is_country_code(code)) {
        c.report(format!("{p}.country"), Problem::BadCountry(code.to_string()));
    }
    if let Some(parent) = &a.parent {
        c.reference(|| format!("{p}.parent"), parent);
    }
    if let Some(local) = &a.local_name {
        c.non_empty(|| format!("{p}.local_name.text"), &local.text);
        c.language(|| format!("{p}.local_name.lang"), &local.lang);
        c.text(|| format!("{p}.local_name.derivation"), &local.derivation);
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
        c.text(|| format!("{p}.coordinates.derivation"), &xy.derivation);
    }
}

fn sector(c: &mut Checker<'_>, p: RecordPath, s: &Sector) {
    c.text(|| format!("{p}.name"), &s.name);
    if let Some(item) = s.scope_item {
        c.in_range(|| format!("{p}.scope_item"), item.into(), rules::SCOPE_ITEMS);
    }
    if let Some(parent) = &s.parent {
        c.reference(|| format!("{p}.parent"), parent);
    }
}

fn relationship(c: &mut Checker<'_>, p: RecordPath, r: &Relationship) {
    c.reference(|| format!("{p}.partner"), &r.partner);
    c.date(|| format!("{p}.start"), r.start.as_deref());
    c.date(|| format!("{p}.end"), r.end.as_deref());
    c.text(|| format!("{p}.summary"), &r.summary);
    c.references(|| format!("{p}.other_parties"), &r.other_parties);
    for (j, link) in r.sectors.iter().enumerate() {
        c.reference(|| format!("{p}.sectors[{j}].sector"), &link.sector);
        c.citations(|| format!("{p}.sectors[{j}]"), &link.citations, true);
    }
}

fn event(c: &mut Checker<'_>, p: RecordPath, e: &Event) {
    let undated = e.date_qualifier == DateQualifier::Undated;
    if undated != e.date.is_none() {
        c.report(format!("{p}.date"), Problem::UndatedMismatch);
    }
    c.date(|| format!("{p}.date"), e.date.as_deref());
    if let Some(d) = &e.date_derivation {
        c.text(|| format!("{p}.date_derivation"), d);
    }
    c.text(|| format!("{p}.title"), &e.title);
    c.text(|| format!("{p}.description"), &e.description);
    c.references(|| format!("{p}.actors"), &e.actors);
    if let Some(r) = &e.relationship {
        c.reference(|| format!("{p}.relationship"), r);
    }
    c.references(|| format!("{p}.sectors"), &e.sectors);
}

fn challenge_category(c: &mut Checker<'_>, p: RecordPath, k: &ChallengeCategory) {
    c.text(|| format!("{p}.name"), &k.name);
    c.text(|| format!("{p}.description"), &k.description);
}

fn challenge(c: &mut Checker<'_>, p: RecordPath, ch: &Challenge) {
    c.reference(|| format!("{p}.category"), &ch.category);
    c.text(|| format!("{p}.title"), &ch.title);
    c.text(|| format!("{p}.description"), &ch.description);
    c.references(|| format!("{p}.affects.actors"), &ch.affects.actors);
    c.references(|| format!("{p}.affects.sectors"), &ch.affects.sectors);
    let rels = &ch.affects.relationships;
    c.references(|| format!("{p}.affects.relationships"), rels);
}

fn adoption(c: &mut Checker<'_>, p: RecordPath, a: &Adoption) {
    c.text(|| format!("{p}.practice"), &a.practice);
    c.reference(|| format!("{p}.learned_from"), &a.learned_from);
    if let Some(r) = &a.relationship {
        c.reference(|| format!("{p}.relationship"), r);
    }
    c.text(|| format!("{p}.origin"), &a.origin);
    c.text(|| format!("{p}.adaptation"), &a.adaptation);
    c.references(|| format!("{p}.sectors"), &a.sectors);
}

/// A strategy or a principle.
fn statement(c: &mut Checker<'_>, p: RecordPath, s: &Statement) {
    c.text(|| format!("{p}.title"), &s.title);
    c.text(|| format!("{p}.description"), &s.description);
}

fn legal_basis(c: &mut Checker<'_>, p: RecordPath, l: &LegalBasis) {
    c.non_empty(|| format!("{p}.short"), &l.short);
    c.text(|| format!("{p}.title"), &l.title);
    if let Some(year) = l.year {
        c.in_range(|| format!("{p}.year"), year.into(), rules::YEARS);
    }
    for (j, prov) in l.provisions.iter().enumerate() {
        c.non_empty(|| format!("{p}.provisions[{j}].article"), &prov.article);
    }
}

fn paradiplomacy_type(c: &mut Checker<'_>, p: RecordPath, t: &ParadiplomacyType) {
    c.non_empty(|| format!("{p}.code"), &t.code);
    c.text(|| format!("{p}.name"), &t.name);
    c.text(|| format!("{p}.description"), &t.description);
}

fn literature(c: &mut Checker<'_>, p: RecordPath, l: &Literature) {
    c.non_empty(|| format!("{p}.authors"), &l.authors);
    c.in_range(|| format!("{p}.year"), l.year.into(), rules::YEARS);
    c.text(|| format!("{p}.claim"), &l.claim);
    if let Some(f) = &l.figure {
        c.text(|| format!("{p}.figure.text"), &f.text);
    }
}

fn finding(c: &mut Checker<'_>, p: RecordPath, f: &Finding) {
    c.text(|| format!("{p}.title"), &f.title);
    c.text(|| format!("{p}.description"), &f.description);
}

fn recommendation(c: &mut Checker<'_>, p: RecordPath, r: &Recommendation) {
    c.text(|| format!("{p}.title"), &r.title);
    c.text(|| format!("{p}.text"), &r.text);
}
