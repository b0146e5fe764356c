//! When ECharts can be asked for: once the page's deferred scripts have run and the parts of
//! ECharts a chart draws with are loaded, and not in the task that mounts the app.
//!
//! Owns: [`scripts_run`], [`part_ready`] and [`map_ready`]. The app's module comes before
//! ECharts' and the world map's scripts in the page, so the WebAssembly compiles while they are
//! evaluated, and the app may mount before they have run. Deferred and module scripts run after
//! the document is parsed (`readyState` is already "interactive" then) and before its
//! `DOMContentLoaded`, so from that event on the page's own parts of ECharts have run or never
//! will (a file did not load: each chart then says so). Until then a chart waits, blank, with
//! nothing to report. ECharts comes in parts (tools/echarts-parts.mjs): a page loads those its
//! own view draws with, and names the others, which the first chart that needs one loads (and
//! the maps after them: the world map's script registers with ECharts).
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
    static PARTS: RefCell<HashMap<String, ArcRwSignal<bool>>> = RefCell::new(HashMap::new());
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

/// Sets `run` in a task of its own (`frames::next_task`), not in the one that asked: the
/// app's mount, or the `DOMContentLoaded` that follows ECharts' evaluation.
fn settle_later(run: ArcRwSignal<bool>) {
    leptos::task::spawn_local(async move {
        crate::frames::next_task().await;
        run.set(true);
    });
}

/// Whether the page's deferred scripts (its parts of ECharts, the world map) have run: from
/// the task after the first call when `DOMContentLoaded` has passed (the single file, a slow
/// start), else from that event on. One signal for every chart of the page: later charts do
/// not wait.
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
            // Whichever of the two events comes first settles the signal, once.
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

/// Whether the part `name` of ECharts (tools/echarts-parts.mjs: `core`, a series type, a
/// component) has run, or can no longer: ask once [`scripts_run`] is set. A part the page loads
/// itself (`<script data-chart-part>`, tools/postbuild/bake.mjs) has run by then. Any other the
/// page names (`<meta name="chart-part">` in its `<template id="chart-files">`,
/// tools/postbuild/chart-parts.mjs) is loaded now, once per page, with its integrity and its
/// chunks' (preloaded at once, with theirs). A page that names none (the single file, where
/// ECharts is whole) has every part.
pub(super) fn part_ready(name: &str) -> ArcRwSignal<bool> {
    if let Some(ready) = PARTS.with(|p| p.borrow().get(name).cloned()) {
        return ready;
    }
    let ready = ArcRwSignal::new(false);
    let done = ready.clone();
    let loading = name_safe(name)
        && !own_script("data-chart-part", name)
        && load_script(
            &format!("meta[name=\"chart-part\"][data-part=\"{name}\"]"),
            Script::Part(name),
            move || done.set(true),
        );
    if !loading {
        ready.set(true);
    }
    PARTS.with(|p| p.borrow_mut().insert(name.to_string(), ready.clone()));
    ready
}

/// Whether the page has a script whose `attribute` is `name`: one it loads itself (a baked
/// page's, tools/postbuild/bake.mjs) or one loaded already.
fn own_script(attribute: &str, name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("script[{attribute}=\"{name}\"]")).ok())
        .flatten()
        .is_some()
}

/// Whether `name` can stand in a CSS selector's quoted attribute value as it is.
fn name_safe(name: &str) -> bool {
    name.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether ECharts has the map `name` (`"world"`), or can no longer get it: ask once the core
/// has run ([`part_ready`]), with which the map's script registers. A page whose own view draws
/// on the map loads its script itself (`<script data-chart-map>`, tools/postbuild/bake.mjs);
/// any other page names it (`<meta name="chart-map" data-map="world" content="<script>"
/// data-integrity="...">`, tools/postbuild/chart-parts.mjs), and the first chart that needs
/// the map loads it then, with the same integrity check, once per page. With neither, the
/// map's script ran with the page's (the single file), or failed to, and the chart says what
/// ECharts says.
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
    if !name_safe(name) {
        return false;
    }
    if own_script("data-chart-map", name) {
        return false;
    }
    let ready = ready.clone();
    load_script(
        &format!("meta[name=\"chart-map\"][data-map=\"{name}\"]"),
        Script::Map(name),
        move || ready.set(true),
    )
}

/// What a `<meta>` names: a map's classic script, or a part of ECharts, an ES module whose
/// chunks the `<meta>` lists (`data-imports`: `<path>|<integrity>`, space-separated).
#[derive(Clone, Copy)]
enum Script<'a> {
    Map(&'a str),
    Part(&'a str),
}

/// `<link rel="modulepreload">` for each chunk `imports` lists, with its integrity: the module
/// that imports it then uses the preloaded one, checked.
fn preload_chunks(document: &web_sys::Document, head: &web_sys::HtmlHeadElement, imports: &str) {
    for chunk in imports.split_ascii_whitespace() {
        let (href, integrity) = chunk.split_once('|').unwrap_or((chunk, ""));
        let Ok(link) = document.create_element("link") else {
            continue;
        };
        let _ = link.set_attribute("rel", "modulepreload");
        let _ = link.set_attribute("data-chart-chunk", "");
        let _ = link.set_attribute("href", href);
        if !integrity.is_empty() {
            let _ = link.set_attribute("integrity", integrity);
        }
        let _ = head.append_child(&link);
    }
}

/// The first `<meta>` matching `selector` in the page's `<template id="chart-files">`, where the
/// build names every file a chart may draw with (tools/postbuild/chart-parts.mjs).
fn named(document: &web_sys::Document, selector: &str) -> Option<web_sys::Element> {
    let files: web_sys::HtmlTemplateElement = document.get_element_by_id("chart-files")?.dyn_into().ok()?;
    files.content().query_selector(selector).ok().flatten()
}

/// Starts loading the script that the first `<meta>` matching `selector` names (its `content`,
/// with its `data-integrity`); `done` runs once it has run or failed. False when the page has
/// no such `<meta>`. The `<meta>` goes, so the script is asked for once.
fn load_script(selector: &str, kind: Script, done: impl FnOnce() + 'static) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(meta) = named(&document, selector) else {
        return false;
    };
    let (Some(src), Ok(script), Some(head)) = (
        meta.get_attribute("content"),
        document.create_element("script"),
        document.head(),
    ) else {
        return false;
    };
    match kind {
        Script::Part(part) => {
            preload_chunks(
                &document,
                &head,
                &meta.get_attribute("data-imports").unwrap_or_default(),
            );
            let _ = script.set_attribute("type", "module");
            let _ = script.set_attribute("data-chart-part", part);
        }
        Script::Map(map) => {
            let _ = script.set_attribute("data-chart-map", map);
        }
    }
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
