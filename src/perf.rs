//! Performance marks for the benchmark script (`e2e/bench/run.mjs`). When a filter changes or
//! another view is chosen: a mark, then two measures,
//! - `filter-update` / `view-update`: the re-render, until the app has rebuilt the page and
//!   ECharts has drawn the chart (every effect of the change has run: effects run as tasks of
//!   the app's microtask queue, and the measure is taken from a task queued behind them);
//! - `filter-render` / `view-render`: until the frame with the result has been painted, which
//!   adds the wait for the display's next frame and the browser's layout, paint and compositing.
//!
//! A view's table follows its chart one frame later (`state::deferred`), in a task of its own:
//! `table-update` is that task's work, `table-render` runs from the filter change until the
//! frame with the table is painted.
//!
//! Also a mark when the first chart is drawn, and a measure of each chart drawing (`chart-draw`:
//! ECharts taking an option and painting it), the part of a change that is ECharts'. Cheap
//! no-ops when `performance` is absent.

use crate::frames;

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
    leptos::task::spawn_local(async move {
        frames::effects_done().await;
        if let Some(perf) = performance() {
            let _ = perf.measure_with_start_mark(updated, start);
        }
    });
    frames::after_next_paint(move || {
        if let Some(perf) = performance() {
            let _ = perf.measure_with_start_mark(painted, start);
        }
    });
}

/// Runs `apply`, the part of a change deferred to the frame after it (a view's table, see
/// `state::deferred`), inside two measures: `table-update`, its own work (until the effects
/// it sets off have run), and `table-render`, from the last filter change until the frame
/// showing the table is painted.
pub fn deferred_part(apply: impl FnOnce()) {
    let Some(perf) = performance() else { return apply() };
    let _ = perf.mark("table-start");
    apply();
    leptos::task::spawn_local(async move {
        frames::effects_done().await;
        if let Some(perf) = performance() {
            let _ = perf.measure_with_start_mark("table-update", "table-start");
        }
    });
    let (start, _, _) = Change::Filter.names();
    if perf.get_entries_by_name(start).length() > 0 {
        frames::after_next_paint(move || {
            if let Some(perf) = performance() {
                let _ = perf.measure_with_start_mark("table-render", start);
            }
        });
    }
}
