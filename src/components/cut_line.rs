//! The line under a chart cut to its most cited partners, groups or lanes (the matrix's columns,
//! the timeline's lanes; `views::Cut`): "40 / 5016" and the button for more.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::model::matrix::PARTNERS_SHOWN;
use crate::state::AppState;
use crate::views::Cut;

/// Said while a chart leaves partners, groups or lanes out (the matrix's columns, the
/// timeline's lanes): what is shown, how many of how many, and the button for more. The line
/// stays while its figures change, and once everything is drawn on request ("60 / 60") its
/// button goes back to the first cut: the button a keyboard reader pressed keeps the focus.
#[component]
pub fn CutLine(#[prop(into)] cut: Signal<Option<Cut>>, partners_shown: RwSignal<usize>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    // Shown while something is left out, or while more than the first cut is drawn on request.
    let cut = Memo::new(move |_| {
        cut.get()
            .filter(|c| c.hidden > 0 || (c.shown > PARTNERS_SHOWN && partners_shown.get() > PARTNERS_SHOWN))
    });
    let hides = move || cut.with(|c| c.is_some_and(|c| c.hidden > 0));
    let word = move |k: fn(&Cut) -> Key| move || cut.get().map(|c| t(lang.get(), k(&c)));
    view! {
        <Show when=move || cut.with(Option::is_some)>
            <p class="top-partners" role="status">
                {word(|c| c.what)}" "
                <strong>{move || cut.get().map(|c| format!("{} / {}", c.shown, c.shown + c.hidden))}</strong>". "
                {move || hides().then(|| view! { {move || t(lang.get(), Key::MatrixTopHint)}" " })}
                <button class="small show-more-partners"
                    on:click=move |_| if hides() { partners_shown.update(|n| *n += PARTNERS_SHOWN) } else { partners_shown.set(PARTNERS_SHOWN) }>
                    {move || if hides() { word(|c| c.more)() } else { Some(t(lang.get(), Key::ShowFewer)) }}
                </button>
            </p>
        </Show>
    }
}
