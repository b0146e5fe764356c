//! A view's table as plain data: its caption, named columns and rows of typed cells, already in
//! the reader's language. One component (`components::view_body::ViewTable`) renders every
//! table of every view from it.

use crate::i18n::{t, Key};
use crate::model::Lang;

/// One cell of a table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Cell {
    /// Plain text.
    Text(String),
    /// Text in another language than the page's (a partner's local name), marked with its
    /// language code so that it is spoken and hyphenated as such.
    Foreign { text: String, lang: String },
    /// A button opening the record `id` in the detail panel.
    Link { id: String, text: String },
    /// A cell that stands for the record `id` itself (a matrix cell): the cell carries the id,
    /// its button opens it.
    Item { id: String, text: String },
    /// A matrix cell on which the paper is silent: drawn as a dash, with `text` as its spoken
    /// words. A partner's (`id`, its cell's) is listed in the downloads (silence is part of what
    /// the matrix shows); a closed group's has no id.
    Silent { id: Option<String>, text: String },
    /// Partners' names, each after a small square of its colour (`model::palette`), decorative:
    /// the name says who it is.
    Partners(Vec<PartnerName>),
    /// The heading of its row (`<th scope="row">`).
    Head(String),
    /// The heading of a group of `span` rows, opening the record `id` (`<th scope="rowgroup">`).
    Group { id: String, text: String, span: usize },
}

/// A partner's name in a table, with its colour.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PartnerName {
    /// The partner's actor id (its `data-partner`).
    pub id: String,
    pub text: String,
    /// The partner's place in the palette (`PartnerColour::slot`; the style sheet's
    /// `.partner-N`); `None`: the actor is no partner (the focal city on a timeline lane), no
    /// square is drawn.
    pub slot: Option<usize>,
    /// The name is a button opening the partner.
    pub link: bool,
}

impl PartnerName {
    /// The name of the actor `id` in `lang`, with its colour.
    pub fn of(data: &crate::model::Loaded, id: &str, lang: Lang, link: bool) -> Self {
        Self {
            id: id.to_string(),
            text: data.actor_name(id, lang),
            slot: data.partner_colour(id).map(|c| c.slot()),
            link,
        }
    }
}

/// One row: a key unique in its table (a record or sector id), the record it stands for (the
/// row's `data-item`, when the whole row is one record) and its cells.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Row {
    pub key: String,
    pub item: Option<String>,
    pub cells: Vec<Cell>,
}

impl Row {
    /// A row that stands for the record `id`.
    pub fn record(id: &str, cells: Vec<Cell>) -> Self {
        Self {
            key: id.to_string(),
            item: Some(id.to_string()),
            cells,
        }
    }
}

/// A table: caption, column headings, rows.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    /// What is said under the table when it has no rows (`None`: the view's empty note says it).
    pub when_empty: Option<Key>,
    /// The class of the `<table>` besides `data-table` (`matrix-table`).
    pub class: Option<&'static str>,
}

impl Table {
    /// A table captioned `caption` with the columns `columns`, in `lang`.
    pub fn new(lang: Lang, caption: Key, columns: &[Key], rows: Vec<Row>) -> Self {
        Self {
            caption: t(lang, caption).to_string(),
            columns: columns.iter().map(|k| t(lang, *k).to_string()).collect(),
            rows,
            ..Self::default()
        }
    }

    /// The ids of the records the rows list, in order: the row's record, or else the records
    /// of its cells.
    pub fn records(&self) -> impl Iterator<Item = &str> {
        self.rows.iter().flat_map(|r| {
            let cells = r.cells.iter().filter_map(|c| match c {
                Cell::Item { id, .. } | Cell::Silent { id: Some(id), .. } => Some(id.as_str()),
                _ => None,
            });
            r.item.as_deref().into_iter().chain(cells)
        })
    }
}
