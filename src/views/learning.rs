//! The policy-learning view model: where each practice was learned, what it was, and how far it
//! was taken up locally (a sankey), with the table that spells out the original and the local
//! adaptation.

use super::{Cell, Chart, PartnerName, Query, Row, Table, ViewModel};
use crate::charts::learning::learning_chart;
use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::model::{learning, View};

/// The learning view under `q`.
pub fn build(q: &Query) -> ViewModel {
    let (d, l) = (q.data, q.lang);
    let kept = learning::kept(d, q.filters);
    // A dataset without adoptions has no chart or table to show, only the words saying so.
    let none = d.data.adoptions.is_empty();
    let rows: Vec<Row> = kept
        .iter()
        .map(|a| {
            Row::record(
                &a.id,
                vec![
                    Cell::Partners(vec![PartnerName::of(d, &a.learned_from, l, false)]),
                    Cell::Text(t(l, Key::Route(a.route)).to_string()),
                    Cell::Link {
                        id: a.id.to_string(),
                        text: a.practice.get(l).to_string(),
                    },
                    Cell::Text(a.origin.get(l).to_string()),
                    Cell::Text(a.adaptation.get(l).to_string()),
                    Cell::Text(t(l, Key::AdoptionStatus(a.status)).to_string()),
                ],
            )
        })
        .collect();
    let columns = [
        Key::LearnedFrom,
        Key::RouteLabel,
        Key::Practice,
        Key::Origin,
        Key::Adaptation,
        Key::Status,
    ];
    let table = Table::new(l, Key::TableCaption(View::Learning), &columns, rows);
    let chart = || Chart {
        spec: std::sync::Arc::new(learning_chart(d, &kept, l)),
        label: Key::ChartLabel(View::Learning),
        tall: true,
        height: None,
    };
    ViewModel::charted(View::Learning, none, D::NoAdoptions, chart, table)
}
