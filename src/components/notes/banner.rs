//! What the reader must know about their notes, above every view: notes not being saved in
//! this browser (with export at hand), a save that failed, notes taken back from the tab's
//! session after a reload, stored values set aside as unreadable, and "Note deleted. Undo".

use leptos::prelude::*;

use super::transfer::export_all_json;
use crate::files::save_text;
use crate::i18n::notes::N;
use crate::i18n::{t, Key};
use crate::state::notes::{set_aside_values, NotesStore, SaveStatus, StoredProblem};
use crate::state::AppState;
use crate::storage::{key, StorageError};

/// The storage banner and the problems found in storage.
#[component]
pub fn NotesBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let store = expect_context::<NotesStore>();
    let lang = state.lang;
    let tr = move |k: N| t(lang.get(), Key::Notes(k));
    let export = move |_| {
        let _ = export_all_json(&state, &store);
    };
    let download_set_aside = move |_| {
        let values = set_aside_values();
        let text = values
            .into_iter()
            .map(|(name, raw)| format!("== {} ==\n{raw}\n", key(&name)))
            .collect::<String>();
        let _ = save_text("notes-set-aside.txt", "text/plain", &text);
    };
    view! {
        {move || match store.status.get() {
            SaveStatus::Saved => None,
            SaveStatus::NoStorage => Some(view! {
                <div class="notes-banner warn" role="status" data-status="no-storage">
                    <p><strong>{move || tr(N::NoStorage)}</strong>" "{move || tr(N::NoStorageHelp)}</p>
                    <button class="small" on:click=export>{move || tr(N::ExportJson)}</button>
                </div>
            }.into_any()),
            SaveStatus::Failed(e) => {
                let full = matches!(e, StorageError::Full(_));
                let detail = e.to_string();
                Some(view! {
                    <div class="notes-banner warn" role="alert" data-status=if full { "full" } else { "failed" }>
                        <p>
                            <strong>{move || tr(N::SaveFailed)}</strong>" "
                            {move || crate::i18n::languages::words(lang.get()).storage(&e)}" "
                            {move || tr(N::SaveFailedHelp)}
                        </p>
                        <p class="detail" lang="en">{detail}</p>
                        <button class="small" on:click=move |_| store.flush()>{move || tr(N::TryAgain)}</button>
                        " "
                        <button class="small" on:click=export>{move || tr(N::ExportJson)}</button>
                    </div>
                }.into_any())
            }
        }}
        {move || {
            let n = store.restored.get();
            (n > 0).then(|| view! {
                <div class="notes-banner" role="status" data-status="restored">
                    <p>{move || tr(N::Restored)}" "<strong>{n}</strong></p>
                    <button class="small" on:click=move |_| store.restored.set(0)>{move || t(lang.get(), Key::Dismiss)}</button>
                </div>
            })
        }}
        {move || (!store.problems.with(Vec::is_empty)).then(|| view! {
            <div class="notes-banner problems" role="alert" data-status="stored-problems">
                <ul>
                    {store.problems.get().into_iter().map(|p| match p {
                        StoredProblem::Corrupt { name, backup, reason } => view! {
                            <li>{move || tr(N::Corrupt)}" "<code>{key(&backup)}</code>" ("<code>{key(&name)}</code>": "<span class="detail" lang="en">{reason}</span>")"</li>
                        }.into_any(),
                        StoredProblem::CorruptKept { name, reason } => view! {
                            <li>{move || tr(N::CorruptKept)}" "<code>{key(&name)}</code>" ("<span class="detail" lang="en">{reason}</span>")"</li>
                        }.into_any(),
                        StoredProblem::Newer { name, schema } => view! {
                            <li>{move || tr(N::Newer)}" "<code>{key(&name)}</code>" ("{move || tr(N::SchemaVersion)}" "{schema}")"</li>
                        }.into_any(),
                        StoredProblem::MigrationIncomplete(e) => view! {
                            <li>{move || tr(N::MigrationIncomplete)}" "{move || crate::i18n::languages::words(lang.get()).storage(&e)}</li>
                        }.into_any(),
                    }).collect_view()}
                </ul>
                <button class="small" on:click=download_set_aside>{move || tr(N::DownloadSetAside)}</button>
                " "
                <button class="small" on:click=move |_| store.problems.set(Vec::new())>{move || t(lang.get(), Key::Dismiss)}</button>
            </div>
        })}
        {move || store.undo.get().map(|_| view! {
            <div class="toast" role="status">
                {move || tr(N::Deleted)}" "
                <button class="small undo" on:click=move |_| store.undo_delete()>{move || tr(N::Undo)}</button>
                " "
                <button class="small" on:click=move |_| store.undo.set(None)>{move || t(lang.get(), Key::Dismiss)}</button>
            </div>
        })}
    }
}
