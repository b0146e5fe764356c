//! The line under a chart cut to its most cited partners, groups or lanes (the matrix's columns,
//! the timeline's lanes; `views::Cut`): "40 / 5016" and the button for more.

use leptos::prelude::*;

use super::more_rows::StepLine;
use crate::i18n::Key;
use crate::views::Cut;

/// Said while a chart leaves partners, groups or lanes out (the matrix's columns, the
/// timeline's lanes): what is shown, how many of how many, and the button for more; a
/// [`StepLine`] of `step` (the view's, `views::first_shown`), whose figures and words the view
/// model decides.
#[component]
pub fn CutLine(
    #[prop(into)] cut: Signal<Option<Cut>>,
    partners_shown: RwSignal<usize>,
    step: usize,
) -> impl IntoView {
    let figure = move |f: fn(&Cut) -> usize| Signal::derive(move || cut.with(|c| c.as_ref().map_or(0, f)));
    let word = move |w: fn(&Cut) -> Key| {
        Signal::derive(move || cut.with(|c| c.as_ref().map_or(Key::MatrixTopPartners, w)))
    };
    view! {
        <StepLine asked=partners_shown step=step
            shown=figure(|c| c.shown) total=figure(|c| c.shown + c.hidden)
            what=word(|c| c.what) more=word(|c| c.more) hint=Key::MatrixTopHint
            class="top-partners" button_class="show-more-partners"/>
    }
}
