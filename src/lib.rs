//! Paradiplomacy dashboard: a city's international cooperation, from a research paper.
//!
//! Owns: the `App` root (loading the bundled dataset once, providing the contexts, choosing
//! between the dashboard and the presenter window). Everything else lives in its own module; see `../shared/GUIDE.md`.

pub mod charts;
pub mod clipboard;
pub mod components;
pub mod files;
pub mod frames;
pub mod handover;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod perf;
#[cfg(feature = "sheet")]
pub mod sheet;
pub mod sheet_client;
pub mod sheet_message;
pub mod shell;
pub mod state;
pub mod storage;
pub mod views;

use leptos::prelude::*;

use components::problem_list::ProblemList;
use i18n::{t, Key};
use model::{parse_dataset, Lang, Loaded, BUNDLED_JSON};
use state::{dataset::DatasetStore, provide_app_state};

/// The bundled dataset, parsed and validated. Called once, at start.
pub fn load_bundled() -> Result<Loaded, model::LoadError> {
    parse_dataset(BUNDLED_JSON).map(Loaded::new)
}

/// The panic hook `main` installs: logs the panic to the console as usual, and shows it in the
/// page ([`show_fatal`]). In the library, not in `main`, so that a browser test installs this
/// very hook and panics for real (tests/panic_hook.rs).
pub fn panic_hook(info: &std::panic::PanicHookInfo<'_>) {
    console_error_panic_hook::hook(info);
    show_fatal(&info.to_string());
}

/// Shows `message` in the `#fatal` block of index.html (as text). Used by the panic hook: a
/// panic leaves the app unusable, and the reader must see that, not a blank page.
pub fn show_fatal(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(detail) = doc.get_element_by_id("fatal-detail") {
        detail.set_text_content(Some(message));
    }
    if let Some(block) = doc.get_element_by_id("fatal") {
        let _ = block.remove_attribute("hidden");
    }
}

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    match load_bundled() {
        Ok(loaded) => {
            state::theme::provide_theme();
            let store = DatasetStore::provide(loaded);
            let state = provide_app_state(store.loaded.into());
            state::notes::NotesStore::provide();
            state::present::provide_presenting(state);
            state::embed::provide_embed(state);
            let presenter_window = Memo::new(move |_| state.url.with(|u| u.presenter && u.step.is_some()));
            view! {
                {move || if presenter_window.get() {
                    view! { <components::present::presenter::PresenterPage/> }.into_any()
                } else {
                    view! { <shell::Shell/> }.into_any()
                }}
            }
            .into_any()
        }
        Err(err) => {
            // The bundled file is checked by the native tests, so this is a build that went wrong.
            let heading = Signal::stored(t(Lang::En, Key::DatasetError).to_string());
            view! { <main id="main"><ProblemList heading=heading lines=err.lines()/></main> }.into_any()
        }
    }
}
