//! The guided story's checks: ids, references to partners, sectors and records, years,
//! periods and texts of each step (`$.story`).

use std::collections::HashSet;

use super::{rules, Collection, Issue, Problem};
use crate::model::types::StoryStep;

/// Problems in the story: ids, references to partners, sectors and records, years, periods,
/// texts. `kind_of(id)` says which collection a record id belongs to, if any; `is_cell(id)`
/// whether it names a matrix cell of two existing records.
pub(super) fn check(
    story: &[StoryStep],
    kind_of: &dyn Fn(&str) -> Option<Collection>,
    is_cell: &dyn Fn(&str) -> bool,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut report = |path: String, problem: Problem| issues.push(Issue { path, problem });
    for (i, s) in story.iter().enumerate() {
        let p = format!("$.story[{i}]");
        if !rules::is_valid_id(&s.id) {
            report(format!("{p}.id"), Problem::BadId(s.id.to_string()));
        }
        if !seen.insert(&s.id) {
            report(
                format!("{p}.id"),
                Problem::DuplicateId {
                    id: s.id.to_string(),
                    first: "$.story".into(),
                },
            );
        }
        let f = &s.filters;
        for (field, id, expected) in [
            ("partner", f.partner.as_deref(), Collection::Actor),
            ("sector", f.sector.as_deref(), Collection::Sector),
        ] {
            if let Some(id) = id {
                if !rules::is_valid_id(id) {
                    report(format!("{p}.filters.{field}"), Problem::BadId(id.to_string()));
                } else if kind_of(id) != Some(expected) {
                    report(
                        format!("{p}.filters.{field}"),
                        Problem::Dangling {
                            id: id.to_string(),
                            expected,
                        },
                    );
                }
            }
        }
        for (field, year) in [("from", f.from), ("to", f.to)] {
            if let Some(year) = year.map(i64::from).filter(|y| !rules::YEARS.contains(y)) {
                let (min, max) = (*rules::YEARS.start(), *rules::YEARS.end());
                report(
                    format!("{p}.filters.{field}"),
                    Problem::OutOfRange {
                        value: year,
                        min,
                        max,
                    },
                );
            }
        }
        if let (Some(from), Some(to)) = (f.from, f.to) {
            if from > to {
                report(format!("{p}.filters"), Problem::BadPeriod { from, to });
            }
        }
        if let Some(item) = &s.item {
            if !rules::is_valid_id(item) && !rules::is_cell_form(item) {
                report(format!("{p}.item"), Problem::BadItem(item.clone()));
            } else if kind_of(item).is_none() && !is_cell(item) {
                report(format!("{p}.item"), Problem::UnknownItem(item.clone()));
            }
        }
        for (field, text) in [
            ("title", &s.title),
            ("caption", &s.caption),
            ("speaker_notes", &s.speaker_notes),
        ] {
            if rules::is_blank(&text.id) {
                report(format!("{p}.{field}.id"), Problem::EmptyText("Indonesian"));
            }
            if rules::is_blank(&text.en) {
                report(format!("{p}.{field}.en"), Problem::EmptyText("English"));
            }
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(id: &str) -> StoryStep {
        StoryStep::sample(id)
    }

    #[test]
    fn check_names_each_bad_reference() {
        let mut bad = step("a");
        bad.filters.partner = Some("nobody".into());
        bad.filters.from = Some(2020);
        bad.filters.to = Some(2010);
        bad.item = Some("missing".into());
        bad.caption.en = " ".into();
        let story = vec![bad, step("a")];
        let kind_of = |id: &str| (id == "daejeon").then_some(Collection::Actor);
        let issues = check(&story, &kind_of, &|_| false);
        let paths: Vec<_> = issues.iter().map(|i| i.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "$.story[0].filters.partner",
                "$.story[0].filters",
                "$.story[0].item",
                "$.story[0].caption.en",
                "$.story[1].id"
            ]
        );
    }
}
