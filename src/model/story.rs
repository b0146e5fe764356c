//! The guided story of a dataset: the steps a presenter walks through in a seminar, each a view
//! with its filters, a highlighted record (whose detail shows the paper's own words) and a short
//! bilingual caption with speaker notes. Written in the dataset (`story`), so a researcher can
//! write their own; checked here against the dataset's records.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::load::fields::{present, present_integer};
use super::validate::{rules, Collection, Issue, Problem};
use super::{Filters, RelationshipType, Text, View};

/// One step of the story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryStep {
    pub id: String,
    pub view: View,
    #[serde(default)]
    pub filters: StoryFilters,
    /// The record (or matrix cell) shown in the detail panel.
    #[serde(default)]
    pub item: Option<String>,
    pub title: Text,
    pub caption: Text,
    pub speaker_notes: Text,
}

/// The filters of a step, as in the URL. Each may be left out, but is not `null`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFilters {
    #[serde(default, deserialize_with = "present")]
    pub partner: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub sector: Option<String>,
    #[serde(default, deserialize_with = "present_integer")]
    pub from: Option<i32>,
    #[serde(default, deserialize_with = "present_integer")]
    pub to: Option<i32>,
    #[serde(default, rename = "type", deserialize_with = "present")]
    pub kind: Option<RelationshipType>,
}

impl StoryFilters {
    pub fn to_filters(&self) -> Filters {
        Filters {
            partner: self.partner.clone(),
            sector: self.sector.clone(),
            from: self.from,
            to: self.to,
            kind: self.kind,
        }
    }
}

/// The position of step `id` in `story`.
pub fn position(story: &[StoryStep], id: &str) -> Option<usize> {
    story.iter().position(|s| s.id == id)
}

/// The step after (`+1`) or before (`-1`) step `id`, staying within the story.
pub fn neighbour<'a>(story: &'a [StoryStep], id: &str, delta: isize) -> Option<&'a StoryStep> {
    let i = position(story, id)? as isize + delta;
    usize::try_from(i).ok().and_then(|i| story.get(i))
}

/// Problems in the story: ids, references to partners, sectors and records, years, periods,
/// texts. `kind_of(id)` says which collection a record id belongs to, if any; `is_cell(id)`
/// whether it names a matrix cell of two existing records.
pub fn check(
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
            report(format!("{p}.id"), Problem::BadId(s.id.clone()));
        }
        if !seen.insert(&s.id) {
            report(
                format!("{p}.id"),
                Problem::DuplicateId {
                    id: s.id.clone(),
                    first: "$.story".into(),
                },
            );
        }
        let f = &s.filters;
        for (field, id, expected) in [
            ("partner", &f.partner, Collection::Actor),
            ("sector", &f.sector, Collection::Sector),
        ] {
            if let Some(id) = id {
                if !rules::is_valid_id(id) {
                    report(format!("{p}.filters.{field}"), Problem::BadId(id.clone()));
                } else if kind_of(id) != Some(expected) {
                    report(
                        format!("{p}.filters.{field}"),
                        Problem::Dangling {
                            id: id.clone(),
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
        StoryStep {
            id: id.into(),
            view: View::Timeline,
            filters: StoryFilters::default(),
            item: None,
            title: Text {
                id: "a".into(),
                en: "a".into(),
            },
            caption: Text {
                id: "b".into(),
                en: "b".into(),
            },
            speaker_notes: Text {
                id: "c".into(),
                en: "c".into(),
            },
        }
    }

    #[test]
    fn neighbours_stay_within_the_story() {
        let story = vec![step("a"), step("b"), step("c")];
        assert_eq!(neighbour(&story, "b", 1).map(|s| s.id.as_str()), Some("c"));
        assert_eq!(neighbour(&story, "b", -1).map(|s| s.id.as_str()), Some("a"));
        assert_eq!(neighbour(&story, "a", -1), None);
        assert_eq!(neighbour(&story, "c", 1), None);
        assert_eq!(neighbour(&story, "zzz", 1), None);
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
