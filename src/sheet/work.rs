//! What the spreadsheet worker does with each request of the app (src/bin/sheet-worker.rs
//! carries the messages; this is the work, tested natively in tests/sheet_worker.rs).
//!
//! Owns: [`answer`]: a [`Request`] and the bytes that came with it, to a [`Reply`] and the
//! bytes that go with it. Reading is [`xlsx::read`] then `model::sheet::load`, writing
//! [`super::workbook`] then [`xlsx::write`], the quote check [`check::quote_lines`]: the same
//! functions, and so the same sentences, as the `dataset` tool's.

use super::{check, workbook, xlsx};
use crate::i18n::errors::load_error_lines;
use crate::i18n::sheet::{notice_line, problem_line, read_error_line, words};
use crate::model::sheet::{load, ReadError};
use crate::model::{parse_dataset, Dataset};
use crate::sheet_message::{Both, Reply, Request};

/// The answer to `request`, with the bytes of a file when there is one (an empty vector
/// otherwise). `bytes`: the file to read, for [`Request::Read`].
pub fn answer(request: Request, bytes: Vec<u8>) -> (Reply, Vec<u8>) {
    match request {
        Request::Read => (read(bytes), Vec::new()),
        Request::Write { json } => match dataset(&json).and_then(|d| write(&d)) {
            Ok(file) => (Reply::Written, file),
            Err(failed) => (failed, Vec::new()),
        },
        Request::Quotes { json, paper } => match dataset(&json) {
            Ok(data) => {
                let (misses, [id, en]) = check::quote_lines(&data, &paper);
                let misses = misses.into_iter().map(|[id, en]| Both { id, en }).collect();
                (
                    Reply::Quotes {
                        misses,
                        summary: Both { id, en },
                    },
                    Vec::new(),
                )
            }
            Err(failed) => (failed, Vec::new()),
        },
    }
}

/// A spreadsheet file as a dataset's JSON, or why not.
fn read(bytes: Vec<u8>) -> Reply {
    let size = bytes.len() as u64;
    let book = match xlsx::read(bytes) {
        Ok(book) => book,
        Err(err) => {
            return Reply::Failed {
                why: Both::of(|l| read_error_line(&err, l)),
                detail: match &err {
                    ReadError::NotASpreadsheet(detail) => Some(format!("{detail} ({size} bytes)")),
                    _ => None,
                },
            }
        }
    };
    let outcome = load(&book);
    // The dataset as its own types write it (as the `dataset` tool's to-json does): the JSON
    // the conversion made on the way may spell a field differently (a whole number as 118.0).
    let json = outcome
        .dataset
        .as_ref()
        .filter(|_| outcome.problems.is_empty())
        .and_then(|d| serde_json::to_string(d).ok());
    Reply::Read {
        json,
        problems: outcome
            .problems
            .iter()
            .map(|p| Both::of(|l| problem_line(p, l)))
            .collect(),
        notices: outcome
            .notices
            .iter()
            .map(|n| Both::of(|l| notice_line(n, l)))
            .collect(),
    }
}

/// The dataset the app sent (the one on screen, so it loads; if ever not, said as the loader says it).
fn dataset(json: &str) -> Result<Dataset, Reply> {
    parse_dataset(json).map_err(|err| Reply::Failed {
        why: Both::of(|l| load_error_lines(&err, l).join(" ")),
        detail: None,
    })
}

/// `data` as an xlsx file.
fn write(data: &Dataset) -> Result<Vec<u8>, Reply> {
    let failed = |detail: String| Reply::Failed {
        why: Both::of(|l| words(l).not_written().to_string()),
        detail: Some(detail),
    };
    let book = workbook(data).map_err(|e| failed(e.to_string()))?;
    xlsx::write(&book).map_err(|e| failed(e.to_string()))
}
