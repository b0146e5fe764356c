//! Entry point: install the panic hook and mount the app. Nothing else.

use paradiplomacy_dashboard::{handover, panic_hook, App};

fn main() {
    // A panic is logged to the console and shown in the page (the `#fatal` block of
    // index.html), so a reader never faces a blank page.
    std::panic::set_hook(Box::new(panic_hook));
    handover::mount(App);
    // Tells public/boot.js that start-up errors are over, and tests that the app is up.
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app-ready", "");
    }
}
