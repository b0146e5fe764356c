//! The checks of each collection of a dataset, record by record, in file order.

use super::rules;
use super::{Checker, Collection, Problem};
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

/// Every record of every collection (ids are registered already).
pub(super) fn collections<'a>(c: &mut Checker<'a>, data: &'a Dataset) {
    for (i, s) in data.sections.iter().enumerate() {
        let p = format!("$.sections[{i}]");
        c.text(|| format!("{p}.heading"), &s.heading);
        if let Some(parent) = &s.parent {
            c.reference(|| format!("{p}.parent"), parent, Collection::Section);
        }
        c.citations(&p, &s.citations, false);
    }
    for (i, a) in data.actors.iter().enumerate() {
        let p = format!("$.actors[{i}]");
        c.text(|| format!("{p}.name"), &a.name);
        if let Some(code) = a.country.as_deref().filter(|code| !rules::is_country_code(code)) {
            c.report(format!("{p}.country"), Problem::BadCountry(code.to_string()));
        }
        if let Some(parent) = &a.parent {
            c.reference(|| format!("{p}.parent"), parent, Collection::Actor);
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
        c.citations(&p, &a.citations, true);
    }
    for (i, s) in data.sectors.iter().enumerate() {
        let p = format!("$.sectors[{i}]");
        c.text(|| format!("{p}.name"), &s.name);
        if let Some(item) = s.scope_item {
            c.in_range(|| format!("{p}.scope_item"), item.into(), rules::SCOPE_ITEMS);
        }
        if let Some(parent) = &s.parent {
            c.reference(|| format!("{p}.parent"), parent, Collection::Sector);
        }
        c.citations(&p, &s.citations, true);
    }
    for (i, r) in data.relationships.iter().enumerate() {
        let p = format!("$.relationships[{i}]");
        c.reference(|| format!("{p}.partner"), &r.partner, Collection::Actor);
        c.date(|| format!("{p}.start"), r.start.as_deref());
        c.date(|| format!("{p}.end"), r.end.as_deref());
        c.text(|| format!("{p}.summary"), &r.summary);
        c.references(&format!("{p}.other_parties"), &r.other_parties, Collection::Actor);
        for (j, link) in r.sectors.iter().enumerate() {
            let lp = format!("{p}.sectors[{j}]");
            c.reference(|| format!("{lp}.sector"), &link.sector, Collection::Sector);
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
        c.date(|| format!("{p}.date"), e.date.as_deref());
        if let Some(d) = &e.date_derivation {
            c.text(|| format!("{p}.date_derivation"), d);
        }
        c.text(|| format!("{p}.title"), &e.title);
        c.text(|| format!("{p}.description"), &e.description);
        c.references(&format!("{p}.actors"), &e.actors, Collection::Actor);
        if let Some(r) = &e.relationship {
            c.reference(|| format!("{p}.relationship"), r, Collection::Relationship);
        }
        c.references(&format!("{p}.sectors"), &e.sectors, Collection::Sector);
        c.citations(&p, &e.citations, true);
    }
    for (i, k) in data.challenge_categories.iter().enumerate() {
        let p = format!("$.challenge_categories[{i}]");
        c.text(|| format!("{p}.name"), &k.name);
        c.text(|| format!("{p}.description"), &k.description);
        c.citations(&p, &k.citations, true);
    }
    for (i, ch) in data.challenges.iter().enumerate() {
        let p = format!("$.challenges[{i}]");
        c.reference(
            || format!("{p}.category"),
            &ch.category,
            Collection::ChallengeCategory,
        );
        c.text(|| format!("{p}.title"), &ch.title);
        c.text(|| format!("{p}.description"), &ch.description);
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
        c.text(|| format!("{p}.practice"), &a.practice);
        c.reference(|| format!("{p}.learned_from"), &a.learned_from, Collection::Actor);
        if let Some(r) = &a.relationship {
            c.reference(|| format!("{p}.relationship"), r, Collection::Relationship);
        }
        c.text(|| format!("{p}.origin"), &a.origin);
        c.text(|| format!("{p}.adaptation"), &a.adaptation);
        c.references(&format!("{p}.sectors"), &a.sectors, Collection::Sector);
        c.citations(&p, &a.citations, true);
    }
    for (field, list) in [("strategies", &data.strategies), ("principles", &data.principles)] {
        for (i, s) in list.iter().enumerate() {
            let p = format!("$.{field}[{i}]");
            c.text(|| format!("{p}.title"), &s.title);
            c.text(|| format!("{p}.description"), &s.description);
            c.citations(&p, &s.citations, true);
        }
    }
    for (i, l) in data.legal_bases.iter().enumerate() {
        let p = format!("$.legal_bases[{i}]");
        c.non_empty(|| format!("{p}.short"), &l.short);
        c.text(|| format!("{p}.title"), &l.title);
        if let Some(year) = l.year {
            c.in_range(|| format!("{p}.year"), year.into(), rules::YEARS);
        }
        for (j, prov) in l.provisions.iter().enumerate() {
            c.non_empty(|| format!("{p}.provisions[{j}].article"), &prov.article);
        }
        c.citations(&p, &l.citations, true);
    }
    for (i, t) in data.paradiplomacy_types.iter().enumerate() {
        let p = format!("$.paradiplomacy_types[{i}]");
        c.non_empty(|| format!("{p}.code"), &t.code);
        c.text(|| format!("{p}.name"), &t.name);
        c.text(|| format!("{p}.description"), &t.description);
        c.citations(&p, &t.citations, true);
    }
    for (i, l) in data.literature.iter().enumerate() {
        let p = format!("$.literature[{i}]");
        c.non_empty(|| format!("{p}.authors"), &l.authors);
        c.in_range(|| format!("{p}.year"), l.year.into(), rules::YEARS);
        c.text(|| format!("{p}.claim"), &l.claim);
        if let Some(f) = &l.figure {
            c.text(|| format!("{p}.figure.text"), &f.text);
        }
        c.citations(&p, &l.citations, true);
    }
    for (i, f) in data.findings.iter().enumerate() {
        let p = format!("$.findings[{i}]");
        c.text(|| format!("{p}.title"), &f.title);
        c.text(|| format!("{p}.description"), &f.description);
        c.citations(&p, &f.citations, true);
    }
    for (i, r) in data.recommendations.iter().enumerate() {
        let p = format!("$.recommendations[{i}]");
        c.text(|| format!("{p}.title"), &r.title);
        c.text(|| format!("{p}.text"), &r.text);
        c.citations(&p, &r.citations, true);
    }
}
