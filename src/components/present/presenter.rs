//! The presenter window: the current step with its speaker notes, the next step, a timer, and
//! the same controls as the audience window, which it keeps in step (`state::present`).

use leptos::prelude::*;

use super::story_bar::StepButtons;
use crate::i18n::present::P;
use crate::i18n::{t, Key};
use crate::model::story::neighbour;
use crate::state::present::Presenting;
use crate::state::AppState;

fn mm_ss(secs: u64) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// The whole page of the presenter window.
#[component]
pub fn PresenterPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let p = expect_context::<Presenting>();
    let lang = state.lang;
    let tr = move |k: P| t(lang.get(), Key::Present(k));
    let started = RwSignal::new(js_sys::Date::now());
    let now = RwSignal::new(js_sys::Date::now());
    if let Ok(handle) = set_interval_with_handle(
        move || now.set(js_sys::Date::now()),
        std::time::Duration::from_millis(1000),
    ) {
        on_cleanup(move || handle.clear());
    }
    let elapsed = move || mm_ss(((now.get() - started.get()).max(0.0) / 1000.0) as u64);
    let next = Memo::new(move |_| {
        let (_, step) = p.current.get()?;
        state
            .data
            .with(|d| neighbour(&d.data.story, &step.id, 1).cloned())
    });
    view! {
        <main id="main" class="presenter" tabindex="-1">
            {move || p.current.get().map(|(i, step)| {
                let len = p.len.get();
                let (title, caption, notes) = (step.title.clone(), step.caption.clone(), step.speaker_notes.clone());
                view! {
                    <header class="presenter-head">
                        <p class="story-count">{move || tr(P::Story)}" · "{i + 1}" "{move || tr(P::StepOf)}" "{len}</p>
                        <p class="presenter-timer">
                            {move || tr(P::Elapsed)}" "<time class="elapsed">{elapsed}</time>" "
                            <button on:click=move |_| started.set(js_sys::Date::now())>{move || tr(P::ResetTimer)}</button>
                        </p>
                    </header>
                    <section class="presenter-current" aria-labelledby="presenter-title" data-step=step.id.to_string()>
                        <h1 id="presenter-title">{move || title.get(lang.get()).to_string()}</h1>
                        <p class="story-caption">{move || caption.get(lang.get()).to_string()}</p>
                        <h2>{move || tr(P::SpeakerNotes)}</h2>
                        <p class="speaker-notes">{move || notes.get(lang.get()).to_string()}</p>
                    </section>
                    <div class="story-controls">
                        <StepButtons position=i len=len/>
                        <p class="story-keys hint">{move || tr(P::Keys)}</p>
                    </div>
                }
            })}
            <section class="presenter-next" aria-labelledby="presenter-next-title">
                <h2 id="presenter-next-title">{move || tr(P::NextStep)}</h2>
                {move || match next.get() {
                    Some(s) => view! {
                        <p class="next-title"><strong>{s.title.get(lang.get()).to_string()}</strong></p>
                        <p>{s.caption.get(lang.get()).to_string()}</p>
                    }.into_any(),
                    None => view! { <p>{move || tr(P::LastStep)}</p> }.into_any(),
                }}
            </section>
        </main>
    }
}
