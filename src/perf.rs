//! Performance marks for the benchmark script (`e2e/bench/run.mjs`). When a filter changes or
//! another view is chosen: a mark, then two measures,
//! - `filter-update` / `view-update`: the re-render, until the app has rebuilt the page and
//!   ECharts has drawn the chart (every effect of the change has run: effects run as tasks of
//!   the app's microtask queue, and the measure is taken from a task queued behind them);
//! - `filter-render` / `view-render`: until the frame with the result has been painted, which
//!   adds the wait for the display's next frame and the browser's layout, paint and compositing.
//!
//! Also a mark when the first chart is drawn, and a measure of each chart drawing (`chart-draw`:
//! ECharts taking an option and painting it), the part of a change that is ECharts'. Cheap
//! no-ops when `performance` is absent.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the reader changed, for the names of its mark and measure.
#[derive(Clone, Copy, Debug)]
pub enum Change {
    Filter,
    View,
}

impl Change {
    /// The mark, the update measure and the painted measure.
    fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Change::Filter => ("filter-change", "filter-update", "filter-render"),
            Change::View => ("view-change", "view-update", "view-render"),
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

/// Marks the start of a change and measures until its update is done and until the next
/// painted frame.
pub fn mark_change(change: Change) {
    let (start, updated, painted) = change.names();
    let Some(perf) = performance() else { return };
    let _ = perf.mark(start);
    let Some(window) = web_sys::window() else { return };
    // Effects run on the microtask queue (Leptos' executor). This task goes behind them, and
    // behind what they queue in turn, before it measures.
    leptos::task::spawn_local(async move {
        for _ in 0..2 {
            let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL)).await;
        }
        if let Some(perf) = performance() {
            let _ = perf.measure_with_start_mark(updated, start);
        }
    });
    // The frame after the next animation frame is painted with the new state.
    let after_paint = Closure::once_into_js(move || {
        if let Some(perf) = performance() {
            let _ = perf.measure_with_start_mark(painted, start);
        }
    });
    let next_frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(after_paint.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(next_frame.unchecked_ref());
}
