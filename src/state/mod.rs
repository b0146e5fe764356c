//! App state shared through context: the loaded dataset, the URL view state and the language.
//!
//! Owns: [`AppState`] and keeping it in step with the address bar (back/forward work, reload
//! restores the view) and with the stored language preference.

pub mod address;
pub mod dataset;
pub mod deferred;
pub mod embed;
pub mod media;
pub mod notes;
pub mod present;
pub mod query;
pub mod sheet_open;
pub mod theme;

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::model::{Lang, Loaded, Selection};
use crate::storage;
use address::Pages;
use query::UrlState;

const LANG_PREF: &str = "lang";

/// The state every page reads. Cheap to copy; get it with `expect_context::<AppState>()`.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The dataset on screen.
    pub data: Signal<Arc<Loaded>>,
    /// What the URL says is on screen (already sanitised against `data`).
    pub url: RwSignal<UrlState>,
    /// The language in use.
    pub lang: Memo<Lang>,
    /// The filters, derived from `url` once for every view (changes only when they do).
    pub filters: Memo<crate::model::Filters>,
    /// The selected record or matrix cell, derived from `url` once for every view.
    pub selected: Memo<Option<Selection>>,
    /// How this build addresses its views (a page each, or `?view=`).
    pub pages: Pages,
}

impl AppState {
    /// Selects a record or a matrix cell (or clears the selection), as a new history entry.
    pub fn select(&self, selection: Option<Selection>) {
        self.url.update(|u| u.selected = selection);
    }

    /// Shows `view`, keeping the filters and the language.
    pub fn show(&self, view: query::View) {
        if self.url.with_untracked(|u| u.view) != view {
            crate::perf::mark_change(crate::perf::Change::View);
        }
        self.url.update(|u| {
            u.view = view;
            u.selected = None;
        });
    }

    /// Sets what the timeline's lanes stand for: partners, partners grouped by country or by
    /// form of tie (the URL's `group`, kept when sectors are chosen), or sectors.
    pub fn set_lanes(&self, by: crate::model::timeline::LaneBy) {
        use crate::model::timeline::LaneBy;
        self.url.update(|u| match by.group() {
            Some(group) => {
                u.lanes = LaneBy::Partner;
                u.set_group(group);
            }
            None => u.lanes = LaneBy::Sector,
        });
    }

    /// Opens the record (or matrix cell) `id` in the view that shows it best; text that names
    /// neither is ignored.
    pub fn open_record(&self, id: &str) {
        let Some(selection) = Selection::parse(id) else {
            return;
        };
        let view = query::View::home_of(&self.data.get_untracked(), &selection);
        self.url.update(|u| {
            u.view = view;
            u.selected = Some(selection);
        });
    }

    /// Changes the filters with `change`; the selection stays.
    pub fn filter(&self, change: impl FnOnce(&mut crate::model::Filters)) {
        crate::perf::mark_change(crate::perf::Change::Filter);
        self.url.update(|u| {
            change(&mut u.filters);
            u.filters = std::mem::take(&mut u.filters).sanitised(&self.data.get_untracked());
        });
    }

    /// The address of the current view with `view` instead, for links: its page with the
    /// filters (`matrix.html?partner=daejeon`), or `?view=matrix&…` in a build of one page.
    pub fn href(&self, view: query::View) -> String {
        let mut u = self.url.get();
        u.view = view;
        u.selected = None;
        u.address(self.pages)
    }

    /// The absolute address of `u`, for links that leave this page (an embed snippet, a
    /// printed handout, the presenter window).
    pub fn link(&self, u: &UrlState) -> String {
        let relative = u.address(self.pages);
        web_sys::window()
            .and_then(|w| w.location().href().ok())
            .and_then(|base| web_sys::Url::new_with_base(&relative, &base).ok())
            .map_or(relative, |url| url.href())
    }

    /// The permalink query of the view on screen with its filters, without the open item or
    /// the language: what a note on "this view" is pinned to.
    pub fn view_query(&self) -> String {
        let mut u = self.url.get_untracked();
        u.selected = None;
        u.lang = None;
        u.to_query()
    }

    /// Shows the view a `view_query` names (unknown values dropped), keeping the language.
    pub fn go_to_query(&self, query: &str) {
        let mut next = self.data.with_untracked(|d| sanitise(UrlState::parse(query), d));
        next.lang = self.url.with_untracked(|u| u.lang);
        self.url.set(next);
    }

    /// Shows story step `id`: its view, filters and item, with the step in the URL. Returns
    /// whether the step exists.
    pub fn go_to_step(&self, id: &str) -> bool {
        let data = self.data.get_untracked();
        let mut found = false;
        self.url.update(|u| found = show_step(u, &data, id));
        found
    }

    /// Switches the language, remembers it, and puts it in the URL so links keep it.
    pub fn set_lang(&self, lang: Lang) {
        self.url.update(|u| u.lang = Some(lang));
        // A preference that cannot be stored is not worth a banner: the URL holds it.
        let _ = storage::write(LANG_PREF, lang.code());
    }
}

/// The path and the query of the page's address.
fn location() -> (String, String) {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return Default::default();
    };
    (
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default(),
    )
}

/// The state the page's address says.
fn location_state() -> UrlState {
    let (path, search) = location();
    UrlState::at(&path, &search)
}

/// Whether the page's address already says `u`.
fn location_is(u: &UrlState, pages: Pages) -> bool {
    let (path, search) = location();
    u.is_at(pages, &path, &search)
}

/// How this build addresses its views: the release build's pages say they have a page per view
/// (`<meta name="view-pages">`, written by tools/postbuild/bake.mjs); any other page (the
/// single file, the development server) is the only one.
fn pages() -> Pages {
    let per_view = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name='view-pages']").ok().flatten())
        .is_some();
    if per_view {
        Pages::PerView
    } else {
        Pages::One
    }
}

fn browser_lang() -> Option<Lang> {
    let nav = web_sys::window()?.navigator().language()?;
    Some(Lang::from_browser(&nav))
}

/// Drops selections and filters that name nothing in `data`.
fn sanitise(mut state: UrlState, data: &Loaded) -> UrlState {
    state.filters = state.filters.sanitised(data);
    state.selected = state.selected.filter(|s| data.holds(s));
    state.step = state
        .step
        .filter(|id| data.data.story.iter().any(|s| &s.id == id));
    state.presenter &= state.step.is_some();
    state
}

/// Puts story step `id` on screen in `u`: its view, filters and item (what the dataset does
/// not have is dropped), default lanes and grouping, and the step itself. `false` if there is no such step.
fn show_step(u: &mut UrlState, data: &Loaded, id: &str) -> bool {
    let Some(step) = data.data.story.iter().find(|s| s.id == id) else {
        return false;
    };
    u.view = step.view;
    u.filters = step.filters.to_filters().sanitised(data);
    u.selected = (step.item.as_deref())
        .and_then(Selection::parse)
        .filter(|s| data.holds(s));
    u.lanes = Default::default();
    u.set_group(Default::default());
    u.open.clear();
    u.step = Some(step.id.clone());
    true
}

/// A link that names a story step shows that step. Named alone (`?step=<id>`, perhaps with the
/// language or the presenter flag), or with another view than the step's (its bar would speak
/// of a view that is not on screen), the step is opened as the story has it: its view, filters
/// and item. A link on the step's own view is kept as it is (an item the reader chose there).
fn with_step(mut state: UrlState, data: &Loaded) -> UrlState {
    let Some(id) = state.step.clone() else {
        return state;
    };
    let bare = UrlState {
        lang: state.lang,
        step: state.step.clone(),
        presenter: state.presenter,
        embed: state.embed,
        ..UrlState::default()
    };
    let other_view = data.data.story.iter().any(|s| s.id == id && s.view != state.view);
    if state != bare && !other_view {
        return state;
    }
    show_step(&mut state, data, &id);
    state
}

/// Writes `u`'s address to the history: a new entry (`push`) or in place of the current one.
fn write_history(u: &UrlState, pages: Pages, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let Ok(history) = window.history() else { return };
    let (path, _) = location();
    let hash = window.location().hash().unwrap_or_default();
    let url = match (pages, u.to_query().is_empty()) {
        // One page: its own path (a lone `?` would stay in the address bar).
        (Pages::One, true) => format!("{path}{hash}"),
        (Pages::One, false) => format!("{path}?{}{hash}", u.to_query()),
        // A page per view: the view's page, in the folder of this one.
        (Pages::PerView, _) => {
            let folder = &path[..path.len() - address::file_name(&path).len()];
            format!("{folder}{}{hash}", u.address(pages))
        }
    };
    // pushState can throw (e.g. some file:// contexts): the view still works, only the URL lags.
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Creates the app state for `data`, reads the URL, and keeps the two in step.
pub fn provide_app_state(data: Signal<Arc<Loaded>>) -> AppState {
    let pages = pages();
    let initial = data.with_untracked(|d| with_step(sanitise(location_state(), d), d));
    if !location_is(&initial, pages) {
        write_history(&initial, pages, false);
    }
    let url = RwSignal::new(initial);
    let stored = storage::read(LANG_PREF)
        .ok()
        .flatten()
        .and_then(|c| Lang::parse(&c));
    let fallback = stored.or_else(browser_lang).unwrap_or_default();
    let lang = Memo::new(move |_| url.with(|u| u.lang).unwrap_or(fallback));

    // URL → history: a change made in the app becomes a history entry. The address is taken
    // once the frame that shows the change is painted (changes within one frame make one
    // entry) and written once the next one is: that frame holds the view's table
    // (`state::deferred`), and `pushState` took 2 to 5 ms before it at 100 times
    // the paper's data. Back or forward in between wins: the address taken then is not written.
    let pops = Rc::new(Cell::new(0_u32));
    Effect::new({
        let pops = pops.clone();
        move |_| {
            url.track();
            let pops = pops.clone();
            crate::frames::after_next_paint(move || {
                let Some(shown) = url.try_get_untracked() else {
                    return;
                };
                let seen = pops.get();
                crate::frames::after_next_paint(move || {
                    if pops.get() == seen && !location_is(&shown, pages) {
                        write_history(&shown, pages, true);
                    }
                });
            });
        }
    });
    // History → URL: back and forward. A listener added, not `window.onpopstate` assigned: that
    // would replace the handler of the page embedding the dashboard or of another script, and
    // theirs would replace ours. It goes with the app.
    let on_pop = window_event_listener(leptos::ev::popstate, move |_| {
        pops.set(pops.get().wrapping_add(1));
        let next = data.with_untracked(|d| sanitise(location_state(), d));
        url.set(next);
    });
    on_cleanup(move || on_pop.remove());

    // Another dataset: drop selections and filters it does not have.
    Effect::new(move |_| {
        let cleaned = data.with(|d| sanitise(url.get_untracked(), d));
        if cleaned != url.get_untracked() {
            url.set(cleaned);
        }
    });

    // The document's language follows the interface language; its title is the open
    // dataset's, in that language.
    Effect::new(move |_| {
        let lang = lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            data.with(|d| doc.set_title(d.data.title.get(lang)));
        }
    });

    let filters = Memo::new(move |_| url.with(|u| u.filters.clone()));
    let selected = Memo::new(move |_| url.with(|u| u.selected.clone()));
    let state = AppState {
        data,
        url,
        lang,
        filters,
        selected,
        pages,
    };
    provide_context(state);
    state
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_dataset, View, BUNDLED_JSON};

    #[test]
    fn a_step_named_with_another_view_is_shown_on_its_own_view() {
        let data = Loaded::new(parse_dataset(BUNDLED_JSON).expect("bundled loads"));
        let step = data
            .data
            .story
            .iter()
            .find(|s| s.view == View::Timeline)
            .expect("a timeline step")
            .clone();
        let link = |q: &str| with_step(sanitise(UrlState::parse(q), &data), &data);

        let shown = link(&format!("step={}&view=learning&lang=id", step.id));
        assert_eq!(shown.view, step.view);
        assert_eq!(shown.step.as_deref(), Some(step.id.as_str()));
        assert_eq!(shown.selected, step.item.as_deref().and_then(Selection::parse));
        assert_eq!(shown.filters, step.filters.to_filters());
        assert_eq!(shown.lang, Some(Lang::Id));

        // On its own view, the link is kept as written: another item chosen on that step.
        let other = data
            .data
            .events
            .iter()
            .map(|e| e.id.to_string())
            .find(|id| Some(id) != step.item.as_ref())
            .expect("another event");
        let kept = link(&format!("view=timeline&item={other}&step={}", step.id));
        assert_eq!(kept.selected, Some(Selection::record(other)));
        assert_eq!(kept.view, View::Timeline);
    }
}
