//! Browser test (wasm-bindgen-test in headless Chromium) of the real panic path: the hook that
//! `main` installs, a real `panic!`, and the `#fatal` block the reader then sees.
//!
//! On its own in this file: a panic ends the WebAssembly call it happens in (panic = "abort"),
//! and it leaves the panic machinery of this instance marked as panicking, which the tests of
//! another file (tests/web.rs) must not share.
#![cfg(target_arch = "wasm32")]

use paradiplomacy_dashboard::panic_hook;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;
use support::fatal_block;

/// Resolves after the tasks queued before it (a timer of 0 ms queued earlier runs first).
async fn next_tasks() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("window")
                .set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

#[wasm_bindgen_test]
async fn a_real_panic_shows_the_fatal_block_with_its_message() {
    let (block, detail) = fatal_block();

    // For good: after a panic std refuses to change the hook again (the thread counts as
    // panicking), so an assertion below that fails is reported by this hook too.
    std::panic::set_hook(Box::new(panic_hook));
    // The panic happens in a task of its own: it ends that call into the WebAssembly (the
    // browser reports "unreachable"), not this test.
    let boom = Closure::once_into_js(|| -> () { panic!("a panic <b>for the test</b>") });
    web_sys::window()
        .expect("window")
        .set_timeout_with_callback(boom.unchecked_ref())
        .expect("setTimeout");
    next_tasks().await;

    assert!(!block.has_attribute("hidden"), "the reader sees the block");
    let text = detail.text_content().unwrap_or_default();
    assert!(
        text.contains("a panic <b>for the test</b>"),
        "the panic's message, as text: {text:?}"
    );
    assert!(text.contains("panic_hook.rs"), "where it happened: {text:?}");
    assert_eq!(detail.child_element_count(), 0, "shown as text, never as markup");
    block.remove();
}
