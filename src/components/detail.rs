//! The detail panel: whatever is selected (an event, a relationship, a matrix cell, a challenge,
//! a finding...), with the paper's own words for it. Every view uses this one panel.

use leptos::prelude::*;

use super::citations::CitationView;
use super::notes::item::ItemNotes;
use crate::i18n::{t, Key};
use crate::state::AppState;
use crate::views::detail::detail_of;

/// The panel for the selected item, or a hint when nothing is selected.
#[component]
pub fn DetailPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let shown = Memo::new(move |_| {
        let id = state.selected.get()?;
        // A matrix cell as the view's filters show it; records are the same under any filter.
        state
            .data
            .with(|d| detail_of(d, &id, lang.get(), &state.filters.get()))
    });
    let close_ref = NodeRef::<leptos::html::Button>::new();
    // Focus moves into the panel when an item opens, so keyboard readers land on it; not while
    // presenting, where a clicker's Space must keep advancing the story rather than press "Close".
    Effect::new(move |prev: Option<Option<String>>| {
        let id = shown.with(|d| d.as_ref().map(|d| d.id.clone()));
        let presenting = state.url.with_untracked(|u| u.step.is_some());
        if id.is_some() && prev.as_ref() != Some(&id) && !presenting {
            if let Some(button) = close_ref.get() {
                let _ = button.focus();
            }
        }
        id
    });
    view! {
        <aside class="view-detail" aria-live="polite">
            {move || match shown.get() {
                None => view! { <p class="detail-empty">{move || t(lang.get(), Key::DetailEmpty)}</p> }.into_any(),
                Some(d) => view! {
                    <article class="detail" aria-labelledby="detail-title" data-item=d.id.clone()>
                        <header class="detail-head">
                            <div>
                                <p class="detail-kind">{d.kind.clone()}</p>
                                <h2 id="detail-title">{d.title.clone()}</h2>
                            </div>
                            <button node_ref=close_ref class="close" on:click=move |_| state.select(None)>
                                {move || t(lang.get(), Key::Close)}
                            </button>
                        </header>
                        {(!d.facts.is_empty()).then(|| view! {
                            <dl class="facts">
                                {d.facts.iter().map(|f| {
                                    let label = f.label;
                                    view! { <dt>{move || t(lang.get(), label)}</dt><dd>{f.value.clone()}</dd> }
                                }).collect_view()}
                            </dl>
                        })}
                        {d.text.clone().map(|text| view! { <p class="detail-text">{text}</p> })}
                        {d.derived.iter().map(|note| view! {
                            <p class="derived"><strong>{move || t(lang.get(), Key::DerivedNote)}": "</strong>{note.clone()}</p>
                        }).collect_view()}
                        <h3>{move || t(lang.get(), Key::DetailHeading)}</h3>
                        {d.citations.into_iter().map(|c| view! { <CitationView citation=c/> }).collect_view()}
                        <ItemNotes id=d.id.clone()/>
                    </article>
                }.into_any(),
            }}
        </aside>
    }
}
