//! The footer's spreadsheet actions on the dataset on screen: **Download this dataset as a
//! spreadsheet** (.xlsx, with its Read me sheet and column notes) and **Check quotes against the
//! paper** (the reader gives the paper's text as a .txt; every citation whose quote does not
//! stand in it verbatim is listed, or that none is missing). Both are the spreadsheet worker's
//! work (`sheet_client`), started only when asked; what came of it is moved into view, with focus.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use crate::components::dataset_picker::bring_to_reader;
use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::model::Lang;
use crate::sheet_client::{ask, Fault};
use crate::sheet_message::{Both, Reply, Request};
use crate::state::dataset::{DatasetStore, FileChanged};
use crate::state::sheet_open::both;
use crate::state::AppState;

/// The media type of an xlsx file.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// What came of the last action.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// Under way: what is being done.
    Working(D),
    /// The spreadsheet was offered as this download.
    Saved(String),
    /// The action failed (after a heading): why, and a library's own words if any.
    Failed {
        heading: Key,
        file: Option<String>,
        why: Vec<Both>,
        detail: Option<String>,
    },
    /// The quote check against the text of `file`.
    Quotes {
        file: String,
        misses: Vec<Both>,
        summary: Both,
    },
}

/// Why the worker gave no reply, as the reader is told.
fn fault_lines(fault: Fault) -> (Vec<Both>, Option<String>) {
    match fault {
        Fault::OpenedAsFile => (vec![both(Key::Dataset(D::NeedsServed))], None),
        Fault::Stopped(why) => (vec![both(Key::Dataset(D::WorkerStopped))], Some(why)),
    }
}

/// Why there is no text of the dataset on screen to give the worker, as the reader is told.
fn changed_lines(FileChanged(why): FileChanged) -> (Vec<Both>, Option<String>) {
    (
        vec![both(Key::Dataset(D::FileChanged))],
        Some(why).filter(|w| !w.is_empty()),
    )
}

async fn download(state: AppState, store: DatasetStore) -> Outcome {
    let name = state.data.with_untracked(|d| format!("{}.xlsx", d.data.id));
    let failed = |why, detail| Outcome::Failed {
        heading: Key::Dataset(D::SheetNotMade),
        file: None,
        why,
        detail,
    };
    let json = match store.text().await {
        Ok(text) => text,
        Err(changed) => {
            let (why, detail) = changed_lines(changed);
            return failed(why, detail);
        }
    };
    match ask(&Request::Write { json }, Vec::new()).await {
        Ok((Reply::Written, bytes)) => match crate::files::save_bytes(&name, XLSX, &bytes) {
            Ok(()) => Outcome::Saved(name),
            Err(e) => failed(vec![], Some(e)),
        },
        Ok((Reply::Failed { why, detail }, _)) => failed(vec![why], detail),
        Ok(_) => failed(vec![both(Key::Dataset(D::WorkerStopped))], None),
        Err(fault) => {
            let (why, detail) = fault_lines(fault);
            failed(why, detail)
        }
    }
}

async fn check_quotes(store: DatasetStore, file: web_sys::File) -> Outcome {
    let name = file.name();
    let failed = |why, detail| Outcome::Failed {
        heading: Key::Dataset(D::TextUnreadable),
        file: Some(name.clone()),
        why,
        detail,
    };
    let Some(paper) = crate::files::read_text(file).await else {
        return failed(vec![], None);
    };
    let json = match store.text().await {
        Ok(text) => text,
        Err(changed) => {
            let (why, detail) = changed_lines(changed);
            return Outcome::Failed {
                heading: Key::Dataset(D::QuotesNotChecked),
                file: None,
                why,
                detail,
            };
        }
    };
    let request = Request::Quotes {
        json,
        paper: JsValue::from_str(&paper),
    };
    match ask(&request, Vec::new()).await {
        Ok((Reply::Quotes { misses, summary }, _)) => Outcome::Quotes {
            file: name,
            misses,
            summary,
        },
        Ok((Reply::Failed { why, detail }, _)) => failed(vec![why], detail),
        Ok(_) => failed(vec![both(Key::Dataset(D::WorkerStopped))], None),
        Err(fault) => {
            let (why, detail) = fault_lines(fault);
            failed(why, detail)
        }
    }
}

fn lines_view(lines: Vec<Both>, class: &'static str, lang: Memo<Lang>) -> impl IntoView {
    view! {
        <ul class=class>
            {lines.into_iter().map(|l| view! { <li>{move || l.get(lang.get()).to_string()}</li> }).collect_view()}
        </ul>
    }
}

/// The footer's spreadsheet actions and what came of the last one.
#[component]
pub fn SheetActions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let store = expect_context::<DatasetStore>();
    let lang = state.lang;
    let outcome = RwSignal::new(None::<Outcome>);
    let result_ref = NodeRef::<leptos::html::Div>::new();
    let input = NodeRef::<leptos::html::Input>::new();

    // Runs `work`, showing that it is under way, then moves what came of it into view.
    let run = move |working: D, work: std::pin::Pin<Box<dyn std::future::Future<Output = Outcome>>>| {
        outcome.set(Some(Outcome::Working(working)));
        spawn_local(async move {
            let done = work.await;
            outcome.set(Some(done));
            crate::frames::effects_done().await;
            bring_to_reader(result_ref.get_untracked().map(Into::into));
        });
    };
    let on_download = move |_| run(D::SheetWriting, Box::pin(download(state, store)));
    let on_paper = move |_| {
        let Some(el) = input.get() else { return };
        if let Some(file) = el.files().and_then(|f| f.get(0)) {
            run(D::QuotesChecking, Box::pin(check_quotes(store, file)));
        }
        el.set_value("");
    };
    let busy = move || matches!(outcome.get(), Some(Outcome::Working(_)));

    view! {
        <section class="sheet-actions">
            <p>
                <button type="button" class="button-like download-sheet" on:click=on_download disabled=busy>
                    {move || t(lang.get(), Key::Dataset(D::DownloadSheet))}
                </button>
                " "
                <label class="button-like check-quotes">
                    {move || t(lang.get(), Key::Dataset(D::CheckQuotes))}
                    <input node_ref=input type="file" accept=".txt,text/plain" class="visually-hidden" on:change=on_paper/>
                </label>
                " "
                <span class="hint">{move || t(lang.get(), Key::Dataset(D::CheckQuotesHint))}</span>
            </p>
            {move || outcome.get().map(|o| {
                let (class, role) = match &o {
                    Outcome::Failed { .. } => ("problems sheet-result", "alert"),
                    _ => ("opened sheet-result", "status"),
                };
                let body = match o {
                    Outcome::Working(d) => view! { <p>{move || t(lang.get(), Key::Dataset(d))}</p> }.into_any(),
                    Outcome::Saved(name) => view! {
                        <p>{move || t(lang.get(), Key::Dataset(D::SheetSaved))}" "<code>{name.clone()}</code></p>
                    }.into_any(),
                    Outcome::Failed { heading, file, why, detail } => view! {
                        <h2>{move || t(lang.get(), heading)}" "{file.map(|f| view! { <code>{f}</code> })}</h2>
                        {lines_view(why, "problem-lines", lang)}
                        {detail.map(|d| view! {
                            <details class="technical-detail">
                                <summary>{move || crate::i18n::errors::list_word(crate::i18n::errors::ListWord::TechnicalDetail, lang.get())}</summary>
                                <code>{d}</code>
                            </details>
                        })}
                    }.into_any(),
                    Outcome::Quotes { file, misses, summary } => view! {
                        <h2>{move || t(lang.get(), Key::Dataset(D::QuotesAgainst))}" "<code>{file.clone()}</code></h2>
                        <p class="quote-summary">{move || summary.get(lang.get()).to_string()}</p>
                        {lines_view(misses, "quote-misses", lang)}
                    }.into_any(),
                };
                view! {
                    <div class=class role=role tabindex="-1" node_ref=result_ref>
                        {body}
                        <button class="close" on:click=move |_| outcome.set(None)>{move || t(lang.get(), Key::Dismiss)}</button>
                    </div>
                }
            })}
        </section>
    }
}
