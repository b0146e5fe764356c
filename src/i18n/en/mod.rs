//! English: every interface string and every error sentence, in full: the error
//! sentences here, the interface strings in `interface`, `vocabulary` (the dataset's closed
//! lists) and `parts` (notes, seminar and embed modes, downloads, datasets). A key or an error
//! case missing here is a compile error in this language's table only.

mod interface;
mod parts;
#[cfg(feature = "sheet")]
pub(crate) mod sheet;
mod vocabulary;

use super::{count, Key, ViewWords, Words};
use crate::model::date::DateError;
use crate::model::load::{JsonKind, ShapeFault, SyntaxFault};
use crate::model::notes::stored::FileError;
use crate::model::validate::Problem;
use crate::model::{Lang, LoadError, View};
use crate::storage::StorageError;

/// The English table.
pub struct English;

impl Words for English {
    fn text(&self, key: Key) -> &'static str {
        interface::text(key)
    }

    fn view(&self, view: View) -> ViewWords {
        interface::view(view)
    }

    fn problem(&self, p: &Problem) -> String {
        match p {
            Problem::SchemaVersion { found, expected } => {
                format!("this file is schema version {found}; this dashboard reads version {expected}")
            }
            Problem::BadId(id) => {
                format!("\"{id}\" is not a valid id (lower-case letters, digits and single '-', at most 64)")
            }
            Problem::DuplicateId { id, first } => format!("the id \"{id}\" is already used at {first}"),
            Problem::TakeawayTaken { view, first } => {
                format!("the view \"{view}\" already has its takeaway at {first}: a view has one")
            }
            Problem::Dangling { id, expected } => {
                format!("refers to \"{id}\", which is not one of the {}", expected.key())
            }
            Problem::EmptyText(which) => format!("the {which} text is empty"),
            Problem::NoCitations => "the record has no citation: every record must cite the paper".into(),
            Problem::EmptyQuote => "the quote is empty".into(),
            Problem::EmptyTranslation => "the translation is empty".into(),
            Problem::Date(DateError::Form(d)) => {
                format!("\"{d}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
            }
            Problem::Date(DateError::NoSuchDate(d)) => format!("\"{d}\" is not a real calendar date"),
            Problem::UndatedMismatch => {
                "an undated event must have \"date\": null, and a dated one a date".into()
            }
            Problem::BadLink(url) => format!("\"{url}\" is not an http(s) link"),
            Problem::BadCoordinates { lat, lon } => {
                format!("{lat}, {lon} is not a coordinate (latitude -90..90, longitude -180..180)")
            }
            Problem::EmptyField => "the field is empty".into(),
            Problem::BadPeriod { from, to } => format!("the period runs backwards ({from} to {to})"),
            Problem::UnknownItem(id) => {
                format!("refers to \"{id}\", which is no record or matrix cell of the dataset")
            }
            Problem::BadItem(id) => {
                format!("\"{id}\" is neither an id nor a matrix cell (cell--<actor>--<sector>)")
            }
            Problem::EmptyList => "the list is empty: it needs at least one entry".into(),
            Problem::BadCountry(code) => {
                format!(
                    "\"{code}\" is not a country code (two capital letters, ISO 3166-1, such as ID or KR)"
                )
            }
            Problem::BadLanguage(tag) => {
                format!("\"{tag}\" is not a language tag (BCP 47, such as id, ko or en-GB)")
            }
            Problem::OutOfRange { value, min, max } => format!("{value} is outside {min} to {max}"),
        }
    }

    fn syntax(&self, fault: SyntaxFault) -> &'static str {
        use SyntaxFault::*;
        match fault {
            Empty => "the file is empty",
            Truncated => "it ends before the JSON is complete; it may have been cut short",
            MissingComma => "a comma or a closing bracket is missing",
            MissingColon => "a colon (:) is missing after a field name",
            ExpectedValue => {
                "a value is missing or not written as JSON (text goes in double quotes; true, false and null in lower case)"
            }
            KeyNotText => "a field name is not in double quotes",
            TrailingComma => "a comma stands just before a closing bracket",
            TrailingText => "there is more text after the end of the JSON",
            BadText => {
                "a text holds a character JSON does not allow there (a line break, a control character or a broken \\ escape)"
            }
            BadNumber => "a number is not written as JSON allows",
            NumberTooLarge => "a number is too large",
            TooDeep => "brackets are nested more than 128 levels deep",
            Other => "the text cannot be read as JSON",
        }
    }

    fn json_kind(&self, kind: JsonKind) -> &'static str {
        use JsonKind::*;
        match kind {
            Object => "an object ({…})",
            Array => "a list ([…])",
            Text => "text in double quotes",
            Integer => "a whole number",
            Number => "a number",
            Boolean => "true or false",
            Null => "null",
            Word => "one of the allowed words",
            Unknown => "another kind of value",
        }
    }

    fn shape(&self, fault: &ShapeFault) -> String {
        match fault {
            ShapeFault::WrongType { found, expected } => format!(
                "expected {}, found {}",
                self.json_kind(*expected),
                self.json_kind(*found)
            ),
            ShapeFault::MissingField(f) => format!("the field \"{f}\" is missing"),
            ShapeFault::UnknownField(f) => format!("\"{f}\" is not a field here (check its spelling)"),
            ShapeFault::DuplicateField(f) => format!("the field \"{f}\" appears twice"),
            ShapeFault::UnknownWord { found, allowed } => format!(
                "\"{found}\" is not one of the allowed words: {}",
                allowed.join(", ")
            ),
            ShapeFault::OutOfRange => "the number is too large or too small for this field".into(),
            ShapeFault::Other => "the value does not fit the dataset format".into(),
        }
    }

    fn position(&self, line: usize, column: usize) -> String {
        format!("(line {line}, column {column})")
    }

    fn load_error(&self, err: &LoadError) -> String {
        match err {
            LoadError::TooLarge { bytes, limit } => {
                format!(
                    "the file is {bytes} bytes; the largest dataset this dashboard opens is {limit} bytes"
                )
            }
            LoadError::Unreadable { .. } => {
                "The file could not be read: it may have been moved or deleted, or \
                                             the browser was not allowed to read it. Choose it again."
                    .into()
            }
            LoadError::Syntax {
                fault: SyntaxFault::Empty,
                ..
            } => "The file is empty: there is no JSON in it.".into(),
            LoadError::Syntax {
                line, column, fault, ..
            } => format!(
                "The file is not valid JSON: {} {}.",
                self.syntax(*fault),
                self.position(*line, *column)
            ),
            LoadError::Shape {
                path,
                line,
                column,
                fault,
                ..
            } => format!("{path}: {} {}", self.shape(fault), self.position(*line, *column)),
            LoadError::Invalid(issues) => {
                format!("The dataset has {} problems.", count(issues.len(), Lang::En))
            }
        }
    }

    fn notes_file(&self, err: &FileError) -> String {
        match err {
            FileError::TooLarge { limit, .. } => format!(
                "The file is too large for a notes file ({} MB at most).",
                limit / (1024 * 1024)
            ),
            FileError::Syntax(_) => "This file is not JSON. Choose a JSON file made by “Export”.".into(),
            FileError::NotNotes => "This file is not a notes file of this dashboard.".into(),
            FileError::Newer(_) => {
                "This notes file was made by a newer version of the dashboard. Reload the \
                                    page to get the latest version."
                    .into()
            }
            FileError::Shape(_) => "This notes file is not laid out as expected.".into(),
            FileError::BadNote { index, .. } => format!(
                "A note in the file cannot be accepted (note {}); nothing was imported.",
                count(*index, Lang::En)
            ),
            FileError::TooMany(n) => format!(
                "The file holds {} notes, more than the {} that can be imported at once.",
                count(*n, Lang::En),
                count(crate::model::notes::stored::MAX_NOTES, Lang::En)
            ),
        }
    }

    fn storage(&self, err: &StorageError) -> String {
        match err {
            StorageError::Unavailable => "The browser does not let the dashboard store anything here.".into(),
            StorageError::Full(_) => "The browser's storage for this site is full.".into(),
            StorageError::Refused(_) => "The browser refused to store the value.".into(),
            StorageError::NotKept => "The value read back after writing was not the value written.".into(),
        }
    }
}
