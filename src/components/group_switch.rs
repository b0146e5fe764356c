//! How partners are grouped where a view groups them (the map's markers, the challenges' bars,
//! the matrix's columns): each apart, by
//! country, or by the form of their tie (`group=` in the URL, `model::group`; the timeline's
//! lanes follow the same choice through their own switch). A button each, the current one
//! pressed.

use leptos::prelude::*;

use super::switch::Switch;
use crate::i18n::Key;
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
    let group = Memo::new(move |_| state.url.with(|u| u.group));
    view! {
        <Switch class="lane-toggle group-switch" label=Key::GroupPartners
            choices=PartnerGroup::ALL.into_iter().map(|g| (g, word(g))).collect()
            current=group choose=Callback::new(move |g| state.url.update(|u| u.set_group(g)))/>
    }
}
