//! The dataset on screen: the bundled one, or one the reader opened, remembered in this browser.
//!
//! Owns: [`DatasetStore`] (context): opening a file (parsed and validated first; on any error
//! the current dataset stays; a spreadsheet's problems kept as its worker said them; a large
//! file's text freed as soon as it is read), remembering the choice through `storage`, and going back to
//! the bundled dataset. A remembered dataset that no longer loads is kept, not overwritten, and
//! the reader is told. The text of the dataset on screen is kept only when nothing else holds
//! it ([`Source`]): a file of tens of megabytes is read again when its text is asked for.

use std::sync::Arc;

use js_sys::Uint8Array;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::files::{decode, read_buffer, utf8_text};
use crate::frames;
use crate::model::load::{check, parse_unchecked, pieces::Pieces};
use crate::model::{parse_dataset, Dataset, LoadError, Loaded, BUNDLED_JSON, MAX_DATASET_BYTES};
use crate::sheet_message::Both;
use crate::storage::{self, StorageError};

const STORED_TEXT: &str = "dataset/text";
const STORED_NAME: &str = "dataset/file-name";
const STORED_BACKUP: &str = "dataset/unreadable-backup";

/// An opened file up to this size keeps its text in memory; a larger one is read again from
/// the file when its text is asked for (by a spreadsheet action), so that a dataset of tens of
/// megabytes does not take its size twice, once as text and once as records.
const HELD_TEXT_BYTES: usize = 8 * 1024 * 1024;

/// An opened file over this size is read into its types a piece at a time, about this much
/// text per task (`model::load::pieces`): 8 MB takes about 40 ms on the test machine, where the
/// 55 MB of a thousand times the paper's data took 280 ms in one task. Smaller pieces would
/// each cost a turn of the event loop more.
const PIECE_BYTES: usize = 8 * 1024 * 1024;

/// The text of a dataset just opened, to remember once it is on screen.
enum Remember {
    /// In the WebAssembly's memory.
    Text(Arc<str>),
    /// The file's bytes, where the browser holds them: decoded there, not copied through the
    /// WebAssembly once more.
    Buffer(Uint8Array),
}

/// A text kept in memory: where the dataset's text is had, and what is remembered, one copy.
fn held(text: String) -> (Source, Remember) {
    let text: Arc<str> = text.into();
    (Source::Held(text.clone()), Remember::Text(text))
}

/// Where the JSON text of the dataset on screen comes from when it is asked for.
#[derive(Clone)]
enum Source {
    /// The bundled dataset: its text is the wasm's own.
    Bundled,
    /// A text kept as it was read: from storage at start, a spreadsheet's as its worker wrote
    /// it, or a file of at most [`HELD_TEXT_BYTES`].
    Held(Arc<str>),
    /// A larger file the reader opened, read again when asked: `bytes` bytes when it was opened.
    File { file: web_sys::File, bytes: usize },
}

/// Why the text of the dataset on screen could not be had: the file it was opened from could
/// not be read again, or is not what it was (moved, changed or removed since); the browser's
/// words, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileChanged(pub String);

/// Where the dataset on screen comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Bundled,
    /// A file the reader opened (its name as they chose it).
    Opened(String),
}

/// A file that was not opened, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub file_name: String,
    pub why: Refusal,
}

/// Why a file was not opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A dataset file (JSON) that does not load.
    Dataset(LoadError),
    /// A spreadsheet, or what became of it: each problem at its sheet, row and column, in
    /// both languages (the spreadsheet worker's sentences, `i18n::sheet`), and a library's own
    /// words when there are any.
    Spreadsheet {
        lines: Vec<Both>,
        detail: Option<String>,
    },
}

/// Something about remembering the choice that the reader should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The opened dataset is on screen but will not be there after a reload.
    NotRemembered(StorageError),
    /// The dataset remembered from an earlier visit no longer loads; it is still stored.
    StoredUnreadable(LoadError),
}

/// One choice of a file by the reader ([`DatasetStore::choice`]); a later choice, or going
/// back to the bundled dataset, makes it stale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice(u64);

/// The dataset context. Copy it freely; get it with `expect_context::<DatasetStore>()`.
#[derive(Clone, Copy)]
pub struct DatasetStore {
    bundled: StoredValue<Arc<Loaded>>,
    pub loaded: RwSignal<Arc<Loaded>>,
    /// Where the JSON text of the dataset on screen is had (what the spreadsheet worker is
    /// given: the app's wasm only reads datasets, it has no code to write one).
    text: StoredValue<Source, LocalStorage>,
    pub origin: RwSignal<Origin>,
    pub rejected: RwSignal<Option<Rejected>>,
    pub notice: RwSignal<Option<Notice>>,
    /// Counts the reader's choices (a file opened or refused, the bundled dataset again), so
    /// that the tasks of an earlier choice still under way stop.
    generation: StoredValue<u64>,
}

impl DatasetStore {
    /// Starts with the remembered dataset if there is one that loads, else the bundled one.
    pub fn provide(bundled: Loaded) -> Self {
        let bundled = Arc::new(bundled);
        let mut start = (bundled.clone(), Origin::Bundled, None);
        let mut text = Source::Bundled;
        if let Some(stored) = storage::read_raw(STORED_TEXT).map(stored_text) {
            match parse_dataset(&stored) {
                Ok(data) => {
                    let name = storage::read(STORED_NAME).ok().flatten().unwrap_or_default();
                    start = (Arc::new(Loaded::new(data)), Origin::Opened(name), None);
                    text = Source::Held(stored.into());
                }
                Err(e) => start.2 = Some(Notice::StoredUnreadable(e)),
            }
        }
        let store = Self {
            bundled: StoredValue::new(bundled),
            loaded: RwSignal::new(start.0),
            text: StoredValue::new_local(text),
            origin: RwSignal::new(start.1),
            rejected: RwSignal::new(None),
            notice: RwSignal::new(start.2),
            generation: StoredValue::new(0),
        };
        provide_context(store);
        store
    }

    /// Opens `text`, the JSON a spreadsheet `file_name` became (the text is kept: it is not
    /// in any file): see [`DatasetStore::open_file`].
    pub async fn open(&self, choice: Choice, file_name: &str, text: String) -> Option<bool> {
        if !self.is_current(choice.0) {
            return None;
        }
        match self.read_types(choice, &text).await? {
            Ok(data) => {
                let (source, remember) = held(text);
                self.show(choice, file_name, data, source, remember).await
            }
            Err(error) => Some(self.refuse(file_name, error)),
        }
    }

    /// Opens the JSON file `file`, whose bytes are `buffer`: shown and remembered if it is a
    /// valid dataset, otherwise listed as rejected with the current dataset left as it is.
    /// Resolves to whether it is shown, or `None` when the reader opened another file or went
    /// back to the bundled dataset before it was done (what they did last is what stays).
    ///
    /// Five tasks or more, so that a large file never holds the page in one: reading it into its
    /// types (a task per [`PIECE_BYTES`] of a large file), checking it, indexing it, the view
    /// drawing it, and remembering it (after the frame that shows it: writing megabytes to
    /// storage and reading them back takes a while too). A file of 5,000 partners took over half
    /// a second in one task.
    ///
    /// The text of a file over [`HELD_TEXT_BYTES`] is freed once it is read into its types,
    /// before the dataset is checked, indexed and drawn, whose memory then takes its place (a
    /// WebAssembly's memory never shrinks once grown); it is remembered from the browser's
    /// buffer. Kept until it was remembered, 55 MB of JSON took 165 MB, now 137.
    pub async fn open_file(&self, choice: Choice, file: web_sys::File, buffer: Uint8Array) -> Option<bool> {
        if !self.is_current(choice.0) {
            return None;
        }
        let name = file.name();
        let bytes = buffer.length() as usize;
        let text = utf8_text(buffer.to_vec());
        let data = match self.read_types(choice, &text).await? {
            Ok(data) => data,
            Err(error) => return Some(self.refuse(&name, error)),
        };
        let (source, remember) = if bytes > HELD_TEXT_BYTES {
            // Freed before the dataset is checked, indexed and drawn, which then take its
            // place in memory: the browser's decoding of its buffer is this text.
            drop(text);
            (Source::File { file, bytes }, Remember::Buffer(buffer))
        } else {
            held(text)
        };
        self.show(choice, &name, data, source, remember).await
    }

    /// Reads `text` into its types: a large text a piece at a time, a task per
    /// [`PIECE_BYTES`] (`model::load::pieces`), and whole when it is small or a piece does not
    /// read (the whole text's error is the one to show). `None` when the reader chose something
    /// else meanwhile.
    async fn read_types(&self, Choice(generation): Choice, text: &str) -> Option<Result<Dataset, LoadError>> {
        if text.len() <= PIECE_BYTES || text.len() as u64 > MAX_DATASET_BYTES {
            return Some(parse_unchecked(text));
        }
        // Cutting the text apart is a pass over all of it: a task of its own.
        self.next_task(generation).await?;
        let Some(mut pieces) = Pieces::begin(text) else {
            return Some(parse_unchecked(text));
        };
        loop {
            self.next_task(generation).await?;
            match pieces.step(PIECE_BYTES) {
                Some(true) => return Some(Ok(pieces.finish())),
                Some(false) => {}
                None => return Some(parse_unchecked(text)),
            }
        }
    }

    /// Checks and indexes `data`, read from `file_name`, and shows it; then remembers it.
    async fn show(
        &self,
        choice: Choice,
        file_name: &str,
        data: Dataset,
        source: Source,
        remember: Remember,
    ) -> Option<bool> {
        let Choice(generation) = choice;
        self.next_task(generation).await?;
        let data = match check(data) {
            Ok(data) => data,
            Err(error) => return Some(self.refuse(file_name, error)),
        };
        self.next_task(generation).await?;
        let loaded = Arc::new(Loaded::new(data));
        self.next_task(generation).await?;
        self.loaded.set(loaded);
        self.text.set_value(source);
        self.origin.set(Origin::Opened(file_name.to_string()));
        self.rejected.set(None);
        let (store, name) = (*self, file_name.to_string());
        frames::after_next_paint(move || {
            if store.is_current(generation) {
                store.remember(&name, remember);
            }
        });
        Some(true)
    }

    /// The JSON text of the dataset on screen, as a JavaScript string (for the spreadsheet
    /// worker): read again from its file, and decoded by the browser, if it is not kept.
    pub async fn text(&self) -> Result<JsValue, FileChanged> {
        match self.text.get_value() {
            Source::Bundled => Ok(JsValue::from_str(BUNDLED_JSON)),
            Source::Held(text) => Ok(JsValue::from_str(&text)),
            Source::File { file, bytes } => {
                let read = read_buffer(&file).await.map_err(FileChanged)?;
                if read.length() as usize != bytes {
                    return Err(FileChanged(String::new()));
                }
                decode(&read)
                    .map(Into::into)
                    .ok_or_else(|| FileChanged(String::new()))
            }
        }
    }

    /// A new choice of the reader's (a file picked or dropped), taken before the file is read:
    /// whatever an earlier choice still has to do is dropped.
    pub fn choice(&self) -> Choice {
        Choice(self.supersede())
    }

    fn supersede(&self) -> u64 {
        self.generation.update_value(|g| *g += 1);
        self.generation.get_value()
    }

    fn is_current(&self, generation: u64) -> bool {
        self.generation.get_value() == generation
    }

    /// Goes on in a task of its own (`frames::next_task`): `None` when the reader chose another
    /// file, or the bundled dataset, meanwhile.
    async fn next_task(&self, generation: u64) -> Option<()> {
        frames::next_task().await;
        self.is_current(generation).then_some(())
    }

    fn refuse(&self, file_name: &str, error: LoadError) -> bool {
        self.refuse_for(file_name, Refusal::Dataset(error))
    }

    fn refuse_for(&self, file_name: &str, why: Refusal) -> bool {
        self.rejected.set(Some(Rejected {
            file_name: file_name.to_string(),
            why,
        }));
        false
    }

    /// Remembers the dataset on screen (`text`, opened from `file_name`) for the next visit.
    fn remember(&self, file_name: &str, text: Remember) {
        if matches!(self.notice.get_untracked(), Some(Notice::StoredUnreadable(_))) {
            // Never overwrite what the reader stored without keeping a copy.
            storage::back_up(STORED_TEXT, STORED_BACKUP);
        }
        // The text as it is (it is JSON already): encoded as a JSON string it would be copied
        // once more, escaped, in memory as large as the file.
        let text = match text {
            Remember::Text(text) => Some(JsValue::from_str(&text)),
            Remember::Buffer(buffer) => decode(&buffer).map(Into::into),
        };
        let saved = text
            .ok_or_else(|| StorageError::Refused("the file's text could not be decoded".into()))
            .and_then(|text| storage::write_text(STORED_TEXT, &text))
            .and_then(|()| storage::write(STORED_NAME, file_name));
        if let Err(e) = saved {
            // Half a remembered dataset is worse than none.
            storage::remove(STORED_TEXT);
            storage::remove(STORED_NAME);
            self.notice.set(Some(Notice::NotRemembered(e)));
        } else {
            self.notice.set(None);
        }
    }

    /// Records that `file_name` was not opened, unless a later choice came first: resolves as
    /// [`DatasetStore::open`] does (`Some(false)`, or `None` when stale).
    pub fn reject(&self, choice: Choice, file_name: &str, error: LoadError) -> Option<bool> {
        let Choice(generation) = choice;
        self.is_current(generation).then(|| self.refuse(file_name, error))
    }

    /// Records that the spreadsheet `file_name` was not opened, for the reasons `lines`; as
    /// [`DatasetStore::reject`] otherwise.
    pub fn reject_sheet(
        &self,
        choice: Choice,
        file_name: &str,
        lines: Vec<Both>,
        detail: Option<String>,
    ) -> Option<bool> {
        let Choice(generation) = choice;
        self.is_current(generation)
            .then(|| self.refuse_for(file_name, Refusal::Spreadsheet { lines, detail }))
    }

    /// Back to the bundled dataset, forgetting the remembered one (an unreadable one is backed up).
    pub fn reset(&self) {
        self.supersede();
        if matches!(self.notice.get_untracked(), Some(Notice::StoredUnreadable(_))) {
            storage::back_up(STORED_TEXT, STORED_BACKUP);
        }
        self.loaded.set(self.bundled.get_value());
        self.text.set_value(Source::Bundled);
        self.origin.set(Origin::Bundled);
        self.rejected.set(None);
        self.notice.set(None);
        storage::remove(STORED_TEXT);
        storage::remove(STORED_NAME);
    }
}

/// The dataset's text as stored: raw JSON, or that text encoded as a JSON string, as earlier
/// versions stored it.
fn stored_text(raw: String) -> String {
    if raw.starts_with('"') {
        if let Ok(text) = serde_json::from_str::<String>(&raw) {
            return text;
        }
    }
    raw
}
