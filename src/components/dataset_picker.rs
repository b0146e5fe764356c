//! Opening another dataset: a file picker and drag-and-drop anywhere on the page, the size limit
//! stated before anything is read, the problems of a rejected file listed in plain words, what
//! is on screen ("Showing: <title>"), and the way back to the bundled dataset.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;

use crate::components::problem_list::LoadProblems;
use crate::i18n::{t, Key};
use crate::model::{LoadError, MAX_DATASET_BYTES};
use crate::state::dataset::{DatasetStore, Notice, Origin};
use crate::state::AppState;

/// Reads `file` if it is within the limit and hands it to the store. Never panics.
fn open_file(store: DatasetStore, file: web_sys::File) {
    let name = file.name();
    let bytes = file.size() as u64;
    if bytes > MAX_DATASET_BYTES {
        store.reject(
            &name,
            LoadError::TooLarge {
                bytes,
                limit: MAX_DATASET_BYTES,
            },
        );
        return;
    }
    spawn_local(async move {
        match JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
            Some(text) => store.open(&name, &text),
            None => store.reject(
                &name,
                LoadError::Unreadable {
                    detail: "the browser did not give the file's text".into(),
                },
            ),
        }
    });
}

fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|f| f.get(0))
}

/// The dataset line of the footer: what is shown, open another, back to the bundled one.
#[component]
pub fn DatasetPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let store = expect_context::<DatasetStore>();
    let lang = state.lang;
    let input = NodeRef::<leptos::html::Input>::new();
    let dragging = RwSignal::new(false);

    // Drag-and-drop anywhere on the page.
    let _ = window_event_listener(leptos::ev::dragover, move |ev| {
        ev.prevent_default();
        dragging.set(true);
    });
    let _ = window_event_listener(leptos::ev::dragleave, move |ev| {
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let _ = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = first_file(ev.data_transfer().and_then(|d| d.files())) {
            open_file(store, file);
        }
    });

    let on_change = move |_| {
        let Some(el) = input.get() else { return };
        if let Some(file) = first_file(el.files()) {
            open_file(store, file);
        }
        // Choosing the same file again must fire `change` again.
        el.set_value("");
    };
    let title = move || state.data.with(|d| d.data.title.get(lang.get()).to_string());
    let limit_mb = MAX_DATASET_BYTES / (1024 * 1024);

    view! {
        <section class="dataset" aria-labelledby="dataset-showing">
            <p id="dataset-showing">
                <strong>{move || t(lang.get(), Key::Showing)}": "</strong>
                <span class="dataset-title">{title}</span>
                {move || match store.origin.get() {
                    Origin::Bundled => view! { <span class="dataset-origin">" ("{move || t(lang.get(), Key::BundledDataset)}")"</span> }.into_any(),
                    Origin::Opened(name) => view! {
                        <span class="dataset-origin">" ("{move || t(lang.get(), Key::FromFile)}" "<code>{name.clone()}</code>")"</span>
                        <button class="link reset-dataset" on:click=move |_| store.reset()>
                            {move || t(lang.get(), Key::BackToBundled)}
                        </button>
                    }.into_any(),
                }}
            </p>
            <p class="dataset-open">
                <label class="button-like">
                    {move || t(lang.get(), Key::OpenDataset)}
                    <input node_ref=input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_change/>
                </label>
                " "
                <span class="hint">{move || format!("{} {limit_mb} MB.", t(lang.get(), Key::OpenDatasetHint))}</span>
            </p>
            {move || store.rejected.get().map(|r| {
                view! {
                    <div class="problems" role="alert">
                        <h2>{move || t(lang.get(), Key::NotOpened)}" "<code>{r.file_name.clone()}</code></h2>
                        <p>{move || t(lang.get(), Key::KeptCurrent)}</p>
                        <LoadProblems error=r.error.clone() file_name=r.file_name.clone() lang=lang/>
                        <button class="close" on:click=move |_| store.rejected.set(None)>{move || t(lang.get(), Key::Dismiss)}</button>
                    </div>
                }
            })}
            {move || store.notice.get().map(|n| {
                let (heading, lines) = match n {
                    Notice::NotRemembered(e) => (Key::NotRemembered, view! { <ul><li>{e.to_string()}</li></ul> }.into_any()),
                    Notice::StoredUnreadable(e) => (
                        Key::StoredUnreadable,
                        view! { <LoadProblems error=e file_name=String::new() lang=lang/> }.into_any(),
                    ),
                };
                view! {
                    <div class="notice" role="status">
                        <p><strong>{move || t(lang.get(), heading)}</strong></p>
                        {lines}
                    </div>
                }
            })}
            <div class="drop-overlay" class:visible=move || dragging.get() aria-hidden="true">
                <p>{move || t(lang.get(), Key::DropHere)}</p>
            </div>
        </section>
    }
}
