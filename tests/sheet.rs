//! Native tests of the dataset as a workbook: both ways, hostile workbooks, real xlsx bytes.
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::model::sheet::{self, Cell, Workbook};
use paradiplomacy_dashboard::model::{parse_dataset, BUNDLED_JSON};

fn bundled_workbook() -> Workbook {
    let data = parse_dataset(BUNDLED_JSON).expect("bundled dataset loads");
    sheet::write(&data).expect("written")
}

#[test]
fn the_bundled_dataset_round_trips_through_the_workbook_model() {
    let data = parse_dataset(BUNDLED_JSON).expect("bundled dataset loads");
    let outcome = sheet::load(&bundled_workbook());
    assert!(outcome.problems.is_empty(), "{:#?}", &outcome.problems[..outcome.problems.len().min(5)]);
    assert_eq!(
        serde_json::to_value(outcome.dataset.expect("a dataset")).ok(),
        serde_json::to_value(&data).ok()
    );
    let _ = Cell::Empty;
}
