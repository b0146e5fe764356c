//! The ECharts calls the app makes, beyond charming's renderer: each binding catches the
//! exception ECharts may throw. Declared here and used only by the chart wrapper (`echart`).
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance (`echarts.init`'s result).
    #[derive(Clone)]
    pub(super) type Echarts;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    pub(super) fn echarts_init(
        el: &web_sys::HtmlElement,
        theme: &JsValue,
        opts: &JsValue,
    ) -> Result<Echarts, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setOption)]
    pub(super) fn set_option_with(this: &Echarts, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = resize)]
    pub(super) fn resize_with(this: &Echarts, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = dispose)]
    pub(super) fn dispose(this: &Echarts) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = on)]
    pub(super) fn on(this: &Echarts, event: &str, handler: &js_sys::Function) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = getDataURL)]
    pub(super) fn get_data_url(this: &Echarts, opts: &JsValue) -> Result<String, JsValue>;

    #[wasm_bindgen(method, catch, js_name = getOption)]
    pub(super) fn get_option(this: &Echarts) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = getWidth)]
    pub(super) fn get_width(this: &Echarts) -> Result<f64, JsValue>;

    #[wasm_bindgen(method, catch, js_name = getHeight)]
    pub(super) fn get_height(this: &Echarts) -> Result<f64, JsValue>;

    #[wasm_bindgen(method, catch, js_name = renderToSVGString)]
    pub(super) fn render_to_svg_string(this: &Echarts) -> Result<String, JsValue>;
}

/// Why a chart is not on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChartFault {
    /// `window.echarts` does not exist (the vendored script did not load).
    Missing,
    /// ECharts threw; the message is its own.
    Threw(String),
}

pub(super) fn echarts_loaded() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("echarts")).ok())
        .is_some_and(|v| v.is_object())
}

pub(super) fn js_message(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}

/// Sets `key` of a JS object (an option or its settings); a failure leaves it as it was.
pub(super) fn set(target: &JsValue, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(target, &JsValue::from_str(key), value);
}
