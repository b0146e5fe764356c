//! The JSON path of a shape error (`model::load::path`, read back from the text at serde_json's
//! error position) against `serde_path_to_error`, which tracks the path through every value it
//! reads: on every node of a dataset that uses every field of the format, and on a sample of the
//! bundled dataset's, each changed in every way a hand-edited file goes wrong.
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::model::load::{objects::Objects, parse_dataset};
use paradiplomacy_dashboard::model::{Dataset, LoadError, BUNDLED_JSON};
use serde_json::{json, Map, Value};

const COMPLETE: &str = include_str!("fixtures/complete.json");

/// Every way a node is changed: the changed node, or `None` when the way does not apply.
fn changes(node: &Value) -> Vec<Value> {
    let mut out = vec![json!(null)];
    match node {
        Value::String(_) => out.extend([json!(7), json!("zz-not-a-word"), json!(["x"]), json!({"a": 1})]),
        Value::Number(_) => out.extend([json!("7"), json!(-1), json!(1e300), json!(4_294_967_296u64)]),
        Value::Bool(_) => out.extend([json!("true"), json!(1)]),
        Value::Array(items) => {
            out.extend([json!({}), json!("x")]);
            if let Some(first) = items.first() {
                out.push(Value::Array(vec![first.clone(), json!(true)]));
            }
        }
        Value::Object(map) => {
            out.push(Value::Array(map.values().cloned().collect()));
            let mut extra = map.clone();
            extra.insert("zz_unknown".into(), json!(1));
            out.push(Value::Object(extra));
            for key in map.keys().take(3) {
                let mut missing = map.clone();
                missing.remove(key);
                out.push(Value::Object(missing));
            }
        }
        Value::Null => out.push(json!("x")),
    }
    out
}

/// The JSON pointer of every node of `value`, in document order.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                pointers(
                    item,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        _ => {}
    }
}

/// The path serde_path_to_error gives, in the app's form (`$.events[2].date`).
fn tracked_path(text: &str) -> Option<String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let result: Result<Dataset, _> = serde_path_to_error::deserialize(Objects(&mut de));
    result
        .err()
        .map(|err| format!("$.{}", err.path()).replace("$..", "$"))
}

/// Changes every `stride`-th node of `source` in every way; the mismatches found.
fn mismatches(source: &str, stride: usize) -> (usize, Vec<String>) {
    let root: Value = serde_json::from_str(source).expect("the source is JSON");
    let mut all = Vec::new();
    pointers(&root, String::new(), &mut all);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for pointer in all.iter().step_by(stride) {
        let node = root.pointer(pointer).expect("pointer").clone();
        for changed in changes(&node) {
            let mut doc = root.clone();
            *doc.pointer_mut(pointer).expect("pointer") = changed.clone();
            for text in [
                serde_json::to_string_pretty(&doc).unwrap(),
                serde_json::to_string(&doc).unwrap(),
            ] {
                let Some(expected) = tracked_path(&text) else {
                    continue;
                };
                checked += 1;
                match parse_dataset(&text) {
                    Err(LoadError::Shape { path, .. }) if path == expected => {}
                    Err(LoadError::Shape { path, message, .. }) => wrong.push(format!(
                        "{pointer} = {changed}: {path} (expected {expected}): {message}"
                    )),
                    other => wrong.push(format!("{pointer} = {changed}: {other:?}")),
                }
            }
        }
    }
    (checked, wrong)
}

/// Changes every `stride`-th node of `source`; fails unless more than `at_least` shape errors
/// were made and every one has the path serde_path_to_error gives (the first 25 listed).
fn paths_agree(source: &str, stride: usize, at_least: usize) {
    let (checked, wrong) = mismatches(source, stride);
    assert!(checked > at_least, "only {checked} shape errors were made");
    assert!(
        wrong.is_empty(),
        "{} of {checked} paths differ:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(25)].join("\n")
    );
}

#[test]
fn every_node_of_a_complete_dataset() {
    paths_agree(COMPLETE, 1, 500);
}

#[test]
fn a_sample_of_the_bundled_dataset() {
    paths_agree(BUNDLED_JSON, 97, 100);
}

#[test]
fn keys_written_with_escapes_and_an_unknown_field_at_the_top() {
    let mut doc: Map<String, Value> = serde_json::from_str(COMPLETE).unwrap();
    doc.insert("zz_unknown".into(), json!(1));
    let text = serde_json::to_string(&doc).unwrap();
    let expected = tracked_path(&text).expect("an unknown field is a shape error");
    assert!(matches!(parse_dataset(&text), Err(LoadError::Shape { path, .. }) if path == expected));

    // `"ev\u0065nts"` is the key `events`; its first event's `id` a number.
    let mut doc: Map<String, Value> = serde_json::from_str(COMPLETE).unwrap();
    doc["events"][0]["id"] = json!(7);
    let text = serde_json::to_string(&doc)
        .unwrap()
        .replacen("\"events\":", "\"ev\\u0065nts\":", 1);
    assert_eq!(tracked_path(&text).as_deref(), Some("$.events[0].id"));
    assert!(matches!(parse_dataset(&text), Err(LoadError::Shape { path, .. }) if path == "$.events[0].id"));
}
