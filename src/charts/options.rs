//! Pure chart option builders: `fn(&Loaded, ...) -> ChartSpec`.
//!
//! Owns: how each view's data becomes an ECharts option (through charming), and the map from a
//! clicked mark back to the record it stands for. No browser here: the option JSON is tested
//! natively (`tests/chart_options.rs`).

use charming::{
    component::{Aria, Axis, Grid, Legend},
    datatype::DataPointItem,
    element::{
        AxisLabel, AxisType, Formatter, ItemStyle, Label, LabelPosition, SplitLine, Symbol, Tooltip, Trigger,
    },
    series::Scatter,
    Chart,
};

use crate::i18n::{self, Key};
use crate::model::{timeline::Timeline, EventKind, Lang, Loaded};

/// A chart's ECharts option (JSON) and, for each series and data index, the id of the record that
/// mark stands for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartSpec {
    pub option: String,
    pub targets: Vec<Vec<String>>,
}

impl ChartSpec {
    /// Serialises `chart`. Plain JSON (not charming's `Display`, which writes raw JavaScript).
    pub fn new(chart: &Chart, targets: Vec<Vec<String>>) -> Self {
        let option = serde_json::to_string(chart).unwrap_or_default();
        Self { option, targets }
    }

    /// The record behind the mark at (`series`, `index`), if there is one.
    pub fn target(&self, series: usize, index: usize) -> Option<&str> {
        self.targets.get(series)?.get(index).map(String::as_str)
    }
}

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

/// The timeline chart: years across, one lane per partner, one series per event kind.
/// `selected` is drawn larger, outlined and labelled.
pub fn timeline_chart(
    data: &Loaded,
    timeline: &Timeline<'_>,
    lang: Lang,
    selected: Option<&str>,
) -> ChartSpec {
    let lane_names: Vec<String> = timeline
        .lanes
        .iter()
        .take(timeline.dated_lanes)
        .map(|l| {
            data.actor(&l.actor)
                .map_or_else(|| l.actor.clone(), |a| a.name.get(lang).to_string())
        })
        .collect();
    let (first, last) = timeline.year_span().unwrap_or((2000, 2001));

    let mut chart = Chart::new()
        .aria(Aria::new().enabled(true))
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .formatter(Formatter::String("{a}<br/>{b}".into())),
        )
        .legend(Legend::new().top(0))
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(48)
                .bottom(32)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(first)
                .max(last + 1)
                .interval(1)
                .axis_label(AxisLabel::new().formatter(Formatter::String("{value}".into())))
                .split_line(SplitLine::new().show(true)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(lane_names),
        );

    let mut targets = Vec::new();
    for kind in EVENT_KINDS {
        let events: Vec<_> = timeline.dated.iter().filter(|p| p.event.kind == kind).collect();
        if events.is_empty() {
            continue;
        }
        let (colour, symbol) = event_style(kind);
        let points: Vec<DataPointItem> = events
            .iter()
            .map(|p| {
                let x = p.x;
                let shown = p.date.map(|d| d.to_string()).unwrap_or_default();
                let name = format!("{shown} · {}", p.event.title.get(lang));
                let item = DataPointItem::new(vec![x, p.lane as f64]).name(name);
                if selected == Some(p.event.id.as_str()) {
                    item.item_style(ItemStyle::new().border_color("#111111").border_width(3))
                } else {
                    item
                }
            })
            .collect();
        targets.push(events.iter().map(|p| p.event.id.clone()).collect());
        chart = chart.series(
            Scatter::new()
                .name(i18n::t(lang, Key::EventKind(kind)))
                .symbol(symbol)
                .symbol_size(18)
                .item_style(ItemStyle::new().color(colour))
                .label(Label::new().show(false).position(LabelPosition::Top))
                .data(points),
        );
    }
    ChartSpec::new(&chart, targets)
}
