//! How partners are grouped where a view groups them (the challenges' bars): each apart, by
//! country, or by the form of their tie (`group=` in the URL, `model::group`; the timeline's
//! lanes follow the same choice through their own switch). A button each, the current one
//! pressed.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::model::group::PartnerGroup;
use crate::state::AppState;

/// The switch's word for `group`.
fn word(group: PartnerGroup) -> Key {
    match group {
        PartnerGroup::Each => Key::GroupEach,
        PartnerGroup::Country => Key::GroupByCountry,
        PartnerGroup::Type => Key::GroupByType,
    }
}

#[component]
pub fn GroupSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let group = Memo::new(move |_| state.url.with(|u| u.group));
    view! {
        <div class="lane-toggle group-switch" role="group" aria-label=move || t(lang.get(), Key::GroupPartners)>
            <span aria-hidden="true">{move || t(lang.get(), Key::GroupPartners)}</span>
            {PartnerGroup::ALL.into_iter().map(|g| view! {
                <button type="button" aria-pressed=move || (group.get() == g).to_string()
                    on:click=move |_| state.url.update(|u| u.group = g)>
                    {move || t(lang.get(), word(g))}
                </button>
            }).collect_view()}
        </div>
    }
}
