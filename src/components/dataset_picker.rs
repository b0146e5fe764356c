//! Opening another dataset (JSON, or a spreadsheet: `state::sheet_open`): a file picker and
//! drag-and-drop anywhere on the page, the size limit stated before anything is read, what became of the file said where the reader is (moved into
//! view, with focus: its problems listed in plain words, or that it opened; of several files
//! dropped, that only the first was read), what is on screen ("Showing: <title>"), and the way
//! back to the bundled dataset.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::problem_list::{LoadProblems, SheetProblems};
use crate::files::read_buffer;
use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::model::{Lang, LoadError, MAX_DATASET_BYTES};
use crate::sheet_message::{Both, MAX_SHEET_BYTES};
use crate::state::dataset::{DatasetStore, Notice, Origin, Refusal};
use crate::state::sheet_open::{is_spreadsheet, open_sheet};
use crate::state::AppState;

/// A JSON file larger than this takes a moment to open (a quarter of a second at 1 MB, two at
/// 55 MB: `make bench`), and the reader is told that it is being read.
const SAID_READING_BYTES: u64 = 1024 * 1024;

/// What the status line says while `file` is read: a spreadsheet always (its worker may first
/// have to start), a JSON file when it is large.
fn said_reading(file: &web_sys::File) -> Option<D> {
    if is_spreadsheet(&file.name()) {
        Some(D::SheetReading)
    } else {
        (file.size() as u64 > SAID_READING_BYTES).then_some(D::FileReading)
    }
}

/// What became of the last file the reader opened or dropped: said where they are looking.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Said {
    file_name: String,
    /// The file opened (otherwise its problems are listed).
    opened: bool,
    /// How many files were dropped with it and not read.
    others: u32,
    /// What was done to a spreadsheet on its way in.
    notices: Vec<Both>,
}

/// Reads `file` if it is within the limit and hands it to the store. Resolves to whether it is
/// shown (`None`: another choice came first, see `DatasetStore::open`), with what was done to a
/// spreadsheet on its way in. Never panics.
async fn read_into(store: DatasetStore, file: web_sys::File) -> Option<(bool, Vec<Both>)> {
    // Taken before the file is read: a file chosen after this one, read sooner, still wins.
    let choice = store.choice();
    let name = file.name();
    let bytes = file.size() as u64;
    let sheet = is_spreadsheet(&name);
    let limit = if sheet { MAX_SHEET_BYTES } else { MAX_DATASET_BYTES };
    let plain = |shown: Option<bool>| shown.map(|s| (s, Vec::new()));
    if bytes > limit {
        return plain(store.reject(choice, &name, LoadError::TooLarge { bytes, limit }));
    }
    match read_buffer(&file).await {
        Ok(buffer) if sheet => open_sheet(store, choice, &name, buffer.to_vec()).await,
        Ok(buffer) => {
            if said_reading(&file) == Some(D::FileReading) {
                // "Reading the file…" on screen before the reading holds the page.
                crate::frames::painted().await;
            }
            plain(store.open_file(choice, file, buffer).await)
        }
        Err(detail) => plain(store.reject(choice, &name, LoadError::Unreadable { detail })),
    }
}

/// Whether a drag carries files (not a text or a link dragged within the page).
fn carries_files(ev: &web_sys::DragEvent) -> bool {
    ev.data_transfer()
        .is_some_and(|d| d.types().includes(&"Files".into(), 0))
}

/// Moves the message `el` into view and focus, so that the reader sees (and a screen reader
/// reads) what became of the file, wherever on the page they dropped it.
pub(crate) fn bring_to_reader(el: Option<web_sys::HtmlElement>) {
    if let Some(el) = el {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// "Files dropped: 3. Only the first was read: a.json", when more than one file was dropped.
fn dropped_note(said: Option<Said>, lang: Memo<Lang>) -> impl IntoView {
    said.filter(|s| s.others > 0).map(|s| {
        view! {
            <p class="dropped-many">
                {move || t(lang.get(), Key::Dataset(D::DroppedMany))}" "{s.others + 1}". "
                {move || t(lang.get(), Key::Dataset(D::OnlyFirst))}" "<code>{s.file_name.clone()}</code>
            </p>
        }
    })
}

/// The dataset line of the footer: what is shown, open another, back to the bundled one.
#[component]
pub fn DatasetPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let store = expect_context::<DatasetStore>();
    let lang = state.lang;
    let input = NodeRef::<leptos::html::Input>::new();
    let dragging = RwSignal::new(false);
    // What is being read, said while it is: a spreadsheet (by the spreadsheet worker, which may
    // first have to start), or a large JSON file.
    let reading = RwSignal::new(None::<D>);
    let said = RwSignal::new(None::<Said>);
    let opened_ref = NodeRef::<leptos::html::Div>::new();
    let problems_ref = NodeRef::<leptos::html::Div>::new();

    // Reads the first of `files` (one chosen, or `others` more dropped with it), then says
    // what became of it where the reader is.
    let hand_over = move |file: web_sys::File, others: u32| {
        let file_name = file.name();
        reading.set(said_reading(&file));
        spawn_local(async move {
            let read = read_into(store, file).await;
            reading.set(None);
            // Another file, or the bundled dataset, was chosen meanwhile: that one is what the reader sees.
            let Some((opened, notices)) = read else {
                return;
            };
            said.set(Some(Said {
                file_name,
                opened,
                others,
                notices,
            }));
            // The message is drawn by the effects this change queued, with the view; it is moved
            // into view once painted, when the page's layout is done: moved at once, it forced
            // that layout in the task that drew the view (80 ms of it at 1000 times the data).
            crate::frames::painted().await;
            let target = if opened { opened_ref } else { problems_ref };
            bring_to_reader(target.get_untracked().map(Into::into));
        });
    };

    // Drag-and-drop of files anywhere on the page; other drags (text into a field) are the
    // page's as usual. The listeners go with the picker (embed mode has none).
    let handles = [
        window_event_listener(leptos::ev::dragover, move |ev| {
            if carries_files(&ev) {
                ev.prevent_default();
                dragging.set(true);
            }
        }),
        window_event_listener(leptos::ev::dragleave, move |ev| {
            if ev.related_target().is_none() {
                dragging.set(false);
            }
        }),
        window_event_listener(leptos::ev::drop, move |ev| {
            dragging.set(false);
            let Some(files) = ev.data_transfer().and_then(|d| d.files()) else {
                return;
            };
            if let Some(file) = files.get(0) {
                ev.prevent_default();
                hand_over(file, files.length().saturating_sub(1));
            }
        }),
    ];
    on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));

    let on_change = move |_| {
        let Some(el) = input.get() else { return };
        if let Some(file) = el.files().and_then(|f| f.get(0)) {
            hand_over(file, 0);
        }
        // Choosing the same file again must fire `change` again.
        el.set_value("");
    };
    let title = move || state.data.with(|d| d.data.title.get(lang.get()).to_string());
    let limit_mb = MAX_DATASET_BYTES / (1024 * 1024);
    let sheet_mb = MAX_SHEET_BYTES / (1024 * 1024);

    view! {
        <section class="dataset" aria-labelledby="dataset-showing">
            <p id="dataset-showing">
                <strong>{move || t(lang.get(), Key::Showing)}": "</strong>
                <span class="dataset-title">{title}</span>
                {move || match store.origin.get() {
                    Origin::Bundled => view! { <span class="dataset-origin">" ("{move || t(lang.get(), Key::BundledDataset)}")"</span> }.into_any(),
                    Origin::Opened(name) => view! {
                        <span class="dataset-origin">" ("{move || t(lang.get(), Key::FromFile)}" "<code>{name.clone()}</code>")"</span>
                        <button class="link reset-dataset" on:click=move |_| { store.reset(); said.set(None); }>
                            {move || t(lang.get(), Key::BackToBundled)}
                        </button>
                    }.into_any(),
                }}
            </p>
            <p class="dataset-open">
                <label class="button-like">
                    {move || t(lang.get(), Key::OpenDataset)}
                    <input node_ref=input type="file" accept=".json,application/json,.xlsx,.ods" class="visually-hidden" on:change=on_change/>
                </label>
                " "
                <span class="hint">{move || format!(
                    "{} {limit_mb} MB ({} {sheet_mb} MB).",
                    t(lang.get(), Key::OpenDatasetHint),
                    t(lang.get(), Key::Dataset(D::SheetLimit))
                )}</span>
                " "
                <span class="file-reading" role="status">
                    {move || reading.get().map(|what| t(lang.get(), Key::Dataset(what)))}
                </span>
            </p>
            {move || store.rejected.get().map(|r| {
                view! {
                    <div class="problems" role="alert" tabindex="-1" node_ref=problems_ref>
                        <h2>{move || t(lang.get(), Key::NotOpened)}" "<code>{r.file_name.clone()}</code></h2>
                        <p>{move || t(lang.get(), Key::KeptCurrent)}</p>
                        {dropped_note(said.get().filter(|s| !s.opened), lang)}
                        {match r.why.clone() {
                            Refusal::Dataset(error) => view! {
                                <LoadProblems error=error file_name=r.file_name.clone() lang=lang/>
                            }.into_any(),
                            Refusal::Spreadsheet { lines, detail } => view! {
                                <SheetProblems lines=lines detail=detail file_name=r.file_name.clone() lang=lang/>
                            }.into_any(),
                        }}
                        <button class="close" on:click=move |_| store.rejected.set(None)>{move || t(lang.get(), Key::Dismiss)}</button>
                    </div>
                }
            })}
            {move || said.get().filter(|s| s.opened).map(|s| view! {
                <div class="opened" role="status" tabindex="-1" node_ref=opened_ref>
                    <p>
                        {move || t(lang.get(), Key::Dataset(D::Opened))}" "<code>{s.file_name.clone()}</code>". "
                        {move || t(lang.get(), Key::Dataset(D::NowShowing))}
                    </p>
                    {dropped_note(Some(s.clone()), lang)}
                    {(!s.notices.is_empty()).then(|| {
                        let notices = s.notices.clone();
                        view! {
                            <p>{move || t(lang.get(), Key::Dataset(D::SheetNotices))}</p>
                            <ul class="sheet-notices">
                                {notices.into_iter().map(|n| view! { <li>{move || n.get(lang.get()).to_string()}</li> }).collect_view()}
                            </ul>
                        }
                    })}
                    <button class="close" on:click=move |_| said.set(None)>{move || t(lang.get(), Key::Dismiss)}</button>
                </div>
            })}
            {move || store.notice.get().map(|n| {
                let (heading, lines) = match n {
                    Notice::NotRemembered(e) => (Key::NotRemembered, view! { <ul><li>{move || crate::i18n::languages::words(lang.get()).storage(&e)}</li></ul> }.into_any()),
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
