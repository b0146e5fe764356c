//! One validator, proven equal to the schema: every fixture, the bundled dataset and a few
//! hundred generated hostile files go through both `data/schema.json` (Python `jsonschema`, via
//! `tools/check_schema.py --verdicts`) and the dashboard's loader; the test fails listing every
//! file on which they disagree about valid or invalid.
//!
//! The dashboard also checks what a schema cannot say (references resolve, ids are unique, a
//! day exists in its month, a story's period runs forwards). The comparison is on what the
//! schema states: a file counts as valid to the dashboard when its only problems are of those
//! kinds (`Problem::schema_states`). Files made to have only such problems must be valid to
//! the schema and refused by the dashboard.
//!
//! Needs python3 with jsonschema 4.26.0, so it is ignored by a plain `cargo test`;
//! `make test-schema` installs jsonschema and runs it:
//! `cargo test --test schema_agreement -- --ignored --nocapture`.
#![cfg(not(target_arch = "wasm32"))]

mod hostile;

use std::path::{Path, PathBuf};
use std::process::Command;

use paradiplomacy_dashboard::model::{parse_dataset, LoadError};
use serde_json::Value;

/// The seed of the generated files: the same files on every run.
const SEED: u64 = 0x5eed_da7a;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The dashboard's verdict on the schema's rules, and its first words on the file.
fn dashboard(path: &Path) -> (bool, bool, String) {
    let Ok(text) = std::fs::read(path).map(String::from_utf8) else {
        return (false, false, "unreadable".into());
    };
    let Ok(text) = text else {
        return (false, false, "not UTF-8".into());
    };
    match parse_dataset(&text) {
        Ok(_) => (true, true, "valid".into()),
        Err(LoadError::Invalid(issues)) => {
            let stated = issues.iter().find(|i| i.problem.schema_states());
            let first = stated
                .or(issues.first())
                .map(ToString::to_string)
                .unwrap_or_default();
            (stated.is_none(), false, first)
        }
        Err(other) => (false, false, other.to_string()),
    }
}

/// The schema's verdict on each of `paths` (true: valid), with its first words.
fn schema(paths: &[PathBuf]) -> Vec<(bool, String)> {
    let output = Command::new("python3")
        .arg(root().join("tools/check_schema.py"))
        .arg("--verdicts")
        .args(paths)
        .output()
        .expect("python3 runs tools/check_schema.py (make test-schema installs jsonschema)");
    assert!(
        output.status.success(),
        "tools/check_schema.py failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    let verdicts: Vec<(bool, String)> = text
        .lines()
        .map(|line| {
            let mut parts = line.splitn(3, '\t');
            let verdict = parts.next().unwrap_or_default();
            let _path = parts.next();
            (verdict == "valid", parts.next().unwrap_or("valid").to_string())
        })
        .collect();
    assert_eq!(verdicts.len(), paths.len(), "one verdict per file:\n{text}");
    verdicts
}

fn read_json(path: &Path) -> (String, Value) {
    let text = std::fs::read_to_string(path).expect("fixture is readable");
    let value = serde_json::from_str(&text).expect("fixture is JSON");
    (text, value)
}

#[test]
#[ignore = "needs python3 with jsonschema 4.26.0: run by make test-schema"]
fn the_dashboard_and_the_schema_agree_on_every_file() {
    let root = root();
    let mut files: Vec<(String, PathBuf, bool)> = Vec::new();
    for dir in ["tests/fixtures", "data"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("directory exists")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("schema.json"))
            .collect();
        found.sort();
        for path in found {
            files.push((
                format!("{}", path.strip_prefix(&root).unwrap_or(&path).display()),
                path,
                false,
            ));
        }
    }

    let (minimal_text, minimal) = read_json(&root.join("tests/fixtures/minimal.json"));
    let (_, complete) = read_json(&root.join("tests/fixtures/complete.json"));
    let (_, bundled) = read_json(&root.join("data/tangsel-paradiplomacy.json"));
    let mut rng = hostile::Rng::new(SEED);
    let mut cases = hostile::mutations("minimal", &minimal, 1, &mut rng);
    cases.extend(hostile::mutations("complete", &complete, 1, &mut rng));
    // The bundled file is 80 times slower to check in Python: its first shapes only.
    let mut from_bundled = hostile::mutations("bundled", &bundled, 1, &mut rng);
    from_bundled.truncate(24);
    cases.extend(from_bundled);
    cases.extend(hostile::targeted(&minimal_text, &minimal, &complete));
    cases.extend(hostile::beyond_schema(&minimal, &complete));

    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("schema-agreement");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a directory for the generated files");
    let generated = cases.len();
    for (i, case) in cases.iter().enumerate() {
        let path = dir.join(format!("{i:03}.json"));
        std::fs::write(&path, &case.text).expect("generated file written");
        files.push((case.name.clone(), path, case.beyond_schema));
    }

    let paths: Vec<PathBuf> = files.iter().map(|(_, p, _)| p.clone()).collect();
    let verdicts = schema(&paths);
    let mut disagreements = Vec::new();
    let (mut valid, mut beyond) = (0, 0);
    for ((name, path, beyond_schema), (schema_valid, schema_says)) in files.iter().zip(&verdicts) {
        let (stated_valid, fully_valid, dashboard_says) = dashboard(path);
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        if *schema_valid != stated_valid {
            disagreements.push(format!(
                "{file} ({name}): schema {}, dashboard {}\n    schema: {schema_says}\n    dashboard: {dashboard_says}",
                if *schema_valid { "valid" } else { "invalid" },
                if stated_valid { "valid" } else { "invalid" },
            ));
        } else if *beyond_schema && (fully_valid || !schema_valid) {
            disagreements.push(format!(
                "{file} ({name}): meant to be valid to the schema only, but schema {schema_valid}, dashboard {fully_valid}"
            ));
        }
        valid += usize::from(*schema_valid && fully_valid);
        beyond += usize::from(*schema_valid && !fully_valid);
    }
    println!(
        "{} files ({generated} generated, seed {SEED:#x}): {valid} valid to both, {beyond} valid to the \
         schema and refused by the dashboard for rules only it checks, {} invalid to both; {} disagreements",
        files.len(),
        files.len() - valid - beyond - disagreements.len(),
        disagreements.len()
    );
    assert!(
        disagreements.is_empty(),
        "the dashboard and data/schema.json disagree on {} of {} files (kept in {}):\n{}",
        disagreements.len(),
        files.len(),
        dir.display(),
        disagreements.join("\n")
    );
}
