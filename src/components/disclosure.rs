//! A panel a button opens and closes (the phone's header menu, the phone's filter panel): an
//! Escape closes it and puts focus back on its button.

use leptos::prelude::*;

/// The keydown handler of a panel and its button `toggle`. An Escape that nothing inside took
/// first (the search box clears its text and says so by preventing the default) closes an open
/// panel and focuses `toggle`.
pub fn close_on_escape(
    open: RwSignal<bool>,
    toggle: NodeRef<leptos::html::Button>,
) -> impl Fn(web_sys::KeyboardEvent) + Copy + 'static {
    move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && !ev.default_prevented() && open.get_untracked() {
            ev.prevent_default();
            open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    }
}
