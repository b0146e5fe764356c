//! When ECharts can be asked for: once the page's deferred scripts have run, and not in the
//! task that mounts the app.
//!
//! Owns: [`scripts_run`] and [`map_ready`]. The app's module comes before ECharts' and the
//! world map's scripts in the page, so the WebAssembly compiles while they are evaluated, and the
//! app may mount before they have run. Deferred scripts run after the document is parsed (`readyState` is already
//! "interactive" then) and before its `DOMContentLoaded`, so from that event on
//! `window.echarts` is there or will never be (the file did not load: each chart then says
//! so). Until then a chart waits, blank, with nothing to report. A page whose view draws no
//! chart (the evidence) has no ECharts script at all: the first chart the reader opens loads it
//! (and the maps after it: the world map's script registers with ECharts).
//!
//! Nor is the first chart drawn in the task that mounts the app, or in the one that evaluated
//! ECharts' script: the app's start (the dataset read, the first render), ECharts' own start and
//! its first drawing are separate tasks, so the browser can answer a press and paint between
//! them instead of being held for all at once.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    static RUN: OnceCell<ArcRwSignal<bool>> = const { OnceCell::new() };
    static MAPS: RefCell<HashMap<String, ArcRwSignal<bool>>> = RefCell::new(HashMap::new());
}

/// Whether the document's `DOMContentLoaded` has fired (the navigation's timing says when it
/// started), or the whole page has loaded.
fn scripts_done(document: &web_sys::Document) -> bool {
    if document.ready_state() == "complete" {
        return true;
    }
    let started = web_sys::window()
        .and_then(|w| w.performance())
        .and_then(|p| {
            p.get_entries_by_type("navigation")
                .get(0)
                .dyn_into::<js_sys::Object>()
                .ok()
        })
        .and_then(|entry| js_sys::Reflect::get(&entry, &"domContentLoadedEventStart".into()).ok())
        .and_then(|t| t.as_f64());
    started.is_some_and(|t| t > 0.0)
}

/// Settles `run` ([`library`]) in a task of its own (`frames::next_task`), not in the one
/// that asked: the app's mount, or the `DOMContentLoaded` that follows ECharts' evaluation.
fn settle_later(run: ArcRwSignal<bool>) {
    leptos::task::spawn_local(async move {
        crate::frames::next_task().await;
        library(run);
    });
}

/// Whether the page's deferred scripts (ECharts, the world map) have run: from the task after
/// the first call when `DOMContentLoaded` has passed (the single file, a slow start), else from
/// that event on. One signal for every chart of the page: later charts do not wait.
pub(super) fn scripts_run() -> ArcRwSignal<bool> {
    RUN.with(|cell| {
        cell.get_or_init(|| {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return ArcRwSignal::new(true);
            };
            let run = ArcRwSignal::new(false);
            if scripts_done(&document) {
                // A task of its own, after the one that is mounting the app.
                settle_later(run.clone());
                return run;
            }
            let opts = web_sys::AddEventListenerOptions::new();
            opts.set_once(true);
            // The window's `load` too, in case a browser gives no navigation timing and the
            // event has passed: it always comes later.
            let targets: [(&str, Option<web_sys::EventTarget>); 2] = [
                ("DOMContentLoaded", Some(document.into())),
                ("load", web_sys::window().map(Into::into)),
            ];
            // Whichever of the two events comes first settles the signal, once: ECharts' script,
            // left out of the page, must be asked for once (`library`).
            let pending = Rc::new(Cell::new(Some(run.clone())));
            for (event, target) in targets {
                let pending = pending.clone();
                let listener = Closure::once_into_js(move || {
                    if let Some(run) = pending.take() {
                        settle_later(run);
                    }
                });
                let added = target.is_some_and(|t| {
                    t.add_event_listener_with_callback_and_add_event_listener_options(
                        event,
                        listener.unchecked_ref(),
                        &opts,
                    )
                    .is_ok()
                });
                if !added {
                    run.set(true);
                }
            }
            run
        })
        .clone()
    })
}

/// Sets `run` once ECharts is there or can no longer come: at once, unless the page left ECharts'
/// script out (a page whose view draws no chart: `tools/postbuild/bake.mjs` leaves
/// `<meta name="chart-script" content="<script>" data-integrity="...">` in its place), which is
/// then loaded, with the same integrity check, by the first chart the reader opens.
fn library(run: ArcRwSignal<bool>) {
    if super::bindings::echarts_loaded() {
        run.set(true);
        return;
    }
    let setter = run.clone();
    if !load_script("meta[name=\"chart-script\"]", move || setter.set(true)) {
        run.set(true);
    }
}

/// Whether ECharts has the map `name` (`"world"`), or can no longer get it. A page whose own
/// view draws on no map does not load the map's script (`tools/postbuild/bake.mjs` leaves
/// `<meta name="chart-map" data-map="world" content="<script>" data-integrity="...">` in its
/// place); the first chart that needs the map loads it then, with the same integrity check,
/// once per page. With no such `<meta>` the map's script ran with the page's (or failed to,
/// and the chart says what ECharts says).
pub(super) fn map_ready(name: &str) -> ArcRwSignal<bool> {
    if let Some(ready) = MAPS.with(|m| m.borrow().get(name).cloned()) {
        return ready;
    }
    // (ECharts' `getMap` cannot tell: it answers for GeoJSON maps only, and `world` is SVG.)
    let ready = ArcRwSignal::new(false);
    if !load_map(name, &ready) {
        ready.set(true);
    }
    MAPS.with(|m| m.borrow_mut().insert(name.to_string(), ready.clone()));
    ready
}

/// Starts loading the script of the map `name` that the page's `<meta name="chart-map">`
/// names; `ready` is set once it has run or failed. False when the page names none.
fn load_map(name: &str, ready: &ArcRwSignal<bool>) -> bool {
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return false;
    }
    let ready = ready.clone();
    load_script(
        &format!("meta[name=\"chart-map\"][data-map=\"{name}\"]"),
        move || ready.set(true),
    )
}

/// Starts loading the script that the first `<meta>` matching `selector` names (its `content`,
/// with its `data-integrity`); `done` runs once it has run or failed. False when the page has
/// no such `<meta>`. The `<meta>` goes, so the script is asked for once.
fn load_script(selector: &str, done: impl FnOnce() + 'static) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(meta) = document.query_selector(selector).ok().flatten() else {
        return false;
    };
    let (Some(src), Ok(script), Some(head)) = (
        meta.get_attribute("content"),
        document.create_element("script"),
        document.head(),
    ) else {
        return false;
    };
    let _ = script.set_attribute("src", &src);
    if let Some(integrity) = meta.get_attribute("data-integrity") {
        let _ = script.set_attribute("integrity", &integrity);
    }
    // Once, whichever of the two events comes.
    let done = Rc::new(Cell::new(Some(done)));
    for event in ["load", "error"] {
        let done = done.clone();
        let settle = Closure::once_into_js(move || {
            if let Some(f) = done.take() {
                f();
            }
        });
        let _ = script.add_event_listener_with_callback(event, settle.unchecked_ref());
    }
    meta.remove();
    head.append_child(&script).is_ok()
}
