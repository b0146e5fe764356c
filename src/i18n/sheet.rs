//! What is said about a dataset as a spreadsheet, in each language: where a problem stands
//! ("Events, row 14, column date"), each [`SheetProblem`] and [`Notice`], what each column
//! holds (the Read me sheet and the header notes), and the misses of the quote check.
//!
//! Owns: [`SheetWords`], implemented in full by each language (`id/sheet.rs`, `en/sheet.rs`),
//! [`words`], and the lines put together from them ([`problem_line`], [`notice_line`]).

use crate::model::sheet::{Column, Found, Notice, Place, SheetProblem};
use crate::model::Lang;

/// Everything one language says about spreadsheets.
pub trait SheetWords: Sync {
    /// "Events, row 14, column date".
    fn place(&self, place: &Place) -> String;
    fn problem(&self, problem: &SheetProblem) -> String;
    fn notice(&self, notice: &Notice) -> String;
    /// What a column holds and how to fill it in.
    fn column(&self, column: &Column) -> String;
    /// The Read me sheet's opening lines.
    fn read_me(&self) -> &'static [&'static str];
    /// The Read me sheet's column headings: sheet, column, this language's explanation.
    fn read_me_headings(&self) -> [&'static str; 3];
    /// A citation whose quote is not in the paper's text.
    fn quote_miss(&self, record: &str, section: &str, quote: &str) -> String;
    /// The line after a check: how many problems, notices and quotes not found.
    fn summary(&self, problems: usize, notices: usize) -> String;
    fn quote_summary(&self, citations: usize, misses: usize) -> String;
}

/// Everything `lang` says about spreadsheets.
pub fn words(lang: Lang) -> &'static dyn SheetWords {
    match lang {
        Lang::Id => &super::id::sheet::Indonesian,
        Lang::En => &super::en::sheet::English,
    }
}

/// A problem at its place, in `lang`.
pub fn problem_line(found: &Found<SheetProblem>, lang: Lang) -> String {
    let w = words(lang);
    format!("{}: {}", w.place(&found.place), w.problem(&found.what))
}

/// A notice at its place, in `lang`.
pub fn notice_line(found: &Found<Notice>, lang: Lang) -> String {
    let w = words(lang);
    format!("{}: {}", w.place(&found.place), w.notice(&found.what))
}
