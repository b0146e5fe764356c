//! The partner map: the focal city and every partner with coordinates, on the bundled world map
//! (`public/vendor/world-map.js` registers it as `world`), coloured and shaped by status; with
//! partners grouped, a marker per country (at the country's place, sized by its partners) or
//! the partners coloured and shaped by their form of tie.
//!
//! The world map is an SVG map in ECharts (`geoSVG`): ECharts parses it once per chart and keeps
//! it, where a GeoJSON map's 177 countries are rebuilt on every update. Its coordinates are
//! longitude and negated latitude ([`map_point`]); `tools/build-world-map.mjs` draws it so.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use charming::{
    component::Legend,
    datatype::DataPointItem,
    element::{CoordinateSystem, Formatter, ItemStyle, Label, LabelPosition, Symbol, Tooltip, Trigger},
    series::Scatter,
};

use super::{group_name, group_style, Chart, ChartSpec};
use crate::i18n::{t, Key};
use crate::model::group::PartnerGroup;
use crate::model::{partners::PartnerSummary, Actor, ActorKind, Lang, Loaded, RelationshipStatus, Selection};

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

/// The shapes that tell groups apart besides their colours, in turn.
const GROUP_SYMBOLS: [Symbol; 5] = [
    Symbol::Circle,
    Symbol::Diamond,
    Symbol::Triangle,
    Symbol::Rect,
    Symbol::RoundRect,
];

/// One marker: the record it opens, where it is, its name and its size.
struct Marker {
    id: String,
    at: Vec<f64>,
    name: String,
    size: f64,
}

/// Where `actor` is drawn, if it has a place of its own (unnamed groups of cities have none: they
/// stay in the table only).
fn place(actor: &Actor) -> Option<Vec<f64>> {
    let c = actor.coordinates.as_ref()?;
    (actor.kind != ActorKind::CityGroup).then(|| map_point(c.lon, c.lat))
}

/// The groups of markers of `partners` as `group` says: per status (each partner), per country (a
/// marker per country, at its place, sized by its number of partners), or per form of tie (a
/// partner in each of its forms). Each: its name, colour, shape and markers.
fn marker_groups(
    data: &Loaded,
    partners: &[PartnerSummary<'_>],
    group: PartnerGroup,
    lang: Lang,
) -> Vec<(String, serde_json::Value, Symbol, Vec<Marker>)> {
    let partner_marker = |p: &PartnerSummary<'_>| {
        place(p.actor).map(|at| Marker {
            id: p.actor.id.to_string(),
            at,
            name: p.actor.name.get(lang).to_string(),
            size: 16.0,
        })
    };
    match group {
        PartnerGroup::Each => STATUSES
            .into_iter()
            .map(|status| {
                let (colour, symbol) = status_style(status);
                let markers = (partners.iter())
                    .filter(|p| p.status == status)
                    .filter_map(partner_marker)
                    .collect();
                let name = t(lang, Key::RelStatus(status)).to_string();
                (name, serde_json::json!(colour), symbol, markers)
            })
            .collect(),
        PartnerGroup::Country | PartnerGroup::Type => {
            // The groups in the order their first partner comes, each with its markers.
            let mut groups: Vec<(&str, Vec<Marker>)> = Vec::new();
            let mut at: HashMap<&str, usize> = HashMap::default();
            if group == PartnerGroup::Country {
                // A marker per country, at the country's place, sized by its partners.
                let mut counted: Vec<usize> = Vec::new();
                for p in partners {
                    let g = slot(&mut groups, &mut at, group.key(data, &p.actor.id, None));
                    counted.resize(counted.len().max(g + 1), 0);
                    counted[g] += 1;
                }
                for ((code, markers), n) in groups.iter_mut().zip(counted) {
                    let name = group_name(data, group, code, lang);
                    markers.extend(data.country(code).and_then(|c| Some((c, place(c)?))).map(
                        |(country, at)| Marker {
                            id: country.id.to_string(),
                            at,
                            name: format!("{name} ({})", super::matrix::partners_count(n, lang)),
                            size: 14.0 + 6.0 * (n as f64).sqrt(),
                        },
                    ));
                }
            } else {
                // Each partner in every form it is reached through, once.
                let mut drawn: HashSet<(usize, &str)> = HashSet::default();
                for p in partners {
                    for r in p.relationships.iter().filter_map(|r| data.relationship(*r)) {
                        let g = slot(&mut groups, &mut at, group.key(data, &p.actor.id, Some(r)));
                        if drawn.insert((g, p.actor.id.as_str())) {
                            groups[g].1.extend(partner_marker(p));
                        }
                    }
                }
            }
            (groups.into_iter().enumerate())
                .map(|(i, (key, markers))| {
                    (
                        group_name(data, group, key, lang),
                        group_style(i)["color"].clone(),
                        GROUP_SYMBOLS[i % GROUP_SYMBOLS.len()].clone(),
                        markers,
                    )
                })
                .collect()
        }
    }
}

/// The place of the group `key` in `groups`, found through `at`: added, with no marker, the
/// first time.
fn slot<'k>(
    groups: &mut Vec<(&'k str, Vec<Marker>)>,
    at: &mut HashMap<&'k str, usize>,
    key: &'k str,
) -> usize {
    *at.entry(key).or_insert_with(|| {
        groups.push((key, Vec::new()));
        groups.len() - 1
    })
}

/// The map of `partners` around the focal city, grouped as `group` says.
pub fn map_chart(
    data: &Loaded,
    partners: &[PartnerSummary<'_>],
    group: PartnerGroup,
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
    // Each series' items, set as JSON once the option is written (charming's data items have
    // no size of their own).
    let mut items: Vec<(usize, Vec<serde_json::Value>)> = Vec::new();
    for (name, colour, symbol, markers) in marker_groups(data, partners, group, lang) {
        if markers.is_empty() {
            continue;
        }
        targets.push(markers.iter().map(|m| m.id.clone()).collect());
        let points = markers
            .into_iter()
            .map(|m| {
                let mut item = serde_json::json!({ "value": m.at, "name": m.name, "symbolSize": m.size });
                if selected.is_some_and(|s| s.is_record(&m.id)) {
                    item["itemStyle"] = serde_json::json!({ "borderColor": "#111111", "borderWidth": 3 });
                }
                item
            })
            .collect();
        items.push((targets.len() - 1, points));
        chart = chart.series(
            Scatter::new()
                .name(name)
                .coordinate_system(CoordinateSystem::Geo)
                .symbol(symbol)
                .symbol_size(16)
                .item_style(
                    ItemStyle::new()
                        .color(colour.as_str().unwrap_or("#999999"))
                        .border_color("#ffffff")
                        .border_width(1),
                ),
        );
    }
    let mut spec = ChartSpec::new(&chart, targets);
    for (series, points) in items {
        spec.set_series_data(series, points);
    }
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
