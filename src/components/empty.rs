//! The note a view shows when its filters leave nothing to show.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::AppState;

/// "Nothing matches these filters", shown while `empty` is true.
#[component]
pub fn EmptyNote(#[prop(into)] empty: Signal<bool>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    move || {
        empty.get().then(
            || view! { <p class="empty" role="status">{move || t(lang.get(), Key::NothingMatches)}</p> },
        )
    }
}
