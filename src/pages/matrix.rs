//! What only the matrix shows: how it is cut to its most cited partners ("40 / 5016"), with the
//! button for more (the chart and the table are `ViewPage`'s).

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::model::matrix::PARTNERS_SHOWN;
use crate::state::AppState;
use crate::views::matrix::Cut;

/// Said while partners are left out: how many are shown of how many, and "show more".
#[component]
pub fn PartnerCut(cut: Cut, partners_shown: RwSignal<usize>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    (cut.hidden > 0).then(|| {
        view! {
            <p class="top-partners" role="status">
                {move || t(lang.get(), Key::MatrixTopPartners)}" "
                <strong>{cut.shown}" / "{cut.shown + cut.hidden}</strong>". "
                {move || t(lang.get(), Key::MatrixTopHint)}" "
                <button class="small show-more-partners" on:click=move |_| partners_shown.update(|n| *n += PARTNERS_SHOWN)>
                    {move || t(lang.get(), Key::ShowMorePartners)}
                </button>
            </p>
        }
    })
}
