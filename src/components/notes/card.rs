//! One note: what it is pinned to (a link there), its text, its times, and Edit and Delete; or,
//! while it is being edited, the editor.

use leptos::prelude::*;

use super::label::{can_open, open, target_label};
use super::text::NoteText;
use crate::i18n::notes::N;
use crate::i18n::{t, Key};
use crate::model::notes::MAX_TIME_MS;
use crate::model::Lang;
use crate::state::notes::NotesStore;
use crate::state::AppState;

/// `ms` as a local date and time in the reader's language, and as ISO 8601 for `datetime`.
/// A time no `Date` can hold is shown as its number: `toISOString` would throw on it, and a
/// throw here would take the whole notes panel down (notes are checked on the way in, so
/// this is the second line of defence).
fn when(ms: u64, lang: Lang) -> (String, String) {
    if ms > MAX_TIME_MS {
        return (ms.to_string(), String::new());
    }
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let locale = lang.locale();
    let shown = d
        .to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default();
    (shown, d.to_iso_string().as_string().unwrap_or_default())
}

/// A note in a list, read from the store by id (so it follows edits made elsewhere, and its
/// editor is not rebuilt on every keystroke). `show_target`: whether to say what it is pinned
/// to (not needed under the item itself).
#[component]
pub fn NoteCard(id: String, #[prop(optional)] show_target: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let store = expect_context::<NotesStore>();
    let lang = state.lang;
    let id = StoredValue::new(id);
    let note = Memo::new(move |_| store.get(&id.get_value()));
    let editing = Memo::new(move |_| {
        store
            .editing
            .with(|e| e.as_deref() == Some(id.get_value().as_str()))
    });
    let target = move || note.with(|n| n.as_ref().map(|n| n.target.clone()));
    let label = move || {
        let target = target()?;
        Some(state.data.with(|d| target_label(d, lang.get(), &target)))
    };
    let openable = move || target().is_some_and(|tg| state.data.with(|d| can_open(d, &tg)));
    let go = move |_| {
        if let Some(tg) = target() {
            open(&state, &tg);
        }
    };
    view! {
        <li class="note" data-note=id.get_value()>
            {show_target.then(|| view! {
                <p class="note-target">
                    {move || if openable() {
                        view! { <button class="link" on:click=go>{label}</button> }.into_any()
                    } else {
                        view! { <span>{label}</span> }.into_any()
                    }}
                </p>
            })}
            {move || if editing.get() {
                let initial = note.with_untracked(|n| n.as_ref().map(|n| n.text.clone()).unwrap_or_default());
                view! { <NoteEditor id=id.get_value() initial=initial/> }.into_any()
            } else {
                view! {
                    {move || note.with(|n| n.as_ref().map(|n| view! { <NoteText text=n.text.clone()/> }))}
                    <p class="note-meta">
                        {move || note.with(|n| n.as_ref().map(|n| {
                            let (created, updated) = (n.created, n.updated);
                            let (c, c_iso) = when(created, lang.get());
                            let (u, u_iso) = when(updated, lang.get());
                            view! {
                                {t(lang.get(), Key::Notes(N::Created))}" "<time datetime=c_iso>{c}</time>
                                {(updated != created).then(|| view! {
                                    " · "{t(lang.get(), Key::Notes(N::Updated))}" "<time datetime=u_iso>{u}</time>
                                })}
                            }
                        }))}
                    </p>
                    <p class="note-actions">
                        <button class="small note-edit" on:click=move |_| store.editing.set(Some(id.get_value()))>
                            {move || t(lang.get(), Key::Notes(N::Edit))}
                        </button>
                        <button class="small danger note-delete" on:click=move |_| store.delete(&id.get_value())>
                            {move || t(lang.get(), Key::Notes(N::Delete))}
                        </button>
                    </p>
                }.into_any()
            }}
        </li>
    }
}

/// The editor of note `id`: saved as the reader types; "Done" (or Escape) closes it.
#[component]
pub fn NoteEditor(id: String, initial: String) -> impl IntoView {
    let store = expect_context::<NotesStore>();
    let lang = expect_context::<AppState>().lang;
    let id = StoredValue::new(id);
    let area = NodeRef::<leptos::html::Textarea>::new();
    let hint_id = format!("hint-{}", id.get_value());
    // Focus the editor when it opens.
    Effect::new(move |_| {
        if let Some(el) = area.get() {
            let _ = el.focus();
        }
    });
    view! {
        <div class="note-editor">
            <label class="visually-hidden" for=format!("editor-{}", id.get_value())>
                {move || t(lang.get(), Key::Notes(N::EditorLabel))}
            </label>
            <textarea
                node_ref=area
                id=format!("editor-{}", id.get_value())
                rows="5"
                aria-describedby=hint_id.clone()
                prop:value=initial
                on:input=move |ev| store.edit(&id.get_value(), event_target_value(&ev))
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        ev.stop_propagation();
                        store.finish(&id.get_value());
                    }
                }
            ></textarea>
            <p class="hint" id=hint_id>{move || t(lang.get(), Key::Notes(N::EditorHint))}</p>
            <button class="small" on:click=move |_| store.finish(&id.get_value())>
                {move || t(lang.get(), Key::Notes(N::Done))}
            </button>
        </div>
    }
}
