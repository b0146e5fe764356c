//! What the `dataset` tool does with a file: open it (JSON, xlsx or ods) as a dataset, with
//! every problem and notice in both languages, the quote check against the paper, and the
//! conversions.
//!
//! Owns: [`open`] ([`Opened`]: the dataset or why not, in the same sentences as the dashboard),
//! [`Format`] (by the file's extension), [`quote_lines`] and [`Exit`] (the tool's exit codes).

use std::path::Path;

use crate::i18n::errors::load_error_lines;
use crate::i18n::sheet::{notice_line, problem_line, read_error_line, words};
use crate::model::sheet::{load, ReadError};
use crate::model::{parse_dataset, quote, Dataset, Lang};

/// The tool's exit codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The dataset is valid (and every quote is in the paper, when it was given).
    Ok = 0,
    /// The file is not a valid dataset.
    Invalid = 1,
    /// The command was not understood, or a file could not be read or written.
    Usage = 2,
    /// The dataset is valid, but some quotes are not in the paper's text.
    QuotesMissing = 3,
}

/// The kind of a dataset file, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Xlsx,
    Ods,
}

impl Format {
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(Self::Json),
            "xlsx" => Some(Self::Xlsx),
            "ods" => Some(Self::Ods),
            _ => None,
        }
    }
}

/// A file opened as a dataset.
#[derive(Debug)]
pub struct Opened {
    pub dataset: Option<Dataset>,
    /// Every problem, each in Indonesian then English.
    pub problems: Vec<[String; 2]>,
    /// What was done on the way in (a spreadsheet's ignored columns, trimmed ids...).
    pub notices: Vec<[String; 2]>,
}

/// Opens `path` as a dataset. `Err`: the file could not be read at all (a usage error).
pub fn open(path: &Path) -> Result<Opened, String> {
    let format =
        Format::of(path).ok_or_else(|| format!("{}: not a .json, .xlsx or .ods file", path.display()))?;
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    match format {
        Format::Json => {
            let text = String::from_utf8(bytes)
                .map_err(|_| format!("{}: the file is not UTF-8 text", path.display()))?;
            Ok(match parse_dataset(&text) {
                Ok(dataset) => Opened {
                    dataset: Some(dataset),
                    problems: Vec::new(),
                    notices: Vec::new(),
                },
                Err(err) => {
                    let id = load_error_lines(&err, Lang::Id);
                    let en = load_error_lines(&err, Lang::En);
                    Opened {
                        dataset: None,
                        problems: id.into_iter().zip(en).map(|(i, e)| [i, e]).collect(),
                        notices: Vec::new(),
                    }
                }
            })
        }
        Format::Xlsx | Format::Ods => {
            let book = super::xlsx::read(bytes).map_err(|e| {
                let path = path.display();
                let [id, en] = [Lang::Id, Lang::En].map(|l| read_error_line(&e, l));
                match &e {
                    ReadError::NotASpreadsheet(why) => format!("{path}: {id}\n{path}: {en}\n{path}: ({why})"),
                    _ => format!("{path}: {id}\n{path}: {en}"),
                }
            })?;
            let outcome = load(&book);
            Ok(Opened {
                dataset: outcome.dataset,
                problems: outcome
                    .problems
                    .iter()
                    .map(|p| [problem_line(p, Lang::Id), problem_line(p, Lang::En)])
                    .collect(),
                notices: outcome
                    .notices
                    .iter()
                    .map(|n| [notice_line(n, Lang::Id), notice_line(n, Lang::En)])
                    .collect(),
            })
        }
    }
}

/// The quote check of `data` against `paper`: each miss in both languages, and the summary.
pub fn quote_lines(data: &Dataset, paper: &str) -> (Vec<[String; 2]>, [String; 2]) {
    let (misses, total) = quote::misses(data, paper);
    let line = |lang: Lang, m: &quote::Miss| words(lang).quote_miss(&m.record, &m.section, &m.quote);
    let lines = misses
        .iter()
        .map(|m| [line(Lang::Id, m), line(Lang::En, m)])
        .collect();
    let summary = [
        words(Lang::Id).quote_summary(total, misses.len()),
        words(Lang::En).quote_summary(total, misses.len()),
    ];
    (lines, summary)
}
