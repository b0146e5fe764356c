//! The notes of one item, in its detail panel, and the badge that marks items with notes.

use leptos::prelude::*;

use super::card::NoteCard;
use crate::i18n::notes::N;
use crate::i18n::{t, Key};
use crate::model::notes::Target;
use crate::state::notes::NotesStore;
use crate::state::AppState;

/// "Your notes on this": the item's notes, newest first, and "Add a note".
#[component]
pub fn ItemNotes(id: String) -> impl IntoView {
    let store = expect_context::<NotesStore>();
    let lang = expect_context::<AppState>().lang;
    let target = StoredValue::new(Target::Item { id });
    let ids = Memo::new(move |_| {
        store
            .on(&target.get_value())
            .into_iter()
            .map(|n| n.id)
            .collect::<Vec<_>>()
    });
    view! {
        <section class="item-notes" aria-labelledby="item-notes-title">
            <h3 id="item-notes-title">{move || t(lang.get(), Key::Notes(N::YourNotes))}</h3>
            <ul class="note-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <NoteCard id=id/>
                </For>
            </ul>
            <button class="small add-note" on:click=move |_| { store.create(target.get_value()); }>
                {move || t(lang.get(), Key::Notes(N::AddNote))}
            </button>
        </section>
    }
}

/// A small mark after an item's name when the reader has notes on it. One per row of every
/// table, so it is kept light: a single reactive closure, no memo of its own.
#[component]
pub fn NoteBadge(id: String) -> impl IntoView {
    let store = expect_context::<NotesStore>();
    let lang = expect_context::<AppState>().lang;
    move || {
        let n = store.count_on_item(&id);
        (n > 0).then(|| {
            view! {
                <span class="note-badge" title=move || format!("{n} {}", t(lang.get(), Key::Notes(N::NotesOnItem)))>
                    <span aria-hidden="true">"✎"</span>{n}
                    <span class="visually-hidden">" "{move || t(lang.get(), Key::Notes(N::NotesOnItem))}</span>
                </span>
            }
        })
    }
}
