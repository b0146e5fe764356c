//! The paper's own words for a record: section, verbatim Indonesian quote, English translation.
//!
//! Owns: how a citation is shown everywhere in the app. The quote is always in the original,
//! marked `lang="id"`; the translation beside it `lang="en"`. All of it is text, never HTML.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::model::Citation;
use crate::state::AppState;

/// One citation as a figure: the quote, its translation, and the section it stands in.
#[component]
pub fn CitationView(citation: Citation) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let section_id = citation.section.clone();
    let heading = move || {
        state.data.with(|d| {
            d.section(&section_id)
                .map(|s| s.heading.get(lang.get()).to_string())
                .unwrap_or_else(|| section_id.to_string())
        })
    };
    view! {
        <figure class="citation">
            <blockquote lang="id" cite="#">
                <span class="visually-hidden">{move || t(lang.get(), Key::Quote)}": "</span>
                {citation.quote.clone()}
            </blockquote>
            <p class="translation" lang="en">
                <span class="visually-hidden">{move || t(lang.get(), Key::Translation)}": "</span>
                {citation.translation.clone()}
            </p>
            <figcaption>{move || t(lang.get(), Key::Section)}": " <cite>{heading}</cite></figcaption>
        </figure>
    }
}
