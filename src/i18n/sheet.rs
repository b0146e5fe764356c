//! What is said about a dataset as a spreadsheet, in each language: where a problem stands
//! ("Events, row 14, column date"), each [`SheetProblem`] and [`Notice`], what each column
//! holds (the Read me sheet and the header notes), and the misses of the quote check.
//!
//! Owns: [`SheetWords`], implemented in full by each language (`id/sheet.rs`, `en/sheet.rs`),
//! [`words`], and what is put together from them ([`place`], [`column`], [`problem_line`],
//! [`notice_line`], [`read_error_line`]).

use crate::model::sheet::{
    column_letters, Column, Found, Notice, Place, ReadError, SheetProblem, MAX_COLUMNS, MAX_ROWS,
};
use crate::model::Lang;

/// What a column's explanation adds after what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnExtra {
    /// The cell may be left empty.
    Optional,
    /// An empty cell means none (`null`).
    Nullable,
    /// The quote column: verbatim from the paper.
    Verbatim,
}

/// Everything one language says about spreadsheets.
pub trait SheetWords: Sync {
    /// "row", as in "Events, row 14, column date".
    fn row(&self) -> &'static str;
    /// "column", as in "Events, row 14, column date".
    fn column_word(&self) -> &'static str;
    fn problem(&self, problem: &SheetProblem) -> String;
    fn notice(&self, notice: &Notice) -> String;
    /// What a column holds.
    fn column_kind(&self, column: &Column) -> String;
    fn column_extra(&self, extra: ColumnExtra) -> &'static str;
    /// The Read me sheet's opening lines.
    fn read_me(&self) -> &'static [&'static str];
    /// The Read me sheet's column headings: sheet, column, this language's explanation.
    fn read_me_headings(&self) -> [&'static str; 3];
    /// A citation whose quote is not in the paper's text.
    fn quote_miss(&self, record: &str, section: &str, quote: &str) -> String;
    /// The line after a check: how many problems, notices and quotes not found.
    fn summary(&self, problems: usize, notices: usize) -> String;
    fn quote_summary(&self, citations: usize, misses: usize) -> String;
    /// A file that is not an xlsx or ods spreadsheet (or one too damaged to read).
    fn not_a_spreadsheet(&self) -> &'static str;
    /// A spreadsheet file over the size read, both in whole megabytes (rounded up).
    fn too_large(&self, megabytes: u64, limit: u64) -> String;
    /// A spreadsheet file that unpacks to more than `limit` megabytes.
    fn unpacks(&self, limit: u64) -> String;
    /// A sheet with a value at `row` and `column` ("XFD"), past the rows and columns read.
    fn sheet_too_large(&self, sheet: &str, row: usize, column: &str, rows: usize, columns: usize) -> String;
    /// Sheets that hold more cells than `limit`.
    fn too_many_cells(&self, limit: usize) -> String;
    /// A dataset that could not be written as a spreadsheet.
    fn not_written(&self) -> &'static str;
}

/// Everything `lang` says about spreadsheets.
pub fn words(lang: Lang) -> &'static dyn SheetWords {
    match lang {
        Lang::Id => &super::id::sheet::Indonesian,
        Lang::En => &super::en::sheet::English,
    }
}

/// "Events, row 14, column date" in `lang`.
pub fn place(place: &Place, lang: Lang) -> String {
    let w = words(lang);
    let mut out = place.sheet.clone();
    if let Some(row) = place.row {
        out.push_str(&format!(", {} {row}", w.row()));
    }
    if let Some(column) = &place.column {
        out.push_str(&format!(", {} {column}", w.column_word()));
    }
    out
}

/// What `column` holds and how to fill it in, in `lang`.
pub fn column(column: &Column, lang: Lang) -> String {
    let w = words(lang);
    let mut out = w.column_kind(column);
    let extras = [
        (column.optional, ColumnExtra::Optional),
        (!column.optional && column.nullable, ColumnExtra::Nullable),
        (column.name == "quote", ColumnExtra::Verbatim),
    ];
    for (_, extra) in extras.iter().filter(|(on, _)| *on) {
        out.push(' ');
        out.push_str(w.column_extra(*extra));
    }
    out
}

const MEGABYTE: u64 = 1024 * 1024;

/// Why a file was not read as a spreadsheet, in `lang`: the words of the browser's worker and
/// of the `dataset` tool alike.
pub fn read_error_line(err: &ReadError, lang: Lang) -> String {
    let w = words(lang);
    match err {
        ReadError::TooLarge { bytes, limit } => w.too_large(bytes.div_ceil(MEGABYTE), limit / MEGABYTE),
        ReadError::Unpacks { limit } => w.unpacks(limit / MEGABYTE),
        ReadError::SheetTooLarge { sheet, row, column } => {
            w.sheet_too_large(sheet, *row, &column_letters(column - 1), MAX_ROWS, MAX_COLUMNS)
        }
        ReadError::TooManyCells { limit } => w.too_many_cells(*limit),
        ReadError::NotASpreadsheet(_) => w.not_a_spreadsheet().to_string(),
    }
}

/// A problem at its place, in `lang`.
pub fn problem_line(found: &Found<SheetProblem>, lang: Lang) -> String {
    format!(
        "{}: {}",
        place(&found.place, lang),
        words(lang).problem(&found.what)
    )
}

/// A notice at its place, in `lang`.
pub fn notice_line(found: &Found<Notice>, lang: Lang) -> String {
    format!(
        "{}: {}",
        place(&found.place, lang),
        words(lang).notice(&found.what)
    )
}
