//! Native tests of what the browser's spreadsheet worker does with each request
//! (`sheet::work::answer`; how the messages travel is tested in the browser, e2e/tests/sheet.test.mjs): the bundled dataset written and read back equal to its file, a file that
//! is not a spreadsheet, one over the size read, a spreadsheet with a mistake at its place, and
//! the quote check with none and one missing.
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::model::{parse_dataset, Dataset, BUNDLED_JSON};
use paradiplomacy_dashboard::sheet::work::answer;
use paradiplomacy_dashboard::sheet::{workbook, xlsx};
use paradiplomacy_dashboard::sheet_message::{Reply, Request, MAX_SHEET_BYTES};
use serde_json::Value;

fn ask(request: Request, bytes: Vec<u8>) -> (Reply, Vec<u8>) {
    answer(request, bytes)
}

fn bundled() -> Dataset {
    parse_dataset(BUNDLED_JSON).expect("bundled dataset loads")
}

#[test]
fn the_bundled_dataset_written_then_read_is_its_file() {
    let (reply, file) = ask(
        Request::Write {
            json: BUNDLED_JSON.to_string(),
        },
        Vec::new(),
    );
    assert_eq!(reply, Reply::Written);
    assert_eq!(&file[..2], b"PK", "an xlsx file is a zip");
    let Reply::Read {
        json: Some(json),
        problems,
        ..
    } = ask(Request::Read, file).0
    else {
        panic!("the bundled spreadsheet did not read as a dataset");
    };
    assert!(problems.is_empty());
    // The same dataset, and the same JSON but for how a whole number is spelled (`118.0` in
    // the file, `118` written): values compared as numbers.
    let as_json = |d: &Dataset| serde_json::to_value(d).expect("JSON");
    assert_eq!(
        as_json(&parse_dataset(&json).expect("loads")),
        as_json(&bundled())
    );
    let read: Value = serde_json::from_str(&json).expect("JSON");
    let file: Value = serde_json::from_str(BUNDLED_JSON).expect("JSON");
    assert_eq!(numbers_as_f64(read), numbers_as_f64(file));
}

#[test]
fn a_file_that_is_not_a_spreadsheet_is_said_so_in_both_languages() {
    let Reply::Failed { why, detail } = ask(Request::Read, b"just some notes".to_vec()).0 else {
        panic!("text read as a spreadsheet");
    };
    assert!(
        why.en
            .starts_with("The file is not a spreadsheet the dashboard reads"),
        "{}",
        why.en
    );
    assert!(why.id.starts_with("Berkas ini bukan lembar kerja"), "{}", why.id);
    assert!(detail.is_some());
}

#[test]
fn a_file_over_the_size_read_is_refused_before_it_is_read() {
    let big = vec![0u8; MAX_SHEET_BYTES as usize + 1];
    let Reply::Failed { why, .. } = ask(Request::Read, big).0 else {
        panic!("an oversized file read");
    };
    assert_eq!(
        why.en,
        "The file is 33 MB; a spreadsheet of at most 32 MB is read."
    );
}

#[test]
fn a_mistake_is_reported_at_its_sheet_row_and_column_and_no_dataset_comes_back() {
    let mut book = workbook(&bundled()).expect("workbook");
    let events = book
        .sheets
        .iter_mut()
        .find(|s| s.name == "Events")
        .expect("Events");
    let kind = events.rows[0]
        .iter()
        .position(|c| *c == paradiplomacy_dashboard::model::sheet::Cell::Text("kind".into()))
        .expect("kind column");
    events.rows[13][kind] = paradiplomacy_dashboard::model::sheet::Cell::Text("party".into());
    let file = xlsx::write(&book).expect("xlsx");
    let Reply::Read { json, problems, .. } = ask(Request::Read, file).0 else {
        panic!("not read");
    };
    assert_eq!(json, None);
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0]
            .en
            .starts_with("Events, row 14, column kind: \"party\" is not one of the allowed words"),
        "{}",
        problems[0].en
    );
    assert!(
        problems[0].id.starts_with("Events, baris 14, kolom kind:"),
        "{}",
        problems[0].id
    );
}

#[test]
fn the_quote_check_names_the_one_quote_not_in_the_paper() {
    let data = bundled();
    let quotes: Vec<String> = paradiplomacy_dashboard::model::quote::misses(&data, "")
        .0
        .into_iter()
        .map(|m| m.quote)
        .collect();
    let paper = quotes.join("\n");
    let (reply, _) = ask(
        Request::Quotes {
            json: BUNDLED_JSON.to_string(),
            paper: paper.clone(),
        },
        Vec::new(),
    );
    let Reply::Quotes { misses, summary } = reply else {
        panic!("no quote check");
    };
    assert!(misses.is_empty());
    assert_eq!(
        summary.en,
        format!("0 of {} quotes are not in the paper's text", quotes.len())
    );

    // A quote written in the file as it reads (no escapes), so that it can be changed in the text.
    let first = quotes
        .iter()
        .find(|q| BUNDLED_JSON.contains(&format!("\"{q}\"")))
        .expect("a plain quote");
    let altered = BUNDLED_JSON.replacen(
        &format!("\"{first}\""),
        &format!("\"{first} dan kalimat rekaan\""),
        1,
    );
    let (reply, _) = ask(Request::Quotes { json: altered, paper }, Vec::new());
    let Reply::Quotes { misses, summary } = reply else {
        panic!("no quote check");
    };
    assert_eq!(misses.len(), 1);
    assert!(misses[0].en.ends_with("dan kalimat rekaan\""), "{}", misses[0].en);
    assert!(summary.en.starts_with("1 of "));
}

/// `value` with every number as a float.
fn numbers_as_f64(value: Value) -> Value {
    match value {
        Value::Number(n) => serde_json::json!(n.as_f64()),
        Value::Array(a) => Value::Array(a.into_iter().map(numbers_as_f64).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, numbers_as_f64(v))).collect()),
        other => other,
    }
}
