//! The audience window's story bar: where we are in the story, the step's title and caption,
//! and the controls (also reachable by keyboard and clicker, see `state::present`).

use leptos::prelude::*;

use crate::i18n::present::P;
use crate::i18n::{t, Key};
use crate::state::present::{set_fullscreen, Presenting};
use crate::state::theme::{Theme, ThemeChoice};
use crate::state::AppState;

/// Opens the presenter window on the current step (a popup of the same page, `presenter=1`).
fn open_presenter_window(state: &AppState) {
    let mut u = state.url.get_untracked();
    u.presenter = true;
    u.embed = false;
    let Some(w) = web_sys::window() else { return };
    let url = state.link(&u);
    // A blocked popup returns None or throws: the audience window carries on.
    let _ = w.open_with_url_and_target_and_features(
        &url,
        "paradiplomacy-presenter",
        "popup,width=1000,height=720",
    );
}

/// The header's "Present" button: starts the story full screen. Hidden when the dataset has no story.
#[component]
pub fn PresentButton() -> impl IntoView {
    let p = expect_context::<Presenting>();
    let lang = expect_context::<AppState>().lang;
    let menu = crate::components::header_menu::HeaderMenu::get();
    move || {
        (p.len.get() > 0 && p.current.with(Option::is_none)).then(|| {
            view! {
                <button class="present-start" title=move || t(lang.get(), Key::Present(P::PresentHint))
                    on:click=move |_| {
                        if let Some(menu) = menu {
                            menu.close();
                        }
                        p.start();
                    }>
                    {move || t(lang.get(), Key::Present(P::Present))}
                </button>
            }
        })
    }
}

/// The bar at the foot of the audience window while presenting.
#[component]
pub fn StoryBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = expect_context::<Presenting>();
    let theme = expect_context::<Theme>();
    let lang = state.lang;
    let tr = move |k: P| t(lang.get(), Key::Present(k));
    move || {
        p.current.get().map(|(i, step)| {
            let len = p.len.get();
            let title = step.title.clone();
            let caption = step.caption.clone();
            view! {
                <section class="story-bar" aria-labelledby="story-title" data-step=step.id.to_string()>
                    <div class="story-text" aria-live="polite">
                        <p class="story-count">{move || tr(P::Story)}" · "{i + 1}" "{move || tr(P::StepOf)}" "{len}</p>
                        <h2 id="story-title">{move || title.get(lang.get()).to_string()}</h2>
                        <p class="story-caption">{move || caption.get(lang.get()).to_string()}</p>
                    </div>
                    <div class="story-controls">
                        <StepButtons position=i len=len/>
                        <button class="story-fullscreen" on:click=move |_| set_fullscreen(true)>{move || tr(P::FullScreen)}</button>
                        <button class="story-projector" aria-pressed=move || (theme.choice.get() == ThemeChoice::Projector).to_string()
                            on:click=move |_| theme.set(if theme.choice.get_untracked() == ThemeChoice::Projector { ThemeChoice::Auto } else { ThemeChoice::Projector })>
                            {move || tr(P::Projector)}
                        </button>
                        <button class="story-presenter" on:click=move |_| open_presenter_window(&state)>{move || tr(P::PresenterView)}</button>
                        <button class="story-leave" title=move || tr(P::Keys) on:click=move |_| p.leave()>{move || tr(P::Leave)}</button>
                    </div>
                </section>
            }
        })
    }
}

/// "Previous" and "Next", disabled at the ends of the story; shared by both windows.
#[component]
pub fn StepButtons(position: usize, len: usize) -> impl IntoView {
    let p = expect_context::<Presenting>();
    let lang = expect_context::<AppState>().lang;
    let tr = move |k: P| t(lang.get(), Key::Present(k));
    view! {
        <button class="story-prev" disabled={position == 0} on:click=move |_| p.step_by(-1)>
            <span aria-hidden="true">"← "</span>{move || tr(P::Previous)}
        </button>
        <button class="story-next" disabled={position + 1 >= len} on:click=move |_| p.step_by(1)>
            {move || tr(P::Next)}<span aria-hidden="true">" →"</span>
        </button>
    }
}
