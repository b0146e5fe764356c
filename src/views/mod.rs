//! View models: what each view shows, as one plain value built by one pure function per view
//! from the dataset, the filters, the language and the selection ([`build`]).
//!
//! Owns: [`ViewModel`] (the chart's option, the tables' named rows, the records listed in the
//! tables' order) and everything a view says in the reader's language: details, download
//! files, table cells. The page renders the value through the shared components of
//! `components::view_body`; the CSV, the JSON and the printed handout read its
//! [`ViewModel::listed`], so they follow the table by construction. Nothing here touches the
//! browser: it compiles and is tested on the host (`tests/views_model.rs`), and a build-time
//! bake can render the same value.
//!
//! Layering: `model` (the dataset and its computations, no interface text) <- `i18n` (every
//! interface string) <- `charts` (option builders) <- `views` <- `components`, `pages`.

pub mod challenges;
pub mod detail;
pub mod evidence;
pub mod export;
pub mod handout;
pub mod learning;
pub mod matrix;
pub mod overview;
pub mod search;
pub mod table;
pub mod timeline;

use crate::charts::ChartSpec;
use crate::i18n::dataset::D;
use crate::i18n::Key;
use crate::model::group::PartnerGroup;
use crate::model::timeline::LaneBy;
use crate::model::{Filters, Lang, Loaded, Selection, View};
pub use table::{Cell, PartnerName, Row, Table};

/// Everything a view model is built from.
#[derive(Clone, Copy, Debug)]
pub struct Query<'a> {
    pub data: &'a Loaded,
    pub filters: &'a Filters,
    pub lang: Lang,
    /// The record (or matrix cell) open in the detail panel, drawn outlined where a chart can.
    pub selected: Option<&'a Selection>,
    /// The timeline's lanes: one per partner, per group of partners (`LaneBy::grouped`), or per
    /// sector.
    pub lanes: LaneBy,
    /// How many partners the matrix shows, lanes the timeline's chart and partners the map, as
    /// the reader asked; `None`: the view's first step ([`first_shown`]).
    pub partners_shown: Option<usize>,
    /// How partners are grouped where a view groups them (the challenges' bars, the matrix's
    /// columns; the timeline's lanes come through `lanes`).
    pub group: PartnerGroup,
    /// The groups opened into their partners (`PartnerGroup::key`s; the matrix).
    pub open: &'a [String],
}

impl<'a> Query<'a> {
    /// The view as it opens: no filter, lanes by partner, the first partners of the matrix.
    pub fn new(data: &'a Loaded, filters: &'a Filters, lang: Lang) -> Self {
        Self {
            data,
            filters,
            lang,
            selected: None,
            lanes: LaneBy::Partner,
            partners_shown: None,
            group: PartnerGroup::Each,
            open: &[],
        }
    }

    /// How many partners (columns, lanes) `view`'s chart shows: what the reader asked for, or
    /// its first step.
    pub fn shown(&self, view: View) -> usize {
        self.partners_shown.unwrap_or_else(|| first_shown(view))
    }
}

/// How many partners `view`'s chart shows at first, and adds on each request (the "show more"
/// of `components::cut_line`): as many as can be read. The matrix: as many columns as its
/// cells are labelled in (`charts::matrix::LABELLED_COLUMNS`), since past them its chart is
/// colours alone, the columns a few pixels wide, and its table twice the cells to lay out. The
/// timeline: as many lanes as a screen shows, each as high as a mark
/// (`charts::timeline::READABLE_LANES`). The map's partners: `model::cut::PARTNERS_SHOWN`.
pub fn first_shown(view: View) -> usize {
    match view {
        View::Matrix => crate::charts::matrix::LABELLED_COLUMNS,
        View::Timeline => crate::charts::timeline::READABLE_LANES,
        _ => crate::model::cut::PARTNERS_SHOWN,
    }
}

/// A view's chart: its option and what it is, for the chart's accessible name.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Shared, not copied: the page hands the same option to the chart, and a large one is
    /// hundreds of kilobytes of JSON values.
    pub spec: std::sync::Arc<ChartSpec>,
    /// What the chart shows (its `aria-label`).
    pub label: Key,
    /// Drawn taller than the default (maps, flows, stacked bars).
    pub tall: bool,
    /// A height in pixels that follows the data (the matrix: one band per sector).
    pub height: Option<usize>,
}

/// What a view says when it shows nothing: the dataset has nothing for it (`none`), or the
/// filters leave nothing ("Nothing matches these filters", said by the page while a filter is
/// set and the dataset does have something).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Empty {
    /// The view shows nothing.
    pub empty: bool,
    /// The dataset has nothing for this view, whatever the filters.
    pub none_in_data: bool,
    /// The view's words for a dataset with nothing for it.
    pub none: D,
}

/// The one line above a view's chart saying what it shows: the title of the finding that
/// names the view in its `takeaway_for`, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Takeaway {
    /// The finding's id: the line's button opens its passages.
    pub finding: String,
    pub text: String,
}

impl Takeaway {
    /// The takeaway of `view` in `q`'s dataset, if a finding names the view.
    pub fn of(view: View, q: &Query) -> Option<Self> {
        let f = q
            .data
            .data
            .findings
            .iter()
            .find(|f| f.takeaway_for.contains(&view))?;
        Some(Self {
            finding: f.id.to_string(),
            text: f.title.get(q.lang).to_string(),
        })
    }
}

/// A view as the reader meets it.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewModel {
    pub view: View,
    /// The line above the chart saying what it shows, from the dataset's findings; `None` for a
    /// view without a chart, or when no finding names the view.
    pub takeaway: Option<Takeaway>,
    /// The chart; `None` for a view without one, or when the dataset has nothing to draw.
    pub chart: Option<Chart>,
    /// A line under the chart saying how to read it (the legend's words).
    pub chart_note: Option<Key>,
    /// The tables, in page order. The first is the chart's table alternative when there is a
    /// chart.
    pub tables: Vec<Table>,
    /// The ids of the records the tables list, in their order (for the matrix, its cells, silent
    /// ones too: silence is part of what it shows). Downloads and print read this.
    pub listed: Vec<String>,
    pub empty: Empty,
    /// What only this view shows.
    pub extra: Extra,
}

/// How a chart is cut to its most cited partners, groups or lanes (the matrix's columns, the
/// timeline's lanes, the map's partners; see `first_shown`), and the words
/// that say so.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cut {
    /// Shown.
    pub shown: usize,
    /// Left out.
    pub hidden: usize,
    /// What is shown ("Partners shown, those with the most cited passages:").
    pub what: Key,
    /// The button's words for more.
    pub more: Key,
}

/// What only one view shows, besides its chart and tables.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Extra {
    #[default]
    None,
    Overview {
        summary: overview::Summary,
        /// How the map is cut to its most cited partners.
        cut: Cut,
    },
    Timeline {
        undated: timeline::Undated,
        /// How the chart is cut to its most cited lanes.
        cut: Cut,
    },
    Matrix {
        cut: Cut,
        legend: Vec<matrix::Swatch>,
        groups: Vec<matrix::GroupButton>,
    },
}

/// The view model of `view`.
pub fn build(view: View, q: &Query) -> ViewModel {
    let mut model = match view {
        View::Overview => overview::build(q),
        View::Timeline => timeline::build(q),
        View::Matrix => matrix::build(q),
        View::Challenges => challenges::build(q),
        View::Learning => learning::build(q),
        View::Evidence => evidence::build(q),
    };
    if model.chart.is_some() {
        model.takeaway = Takeaway::of(view, q);
    }
    model
}

impl ViewModel {
    /// A view of one chart and its table alternative, listing the table's records. With nothing
    /// in the dataset for it (`none`), neither: only the words `none_words`.
    pub(crate) fn charted(
        view: View,
        none: bool,
        none_words: D,
        chart: impl FnOnce() -> Chart,
        table: Table,
    ) -> Self {
        Self {
            view,
            takeaway: None,
            chart: (!none).then(chart),
            chart_note: None,
            empty: Empty {
                empty: table.rows.is_empty(),
                none_in_data: none,
                none: none_words,
            },
            listed: table.records().map(str::to_string).collect(),
            tables: if none { Vec::new() } else { vec![table] },
            extra: Extra::None,
        }
    }

    /// The table alternative of the chart (the first table), if the view has one.
    pub fn table(&self) -> Option<&Table> {
        self.tables.first()
    }
}
