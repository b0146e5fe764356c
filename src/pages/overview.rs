//! What only the overview shows: the paper's headline findings and the key figures counted from
//! the data, above its partner map (the map and its table are `ViewPage`'s).

use leptos::prelude::*;

use crate::components::empty::EmptyNote;
use crate::i18n::{dataset::D, t, Key};
use crate::state::AppState;
use crate::views::overview::Summary as Model;

/// The headline findings, each opening its passages, and the key figures.
#[component]
pub fn Summary(summary: Model) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let Model { headlines, figures } = summary;
    let empty = headlines.is_empty();
    view! {
        <h2>{move || t(lang.get(), Key::HeadlineFindings)}</h2>
        // Findings are not filtered: an empty list means the dataset has none.
        <EmptyNote empty=empty none_in_data=true none=D::NoHeadlines/>
        <ol class="findings">
            {headlines.into_iter().map(|h| {
                let item = h.id.clone();
                view! {
                    <li data-item=h.id>
                        <h3>{h.title}</h3>
                        <p>{h.text}</p>
                        <button class="link" on:click=move |_| state.select(Some(item.clone()))>{move || t(lang.get(), Key::ShowDetail)}</button>
                    </li>
                }
            }).collect_view()}
        </ol>
        <h2>{move || t(lang.get(), Key::KeyFigures)}</h2>
        <dl class="figures">
            {figures.into_iter().map(|(label, value)| view! {
                <div class="figure"><dt>{move || t(lang.get(), label)}</dt><dd>{value}</dd></div>
            }).collect_view()}
        </dl>
        <h2>{move || t(lang.get(), Key::PartnerMap)}</h2>
    }
}
