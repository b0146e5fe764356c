//! Keeping storage in step with the notes in memory: loading (with the migration from the
//! one-key layout and the backing up of unreadable values), saving what changed, keeping what
//! storage refused in the tab's session (and asking before the page is left while anything is
//! unsaved), and following the other tabs of the same browser through the `storage` event.

use leptos::prelude::*;

use super::{NotesStore, SaveStatus, StoredProblem};
use crate::model::notes::merge::incoming_wins;
use crate::model::notes::stored::{read_legacy, read_record, record_json, ReadRecord};
use crate::model::notes::unsaved::Unsaved;
use crate::model::notes::Note;
use crate::storage::{self, StorageError};

/// Where each note is stored: `note/<id>`.
const NOTE_PREFIX: &str = "note/";
/// Where the one-key layout (schema 1) kept every note.
const LEGACY: &str = "notes";
/// Where unreadable values are copied before they are removed.
const CORRUPT_PREFIX: &str = "corrupt/";
/// Where, in the tab's session, the notes storage refused are kept (see [`Unsaved`]).
const UNSAVED: &str = "unsaved";

fn note_name(id: &str) -> String {
    format!("{NOTE_PREFIX}{id}")
}

/// Every stored note record: its storage name, raw value, and what it holds.
fn stored_records() -> Vec<(String, String, ReadRecord)> {
    storage::names(NOTE_PREFIX)
        .into_iter()
        .filter_map(|name| {
            let raw = storage::read_raw(&name)?;
            let record = read_record(&raw, &name[NOTE_PREFIX.len()..]);
            Some((name, raw, record))
        })
        .collect()
}

/// Reads every stored note into the store, then what this tab's session kept unsaved.
pub(super) fn load(store: NotesStore) {
    load_stored(store);
    restore_unsaved(store);
}

fn load_stored(store: NotesStore) {
    if !storage::available() {
        store.status.set(SaveStatus::NoStorage);
        return;
    }
    let mut problems = Vec::new();
    migrate_legacy(&mut problems);
    let mut notes = Vec::new();
    for (name, raw, record) in stored_records() {
        match record {
            ReadRecord::Note(n) => notes.push(n),
            ReadRecord::Newer(schema) => problems.push(StoredProblem::Newer { name, schema }),
            ReadRecord::Corrupt(reason) => problems.push(set_aside(&name, &raw, reason)),
        }
    }
    store.notes.set(notes);
    store.problems.set(problems);
}

/// Takes back the notes this tab could not store before it was reloaded: each one newer than
/// the stored copy goes back in memory, marked unsaved, and a save is tried at once.
fn restore_unsaved(store: NotesStore) {
    let Some(unsaved) = storage::session_read(UNSAVED).and_then(|raw| Unsaved::read(&raw)) else {
        return;
    };
    // Deletes first: `put_all` then stores the notes and removes the deleted ones in one save.
    for id in &unsaved.removed {
        store.remove_now(id);
    }
    let newer: Vec<Note> = unsaved
        .notes
        .into_iter()
        .filter(|n| incoming_wins(store.get(&n.id).as_ref(), n))
        .collect();
    store.restored.set(newer.len() + unsaved.removed.len());
    if newer.is_empty() {
        flush(store);
    } else {
        store.put_all(newer);
    }
}

/// Keeps what storage does not hold yet in the tab's session, or clears the session's copy
/// once everything is stored. The session has its own quota; where it too refuses, the
/// warning on leaving the page is what is left (see [`listen`]).
fn keep_in_session(store: NotesStore) {
    let (notes, removed) = store.pending();
    if notes.is_empty() && removed.is_empty() {
        storage::session_remove(UNSAVED);
    } else {
        let _ = storage::session_write(UNSAVED, &Unsaved::new(notes, removed).to_json());
    }
}

/// Copies an unreadable value to `corrupt/…`, checks the copy, and only then removes the
/// original, so that it neither blocks its key nor is lost.
fn set_aside(name: &str, raw: &str, reason: String) -> StoredProblem {
    let base = format!("{CORRUPT_PREFIX}{name}");
    let mut backup = base.clone();
    let mut n = 1;
    while storage::read_raw(&backup).is_some_and(|held| held != raw) {
        n += 1;
        backup = format!("{base}~{n}");
    }
    match storage::write_raw(&backup, raw).and_then(|()| storage::remove_checked(name)) {
        Ok(()) => StoredProblem::Corrupt {
            name: name.to_string(),
            backup,
            reason,
        },
        Err(_) => StoredProblem::CorruptKept {
            name: name.to_string(),
            reason,
        },
    }
}

/// Moves the notes of the one-key layout to one key each. The old key is removed only after
/// every note was written and read back; a note already stored and newer is left as it is.
fn migrate_legacy(problems: &mut Vec<StoredProblem>) {
    let Some(raw) = storage::read_raw(LEGACY) else {
        return;
    };
    let notes = match read_legacy(&raw) {
        Ok(notes) => notes,
        Err(reason) => {
            problems.push(set_aside(LEGACY, &raw, reason));
            return;
        }
    };
    let mut result = Ok(());
    for note in &notes {
        let name = note_name(&note.id);
        let current = storage::read_raw(&name).and_then(|r| match read_record(&r, &note.id) {
            ReadRecord::Note(n) => Some(n),
            _ => None,
        });
        if incoming_wins(current.as_ref(), note) {
            result = result.and_then(|()| storage::write_raw(&name, &record_json(note)));
        }
    }
    match result.and_then(|()| storage::remove_checked(LEGACY)) {
        Ok(()) => {}
        Err(e) => problems.push(StoredProblem::MigrationIncomplete(e)),
    }
}

/// Writes the notes changed in memory and removes the deleted ones; what fails stays pending.
pub(super) fn flush(store: NotesStore) {
    if !storage::available() {
        store.status.set(SaveStatus::NoStorage);
        keep_in_session(store);
        return;
    }
    let dirty: Vec<String> = store.dirty.with_value(|d| d.iter().cloned().collect());
    let removed: Vec<String> = store.removed.with_value(|r| r.iter().cloned().collect());
    let mut failure: Option<StorageError> = None;
    for id in dirty {
        let note = store.get(&id);
        let result = match &note {
            // An empty note is not worth storing until it holds something.
            Some(n) if n.text.trim().is_empty() => Ok(()),
            Some(n) => storage::write_raw(&note_name(&id), &record_json(n)),
            None => Ok(()),
        };
        match result {
            Ok(()) if note.as_ref().is_none_or(|n| !n.text.trim().is_empty()) => {
                store.dirty.update_value(|d| {
                    d.remove(&id);
                });
            }
            Ok(()) => {}
            Err(e) => failure = Some(e),
        }
    }
    for id in removed {
        match storage::remove_checked(&note_name(&id)) {
            Ok(()) => store.removed.update_value(|r| {
                r.remove(&id);
            }),
            Err(e) => failure = Some(e),
        }
    }
    store.status.set(match failure {
        None => SaveStatus::Saved,
        Some(StorageError::Unavailable) => SaveStatus::NoStorage,
        Some(e) => SaveStatus::Failed(e),
    });
    keep_in_session(store);
}

/// Follows other tabs (the `storage` event) and saves when the page is hidden or unloaded
/// (`pagehide` fires on reload and close). While a save has failed or storage is missing, a
/// `beforeunload` listener asks before the page is left with notes unsaved; it is added only
/// then, as any `beforeunload` listener can keep a page out of the back-forward cache.
pub(super) fn listen(store: NotesStore) {
    let guard = StoredValue::new(None::<WindowListenerHandle>);
    Effect::new(move |_| {
        let at_risk = store.status.get() != SaveStatus::Saved;
        let installed = guard.with_value(Option::is_some);
        if at_risk && !installed {
            let handle =
                window_event_listener(leptos::ev::beforeunload, move |ev: web_sys::BeforeUnloadEvent| {
                    store.flush();
                    if store.has_unsaved() {
                        ev.prevent_default();
                        // Older browsers ask only when a return value is set; the text is not shown.
                        ev.set_return_value("unsaved");
                    }
                });
            guard.set_value(Some(handle));
        } else if !at_risk && installed {
            if let Some(handle) = guard.try_update_value(Option::take).flatten() {
                handle.remove();
            }
        }
    });
    let _ = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        match ev.key() {
            // `localStorage.clear()` in another tab: read everything again.
            None => reload_all(store),
            Some(key) => {
                let Some(id) = storage::name_of(&key).and_then(|n| n.strip_prefix(NOTE_PREFIX)) else {
                    return;
                };
                apply_remote(store, id, ev.new_value());
            }
        }
    });
    let _ = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            store.flush();
        }
    });
}

/// Another tab stored or removed note `id`: take its copy unless ours is newer or unsaved.
fn apply_remote(store: NotesStore, id: &str, new_value: Option<String>) {
    if store.is_unsaved(id) {
        // Ours is being typed; it is saved shortly and then wins by its update time.
        return;
    }
    match new_value {
        None => {
            store.notes.update(|ns| ns.retain(|n| n.id != id));
            if store.editing.get_untracked().as_deref() == Some(id) {
                store.editing.set(None);
            }
        }
        Some(raw) => {
            if let ReadRecord::Note(incoming) = read_record(&raw, id) {
                let local = store.get(id);
                if incoming_wins(local.as_ref(), &incoming) {
                    store.notes.update(|ns| {
                        ns.retain(|n| n.id != id);
                        ns.push(incoming);
                    });
                }
            }
        }
    }
}

/// Storage was cleared or replaced wholesale elsewhere: keep our unsaved notes, take the rest
/// from storage.
fn reload_all(store: NotesStore) {
    let stored: Vec<Note> = stored_records()
        .into_iter()
        .filter_map(|(_, _, record)| match record {
            ReadRecord::Note(n) => Some(n),
            _ => None,
        })
        .collect();
    store.notes.update(|ns| {
        ns.retain(|n| store.is_unsaved(&n.id));
        for n in stored {
            if !ns.iter().any(|x| x.id == n.id) {
                ns.push(n);
            }
        }
    });
}

/// The raw text of every value set aside as unreadable, for the reader to download.
pub fn set_aside_values() -> Vec<(String, String)> {
    storage::names(CORRUPT_PREFIX)
        .into_iter()
        .filter_map(|name| storage::read_raw(&name).map(|raw| (name, raw)))
        .collect()
}
