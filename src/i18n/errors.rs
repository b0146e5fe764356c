//! Dataset load errors in the reader's language: one plain sentence per problem, with the JSON
//! path or the line and column, so that a researcher can find and fix it in their file. The
//! parser's own words (serde's message, its position) are kept as a technical detail, shown
//! folded under the sentence, never as the sentence. The sentences themselves are each
//! language's ([`super::Words`]); this module puts them together.
//!
//! Owns: [`ProblemLine`], [`load_error_report`] (the first lines of a list and how many there
//! are), [`load_error_text`] (every problem, for a download) and the words around such a list
//! ([`ListWord`]).

pub use super::languages::count;
use super::{t, Key};
use crate::model::{Lang, LoadError};

/// How many problems a list shows before "and N more".
pub const SHOWN_PROBLEMS: usize = 200;

/// One problem as the reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemLine {
    /// What is wrong and where, in the reader's language.
    pub text: String,
    /// The parser's own words, for someone who wants them.
    pub detail: Option<String>,
}

key_enum! {
    /// The words around a list of problems.
    pub enum ListWord {
        /// The summary of a folded technical detail.
        TechnicalDetail,
        /// Before the count of problems not listed: "and" (N more).
        AndMore,
        /// After it: (and N) "more".
        More,
        /// The button that downloads every problem.
        DownloadAll,
        /// The first line of the downloaded file, before its name.
        ProblemsIn,
        /// The end of the downloaded file's name: `big-problems.txt`.
        FileSuffix,
    }
}

/// `word` in `lang`.
pub fn list_word(word: ListWord, lang: Lang) -> &'static str {
    t(lang, Key::Problems(word))
}

/// The name of the downloaded list of problems of `file_name`.
pub fn problems_file_name(file_name: &str, lang: Lang) -> String {
    let stem = file_name.rsplit_once('.').map_or(file_name, |(stem, _)| stem);
    let stem = if stem.is_empty() { "dataset" } else { stem };
    format!("{stem}-{}.txt", list_word(ListWord::FileSuffix, lang))
}

/// The one line of an error that is not a list of validation problems.
fn single(err: &LoadError, lang: Lang) -> ProblemLine {
    let detail = match err {
        LoadError::TooLarge { .. } | LoadError::Invalid(_) => None,
        LoadError::Unreadable { detail } => Some(detail.clone()),
        LoadError::Syntax {
            line,
            column,
            message,
            ..
        } => Some(format!("serde_json: {message} at line {line} column {column}")),
        LoadError::Shape {
            path,
            line,
            column,
            message,
            ..
        } => Some(format!("serde: {message} at {path}, line {line} column {column}")),
    };
    ProblemLine {
        text: crate::i18n::languages::words(lang).load_error(err),
        detail,
    }
}

/// The first `limit` problems of `err` in `lang`, and how many there are in all.
pub fn load_error_report(err: &LoadError, lang: Lang, limit: usize) -> (Vec<ProblemLine>, usize) {
    match err {
        LoadError::Invalid(issues) => (
            issues
                .iter()
                .take(limit)
                .map(|i| ProblemLine {
                    text: format!(
                        "{}: {}",
                        i.path,
                        crate::i18n::languages::words(lang).problem(&i.problem)
                    ),
                    detail: None,
                })
                .collect(),
            issues.len(),
        ),
        other => (vec![single(other, lang)], 1),
    }
}

/// Every problem of `err` as a sentence in `lang` (no technical detail).
pub fn load_error_lines(err: &LoadError, lang: Lang) -> Vec<String> {
    let (lines, _) = load_error_report(err, lang, usize::MAX);
    lines.into_iter().map(|l| l.text).collect()
}

/// Every problem of `err` in `lang`, one a line, each technical detail indented under its
/// problem: the text of the downloadable list.
pub fn load_error_text(err: &LoadError, file_name: &str, lang: Lang) -> String {
    let (lines, total) = load_error_report(err, lang, usize::MAX);
    let total = count(total, lang);
    let mut text = format!(
        "{} {file_name}: {total}\n\n",
        list_word(ListWord::ProblemsIn, lang)
    );
    for line in lines {
        text.push_str(&line.text);
        text.push('\n');
        if let Some(detail) = line.detail {
            text.push_str("    ");
            text.push_str(&detail);
            text.push('\n');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load::SyntaxFault;
    use crate::model::validate::{Collection, Issue, Problem};

    #[test]
    fn every_problem_reads_in_both_languages_with_its_path() {
        let err = LoadError::Invalid(
            vec![Issue {
                path: "$.events[0].actors[1]".into(),
                problem: Problem::Dangling {
                    id: "daejon".into(),
                    expected: Collection::Actor,
                },
            }]
            .into(),
        );
        assert_eq!(
            load_error_lines(&err, Lang::En),
            ["$.events[0].actors[1]: refers to \"daejon\", which is not one of the actors"]
        );
        assert_eq!(
            load_error_lines(&err, Lang::Id),
            ["$.events[0].actors[1]: merujuk ke \"daejon\", yang tidak ada di actors"]
        );
        let syntax = LoadError::Syntax {
            line: 3,
            column: 7,
            fault: SyntaxFault::MissingComma,
            message: "expected `,` or `}`".into(),
        };
        assert!(load_error_lines(&syntax, Lang::Id)[0].contains("baris 3, kolom 7"));
        assert!(load_error_lines(&syntax, Lang::En)[0].contains("line 3, column 7"));
    }

    #[test]
    fn a_long_list_is_cut_but_the_download_holds_every_problem() {
        let issues: Vec<Issue> = (0..250)
            .map(|i| Issue {
                path: format!("$.events[{i}].title.en"),
                problem: Problem::EmptyText("English"),
            })
            .collect();
        let err = LoadError::Invalid(issues.into());
        let (lines, total) = load_error_report(&err, Lang::Id, SHOWN_PROBLEMS);
        assert_eq!((lines.len(), total), (200, 250));
        assert_eq!(
            lines[199].text,
            "$.events[199].title.en: teks bahasa Inggris kosong"
        );
        let text = load_error_text(&err, "big.json", Lang::En);
        assert!(text.starts_with("Problems in big.json: 250\n"));
        assert_eq!(text.lines().filter(|l| l.starts_with("$.events[")).count(), 250);
        assert_eq!(problems_file_name("big.json", Lang::Id), "big-masalah.txt");
        assert_eq!(
            (count(29_800, Lang::En), count(29_800, Lang::Id)),
            ("29,800".into(), "29.800".into())
        );
        assert_eq!(
            (count(200, Lang::En), count(1_234_567, Lang::Id)),
            ("200".into(), "1.234.567".into())
        );
    }
}
