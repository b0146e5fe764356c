//! A chart's PNG and SVG downloads: the picture on screen as a file, on the page's background.
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::bindings::{echarts_init, js_message, set};
use super::Live;
use crate::charts::options::SVG_PART;

/// The page's background colour, so an exported chart reads as it does on screen.
fn page_background() -> String {
    let window = web_sys::window();
    window
        .as_ref()
        .zip(window.as_ref().and_then(|w| w.document()).and_then(|d| d.body()))
        .and_then(|(w, body)| w.get_computed_style(&body).ok().flatten())
        .and_then(|style| style.get_property_value("background-color").ok())
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "#ffffff".to_string())
}

/// The chart as a PNG `data:` URL at twice its size on screen, on the page's background.
fn png_url(live: &Live) -> Result<String, String> {
    let opts = js_sys::Object::new();
    set(&opts, "type", &JsValue::from_str("png"));
    set(&opts, "pixelRatio", &JsValue::from_f64(2.0));
    set(&opts, "backgroundColor", &JsValue::from_str(&page_background()));
    live.chart.get_data_url(&opts).map_err(|e| js_message(&e))
}

/// The chart as an SVG document: the same option drawn once more by ECharts' SVG renderer, at
/// the size on screen, in a detached element that is disposed of at once. The renderer is a
/// part of ECharts of its own, loaded when the first SVG is asked for ([`ChartDownloads`]).
fn svg_text(live: &Live) -> Result<String, String> {
    let c = &live.chart;
    let option = c.get_option().map_err(|e| js_message(&e))?;
    set(&option, "animation", &JsValue::FALSE);
    set(&option, "backgroundColor", &JsValue::from_str(&page_background()));
    let el: web_sys::HtmlElement = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?
        .create_element("div")
        .map_err(|e| js_message(&e))?
        .dyn_into()
        .map_err(|_| "not an element")?;
    let opts = js_sys::Object::new();
    set(&opts, "renderer", &JsValue::from_str("svg"));
    set(&opts, "width", &JsValue::from_f64(c.get_width().unwrap_or(800.0)));
    set(
        &opts,
        "height",
        &JsValue::from_f64(c.get_height().unwrap_or(500.0)),
    );
    let theme = if live.dark {
        JsValue::from_str("dark")
    } else {
        JsValue::NULL
    };
    let svg = echarts_init(&el, &theme, &opts).map_err(|e| js_message(&e))?;
    let text = svg
        .set_option_with(&option, &JsValue::UNDEFINED)
        .and_then(|()| svg.render_to_svg_string())
        .map_err(|e| js_message(&e));
    let _ = svg.dispose();
    text
}

/// The PNG and SVG buttons of a chart. A failure is said next to them, in words.
#[component]
pub(super) fn ChartDownloads(
    live: StoredValue<Option<Live>, LocalStorage>,
    stem: Signal<String>,
    hidden: Signal<bool>,
    lang: Signal<crate::model::Lang>,
) -> impl IntoView {
    use crate::i18n::{export::E, t, Key};
    let text = move |k: E| t(lang.get(), Key::Export(k));
    let failed = RwSignal::new(None::<String>);
    let save = move |svg: bool| {
        let result = live.with_value(|slot| {
            let l = slot.as_ref().ok_or_else(|| "no chart".to_string())?;
            let name = format!("{}.{}", stem.get_untracked(), if svg { "svg" } else { "png" });
            if svg {
                crate::files::save_text(&name, "image/svg+xml", &svg_text(l)?)
            } else {
                crate::files::save_url(&name, &png_url(l)?)
            }
        });
        failed.set(result.err());
    };
    // An SVG waits for ECharts' SVG renderer, which the page loads when the first is asked for
    // (at once from then on). Without it ECharts says it has no such renderer, and so do we.
    let svg_asked = RwSignal::new(None::<ArcRwSignal<bool>>);
    Effect::new(move |_| {
        if svg_asked.with(|asked| asked.as_ref().is_some_and(|ready| ready.get())) {
            svg_asked.update_untracked(|asked| *asked = None);
            save(true);
        }
    });
    let save_svg = move || svg_asked.set(Some(super::arrival::part_ready(SVG_PART)));
    view! {
        <div class="chart-downloads" hidden=move || hidden.get()>
            <button class="small" on:click=move |_| save(false)>{move || text(E::ChartPng)}</button>
            <button class="small" on:click=move |_| save_svg()>{move || text(E::ChartSvg)}</button>
            {move || failed.get().map(|m| view! { <span class="chart-fault-detail" role="status">{text(E::Failed)}": "{m}</span> })}
        </div>
    }
}
