//! The line under a chart cut to its most cited partners, groups or lanes (the matrix's columns,
//! the timeline's lanes; `views::Cut`): "40 / 5016" and the button for more.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::model::matrix::PARTNERS_SHOWN;
use crate::state::AppState;
use crate::views::Cut;

/// Said while a chart leaves partners, groups or lanes out (the matrix's columns, the
/// timeline's lanes): what is shown, how many of how many, and the button for more.
#[component]
pub fn CutLine(cut: Cut, partners_shown: RwSignal<usize>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    (cut.hidden > 0).then(|| {
        view! {
            <p class="top-partners" role="status">
                {move || t(lang.get(), cut.what)}" "
                <strong>{cut.shown}" / "{cut.shown + cut.hidden}</strong>". "
                {move || t(lang.get(), Key::MatrixTopHint)}" "
                <button class="small show-more-partners" on:click=move |_| partners_shown.update(|n| *n += PARTNERS_SHOWN)>
                    {move || t(lang.get(), cut.more)}
                </button>
            </p>
        }
    })
}
