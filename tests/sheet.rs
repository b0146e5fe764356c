//! Native tests of the dataset as a spreadsheet: both ways through the workbook model and
//! through real xlsx and ods bytes, the bundled dataset and generated ones, and hostile
//! workbooks, each problem with its exact sheet, row and column in both languages.
#![cfg(not(target_arch = "wasm32"))]

mod datasets;

use paradiplomacy_dashboard::i18n::sheet::{notice_line, problem_line};
use paradiplomacy_dashboard::model::sheet::layout::{layout, Layout};
use paradiplomacy_dashboard::model::sheet::{self, Cell, Merge, Outcome, Workbook, MAX_ROWS};
use paradiplomacy_dashboard::model::{parse_dataset, ActorKind, Dataset, Lang, BUNDLED_JSON};
use paradiplomacy_dashboard::sheet::{workbook, xlsx};
use proptest::prelude::*;
use serde_json::Value;

fn bundled() -> Dataset {
    parse_dataset(BUNDLED_JSON).expect("bundled dataset loads")
}

fn bundled_workbook() -> Workbook {
    workbook(&bundled()).expect("written")
}

fn as_json(data: &Dataset) -> Value {
    serde_json::to_value(data).expect("a dataset is JSON")
}

/// Every problem and notice of `outcome`, in `lang`.
fn lines(outcome: &Outcome, lang: Lang) -> (Vec<String>, Vec<String>) {
    (
        outcome.problems.iter().map(|p| problem_line(p, lang)).collect(),
        outcome.notices.iter().map(|n| notice_line(n, lang)).collect(),
    )
}

/// `book` through xlsx bytes and back.
fn through_xlsx(book: &Workbook) -> Workbook {
    xlsx::read(xlsx::write(book).expect("xlsx written")).expect("xlsx read")
}

/// The path of the first value where `a` and `b` differ, with both values.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) if x.len() == y.len() => {
            x.iter().find_map(|(k, v)| match y.get(k) {
                Some(w) => first_difference(v, w, &format!("{path}.{k}")),
                None => Some(format!("{path}.{k}: missing")),
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]"))),
        (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => None,
        _ if a == b => None,
        _ => Some(format!("{path}: {a} != {b}")),
    }
}

/// The sheet `name` of `book`, to change.
fn sheet_mut<'a>(book: &'a mut Workbook, name: &str) -> &'a mut paradiplomacy_dashboard::model::sheet::Sheet {
    book.sheets
        .iter_mut()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
}

/// The index of the column `name` of `sheet`'s first row.
fn column(sheet: &paradiplomacy_dashboard::model::sheet::Sheet, name: &str) -> usize {
    sheet.rows[0]
        .iter()
        .position(|c| *c == Cell::Text(name.into()))
        .unwrap_or_else(|| panic!("no column {name}"))
}

/// Sets the cell of `column` in row `row` (as the spreadsheet numbers rows) of sheet `name`.
fn set(book: &mut Workbook, name: &str, row: usize, column_name: &str, cell: Cell) {
    let sheet = sheet_mut(book, name);
    let c = column(sheet, column_name);
    sheet.rows[row - 1][c] = cell;
}

/// Sets each cell of `cells`: sheet, row, column, value (see [`set`]).
fn edit(book: &mut Workbook, cells: Vec<(&str, usize, &str, Cell)>) {
    for (sheet, row, column_name, cell) in cells {
        set(book, sheet, row, column_name, cell);
    }
}

/// The one problem of `book`, in Indonesian and English.
fn only_problem(book: &Workbook) -> [String; 2] {
    let outcome = sheet::load(book);
    let (id, _) = lines(&outcome, Lang::Id);
    let (en, _) = lines(&outcome, Lang::En);
    assert_eq!(en.len(), 1, "{en:#?}");
    assert!(outcome.dataset.is_none());
    [id[0].clone(), en[0].clone()]
}

#[test]
fn the_bundled_dataset_round_trips_through_the_workbook_model() {
    let outcome = sheet::load(&bundled_workbook());
    assert!(outcome.problems.is_empty(), "{:#?}", outcome.problems);
    assert!(outcome.notices.is_empty(), "{:#?}", outcome.notices);
    assert_eq!(outcome.dataset.as_ref().map(as_json), Some(as_json(&bundled())));
}

#[test]
fn the_bundled_dataset_round_trips_through_xlsx_bytes_equal_to_its_file() {
    let bytes = xlsx::write(&bundled_workbook()).expect("xlsx written");
    let outcome = sheet::load(&xlsx::read(bytes).expect("xlsx read"));
    assert!(outcome.problems.is_empty(), "{:#?}", outcome.problems);
    let data = outcome.dataset.expect("a dataset");
    assert_eq!(first_difference(&as_json(&data), &as_json(&bundled()), "$"), None);
    // Written out as `dataset to-json` writes it, it is the file itself, value for value
    // (the file writes some whole numbers `60` and others `118.0`: numbers are compared as
    // numbers).
    let written = serde_json::to_string_pretty(&data).expect("JSON");
    let file: Value = serde_json::from_str(BUNDLED_JSON).expect("JSON");
    let read: Value = serde_json::from_str(&written).expect("JSON");
    assert_eq!(first_difference(&read, &file, "$"), None);
}

#[test]
fn every_list_of_the_schema_has_its_sheet_and_the_collections_come_from_their_one_list() {
    let layout = layout();
    assert_eq!(Layout::schema_lists(), layout.lists());
    let names: Vec<&str> = bundled_workbook()
        .sheets
        .iter()
        .map(|s| s.name.clone())
        .collect::<Vec<_>>()
        .leak()
        .iter()
        .map(String::as_str)
        .collect();
    for name in [
        "Read me",
        "Dataset",
        "Sections",
        "Challenge categories",
        "Relationships – sectors",
        "Legal bases – provisions",
        "Story",
        "Citations",
    ] {
        assert!(names.contains(&name), "{name}: {names:?}");
    }
}

#[test]
fn the_drop_down_lists_are_the_words_the_dataset_types_accept() {
    let book = bundled_workbook();
    let actors = book.sheets.iter().find(|s| s.name == "Actors").expect("Actors");
    let kind = column(actors, "kind");
    let words = actors.headers[kind].words.clone().expect("a list of kinds");
    assert_eq!(words.len(), 12);
    for word in &words {
        let parsed: Result<ActorKind, _> = serde_json::from_value(Value::String(word.clone()));
        assert!(parsed.is_ok(), "{word}");
    }
    let events = book.sheets.iter().find(|s| s.name == "Events").expect("Events");
    for (name, first) in [("kind", "founding"), ("date_qualifier", "exact")] {
        let list = events.headers[column(events, name)]
            .words
            .clone()
            .unwrap_or_default();
        assert_eq!(list.first().map(String::as_str), Some(first), "{name}");
    }
    assert_eq!(events.headers[column(events, "title.id")].words, None);
    let note = events.headers[column(events, "date")]
        .note
        .clone()
        .unwrap_or_default();
    assert!(
        note.contains("YYYY-MM-DD") && note.contains("Tanggal") && note.contains("A date"),
        "{note}"
    );
}

#[test]
fn the_read_me_explains_every_column_of_every_sheet_in_both_languages() {
    let book = bundled_workbook();
    let read_me = &book.sheets[0];
    assert_eq!(read_me.name, "Read me");
    let explained: Vec<(String, String)> = read_me
        .rows
        .iter()
        .filter_map(|r| match (r.first(), r.get(1), r.get(2), r.get(3)) {
            (Some(Cell::Text(s)), Some(Cell::Text(c)), Some(Cell::Text(id)), Some(Cell::Text(en))) => {
                assert!(!id.is_empty() && !en.is_empty() && id != en, "{s} {c}");
                Some((s.clone(), c.clone()))
            }
            _ => None,
        })
        .collect();
    for sheet in &book.sheets[1..] {
        for name in &sheet.rows[0] {
            let Cell::Text(name) = name else {
                panic!("{}: a column name", sheet.name)
            };
            assert!(
                explained.contains(&(sheet.name.clone(), name.clone())),
                "{}: {name}",
                sheet.name
            );
        }
    }
}

#[test]
fn an_impossible_date_is_named_by_sheet_row_and_column() {
    let mut book = bundled_workbook();
    // The fourth event is on row 5 (row 1 holds the column names).
    set(&mut book, "Events", 5, "date", Cell::Text("2016-02-30".into()));
    assert_eq!(
        only_problem(&book),
        [
            "Events, baris 5, kolom date: \"2016-02-30\" bukan tanggal yang ada",
            "Events, row 5, column date: \"2016-02-30\" is not a real calendar date",
        ]
    );
}

#[test]
fn a_validator_problem_in_a_citation_or_a_part_is_placed_on_its_row() {
    let mut book = bundled_workbook();
    set(&mut book, "Citations", 3, "quote", Cell::Text("  ".into()));
    let [_, en] = only_problem(&book);
    assert_eq!(en, "Citations, row 3, column quote: the quote is empty");
    let mut book = bundled_workbook();
    set(
        &mut book,
        "Relationships – sectors",
        2,
        "sector",
        Cell::Text("no-such-sector".into()),
    );
    // Its citations follow it (they name it by its sector).
    for row in [103, 104] {
        set(
            &mut book,
            "Citations",
            row,
            "part",
            Cell::Text("sectors/no-such-sector".into()),
        );
    }
    let outcome = sheet::load(&book);
    let (en, _) = lines(&outcome, Lang::En);
    assert!(
        en.contains(&"Relationships – sectors, row 2, column sector: refers to \"no-such-sector\", which is not one of the sectors".to_string()),
        "{en:#?}"
    );
}

#[test]
fn dates_typed_as_text_or_as_excel_day_numbers_are_read_as_dates() {
    let mut book = bundled_workbook();
    edit(
        &mut book,
        vec![
            ("Events", 5, "date", Cell::Number(42_430.0)),
            ("Events", 4, "date", Cell::Number(2014.0)),
            ("Events", 3, "date", Cell::Text(" 2008 ".into())),
        ],
    );
    let outcome = sheet::load(&book);
    let data = outcome.dataset.as_ref().expect("still a dataset");
    assert_eq!(data.events[3].date.as_deref(), Some("2016-03-01"));
    assert_eq!(
        data.events[2].date.as_deref(),
        Some("2014"),
        "a year typed as a number"
    );
    assert_eq!(data.events[1].date.as_deref(), Some("2008"));
    let (_, notices) = lines(&outcome, Lang::En);
    assert_eq!(
        notices,
        [
            "Events, row 3, column date: spaces around \"2008\" removed",
            "Events, row 5, column date: the number 42430 read as the Excel date 2016-03-01",
        ]
    );
    let mut book = bundled_workbook();
    set(&mut book, "Events", 5, "date", Cell::Text("30/02/2016".into()));
    assert_eq!(
        only_problem(&book)[1],
        "Events, row 5, column date: \"30/02/2016\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
    );
    let mut book = bundled_workbook();
    set(&mut book, "Events", 5, "date", Cell::Number(60.0));
    assert_eq!(
        only_problem(&book)[1],
        "Events, row 5, column date: 60 is not a date"
    );
}

#[test]
fn ids_with_stray_spaces_are_trimmed_with_a_notice() {
    let mut book = bundled_workbook();
    edit(
        &mut book,
        vec![
            ("Events", 2, "id", Cell::Text(" ev-microdiplomacy-1980s ".into())),
            ("Events", 3, "actors", Cell::Text("tangerang-selatan ;  ".into())),
        ],
    );
    let outcome = sheet::load(&book);
    assert_eq!(outcome.dataset.as_ref().map(as_json), Some(as_json(&bundled())));
    let (_, notices) = lines(&outcome, Lang::En);
    assert_eq!(
        notices,
        [
            "Events, row 2, column id: spaces around \"ev-microdiplomacy-1980s\" removed",
            "Events, row 3, column actors: spaces around \"tangerang-selatan\" removed",
        ]
    );
}

#[test]
fn unknown_columns_and_sheets_are_ignored_and_listed() {
    let mut book = bundled_workbook();
    let events = sheet_mut(&mut book, "Events");
    events.rows[0].push(Cell::Text("catatan saya".into()));
    events.rows[1].push(Cell::Text("periksa lagi".into()));
    book.sheets
        .push(paradiplomacy_dashboard::model::sheet::Sheet::new("Scratch"));
    let outcome = sheet::load(&book);
    assert_eq!(outcome.dataset.as_ref().map(as_json), Some(as_json(&bundled())));
    assert_eq!(
        lines(&outcome, Lang::Id).1,
        [
            "Scratch: bukan lembar format dataset: diabaikan",
            "Events, baris 1, kolom catatan saya: \"catatan saya\" bukan kolom lembar ini: diabaikan",
        ]
    );
}

#[test]
fn a_missing_sheet_an_empty_sheet_and_a_missing_column_are_named() {
    let mut book = bundled_workbook();
    book.sheets.retain(|s| s.name != "Challenges");
    assert_eq!(
        only_problem(&book),
        [
            "Challenges: lembar ini tidak ada: tambahkan, dengan nama kolom di baris pertama (lihat lembar Read me)",
            "Challenges: the sheet is missing: add it, with its column names in the first row (see the Read me sheet)",
        ]
    );
    let mut book = bundled_workbook();
    sheet_mut(&mut book, "Events").rows.clear();
    assert_eq!(
        only_problem(&book)[1],
        "Events: the sheet is empty: its first row must hold the column names"
    );
    let mut book = bundled_workbook();
    let actors = sheet_mut(&mut book, "Actors");
    let c = column(actors, "country");
    for row in &mut actors.rows {
        row.remove(c);
    }
    assert_eq!(
        only_problem(&book)[1],
        "Actors, row 1: the column \"country\" is missing from the first row"
    );
    // The story may be left out: a dataset without one.
    let mut book = bundled_workbook();
    book.sheets.retain(|s| s.name != "Story");
    let data = sheet::load(&book).dataset.expect("a dataset without a story");
    assert!(data.story.is_empty());
}

#[test]
fn words_numbers_and_cell_errors_are_checked_cell_by_cell() {
    let mut book = bundled_workbook();
    edit(
        &mut book,
        vec![
            ("Actors", 2, "kind", Cell::Text("town".into())),
            ("Literature", 2, "year", Cell::Text("dua ribu".into())),
            ("Findings", 2, "headline", Cell::Error("#DIV/0!".into())),
        ],
    );
    let outcome = sheet::load(&book);
    assert_eq!(
        lines(&outcome, Lang::En).0,
        [
            "Actors, row 2, column kind: \"town\" is not one of the allowed words: city, city_group, regency, province, country, national_government, ministry, local_agency, university, research_centre, company, person",
            "Findings, row 2, column headline: the cell holds the error #DIV/0!: correct the formula or write the value",
            "Literature, row 2, column year: dua ribu is not a whole number",
        ]
    );
}

#[test]
fn a_citation_of_no_record_and_a_part_of_no_record_are_named() {
    let mut book = bundled_workbook();
    edit(
        &mut book,
        vec![
            ("Citations", 2, "record", Cell::Text("ev-nowhere".into())),
            (
                "Relationships – sectors",
                2,
                "record",
                Cell::Text("rel-nowhere".into()),
            ),
        ],
    );
    let outcome = sheet::load(&book);
    let (en, _) = lines(&outcome, Lang::En);
    assert_eq!(
        en,
        [
            "Citations, row 2, column record: no record has the id \"ev-nowhere\"",
            // The part's own citations now name a part its record no longer has.
            "Citations, row 103, column part: the record has no part \"sectors/smart-city\"",
            "Citations, row 104, column part: the record has no part \"sectors/smart-city\"",
            "Relationships – sectors, row 2, column record: no record has the id \"rel-nowhere\"",
        ]
    );
}

#[test]
fn a_hundred_thousand_rows_are_refused_with_the_limit() {
    let mut book = bundled_workbook();
    let events = sheet_mut(&mut book, "Events");
    let row = events.rows[1].clone();
    events.rows.resize(100_001, row);
    assert_eq!(
        only_problem(&book),
        [
            format!(
                "Events: lembar ini berisi 100.001 baris; satu lembar paling banyak {} baris",
                "50.000"
            ),
            "Events: the sheet has 100,001 rows; a sheet may have at most 50,000".to_string(),
        ]
    );
    assert_eq!(MAX_ROWS, 50_000);
}

#[test]
fn merged_cells_in_a_real_xlsx_file_are_named_with_their_extent() {
    let mut book = bundled_workbook();
    let events = sheet_mut(&mut book, "Events");
    let title = column(events, "title.id");
    events.merged.push(Merge {
        first_row: 2,
        first_column: title,
        last_row: 3,
        last_column: title,
    });
    let read = through_xlsx(&book);
    assert_eq!(
        only_problem(&read),
        [
            "Events, baris 3, kolom title.id: sel digabung (sampai baris 4, kolom title.id): pisahkan lagi dan tulis nilai di setiap sel",
            "Events, row 3, column title.id: merged cells (up to row 4, column title.id): unmerge them and write a value in each cell",
        ]
    );
}

#[test]
fn formulas_are_read_as_their_saved_values_never_computed() {
    use rust_xlsxwriter::{Formula, Workbook as XlsxBook};
    // The bundled workbook, with two cells turned into formulas, each saved with a value: the
    // second with one that is not what its formula computes.
    let book = bundled_workbook();
    let mut file = XlsxBook::new();
    for sheet in &book.sheets {
        let ws = file.add_worksheet();
        ws.set_name(&sheet.name).expect("name");
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Cell::Text(t) => ws.write_string(r, c, t).map(|_| ()),
                    Cell::Number(n) => ws.write_number(r, c, *n).map(|_| ()),
                    Cell::Bool(b) => ws.write_boolean(r, c, *b).map(|_| ()),
                    _ => Ok(()),
                }
                .expect("cell");
            }
        }
        if sheet.name == "Literature" {
            let year = column(sheet, "year") as u16;
            ws.write_formula(1, year, Formula::new("=2000+19").set_result("2019"))
                .expect("formula");
        }
        if sheet.name == "Events" {
            let title = column(sheet, "title.en") as u16;
            let formula = Formula::new("=\"computed\"").set_result("saved by the spreadsheet");
            ws.write_formula(1, title, formula).expect("formula");
        }
    }
    let read = xlsx::read(file.save_to_buffer().expect("bytes")).expect("read");
    let data = sheet::load(&read).dataset.expect("a dataset");
    assert_eq!(data.literature[0].year, 2019);
    assert_eq!(
        data.events[0].title.en, "saved by the spreadsheet",
        "the formula's saved value, not what it would compute"
    );
}

#[test]
fn an_ods_file_is_read() {
    let book = xlsx::read(datasets::SMALL_ODS.to_vec()).expect("an ods file is read");
    assert_eq!(book.sheets[0].name, "Dataset");
    assert_eq!(
        book.sheets[0].rows[1],
        [Cell::Text("x".into()), Cell::Text("2016-02-29".into())]
    );
    let outcome = sheet::load(&book);
    assert!(
        lines(&outcome, Lang::En).0.contains(&"Actors: the sheet is missing: add it, with its column names in the first row (see the Read me sheet)".to_string())
    );
}

#[test]
fn a_file_that_is_not_a_spreadsheet_is_refused() {
    let err = xlsx::read(b"not a zip at all".to_vec()).expect_err("refused");
    assert!(
        err.to_string().starts_with("the file is not a spreadsheet"),
        "{err}"
    );
}

#[test]
fn the_dataset_sheet_has_one_row() {
    let mut book = bundled_workbook();
    let own = sheet_mut(&mut book, "Dataset");
    let row = own.rows[1].clone();
    own.rows.push(row);
    assert_eq!(
        only_problem(&book)[1],
        "Dataset: the sheet must have exactly one row under the column names; it has 2"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_valid_dataset_round_trips_through_the_workbook_model(data in datasets::dataset()) {
        let outcome = sheet::load(&sheet::write(&data).expect("written"));
        prop_assert!(outcome.problems.is_empty(), "{:#?}", outcome.problems);
        let back = outcome.dataset.as_ref().map(as_json).unwrap_or_default();
        prop_assert_eq!(first_difference(&back, &as_json(&data), "$"), None);
    }

    #[test]
    fn any_valid_dataset_round_trips_through_xlsx_bytes(data in datasets::dataset()) {
        let read = through_xlsx(&workbook(&data).expect("written"));
        let outcome = sheet::load(&read);
        prop_assert!(outcome.problems.is_empty(), "{:#?}", outcome.problems);
        let back = outcome.dataset.as_ref().map(as_json).unwrap_or_default();
        prop_assert_eq!(first_difference(&back, &as_json(&data), "$"), None);
    }
}

#[test]
fn text_that_looks_like_a_formula_or_an_xml_escape_stays_text() {
    let mut book = bundled_workbook();
    for (row, text) in [
        (2, "=SUM(A1:A9)"),
        (3, "_x0041_ and _x000D_"),
        (4, "  spaces kept  "),
        (5, "+62 21"),
    ] {
        set(&mut book, "Events", row, "title.en", Cell::Text(text.into()));
    }
    let data = sheet::load(&through_xlsx(&book)).dataset.expect("a dataset");
    let titles: Vec<&str> = data.events[..4].iter().map(|e| e.title.en.as_str()).collect();
    assert_eq!(
        titles,
        ["=SUM(A1:A9)", "_x0041_ and _x000D_", "  spaces kept  ", "+62 21"]
    );
}
