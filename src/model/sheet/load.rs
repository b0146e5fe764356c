//! A workbook through the dashboard's own loader and validator.
//!
//! Owns: [`load`]: the workbook read into the dataset's JSON ([`read`]), that JSON given to
//! `model::load` exactly as a JSON file would be (size limit, shape, every rule of the
//! validator), and each problem the validator finds placed at the sheet, row and column its
//! value came from.

use serde_json::Value;

use super::layout::DATASET_SHEET;
use super::read::{read, Places};
use super::{Found, Notice, Place, SheetProblem, Workbook};
use crate::model::load::{parse_dataset, LoadError};
use crate::model::Dataset;

/// What came of a workbook.
#[derive(Debug)]
pub struct Outcome {
    /// The dataset, when the workbook holds one without a problem.
    pub dataset: Option<Dataset>,
    /// The dataset's JSON, when the workbook could be read into one (valid or not).
    pub json: Option<Value>,
    /// Every problem, in the order of the sheets, rows and columns.
    pub problems: Vec<Found<SheetProblem>>,
    pub notices: Vec<Found<Notice>>,
}

/// Reads, loads and validates `workbook`.
pub fn load(workbook: &Workbook) -> Outcome {
    let converted = read(workbook);
    let mut outcome = Outcome {
        dataset: None,
        json: converted.json,
        problems: converted.problems,
        notices: converted.notices,
    };
    let Some(json) = &outcome.json else {
        return outcome;
    };
    let text = json.to_string();
    match parse_dataset(&text) {
        Ok(dataset) => outcome.dataset = Some(dataset),
        Err(err) => outcome.problems = placed(err, &converted.places),
    }
    outcome
}

/// The loader's problems at their places in the workbook.
fn placed(err: LoadError, places: &Places) -> Vec<Found<SheetProblem>> {
    let place = |path: &str| {
        places
            .of(path)
            .cloned()
            .unwrap_or_else(|| Place::sheet(DATASET_SHEET))
    };
    match err {
        LoadError::Invalid(issues) => issues
            .iter()
            .map(|issue| Found {
                place: place(&issue.path),
                what: SheetProblem::Invalid(issue.problem.clone()),
            })
            .collect(),
        LoadError::Shape { ref path, .. } => vec![Found {
            place: place(path),
            what: SheetProblem::Load(err.clone()),
        }],
        other => vec![Found {
            place: Place::sheet(DATASET_SHEET),
            what: SheetProblem::Load(other),
        }],
    }
}
