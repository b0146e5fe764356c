//! What only the overview shows: the key figures counted from the data, above the partner map
//! (after it on a phone, so that the map is on a phone's first screen), the map's heading, and
//! the paper's headline findings below the map, above its table (the map, its takeaway and the
//! table are `ViewPage`'s).

use leptos::prelude::*;

use crate::components::empty::EmptyNote;
use crate::i18n::{dataset::D, t, Key};
use crate::model::{Selection, View};
use crate::state::AppState;
use crate::views::overview::Summary as Model;

/// The key figures, counted from the data under the filters: a filter change updates their
/// numbers in place. Above the map, in one row where there is room.
#[component]
pub fn Figures(summary: Memo<Option<Model>>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let figures =
        Memo::new(move |_| summary.with(|s| s.as_ref().map(|s| s.figures.clone()).unwrap_or_default()));
    let value =
        move |label: Key| move || figures.with(|f| f.iter().find(|(k, _)| *k == label).map(|(_, v)| *v));
    view! {
        <div class="overview-figures">
        <h2 class="figures-heading">{move || t(lang.get(), Key::KeyFigures)}</h2>
        <dl class="figures">
            <For each=move || figures.with(|f| f.iter().map(|(k, _)| *k).collect::<Vec<_>>()) key=|k| *k let:label>
                <div class="figure"><dt>{move || t(lang.get(), label)}</dt><dd>{value(label)}</dd></div>
            </For>
        </dl>
        </div>
    }
}

/// The headline findings, each opening its passages, below the map. The findings are not
/// filtered: they stay as they are.
#[component]
pub fn Findings(summary: Memo<Option<Model>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let headlines =
        Memo::new(move |_| summary.with(|s| s.as_ref().map(|s| s.headlines.clone()).unwrap_or_default()));
    let empty = Signal::derive(move || headlines.with(Vec::is_empty));
    view! {
        <div class="overview-summary">
        <h2>{move || t(lang.get(), Key::HeadlineFindings)}</h2>
        // Findings are not filtered: an empty list means the dataset has none.
        <EmptyNote empty=empty none_in_data=true none=D::NoHeadlines/>
        <ol class="findings">
            {move || headlines.get().into_iter().map(|h| {
                let item = h.id.clone();
                view! {
                    <li data-item=h.id>
                        <h3>{h.title}</h3>
                        <p>{h.text}</p>
                        <button class="link" on:click=move |_| state.select(Some(Selection::record(item.clone())))>{move || t(lang.get(), Key::ShowDetail)}</button>
                    </li>
                }
            }).collect_view()}
        </ol>
        </div>
    }
}

/// The partner map's heading, above the map.
#[component]
pub fn MapHeading() -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    view! { <h2 class="map-heading">{move || t(lang.get(), Key::ChartLabel(View::Overview))}</h2> }
}
