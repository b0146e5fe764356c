//! The theme choice: follow the system, light, dark, or high contrast for a projector.

use leptos::prelude::*;

use crate::i18n::present::P;
use crate::i18n::{t, Key};
use crate::state::theme::{Theme, ThemeChoice};
use crate::state::AppState;

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let theme = expect_context::<Theme>();
    let label = |c: ThemeChoice| match c {
        ThemeChoice::Auto => Key::ThemeAuto,
        ThemeChoice::Light => Key::ThemeLight,
        ThemeChoice::Dark => Key::ThemeDark,
        ThemeChoice::Projector => Key::Present(P::Projector),
    };
    view! {
        <label class="theme-switch">
            <span>{move || t(lang.get(), Key::Theme)}</span>
            <select name="theme" on:change=move |ev| {
                if let Some(c) = ThemeChoice::parse(&event_target_value(&ev)) {
                    theme.set(c);
                }
            }>
                {ThemeChoice::ALL.into_iter().map(|c| view! {
                    <option value=c.code() selected=move || theme.choice.get() == c>{move || t(lang.get(), label(c))}</option>
                }).collect_view()}
            </select>
        </label>
    }
}
