//! The app taking over a baked page. The release build bakes every view into its own page
//! (tools/postbuild/bake.mjs): the reader sees the view before any script runs. The app then
//! renders into `#app`, hidden while `#baked` is there, and public/baked.js swaps the two in one
//! frame once the app's first chart is drawn (or, on a view without one, once it has mounted).
//!
//! Owns: where the app mounts, and whether a baked page is still on screen.

use leptos::prelude::*;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Mounts `app` into the page's `#app` element (index.html has one), or into `<body>` for a
/// page without it.
pub fn mount<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    use wasm_bindgen::JsCast;
    match document()
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(root) => leptos::mount::mount_to(root, app).forget(),
        None => leptos::mount::mount_to_body(app),
    }
}

/// Whether the baked page is still what the reader sees. The first drawing of a chart then
/// comes without its opening animation: at the swap it must look as the baked picture did.
pub fn baked_on_screen() -> bool {
    document().and_then(|d| d.get_element_by_id("baked")).is_some()
}
