//! Checks a parsed [`Dataset`]: every rule of `data/schema.json` that serde's types do not
//! already enforce, and what a JSON Schema cannot say.
//!
//! Owns: the [`validate`] entry point and its checker (every record's id registered first, so
//! that references may point forwards). The schema's value rules are in [`rules`], the checks of
//! each kind of record in `records`, the guided story's in `story`, the problems in `problem`. Rules a schema cannot state: unique ids, references
//! that resolve to the right collection, days that exist in their month. Every problem names
//! the JSON path of the value at fault, so that a researcher can find it in their file.

mod problem;
mod records;
pub mod rules;
mod story;

use rustc_hash::FxHashMap as HashMap;

pub use super::collections::Collection;
use super::collections::{records, Collected, RecordPath};
use super::date::{DateError, PartialDate};
use super::id::Id;
use super::types::*;
use super::view::View;
pub use problem::{Issue, Problem};
pub use rules::{is_safe_link, is_valid_id};

struct Checker<'a> {
    ids: HashMap<&'a str, (Collection, RecordPath)>,
    issues: Vec<Issue>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, path: impl Into<String>, problem: Problem) {
        self.issues.push(Issue {
            path: path.into(),
            problem,
        });
    }

    fn register(&mut self, id: &'a str, collection: Collection, path: RecordPath) {
        if !is_valid_id(id) {
            self.report(format!("{path}.id"), Problem::BadId(id.to_string()));
        }
        if let Some((_, first)) = self.ids.get(id) {
            let first = first.to_string();
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

    /// A reference: an id in form (the schema's rule), then one of the collection its type
    /// names (the validator's). Paths are made only for a problem: most references are fine,
    /// and a file has many.
    fn reference<T: Collected>(&mut self, path: impl FnOnce() -> String, id: &Id<T>) {
        let expected = T::COLLECTION;
        if !is_valid_id(id) {
            self.report(path(), Problem::BadId(id.to_string()));
            return;
        }
        match self.ids.get(id.as_str()) {
            Some((found, _)) if *found == expected => {}
            _ => self.report(
                path(),
                Problem::Dangling {
                    id: id.to_string(),
                    expected,
                },
            ),
        }
    }

    fn references<T: Collected>(&mut self, path: impl Fn() -> String, ids: &[Id<T>]) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(|| format!("{}[{i}]", path()), id);
        }
    }

    fn text(&mut self, path: impl Fn() -> String, text: &Text) {
        if rules::is_blank(&text.id) {
            self.report(format!("{}.id", path()), Problem::EmptyText("Indonesian"));
        }
        if rules::is_blank(&text.en) {
            self.report(format!("{}.en", path()), Problem::EmptyText("English"));
        }
    }

    fn citations(&mut self, path: impl Fn() -> String, citations: &[Citation], required: bool) {
        if required && citations.is_empty() {
            self.report(format!("{}.citations", path()), Problem::NoCitations);
        }
        for (i, c) in citations.iter().enumerate() {
            let at = |field: &str| format!("{}.citations[{i}].{field}", path());
            self.reference(|| at("section"), &c.section);
            if rules::is_blank(&c.quote) {
                self.report(at("quote"), Problem::EmptyQuote);
            }
            if rules::is_blank(&c.translation) {
                self.report(at("translation"), Problem::EmptyTranslation);
            }
        }
    }

    /// A date: its form is the schema's rule, whether the day exists the validator's.
    fn date(&mut self, path: impl FnOnce() -> String, date: Option<&str>) {
        if let Some(d) = date {
            if let Err(e) = PartialDate::parse(d) {
                let e = if rules::is_date_form(d) {
                    e
                } else {
                    DateError::Form(d.to_string())
                };
                self.report(path(), e.into());
            }
        }
    }

    fn non_empty(&mut self, path: impl FnOnce() -> String, value: &str) {
        if rules::is_blank(value) {
            self.report(path(), Problem::EmptyField);
        }
    }

    fn in_range(&mut self, path: impl FnOnce() -> String, value: i64, range: std::ops::RangeInclusive<i64>) {
        if !range.contains(&value) {
            let (min, max) = (*range.start(), *range.end());
            self.report(path(), Problem::OutOfRange { value, min, max });
        }
    }

    fn language(&mut self, path: impl FnOnce() -> String, tag: &str) {
        if !rules::is_language_tag(tag) {
            self.report(path(), Problem::BadLanguage(tag.to_string()));
        }
    }
}

/// Every problem in `data`, in file order; empty when the dataset is valid.
pub fn validate(data: &Dataset) -> Vec<Issue> {
    let mut c = Checker {
        ids: HashMap::default(),
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
    c.text(|| "$.title".into(), &data.title);
    c.text(|| "$.description".into(), &data.description);
    records::source(&mut c, &data.source);

    // First pass: every id, so that references may point forwards.
    for (i, r) in records(data) {
        c.register(r.id(), r.kind(), r.path(i));
    }

    c.reference(|| "$.focal_actor".into(), &data.focal_actor);
    for (i, r) in records(data) {
        records::record(&mut c, r.path(i), r);
    }

    // A view's takeaway is one finding's title: a second finding naming the view is refused.
    let mut takeaways: HashMap<View, String> = HashMap::default();
    for (i, f) in data.findings.iter().enumerate() {
        for (j, v) in f.takeaway_for.iter().enumerate() {
            let path = format!("$.findings[{i}].takeaway_for[{j}]");
            match takeaways.get(v) {
                Some(first) => c.issues.push(Issue {
                    path,
                    problem: Problem::TakeawayTaken {
                        view: v.code(),
                        first: first.clone(),
                    },
                }),
                None => {
                    takeaways.insert(*v, path);
                }
            }
        }
    }

    let kind_of = |id: &str| c.ids.get(id).map(|(k, _)| *k);
    let is_cell = |id: &str| {
        rules::parse_cell_id(id).is_some_and(|(a, s)| {
            kind_of(a) == Some(Collection::Actor) && kind_of(s) == Some(Collection::Sector)
        })
    };
    let story = story::check(&data.story, &kind_of, &is_cell);
    c.issues.extend(story);
    c.issues
}
