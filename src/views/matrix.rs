//! The matrix's view model: each cell says how far a partner's cooperation reaches into a sector
//! and how many passages support it; the table says the same, sector by sector, and tells "the
//! paper is silent" apart from "the paper says none". Its downloads list the cells in the
//! table's order.

use super::{Cell, Chart, Empty, Extra, Query, Row, Table, ViewModel};
use crate::charts::matrix::{glyph, matrix_chart, LEVELS};
use crate::i18n::dataset::D;
use crate::i18n::{t, Key};
use crate::model::matrix;
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

/// How the matrix is cut to its most cited partners (see `model::matrix::PARTNERS_SHOWN`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Cut {
    /// Partners shown.
    pub shown: usize,
    /// Partners left out.
    pub hidden: usize,
}

/// The matrix under `q`: its first `q.partners_shown` partners.
pub fn build(q: &Query) -> ViewModel {
    let (d, l) = (q.data, q.lang);
    let (m, hidden) = matrix::build_top(d, q.filters, q.partners_shown);
    // A dataset without relationships has no partner to cross with a sector: no chart or
    // table, only the words saying so.
    let none = d.data.relationships.is_empty();
    let rows: Vec<Row> = m
        .sectors
        .iter()
        .enumerate()
        .map(|(col, s)| {
            let cells = m.cells.iter().filter_map(|row| row.get(col)).map(|c| {
                let id = Selection::cell(c.partner, c.sector).to_string();
                match c.level {
                    Some(level) => Cell::Item {
                        id,
                        text: format!(
                            "{} {} ({} {})",
                            glyph(level),
                            t(l, Key::Level(level)),
                            c.passages.len(),
                            t(l, Key::Passages)
                        ),
                    },
                    None => Cell::Silent {
                        id,
                        text: t(l, Key::Silent).to_string(),
                    },
                }
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
        .chain(m.partners.iter().map(|p| d.actor_name(p, l)))
        .collect();
    let table = Table {
        caption: t(l, Key::TableCaption(View::Matrix)).to_string(),
        columns,
        rows,
        when_empty: None,
        class: Some("matrix-table"),
    };
    let chart = || Chart {
        spec: matrix_chart(d, &m, l, q.selected),
        label: Key::ChartLabel(View::Matrix),
        tall: false,
        height: Some(120 + 30 * m.sectors.len()),
    };
    let base = ViewModel::charted(View::Matrix, none, D::NoMatrix, chart, table);
    ViewModel {
        chart_note: Some(Key::SilentNote),
        // Sectors without a partner are no matrix either.
        empty: Empty {
            empty: base.empty.empty || m.partners.is_empty(),
            ..base.empty
        },
        extra: Extra::Matrix {
            cut: Cut {
                shown: m.partners.len(),
                hidden,
            },
            legend: legend(l),
        },
        ..base
    }
}
