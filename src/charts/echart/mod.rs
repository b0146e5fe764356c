//! The one `<EChart/>` component, and the only code that talks to ECharts.
//!
//! Owns: the ECharts instance of each chart on screen: init once when its element exists,
//! `setOption` with `replaceMerge: ['series']` on every change (no stale series), resize through a
//! ResizeObserver, click events back to Rust, dispose on cleanup. No element ids are used and
//! nothing is unwrapped: if ECharts is missing or throws, the component shows a message and the
//! page's table alternative still holds the data. A chart waits for the page's scripts to have
//! run and for the parts of ECharts it draws with (`arrival`): the app may start before ECharts
//! has.
//!
//! charming (with its `wasm` feature) builds the options; its `WasmRenderer` binds only `init`
//! by element id, a merging `setOption` and a sized `resize`, and unwraps inside. The instance
//! bindings the app needs (catching every JS exception) are declared in `bindings` and nowhere
//! else; the PNG and SVG downloads are in `downloads`.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::ChartSpec;
use crate::model::Lang;

mod arrival;
mod bindings;
mod downloads;

pub use bindings::ChartFault;
use bindings::{echarts_init, echarts_loaded, js_message, set, Echarts};
use downloads::ChartDownloads;

/// Everything that must live exactly as long as the chart element (or until the theme changes).
struct Live {
    dark: bool,
    /// Sized for paper (see [`apply`]); shared with the resize observer, which leaves a chart
    /// on paper alone.
    print_sized: Rc<Cell<bool>>,
    /// The height in pixels last given to the chart's element, when it follows the data.
    height: Cell<Option<usize>>,
    /// What was last drawn: the same again is not drawn again (ECharts would redo it all).
    drawn: RefCell<Option<Drawing>>,
    chart: Echarts,
    _on_click: Closure<dyn FnMut(JsValue)>,
    observer: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>,
}

impl Drop for Live {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.observer {
            observer.disconnect();
        }
        let _ = self.chart.dispose();
    }
}

/// An option as drawn: its JSON, on paper or not, and the height that went with it.
#[derive(PartialEq)]
struct Drawing {
    option: String,
    printing: bool,
    height: Option<usize>,
}

fn number_field(value: &JsValue, field: &str) -> Option<usize> {
    js_sys::Reflect::get(value, &JsValue::from_str(field))
        .ok()?
        .as_f64()
        .filter(|n| *n >= 0.0)
        .map(|n| n as usize)
}

fn start(
    el: &web_sys::HtmlElement,
    dark: bool,
    spec: Signal<std::sync::Arc<ChartSpec>>,
    on_select: Option<Callback<String>>,
) -> Result<Live, ChartFault> {
    if !echarts_loaded() {
        return Err(ChartFault::Missing);
    }
    let theme = if dark {
        JsValue::from_str("dark")
    } else {
        JsValue::NULL
    };
    let chart =
        echarts_init(el, &theme, &JsValue::UNDEFINED).map_err(|e| ChartFault::Threw(js_message(&e)))?;
    let on_click = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
        // A sankey's links are not records: only its nodes (and every other mark) are.
        let data_type = js_sys::Reflect::get(&params, &JsValue::from_str("dataType"))
            .ok()
            .and_then(|v| v.as_string());
        if data_type.as_deref() == Some("edge") {
            return;
        }
        let (Some(series), Some(index)) = (
            number_field(&params, "seriesIndex"),
            number_field(&params, "dataIndex"),
        ) else {
            return;
        };
        let target = spec.with_untracked(|s| s.target(series, index).map(str::to_string));
        if let (Some(id), Some(cb)) = (target, on_select) {
            cb.run(id);
        }
    });
    chart
        .on("click", on_click.as_ref().unchecked_ref())
        .map_err(|e| ChartFault::Threw(js_message(&e)))?;
    let print_sized = Rc::new(Cell::new(false));
    let observer = {
        let chart = chart.clone();
        let watched = el.clone();
        let on_paper = print_sized.clone();
        let resize = Closure::<dyn FnMut()>::new(move || {
            // `apply` resizes with the option it draws; this is for every other change of size
            // (the window, the layout, leaving paper).
            if !on_paper.get() && !same_size(&chart, &watched) {
                let _ = chart.resize_with(&size_opts(Size::Auto, Size::Auto));
            }
        });
        web_sys::ResizeObserver::new(resize.as_ref().unchecked_ref())
            .ok()
            .map(|o| {
                o.observe(el);
                (o, resize)
            })
    };
    Ok(Live {
        dark,
        print_sized,
        height: Cell::new(None),
        drawn: RefCell::new(None),
        chart,
        _on_click: on_click,
        observer,
    })
}

/// The width of a chart on paper: an A4 page less the print stylesheet's margins, in CSS pixels.
const PRINT_WIDTH: f64 = 680.0;

/// Whether the chart is drawn at its element's size (ECharts measures the element the same way).
fn same_size(chart: &Echarts, el: &web_sys::HtmlElement) -> bool {
    let near = |a: Result<f64, JsValue>, b: i32| a.is_ok_and(|a| (a - f64::from(b)).abs() < 0.5);
    near(chart.get_width(), el.client_width()) && near(chart.get_height(), el.client_height())
}

/// A width or height for ECharts' `resize`. ECharts keeps a size in pixels until it is given
/// "auto" again, so every resize here says both.
#[derive(Clone, Copy)]
enum Size {
    /// Measured from the element (a layout read).
    Auto,
    Px(f64),
}

fn size_opts(width: Size, height: Size) -> JsValue {
    let opts = js_sys::Object::new();
    for (key, size) in [("width", width), ("height", height)] {
        let value = match size {
            Size::Auto => JsValue::from_str("auto"),
            Size::Px(px) => JsValue::from_f64(px),
        };
        set(&opts, key, &value);
    }
    opts.into()
}

/// Whether the reader's system asks for less motion (`prefers-reduced-motion: reduce`).
fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|q| q.matches())
}

/// Draws `option`, animated unless the reader's system asks for less motion. For paper
/// (`printing`): at the page's width and without animation, so the final picture is on the
/// canvas when the print dialog takes it. When the chart must also
/// change size (`height` follows the data, or it goes to or comes back from paper), ECharts is
/// given the option first without drawing it, then resized: one drawing, not two. A new height
/// on screen is given in pixels with the width the chart has, so nothing reads the page's
/// layout in the middle of an update.
fn apply(
    live: &Live,
    el: &web_sys::HtmlElement,
    option: &str,
    printing: bool,
    height: Option<usize>,
) -> Result<(), ChartFault> {
    let parsed = js_sys::JSON::parse(option).map_err(|e| ChartFault::Threw(js_message(&e)))?;
    // Said on every update: ECharts merges the option, so an `animation: false` left by paper
    // or by the reader's setting would otherwise stay.
    // Nor on a baked page's first drawing, which must look as the baked picture does.
    let animate = !printing && !reduced_motion() && !crate::handover::baked_on_screen();
    set(&parsed, "animation", &JsValue::from_bool(animate));
    let new_height = live.height.replace(height) != height;
    if let (true, Some(h)) = (new_height, height) {
        let _ = el.style().set_property("height", &format!("{h}px"));
    }
    let to_paper = live.print_sized.replace(printing) != printing;
    let rows = height.map_or(Size::Auto, |h| Size::Px(h as f64));
    let size = match (to_paper, printing, new_height) {
        (true, true, _) => Some(size_opts(Size::Px(PRINT_WIDTH), rows)),
        (true, false, _) => Some(size_opts(Size::Auto, Size::Auto)),
        (false, _, true) => {
            let width = live.chart.get_width().map_or(Size::Auto, Size::Px);
            let width = if printing { Size::Px(PRINT_WIDTH) } else { width };
            Some(size_opts(width, rows))
        }
        (false, _, false) => None,
    };
    // The page's own background shows through, in both themes.
    set(&parsed, "backgroundColor", &JsValue::from_str("transparent"));
    let opts = js_sys::Object::new();
    // Series are replaced whole (no stale series survive); the other components of a chart are
    // the same from one update to the next, so merging them keeps the reader's zoom and pan and
    // spares ECharts rebuilding them.
    let replace = js_sys::Array::of1(&JsValue::from_str("series"));
    set(&opts, "replaceMerge", &replace);
    if size.is_some() {
        set(&opts, "lazyUpdate", &JsValue::TRUE);
    }
    let threw = |e: JsValue| ChartFault::Threw(js_message(&e));
    live.chart.set_option_with(&parsed, &opts).map_err(threw)?;
    match size {
        // ECharts draws a pending option when it resizes.
        Some(size) => live.chart.resize_with(&size).map_err(threw),
        None => Ok(()),
    }
}

/// An ECharts chart. The page keeps an equivalent table next to it.
#[component]
pub fn EChart(
    /// The option to draw and the records behind its marks.
    #[prop(into)]
    spec: Signal<std::sync::Arc<ChartSpec>>,
    /// What the chart shows, for screen readers.
    #[prop(into)]
    label: Signal<String>,
    /// Called with the id of the record behind a clicked mark.
    #[prop(optional, into)]
    on_select: Option<Callback<String>>,
    /// Shown in place of the chart when ECharts is missing.
    #[prop(into)]
    fallback: Signal<String>,
    /// The language of the chart's own words (its download buttons, its fault message).
    #[prop(into)]
    lang: Signal<Lang>,
    /// Drawn with the dark theme.
    #[prop(into, default = Signal::stored(false))]
    dark: Signal<bool>,
    /// The page is being printed: drawn light, at the printed width.
    #[prop(into, default = Signal::stored(false))]
    printing: Signal<bool>,
    /// A taller chart (maps, flows).
    #[prop(into, default = Signal::stored(false))]
    tall: Signal<bool>,
    /// A height in pixels that follows the data (a matrix grows with its rows).
    #[prop(into, default = Signal::stored(None))]
    height: Signal<Option<usize>>,
    /// With a file name (no extension), PNG and SVG download buttons under the chart.
    #[prop(default = None)]
    file_stem: Option<Signal<String>>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let live: StoredValue<Option<Live>, LocalStorage> = StoredValue::new_local(None);
    let fault = RwSignal::new(None::<ChartFault>);
    let scripts_run = arrival::scripts_run();

    Effect::new(move |_| {
        // Until the page's scripts have run, the parts of ECharts the chart draws with are
        // loaded (or can no longer be), then the maps it draws on, the chart waits, blank.
        if !scripts_run.get() {
            return;
        }
        let parts_ready = spec.with(|s| s.parts().iter().all(|p| arrival::part_ready(p).get()));
        if !parts_ready {
            return;
        }
        let maps_ready = spec.with(|s| s.maps().iter().all(|m| arrival::map_ready(m).get()));
        if !maps_ready {
            return;
        }
        let option = spec.with(|s| s.json());
        let dark = dark.get();
        let printing = printing.get();
        let rows_height = height.get();
        let Some(el) = node.get() else { return };
        let mut result = Ok(());
        live.update_value(|slot| {
            // ECharts themes apply at init: a new theme means a new instance (sized anew).
            if slot.as_ref().is_some_and(|l| l.dark != dark) {
                drop(slot.take());
            }
            if slot.is_none() {
                match start(&el, dark, spec, on_select) {
                    Ok(l) => *slot = Some(l),
                    Err(e) => result = Err(e),
                }
            }
            if let (Some(l), Ok(())) = (slot.as_ref(), &result) {
                let drawing = Drawing {
                    option,
                    printing,
                    height: rows_height,
                };
                // An update that changes nothing on the chart (a signal it reads set to the
                // value it had) leaves it as it is.
                if l.drawn.borrow().as_ref() != Some(&drawing) {
                    result = crate::perf::span("chart-draw", || {
                        apply(l, &el, &drawing.option, printing, rows_height)
                    });
                    if result.is_ok() {
                        crate::perf::mark_once("first-chart-drawn");
                        *l.drawn.borrow_mut() = Some(drawing);
                    }
                }
            }
        });
        fault.set(result.err());
    });
    on_cleanup(move || live.update_value(|slot| drop(slot.take())));

    view! {
        <div class="chart-frame">
            // A height that follows the data is set by `apply`, with the drawing it goes with.
            <div node_ref=node class="chart" class:chart-tall=move || tall.get() role="img" aria-label=move || label.get()
                class:chart-hidden=move || fault.with(Option::is_some)></div>
            {file_stem.map(|stem| view! { <ChartDownloads live=live stem=stem lang=lang hidden=Signal::derive(move || fault.with(Option::is_some))/> })}
            {move || fault.get().map(|f| {
                let (headline, detail) = match f {
                    ChartFault::Missing => (fallback.get(), String::new()),
                    ChartFault::Threw(m) => (crate::i18n::t(lang.get(), crate::i18n::Key::ChartUnavailable).to_string(), m),
                };
                view! {
                    <div class="chart-fault" role="status">
                        <p>{headline}</p>
                        <p class="chart-fault-detail">{detail}</p>
                    </div>
                }
            })}
        </div>
    }
}
