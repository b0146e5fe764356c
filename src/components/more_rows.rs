//! Long tables a page at a time. Owns [`PAGE_ROWS`] (how many rows a table shows at first and
//! adds on request), [`first_rows`] and [`MoreRows`], the line under a cut table that says how
//! many rows it shows of how many, with the button for the next page; and [`StepLine`], that
//! line for anything shown a step at a time (also a chart's cut, `cut_line`).
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
        // Field by field: `..t.clone()` would copy every row to drop all but a page of them.
        .map(|t| Table {
            caption: t.caption.clone(),
            columns: t.columns.clone(),
            rows: t.rows.iter().take(limit).cloned().collect(),
            when_empty: t.when_empty,
            class: t.class,
        })
        .collect()
}

/// Under a table or list cut short: "Rows shown: 100 / 5,016" and a button for the next page
/// (a [`StepLine`] of [`PAGE_ROWS`]).
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
    let shown = Signal::derive(move || limit.get().min(total.get()));
    view! {
        <StepLine asked=limit step=PAGE_ROWS shown=shown total=total what=what more=more
            class="more-rows" button_class="show-more-rows"/>
    }
}

/// The line under anything shown a step at a time (a table's rows, a chart's partners or
/// lanes): what is shown, "100 / 5,016", an optional hint, and a button that asks for `step`
/// more. Once everything is shown on request, the line stays ("5,016 / 5,016") and its button
/// goes back to the first step: the button a keyboard reader pressed keeps the focus, and the
/// way back is where the way there was. Nothing is said while everything fits in the first step.
#[component]
pub fn StepLine(
    /// How many are asked for: `step` at first.
    asked: RwSignal<usize>,
    /// The first step, and how many more each press adds.
    step: usize,
    /// How many are shown.
    #[prop(into)]
    shown: Signal<usize>,
    /// How many there are.
    #[prop(into)]
    total: Signal<usize>,
    /// What is shown, before the count.
    #[prop(into)]
    what: Signal<Key>,
    /// The button's words while some are left out.
    #[prop(into)]
    more: Signal<Key>,
    /// Said after the count while some are left out ("Choose a partner in the filter…").
    #[prop(optional)]
    hint: Option<Key>,
    /// The line's class.
    class: &'static str,
    /// The button's class.
    button_class: &'static str,
) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let cut = move || total.get() > shown.get();
    let visible = move || cut() || (total.get() > step && asked.get() > step);
    let after_count = if hint.is_some() { ". " } else { " " };
    view! {
        <Show when=visible>
            <p class=class role="status">
                {move || t(lang.get(), what.get())}" "
                <strong>{move || shown.get()}" / "{move || total.get()}</strong>{after_count}
                {move || hint.filter(|_| cut()).map(|h| view! { {move || t(lang.get(), h)}" " })}
                <button class=format!("small {button_class}")
                    on:click=move |_| if cut() { asked.update(|n| *n += step) } else { asked.set(step) }>
                    {move || t(lang.get(), if cut() { more.get() } else { Key::ShowFewer })}
                </button>
            </p>
        </Show>
    }
}
