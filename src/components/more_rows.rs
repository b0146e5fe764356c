//! Long tables a page at a time. Owns [`paged`] (the rows a table shows: the first
//! [`PAGE_ROWS`], more on request) and [`MoreRows`], the line under a cut table that says how
//! many rows it shows of how many, with the button for the next page.
//!
//! Why: a file can name thousands of partners; a table of all of them took over half a second
//! to lay out, in one task, and no reader scrolls through five thousand rows. The downloads
//! (CSV, JSON) still hold every row.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::AppState;

/// How many rows a table shows at first, and how many more each request adds.
pub const PAGE_ROWS: usize = 500;

/// How much of a table is shown: the rows asked for, and how many there are.
#[derive(Clone, Copy)]
pub struct Paged {
    limit: RwSignal<usize>,
    total: Memo<usize>,
}

/// The first rows of `rows` the reader asked to see (a page at first), and what [`MoreRows`]
/// needs to offer the rest.
pub fn paged<T>(rows: Memo<Vec<T>>) -> (Memo<Vec<T>>, Paged)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let limit = RwSignal::new(PAGE_ROWS);
    let total = Memo::new(move |_| rows.with(Vec::len));
    let page = Memo::new(move |_| {
        let n = limit.get();
        rows.with(|r| r.iter().take(n).cloned().collect())
    });
    (page, Paged { limit, total })
}

/// Under a table cut short: "Rows shown: 500 / 5,016" and a button for the next page.
#[component]
pub fn MoreRows(paged: Paged) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let Paged { limit, total } = paged;
    view! {
        <Show when=move || { total.get() > limit.get() }>
            <p class="more-rows" role="status">
                {move || t(lang.get(), Key::RowsShown)}" "
                <strong>{move || limit.get().min(total.get())}" / "{move || total.get()}</strong>" "
                <button class="small show-more-rows" on:click=move |_| limit.update(|n| *n += PAGE_ROWS)>
                    {move || t(lang.get(), Key::ShowMoreRows)}
                </button>
            </p>
        </Show>
    }
}
