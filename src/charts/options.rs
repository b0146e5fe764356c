//! What every chart builder returns: [`ChartSpec`], the option JSON and the records behind its
//! marks, with the few edits charming's types cannot express.
//!
//! The builders themselves are pure `fn(&Loaded, ...) -> ChartSpec`, one module per view
//! (`timeline`, `matrix`, ...), tested natively by comparing the option JSON.

use super::Chart;

/// The components of an option's key, which ECharts takes as one object or a list of them.
fn each(v: Option<&serde_json::Value>) -> Vec<&serde_json::Value> {
    match v {
        Some(serde_json::Value::Array(items)) => items.iter().collect(),
        Some(other) => vec![other],
        None => Vec::new(),
    }
}

/// The part of ECharts every chart draws with (tools/echarts-parts.mjs).
pub const CORE_PART: &str = "core";
/// The components of an option that are parts of ECharts of their own, named by their key
/// (tools/echarts-parts.mjs); the others are in the core.
pub const COMPONENT_PARTS: [&str; 3] = ["geo", "dataZoom", "visualMap"];
/// ECharts' SVG renderer, for the SVG download (tools/echarts-parts.mjs).
pub const SVG_PART: &str = "svg";

/// ECharts' `aria` option: no generated description (see [`ChartSpec::new`]), decals or not.
fn aria(decals: bool) -> serde_json::Value {
    serde_json::json!({ "enabled": true, "label": { "enabled": false }, "decal": { "show": decals } })
}

/// A chart's ECharts option (as JSON values, edited in place and written out once, by
/// [`ChartSpec::json`], when the chart is drawn) and, for each series and data index, the id of
/// the record that mark stands for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChartSpec {
    pub option: serde_json::Value,
    pub targets: Vec<Vec<String>>,
}

impl ChartSpec {
    /// Serialises `chart`. Plain JSON (not charming's `Display`, which writes raw JavaScript).
    ///
    /// ECharts' `aria` is on (its decal patterns need it) with its generated description off:
    /// that description (in English only, listing raw data tuples) would replace the chart
    /// element's own `aria-label`, which names the chart in the reader's language next to the
    /// table alternative. Set here rather than through charming's `Aria`, which writes
    /// `label: null` and an empty `decals` list that make ECharts 5.5 throw on bar charts.
    ///
    /// `series` is always there, empty when there is nothing to draw: charming leaves an empty
    /// list out, and ECharts, which replaces series only when the option names them, would keep
    /// the marks of the last drawing on screen.
    pub fn new(chart: &Chart, targets: Vec<Vec<String>>) -> Self {
        let option = serde_json::to_value(chart).unwrap_or_default();
        let mut spec = Self { option, targets };
        spec.set_top("aria", aria(false));
        if spec.option.get("series").is_none() {
            spec.set_top("series", serde_json::json!([]));
        }
        // A legend says its kind: ECharts keeps a legend's kind from one option to the next
        // unless told, so a chart drawn for a phone (a scrolling legend, `for_narrow`) and then
        // for a wider screen, the phone turned, would keep scrolling.
        for legend in spec.legends_mut() {
            legend.entry("type").or_insert_with(|| serde_json::json!("plain"));
        }
        spec
    }

    /// The option's legends (`legend` is one object or a list of them).
    fn legends_mut(&mut self) -> impl Iterator<Item = &mut serde_json::Map<String, serde_json::Value>> {
        let legends = match self.option.get_mut("legend") {
            Some(serde_json::Value::Array(legends)) => legends.iter_mut().collect(),
            Some(legend) => vec![legend],
            None => Vec::new(),
        };
        legends.into_iter().filter_map(serde_json::Value::as_object_mut)
    }

    /// The registered maps the option draws on (`geo.map`, a map series' `map`): ECharts needs
    /// each registered before it draws.
    pub fn maps(&self) -> Vec<&str> {
        let mut maps: Vec<&str> = each(self.option.get("geo"))
            .into_iter()
            .chain(each(self.option.get("series")))
            .filter_map(|c| c.get("map")?.as_str())
            .collect();
        maps.sort_unstable();
        maps.dedup();
        maps
    }

    /// The parts of ECharts the option draws with (tools/echarts-parts.mjs): the core, each
    /// series' type, and each component that is a part of its own ([`COMPONENT_PARTS`]).
    pub fn parts(&self) -> Vec<&str> {
        let mut parts: Vec<&str> = each(self.option.get("series"))
            .into_iter()
            .filter_map(|s| s.get("type")?.as_str())
            .collect();
        parts.sort_unstable();
        parts.dedup();
        parts.insert(0, CORE_PART);
        parts.extend(
            COMPONENT_PARTS
                .iter()
                .filter(|key| self.option.get(**key).is_some_and(|c| !c.is_null()))
                .copied(),
        );
        parts
    }

    /// ECharts' decal patterns on every series, so that colour is never the only cue.
    pub(crate) fn with_decals(mut self) -> Self {
        self.set_top("aria", aria(true));
        self
    }

    /// The option as JSON text, for ECharts.
    pub fn json(&self) -> String {
        self.option.to_string()
    }

    /// Sets `symbolOffset: [0, dy]` on data items (charming's data item has no such field).
    /// `offsets[series][index]` is the vertical offset in pixels; zero offsets are left out.
    pub(crate) fn set_item_offsets(&mut self, offsets: &[Vec<f64>]) {
        let Some(series) = self.option.get_mut("series").and_then(|s| s.as_array_mut()) else {
            return;
        };
        for (s, dys) in series.iter_mut().zip(offsets) {
            let Some(items) = s.get_mut("data").and_then(|d| d.as_array_mut()) else {
                continue;
            };
            for (item, dy) in items.iter_mut().zip(dys) {
                if *dy != 0.0 {
                    if let Some(obj) = item.as_object_mut() {
                        obj.insert("symbolOffset".into(), serde_json::json!([0.0, dy]));
                    }
                }
            }
        }
    }

    /// Sets a top-level option `key` (for components charming does not model, such as `geo`).
    pub(crate) fn set_top(&mut self, key: &str, component: serde_json::Value) {
        if let Some(obj) = self.option.as_object_mut() {
            obj.insert(key.to_string(), component);
        }
    }

    /// Replaces the data of series `series` with `items` (ECharts data item objects), for data
    /// item fields charming does not model (a heatmap cell's name, a label per item).
    pub(crate) fn set_series_data(&mut self, series: usize, items: Vec<serde_json::Value>) {
        let Some(s) = self.option.get_mut("series").and_then(|s| s.get_mut(series)) else {
            return;
        };
        if let Some(obj) = s.as_object_mut() {
            obj.insert("data".into(), serde_json::Value::Array(items));
        }
    }

    /// Sets `key` on every series (fields charming's series types do not model, such as `zlevel`).
    pub(crate) fn set_every_series(&mut self, key: &str, field: serde_json::Value) {
        let Some(series) = self.option.get_mut("series").and_then(|s| s.as_array_mut()) else {
            return;
        };
        for s in series.iter_mut().filter_map(|s| s.as_object_mut()) {
            s.insert(key.to_string(), field.clone());
        }
    }

    /// Sets `key` on series `i` to `fields[i]` (a field per series charming does not model as
    /// JSON, such as a partner's `itemStyle` with its decal).
    pub(crate) fn set_series_field(&mut self, key: &str, fields: &[serde_json::Value]) {
        let Some(series) = self.option.get_mut("series").and_then(|s| s.as_array_mut()) else {
            return;
        };
        for (s, field) in series.iter_mut().zip(fields) {
            if let Some(obj) = s.as_object_mut() {
                obj.insert(key.to_string(), field.clone());
            }
        }
    }

    /// The chart for a touch screen: a finger's drag over it scrolls the page, as everywhere
    /// else on it, instead of moving the chart. The timeline's zoom moves and zooms only with two
    /// fingers (and the wheel); the map still zooms with two fingers but no longer pans (it
    /// shows every partner at its opening size). With a mouse, dragging still pans both.
    pub fn for_touch(mut self) -> Self {
        if let Some(zooms) = self.option.get_mut("dataZoom").and_then(|z| z.as_array_mut()) {
            for zoom in zooms.iter_mut().filter_map(|z| z.as_object_mut()) {
                if zoom.get("type").and_then(|t| t.as_str()) == Some("inside") {
                    zoom.insert("moveOnMouseMove".into(), serde_json::json!(false));
                    zoom.insert("preventDefaultMouseMove".into(), serde_json::json!(false));
                }
            }
        }
        if let Some(geo) = self.option.get_mut("geo").and_then(|g| g.as_object_mut()) {
            if geo.get("roam").and_then(|r| r.as_bool()) == Some(true) {
                geo.insert("roam".into(), serde_json::json!("scale"));
            }
        }
        self
    }

    /// The chart for a phone's width (up to 40rem): above a plot that starts at a fixed height
    /// (a `grid`), a legend of one row that scrolls (several rows ran over the plot; the map's
    /// legend, with no grid below it, keeps its rows); a sankey whose labels wrap within their
    /// column (they ran over the next column's).
    pub fn for_narrow(mut self) -> Self {
        if self.option.get("grid").is_some() {
            for legend in self.legends_mut() {
                legend.insert("type".into(), serde_json::json!("scroll"));
            }
        }
        if let Some(series) = self.option.get_mut("series").and_then(|s| s.as_array_mut()) {
            for s in series.iter_mut().filter_map(|s| s.as_object_mut()) {
                if s.get("type").and_then(|t| t.as_str()) != Some("sankey") {
                    continue;
                }
                s.insert("right".into(), serde_json::json!(100));
                let label = s.entry("label").or_insert_with(|| serde_json::json!({}));
                if let Some(label) = label.as_object_mut() {
                    for (k, v) in [
                        ("width", serde_json::json!(88)),
                        ("overflow", serde_json::json!("break")),
                        ("fontSize", serde_json::json!(11)),
                        ("lineHeight", serde_json::json!(13)),
                    ] {
                        label.insert(k.into(), v);
                    }
                }
            }
        }
        self
    }

    /// The record behind the mark at (`series`, `index`), if there is one.
    pub fn target(&self, series: usize, index: usize) -> Option<&str> {
        self.targets.get(series)?.get(index).map(String::as_str)
    }
}
