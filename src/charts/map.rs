//! The partner map: the focal city and every partner with coordinates, on the bundled world map
//! (`public/vendor/world-map.js` registers it as `world`), coloured and shaped by status.
//!
//! The world map is an SVG map in ECharts (`geoSVG`): ECharts parses it once per chart and keeps
//! it, where a GeoJSON map's 177 countries are rebuilt on every update. Its coordinates are
//! longitude and negated latitude ([`map_point`]); `tools/build-world-map.mjs` draws it so.

use charming::{
    component::Legend,
    datatype::DataPointItem,
    element::{CoordinateSystem, Formatter, ItemStyle, Label, LabelPosition, Symbol, Tooltip, Trigger},
    series::Scatter,
    Chart,
};

use super::ChartSpec;
use crate::i18n::{t, Key};
use crate::model::{partners::PartnerSummary, ActorKind, Lang, Loaded, RelationshipStatus, Selection};

/// A place in the world map's coordinates: x = longitude, y = -latitude (an SVG's y axis points
/// down). The map's `aspectScale` of 0.75 gives it the proportions of ECharts' GeoJSON maps.
pub fn map_point(lon: f64, lat: f64) -> Vec<f64> {
    vec![lon, -lat]
}

/// How far the reader may zoom the map: its borders are the SVG's own and thicken with the zoom.
const SCALE_LIMIT: (f64, f64) = (1.0, 8.0);

/// Colour and shape per status (two cues).
pub fn status_style(status: RelationshipStatus) -> (&'static str, Symbol) {
    match status {
        RelationshipStatus::Active => ("#009E73", Symbol::Circle),
        RelationshipStatus::Planned => ("#0072B2", Symbol::Diamond),
        RelationshipStatus::Considered => ("#E69F00", Symbol::Triangle),
        RelationshipStatus::Superseded => ("#999999", Symbol::Rect),
        RelationshipStatus::Past => ("#7F7F7F", Symbol::Rect),
    }
}

const STATUSES: [RelationshipStatus; 5] = [
    RelationshipStatus::Active,
    RelationshipStatus::Planned,
    RelationshipStatus::Considered,
    RelationshipStatus::Past,
    RelationshipStatus::Superseded,
];

/// The map of `partners` around the focal city.
pub fn map_chart(
    data: &Loaded,
    partners: &[PartnerSummary<'_>],
    lang: Lang,
    selected: Option<&Selection>,
) -> ChartSpec {
    let mut chart = Chart::new()
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .formatter(Formatter::String("{a}<br/>{b}".into())),
        )
        // Above the map's layer, with the markers (see below).
        .legend(Legend::new().top(0).zlevel(1));
    let mut targets = Vec::new();
    if let Some(focal) = data.focal().filter(|f| f.coordinates.is_some()) {
        let xy = focal
            .coordinates
            .as_ref()
            .map(|c| map_point(c.lon, c.lat))
            .unwrap_or_default();
        chart = chart.series(
            Scatter::new()
                .name(focal.name.get(lang))
                .coordinate_system(CoordinateSystem::Geo)
                .symbol(Symbol::Pin)
                .symbol_size(28)
                .item_style(ItemStyle::new().color("#D55E00"))
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Right)
                        .formatter("{b}"),
                )
                .data(vec![DataPointItem::new(xy).name(focal.name.get(lang))]),
        );
        targets.push(vec![focal.id.to_string()]);
    }
    for status in STATUSES {
        // Unnamed groups of cities have no place of their own: they stay in the table only.
        let here: Vec<_> = partners
            .iter()
            .filter(|p| {
                p.status == status && p.actor.coordinates.is_some() && p.actor.kind != ActorKind::CityGroup
            })
            .collect();
        if here.is_empty() {
            continue;
        }
        let (colour, symbol) = status_style(status);
        let points: Vec<DataPointItem> = here
            .iter()
            .map(|p| {
                let c = p
                    .actor
                    .coordinates
                    .as_ref()
                    .map(|c| map_point(c.lon, c.lat))
                    .unwrap_or_default();
                let item = DataPointItem::new(c).name(p.actor.name.get(lang));
                if selected.is_some_and(|s| s.is_record(&p.actor.id)) {
                    item.item_style(ItemStyle::new().border_color("#111111").border_width(3))
                } else {
                    item
                }
            })
            .collect();
        targets.push(here.iter().map(|p| p.actor.id.to_string()).collect());
        chart = chart.series(
            Scatter::new()
                .name(t(lang, Key::RelStatus(status)))
                .coordinate_system(CoordinateSystem::Geo)
                .symbol(symbol)
                .symbol_size(16)
                .item_style(
                    ItemStyle::new()
                        .color(colour)
                        .border_color("#ffffff")
                        .border_width(1),
                )
                .data(points),
        );
    }
    let mut spec = ChartSpec::new(&chart, targets);
    // The markers and the legend on a canvas layer of their own (`zlevel` 1) above the map's
    // (0): a filter change redraws them, and the map's layer is left as it was.
    spec.set_every_series("zlevel", serde_json::json!(1));
    // charming's Chart has no `geo` component: it is added to the option as ECharts documents it.
    // The SVG map brings its own colours; the geo draws no hover or selection of countries.
    // West 20°, north 70° to east 160°, south 15°: from Europe to Japan and Indonesia.
    spec.set_top(
        "geo",
        serde_json::json!({
            "zlevel": 0,
            "map": "world",
            "roam": true,
            "scaleLimit": { "min": SCALE_LIMIT.0, "max": SCALE_LIMIT.1 },
            "aspectScale": 0.75,
            "boundingCoords": [map_point(-20.0, 70.0), map_point(160.0, -15.0)],
            "silent": true
        }),
    );
    spec
}
