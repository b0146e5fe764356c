//! Native tests of the downloads of a view's data: which records each view exports under the
//! filters, the CSV (readable back, verbatim quotes, safe in a spreadsheet) and the JSON (the
//! dataset's own records).
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::model::RelationshipType;
use paradiplomacy_dashboard::model::{parse_dataset, Filters, Lang, Loaded, View, BUNDLED_JSON};
use paradiplomacy_dashboard::views::detail::detail;
use paradiplomacy_dashboard::views::export::{self, Context};
use paradiplomacy_dashboard::views::{self, Query};
use serde_json::Value;

fn bundled() -> Loaded {
    Loaded::new(parse_dataset(BUNDLED_JSON).expect("bundled loads"))
}

const VIEWS: [View; 6] = View::ALL;

/// What `view` lists under `filters`, as its downloads do: the view model's records.
fn shown(data: &Loaded, filters: &Filters, view: View) -> Vec<String> {
    views::build(view, &Query::new(data, filters, Lang::En)).listed
}

/// A strict RFC 4180 reader: the rows and fields of `text` (after its byte-order mark).
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let text = text
        .strip_prefix('\u{feff}')
        .expect("starts with a byte-order mark");
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "CRLF line ends"),
            (false, '\n') => panic!("a bare LF outside quotes"),
            (false, c) => field.push(c),
        }
        if !quoted && c == '\r' {
            row.push(std::mem::take(&mut field));
            rows.push(std::mem::take(&mut row));
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the file ends with a line end"
    );
    rows
}

fn daejeon() -> Filters {
    Filters {
        partner: Some("daejeon".into()),
        ..Filters::default()
    }
}

#[test]
fn every_view_exports_what_it_shows_and_a_filter_narrows_it() {
    let data = bundled();
    for view in VIEWS {
        let all = shown(&data, &Filters::default(), view);
        assert!(!all.is_empty(), "{view:?} exports something");
        let mut unique = all.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), all.len(), "{view:?}: no record twice");
        let narrowed = shown(&data, &daejeon(), view);
        if matches!(view, View::Evidence) {
            assert_eq!(narrowed, all, "the evidence view is not filtered");
        } else {
            assert!(
                narrowed.len() < all.len(),
                "{view:?}: the partner filter narrows the export"
            );
        }
    }
    let events = shown(&data, &daejeon(), View::Timeline);
    let expected: Vec<&str> = data
        .data
        .events
        .iter()
        .filter(|e| events.contains(&e.id.to_string()))
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(events.len(), expected.len(), "timeline ids are events");
}

#[test]
fn the_csv_reads_back_one_row_per_record_with_the_verbatim_quotes() {
    let data = bundled();
    for view in VIEWS {
        let ids = shown(&data, &Filters::default(), view);
        let text = export::csv(&data, &Filters::default(), &ids, Lang::En);
        let rows = read_csv(&text);
        let width = rows[0].len();
        assert!(
            rows.iter().all(|r| r.len() == width),
            "{view:?}: every row as wide as the header"
        );
        assert_eq!(
            rows.len(),
            ids.len() + 1,
            "{view:?}: a header and one row per record"
        );
        let got: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(got, ids, "{view:?}: rows in the view's order");
        // The last three columns: section, verbatim quote, translation.
        let quote_col = width - 2;
        assert_eq!(rows[0][quote_col], "Original quote (Indonesian)");
        for (row, id) in rows[1..].iter().zip(&ids) {
            let d = detail(&data, id, Lang::En).expect("every exported id has a detail");
            for c in &d.citations {
                assert!(row[quote_col].contains(&c.quote), "{id}: its quote verbatim");
                assert!(
                    row[quote_col + 1].contains(&c.translation),
                    "{id}: its translation"
                );
            }
        }
    }
    let id_rows = read_csv(&export::csv(
        &data,
        &Filters::default(),
        &shown(&data, &Filters::default(), View::Matrix),
        Lang::Id,
    ));
    assert_ne!(id_rows[0][1], "Kind", "the header is in the reader's language");
}

#[test]
fn the_json_holds_the_datasets_own_records_and_where_they_come_from() {
    let data = bundled();
    let filters = daejeon();
    let ids = shown(&data, &filters, View::Timeline);
    let ctx = Context {
        view: View::Timeline,
        query: "view=timeline&partner=daejeon",
        date: "2026-11-28",
        lang: Lang::Id,
    };
    let file: Value = serde_json::from_str(&export::json(&data, &filters, &ids, &ctx)).expect("JSON");
    assert_eq!(file["type"], "paradiplomacy-dashboard/view-data");
    assert_eq!(file["query"], "view=timeline&partner=daejeon");
    assert_eq!(file["language"], "id");
    assert_eq!(file["dataset"]["id"], data.data.id.as_str());
    let records = file["records"].as_array().expect("records");
    assert_eq!(records.len(), ids.len());
    for (r, id) in records.iter().zip(&ids) {
        assert_eq!(r["collection"], "events");
        let event = data.data.events.iter().find(|e| &e.id == id).expect("event");
        assert_eq!(
            r["record"],
            serde_json::to_value(event).expect("serialises"),
            "{id}: as in the file"
        );
    }

    let cells = shown(&data, &Filters::default(), View::Matrix);
    let file: Value = serde_json::from_str(&export::json(
        &data,
        &Filters::default(),
        &cells,
        &Context {
            view: View::Matrix,
            ..ctx
        },
    ))
    .expect("JSON");
    let records = file["records"].as_array().expect("records");
    assert_eq!(records.len(), cells.len(), "every cell, silent ones too");
    assert!(
        records.iter().any(|r| r["record"]["level"].is_null()),
        "a silent cell says null, not none"
    );
    assert!(records.iter().any(|r| r["record"]["level"].is_string()
        && !r["record"]["citations"].as_array().expect("list").is_empty()));
}

#[test]
fn file_names_say_dataset_view_and_date() {
    let data = bundled();
    assert_eq!(
        export::file_stem(&data, View::Matrix, "2026-11-28"),
        format!("{}-matrix-2026-11-28", data.data.id)
    );
}

#[test]
fn a_matrix_cell_is_exported_as_the_filtered_view_shows_it() {
    let data = bundled();
    // Daejeon × science park: explored (the 2014 exploration), agreed by the MoU of 2016.
    let cell = "cell--daejeon--science-technology-park".to_string();
    let only_exploration = Filters {
        kind: Some(RelationshipType::Exploration),
        ..Filters::default()
    };
    for (filters, level) in [(Filters::default(), "agreed"), (only_exploration, "explored")] {
        let ids = shown(&data, &filters, View::Matrix);
        assert!(ids.contains(&cell));
        let ctx = Context {
            view: View::Matrix,
            query: "",
            date: "2026-11-28",
            lang: Lang::En,
        };
        let file: Value = serde_json::from_str(&export::json(&data, &filters, &ids, &ctx)).expect("JSON");
        let json_level = file["records"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|r| r["record"]["id"] == cell.as_str())
            .map(|r| r["record"]["level"].clone());
        assert_eq!(json_level, Some(Value::from(level)));
        let rows = read_csv(&export::csv(&data, &filters, &ids, Lang::En));
        let row = rows.iter().find(|r| r[0] == cell).expect("the cell's row");
        assert!(
            row.iter().any(|f| f.eq_ignore_ascii_case(level)),
            "the CSV says {level} as the JSON does: {row:?}"
        );
    }
}
