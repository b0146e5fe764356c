//! The detail panel of one event: what happened, when (with the precision the paper gives), who
//! took part, and every passage of the paper that supports it.

use leptos::prelude::*;

use super::citations::CitationView;
use crate::i18n::{t, Key};
use crate::model::{date::PartialDate, DateQualifier, Event};
use crate::state::AppState;

/// How the paper dates `event`: "since 2014", "around 1980", "2016", or "undated".
pub fn date_label(event: &Event, lang: crate::model::Lang) -> String {
    let date = event.date.as_deref().and_then(|d| PartialDate::parse(d).ok());
    match (event.date_qualifier, date) {
        (DateQualifier::Undated, _) | (_, None) => {
            t(lang, Key::Qualifier(DateQualifier::Undated)).to_string()
        }
        (DateQualifier::Exact, Some(d)) => d.to_string(),
        (q, Some(d)) => format!("{} {d}", t(lang, Key::Qualifier(q))),
    }
}

/// The detail of the event with id `id`, with a close button that gets focus when it opens.
#[component]
pub fn EventDetail(event: Event) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let close_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = close_ref.get() {
            let _ = button.focus();
        }
    });
    let participants = {
        let ids = event.actors.clone();
        move || {
            state.data.with(|d| {
                ids.iter()
                    .map(|id| {
                        d.actor(id)
                            .map_or_else(|| id.clone(), |a| a.name.get(lang.get()).to_string())
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        }
    };
    let (title, description) = (event.title.clone(), event.description.clone());
    let derivation = event.date_derivation.clone();
    let dated = event.clone();
    view! {
        <article class="detail" aria-labelledby="detail-title" data-item=event.id.clone()>
            <header class="detail-head">
                <h2 id="detail-title">{move || title.get(lang.get()).to_string()}</h2>
                <button node_ref=close_ref class="close" on:click=move |_| state.select(None)>
                    {move || t(lang.get(), Key::Close)}
                </button>
            </header>
            <p class="detail-date">{move || date_label(&dated, lang.get())}</p>
            {derivation.map(|d| view! {
                <p class="derived"><strong>{move || t(lang.get(), Key::DerivedDate)}": "</strong>{move || d.get(lang.get()).to_string()}</p>
            })}
            <p>{move || description.get(lang.get()).to_string()}</p>
            <p><strong>{move || t(lang.get(), Key::Participants)}": "</strong>{participants}</p>
            <h3>{move || t(lang.get(), Key::DetailHeading)}</h3>
            {event.citations.into_iter().map(|c| view! { <CitationView citation=c/> }).collect_view()}
        </article>
    }
}
