//! Paradiplomacy dashboard: a city's international cooperation, from a research paper.
//!
//! Owns: the `App` root (loading the bundled dataset once, the app state context, the layout
//! and the view switch). Everything else lives in its own module; see `../shared/GUIDE.md`.

pub mod charts;
pub mod components;
pub mod files;
pub mod i18n;
pub mod model;
pub mod pages;
pub mod perf;
pub mod state;
pub mod storage;

use leptos::prelude::*;

use components::problem_list::ProblemList;
use components::{
    dataset_picker::DatasetPicker, filter_bar::FilterBar, search::SearchBox, theme_switch::ThemeSwitch,
};
use i18n::{t, Key};
use model::{parse_dataset, Lang, Loaded, BUNDLED_JSON};
use state::{dataset::DatasetStore, provide_app_state, query::View, AppState};

/// The bundled dataset, parsed and validated. Called once, at start.
pub fn load_bundled() -> Result<Loaded, model::LoadError> {
    parse_dataset(BUNDLED_JSON).map(Loaded::new)
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
            let presenter_window = Memo::new(move |_| state.url.with(|u| u.presenter && u.step.is_some()));
            view! {
                {move || if presenter_window.get() {
                    view! { <components::present::presenter::PresenterPage/> }.into_any()
                } else {
                    view! { <Shell state=state/> }.into_any()
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

#[component]
fn Shell(state: AppState) -> impl IntoView {
    let lang = state.lang;
    let view_code = Memo::new(move |_| state.url.with(|u| u.view));
    view! {
        <a class="skip-link" href="#main">{move || t(lang.get(), Key::SkipToContent)}</a>
        <header class="app-header">
            <div class="brand">
                <p class="app-title">{move || t(lang.get(), Key::AppTitle)}</p>
                <p class="app-subtitle">{move || t(lang.get(), Key::AppSubtitle)}</p>
            </div>
            <SearchBox/>
            <div class="header-controls">
                <components::present::story_bar::PresentButton/>
                <components::notes::panel::NotesToggle/>
                <ThemeSwitch/>
                <LanguageSwitch/>
            </div>
        </header>
        <ViewNav/>
        <FilterBar/>
        <div class="banners"><components::notes::banner::NotesBanner/></div>
        <main id="main" tabindex="-1">
            {move || match view_code.get() {
                View::Overview => view! { <pages::overview::OverviewPage/> }.into_any(),
                View::Timeline => view! { <pages::timeline::TimelinePage/> }.into_any(),
                View::Matrix => view! { <pages::matrix::MatrixPage/> }.into_any(),
                View::Challenges => view! { <pages::challenges::ChallengesPage/> }.into_any(),
                View::Learning => view! { <pages::learning::LearningPage/> }.into_any(),
                View::Evidence => view! { <pages::evidence::EvidencePage/> }.into_any(),
            }}
        </main>
        <components::present::story_bar::StoryBar/>
        <components::notes::panel::NotesPanel/>
        <footer class="app-footer">
            <DatasetPicker/>
            <SourceLine/>
        </footer>
    }
}

/// The views, as links (so each can open in a new tab) that switch in place.
#[component]
fn ViewNav() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let current = Memo::new(move |_| state.url.with(|u| u.view));
    view! {
        <nav class="view-nav" aria-label=move || t(lang.get(), Key::MainNav)>
            <ul>
                {View::ALL.into_iter().map(|v| view! {
                    <li>
                        <a href=move || state.href(v)
                            aria-current=move || (current.get() == v).then_some("page")
                            on:click=move |ev| {
                                ev.prevent_default();
                                state.show(v);
                            }>
                            {move || t(lang.get(), v.title())}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// The language buttons: the current one is pressed.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    view! {
        <div class="lang-switch" role="group" aria-label=move || t(lang.get(), Key::Language)>
            {Lang::ALL.into_iter().map(|l| view! {
                <button
                    lang=l.code()
                    aria-pressed=move || (lang.get() == l).to_string()
                    on:click=move |_| state.set_lang(l)
                >{match l { Lang::Id => "Bahasa Indonesia", Lang::En => "English" }}</button>
            }).collect_view()}
        </div>
    }
}

/// The paper the data comes from, always in its original title.
#[component]
fn SourceLine() -> impl IntoView {
    let state = expect_context::<AppState>();
    let line = move || {
        state.data.with(|d| {
            let s = &d.data.source;
            format!(
                "{} ({}). {}. {} {}({}).",
                s.authors.join(", "),
                s.year,
                s.title,
                s.journal,
                s.volume,
                s.issue
            )
        })
    };
    view! { <p class="source" lang="id">{line}</p> }
}
