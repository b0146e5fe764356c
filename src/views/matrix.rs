//! The matrix's view model: each cell says how far a partner's cooperation reaches into a sector
//! and how many passages support it; the table says the same, sector by sector, and tells "the
//! paper is silent" apart from "the paper says none". Partners can be grouped (by country, by
//! form of tie), a group a column of its own until it is opened. Its downloads list every
//! partner's cells in the table's order (a closed group's partners in its place).

use rustc_hash::FxHashSet as HashSet;

use super::{Cell, Chart, Cut, Empty, Extra, Query, Row, Table, ViewModel};
use crate::charts::group_name;
use crate::charts::matrix::{column_name, glyph, matrix_chart, partners_count, LEVELS};
use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::model::group::PartnerGroup;
use crate::model::matrix::{self, Column, Grouping};
use crate::model::{Selection, View};

/// One entry of the matrix's legend: a level's colour, its glyph (the cue that is not colour)
/// and its name in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Swatch {
    pub colour: &'static str,
    pub glyph: &'static str,
    pub label: String,
}

/// The legend of the matrix's colours, every level in order (`charts::matrix::LEVELS`).
pub fn legend(lang: crate::model::Lang) -> Vec<Swatch> {
    LEVELS
        .iter()
        .map(|(level, colour, glyph)| Swatch {
            colour,
            glyph,
            label: t(lang, Key::Level(*level)).to_string(),
        })
        .collect()
}

/// A group of partners the matrix shows, closed (one column) or opened (a column per partner):
/// its button opens or closes it.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupButton {
    /// The group's key (`model::group::PartnerGroup::key`; the URL's `open=`).
    pub key: String,
    /// Its name and number of partners.
    pub text: String,
    pub open: bool,
}

/// The groups of `m`, in its columns' order.
fn group_buttons(q: &Query, m: &matrix::Matrix) -> Vec<GroupButton> {
    let mut seen = HashSet::default();
    let mut buttons = Vec::new();
    for (i, c) in m.columns.iter().enumerate() {
        let (key, open) = match c {
            Column::Group { key, .. } => (*key, false),
            Column::Partner { group: Some(key), .. } => (*key, true),
            Column::Partner { group: None, .. } => continue,
        };
        if !seen.insert(key) {
            continue;
        }
        let text = if open {
            let n = m.columns[i..]
                .iter()
                .take_while(|c| matches!(c, Column::Partner { group: Some(k), .. } if *k == key))
                .count();
            format!(
                "{} ({})",
                group_name(q.data, q.group, key, q.lang),
                partners_count(n, q.lang)
            )
        } else {
            column_name(q.data, q.group, c, q.lang)
        };
        buttons.push(GroupButton {
            key: key.to_string(),
            text,
            open,
        });
    }
    buttons
}

/// The ids of the cells of every partner of `m`, sector by sector in the table's order: a
/// closed group's partners in its place, each partner's cell once.
fn listed(m: &matrix::Matrix) -> Vec<String> {
    let mut seen = HashSet::default();
    let mut ids = Vec::new();
    for sector in &m.sectors {
        for column in &m.columns {
            for partner in column.members() {
                if seen.insert((partner, *sector)) {
                    ids.push(Selection::cell(partner, *sector).to_string());
                }
            }
        }
    }
    ids
}

/// The matrix under `q`: its first columns as `q` says (`Query::shown`), partners grouped as
/// `q.group` says with the groups `q.open` opened.
pub fn build(q: &Query) -> ViewModel {
    let (d, l) = (q.data, q.lang);
    let grouping = Grouping {
        group: q.group,
        open: q.open,
    };
    let (m, hidden) = matrix::build_top(d, q.filters, grouping, q.shown(View::Matrix));
    // A dataset without relationships has no partner to cross with a sector: no chart or
    // table, only the words saying so.
    let none = d.data.relationships.is_empty();
    let rows: Vec<Row> = m
        .sectors
        .iter()
        .enumerate()
        .map(|(col, s)| {
            let cells = m.columns.iter().zip(&m.cells).filter_map(|(column, cells)| {
                let c = cells.get(col)?;
                // A closed group's cell stands for no one record: its button is the group's own,
                // above the chart.
                let id = match column {
                    Column::Partner { .. } => Some(Selection::cell(c.partner, c.sector).to_string()),
                    Column::Group { .. } => None,
                };
                Some(match (c.level, id) {
                    (Some(level), id) => {
                        let text = format!(
                            "{} {} ({} {})",
                            glyph(level),
                            t(l, Key::Level(level)),
                            c.passages.len(),
                            t(l, Key::Passages)
                        );
                        match id {
                            Some(id) => Cell::Item { id, text },
                            None => Cell::Text(text),
                        }
                    }
                    (None, id) => Cell::Silent {
                        id,
                        text: t(l, Key::Silent).to_string(),
                    },
                })
            });
            Row {
                key: s.to_string(),
                item: None,
                cells: std::iter::once(Cell::Head(d.sector_name(s, l)))
                    .chain(cells)
                    .collect(),
            }
        })
        .collect();
    let columns = std::iter::once(t(l, Key::FilterSector).to_string())
        .chain(m.columns.iter().map(|c| column_name(d, q.group, c, l)))
        .collect();
    let table = Table {
        caption: t(l, Key::TableCaption(View::Matrix)).to_string(),
        columns,
        rows,
        when_empty: None,
        class: Some("matrix-table"),
    };
    let chart = || Chart {
        spec: std::sync::Arc::new(matrix_chart(d, &m, q.group, l, q.selected)),
        label: Key::ChartLabel(View::Matrix),
        tall: false,
        height: Some(120 + 30 * m.sectors.len()),
    };
    let base = ViewModel::charted(View::Matrix, none, D::NoMatrix, chart, table);
    ViewModel {
        chart_note: Some(Key::SilentNote),
        // Sectors without a partner are no matrix either.
        empty: Empty {
            empty: base.empty.empty || m.columns.is_empty(),
            ..base.empty
        },
        listed: listed(&m),
        extra: Extra::Matrix {
            cut: Cut {
                shown: m.columns.len(),
                hidden,
                // Grouped, a column is a group or an opened group's partner.
                what: match q.group {
                    PartnerGroup::Each => Key::MatrixTopPartners,
                    _ => Key::MatrixTopColumns,
                },
                more: match q.group {
                    PartnerGroup::Each => Key::ShowMorePartners,
                    _ => Key::ShowMoreColumns,
                },
            },
            legend: legend(l),
            groups: group_buttons(q, &m),
        },
        ..base
    }
}
