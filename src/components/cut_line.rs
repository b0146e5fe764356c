//! The line under a chart cut to its most cited partners, groups or lanes (the matrix's columns,
//! the timeline's lanes; `views::Cut`): "40 / 5016" and the button for more.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::model::matrix::PARTNERS_SHOWN;
use crate::state::AppState;
use crate::views::Cut;

/// Said while a chart leaves partners, groups or lanes out (the matrix's columns, the
/// timeline's lanes): what is shown, how many of how many, and the button for more. The line
/// stays while the cut changes, so the button keeps the focus of a reader who asks for more.
#[component]
pub fn CutLine(#[prop(into)] cut: Signal<Option<Cut>>, partners_shown: RwSignal<usize>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let cut = Memo::new(move |_| cut.get().filter(|c| c.hidden > 0));
    let word = move |k: fn(&Cut) -> Key| move || cut.get().map(|c| t(lang.get(), k(&c)));
    view! {
        <Show when=move || cut.with(Option::is_some)>
            <p class="top-partners" role="status">
                {word(|c| c.what)}" "
                <strong>{move || cut.get().map(|c| format!("{} / {}", c.shown, c.shown + c.hidden))}</strong>". "
                {move || t(lang.get(), Key::MatrixTopHint)}" "
                <button class="small show-more-partners" on:click=move |_| partners_shown.update(|n| *n += PARTNERS_SHOWN)>
                    {word(|c| c.more)}
                </button>
            </p>
        </Show>
    }
}
