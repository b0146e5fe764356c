//! Visible, readable lists of what went wrong: [`ProblemList`] (plain lines under a heading),
//! [`LoadProblems`] (why a dataset file was not opened: sentences in the reader's language, the
//! parser's own words folded under each, the first [`SHOWN_PROBLEMS`] of a long list and a
//! download of all of them) and [`SheetProblems`] (the same for a spreadsheet: each problem at
//! its sheet, row and column, as the spreadsheet worker said it in both languages). Every line
//! is shown as text.

use leptos::prelude::*;

use crate::i18n::errors::{
    count, list_word, load_error_report, load_error_text, problems_file_name, ListWord, ProblemLine,
    SHOWN_PROBLEMS,
};
use crate::model::{Lang, LoadError};
use crate::sheet_message::Both;

/// A headed alert with one line per problem (the bundled dataset failing its own checks: a build
/// that went wrong, which the native tests catch first).
#[component]
pub fn ProblemList(
    /// What failed, in the reader's language.
    #[prop(into)]
    heading: Signal<String>,
    /// One entry per problem.
    lines: Vec<String>,
) -> impl IntoView {
    view! {
        <section class="problems" role="alert">
            <h2>{move || heading.get()}</h2>
            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </section>
    }
}

fn line_view(line: ProblemLine, lang: Lang) -> impl IntoView {
    view! {
        <li>
            <span class="problem-text">{line.text}</span>
            {line.detail.map(|detail| view! {
                <details class="technical-detail">
                    <summary>{list_word(ListWord::TechnicalDetail, lang)}</summary>
                    <code>{detail}</code>
                </details>
            })}
        </li>
    }
}

/// Why a dataset file was not opened, in the reader's language. Only the lines shown are
/// written out; the whole list is made when the reader asks for the download.
#[component]
pub fn LoadProblems(
    /// Why the file was not opened.
    error: LoadError,
    /// The file's name, for the download's name.
    file_name: String,
    /// The reader's language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let error = StoredValue::new(error);
    let file_name = StoredValue::new(file_name);
    let download = move |_| {
        let lang = lang.get_untracked();
        let text = error.with_value(|e| file_name.with_value(|name| load_error_text(e, name, lang)));
        let name = file_name.with_value(|name| problems_file_name(name, lang));
        // A refused download leaves the list on screen: nothing is lost.
        let _ = crate::files::save_text(&name, "text/plain;charset=utf-8", &text);
    };
    move || {
        let lang = lang.get();
        let (lines, total) = error.with_value(|e| load_error_report(e, lang, SHOWN_PROBLEMS));
        first_lines(lines, total, lang, download)
    }
}

/// The first `lines` of a list of `total` problems and, when some are left out, "and N more"
/// with a button that downloads all of them (`download`).
fn first_lines(
    lines: Vec<ProblemLine>,
    total: usize,
    lang: Lang,
    download: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let more = total.saturating_sub(lines.len());
    view! {
        <ul class="problem-lines">
            {lines.into_iter().map(|l| line_view(l, lang)).collect_view()}
        </ul>
        {(more > 0).then(|| view! {
            <p class="problems-more">
                {format!(
                    "{} {} {}",
                    list_word(ListWord::AndMore, lang),
                    count(more, lang),
                    list_word(ListWord::More, lang)
                )}
                " "
                <button type="button" class="download-problems" on:click=download>
                    {list_word(ListWord::DownloadAll, lang)}
                </button>
            </p>
        })}
    }
}

/// Why a spreadsheet was not opened, in the reader's language: the first [`SHOWN_PROBLEMS`]
/// lines (each "Events, row 14, column date: ..."), a download of all of them, and a library's
/// own words folded under them when there are any.
#[component]
pub fn SheetProblems(
    /// Every problem, in both languages.
    lines: Vec<Both>,
    /// The spreadsheet library's own words, if any.
    detail: Option<String>,
    /// The file's name, for the download's name.
    file_name: String,
    /// The reader's language.
    #[prop(into)]
    lang: Signal<Lang>,
) -> impl IntoView {
    let lines = StoredValue::new(lines);
    let file_name = StoredValue::new(file_name);
    let detail = StoredValue::new(detail);
    let download = move |_| {
        let lang = lang.get_untracked();
        let text = lines.with_value(|all| {
            let mut text = String::new();
            for line in all {
                text.push_str(line.get(lang));
                text.push('\n');
            }
            text
        });
        let name = file_name.with_value(|name| problems_file_name(name, lang));
        // A refused download leaves the list on screen: nothing is lost.
        let _ = crate::files::save_text(&name, "text/plain;charset=utf-8", &text);
    };
    move || {
        let lang = lang.get();
        let (shown, total) = lines.with_value(|all| {
            let shown: Vec<ProblemLine> = all
                .iter()
                .take(SHOWN_PROBLEMS)
                .enumerate()
                .map(|(i, l)| ProblemLine {
                    text: l.get(lang).to_string(),
                    detail: if i == 0 { detail.get_value() } else { None },
                })
                .collect();
            (shown, all.len())
        });
        first_lines(shown, total, lang, download)
    }
}
