//! A row of buttons, one per choice, the current one pressed (`aria-pressed`), in a group
//! named by its label: what the timeline's lanes stand for, how partners are grouped.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::AppState;

/// `choices` (each with its word), `current` pressed; a press calls `choose`. `class` styles
/// the row (`lane-toggle`, which seminar mode hides).
#[component]
pub fn Switch<T>(
    class: &'static str,
    label: Key,
    choices: Vec<(T, Key)>,
    current: Memo<T>,
    choose: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let lang = expect_context::<AppState>().lang;
    view! {
        <div class=class role="group" aria-label=move || t(lang.get(), label)>
            <span aria-hidden="true">{move || t(lang.get(), label)}</span>
            {choices.into_iter().map(|(choice, word)| view! {
                <button type="button" aria-pressed=move || (current.get() == choice).to_string()
                    on:click=move |_| choose.run(choice)>
                    {move || t(lang.get(), word)}
                </button>
            }).collect_view()}
        </div>
    }
}
