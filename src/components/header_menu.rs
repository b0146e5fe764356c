//! Whether the header's menu is open. On a phone the header shows the dataset's title and a
//! "Menu" button that opens search, Present, notes, theme and language; on a wider screen they
//! are always shown and the button is not (public/app.css). Choosing a search result or Present
//! closes it.

use leptos::prelude::*;

/// The header menu's state, in context for the controls inside it.
#[derive(Clone, Copy)]
pub struct HeaderMenu(pub RwSignal<bool>);

impl HeaderMenu {
    /// Puts a closed menu in context.
    pub fn provide() {
        provide_context(HeaderMenu(RwSignal::new(false)));
    }

    /// The menu in context: `None` where there is none (the presenter window, embed mode).
    pub fn get() -> Option<HeaderMenu> {
        use_context::<HeaderMenu>()
    }

    /// Closes the menu.
    pub fn close(self) {
        self.0.set(false);
    }
}
