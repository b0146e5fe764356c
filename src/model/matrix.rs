//! The sector × partner matrix: how far each partner's cooperation reaches into each sector.
//!
//! Owns: which partners and sectors form the matrix under a [`Filters`], each cell's level (the
//! furthest any kept relationship reaches), and the passages that support it. A cell's id is a
//! rule of the dataset (`validate::rules`), re-exported here.
//! A cell with no link is "the paper is silent" (`level: None`), which is not the same as a
//! link at level `none` ("the paper says there is none").

use std::collections::{HashMap, HashSet};

use super::filter::{sector_within, Filters};
use super::index::Loaded;
use super::types::{Citation, SectorLevel};

/// One cell: a partner and a sector.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell<'a> {
    pub partner: &'a str,
    pub sector: &'a str,
    /// `None`: the paper is silent.
    pub level: Option<SectorLevel>,
    pub passages: Vec<&'a Citation>,
    /// The relationships that link the two.
    pub relationships: Vec<&'a str>,
}

/// The matrix: `cells[row][column]`, rows are partners, columns sectors.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix<'a> {
    pub partners: Vec<&'a str>,
    pub sectors: Vec<&'a str>,
    pub cells: Vec<Vec<Cell<'a>>>,
}

/// How many partners the matrix shows at first: past a few dozen, its columns and its table are
/// too many to read (and a file can name thousands). The reader asks for more, or picks one.
pub const PARTNERS_SHOWN: usize = 40;

impl<'a> Matrix<'a> {
    /// The cell of `partner` and `sector`, if both are in the matrix.
    pub fn cell(&self, partner: &str, sector: &str) -> Option<&Cell<'a>> {
        let row = self.partners.iter().position(|p| *p == partner)?;
        let col = self.sectors.iter().position(|s| *s == sector)?;
        self.cells.get(row)?.get(col)
    }
}

/// Builds the matrix of `data` under `filters`. Columns: the sectors of the paper's scope list
/// (so that silence on them shows) and every sector touched by a relationship the filters other
/// than the partner keep, in file order; with a sector filter, only that sector and the sectors
/// below it. A partner filter narrows the rows to that partner and leaves the sectors as they
/// are: where the paper says nothing of that partner, the cell is silent (and the matrix keeps
/// its shape from one partner to the next).
pub fn build<'a>(data: &'a Loaded, filters: &Filters) -> Matrix<'a> {
    build_top(data, filters, usize::MAX).0
}

/// [`build`], cut to the `limit` partners with the most cited passages in its cells (ties in
/// file order), most cited first, and how many partners were left out. A matrix within the
/// limit is the whole matrix, in file order. The cells of the partners left out are never made:
/// 5,000 partners are 125,000 cells.
pub fn build_top<'a>(data: &'a Loaded, filters: &Filters, limit: usize) -> (Matrix<'a>, usize) {
    // The relationships every filter but the partner keeps (they decide the sectors), and of
    // those, the ones the partner filter keeps too (they fill the cells).
    let any_partner = Filters {
        partner: None,
        ..filters.clone()
    };
    let reached: Vec<_> = data
        .data
        .relationships
        .iter()
        .filter(|r| any_partner.keeps_relationship(data, r))
        .collect();
    let kept: Vec<_> = reached
        .iter()
        .copied()
        .filter(|r| filters.keeps_relationship(data, r))
        .collect();
    // Every step below is linear in the relationships and their sector links: a file can name
    // thousands of partners, and a search per partner or per cell made the matrix of 5,000
    // partners take seconds.
    let mut partners: Vec<&'a str> = Vec::new();
    let mut row_of: HashMap<&'a str, usize> = HashMap::new();
    for r in &kept {
        if filters.partner.as_deref().is_none_or(|p| p == r.partner)
            && !row_of.contains_key(r.partner.as_str())
        {
            row_of.insert(&r.partner, partners.len());
            partners.push(&r.partner);
        }
    }
    let touched: HashSet<&str> = reached
        .iter()
        .flat_map(|r| r.sectors.iter().map(|l| l.sector.as_str()))
        .collect();
    let sectors: Vec<&'a str> = data
        .data
        .sectors
        .iter()
        .filter(|s| {
            let in_scope = s.scope_item.is_some() && s.parent.is_none();
            let wanted = filters
                .sector
                .as_deref()
                .is_none_or(|w| sector_within(data, &s.id, w));
            wanted && (touched.contains(s.id.as_str()) || in_scope)
        })
        .map(|s| s.id.as_str())
        .collect();
    let column_of: HashMap<&str, usize> = sectors.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    let hidden = partners.len().saturating_sub(limit);
    if hidden > 0 {
        let mut cited = vec![0usize; partners.len()];
        for r in &kept {
            if let Some(&row) = row_of.get(r.partner.as_str()) {
                cited[row] += r
                    .sectors
                    .iter()
                    .filter(|l| column_of.contains_key(l.sector.as_str()))
                    .map(|l| l.citations.len())
                    .sum::<usize>();
            }
        }
        let mut order: Vec<usize> = (0..partners.len()).collect();
        // A stable sort keeps file order among equals.
        order.sort_by(|a, b| cited[*b].cmp(&cited[*a]));
        order.truncate(limit);
        partners = order.into_iter().map(|i| partners[i]).collect();
        row_of = partners.iter().enumerate().map(|(i, p)| (*p, i)).collect();
    }
    let mut cells: Vec<Vec<Cell<'a>>> = partners
        .iter()
        .map(|&partner| {
            sectors
                .iter()
                .map(|&sector| Cell {
                    partner,
                    sector,
                    level: None,
                    passages: Vec::new(),
                    relationships: Vec::new(),
                })
                .collect()
        })
        .collect();
    for r in &kept {
        let Some(&row) = row_of.get(r.partner.as_str()) else {
            continue;
        };
        for link in &r.sectors {
            let Some(&col) = column_of.get(link.sector.as_str()) else {
                continue;
            };
            let cell = &mut cells[row][col];
            cell.level = cell.level.max(Some(link.level));
            cell.passages.extend(link.citations.iter());
            if !cell.relationships.contains(&r.id.as_str()) {
                cell.relationships.push(&r.id);
            }
        }
    }
    (
        Matrix {
            partners,
            sectors,
            cells,
        },
        hidden,
    )
}
