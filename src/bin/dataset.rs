//! `dataset`: check a dataset file (JSON, xlsx or ods), optionally against the paper's text,
//! and convert between JSON and xlsx, with the dashboard's own messages in Indonesian and
//! English. Usage and exit codes: `dataset --help`, and data/README.md.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use paradiplomacy_dashboard::i18n::sheet::words;
    use paradiplomacy_dashboard::model::Lang;
    use paradiplomacy_dashboard::sheet::check::{open, quote_lines, Exit, Format, Opened};
    use paradiplomacy_dashboard::sheet::{paper, workbook, xlsx};

    const USAGE: &str = "\
usage:
  dataset check FILE [--paper TEXT]    FILE: .json, .xlsx or .ods; TEXT: the paper as a .txt file,
                                       or a folder of .txt files
  dataset to-json FILE [-o OUT.json]   a spreadsheet (.xlsx, .ods) as the dataset's JSON
                                       (written to standard output without -o)
  dataset to-xlsx FILE [-o OUT.xlsx]   a dataset (.json, .xlsx, .ods) as a spreadsheet
                                       (FILE's name with .xlsx, in the current folder, without -o)
exit codes:
  0  the dataset is valid (and every quote is in the paper's text)
  1  the file is not a valid dataset: every problem is listed
  2  the command was not understood, or a file could not be read or written
  3  the dataset is valid, but some quotes are not in the paper's text: each is listed";

    fn usage(problem: &str) -> Exit {
        eprintln!("{problem}\n\n{USAGE}");
        Exit::Usage
    }

    /// A file that could not be read or written: said, without the usage (the command was right).
    fn failed(problem: &str) -> Exit {
        eprintln!("{problem}");
        Exit::Usage
    }

    /// Prints each line in Indonesian, then in English under it.
    fn both(lines: &[[String; 2]], to_err: bool) {
        for [id, en] in lines {
            if to_err {
                eprintln!("{id}\n  {en}");
            } else {
                println!("{id}\n  {en}");
            }
        }
    }

    struct Args {
        command: String,
        file: PathBuf,
        paper: Option<PathBuf>,
        out: Option<PathBuf>,
    }

    fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
        let command = args.next().ok_or("no command given")?;
        if command == "--help" || command == "-h" {
            return Err(String::new());
        }
        let (mut file, mut paper, mut out) = (None, None, None);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--paper" if command == "check" => {
                    paper = Some(args.next().ok_or("--paper needs the paper's text")?.into())
                }
                "-o" | "--output" if command != "check" => {
                    out = Some(args.next().ok_or("-o needs a file name")?.into())
                }
                a if a.starts_with('-') => return Err(format!("unknown option {a}")),
                a if file.is_none() => file = Some(PathBuf::from(a)),
                a => return Err(format!("one file only: {a}")),
            }
        }
        if !["check", "to-json", "to-xlsx"].contains(&command.as_str()) {
            return Err(format!("unknown command {command}"));
        }
        Ok(Args {
            command,
            file: file.ok_or("no file given")?,
            paper,
            out,
        })
    }

    pub fn main() -> ExitCode {
        let code = match parse(std::env::args().skip(1)) {
            Err(e) if e.is_empty() => {
                println!("{USAGE}");
                Exit::Ok
            }
            Err(e) => usage(&e),
            Ok(args) => run(&args),
        };
        ExitCode::from(code as u8)
    }

    /// Opens the file; prints its notices, and its problems when it is no dataset.
    fn opened(file: &Path) -> Result<Opened, Exit> {
        let opened = open(file).map_err(|e| failed(&e))?;
        both(&opened.notices, true);
        if opened.dataset.is_none() {
            both(&opened.problems, false);
            let [id, en] =
                [Lang::Id, Lang::En].map(|l| words(l).summary(opened.problems.len(), opened.notices.len()));
            println!("{id}\n  {en}");
            return Err(Exit::Invalid);
        }
        Ok(opened)
    }

    fn run(args: &Args) -> Exit {
        let opened = match opened(&args.file) {
            Ok(o) => o,
            Err(code) => return code,
        };
        let Some(data) = opened.dataset else {
            return Exit::Invalid;
        };
        match args.command.as_str() {
            "check" => {
                let [id, en] = [Lang::Id, Lang::En].map(|l| words(l).summary(0, opened.notices.len()));
                println!("{id}\n  {en}");
                let Some(place) = &args.paper else {
                    return Exit::Ok;
                };
                let paper = match paper::read(place) {
                    Ok(Some(text)) => text,
                    Ok(None) => {
                        return failed(&format!(
                            "{}: no paper text there (a .txt file, or a folder of them)",
                            place.display()
                        ))
                    }
                    Err(e) => return failed(&e),
                };
                let (misses, summary) = quote_lines(&data, &paper);
                both(&misses, false);
                println!("{}\n  {}", summary[0], summary[1]);
                if misses.is_empty() {
                    Exit::Ok
                } else {
                    Exit::QuotesMissing
                }
            }
            "to-json" => {
                if Format::of(&args.file) == Some(Format::Json) {
                    return usage("to-json reads a spreadsheet (.xlsx or .ods)");
                }
                let text = match serde_json::to_string_pretty(&data) {
                    Ok(t) => t + "\n",
                    Err(e) => return failed(&e.to_string()),
                };
                match &args.out {
                    Some(out) => write(out, text.as_bytes()),
                    None => {
                        print!("{text}");
                        Exit::Ok
                    }
                }
            }
            _ => {
                let out = match &args.out {
                    Some(out) => out.clone(),
                    None => {
                        let name = args
                            .file
                            .file_stem()
                            .map(PathBuf::from)
                            .unwrap_or_default()
                            .with_extension("xlsx");
                        if name.exists() || name == args.file {
                            return usage(&format!(
                                "{} exists: name the file to write with -o",
                                name.display()
                            ));
                        }
                        name
                    }
                };
                let bytes = workbook(&data)
                    .map_err(|e| e.to_string())
                    .and_then(|b| xlsx::write(&b).map_err(|e| e.to_string()));
                match bytes {
                    Ok(bytes) => write(&out, &bytes),
                    Err(e) => failed(&e),
                }
            }
        }
    }

    fn write(out: &Path, bytes: &[u8]) -> Exit {
        match std::fs::write(out, bytes) {
            Ok(()) => {
                eprintln!("{}", out.display());
                Exit::Ok
            }
            Err(e) => failed(&format!("{}: {e}", out.display())),
        }
    }
}
