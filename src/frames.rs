//! When work runs relative to the browser's frames. Owns three waits: until the app's effects
//! have run ([`effects_done`]), until the next frame has been painted ([`after_next_paint`],
//! [`painted`]), and until the next task ([`next_task`]).
//! Used by the performance measures (`perf`) and by values that follow another a frame later
//! (`state::deferred`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Resolves once the effects queued so far have run. Effects run on the microtask queue (Leptos'
/// executor); this goes behind them, and behind what they queue in turn.
pub async fn effects_done() {
    for _ in 0..2 {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
    }
}

/// Runs `f` in a task after the next frame has been painted: the next animation frame is the
/// one being prepared, and a task queued from it runs once that frame is on screen. Without a
/// window, `f` runs at once; in a hidden tab, whose frames are paused, when it is shown again.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let task = Closure::once_into_js(f);
    let next_frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    // `requestAnimationFrame` throws only in a window without a document.
    let _ = window.request_animation_frame(next_frame.unchecked_ref());
}

/// Resolves in a task after the next frame has been painted ([`after_next_paint`]): what the
/// app has just changed is on screen before the long work that follows.
pub async fn painted() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        after_next_paint(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves in a task of its own, after whatever the browser has waiting (input, a frame):
/// long work split at these points never holds the page for the whole of it.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !queued {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
