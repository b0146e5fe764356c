//! Long tables a page at a time. Owns [`PAGE_ROWS`] (how many rows a table shows at first and
//! adds on request), [`first_rows`] and [`MoreRows`], the line under a cut table that says how
//! many rows it shows of how many, with the button for the next page.
//!
//! Why: a file can name thousands of partners; a table of all of them took over half a second
//! to lay out, in one task, and no reader scrolls through five thousand rows. A page is a
//! hundred rows, several screens: at 100 times the paper's data a page of 500 kept a filter
//! change's table task at about 45 ms, a hundred at 10 to 13 (docs/performance.md). Every table
//! of the paper's own data is shorter than a page. The downloads (CSV, JSON) still hold every
//! row: they read the view model, not the page.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::AppState;
use crate::views::Table;

/// How many rows a table shows at first, and how many more each request adds.
pub const PAGE_ROWS: usize = 100;

/// `tables`, each cut to its first `limit` rows.
pub fn first_rows(tables: &[Table], limit: usize) -> Vec<Table> {
    tables
        .iter()
        .map(|t| Table {
            rows: t.rows.iter().take(limit).cloned().collect(),
            ..t.clone()
        })
        .collect()
}

/// Under a table or list cut short: "Rows shown: 100 / 5,016" and a button for the next page.
/// Once every row is shown on request, the line stays ("5,016 / 5,016") and its button shows
/// the first page again: the button a keyboard reader pressed keeps the focus, and the way back
/// is where the way there was.
#[component]
pub fn MoreRows(
    /// The rows asked for.
    limit: RwSignal<usize>,
    /// The rows there are.
    #[prop(into)]
    total: Signal<usize>,
    /// What is shown, before the count.
    #[prop(default = Key::RowsShown)]
    what: Key,
    /// The button's words.
    #[prop(default = Key::ShowMoreRows)]
    more: Key,
) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let cut = move || total.get() > limit.get();
    view! {
        <Show when=move || { total.get() > PAGE_ROWS && (cut() || limit.get() > PAGE_ROWS) }>
            <p class="more-rows" role="status">
                {move || t(lang.get(), what)}" "
                <strong>{move || limit.get().min(total.get())}" / "{move || total.get()}</strong>" "
                <button class="small show-more-rows"
                    on:click=move |_| if cut() { limit.update(|n| *n += PAGE_ROWS) } else { limit.set(PAGE_ROWS) }>
                    {move || t(lang.get(), if cut() { more } else { Key::ShowFewer })}
                </button>
            </p>
        </Show>
    }
}
