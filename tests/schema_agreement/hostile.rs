//! Hostile dataset files, made deterministically from the fixtures and the bundled dataset:
//! every field of the format given a value of the wrong kind, a word outside its list, a bad
//! form (id, date, link, country, language), a number out of range, an empty list where one
//! entry is required, an unknown field, an array for an object, a missing field; text-level
//! faults JSON parsers differ on (duplicate keys, NaN, lone surrogates); and, apart, files
//! whose only faults are ones the schema cannot see (references, unique ids, calendar days).

use paradiplomacy_dashboard::model::sheet::ordered;
use serde_json::{json, Value};

/// One generated file.
pub struct Case {
    /// What was done, for the report and the file name.
    pub name: String,
    pub text: String,
    /// Valid against the schema, invalid to the validator, by construction.
    pub beyond_schema: bool,
}

/// SplitMix64: small, seeded, the same sequence on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// Every node of `v` with its path, the first node of each path shape ("$.events[*].date") only.
fn shapes(v: &Value) -> Vec<(String, Vec<Step>)> {
    fn walk(v: &Value, at: &mut Vec<Step>, shape: String, out: &mut Vec<(String, Vec<Step>)>) {
        if out.iter().any(|(s, _)| *s == shape) {
            return;
        }
        out.push((shape.clone(), at.clone()));
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    at.push(Step::Key(k.clone()));
                    walk(child, at, format!("{shape}.{k}"), out);
                    at.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    at.push(Step::Index(i));
                    walk(child, at, format!("{shape}[*]"), out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), "$".into(), &mut out);
    out
}

fn node<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, step| match step {
        Step::Key(k) => v.get_mut(k.as_str()),
        Step::Index(i) => v.get_mut(*i),
    })
}

/// Replacement values for a node, by its kind: each a (name, value).
fn replacements(v: &Value) -> Vec<(String, Value)> {
    let mut out: Vec<(String, Value)> = vec![
        ("null".into(), Value::Null),
        ("true".into(), json!(true)),
        ("zero".into(), json!(0)),
        ("fraction".into(), json!(1.5)),
        ("text".into(), json!("x")),
        ("empty array".into(), json!([])),
        ("empty object".into(), json!({})),
        ("wrapped in an array".into(), json!([v.clone()])),
    ];
    match v {
        Value::String(s) => {
            for (name, text) in [
                ("empty", String::new()),
                ("a space", " ".into()),
                ("ideographic space", "\u{3000}".into()),
                ("next line", "\u{85}".into()),
                ("zero-width no-break space", "\u{feff}".into()),
                ("file separator", "\u{1c}".into()),
                ("trailing line break", format!("{s}\n")),
                ("leading space", format!(" {s}")),
                ("upper case", s.to_uppercase()),
                ("attribute injection", "id\" onmouseover=alert(1) x=\"".into()),
                ("double hyphen", "a--b".into()),
                ("65 characters", "a".repeat(65)),
                ("64 characters", "b".repeat(64)),
                ("scheme only", "https://".into()),
                ("javascript link", "javascript:alert(1)".into()),
                ("link with a space", "https://exa mple.org".into()),
                ("link", "https://example.org/x".into()),
                ("lower-case country", "xx".into()),
                ("country", "XX".into()),
                ("three-letter code", "IDN".into()),
                ("language tag", "en-GB".into()),
                ("underscore tag", "id_ID".into()),
                ("year 999", "0999".into()),
                ("year 3000", "3000".into()),
                ("month 13", "2016-13".into()),
                ("one-digit month", "2016-1".into()),
                ("day 32", "2016-01-32".into()),
                ("cell form", "cell--city-a--sector-ict".into()),
                ("broken cell", "cell--city-a".into()),
                ("markup", "<img src=x onerror=alert(1)>".into()),
                ("unknown word", "town".into()),
            ] {
                out.push((format!("string: {name}"), Value::String(text)));
            }
        }
        Value::Number(_) => {
            for (name, n) in [
                ("999", json!(999)),
                ("1000", json!(1000)),
                ("2999", json!(2999)),
                ("3000", json!(3000)),
                ("-1", json!(-1)),
                ("whole float", json!(2016.0)),
                ("big", json!(4_294_967_296_u64)),
                ("huge", json!(1e300)),
                ("91", json!(91)),
                ("-181", json!(-181.5)),
                ("1000 as float", json!(1000.0)),
            ] {
                out.push((format!("number: {name}"), n));
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let mut twice = items.clone();
                twice.push(first.clone());
                out.push(("array: first item twice".into(), Value::Array(twice)));
                out.push(("array: only the first".into(), json!([first.clone()])));
            }
            let mut with_null = items.clone();
            with_null.push(Value::Null);
            out.push(("array: a null added".into(), Value::Array(with_null)));
            let mut with_number = items.clone();
            with_number.push(json!(7));
            out.push(("array: a number added".into(), Value::Array(with_number)));
        }
        Value::Object(map) => {
            let mut extra = map.clone();
            extra.insert("extra".into(), json!(1));
            out.push(("object: an extra field".into(), Value::Object(extra)));
            out.push((
                "object: its values as an array".into(),
                Value::Array(map.values().cloned().collect()),
            ));
            for key in map.keys() {
                let mut without = map.clone();
                without.remove(key);
                out.push((format!("object: without {key}"), Value::Object(without)));
                let mut nulled = map.clone();
                nulled.insert(key.clone(), Value::Null);
                out.push((format!("object: {key} null"), Value::Object(nulled)));
            }
        }
        _ => {}
    }
    out
}

/// `per_shape` mutations of each path shape of `base` (named `label`).
pub fn mutations(label: &str, base: &Value, per_shape: usize, rng: &mut Rng) -> Vec<Case> {
    let mut cases = Vec::new();
    for (shape, path) in shapes(base) {
        let mut doc = base.clone();
        let Some(original) = node(&mut doc, &path).map(|v| v.clone()) else {
            continue;
        };
        let options = replacements(&original);
        for _ in 0..per_shape {
            let (what, value) = rng.pick(&options).clone();
            let mut doc = base.clone();
            if let Some(slot) = node(&mut doc, &path) {
                *slot = value;
            }
            cases.push(Case {
                name: format!("{label} {shape}: {what}"),
                text: serde_json::to_string_pretty(&doc).unwrap_or_default(),
                beyond_schema: false,
            });
        }
    }
    cases
}

fn case(name: &str, text: String) -> Case {
    Case {
        name: name.into(),
        text,
        beyond_schema: false,
    }
}

fn with(base: &Value, edit: impl FnOnce(&mut Value)) -> String {
    let mut doc = base.clone();
    edit(&mut doc);
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// Files the reports named, and text-level faults a `Value` cannot hold.
pub fn targeted(fixture_text: &str, fixture: &Value, complete: &Value) -> Vec<Case> {
    let set = |ptr: &'static str, v: Value| {
        move |doc: &mut Value| {
            if let Some(slot) = doc.pointer_mut(ptr) {
                *slot = v;
            }
        }
    };
    let whole_as_array = ordered::values(fixture_text)
        .map(|v| serde_json::to_string_pretty(&Value::Array(v)).unwrap_or_default())
        .unwrap_or_default();
    let mut cases = vec![
        case(
            "language with an attribute",
            with(
                fixture,
                set("/source/language", json!("id\" onmouseover=alert(1) x=\"")),
            ),
        ),
        case("country xx", with(fixture, set("/actors/0/country", json!("xx")))),
        case("no authors", with(fixture, set("/source/authors", json!([])))),
        case(
            "a blank author",
            with(fixture, set("/source/authors/0", json!("  "))),
        ),
        case(
            "story year 999",
            with(complete, set("/story/1/filters/from", json!(999))),
        ),
        case(
            "story year 3000",
            with(complete, set("/story/1/filters/to", json!(3000))),
        ),
        case(
            "url https:// only",
            with(fixture, set("/source/url", json!("https://"))),
        ),
        case("the whole dataset as an array", whole_as_array),
        case(
            "a text as an array",
            fixture_text.replacen(
                "\"title\": {\"id\": \"Dataset uji minimal\", \"en\": \"Minimal test dataset\"}",
                "\"title\": [\"Dataset uji minimal\", \"Minimal test dataset\"]",
                1,
            ),
        ),
        case("source year 999", with(fixture, set("/source/year", json!(999)))),
        case(
            "scope item 0",
            with(fixture, set("/sectors/0/scope_item", json!(0))),
        ),
        case(
            "scope item 1000",
            with(fixture, set("/sectors/0/scope_item", json!(1000))),
        ),
        case(
            "legal year 999",
            with(complete, set("/legal_bases/0/year", json!(999))),
        ),
        case(
            "literature year 3000",
            with(complete, set("/literature/0/year", json!(3000))),
        ),
        case(
            "year 2025.0",
            fixture_text.replacen("\"year\": 2025", "\"year\": 2025.0", 1),
        ),
        case(
            "year 2.025e3",
            fixture_text.replacen("\"year\": 2025", "\"year\": 2.025e3", 1),
        ),
        case(
            "year 2025.5",
            fixture_text.replacen("\"year\": 2025", "\"year\": 2025.5", 1),
        ),
        case(
            "schema_version 1.0",
            fixture_text.replacen("\"schema_version\": 1", "\"schema_version\": 1.0", 1),
        ),
        case(
            "schema_version true",
            fixture_text.replacen("\"schema_version\": 1", "\"schema_version\": true", 1),
        ),
        case(
            "schema_version 2",
            fixture_text.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1),
        ),
        case(
            "url missing",
            with(fixture, |d| {
                d["source"].as_object_mut().map(|m| m.remove("url"));
            }),
        ),
        case(
            "story filter partner null",
            with(complete, set("/story/1/filters/partner", Value::Null)),
        ),
        case(
            "story item bad form",
            with(complete, set("/story/1/item", json!("Not An Id"))),
        ),
        case(
            "story item null",
            with(complete, set("/story/1/item", Value::Null)),
        ),
        case(
            "reference not an id",
            with(fixture, set("/focal_actor", json!("City A"))),
        ),
        case(
            "citation section not an id",
            with(fixture, set("/actors/0/citations/0/section", json!("sec 1"))),
        ),
        case(
            "undated event with a date",
            with(fixture, set("/events/0/date", json!("2016"))),
        ),
        case(
            "dated event without a date",
            with(fixture, set("/events/1/date", Value::Null)),
        ),
        case(
            "undated event with an impossible day",
            with(fixture, set("/events/0/date", json!("2016-02-30"))),
        ),
        case(
            "latitude 90.5",
            with(fixture, set("/actors/0/coordinates/lat", json!(90.5))),
        ),
        case(
            "latitude -90",
            with(fixture, set("/actors/0/coordinates/lat", json!(-90))),
        ),
        case(
            "id with a final line break",
            with(fixture, set("/id", json!("fixture-minimal\n"))),
        ),
        case(
            "date with a final line break",
            with(fixture, set("/events/1/date", json!("2016-05\n"))),
        ),
        case(
            "country with a final line break",
            with(fixture, set("/actors/0/country", json!("ID\n"))),
        ),
        case(
            "link with a final line break",
            with(fixture, set("/source/url", json!("https://example.org\n"))),
        ),
        case(
            "title of a file separator",
            with(fixture, set("/title/en", json!("\u{1c}"))),
        ),
        case(
            "title of a zero-width no-break space",
            with(fixture, set("/title/en", json!("\u{feff}"))),
        ),
        case(
            "title of a next-line character",
            with(fixture, set("/title/en", json!("\u{85}"))),
        ),
        // Text-level faults: JSON that Python's json module reads and serde_json does not.
        case(
            "duplicate key",
            fixture_text.replacen(
                "\"id\": \"fixture-minimal\",",
                "\"id\": \"fixture-minimal\", \"id\": \"fixture-minimal\",",
                1,
            ),
        ),
        case("NaN", fixture_text.replacen("\"lat\": -6.3", "\"lat\": NaN", 1)),
        case(
            "Infinity",
            fixture_text.replacen("\"lat\": -6.3", "\"lat\": -Infinity", 1),
        ),
        case(
            "1e400",
            fixture_text.replacen("\"lat\": -6.3", "\"lat\": 1e400", 1),
        ),
        case(
            "a 400-digit year",
            fixture_text.replacen("\"year\": 2025", &format!("\"year\": 1{}", "0".repeat(400)), 1),
        ),
        case(
            "lone surrogate",
            fixture_text.replacen("\"journal\": \"Jurnal\"", "\"journal\": \"\\ud800\"", 1),
        ),
        case(
            "escaped key",
            fixture_text.replacen("\"focal_actor\"", "\"focal_\\u0061ctor\"", 1),
        ),
        case(
            "trailing comma",
            fixture_text.replacen("\"url\": null}", "\"url\": null,}", 1),
        ),
        case("truncated", fixture_text[..fixture_text.len() / 2].to_string()),
        case("empty file", String::new()),
        case("a bare null", "null".into()),
        case("a bare array", "[]".into()),
        case(
            "200 levels of nesting",
            format!("{}{}", "[".repeat(200), "]".repeat(200)),
        ),
    ];
    // A string that is fine for the schema in one place and not in another.
    for (ptr, value) in [
        ("/source/journal", json!("")),
        ("/source/issn", json!(" ")),
        ("/legal_bases/0/provisions/0/text", json!("")),
        ("/literature/0/figure/value", json!(-1e300)),
    ] {
        cases.push(case(
            &format!("free field {ptr}"),
            with(complete, set(ptr, value)),
        ));
    }
    cases
}

/// Files whose only faults need the whole file in view: valid against the schema, refused by
/// the dashboard.
pub fn beyond_schema(fixture: &Value, complete: &Value) -> Vec<Case> {
    let set = |ptr: &'static str, v: Value| {
        move |doc: &mut Value| {
            if let Some(slot) = doc.pointer_mut(ptr) {
                *slot = v;
            }
        }
    };
    let cases = [
        (
            "dangling focal actor",
            with(fixture, set("/focal_actor", json!("no-such-city"))),
        ),
        (
            "reference to the wrong collection",
            with(fixture, set("/relationships/0/partner", json!("sector-ict"))),
        ),
        (
            "dangling citation section",
            with(fixture, set("/actors/0/citations/0/section", json!("sec-9"))),
        ),
        (
            "duplicate id",
            with(fixture, set("/events/1/id", json!("ev-undated"))),
        ),
        (
            "id shared across collections",
            with(fixture, set("/events/1/id", json!("city-a"))),
        ),
        (
            "29 February 2015",
            with(fixture, set("/events/1/date", json!("2015-02-29"))),
        ),
        (
            "31 April",
            with(fixture, set("/relationships/0/start", json!("2016-04-31"))),
        ),
        (
            "story period backwards",
            with(complete, |d| {
                d["story"][1]["filters"]["from"] = json!(2020);
                d["story"][1]["filters"]["to"] = json!(2014);
            }),
        ),
        (
            "story item unknown",
            with(complete, set("/story/1/item", json!("no-such-record"))),
        ),
        (
            "story cell of unknown records",
            with(complete, set("/story/2/item", json!("cell--nobody--nothing"))),
        ),
        (
            "story partner unknown",
            with(complete, set("/story/1/filters/partner", json!("nobody"))),
        ),
        (
            "story step ids twice",
            with(complete, set("/story/1/id", json!("step-open"))),
        ),
    ];
    cases
        .into_iter()
        .map(|(name, text)| Case {
            name: format!("beyond the schema: {name}"),
            text,
            beyond_schema: true,
        })
        .collect()
}
