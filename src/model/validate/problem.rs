//! What can be wrong with a dataset, in terms a researcher can act on: [`Problem`], the JSON path
//! it concerns ([`Issue`]). Each problem knows whether `data/schema.json` states its rule too
//! ([`Problem::schema_states`]).

use std::fmt;

use crate::model::collections::Collection;

/// One thing wrong with a dataset.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("this file is schema version {found}; this dashboard reads version {expected}")]
    SchemaVersion { found: u32, expected: u32 },
    #[error("\"{0}\" is not a valid id (lower-case letters, digits and single '-', at most 64)")]
    BadId(String),
    #[error("the id \"{id}\" is already used at {first}")]
    DuplicateId { id: String, first: String },
    #[error("refers to \"{id}\", which is not one of the {}", .expected.key())]
    Dangling { id: String, expected: Collection },
    #[error("the {0} text is empty")]
    EmptyText(&'static str),
    #[error("the record has no citation: every record must cite the paper")]
    NoCitations,
    #[error("the quote is empty")]
    EmptyQuote,
    #[error("the translation is empty")]
    EmptyTranslation,
    #[error("{0}")]
    Date(#[from] crate::model::date::DateError),
    #[error("an undated event must have \"date\": null, and a dated one a date")]
    UndatedMismatch,
    #[error("\"{0}\" is not an http(s) link")]
    BadLink(String),
    #[error("{lat}, {lon} is not a coordinate (latitude -90..90, longitude -180..180)")]
    BadCoordinates { lat: String, lon: String },
    #[error("the field is empty")]
    EmptyField,
    #[error("the period runs backwards ({from} to {to})")]
    BadPeriod { from: i32, to: i32 },
    #[error("refers to \"{0}\", which is no record or matrix cell of the dataset")]
    UnknownItem(String),
    #[error("\"{0}\" is neither an id nor a matrix cell (cell--<actor>--<sector>)")]
    BadItem(String),
    #[error("the list is empty: it needs at least one entry")]
    EmptyList,
    #[error("\"{0}\" is not a country code (two capital letters, ISO 3166-1, such as ID or KR)")]
    BadCountry(String),
    #[error("\"{0}\" is not a language tag (BCP 47, such as id, ko or en-GB)")]
    BadLanguage(String),
    #[error("the view \"{view}\" already has its takeaway at {first}: a view has one")]
    TakeawayTaken { view: &'static str, first: String },
    #[error("{value} is outside {min} to {max}")]
    OutOfRange { value: i64, min: i64, max: i64 },
}

impl Problem {
    /// Whether `data/schema.json` states this rule too. The others need the whole file in view
    /// (unique ids, references that resolve, a day that exists in its month, a period that runs
    /// forwards): a file whose only problems are of those kinds is valid against the schema.
    pub fn schema_states(&self) -> bool {
        !matches!(
            self,
            Self::DuplicateId { .. }
                | Self::TakeawayTaken { .. }
                | Self::Dangling { .. }
                | Self::UnknownItem(_)
                | Self::BadPeriod { .. }
                | Self::Date(crate::model::date::DateError::NoSuchDate(_))
        )
    }
}

/// A [`Problem`] and the JSON path of the value it concerns (`$.events[3].actors[0]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub path: String,
    pub problem: Problem,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}
