//! [`Chart`]: the ECharts option the dashboard's charts are built as, from charming's component
//! and series types, with only the components and series types its charts draw.
//!
//! Why not `charming::Chart`: serialising it serialises every component and series type ECharts
//! has (3D axes, calendars, radar, pie, tree, ...), because its `Serialize` matches on all of them,
//! so all their serialisers are in the wasm, and the first chart of a cold start compiles them.
//! This type has the same setters for what the charts use, and writes the same JSON: its fields
//! are charming's, in charming's order, under the same names, left out when empty as charming
//! leaves them out (`tests/chart_options.rs` compares the whole option of every chart). A chart
//! that needs another component or series type adds it here.

use charming::component::{Axis, DataZoom, Grid, LegendConfig, VisualMap};
use charming::element::Tooltip;
use charming::series::{Bar, Heatmap, Sankey, Scatter};
use serde::{Serialize, Serializer};

/// The series types the charts draw: the timeline's and the map's scatter, the challenges' bars,
/// the matrix's heatmap and the learning flows' sankey. Each writes its own `type`. Boxed:
/// charming's series are kilobytes each, and a chart may have dozens.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Series {
    Bar(Box<Bar>),
    Heatmap(Box<Heatmap>),
    Sankey(Box<Sankey>),
    Scatter(Box<Scatter>),
}

macro_rules! series_from {
    ($($kind:ident),*) => {
        $(impl From<$kind> for Series {
            fn from(series: $kind) -> Self {
                Self::$kind(Box::new(series))
            }
        })*
    };
}
series_from!(Bar, Heatmap, Sankey, Scatter);

/// An ECharts option: what the charts set, in charming's field order and naming.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Chart {
    #[serde(skip_serializing_if = "Option::is_none")]
    tooltip: Option<Tooltip>,
    #[serde(skip_serializing_if = "Option::is_none")]
    legend: Option<LegendConfig>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    grid: Vec<Grid>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "one_or_many")]
    x_axis: Vec<Axis>,
    #[serde(skip_serializing_if = "Vec::is_empty", serialize_with = "one_or_many")]
    y_axis: Vec<Axis>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    visual_map: Vec<VisualMap>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    data_zoom: Vec<DataZoom>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    series: Vec<Series>,
}

/// One axis as an object, several as a list (charming's `OneOrMany<_, PreferOne>`).
fn one_or_many<S: Serializer>(axes: &[Axis], serializer: S) -> Result<S::Ok, S::Error> {
    match axes {
        [one] => one.serialize(serializer),
        many => many.serialize(serializer),
    }
}

/// The setters of `Chart`, as charming's: one that sets a component, one that adds one more.
macro_rules! setters {
    (set: $($field:ident: $ty:ty),*; add: $($list:ident: $item:ty),*) => {
        $(
            pub fn $field<T: Into<$ty>>(mut self, value: T) -> Self {
                self.$field = Some(value.into());
                self
            }
        )*
        $(
            pub fn $list<T: Into<$item>>(mut self, value: T) -> Self {
                self.$list.push(value.into());
                self
            }
        )*
    };
}

impl Chart {
    pub fn new() -> Self {
        Self::default()
    }

    setters!(
        set: tooltip: Tooltip, legend: LegendConfig;
        add: grid: Grid, x_axis: Axis, y_axis: Axis, visual_map: VisualMap, data_zoom: DataZoom, series: Series
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use charming::component::Legend;
    use charming::element::AxisType;

    /// Every setter against charming's own `Chart`, with one axis and with two: the same JSON.
    #[test]
    fn writes_what_charmings_chart_writes() {
        macro_rules! built {
            ($chart:expr, $axes:expr) => {{
                let mut chart = $chart
                    .tooltip(Tooltip::new())
                    .legend(Legend::new().top(0))
                    .grid(Grid::new().left(10))
                    .visual_map(VisualMap::new().min(0))
                    .data_zoom(DataZoom::new())
                    .series(Scatter::new().name("a"))
                    .series(Bar::new().name("b"))
                    .series(Heatmap::new().name("c"))
                    .series(Sankey::new().name("d"));
                for _ in 0..$axes {
                    chart = chart
                        .x_axis(Axis::new().type_(AxisType::Time))
                        .y_axis(Axis::new());
                }
                serde_json::to_string(&chart).unwrap()
            }};
        }
        for axes in [1, 2] {
            assert_eq!(
                built!(Chart::new(), axes),
                built!(charming::Chart::new(), axes),
                "{axes} axes"
            );
        }
    }

    #[test]
    fn an_empty_chart_is_an_empty_object() {
        assert_eq!(serde_json::to_string(&Chart::new()).unwrap(), "{}");
        assert_eq!(serde_json::to_string(&charming::Chart::new()).unwrap(), "{}");
    }
}
