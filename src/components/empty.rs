//! What a view says when it has nothing to show: that the dataset has nothing for it yet, or
//! that the filters leave nothing. The two are told apart: "nothing matches these filters" is
//! said only while a filter is set and the dataset does have something for the view.

use leptos::prelude::*;

use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::state::AppState;

/// Shown while `empty` is true: `none` (the view's words for a dataset with nothing for it) when
/// no filter is set or `none_in_data` says the dataset has nothing for the view, otherwise
/// "Nothing matches these filters".
#[component]
pub fn EmptyNote(
    /// The view shows nothing.
    #[prop(into)]
    empty: Signal<bool>,
    /// The dataset has nothing for the view, whatever the filters.
    #[prop(into)]
    none_in_data: Signal<bool>,
    /// What the view says about a dataset with nothing for it.
    #[prop(into)]
    none: Signal<D>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let key = move || {
        if state.filters.with(crate::model::Filters::is_empty) || none_in_data.get() {
            Key::Dataset(none.get())
        } else {
            Key::NothingMatches
        }
    };
    move || {
        empty
            .get()
            .then(|| view! { <p class="empty" role="status">{move || t(lang.get(), key())}</p> })
    }
}
