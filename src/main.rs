//! Entry point: install the panic hooks and mount the app. Nothing else.

use paradiplomacy_dashboard::App;

/// Shows a panic in the page itself (the `#fatal` block of index.html), so a reader never
/// faces a blank page, and logs it to the console as usual.
fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    console_error_panic_hook::hook(info);
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(detail) = doc.get_element_by_id("fatal-detail") {
        detail.set_text_content(Some(&info.to_string()));
    }
    if let Some(block) = doc.get_element_by_id("fatal") {
        let _ = block.remove_attribute("hidden");
    }
}

fn main() {
    std::panic::set_hook(Box::new(show_panic));
    leptos::mount::mount_to_body(App);
    // Tells public/boot.js that start-up errors are over, and tests that the app is up.
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-app-ready", "");
    }
}
