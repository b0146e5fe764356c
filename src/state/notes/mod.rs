//! The reader's notes while the app runs: [`NotesStore`] (context) holds every note in memory,
//! the one copy the interface reads, and keeps storage in step with it (`persist`).
//!
//! Edits are saved after a short pause, and at once when the page is hidden or unloaded (a
//! reload in the middle of typing loses nothing). A note that could not be saved stays in
//! memory, marked unsaved, and is tried again with the next save; the status says why.

mod persist;

pub use persist::set_aside_values;

use std::collections::{BTreeSet, HashMap};

use leptos::prelude::*;

use crate::model::notes::{self, Note, Target};
use crate::storage::StorageError;

/// How long after the last keystroke a note is saved.
const SAVE_DELAY_MS: u64 = 400;

/// Whether the notes in memory are in this browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is stored (or a save is due within the delay).
    Saved,
    /// This browser gives the page no storage (a sandboxed or cross-site frame, storage off):
    /// notes live in this tab only.
    NoStorage,
    /// The last save failed; the notes not stored are kept in memory and tried again.
    Failed(StorageError),
}

/// Something found in storage that the reader must know about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredProblem {
    /// A stored value that is not a readable note: copied to `backup` (a storage name), then removed.
    Corrupt {
        name: String,
        backup: String,
        reason: String,
    },
    /// Like `Corrupt`, but the copy could not be made, so the value was left where it is.
    CorruptKept { name: String, reason: String },
    /// A note written by a newer version of the dashboard: left untouched.
    Newer { name: String, schema: u32 },
    /// The one-key notes of an older version could not all be moved; the old key is kept.
    MigrationIncomplete(StorageError),
}

/// A note deleted a moment ago, kept for "Undo".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deleted(pub Note);

/// The notes context. Copy it freely; get it with `expect_context::<NotesStore>()`.
#[derive(Clone, Copy)]
pub struct NotesStore {
    notes: RwSignal<Vec<Note>>,
    /// Item id → how many notes are pinned to it, for badges.
    counts: Memo<HashMap<String, usize>>,
    pub status: RwSignal<SaveStatus>,
    pub problems: RwSignal<Vec<StoredProblem>>,
    /// The last deleted note, until it is undone or another note is deleted.
    pub undo: RwSignal<Option<Deleted>>,
    /// The note whose editor is open, if any.
    pub editing: RwSignal<Option<String>>,
    /// Whether the notes panel is open.
    pub panel_open: RwSignal<bool>,
    /// How many unsaved changes were taken back from the tab's session at load (0: none).
    pub restored: RwSignal<usize>,
    /// Notes changed in memory and not yet stored.
    dirty: StoredValue<BTreeSet<String>>,
    /// Notes deleted in memory and not yet removed from storage.
    removed: StoredValue<BTreeSet<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

impl NotesStore {
    /// Loads the stored notes (migrating and backing up as needed), starts listening to other
    /// tabs and to the page being hidden, and provides the store as context.
    pub fn provide() -> Self {
        let notes = RwSignal::new(Vec::new());
        let counts = Memo::new(move |_| {
            notes.with(|ns: &Vec<Note>| {
                let mut m: HashMap<String, usize> = HashMap::new();
                for n in ns {
                    if let Target::Item { id } = &n.target {
                        *m.entry(id.clone()).or_default() += 1;
                    }
                }
                m
            })
        });
        let store = Self {
            notes,
            counts,
            status: RwSignal::new(SaveStatus::Saved),
            problems: RwSignal::new(Vec::new()),
            undo: RwSignal::new(None),
            editing: RwSignal::new(None),
            panel_open: RwSignal::new(false),
            restored: RwSignal::new(0),
            dirty: StoredValue::new(BTreeSet::new()),
            removed: StoredValue::new(BTreeSet::new()),
            timer: StoredValue::new(None),
        };
        persist::load(store);
        persist::listen(store);
        provide_context(store);
        store
    }

    /// Every note, newest first.
    pub fn all(&self) -> Vec<Note> {
        let mut v = self.notes.get();
        notes::sort_newest_first(&mut v);
        v
    }

    /// How many notes there are.
    pub fn len(&self) -> usize {
        self.notes.with(Vec::len)
    }

    /// Whether there are no notes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The note `id`, if it exists.
    pub fn get(&self, id: &str) -> Option<Note> {
        self.notes.with(|ns| ns.iter().find(|n| n.id == id).cloned())
    }

    /// The notes pinned to `target`, newest first.
    pub fn on(&self, target: &Target) -> Vec<Note> {
        let mut v: Vec<Note> = self
            .notes
            .with(|ns| ns.iter().filter(|n| &n.target == target).cloned().collect());
        notes::sort_newest_first(&mut v);
        v
    }

    /// How many notes are pinned to the item `id` (reactive, cheap: for badges).
    pub fn count_on_item(&self, id: &str) -> usize {
        self.counts.with(|m| m.get(id).copied().unwrap_or(0))
    }

    /// Starts a new note on `target` and opens its editor. Returns its id.
    pub fn create(&self, target: Target) -> String {
        let now = now_ms();
        let id = notes::new_id(now, js_sys::Math::random());
        let note = Note {
            id: id.clone(),
            target,
            text: String::new(),
            created: now,
            updated: now,
        };
        self.notes.update(|ns| ns.push(note));
        self.editing.set(Some(id.clone()));
        id
    }

    /// Replaces the text of note `id`; saved after a short pause.
    pub fn edit(&self, id: &str, text: String) {
        let now = now_ms();
        let mut changed = false;
        self.notes.update(|ns| {
            if let Some(n) = ns.iter_mut().find(|n| n.id == id) {
                if n.text != text {
                    n.text = text;
                    // Never go back in time, even if the clock does: update times order merges.
                    // Never past the latest time a note may carry, or the edit would make it unreadable.
                    n.updated = now.max(n.updated + 1).min(notes::MAX_TIME_MS);
                    changed = true;
                }
            }
        });
        if changed {
            self.dirty.update_value(|d| {
                d.insert(id.to_string());
            });
            self.schedule_save();
        }
    }

    /// Closes the editor of note `id`; a note left empty is dropped (it never held anything).
    pub fn finish(&self, id: &str) {
        if self.editing.get_untracked().as_deref() == Some(id) {
            self.editing.set(None);
        }
        if self.get(id).is_some_and(|n| n.text.trim().is_empty()) {
            self.remove_now(id);
        }
        self.flush();
    }

    /// Deletes note `id`, keeping it for "Undo".
    pub fn delete(&self, id: &str) {
        if let Some(note) = self.remove_now(id) {
            self.undo.set(Some(Deleted(note)));
        }
        self.flush();
    }

    /// Puts back the note deleted last.
    pub fn undo_delete(&self) {
        let Some(Deleted(note)) = self.undo.get_untracked() else {
            return;
        };
        self.undo.set(None);
        let id = note.id.clone();
        self.removed.update_value(|r| {
            r.remove(&id);
        });
        self.notes.update(|ns| {
            ns.retain(|n| n.id != id);
            ns.push(note);
        });
        self.dirty.update_value(|d| {
            d.insert(id);
        });
        self.flush();
    }

    /// Adds or replaces `incoming` notes (an import already planned by `merge`), saved at once.
    pub fn put_all(&self, incoming: Vec<Note>) {
        if incoming.is_empty() {
            return;
        }
        self.notes.update(|ns| {
            for n in &incoming {
                ns.retain(|x| x.id != n.id);
            }
        });
        self.dirty
            .update_value(|d| d.extend(incoming.iter().map(|n| n.id.clone())));
        self.removed.update_value(|r| {
            for n in &incoming {
                r.remove(&n.id);
            }
        });
        self.notes.update(|ns| ns.extend(incoming));
        self.flush();
    }

    fn remove_now(&self, id: &str) -> Option<Note> {
        let mut taken = None;
        self.notes.update(|ns| {
            if let Some(i) = ns.iter().position(|n| n.id == id) {
                taken = Some(ns.remove(i));
            }
        });
        if self.editing.get_untracked().as_deref() == Some(id) {
            self.editing.set(None);
        }
        self.dirty.update_value(|d| {
            d.remove(id);
        });
        self.removed.update_value(|r| {
            r.insert(id.to_string());
        });
        taken
    }

    fn schedule_save(&self) {
        let store = *self;
        if let Some(old) = self.timer.try_update_value(Option::take).flatten() {
            old.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                store.timer.set_value(None);
                store.flush();
            },
            std::time::Duration::from_millis(SAVE_DELAY_MS),
        )
        .ok();
        self.timer.set_value(handle);
    }

    /// Writes every unsaved change now. Called after the save delay, when the page is hidden
    /// or unloaded, and after deletes and imports.
    pub fn flush(&self) {
        if let Some(old) = self.timer.try_update_value(Option::take).flatten() {
            old.clear();
        }
        persist::flush(*self);
    }

    /// Whether note `id` has changes not yet stored.
    pub fn is_unsaved(&self, id: &str) -> bool {
        self.dirty.with_value(|d| d.contains(id))
    }

    /// What storage does not hold yet: the notes changed (an empty note, never stored, is not
    /// counted) and the ids of the notes deleted.
    fn pending(&self) -> (Vec<Note>, Vec<String>) {
        let notes = self.dirty.with_value(|d| {
            d.iter()
                .filter_map(|id| self.get_untracked(id))
                .filter(|n| !n.text.trim().is_empty())
                .collect()
        });
        let removed = self.removed.with_value(|r| r.iter().cloned().collect());
        (notes, removed)
    }

    /// Whether anything the reader did is not in storage yet.
    pub fn has_unsaved(&self) -> bool {
        let (notes, removed) = self.pending();
        !notes.is_empty() || !removed.is_empty()
    }

    fn get_untracked(&self, id: &str) -> Option<Note> {
        self.notes
            .with_untracked(|ns| ns.iter().find(|n| n.id == id).cloned())
    }
}
