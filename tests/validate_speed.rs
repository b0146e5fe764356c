//! How long the validator takes, on the bundled dataset and on the files named in
//! `VALIDATE_FILES` (separated by `:`): the median of 9 runs of `validate` on each, parsed once.
//! A figure, not an assertion; ignored by a plain `cargo test`. Measured in a release build:
//!   node tools/synth.mjs --scale 1000 --out /tmp/x1000.json
//!   VALIDATE_FILES=/tmp/x1000.json cargo test --release --test validate_speed -- --ignored --nocapture
//! Each file must be valid: the figure is for the path every file that opens takes.

use std::time::Instant;

use paradiplomacy_dashboard::model::load::parse_unchecked;
use paradiplomacy_dashboard::model::validate::validate;
use paradiplomacy_dashboard::model::BUNDLED_JSON;

const RUNS: usize = 9;

#[test]
#[ignore = "a benchmark: run in a release build with --ignored --nocapture"]
fn validate_speed() {
    let mut files = vec![("the bundled dataset".to_string(), BUNDLED_JSON.to_string())];
    for path in std::env::var("VALIDATE_FILES")
        .unwrap_or_default()
        .split(':')
        .filter(|p| !p.is_empty())
    {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        files.push((path.to_string(), text));
    }
    for (name, text) in files {
        let data = parse_unchecked(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut times: Vec<f64> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                let issues = validate(&data);
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                assert!(issues.is_empty(), "{name}: {} problems", issues.len());
                ms
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!("{name}: validate, median of {RUNS}: {:.2} ms", times[RUNS / 2]);
    }
}
