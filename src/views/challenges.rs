//! The challenges' view model: the breakdown by category and partner, and every challenge with
//! the partners and sectors it concerns, grouped by category.

use super::{Cell, Chart, PartnerName, Query, Row, Table, ViewModel};
use crate::charts::challenges::challenges_chart;
use crate::i18n::dataset::D;
use crate::i18n::Key;
use crate::model::{challenges, group::PartnerGroup, View};

/// The challenges view under `q`.
pub fn build(q: &Query) -> ViewModel {
    let (d, l) = (q.data, q.lang);
    let b = challenges::build(d, q.filters, q.group);
    // A dataset without challenges has no chart or table to show, only the words saying so.
    let none = d.data.challenges.is_empty();
    let mut rows = Vec::new();
    for (k, list) in b.categories.iter().zip(&b.challenges) {
        let name = d
            .challenge_category(k)
            .map_or_else(|| k.to_string(), |c| c.name.get(l).to_string());
        for (i, c) in list.iter().enumerate() {
            let partners: Vec<PartnerName> = challenges::concerned(d, c, PartnerGroup::Each)
                .iter()
                .map(|p| PartnerName::of(d, p, l, false))
                .collect();
            let sectors: Vec<String> = c.affects.sectors.iter().map(|s| d.sector_name(s, l)).collect();
            // The first challenge of a category carries the category's heading over the group.
            let head = (i == 0).then(|| Cell::Group {
                id: k.to_string(),
                text: name.clone(),
                span: list.len(),
            });
            let cells = head
                .into_iter()
                .chain([
                    Cell::Link {
                        id: c.id.to_string(),
                        text: c.title.get(l).to_string(),
                    },
                    Cell::Partners(partners),
                    Cell::Text(sectors.join(", ")),
                ])
                .collect();
            rows.push(Row::record(&c.id, cells));
        }
    }
    let columns = [
        Key::ColCategory,
        Key::ColChallenge,
        Key::ColPartner,
        Key::FilterSector,
    ];
    let table = Table::new(l, Key::TableCaption(View::Challenges), &columns, rows);
    let chart = || Chart {
        spec: std::sync::Arc::new(challenges_chart(d, &b, l)),
        label: Key::ChartLabel(View::Challenges),
        tall: true,
        height: None,
    };
    ViewModel::charted(View::Challenges, none, D::NoChallenges, chart, table)
}
