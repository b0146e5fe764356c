//! Light, dark and projector themes: following the OS unless the reader chooses, remembered
//! locally.
//!
//! Owns: [`Theme`] (context): the reader's choice, the OS preference (kept live through a
//! `matchMedia` listener), and the effective theme written to `<html data-theme>`, which the CSS
//! and the charts follow.

use leptos::prelude::*;

use crate::storage;

const PREF: &str = "theme";

/// What the reader chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeChoice {
    #[default]
    Auto,
    Light,
    Dark,
    /// High contrast for a projector: black on white, heavier lines.
    Projector,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 4] = [
        ThemeChoice::Auto,
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::Projector,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
            ThemeChoice::Projector => "projector",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// The theme context.
#[derive(Clone, Copy)]
pub struct Theme {
    pub choice: RwSignal<ThemeChoice>,
    /// Whether the page is dark right now.
    pub dark: Memo<bool>,
    /// The page is being printed (from the app's Print, or the browser's own command). Paper is
    /// light: the print stylesheet makes the page light, and the charts follow `charts_dark`.
    pub printing: RwSignal<bool>,
    /// Whether charts are drawn in the dark theme: dark, and not being printed.
    pub charts_dark: Memo<bool>,
}

impl Theme {
    pub fn set(&self, choice: ThemeChoice) {
        self.choice.set(choice);
        // Not remembered when storage is unavailable; the choice still holds for this visit.
        let _ = storage::write(PREF, choice.code());
    }
}

/// Creates the theme context and keeps `<html data-theme>` in step.
pub fn provide_theme() -> Theme {
    let stored = storage::read(PREF)
        .ok()
        .flatten()
        .and_then(|c| ThemeChoice::parse(&c))
        .unwrap_or_default();
    let choice = RwSignal::new(stored);
    // Provided at the root: follows the system's setting as long as the page lives.
    let os_dark = super::media::matches("(prefers-color-scheme: dark)");
    let dark = Memo::new(move |_| match choice.get() {
        ThemeChoice::Auto => os_dark.get(),
        ThemeChoice::Light | ThemeChoice::Projector => false,
        ThemeChoice::Dark => true,
    });
    Effect::new(move |_| {
        let value = match (choice.get(), dark.get()) {
            (ThemeChoice::Projector, _) => "projector",
            (_, true) => "dark",
            (_, false) => "light",
        };
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("data-theme", value);
        }
    });
    let printing = RwSignal::new(false);
    // The listeners live as long as the page.
    let _ = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let _ = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    let charts_dark = Memo::new(move |_| dark.get() && !printing.get());
    let theme = Theme {
        choice,
        dark,
        printing,
        charts_dark,
    };
    provide_context(theme);
    theme
}
