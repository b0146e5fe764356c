//! What is said about a dataset as a spreadsheet, in each language: where a problem stands
//! ("Events, row 14, column date"), each [`SheetProblem`] and [`Notice`], what each column
//! holds (the Read me sheet and the header notes), and the misses of the quote check.
//!
//! Owns: [`SheetWords`], implemented in full by each language (`id/sheet.rs`, `en/sheet.rs`),
//! [`words`], and what is put together from them ([`place`], [`column`], [`problem_line`],
//! [`notice_line`]).

use crate::model::sheet::{Column, Found, Notice, Place, SheetProblem};
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
