//! English: what is said about a dataset as a spreadsheet (see `i18n::sheet`).

use crate::i18n::languages::{count, words};
use crate::i18n::sheet::{ColumnExtra, SheetWords};
use crate::model::sheet::{Column, Expected, Leaf, Notice, SheetProblem};
use crate::model::Lang;

/// The English table.
pub struct English;

fn expected(e: Expected) -> &'static str {
    match e {
        Expected::Number => "a number",
        Expected::WholeNumber => "a whole number",
        Expected::TrueFalse => "TRUE or FALSE",
        Expected::Date => "a date (YYYY, YYYY-MM or YYYY-MM-DD)",
    }
}

impl SheetWords for English {
    fn row(&self) -> &'static str {
        "row"
    }

    fn column_word(&self) -> &'static str {
        "column"
    }

    fn problem(&self, problem: &SheetProblem) -> String {
        match problem {
            SheetProblem::MissingSheet => {
                "the sheet is missing: add it, with its column names in the first row (see the Read me sheet)".into()
            }
            SheetProblem::EmptySheet => "the sheet is empty: its first row must hold the column names".into(),
            SheetProblem::MissingColumn(c) => format!("the column \"{c}\" is missing from the first row"),
            SheetProblem::DuplicateColumn(c) => format!("the column \"{c}\" appears twice"),
            SheetProblem::TooManyRows { rows, limit } => format!(
                "the sheet has {} rows; a sheet may have at most {}",
                count(*rows, Lang::En),
                count(*limit, Lang::En)
            ),
            SheetProblem::Merged { last_row, last_column } => format!(
                "merged cells (up to row {last_row}, column {last_column}): unmerge them and write a value in each cell"
            ),
            SheetProblem::NotOneRow { rows } => format!(
                "the sheet must have exactly one row under the column names; it has {}",
                count(*rows, Lang::En)
            ),
            SheetProblem::Required(e) => format!("the cell is empty: it needs {}", expected(*e)),
            SheetProblem::NotA { expected: Expected::Date, found } => format!("{found} is not a date"),
            SheetProblem::NotA { expected: e, found } => format!("{found} is not {}", expected(*e)),
            SheetProblem::NotAWord { found, allowed } if found.is_empty() => {
                format!("the cell is empty: write one of {}", allowed.join(", "))
            }
            SheetProblem::NotAWord { found, allowed } => {
                format!("\"{found}\" is not one of the allowed words: {}", allowed.join(", "))
            }
            SheetProblem::CellError(e) => {
                format!("the cell holds the error {e}: correct the formula or write the value")
            }
            SheetProblem::UnknownRecord(id) => format!("no record has the id \"{id}\""),
            SheetProblem::UnknownPart(part) => format!("the record has no part \"{part}\""),
            SheetProblem::Invalid(p) => words(Lang::En).problem(p),
            SheetProblem::Load(err) => words(Lang::En).load_error(err),
        }
    }

    fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::UnknownSheet => "not a sheet of the dataset format: ignored".into(),
            Notice::UnknownColumn(c) => format!("\"{c}\" is not a column of this sheet: ignored"),
            Notice::Trimmed(v) => format!("spaces around \"{v}\" removed"),
            Notice::SerialDate { serial, date } => {
                format!("the number {serial} read as the Excel date {date}")
            }
        }
    }

    fn column_kind(&self, column: &Column) -> String {
        let name = column.name.as_str();
        match &column.leaf {
            Leaf::Id if name == "id" => {
                "The record's id: lower-case letters, digits and single hyphens (ev-2016-mou), unique in the whole file.".to_string()
            }
            Leaf::Id if name == "record" => "The id of the record this row belongs to.".to_string(),
            Leaf::Id => "The id of another record (a reference).".to_string(),
            Leaf::Text if name.ends_with(".id") || name == "quote" => {
                "Text in Indonesian.".to_string()
            }
            Leaf::Text if name.ends_with(".en") || name == "translation" => "Text in English.".to_string(),
            Leaf::Text if name == "part" => {
                "Empty for the record's own citation; for a part of it, the part's name (sectors/ict).".to_string()
            }
            Leaf::Text => "Text.".to_string(),
            Leaf::Date => "A date as text: YYYY, YYYY-MM or YYYY-MM-DD; the form is the precision.".to_string(),
            Leaf::Integer => "A whole number.".to_string(),
            Leaf::Number => "A number.".to_string(),
            Leaf::Boolean => "TRUE or FALSE.".to_string(),
            Leaf::Word(words) => format!("One of: {}.", words.join(", ")),
            Leaf::IdList => "Ids of other records, separated by ; (or empty).".to_string(),
            Leaf::TextList => "One entry per line (Alt+Enter in a cell).".to_string(),
        }
    }

    fn column_extra(&self, extra: ColumnExtra) -> &'static str {
        match extra {
            ColumnExtra::Optional => "May be left empty.",
            ColumnExtra::Nullable => "Empty means none.",
            ColumnExtra::Verbatim => "Verbatim from the paper: the quote check looks for it, word for word.",
        }
    }

    fn read_me(&self) -> &'static [&'static str] {
        &[
            "A dataset of the paradiplomacy dashboard as a spreadsheet.",
            "Each sheet is a list of the dataset (events, actors, ...): one row per record, the column names in the first row; do not rename them.",
            "The Dataset sheet holds the dataset's own fields in one row. Every citation of the paper is a row of the Citations sheet, naming its record's id.",
            "A relationship's sectors are rows of the sheet \"Relationships – sectors\", a legal basis' provisions of \"Legal bases – provisions\".",
            "Drop-down lists give the allowed words; a note on each column name says what it holds. Check the file with: cargo run --release --bin dataset -- check FILE.xlsx --paper PAPER.txt",
        ]
    }

    fn read_me_headings(&self) -> [&'static str; 3] {
        ["Sheet", "Column", "English"]
    }

    fn quote_miss(&self, record: &str, section: &str, quote: &str) -> String {
        format!("{record} (section {section}): the quote is not in the paper's text: \"{quote}\"")
    }

    fn summary(&self, problems: usize, notices: usize) -> String {
        format!(
            "{} problem(s), {} notice(s)",
            count(problems, Lang::En),
            count(notices, Lang::En)
        )
    }

    fn quote_summary(&self, citations: usize, misses: usize) -> String {
        format!(
            "{} of {} quotes are not in the paper's text",
            count(misses, Lang::En),
            count(citations, Lang::En)
        )
    }

    fn not_a_spreadsheet(&self) -> &'static str {
        "The file is not a spreadsheet the dashboard reads: open an .xlsx file (Excel, Google Sheets) or an .ods file (LibreOffice)."
    }

    fn too_large(&self, megabytes: u64, limit: u64) -> String {
        format!("The file is {megabytes} MB; a spreadsheet of at most {limit} MB is read.")
    }

    fn unpacks(&self, limit: u64) -> String {
        format!("The file unpacks to more than {limit} MB (a spreadsheet is a zip archive): it is not read.")
    }

    fn sheet_too_large(&self, sheet: &str, row: usize, column: &str, rows: usize, columns: usize) -> String {
        format!(
            "The sheet {sheet} has a value in row {}, column {column}: a sheet of at most {} rows and {} columns is read. Delete what lies beyond, or split the study into several files.",
            count(row, Lang::En),
            count(rows, Lang::En),
            count(columns, Lang::En)
        )
    }

    fn too_many_cells(&self, limit: usize) -> String {
        format!(
            "The sheets hold more than {} cells together, the most that is read.",
            count(limit, Lang::En)
        )
    }

    fn not_written(&self) -> &'static str {
        "The dataset could not be written as a spreadsheet."
    }
}
