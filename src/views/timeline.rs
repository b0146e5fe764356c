//! The timeline's view model: every event of the city's cooperation, one lane per partner (or
//! per country, form of tie, sector), the table that says the same in rows, and the events the
//! paper does not date.

use super::detail::date_label;
use super::{Cell, Chart, Cut, Extra, PartnerName, Query, Row, Table, ViewModel};
use crate::charts::timeline::{chart_height, timeline_chart};
use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::model::timeline::{self, Placed};
use crate::model::View;

/// The events the paper does not date: listed apart, since the time axis has no place for them.
/// Each is (id, title).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Undated(pub Vec<(String, String)>);

/// The timeline under `q`: every event in its table, the chart's first lanes as `q` says
/// (`Query::shown`).
pub fn build(q: &Query) -> ViewModel {
    let (d, l) = (q.data, q.lang);
    let mut tl = timeline::build(d, q.filters, q.lanes);
    // A dataset without events has no chart or table to show, only the words saying so.
    let none = d.data.events.is_empty();
    let row = |p: &Placed| {
        let e = p.event;
        Row::record(
            &e.id,
            vec![
                Cell::Text(date_label(e, p.date, l)),
                Cell::Partners(vec![PartnerName::of(d, timeline::lane_actor(d, e), l, false)]),
                Cell::Link {
                    id: e.id.to_string(),
                    text: e.title.get(l).to_string(),
                },
                Cell::Text(t(l, Key::EventKind(e.kind)).to_string()),
            ],
        )
    };
    let rows: Vec<Row> = tl.all().map(row).collect();
    let undated = tl
        .undated
        .iter()
        .map(|p| (p.event.id.to_string(), p.event.title.get(l).to_string()))
        .collect();
    let columns = [Key::ColDate, Key::ColPartner, Key::ColEvent, Key::ColKind];
    let table = Table::new(l, Key::TableCaption(View::Timeline), &columns, rows);
    // The table holds every event; the chart, its most cited lanes.
    let hidden = tl.cut_lanes(q.shown(View::Timeline));
    let cut = Cut {
        shown: tl.dated_lanes,
        hidden,
        what: Key::TimelineTopLanes,
        more: Key::ShowMoreLanes,
    };
    let chart = || Chart {
        spec: std::sync::Arc::new(timeline_chart(d, &tl, l, q.selected)),
        label: Key::ChartLabel(View::Timeline),
        tall: false,
        height: chart_height(tl.dated_lanes),
    };
    ViewModel {
        extra: Extra::Timeline {
            undated: Undated(undated),
            cut,
        },
        ..ViewModel::charted(View::Timeline, none, D::NoEvents, chart, table)
    }
}
