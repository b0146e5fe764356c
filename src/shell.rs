//! The app's layout, above the pages: the header (the open dataset's title and source; embedded, the
//! slim embed bar; on a phone, the title and one menu), the view navigation, the language switch,
//! the footer's source line.

use leptos::prelude::*;

use crate::components::dataset_picker::DatasetPicker;
use crate::components::embed::EmbedBar;
use crate::components::filter_bar::{FilterBar, FilterPanel, FilterToggle};
use crate::components::header_menu::HeaderMenu;
use crate::components::notes::banner::NotesBanner;
use crate::components::notes::panel::{NotesPanel, NotesToggle};
use crate::components::present::story_bar::{PresentButton, StoryBar};
use crate::components::search::SearchBox;
use crate::components::sheet_actions::SheetActions;
use crate::components::theme_switch::ThemeSwitch;
use crate::components::update_banner::UpdateBanner;
use crate::i18n::{dataset::D, t, Key};
use crate::model::Lang;
use crate::pages::ViewPage;
use crate::state::{query::View, AppState};

/// The dashboard page: header, view navigation, filters, the view, the story bar, the notes
/// panel and the footer; inside another site's page (embed mode), a slim bar instead of the
/// header and navigation, and only the source line in the footer.
#[component]
pub fn Shell() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let view_code = Memo::new(move |_| state.url.with(|u| u.view));
    let embedded = Memo::new(move |_| state.url.with(|u| u.embed));
    HeaderMenu::provide();
    FilterPanel::provide();
    view! {
        <a class="skip-link" href="#main">{move || t(lang.get(), Key::SkipToContent)}</a>
        {move || if embedded.get() {
            view! { <EmbedBar/> <div class="nav-row"><FilterToggle/></div> }.into_any()
        } else {
            view! { <FullHeader/> <div class="nav-row"><ViewNav/><FilterToggle/></div> }.into_any()
        }}
        <FilterBar/>
        <div class="banners"><UpdateBanner/><NotesBanner/></div>
        <main id="main" tabindex="-1">
            {move || {
                let view = view_code.get();
                view! { <ViewPage view=view/> }
            }}
        </main>
        <StoryBar/>
        <NotesPanel/>
        <footer class="app-footer">
            {move || (!embedded.get()).then(|| view! { <DatasetPicker/> <SheetActions/> })}
            <SourceLine/>
        </footer>
    }
}

/// The header of the full dashboard: the open dataset's title and the paper it comes from, and
/// the menu. Escape closes an open menu and puts focus back on its button.
#[component]
fn FullHeader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = expect_context::<HeaderMenu>().0;
    let lang = state.lang;
    let title = move || state.data.with(|d| d.data.title.get(lang.get()).to_string());
    let source = move || {
        state.data.with(|d| {
            let s = &d.data.source;
            (s.title.clone(), s.language.clone(), s.year)
        })
    };
    let toggle = NodeRef::<leptos::html::Button>::new();
    // The search box answers Escape first (it clears its text and says so by preventing the
    // default); only an Escape nothing else took closes the menu.
    let on_key = crate::components::disclosure::close_on_escape(open, toggle);
    view! {
        <header class="app-header" on:keydown=on_key>
            <div class="brand">
                <p class="app-title"><bdi>{title}</bdi></p>
                <p class="app-subtitle">
                    {move || t(lang.get(), Key::Dataset(D::Source))}" "
                    {move || {
                        let (title, language, year) = source();
                        view! { <cite lang=language><bdi>{title}</bdi></cite>" ("{year}")" }
                    }}
                </p>
            </div>
            <button type="button" class="menu-toggle" node_ref=toggle aria-controls="header-menu"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>
                <span class="menu-icon" aria-hidden="true"></span>
                <span class="menu-label">{move || t(lang.get(), Key::Menu)}</span>
            </button>
            <div id="header-menu" class="header-menu" class:open=move || open.get()>
                <SearchBox/>
                <div class="header-controls">
                    <PresentButton/>
                    <NotesToggle/>
                    <ThemeSwitch/>
                    <LanguageSwitch/>
                </div>
            </div>
        </header>
    }
}

/// The views, as links (so each can open in a new tab) that switch in place. On a screen too
/// narrow for the whole row (a phone), the row scrolls sideways, and the current view's link
/// is brought into it.
#[component]
fn ViewNav() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let current = Memo::new(move |_| state.url.with(|u| u.view));
    let nav = NodeRef::<leptos::html::Nav>::new();
    let reveal = move || {
        let index = View::ALL.iter().position(|v| *v == current.get_untracked());
        if let (Some(nav), Some(index)) = (nav.get_untracked(), index) {
            reveal_link(&nav, index);
        }
    };
    Effect::new(move |_| {
        current.track();
        nav.track();
        reveal();
    });
    // A phone turned, a window narrowed: the row is another width.
    let resized = window_event_listener(leptos::ev::resize, move |_| reveal());
    on_cleanup(move || resized.remove());
    view! {
        <nav class="view-nav" node_ref=nav aria-label=move || t(lang.get(), Key::MainNav)>
            <ul>
                {View::ALL.into_iter().map(|v| view! {
                    <li>
                        <a href=move || state.href(v)
                            aria-current=move || (current.get() == v).then_some("page")
                            on:click=move |ev| {
                                ev.prevent_default();
                                state.show(v);
                            }>
                            {move || t(lang.get(), Key::ViewTitle(v))}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// Scrolls the row of view links `nav` sideways, only as far as needed, so that its link number
/// `index` is whole in it, or begins at its start when it is wider than the row (the page itself
/// does not scroll).
///
/// Where the link stands is asked of an `IntersectionObserver`, which answers after the browser's
/// next layout: reading it here (`getBoundingClientRect`) would force a layout of the whole page
/// in the middle of the app's first render, and again after each change of view, for a row that
/// scrolls on a phone only. The observer answers once and is let go.
fn reveal_link(nav: &web_sys::HtmlElement, index: usize) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(link) = nav
        .query_selector_all("a")
        .ok()
        .and_then(|links| links.get(index as u32))
        .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let row = nav.clone();
    let answered = Closure::once_into_js(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            observer.disconnect();
            let Some(entry) = entries
                .get(0)
                .dyn_into::<web_sys::IntersectionObserverEntry>()
                .ok()
            else {
                return;
            };
            let Some(bounds) = entry.root_bounds() else {
                return;
            };
            let box_ = entry.bounding_client_rect();
            // Where the link is in the row's scrolled content, in CSS pixels.
            let left = f64::from(row.scroll_left());
            let start = box_.left() - bounds.left() + left;
            let end = start + box_.width();
            let width = f64::from(row.client_width());
            if start < left || end - start > width {
                row.set_scroll_left(start.floor() as i32);
            } else if end > left + width {
                row.set_scroll_left((end - width).ceil() as i32);
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root(Some(nav));
    if let Ok(observer) = web_sys::IntersectionObserver::new_with_options(answered.unchecked_ref(), &options)
    {
        observer.observe(&link);
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
                >{l.name()}</button>
            }).collect_view()}
        </div>
    }
}

/// The paper the data comes from, always in its original title. Each part from the dataset is
/// isolated (`<bdi>`): a right-to-left mark in one cannot turn the rest of the line around.
#[component]
fn SourceLine() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.data.with(|d| {
            let s = d.data.source.clone();
            view! {
                <p class="source" lang=s.language>
                    <bdi>{s.authors.join(", ")}</bdi>" ("{s.year}"). "<bdi>{s.title}</bdi>". "
                    <bdi>{s.journal}</bdi>" "<bdi>{s.volume}</bdi>"("<bdi>{s.issue}</bdi>")."
                </p>
            }
        })
    }
}
