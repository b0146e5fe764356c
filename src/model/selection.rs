//! What the detail panel shows: a record, or a cell of the sector x partner matrix.
//!
//! Owns: [`Selection`] and its text form, the one the address bar (`item=`), the dataset's
//! story steps, the tables' rows, the charts' marks and the downloads write: a record's id as
//! it is (`ev-2016-mou`), a cell as `cell--<partner>--<sector>` (`cell--daejeon--umkm`). Dataset
//! ids never contain `--`, so the two cannot be confused. Parsing and writing are each other's
//! inverse, so links made before the type existed open what they opened then.

use std::fmt;

use super::id::Id;
use super::types::{Actor, Sector};
use super::validate::rules::{cell_id, parse_cell_id};

/// A record, or a matrix cell with its partner and sector.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    /// A record of any collection, by its id.
    Record(String),
    /// The cell of `partner` (an actor) and `sector`.
    Cell { partner: Id<Actor>, sector: Id<Sector> },
}

impl Selection {
    /// The selection `text` names; `None` for text of the cell form that names no cell
    /// (`cell--daejeon`), which is no record's id either.
    pub fn parse(text: &str) -> Option<Self> {
        if let Some((partner, sector)) = parse_cell_id(text) {
            return (!partner.is_empty() && !sector.is_empty()).then(|| Self::cell(partner, sector));
        }
        (!text.is_empty() && !text.starts_with(CELL_PREFIX)).then(|| Self::Record(text.to_string()))
    }

    /// A record by its id.
    pub fn record(id: impl Into<String>) -> Self {
        Self::Record(id.into())
    }

    /// The matrix cell of `partner` and `sector`.
    pub fn cell(partner: impl Into<Id<Actor>>, sector: impl Into<Id<Sector>>) -> Self {
        Self::Cell {
            partner: partner.into(),
            sector: sector.into(),
        }
    }

    /// Whether this is the record `id`.
    pub fn is_record(&self, id: &str) -> bool {
        matches!(self, Self::Record(r) if r == id)
    }

    /// Whether `text` is this selection's text form (without writing it out).
    pub fn is_written(&self, text: &str) -> bool {
        match self {
            Self::Record(id) => id == text,
            Self::Cell { partner, sector } => parse_cell_id(text) == Some((partner, sector)),
        }
    }

    /// Whether this is the cell of `partner` and `sector`.
    pub fn is_cell(&self, partner: &str, sector: &str) -> bool {
        matches!(self, Self::Cell { partner: p, sector: s } if *p == partner && *s == sector)
    }
}

const CELL_PREFIX: &str = "cell--";

/// The text form: a record's id, or `cell--<partner>--<sector>`.
impl fmt::Display for Selection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Record(id) => f.write_str(id),
            Self::Cell { partner, sector } => f.write_str(&cell_id(partner, sector)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_and_cells_read_and_write_their_text_form() {
        for (text, selection) in [
            ("ev-2016-mou", Selection::record("ev-2016-mou")),
            ("daejeon", Selection::record("daejeon")),
            ("cell--daejeon--umkm", Selection::cell("daejeon", "umkm")),
            (
                "cell--daejeon--science-technology-park",
                Selection::cell("daejeon", "science-technology-park"),
            ),
        ] {
            assert_eq!(Selection::parse(text), Some(selection.clone()), "{text}");
            assert_eq!(selection.to_string(), text);
        }
    }

    #[test]
    fn the_cell_form_naming_no_cell_is_nothing() {
        for text in ["", "cell--", "cell--daejeon", "cell----umkm", "cell--daejeon--"] {
            assert_eq!(Selection::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_selection_says_what_it_is() {
        let cell = Selection::cell("daejeon", "umkm");
        assert!(cell.is_cell("daejeon", "umkm") && !cell.is_cell("umkm", "daejeon"));
        assert!(!cell.is_record("cell--daejeon--umkm"));
        let record = Selection::record("ev-1");
        assert!(record.is_record("ev-1") && !record.is_cell("ev-1", ""));
        assert!(cell.is_written("cell--daejeon--umkm") && !cell.is_written("cell--daejeon--ict"));
        assert!(record.is_written("ev-1") && !record.is_written("ev-2"));
    }
}
