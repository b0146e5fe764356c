//! A dataset as a spreadsheet, and a spreadsheet as a dataset, with no spreadsheet file format
//! in sight: a [`Workbook`] is named sheets of rows of [`Cell`]s.
//!
//! Owns: the tabular model ([`Workbook`], [`Sheet`], [`Cell`], [`Merge`]), where a problem or a
//! notice stands ([`Place`], [`Found`]), what can be wrong with a spreadsheet
//! ([`SheetProblem`]) and what was done to it on the way in ([`Notice`]), the limits of what is
//! read ([`MAX_ROWS`], [`MAX_COLUMNS`], [`MAX_CELLS`], [`MAX_UNPACKED_BYTES`]) and why a file
//! is not read at all ([`ReadError`]). The sheets and their
//! columns come from `data/schema.json` ([`layout`]): one sheet per collection (listed once, in
//! `collections`), one for the story, one row of the dataset's own fields, one sheet for each
//! list of parts (a relationship's sector links, a legal basis' provisions) and one of every
//! citation. [`write`] turns a dataset into a workbook, [`read`] a workbook into the dataset's
//! JSON, [`load`] runs the dataset's loader and validator on that JSON and places each problem
//! at its sheet, row and column. Reading and writing files (xlsx, ods) is `crate::sheet`'s; the
//! words for all of this are `i18n::sheet`'s.

pub mod cells;
pub mod layout;
pub mod load;
pub mod ordered;
pub mod read;
mod rows;
pub mod write;

use super::load::LoadError;
use super::validate::Problem;

pub use layout::{Column, Layout, Leaf, Table};
pub use load::{load, Outcome};
pub use rows::column_letters;
pub use write::write;

/// The largest number of rows a sheet may have (the column names' row included): a dataset
/// of the paper's ties a hundred times over fits in far fewer.
pub const MAX_ROWS: usize = 50_000;

/// The widest a sheet may be, in columns: every sheet of the layout has far fewer.
pub const MAX_COLUMNS: usize = 256;

/// The most cells a file's sheets may hold together (each row counted up to its last value):
/// the bundled dataset has about a hundredth of this, and its hundredfold copy fits.
pub const MAX_CELLS: usize = 2_000_000;

/// The most a spreadsheet file (a zip archive) may unpack to, in bytes: past this it is not
/// read, whatever its parts say of their own size (a zip bomb says little).
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// Why a file is not read as a spreadsheet at all (nothing of it is converted).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is {bytes} bytes; the largest spreadsheet read is {limit} bytes")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("the file unpacks to more than {limit} bytes")]
    Unpacks { limit: u64 },
    /// A value at `row` and `column` (both counted from 1) beyond [`MAX_ROWS`] or [`MAX_COLUMNS`].
    #[error("the sheet {sheet:?} has a value at row {row}, column {column}")]
    SheetTooLarge {
        sheet: String,
        row: usize,
        column: usize,
    },
    #[error("the sheets hold more than {limit} cells")]
    TooManyCells { limit: usize },
    #[error("the file is not a spreadsheet this tool reads (xlsx or ods): {0}")]
    NotASpreadsheet(String),
}

/// The sheet that explains every column (written, never read).
pub const READ_ME: &str = "Read me";

/// One cell's value, as a spreadsheet holds it. A formula is its value as last computed and
/// saved by the program that saved the file: it is never computed here.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A spreadsheet error value (`#DIV/0!`, `#REF!`).
    Error(String),
}

impl Cell {
    /// Whether the cell holds nothing (an empty text counts as nothing).
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.is_empty(),
            _ => false,
        }
    }
}

/// Cells merged into one: first and last row and column, counted from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Merge {
    pub first_row: usize,
    pub first_column: usize,
    pub last_row: usize,
    pub last_column: usize,
}

/// What a column's header says to someone filling it in: its note, and the words allowed in
/// it (a drop-down list). Only written, never read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Header {
    pub note: Option<String>,
    pub words: Option<Vec<String>>,
}

/// A named sheet: rows of cells, the first row the column names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
    pub merged: Vec<Merge>,
    /// One per column of the first row, when the sheet is written (empty when read).
    pub headers: Vec<Header>,
}

impl Sheet {
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }
}

/// A spreadsheet file's content: its sheets, in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

impl Workbook {
    /// The sheet named `name`, its name compared without case and surrounding spaces.
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| same_name(&s.name, name))
    }
}

/// Whether two sheet or column names are the same to a person: case and surrounding spaces
/// aside.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Where something stands in a workbook: a sheet, and within it a row (numbered as the
/// spreadsheet numbers them, from 1) and a column (by its name in the first row).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub sheet: String,
    pub row: Option<usize>,
    pub column: Option<String>,
}

impl Place {
    pub fn sheet(sheet: &str) -> Self {
        Self {
            sheet: sheet.to_string(),
            row: None,
            column: None,
        }
    }

    pub fn row(sheet: &str, row: usize) -> Self {
        Self {
            row: Some(row),
            ..Self::sheet(sheet)
        }
    }

    pub fn cell(sheet: &str, row: usize, column: &str) -> Self {
        Self {
            column: Some(column.to_string()),
            ..Self::row(sheet, row)
        }
    }
}

/// A problem or a notice at its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Found<T> {
    pub place: Place,
    pub what: T,
}

/// What a cell is expected to hold, for a problem that says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Number,
    WholeNumber,
    TrueFalse,
    Date,
}

/// What is wrong with a spreadsheet, as a dataset.
#[derive(Clone, Debug, PartialEq)]
pub enum SheetProblem {
    /// A sheet the format needs is not in the file.
    MissingSheet,
    /// The sheet has no first row of column names.
    EmptySheet,
    MissingColumn(String),
    DuplicateColumn(String),
    TooManyRows {
        rows: usize,
        limit: usize,
    },
    /// Merged cells from the place's cell to this last row and column.
    Merged {
        last_row: usize,
        last_column: String,
    },
    /// The sheet of the dataset's own fields must have one row under its column names.
    NotOneRow {
        rows: usize,
    },
    /// The cell is empty, and the column needs a value.
    Required(Expected),
    /// The cell holds something that is not what the column needs.
    NotA {
        expected: Expected,
        found: String,
    },
    NotAWord {
        found: String,
        allowed: Vec<String>,
    },
    /// A spreadsheet error value (`#DIV/0!`).
    CellError(String),
    /// A citation or a part names a record that is not in the file.
    UnknownRecord(String),
    /// A citation names a part of a record that the record does not have.
    UnknownPart(String),
    /// The dataset's validator found this problem here.
    Invalid(Problem),
    /// The dataset's loader refused the converted file (a bug of the conversion, if ever).
    Load(LoadError),
}

/// What was done with a spreadsheet on the way in, that its author should know.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A sheet the format does not have: ignored.
    UnknownSheet,
    /// A column the format does not have: ignored.
    UnknownColumn(String),
    /// Spaces around a value were removed.
    Trimmed(String),
    /// A number in a date column was read as an Excel date.
    SerialDate { serial: f64, date: String },
}
