//! The sector × partner matrix: how far each partner's cooperation reaches into each sector.
//!
//! Owns: which partners (or groups of partners, `model::group`) and sectors form the matrix under
//! a [`Filters`], each cell's level (the furthest any kept relationship reaches), and the
//! passages that support it. A cell's id is a rule of the dataset (`validate::rules`).
//! A cell with no link is "the paper is silent" (`level: None`), which is not the same as a
//! link at level `none` ("the paper says there is none").

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::filter::{sector_within, Filters};
use super::group::PartnerGroup;
use super::index::Loaded;
use super::types::{Citation, Relationship, SectorLevel};

/// One cell: a column (a partner, or a group's key) and a sector.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell<'a> {
    /// The column's key ([`Column::key`]): a partner, or a closed group.
    pub partner: &'a str,
    pub sector: &'a str,
    /// `None`: the paper is silent.
    pub level: Option<SectorLevel>,
    pub passages: Vec<&'a Citation>,
    /// The relationships that link the two.
    pub relationships: Vec<&'a str>,
}

/// One partner column of the matrix, or one group of partners.
#[derive(Clone, Debug, PartialEq)]
pub enum Column<'a> {
    /// A partner; `group` is the opened group it is shown in, when partners are grouped (its
    /// cells then hold only what reaches it within that group: with partners grouped by form of
    /// tie, one partner can stand in several groups).
    Partner {
        partner: &'a str,
        group: Option<&'a str>,
    },
    /// A closed group: its cells join its partners'. `key` is `PartnerGroup::key` (empty: no
    /// country, or no relationship); `members` are its partners, in file order.
    Group { key: &'a str, members: Vec<&'a str> },
}

impl<'a> Column<'a> {
    /// The partner's id, or the closed group's key.
    pub fn key(&self) -> &'a str {
        match self {
            Column::Partner { partner, .. } => partner,
            Column::Group { key, .. } => key,
        }
    }

    /// The partners the column stands for.
    pub fn members(&self) -> Vec<&'a str> {
        match self {
            Column::Partner { partner, .. } => vec![*partner],
            Column::Group { members, .. } => members.clone(),
        }
    }
}

/// Which groups the matrix shows, and which of them are opened into their partners.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Grouping<'q> {
    pub group: PartnerGroup,
    /// The keys of the opened groups (`PartnerGroup::key`; in the URL, `open=`).
    pub open: &'q [String],
}

/// The matrix: `cells[column][row]`; columns are partners (or groups of partners), rows sectors.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix<'a> {
    pub columns: Vec<Column<'a>>,
    pub sectors: Vec<&'a str>,
    pub cells: Vec<Vec<Cell<'a>>>,
}

impl<'a> Matrix<'a> {
    /// The cell of `partner` (or a closed group's key) and `sector`, if both are in the matrix.
    pub fn cell(&self, partner: &str, sector: &str) -> Option<&Cell<'a>> {
        let col = self.columns.iter().position(|c| c.key() == partner)?;
        let row = self.sectors.iter().position(|s| *s == sector)?;
        self.cells.get(col)?.get(row)
    }

    /// The columns' keys, in order.
    pub fn keys(&self) -> Vec<&'a str> {
        self.columns.iter().map(Column::key).collect()
    }
}

/// Builds the matrix of `data` under `filters`. Columns: the sectors of the paper's scope list
/// (so that silence on them shows) and every sector touched by a relationship the filters other
/// than the partner keep, in file order; with a sector filter, only that sector and the sectors
/// below it. A partner filter narrows the rows to that partner and leaves the sectors as they
/// are: where the paper says nothing of that partner, the cell is silent (and the matrix keeps
/// its shape from one partner to the next).
pub fn build<'a>(data: &'a Loaded, filters: &Filters) -> Matrix<'a> {
    build_top(data, filters, Grouping::default(), usize::MAX).0
}

/// [`build`] with its partners grouped as `grouping` says (a closed group is one column, an
/// opened one a column per partner, side by side), cut to the `limit` columns with the most
/// cited passages in their cells (ties in file order), most cited first, and how many columns
/// were left out. A matrix within the limit is the whole matrix, in file order (a group where
/// its first partner is). The cells of the columns left out are never made: 5,000 partners are
/// 125,000 cells.
pub fn build_top<'a>(
    data: &'a Loaded,
    filters: &Filters,
    grouping: Grouping<'_>,
    limit: usize,
) -> (Matrix<'a>, usize) {
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
    let (mut columns, column_of_relationship) = columns_of(data, filters, grouping, &kept);
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
    let row_of_sector: HashMap<&str, usize> = sectors.iter().enumerate().map(|(i, s)| (*s, i)).collect();
    let hidden = columns.len().saturating_sub(limit);
    // Where each column of the full matrix is in the matrix shown (`None`: left out).
    let mut shown_at: Vec<Option<usize>> = (0..columns.len()).map(Some).collect();
    if hidden > 0 {
        let mut cited = vec![0usize; columns.len()];
        for (r, &col) in kept.iter().zip(&column_of_relationship) {
            if col != usize::MAX {
                cited[col] += r
                    .sectors
                    .iter()
                    .filter(|l| row_of_sector.contains_key(l.sector.as_str()))
                    .map(|l| l.citations.len())
                    .sum::<usize>();
            }
        }
        let order = super::cut::most_cited(&cited, limit);
        shown_at = vec![None; columns.len()];
        for (new, &old) in order.iter().enumerate() {
            shown_at[old] = Some(new);
        }
        columns = pick(columns, &order);
    }
    let mut cells: Vec<Vec<Cell<'a>>> = columns
        .iter()
        .map(|column| {
            sectors
                .iter()
                .map(|&sector| Cell {
                    partner: column.key(),
                    sector,
                    level: None,
                    passages: Vec::new(),
                    relationships: Vec::new(),
                })
                .collect()
        })
        .collect();
    for (r, &col) in kept.iter().zip(&column_of_relationship) {
        let Some(col) = shown_at.get(col).copied().flatten() else {
            continue;
        };
        for link in &r.sectors {
            let Some(&row) = row_of_sector.get(link.sector.as_str()) else {
                continue;
            };
            let cell = &mut cells[col][row];
            cell.level = cell.level.max(Some(link.level));
            cell.passages.extend(link.citations.iter());
            if !cell.relationships.contains(&r.id.as_str()) {
                cell.relationships.push(&r.id);
            }
        }
    }
    (
        Matrix {
            columns,
            sectors,
            cells,
        },
        hidden,
    )
}

/// The columns of the relationships `kept` (of those the partner filter keeps), grouped as
/// `grouping` says, and each relationship's column (`usize::MAX`: none, the partner filter
/// leaves it out). A relationship's column is its partner's, or its group's (a closed group), or
/// its partner's within its group (an opened one, whose partners stand side by side where the
/// group's first partner is).
fn columns_of<'a>(
    data: &'a Loaded,
    filters: &Filters,
    grouping: Grouping<'_>,
    kept: &[&'a Relationship],
) -> (Vec<Column<'a>>, Vec<usize>) {
    let group_of = |r: &'a Relationship| match grouping.group {
        PartnerGroup::Each => None,
        g => Some(g.key(data, &r.partner, Some(r))),
    };
    let opened = |key: &str| grouping.open.iter().any(|o| o == key);
    let mut columns: Vec<Column<'a>> = Vec::new();
    let mut column_at: HashMap<(Option<&'a str>, Option<&'a str>), usize> = HashMap::default();
    let mut column_of_relationship: Vec<usize> = Vec::with_capacity(kept.len());
    for r in kept {
        if filters.partner.as_deref().is_some_and(|p| p != r.partner) {
            column_of_relationship.push(usize::MAX);
            continue;
        }
        let group = group_of(r);
        let place = match group {
            Some(key) if !opened(key) => (group, None),
            _ => (group, Some(r.partner.as_str())),
        };
        let at = *column_at.entry(place).or_insert_with(|| {
            columns.push(match place {
                (group, Some(partner)) => Column::Partner { partner, group },
                (key, None) => Column::Group {
                    key: key.unwrap_or(""),
                    members: Vec::new(),
                },
            });
            columns.len() - 1
        });
        if let Column::Group { members, .. } = &mut columns[at] {
            if !members.contains(&r.partner.as_str()) {
                members.push(&r.partner);
            }
        }
        column_of_relationship.push(at);
    }
    // An opened group's partners stand side by side, where the group's first partner is.
    if grouping.group != PartnerGroup::Each {
        let mut first: HashMap<Option<&str>, usize> = HashMap::default();
        for (i, c) in columns.iter().enumerate() {
            let group = match c {
                Column::Partner { group, .. } => *group,
                Column::Group { key, .. } => Some(*key),
            };
            first.entry(group).or_insert(i);
        }
        let mut order: Vec<usize> = (0..columns.len()).collect();
        order.sort_by_key(|&i| match &columns[i] {
            Column::Partner { group, .. } => (first[group], i),
            Column::Group { key, .. } => (first[&Some(*key)], i),
        });
        let mut remap = vec![0; columns.len()];
        for (new, &old) in order.iter().enumerate() {
            remap[old] = new;
        }
        columns = pick(columns, &order);
        for c in column_of_relationship.iter_mut().filter(|c| **c != usize::MAX) {
            *c = remap[*c];
        }
    }
    (columns, column_of_relationship)
}

/// The items of `items` at the places `order` names, in that order (each place at most once).
fn pick<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut taken: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| taken.get_mut(i)?.take()).collect()
}
