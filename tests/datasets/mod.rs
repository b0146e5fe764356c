//! What the native tests share: the paper's text, where it is found ([`seed_paper`]), and
//! valid datasets for property tests: the complete fixture (every field of the format), with
//! its texts, quotes, numbers and flags replaced by generated ones, optional values set to
//! `null` at random, and more records and citations than it has.
#![cfg(not(target_arch = "wasm32"))]
// Each test crate that includes this module uses a part of it.
#![allow(dead_code)]

use paradiplomacy_dashboard::model::{parse_dataset, Dataset};
use proptest::prelude::*;
use serde_json::{Map, Value};

const COMPLETE: &str = include_str!("../fixtures/complete.json");

/// A text the format accepts where text is free: at least one letter or digit, any other
/// printable characters around it (spaces at the ends, quotes, `=` as a formula would start,
/// `;`, Korean, line breaks inside).
fn text() -> impl Strategy<Value = String> {
    let part = "[ a-zA-Z0-9=;,.'\"()/%&<>_ÀÉßñ가-힣ー–…\\-]{0,12}";
    (part, "[a-zA-Z0-9À-ž가-힣]", part, prop::option::of(part)).prop_map(|(a, b, c, d)| match d {
        Some(d) => format!("{a}{b}{c}\n{d}"),
        None => format!("{a}{b}{c}"),
    })
}

/// What the fixture's values are replaced with, drawn in order.
#[derive(Debug, Clone)]
struct Draws {
    texts: Vec<String>,
    numbers: Vec<f64>,
    flags: Vec<bool>,
    extra_events: usize,
    extra_citations: usize,
}

struct Walk {
    draws: Draws,
    at: (usize, usize, usize),
}

impl Walk {
    fn text(&mut self) -> Value {
        self.at.0 += 1;
        Value::String(self.draws.texts[self.at.0 % self.draws.texts.len()].clone())
    }

    fn number(&mut self) -> f64 {
        self.at.1 += 1;
        self.draws.numbers[self.at.1 % self.draws.numbers.len()]
    }

    fn flag(&mut self) -> bool {
        self.at.2 += 1;
        self.draws.flags[self.at.2 % self.draws.flags.len()]
    }

    /// Replaces the free values of `value` (at the field `key`).
    fn value(&mut self, key: &str, value: &mut Value) {
        match value {
            Value::Object(fields) if is_text(fields) => {
                fields.insert("id".into(), self.text());
                fields.insert("en".into(), self.text());
            }
            Value::Object(fields) => {
                for (k, v) in fields.iter_mut() {
                    self.value(k, v);
                }
                // A value the format allows to be null, at random.
                for k in [
                    "date_derivation",
                    "local_name",
                    "coordinates",
                    "figure",
                    "url",
                    "translation",
                ] {
                    if fields.get(k).is_some_and(|v| !v.is_null()) && k != "translation" && self.flag() {
                        fields.insert(k.into(), Value::Null);
                    }
                }
                if key == "filters" && self.flag() {
                    fields.remove("type");
                }
            }
            Value::Array(items) => {
                for item in items {
                    self.value(key, item);
                }
            }
            // An author is one line: the source's authors are one a line in their cell.
            Value::String(_) if key == "authors" => {
                *value = Value::String(self.text().as_str().unwrap_or_default().replace('\n', " "));
            }
            Value::String(_)
                if [
                    "quote",
                    "translation",
                    "short",
                    "code",
                    "article",
                    "journal",
                    "text",
                ]
                .contains(&key) =>
            {
                *value = self.text();
            }
            Value::Number(_) if key == "value" => *value = Value::from(self.number()),
            Value::Number(_) if key == "lat" => {
                *value = Value::from((self.number() % 90.0).clamp(-90.0, 90.0))
            }
            Value::Number(_) if key == "lon" => {
                *value = Value::from((self.number() % 180.0).clamp(-180.0, 180.0))
            }
            Value::Bool(_) => *value = Value::Bool(self.flag()),
            _ => {}
        }
    }
}

fn is_text(fields: &Map<String, Value>) -> bool {
    fields.len() == 2
        && fields.get("id").is_some_and(Value::is_string)
        && fields.get("en").is_some_and(Value::is_string)
}

/// A valid dataset, different from the fixture in every free value.
pub fn dataset() -> impl Strategy<Value = Dataset> {
    (
        prop::collection::vec(text(), 16..48),
        // Up to 15 significant digits, as a paper prints figures: serde_json (the dashboard's
        // parser, without its `float_roundtrip` feature) may read a 17-digit double one unit
        // in the last place off, in a JSON file as much as in a spreadsheet.
        prop::collection::vec(
            (-1.0e9..1.0e9f64, 0usize..7).prop_map(|(f, d)| format!("{f:.d$}").parse().unwrap_or(0.0)),
            4..12,
        ),
        prop::collection::vec(any::<bool>(), 8..24),
        0usize..6,
        0usize..4,
    )
        .prop_map(|(texts, numbers, flags, extra_events, extra_citations)| {
            let draws = Draws {
                texts,
                numbers,
                flags,
                extra_events,
                extra_citations,
            };
            let mut value: Value = serde_json::from_str(COMPLETE).expect("the fixture is JSON");
            // More events (copies of the first under new ids) and more citations.
            if let Some(events) = value.get_mut("events").and_then(Value::as_array_mut) {
                for k in 0..draws.extra_events {
                    let mut copy = events[0].clone();
                    copy["id"] = Value::String(format!("gen-event-{k}"));
                    events.push(copy);
                }
                if let Some(citations) = events[0].get_mut("citations").and_then(Value::as_array_mut) {
                    let first = citations[0].clone();
                    citations.extend(std::iter::repeat_n(first, draws.extra_citations));
                }
            }
            let mut walk = Walk { draws, at: (0, 0, 0) };
            walk.value("", &mut value);
            let text = value.to_string();
            parse_dataset(&text)
                .unwrap_or_else(|e| panic!("the generator made an invalid dataset: {}", e.lines().join("\n")))
        })
}

/// A small ods file (see `fixtures/small.ods`: one sheet, Dataset, with an id and a date).
pub const SMALL_ODS: &[u8] = include_bytes!("../fixtures/small.ods");

/// Where the paper's text is looked for, in order: `$PAPER_TEXT` (a file, or a folder of `.txt`
/// files) when it is set, else `../shared/seed` next to the repository, else `/work/shared/seed`.
pub fn paper_places() -> Vec<std::path::PathBuf> {
    match std::env::var_os("PAPER_TEXT") {
        Some(set) => vec![set.into()],
        None => vec![
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seed"),
            "/work/shared/seed".into(),
        ],
    }
}

/// The paper's text, from the first place of [`paper_places`] that has it; else why not, with
/// every place looked at.
pub fn seed_paper() -> Result<String, String> {
    let places = paper_places();
    for place in &places {
        if let Some(text) = paradiplomacy_dashboard::sheet::paper::read(place)
            .map_err(|e| format!("the paper's text could not be read: {e}"))?
        {
            return Ok(text);
        }
    }
    let looked: Vec<String> = places.iter().map(|p| format!("  {}", p.display())).collect();
    Err(format!(
        "the paper's text was not found; looked in:\n{}\nSet PAPER_TEXT to the paper (a .txt file, or \
         a folder of them), or set QUOTE_CHECK=skip to pass without checking the quotes",
        looked.join("\n")
    ))
}
