//! Turning JSON text into a checked [`Dataset`].
//!
//! Owns: the size limit, syntax errors with line and column, shape errors with the JSON path
//! (read back from the text at the error's position: [`path`]), each with its [`fault`] named
//! for the interface, and running the
//! validator. Structs are read from JSON objects only ([`objects`]); the field rules serde does
//! not apply by itself are the dataset types' own (`types::fields`). A large text can be read a
//! piece at a time ([`pieces`]). Parsing never panics:
//! serde_json's own recursion limit turns absurd nesting into an ordinary error.

pub mod fault;
pub mod objects;
pub mod path;
pub mod pieces;

use std::sync::Arc;

use serde::Deserialize;

use super::types::Dataset;
use super::validate::{validate, Issue};
pub use fault::{JsonKind, ShapeFault, SyntaxFault};

/// The largest dataset file the dashboard reads (stated in the UI before the file is read):
/// room for a country's ties, a thousand times the paper's (`tools/synth.mjs --scale 1000`
/// writes 55 MB), and a bound on the memory one file can take.
pub const MAX_DATASET_BYTES: u64 = 64 * 1024 * 1024;

/// Why a dataset could not be loaded. Each variant says what to do in its message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("the file is {bytes} bytes; the largest dataset this dashboard opens is {limit} bytes")]
    TooLarge { bytes: u64, limit: u64 },
    /// The browser could not read the file as text (moved, removed, not permitted).
    #[error("the file could not be read: {detail}")]
    Unreadable { detail: String },
    #[error("the file is not valid JSON: {message} (line {line}, column {column})")]
    Syntax {
        line: usize,
        column: usize,
        fault: SyntaxFault,
        /// serde_json's own words: the technical detail.
        message: String,
    },
    #[error("{path}: {message} (line {line}, column {column})")]
    Shape {
        path: String,
        line: usize,
        column: usize,
        fault: ShapeFault,
        /// serde's own words: the technical detail.
        message: String,
    },
    /// Every problem the validator found, in file order (shared: a list can be long).
    #[error("the dataset has {} problem(s); the first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Arc<[Issue]>),
}

impl LoadError {
    /// Every problem as its own line, for a list in the UI.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Self::Invalid(issues) => issues.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }
}

/// Strips serde_json's " at line X column Y" suffix: the position is reported separately.
fn bare_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

fn syntax(text: &str, err: &serde_json::Error) -> LoadError {
    let message = bare_message(err);
    LoadError::Syntax {
        line: err.line(),
        column: err.column(),
        fault: fault::syntax_fault(&message, text.trim().is_empty()),
        message,
    }
}

/// Whether `text` is one JSON value and nothing else.
fn is_json(text: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// Parses and validates a dataset. `text` is the whole file.
pub fn parse_dataset(text: &str) -> Result<Dataset, LoadError> {
    parse_unchecked(text).and_then(check)
}

/// Reads a dataset's text into its types (size, syntax and shape), without the validator: the
/// first half of [`parse_dataset`], for a caller that runs [`check`] in a task of its own.
pub fn parse_unchecked(text: &str) -> Result<Dataset, LoadError> {
    let bytes = text.len() as u64;
    if bytes > MAX_DATASET_BYTES {
        return Err(LoadError::TooLarge {
            bytes,
            limit: MAX_DATASET_BYTES,
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let data = match Dataset::deserialize(objects::Objects(&mut de)) {
        Ok(d) => d,
        Err(inner) => {
            // serde_json calls a value of the wrong kind where a word is expected "expected
            // value", as if the text were broken: it is a shape error when the text is JSON.
            if !inner.is_data() && !is_json(text) {
                return Err(syntax(text, &inner));
            }
            let message = bare_message(&inner);
            let fault = if inner.is_data() {
                fault::shape_fault(&message)
            } else {
                ShapeFault::WrongType {
                    found: JsonKind::Unknown,
                    expected: JsonKind::Word,
                }
            };
            let target = match &fault {
                ShapeFault::UnknownWord { found, .. } => path::Target::Word { found: Some(found) },
                _ if !inner.is_data() => path::Target::Word { found: None },
                _ => path::Target::Value,
            };
            return Err(LoadError::Shape {
                path: path::path_at(text, inner.line(), inner.column(), target),
                line: inner.line(),
                column: inner.column(),
                fault,
                message,
            });
        }
    };
    if let Err(inner) = de.end() {
        return Err(syntax(text, &inner));
    }
    Ok(data)
}

/// Runs the validator over a dataset [`parse_unchecked`] read: the dataset back when it holds
/// no problem, else every problem.
pub fn check(data: Dataset) -> Result<Dataset, LoadError> {
    let issues = validate(&data);
    if issues.is_empty() {
        Ok(data)
    } else {
        Err(LoadError::Invalid(issues.into()))
    }
}
