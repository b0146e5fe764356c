//! What the app and the spreadsheet worker say to each other (src/bin/sheet-worker.rs): a
//! [`Request`] and its [`Reply`], each as JSON text next to the bytes of a file when there is
//! one. Both sides compile this module; only the worker compiles what answers it
//! (`sheet::work`, behind the `sheet` feature), so the app's wasm carries these types and
//! nothing of the spreadsheet crates.
//!
//! Owns: [`Request`], [`Reply`], [`Both`] (a sentence in both languages, so that the reader's
//! language can change while it is on screen) and [`READY`] (what the worker says once it listens).

use serde::{Deserialize, Serialize};

use crate::model::Lang;

/// The largest spreadsheet file read (its bytes), checked by the app before it reads the file
/// and by the worker again.
pub const MAX_SHEET_BYTES: u64 = 32 * 1024 * 1024;

/// What the worker posts once it listens: messages posted before that would be lost.
pub const READY: &str = "ready";

/// What the app asks of the worker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    /// The file's bytes (xlsx or ods) as the dataset's JSON, or every problem at its place.
    Read,
    /// The dataset `json` as the bytes of an xlsx file.
    Write { json: String },
    /// The citations of the dataset `json` whose quotes are not in `paper` (the paper's text).
    Quotes { json: String, paper: String },
}

/// A sentence in Indonesian and in English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Both {
    pub id: String,
    pub en: String,
}

impl Both {
    /// The sentence `make` gives in each language.
    pub fn of(make: impl Fn(Lang) -> String) -> Self {
        Self {
            id: make(Lang::Id),
            en: make(Lang::En),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// A spreadsheet read: the dataset's JSON when it holds a valid dataset, otherwise its
    /// problems, each at its sheet, row and column; and what was done on the way in.
    Read {
        json: Option<String>,
        problems: Vec<Both>,
        notices: Vec<Both>,
    },
    /// The xlsx file is the bytes that come with this reply.
    Written,
    /// The quote check: every citation whose quote is not in the paper, and the summary line.
    Quotes { misses: Vec<Both>, summary: Both },
    /// The request could not be done (not a spreadsheet, too large, a dataset that does not
    /// load): why, and the library's own words when there are any.
    Failed { why: Both, detail: Option<String> },
}
