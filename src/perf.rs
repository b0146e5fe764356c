//! Performance marks for the benchmark script (`e2e/bench/run.mjs`): a mark when a filter
//! changes and a measure once the frame with the result has run, and a mark when the first chart
//! is drawn. Cheap no-ops when `performance` is absent.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const START: &str = "filter-change";
const MEASURE: &str = "filter-render";

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Sets the performance mark `name` the first time it is called in this page.
pub fn mark_once(name: &str) {
    let Some(perf) = performance() else { return };
    if perf.get_entries_by_name(name).length() == 0 {
        let _ = perf.mark(name);
    }
}

/// Marks the start of a filter change and measures until the next painted frame.
pub fn mark_filter_change() {
    let Some(perf) = performance() else { return };
    let _ = perf.mark(START);
    let Some(window) = web_sys::window() else { return };
    // The frame after the next animation frame is painted with the new state.
    let after_paint = Closure::once_into_js(move || {
        if let Some(perf) = performance() {
            let _ = perf.measure_with_start_mark(MEASURE, START);
        }
    });
    let next_frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(after_paint.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(next_frame.unchecked_ref());
}
