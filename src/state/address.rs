//! Where each view lives. A built site has one page per view, next to `index.html`
//! (`timeline.html?partner=daejeon`): a static host serves each view's own baked HTML, and a
//! link or a reload opens that page. A build without those pages (the single file, the
//! development server) has one page and names the view in the query (`?view=timeline`).
//!
//! Owns: reading a [`UrlState`] from a location (its file name and query) and writing the
//! address of one. Pure (no browser), so it is tested natively. Every older link keeps working:
//! a `view=` in the query wins over the page's file name, and is written back as the page.

use super::query::{UrlState, View};

/// How this build addresses its views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pages {
    /// One page per view (`timeline.html`); the overview is `index.html`.
    PerView,
    /// One page; the view is in the query (`?view=timeline`).
    #[default]
    One,
}

/// The page file of `view` in a build with one page per view.
pub fn page_of(view: View) -> String {
    match view {
        View::Overview => "index.html".to_string(),
        v => format!("{}.html", v.code()),
    }
}

/// The view the page file `file` holds (`timeline.html`), if it is one of them. `index.html`,
/// an empty name (a folder's address) and any other file are the overview's.
pub fn view_of_page(file: &str) -> View {
    file.strip_suffix(".html")
        .and_then(View::parse)
        .unwrap_or_default()
}

/// The last segment of a URL path: `timeline.html` of `/site/timeline.html`, `` of `/site/`.
pub fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or_default()
}

/// Whether the query `search` has the key `key` (with any value, even an invalid one).
fn has_key(search: &str, key: &str) -> bool {
    search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| pair.split('=').next() == Some(key))
}

impl UrlState {
    /// The state the location with path `path` and query `search` shows: the query's values on
    /// the view of the page's file, unless the query names a view itself (`?view=`, the form of
    /// every link made before the views had pages of their own), which wins.
    pub fn at(path: &str, search: &str) -> Self {
        let mut state = UrlState::parse(search);
        if !has_key(search, "view") {
            state.view = view_of_page(file_name(path));
        }
        state
    }

    /// This state's address, relative to the folder of the page on screen: `timeline.html?…`
    /// with one page per view, `?view=timeline&…` (a lone `?` for the default view) with one
    /// page. Never `./`: from file:// that opens the folder.
    pub fn address(&self, pages: Pages) -> String {
        match pages {
            Pages::One => format!("?{}", self.to_query()),
            Pages::PerView => {
                let query = UrlState {
                    view: View::default(),
                    ..self.clone()
                }
                .to_query();
                let page = page_of(self.view);
                if query.is_empty() {
                    page
                } else {
                    format!("{page}?{query}")
                }
            }
        }
    }

    /// Whether the location (`path`, `search`) already says exactly this state's address, so
    /// that nothing needs to be written to the history.
    pub fn is_at(&self, pages: Pages, path: &str, search: &str) -> bool {
        let search = search.trim_start_matches('?');
        match pages {
            Pages::One => self.to_query() == search,
            Pages::PerView => {
                let file = match file_name(path) {
                    "" => "index.html",
                    f => f,
                };
                let here = if search.is_empty() {
                    file.to_string()
                } else {
                    format!("{file}?{search}")
                };
                self.address(pages) == here
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn each_view_has_its_page_and_the_overview_is_the_index() {
        for view in View::ALL {
            assert_eq!(view_of_page(&page_of(view)), view);
        }
        assert_eq!(page_of(View::Overview), "index.html");
        assert_eq!(page_of(View::Matrix), "matrix.html");
        assert_eq!(view_of_page(""), View::Overview);
        assert_eq!(view_of_page("notes.html"), View::Overview);
        assert_eq!(view_of_page("timeline"), View::Overview);
    }

    #[test]
    fn a_page_gives_the_view_and_an_older_view_query_wins() {
        assert_eq!(UrlState::at("/site/timeline.html", "").view, View::Timeline);
        assert_eq!(UrlState::at("/site/", "?lang=id").view, View::Overview);
        assert_eq!(UrlState::at("/site/", "?lang=id").lang, Some(Lang::Id));
        // Links made when every view was `index.html?view=…` open the same view.
        assert_eq!(
            UrlState::at("/site/index.html", "?view=matrix").view,
            View::Matrix
        );
        assert_eq!(
            UrlState::at("/site/timeline.html", "view=learning").view,
            View::Learning
        );
        // A `view=` that names nothing is the default view, as it always was.
        assert_eq!(
            UrlState::at("/site/timeline.html", "view=nope").view,
            View::Overview
        );
        // The single file, whatever its name, is the overview unless the query says otherwise.
        assert_eq!(
            UrlState::at("/usb/dashboard.html", "view=evidence").view,
            View::Evidence
        );
    }

    #[test]
    fn addresses_name_the_page_and_keep_the_rest_in_the_query() {
        let mut u = UrlState::parse("view=timeline&partner=daejeon&lang=id");
        assert_eq!(u.address(Pages::PerView), "timeline.html?partner=daejeon&lang=id");
        assert_eq!(u.address(Pages::One), "?view=timeline&partner=daejeon&lang=id");
        u.view = View::Overview;
        assert_eq!(u.address(Pages::PerView), "index.html?partner=daejeon&lang=id");
        assert_eq!(UrlState::default().address(Pages::PerView), "index.html");
        assert_eq!(UrlState::default().address(Pages::One), "?");
        // Round trip: the address read back is the same state.
        for query in [
            "view=matrix&sector=research&item=ev-2016-mou&embed=1",
            "",
            "view=evidence&lang=en",
        ] {
            let u = UrlState::parse(query);
            let address = u.address(Pages::PerView);
            let (page, search) = address.split_once('?').unwrap_or((&address, ""));
            assert_eq!(UrlState::at(&format!("/x/{page}"), search), u, "{address}");
            assert!(u.is_at(Pages::PerView, &format!("/x/{page}"), search));
        }
    }

    #[test]
    fn an_older_or_roundabout_address_is_not_where_the_state_is() {
        let u = UrlState::at("/site/index.html", "?view=timeline");
        assert!(!u.is_at(Pages::PerView, "/site/index.html", "?view=timeline"));
        assert!(u.is_at(Pages::PerView, "/site/timeline.html", ""));
        assert!(u.is_at(Pages::One, "/site/index.html", "?view=timeline"));
        assert!(UrlState::default().is_at(Pages::PerView, "/site/", ""));
        assert!(UrlState::default().is_at(Pages::PerView, "/site/index.html", "?"));
    }
}
