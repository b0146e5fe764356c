//! Performance marks for the benchmark script (`e2e/bench/run.mjs`): a mark when a filter
//! changes or another view is chosen, and a measure once the frame with the result has run
//! (`filter-render`, `view-render`); a mark when the first chart is drawn; a measure of each
//! chart drawing (`chart-draw`: ECharts taking an option and painting it), the part of a change
//! that is ECharts'. Cheap no-ops when `performance` is absent.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the reader changed, for the names of its mark and measure.
#[derive(Clone, Copy, Debug)]
pub enum Change {
    Filter,
    View,
}

impl Change {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Change::Filter => ("filter-change", "filter-render"),
            Change::View => ("view-change", "view-render"),
        }
    }
}

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

/// Runs `f` inside the measure `name` (from a mark `<name>-start` to its end).
pub fn span<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(perf) = performance() else { return f() };
    let start = format!("{name}-start");
    let _ = perf.mark(&start);
    let out = f();
    let _ = perf.measure_with_start_mark(name, &start);
    out
}

/// Marks the start of a change and measures until the next painted frame.
pub fn mark_change(change: Change) {
    let (start, measure) = change.names();
    let Some(perf) = performance() else { return };
    let _ = perf.mark(start);
    let Some(window) = web_sys::window() else { return };
    // The frame after the next animation frame is painted with the new state.
    let after_paint = Closure::once_into_js(move || {
        if let Some(perf) = performance() {
            let _ = perf.measure_with_start_mark(measure, start);
        }
    });
    let next_frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(after_paint.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(next_frame.unchecked_ref());
}
