//! The dataset as a spreadsheet file a researcher fills in: the workbook of `model::sheet`
//! with its Read me sheet and a note on every column name, in Indonesian and English; xlsx and
//! ods files ([`xlsx`], after [`guard`] has measured them), the checks the `dataset` tool runs ([`check`]), and on the host the
//! paper's text ([`paper`]). In the browser, only the spreadsheet worker
//! (src/bin/sheet-worker.rs) calls these: [`work`] is what it does; what the app and the worker
//! say to each other is `crate::sheet_message`. Built with the `sheet` feature only (the
//! default), which the app's own wasm is built without.
//!
//! Owns: [`workbook`] (what a dataset's spreadsheet holds) and the Read me sheet. The
//! conversion itself is `model::sheet`'s; the words are `i18n::sheet`'s.

pub mod check;
pub mod guard;
#[cfg(not(target_arch = "wasm32"))]
pub mod paper;
pub mod work;
pub mod xlsx;

use crate::i18n::sheet::{column as explain, words};
use crate::model::sheet::layout::{layout, CITATIONS_SHEET};
use crate::model::sheet::{self as model, Cell, Column, Sheet, Workbook, READ_ME};
use crate::model::{Dataset, Lang};

/// Both languages' explanation of `column`, Indonesian first.
fn note(column: &Column) -> String {
    format!("{}\n\n{}", explain(column, Lang::Id), explain(column, Lang::En))
}

/// Every sheet's columns, by sheet name.
fn columns() -> Vec<(&'static str, &'static [Column])> {
    let layout = layout();
    layout
        .tables
        .iter()
        .map(|t| (t.sheet.as_str(), t.columns.as_slice()))
        .chain([(CITATIONS_SHEET, layout.citations.as_slice())])
        .collect()
}

/// The Read me sheet: how the workbook is laid out, then every column of every sheet
/// explained, in Indonesian and English.
fn read_me() -> Sheet {
    let (id, en) = (words(Lang::Id), words(Lang::En));
    let text = |s: &str| Cell::Text(s.to_string());
    let mut sheet = Sheet::new(READ_ME);
    for (i, e) in id.read_me().iter().zip(en.read_me()) {
        sheet.rows.push(vec![Cell::Empty, Cell::Empty, text(i), text(e)]);
    }
    sheet.rows.push(Vec::new());
    let [sheet_id, column_id, language_id] = id.read_me_headings();
    let [sheet_en, column_en, language_en] = en.read_me_headings();
    sheet.rows.push(vec![
        text(&format!("{sheet_id} / {sheet_en}")),
        text(&format!("{column_id} / {column_en}")),
        text(language_id),
        text(language_en),
    ]);
    for (name, list) in columns() {
        for column in list {
            sheet.rows.push(vec![
                text(name),
                text(&column.name),
                text(&explain(column, Lang::Id)),
                text(&explain(column, Lang::En)),
            ]);
        }
    }
    sheet
}

/// `data` as the spreadsheet a researcher works in: the Read me first, then the sheets of
/// `model::sheet::write`, each column name with its note.
pub fn workbook(data: &Dataset) -> Result<Workbook, serde_json::Error> {
    let mut book = model::write(data)?;
    let columns = columns();
    for sheet in &mut book.sheets {
        let Some((_, list)) = columns.iter().find(|(name, _)| *name == sheet.name) else {
            continue;
        };
        for (header, column) in sheet.headers.iter_mut().zip(list.iter()) {
            header.note = Some(note(column));
        }
    }
    book.sheets.insert(0, read_me());
    Ok(book)
}
