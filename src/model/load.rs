//! Turning JSON text into a checked [`Dataset`].
//!
//! Owns: the size limit, syntax errors with line and column, shape errors with the JSON path
//! (`serde_path_to_error`), and running the validator. Parsing never panics: serde_json's own
//! recursion limit turns absurd nesting into an ordinary error.

use super::types::Dataset;
use super::validate::{validate, Issue};

/// The largest dataset file the dashboard reads (stated in the UI before the file is read).
pub const MAX_DATASET_BYTES: u64 = 8 * 1024 * 1024;

/// Why a dataset could not be loaded. Each variant says what to do in its message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("the file is {bytes} bytes; the largest dataset this dashboard opens is {limit} bytes")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("the file is not valid JSON: {message} (line {line}, column {column})")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message} (line {line}, column {column})")]
    Shape {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("the dataset has {} problem(s); the first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Issue>),
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

/// Parses and validates a dataset. `text` is the whole file.
pub fn parse_dataset(text: &str) -> Result<Dataset, LoadError> {
    let bytes = text.len() as u64;
    if bytes > MAX_DATASET_BYTES {
        return Err(LoadError::TooLarge {
            bytes,
            limit: MAX_DATASET_BYTES,
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let data: Dataset = match serde_path_to_error::deserialize(&mut de) {
        Ok(d) => d,
        Err(err) => {
            let path = format!("$.{}", err.path()).replace("$..", "$");
            let inner = err.into_inner();
            let (line, column) = (inner.line(), inner.column());
            let message = bare_message(&inner);
            return Err(if inner.is_data() {
                LoadError::Shape {
                    path,
                    line,
                    column,
                    message,
                }
            } else {
                LoadError::Syntax {
                    line,
                    column,
                    message,
                }
            });
        }
    };
    if let Err(inner) = de.end() {
        let (line, column) = (inner.line(), inner.column());
        return Err(LoadError::Syntax {
            line,
            column,
            message: bare_message(&inner),
        });
    }
    let issues = validate(&data);
    if issues.is_empty() {
        Ok(data)
    } else {
        Err(LoadError::Invalid(issues))
    }
}
