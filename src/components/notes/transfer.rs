//! Moving notes out of and into this browser: export as JSON (for import elsewhere) or as
//! Markdown with the paper's quotes; import a JSON file, with a preview of what will change
//! before anything does.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::label::target_label;
use crate::files::{read_text, save_text, today};
use crate::i18n::export::E;
use crate::i18n::notes::N;
use crate::i18n::{t, Key};
use crate::model::notes::merge::{counts, plan, to_apply, Change};
use crate::model::notes::stored::{export_json, parse_file, FileError, MAX_FILE_BYTES};
use crate::model::notes::{new_id, Note};
use crate::state::notes::{now_ms, NotesStore};
use crate::state::AppState;
use crate::views::handout::export_markdown;

/// An import waiting for the reader's yes.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    file_name: String,
    other_dataset: bool,
    plan: Vec<(Note, Change)>,
}

/// What the last import or export attempt came to.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Imported(usize),
    /// The file's name and why it was refused (`None`: it could not be read as text).
    Rejected(String, Option<FileError>),
    ExportFailed(String),
}

/// An id for an imported note that shares its id with another note of the file: new, and not
/// one this browser holds (checked, though a clash of time and 52 random bits is not expected).
fn fresh_id(store: &NotesStore, taken: &mut Vec<String>) -> String {
    loop {
        let id = new_id(now_ms(), js_sys::Math::random());
        if store.get(&id).is_none() && !taken.contains(&id) {
            taken.push(id.clone());
            return id;
        }
    }
}

/// Writes every note to a JSON file.
pub fn export_all_json(state: &AppState, store: &NotesStore) -> Result<(), String> {
    let dataset = state.data.with_untracked(|d| d.data.id.clone());
    let text = export_json(&dataset, now_ms(), &store.all());
    save_text(
        &format!("notes-{dataset}-{}.json", today()),
        "application/json",
        &text,
    )
}

/// The export and import controls of the notes panel.
#[component]
pub fn Transfer() -> impl IntoView {
    let state = expect_context::<AppState>();
    let store = expect_context::<NotesStore>();
    let lang = state.lang;
    let pending = RwSignal::new(None::<Pending>);
    let outcome = RwSignal::new(None::<Outcome>);
    let input = NodeRef::<leptos::html::Input>::new();

    let export_json_file = move |_| {
        if let Err(e) = export_all_json(&state, &store) {
            outcome.set(Some(Outcome::ExportFailed(e)));
        }
    };
    let export_md_file = move |_| {
        let notes = store.all();
        let lang = lang.get_untracked();
        let (dataset, text) = state.data.with_untracked(|d| {
            let label = |tg: &_| target_label(d, lang, tg);
            (
                d.data.id.clone(),
                export_markdown(d, &notes, lang, now_ms(), &label),
            )
        });
        if let Err(e) = save_text(&format!("notes-{dataset}-{}.md", today()), "text/markdown", &text) {
            outcome.set(Some(Outcome::ExportFailed(e)));
        }
    };
    let on_file = move |_| {
        let Some(el) = input.get() else { return };
        let Some(file) = el.files().and_then(|f| f.get(0)) else {
            return;
        };
        el.set_value("");
        let name = file.name();
        outcome.set(None);
        pending.set(None);
        if file.size() as u64 > MAX_FILE_BYTES {
            let e = FileError::TooLarge {
                bytes: file.size() as u64,
                limit: MAX_FILE_BYTES,
            };
            outcome.set(Some(Outcome::Rejected(name, Some(e))));
            return;
        }
        spawn_local(async move {
            let Some(text) = read_text(file).await else {
                outcome.set(Some(Outcome::Rejected(name, None)));
                return;
            };
            match parse_file(&text) {
                Err(e) => outcome.set(Some(Outcome::Rejected(name, Some(e)))),
                Ok(f) => {
                    let here = state.data.with_untracked(|d| d.data.id.clone());
                    pending.set(Some(Pending {
                        file_name: name,
                        other_dataset: f.dataset != here,
                        plan: plan(&store.all(), &f.notes),
                    }));
                }
            }
        });
    };
    let apply = move |_| {
        let Some(p) = pending.get_untracked() else { return };
        let mut taken = Vec::new();
        let notes = to_apply(&p.plan, || fresh_id(&store, &mut taken));
        let n = notes.len();
        store.put_all(notes);
        pending.set(None);
        outcome.set(Some(Outcome::Imported(n)));
    };

    view! {
        <section class="notes-transfer" aria-label=move || t(lang.get(), Key::Notes(N::Import))>
            <p class="notes-export">
                <button class="small export-json" on:click=export_json_file>{move || t(lang.get(), Key::Notes(N::ExportJson))}</button>
                " "
                <button class="small export-md" on:click=export_md_file>{move || t(lang.get(), Key::Notes(N::ExportMarkdown))}</button>
            </p>
            <p class="notes-import">
                <label class="button-like small">
                    {move || t(lang.get(), Key::Notes(N::Import))}
                    <input node_ref=input type="file" accept=".json,application/json" class="visually-hidden import-notes" on:change=on_file/>
                </label>
                " "<span class="hint">{move || t(lang.get(), Key::Notes(N::ImportHint))}</span>
            </p>
            {move || pending.get().map(|p| {
                let c = counts(&p.plan);
                let nothing = c.written() == 0;
                let rows = [
                    (N::ImportAdd, c.add),
                    (N::ImportUpdate, c.update),
                    (N::ImportCopy, c.copy),
                    (N::ImportSame, c.same),
                    (N::ImportKeep, c.keep_local),
                    (N::ImportRepeat, c.repeat),
                ];
                view! {
                    <div class="import-preview" role="region" aria-labelledby="import-preview-title">
                        <h3 id="import-preview-title">{move || t(lang.get(), Key::Notes(N::ImportFrom))}" "<code>{p.file_name.clone()}</code></h3>
                        {p.other_dataset.then(|| view! { <p>{move || t(lang.get(), Key::Notes(N::ImportOtherDataset))}</p> })}
                        <ul>
                            {rows.into_iter().filter(|(_, n)| *n > 0).map(|(k, n)| view! {
                                <li data-change=format!("{k:?}")>{n}" "{move || t(lang.get(), Key::Notes(k))}</li>
                            }).collect_view()}
                        </ul>
                        {nothing.then(|| view! { <p>{move || t(lang.get(), Key::Notes(N::ImportNothing))}</p> })}
                        <button class="small import-apply" disabled=nothing on:click=apply>{move || t(lang.get(), Key::Notes(N::ImportApply))}</button>
                        " "
                        <button class="small" on:click=move |_| pending.set(None)>{move || t(lang.get(), Key::Notes(N::Cancel))}</button>
                    </div>
                }
            })}
            {move || outcome.get().map(|o| match o {
                Outcome::Imported(n) => view! {
                    <p class="import-done" role="status">{move || t(lang.get(), Key::Notes(N::ImportDone))}" "{n}</p>
                }.into_any(),
                Outcome::Rejected(name, why) => {
                    // The reader's sentence follows the language; the technical detail is the
                    // error's own (English) text, for a bug report.
                    let detail = why.as_ref().map(ToString::to_string).unwrap_or_default();
                    let sentence = move || match &why {
                        Some(e) => crate::i18n::languages::words(lang.get()).notes_file(e),
                        None => t(lang.get(), Key::Notes(N::FileUnreadable)).to_string(),
                    };
                    view! {
                        <div class="problems" role="alert">
                            <p><strong>{move || t(lang.get(), Key::Notes(N::NotImported))}" "<code>{name.clone()}</code></strong></p>
                            <p class="why">{sentence}</p>
                            {(!detail.is_empty()).then(|| view! {
                                <details class="technical">
                                    <summary>{move || t(lang.get(), Key::Notes(N::TechnicalDetail))}</summary>
                                    <p class="detail" lang="en">{detail}</p>
                                </details>
                            })}
                        </div>
                    }.into_any()
                }
                Outcome::ExportFailed(why) => view! {
                    <p class="problems" role="alert">
                        {move || t(lang.get(), Key::Export(E::Failed))}" "<span class="detail" lang="en">"("{why}")"</span>
                    </p>
                }.into_any(),
            })}
        </section>
    }
}
