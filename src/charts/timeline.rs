//! The timeline chart: time across, one lane per partner (or country, form of tie, sector), one
//! series per event kind.

use charming::{
    component::{Axis, DataZoom, DataZoomType, FilterMode, Grid, Legend},
    datatype::DataPointItem,
    element::{AxisType, Formatter, ItemStyle, Label, LabelPosition, SplitLine, Symbol, Tooltip, Trigger},
    series::Scatter,
};

use super::{group_name, Chart, ChartSpec};
use crate::i18n::{self, Key};
use crate::model::{
    date::fractional_year_to_unix_ms,
    palette::OKABE_ITO,
    timeline::{Lane, LaneBy, Timeline},
    EventKind, Lang, Loaded, Selection,
};

/// Colour and shape of each event kind: two cues, so colour is never the only one. Colours from
/// the Okabe-Ito palette, distinguishable with the common colour-vision deficiencies.
pub fn event_style(kind: EventKind) -> (&'static str, Symbol) {
    match kind {
        EventKind::Founding => ("#000000", Symbol::Pin),
        EventKind::Exploration => ("#E69F00", Symbol::Circle),
        EventKind::StudyVisit => ("#56B4E9", Symbol::Triangle),
        EventKind::Signing => ("#009E73", Symbol::Diamond),
        EventKind::Request => ("#CC79A7", Symbol::Rect),
        EventKind::Programme => ("#0072B2", Symbol::RoundRect),
        EventKind::Evaluation => ("#D55E00", Symbol::Arrow),
        EventKind::Decision => ("#D55E00", Symbol::Rect),
        EventKind::Context => ("#7F7F7F", Symbol::Circle),
    }
}

/// Every event kind in legend order.
pub const EVENT_KINDS: [EventKind; 9] = [
    EventKind::Founding,
    EventKind::Exploration,
    EventKind::StudyVisit,
    EventKind::Signing,
    EventKind::Request,
    EventKind::Programme,
    EventKind::Evaluation,
    EventKind::Decision,
    EventKind::Context,
];

/// Vertical distance, in pixels, between events that share a lane and a date.
const STACK_GAP_PX: f64 = 22.0;

/// The size of an event's mark, in pixels.
const MARK_PX: i64 = 18;

/// How many lanes the chart draws at first, and adds on each request (`views::first_shown`).
/// Each lane is given [`LANE_PX`] (see [`chart_height`]): 20 lanes make a chart of about 580
/// px, as much as a laptop's or a projector's window shows beside the page's header. With
/// more, the chart is taller than the screen, for twice ECharts' work on each change.
pub const READABLE_LANES: usize = 20;

/// A lane's height, in pixels: a mark and a gap, so that the marks of neighbouring lanes never
/// cover each other and the axis names every lane.
const LANE_PX: usize = MARK_PX as usize + 4;

/// What the chart's height holds besides its lanes, in pixels: the legend and the time axis
/// (`Grid`'s top and bottom, with the axis' labels) and the zoom bar.
const FRAME_PX: usize = 136;

/// The least height the style sheet gives a chart, in pixels (public/app.css: `.chart`, 18rem).
const STYLE_SHEET_LEAST_PX: usize = 288;

/// The chart's height in pixels for `lanes` lanes, when the style sheet's would not give each
/// [`LANE_PX`] (`None`: the style sheet's, at least [`STYLE_SHEET_LEAST_PX`]: up to 6 lanes).
/// On a projector 768 px high, the style sheet's height (half the window) gave 20 lanes 12 px
/// each, for marks of 18.
pub fn chart_height(lanes: usize) -> Option<usize> {
    const FITTING_LANES: usize = (STYLE_SHEET_LEAST_PX - FRAME_PX) / LANE_PX;
    (lanes > FITTING_LANES).then(|| FRAME_PX + LANE_PX * lanes)
}

/// The years the timeline opens on: the cooperation itself, from a year before its first event
/// to a year after its last; background events ("context") far outside stay reachable by zooming.
fn default_window(timeline: &Timeline<'_>) -> Option<(f64, f64)> {
    let years = |context: bool| {
        timeline
            .dated
            .iter()
            .filter(move |p| context || p.event.kind != EventKind::Context)
            .filter_map(|p| p.date.map(|d| d.year))
    };
    let first = years(false).min().or_else(|| years(true).min())?;
    let last = years(true).max()?;
    Some((f64::from(first - 1), f64::from(last + 2)))
}

/// The lane's name in `lang`.
pub fn lane_name(data: &Loaded, lane: &Lane, by: LaneBy, lang: Lang) -> String {
    match by.group() {
        Some(group) => group_name(data, group, &lane.key, lang),
        None if lane.key.is_empty() => i18n::t(lang, Key::NoSector).to_string(),
        None => data.sector_name(&lane.key, lang),
    }
}

/// The timeline chart: time across, one lane per partner (or group, or sector), one series per
/// event kind.
/// `selected` is drawn outlined. Events sharing a lane and a date are stacked vertically,
/// never moved in time.
pub fn timeline_chart(
    data: &Loaded,
    timeline: &Timeline<'_>,
    lang: Lang,
    selected: Option<&Selection>,
) -> ChartSpec {
    let lane_names: Vec<String> = timeline
        .lanes
        .iter()
        .take(timeline.dated_lanes)
        .map(|l| {
            let name = lane_name(data, l, timeline.by, lang);
            if timeline.by == LaneBy::Partner {
                with_swatch(data, l, name)
            } else {
                name
            }
        })
        .collect();
    let (from, to) = default_window(timeline).unwrap_or((2000.0, 2001.0));

    let mut chart = Chart::new()
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .formatter(Formatter::String("{a}<br/>{b}".into())),
        )
        .legend(Legend::new().top(0))
        .grid(
            Grid::new()
                .left(8)
                .right(32)
                .top(48)
                .bottom(64)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Time)
                .split_line(SplitLine::new().show(true)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(lane_names),
        )
        .data_zoom(
            DataZoom::new()
                .type_(DataZoomType::Slider)
                .x_axis_index(0)
                .start_value(fractional_year_to_unix_ms(from))
                .end_value(fractional_year_to_unix_ms(to))
                .filter_mode(FilterMode::None)
                .bottom(8),
        )
        .data_zoom(
            DataZoom::new()
                .type_(DataZoomType::Inside)
                .x_axis_index(0)
                .filter_mode(FilterMode::None),
        );

    let mut targets = Vec::new();
    let mut offsets = Vec::new();
    for kind in EVENT_KINDS {
        let events: Vec<_> = timeline.dated.iter().filter(|p| p.event.kind == kind).collect();
        if events.is_empty() {
            continue;
        }
        let (colour, symbol) = event_style(kind);
        let points: Vec<DataPointItem> = events
            .iter()
            .map(|p| {
                let shown = p.date.map(|d| d.to_string()).unwrap_or_default();
                let name = format!("{shown} · {}", p.event.title.get(lang));
                let item =
                    DataPointItem::new(vec![fractional_year_to_unix_ms(p.x), p.lane as f64]).name(name);
                if selected.is_some_and(|s| s.is_record(&p.event.id)) {
                    item.item_style(ItemStyle::new().border_color("#111111").border_width(3))
                } else {
                    item
                }
            })
            .collect();
        targets.push(events.iter().map(|p| p.event.id.to_string()).collect());
        offsets.push(
            events
                .iter()
                .map(|p| {
                    let (k, n) = p.stack;
                    (k as f64 - (n as f64 - 1.0) / 2.0) * STACK_GAP_PX
                })
                .collect::<Vec<f64>>(),
        );
        chart = chart.series(
            Scatter::new()
                .name(i18n::t(lang, Key::EventKind(kind)))
                .symbol(symbol)
                .symbol_size(MARK_PX)
                .item_style(ItemStyle::new().color(colour))
                .label(Label::new().show(false).position(LabelPosition::Top))
                .data(points),
        );
    }
    let mut spec = ChartSpec::new(&chart, targets);
    spec.set_item_offsets(&offsets);
    // ECharts shades the zoom bar with the first series' values over time: here the lanes'
    // numbers, a line that says nothing (and more for ECharts to draw on every change).
    if let Some(slider) = spec.option.pointer_mut("/dataZoom/0") {
        slider["showDataShadow"] = false.into();
    }
    if timeline.by == LaneBy::Partner {
        if let Some(axis) = spec.option.get_mut("yAxis").and_then(|a| a.as_object_mut()) {
            axis.insert("axisLabel".into(), serde_json::json!({ "rich": swatch_styles() }));
        }
    }
    spec
}

/// A partner's lane name after a small square of its colour (`model::palette`), as in the
/// tables and the other charts: ECharts rich text, `{p3| } Daejeon`, its square drawn by the
/// axis' style `p3` ([`swatch_styles`]). The marks keep the colour and symbol of their kind of
/// event; the lane is the partner's. A name that could read as rich text (`{`) stays plain.
fn with_swatch(data: &Loaded, lane: &Lane, name: String) -> String {
    match data.partner_colour(&lane.key) {
        Some(c) if !name.contains('{') => {
            format!("{{p{}| }} {name}", c.slot())
        }
        _ => name,
    }
}

/// The lane axis' rich text styles: `pN`, a square of the palette's colour N.
fn swatch_styles() -> serde_json::Value {
    OKABE_ITO
        .iter()
        .enumerate()
        .map(|(n, colour)| {
            (
                format!("p{n}"),
                serde_json::json!({ "backgroundColor": colour, "width": 10, "height": 10,
                    "borderRadius": 2, "borderColor": "rgba(0, 0, 0, 0.45)", "borderWidth": 1 }),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}
