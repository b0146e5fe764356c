//! Native tests of the collections table (`model::collections`) against the bundled dataset:
//! every record of every collection is found by its id and exported as the file has it, the
//! collections' names are the file's keys, the validator registers every collection's ids, and
//! search reaches every collection it declares searched.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use paradiplomacy_dashboard::model::collections::{records, Collection};
use paradiplomacy_dashboard::model::validate::Problem;
use paradiplomacy_dashboard::model::{citations, parse_dataset, Lang, LoadError, Loaded, BUNDLED_JSON};
use paradiplomacy_dashboard::views::search::search;
use serde_json::Value;

/// The fields of a dataset that are not collections of records.
const NOT_COLLECTIONS: [&str; 7] = [
    "schema_version",
    "id",
    "title",
    "description",
    "focal_actor",
    "source",
    "story",
];

fn bundled() -> (Loaded, Value) {
    let data = parse_dataset(BUNDLED_JSON).expect("the bundled dataset loads");
    let json = serde_json::to_value(&data).expect("the dataset serialises");
    (Loaded::new(data), json)
}

#[test]
fn the_collections_are_the_dataset_keys_that_hold_records() {
    let (_, json) = bundled();
    let keys: BTreeSet<&str> = json
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .filter(|k| !NOT_COLLECTIONS.contains(k))
        .collect();
    let names: BTreeSet<&str> = Collection::ALL.iter().map(|c| c.key()).collect();
    assert_eq!(names, keys);
    assert_eq!(Collection::ALL.len(), 15, "each collection once");
}

#[test]
fn the_index_finds_every_record_of_every_collection_as_the_file_has_it() {
    let (data, json) = bundled();
    let mut seen = 0;
    for collection in Collection::ALL {
        let list = json[collection.key()].as_array().expect("a list");
        assert!(!list.is_empty(), "the bundled dataset has {}", collection.key());
        for record in list {
            let id = record["id"].as_str().expect("an id");
            let found = data.record(id).unwrap_or_else(|| panic!("{id} is found"));
            assert_eq!(found.kind(), *collection, "{id}");
            assert_eq!(found.collection(), collection.key(), "{id}");
            assert_eq!(found.id(), id);
            assert_eq!(
                found.to_json().as_ref(),
                Some(record),
                "{id} exported as in the file"
            );
            seen += 1;
        }
    }
    assert_eq!(records(&data.data).count(), seen, "every record walked once");
}

#[test]
fn every_citation_is_listed_with_the_path_of_its_record() {
    let (data, json) = bundled();
    let all = citations::all(&data.data);
    for (path, citation) in &all {
        // `$.relationships[2].sectors[0].citations[1]` as a JSON pointer.
        let pointer: String = path
            .trim_start_matches('$')
            .replace(['[', '.'], "/")
            .replace(']', "");
        let at = json
            .pointer(&pointer)
            .unwrap_or_else(|| panic!("{path} is in the file"));
        assert_eq!(at["quote"], citation.quote, "{path}");
    }
    let in_file = BUNDLED_JSON.matches("\"quote\"").count();
    assert_eq!(all.len(), in_file, "every citation of the file, once");
}

#[test]
fn a_duplicate_id_is_reported_in_every_collection() {
    let (_, json) = bundled();
    for collection in Collection::ALL {
        let key = collection.key();
        let mut copy = json.clone();
        let list = copy[key].as_array_mut().expect("a list");
        let twin = list[0].clone();
        let id = twin["id"].as_str().expect("an id").to_string();
        list.push(twin);
        let at = format!("$.{key}[{}].id", list.len() - 1);
        let text = serde_json::to_string(&copy).expect("serialises");
        let issues = match parse_dataset(&text) {
            Err(LoadError::Invalid(issues)) => issues,
            other => panic!("a second {id} in {key}: {other:?}"),
        };
        assert!(
            issues.iter().any(|i| i.path == at
                && matches!(&i.problem, Problem::DuplicateId { first, .. } if *first == format!("$.{key}[0]"))),
            "{key}: {issues:?}"
        );
    }
}

#[test]
fn search_reaches_every_searched_collection_by_a_record_title() {
    let (data, _) = bundled();
    for collection in Collection::ALL {
        let Some((_, record)) = records(&data.data).find(|(_, r)| r.kind() == *collection) else {
            continue;
        };
        let title = paradiplomacy_dashboard::views::detail::detail(&data, record.id(), Lang::En)
            .expect("a detail")
            .title;
        let found = search(&data, &title, Lang::En)
            .iter()
            .any(|h| h.id == record.id());
        assert_eq!(
            found,
            collection.searched(),
            "{}: {title:?} {}",
            collection.key(),
            if collection.searched() {
                "not found"
            } else {
                "found, though not searched"
            }
        );
    }
}

#[test]
fn a_dataset_written_out_reads_back_as_itself() {
    let (data, _) = bundled();
    let text = serde_json::to_string(&data.data).expect("serialises");
    // A story step's filters not set are left out: the format does not allow them as `null`.
    assert_eq!(parse_dataset(&text).as_ref(), Ok(&data.data));
}

/// `value` with every number as a float: a figure read as `60` is written `60.0`, the same
/// number.
fn numbers_as_floats(value: Value) -> Value {
    match value {
        Value::Number(n) => n.as_f64().map_or(Value::Number(n), |f| serde_json::json!(f)),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_floats).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k, numbers_as_floats(v)))
                .collect(),
        ),
        other => other,
    }
}

/// Typed ids change nothing in the file: every id and reference of the bundled dataset, read
/// into its types and written out again, is the text it was read from (so is everything else).
#[test]
fn the_dataset_written_out_is_the_file_it_was_read_from() {
    let (_, written) = bundled();
    let file: Value = serde_json::from_str(BUNDLED_JSON).expect("the bundled JSON");
    assert_eq!(numbers_as_floats(written), numbers_as_floats(file));
}
