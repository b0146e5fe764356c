//! The notes panel: every note with search and tags, a new note, and moving notes in and out
//! (`transfer`). Opened from the header; Escape or "Close" shuts it and gives focus back.

use leptos::prelude::*;

use super::card::NoteCard;
use super::label::target_label;
use super::transfer::Transfer;
use crate::i18n::notes::N;
use crate::i18n::{t, Key};
use crate::model::notes::{tag_counts, Target};
use crate::state::notes::NotesStore;
use crate::state::AppState;

/// How many note cards the panel draws at first, and adds with each "Show more".
const PAGE: usize = 50;

/// The header button that opens and closes the panel, with the number of notes.
#[component]
pub fn NotesToggle() -> impl IntoView {
    let store = expect_context::<NotesStore>();
    let lang = expect_context::<AppState>().lang;
    view! {
        <button class="notes-toggle" aria-controls="notes-panel"
            aria-expanded=move || store.panel_open.get().to_string()
            on:click=move |_| store.panel_open.update(|o| *o = !*o)>
            {move || t(lang.get(), Key::Notes(N::Notes))}
            " "<span class="count">{move || store.len()}</span>
        </button>
    }
}

fn focus_toggle() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".notes-toggle").ok().flatten())
    {
        use wasm_bindgen::JsCast;
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The panel itself, shown while `panel_open`.
#[component]
pub fn NotesPanel() -> impl IntoView {
    let store = expect_context::<NotesStore>();
    move || store.panel_open.get().then(|| view! { <PanelBody/> })
}

#[component]
fn PanelBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    let store = expect_context::<NotesStore>();
    let lang = state.lang;
    let query = RwSignal::new(String::new());
    // Cards are drawn a page at a time: thousands of notes must not make the panel slow to open.
    let limit = RwSignal::new(PAGE);
    let tag = RwSignal::new(None::<String>);
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let close = move || {
        store.panel_open.set(false);
        focus_toggle();
    };
    let tags = Memo::new(move |_| tag_counts(&store.all()));
    let shown = Memo::new(move |_| {
        let q = query.get();
        let tag = tag.get();
        let lang = lang.get();
        let editing = store.editing.get();
        state.data.with(|d| {
            store
                .all()
                .into_iter()
                // The note being typed in stays on screen even when it stops matching.
                .filter(|n| {
                    editing.as_deref() == Some(n.id.as_str())
                        || (tag.as_ref().is_none_or(|t| n.tags().contains(t))
                            && (q.trim().is_empty() || n.matches(&q, &target_label(d, lang, &n.target))))
                })
                .map(|n| n.id)
                .collect::<Vec<_>>()
        })
    });
    let new_note = move |_| {
        store.create(Target::Free);
    };
    let view_note = move |_| {
        store.create(Target::View {
            query: state.view_query(),
        });
    };
    view! {
        <aside id="notes-panel" class="notes-panel" aria-labelledby="notes-title"
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { close(); }>
            <header class="notes-head">
                <h2 id="notes-title" tabindex="-1" node_ref=heading>{move || t(lang.get(), Key::Notes(N::PanelLabel))}</h2>
                <button class="close" on:click=move |_| close()>{move || t(lang.get(), Key::Close)}</button>
            </header>
            <p class="hint">{move || t(lang.get(), Key::Notes(N::Where))}</p>
            <p class="notes-new">
                <button class="small new-note" on:click=new_note>{move || t(lang.get(), Key::Notes(N::NewFreeNote))}</button>
                " "
                <button class="small view-note" on:click=view_note>{move || t(lang.get(), Key::Notes(N::NoteOnView))}</button>
            </p>
            <div class="notes-find" role="search">
                <label for="notes-search">{move || t(lang.get(), Key::Notes(N::SearchNotes))}</label>
                <input id="notes-search" type="search" prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))/>
                {move || (!tags.with(Vec::is_empty)).then(|| view! {
                    <div class="note-tags" role="group" aria-label=move || t(lang.get(), Key::Notes(N::Tags))>
                        <button class="chip" aria-pressed=move || tag.with(Option::is_none).to_string()
                            on:click=move |_| tag.set(None)>{move || t(lang.get(), Key::Notes(N::AllTags))}</button>
                        {move || tags.get().into_iter().map(|(name, count)| {
                            let pressed_name = name.clone();
                            let chosen = name.clone();
                            view! {
                                <button class="chip" aria-pressed=move || tag.with(|t| t.as_deref() == Some(pressed_name.as_str())).to_string()
                                    on:click=move |_| tag.set(Some(chosen.clone()))>
                                    "#"{name}" ("{count}")"
                                </button>
                            }
                        }).collect_view()}
                    </div>
                })}
            </div>
            {move || {
                if store.is_empty() {
                    view! { <p class="notes-empty">{move || t(lang.get(), Key::Notes(N::NoNotes))}</p> }.into_any()
                } else if shown.with(Vec::is_empty) {
                    view! { <p class="notes-empty">{move || t(lang.get(), Key::Notes(N::NoMatch))}</p> }.into_any()
                } else {
                    ().into_any()
                }
            }}
            <ul class="note-list">
                <For each=move || shown.with(|ids| ids.iter().take(limit.get()).cloned().collect::<Vec<_>>()) key=|id| id.clone() let:id>
                    <NoteCard id=id show_target=true/>
                </For>
            </ul>
            {move || {
                let left = shown.with(Vec::len).saturating_sub(limit.get());
                (left > 0).then(|| view! {
                    <p class="notes-more">
                        <button class="small show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                            {move || t(lang.get(), Key::Notes(N::ShowMore))}" ("{left}")"
                        </button>
                    </p>
                })
            }}
            <Transfer/>
        </aside>
    }
}
