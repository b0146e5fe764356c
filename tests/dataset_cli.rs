//! The `dataset` tool as a researcher runs it: the built binary, its exit codes and what it
//! prints, in Indonesian and English.
#![cfg(not(target_arch = "wasm32"))]

mod datasets;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use paradiplomacy_dashboard::model::sheet::Cell;
use paradiplomacy_dashboard::model::{citations, parse_dataset, BUNDLED_JSON};
use paradiplomacy_dashboard::sheet::{workbook, xlsx};

const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/tangsel-paradiplomacy.json");

fn run(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_dataset"))
        .args(args)
        .output()
        .expect("the tool runs");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

/// A folder of this test's own, emptied.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dataset-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

/// That `out` ends with the quote check's summary of `misses` in both languages.
fn assert_quote_summary(out: &str, misses: usize) {
    let id = format!("{misses} dari 489 kutipan tidak ada di teks makalah");
    let en = format!("{misses} of 489 quotes are not in the paper's text");
    assert!(out.ends_with(&format!("{id}\n  {en}\n")), "{out}");
}

/// A paper made of every quote of the bundled dataset, one per line.
fn quotes_paper(dir: &Path) -> PathBuf {
    let data = parse_dataset(BUNDLED_JSON).expect("bundled");
    let text: String = citations::all(&data)
        .iter()
        .map(|(_, c)| format!("{}\n", c.quote))
        .collect();
    let file = dir.join("paper.txt");
    std::fs::write(&file, text).expect("written");
    file
}

#[test]
fn check_passes_the_bundled_dataset_against_the_papers_text() {
    let paper = match datasets::seed_paper() {
        Ok(text) => text,
        Err(_) if std::env::var("QUOTE_CHECK").is_ok_and(|v| v == "skip") => return,
        Err(why) => panic!("{why}"),
    };
    let dir = scratch("seed");
    let file = dir.join("paper.txt");
    std::fs::write(&file, paper).expect("written");
    let (code, out, _) = run(&["check", BUNDLED, "--paper", path(&file)]);
    assert_eq!(code, 0, "{out}");
    assert_quote_summary(&out, 0);
}

#[test]
fn an_altered_quote_is_the_one_miss_named_with_its_record_and_section() {
    let dir = scratch("altered");
    let paper = quotes_paper(&dir);
    let mut data = parse_dataset(BUNDLED_JSON).expect("bundled");
    data.events[3].citations[0].quote.push_str(" (diubah)");
    let event = &data.events[3];
    let file = dir.join("altered.json");
    std::fs::write(&file, serde_json::to_string(&data).expect("JSON")).expect("written");
    let (code, out, _) = run(&["check", path(&file), "--paper", path(&paper)]);
    assert_eq!(code, 3, "{out}");
    let named: Vec<&str> = out.lines().filter(|l| l.contains("(diubah)")).collect();
    assert_eq!(named.len(), 2, "once in each language: {out}");
    let section = &event.citations[0].section;
    assert!(
        named[0].starts_with(&format!(
            "{} (bagian {section}): kutipan tidak ada di teks makalah",
            event.id
        )),
        "{out}"
    );
    assert!(
        named[1].trim_start().starts_with(&format!(
            "{} (section {section}): the quote is not in the paper's text",
            event.id
        )),
        "{out}"
    );
    assert_quote_summary(&out, 1);
}

#[test]
fn to_xlsx_then_to_json_gives_the_dataset_back_and_check_reads_the_spreadsheet() {
    let dir = scratch("round");
    let sheet = dir.join("tangsel.xlsx");
    let json = dir.join("back.json");
    let (code, _, err) = run(&["to-xlsx", BUNDLED, "-o", path(&sheet)]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = run(&["check", path(&sheet)]);
    assert_eq!(
        (code, out.as_str()),
        (0, "0 masalah, 0 catatan\n  0 problem(s), 0 notice(s)\n"),
        "{err}"
    );
    let (code, _, err) = run(&["to-json", path(&sheet), "-o", path(&json)]);
    assert_eq!(code, 0, "{err}");
    let back = parse_dataset(&std::fs::read_to_string(&json).expect("written")).expect("valid");
    let bundled = parse_dataset(BUNDLED_JSON).expect("bundled");
    assert_eq!(
        serde_json::to_value(back).ok(),
        serde_json::to_value(bundled).ok()
    );
    // Without -o, the JSON goes to standard output.
    let (code, out, _) = run(&["to-json", path(&sheet)]);
    assert_eq!(code, 0);
    assert!(parse_dataset(&out).is_ok());
}

#[test]
fn a_spreadsheet_with_problems_exits_1_with_each_problem_placed_and_writes_nothing() {
    let dir = scratch("invalid");
    let mut book = workbook(&parse_dataset(BUNDLED_JSON).expect("bundled")).expect("written");
    let events = book
        .sheets
        .iter_mut()
        .find(|s| s.name == "Events")
        .expect("Events");
    let date = events.rows[0]
        .iter()
        .position(|c| *c == Cell::Text("date".into()))
        .expect("date");
    events.rows[4][date] = Cell::Text("2016-02-30".into());
    let file = dir.join("broken.xlsx");
    std::fs::write(&file, xlsx::write(&book).expect("bytes")).expect("written");
    let (code, out, _) = run(&["check", path(&file)]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        "Events, baris 5, kolom date: \"2016-02-30\" bukan tanggal yang ada\n  \
         Events, row 5, column date: \"2016-02-30\" is not a real calendar date\n\
         1 masalah, 0 catatan\n  1 problem(s), 0 notice(s)\n"
    );
    let out_file = dir.join("never.json");
    let (code, _, _) = run(&["to-json", path(&file), "-o", path(&out_file)]);
    assert_eq!(code, 1);
    assert!(!out_file.exists());
}

#[test]
fn usage_and_file_errors_exit_2() {
    let dir = scratch("usage");
    let text = dir.join("notes.txt");
    std::fs::write(&text, "not a dataset").expect("written");
    // A command not understood: the usage follows the reason.
    for args in [
        vec![],
        vec!["frobnicate", BUNDLED],
        vec!["check"],
        vec!["to-json", BUNDLED],
        vec!["check", BUNDLED, "--colour"],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("usage:"), "{args:?}: {err}");
    }
    // A file that could not be read: its reason alone.
    for (args, reason) in [
        (vec!["check", "/no/such/file.json"], "/no/such/file.json: "),
        (
            vec!["check", path(&text)],
            "notes.txt: not a .json, .xlsx or .ods file",
        ),
        (
            vec!["check", BUNDLED, "--paper", "/no/such/paper"],
            "/no/such/paper",
        ),
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(reason) && !err.contains("usage:"), "{args:?}: {err}");
    }
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("exit codes:"), "{out}");
}
