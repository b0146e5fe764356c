//! The sector × partner matrix: each cell says how far a partner's cooperation reaches into a
//! sector and how many passages support it; a cell opens those passages. The table below says
//! the same, and tells "the paper is silent" apart from "the paper says none".

use leptos::either::Either;
use leptos::prelude::*;

use crate::charts::matrix::{glyph, matrix_chart};
use crate::components::{
    empty::EmptyNote,
    view_frame::{ChartTable, RecordLink, ViewChart, ViewFrame},
};
use crate::i18n::{dataset::D, t, Key};
use crate::model::matrix::{self, cell_id, PARTNERS_SHOWN};
use crate::state::{deferred::deferred, AppState};

/// One table cell: its id (when the paper says something) and its text (the level and
/// passages, or the words for silence). Its text is fixed: a cell holds no reactive code of its
/// own (a matrix has hundreds of cells, most of them silent, and a filter change makes many).
#[derive(Clone, Debug, PartialEq)]
struct TableCell {
    id: Option<String>,
    text: String,
}

/// A cell of the table: a button opening its passages, or a silent cell.
fn table_cell(cell: TableCell) -> impl IntoView {
    match cell.id {
        Some(id) => {
            let item = id.clone();
            Either::Left(view! { <td data-item=id><RecordLink id=item text=cell.text/></td> })
        }
        // The style sheet draws a dash and gives it these words as its spoken text.
        None => Either::Right(view! { <td class="silent" data-silent=cell.text></td> }),
    }
}

/// The table: the partners' columns (id, name) and, per sector, its id, name and cells.
#[derive(Clone, Debug, Default, PartialEq)]
struct Table {
    head: Vec<(String, String)>,
    rows: Vec<(String, String, Vec<TableCell>)>,
}

#[component]
pub fn MatrixPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let filters = state.filters;
    let selected = state.selected;
    // How many partners the matrix shows; past them, the reader asks for more (see
    // `matrix::PARTNERS_SHOWN`). A partner chosen in the filter is always shown.
    let limit = RwSignal::new(PARTNERS_SHOWN);
    // One build of the matrix per change; the chart and the table are cut from it.
    let built = Memo::new(move |_| {
        let l = lang.get();
        state.data.with(|d| {
            let (m, left_out) = matrix::build_top(d, &filters.get(), limit.get());
            let spec = matrix_chart(d, &m, l, selected.get().as_deref());
            let head = m
                .partners
                .iter()
                .map(|p| (p.to_string(), d.actor_name(p, l)))
                .collect();
            let rows = m
                .sectors
                .iter()
                .enumerate()
                .map(|(col, s)| {
                    let cells = m
                        .cells
                        .iter()
                        .filter_map(|row| row.get(col))
                        .map(|c| match c.level {
                            Some(level) => TableCell {
                                id: Some(cell_id(c.partner, c.sector)),
                                text: format!(
                                    "{} {} ({} {})",
                                    glyph(level),
                                    t(l, Key::Level(level)),
                                    c.passages.len(),
                                    t(l, Key::Passages)
                                ),
                            },
                            None => TableCell {
                                id: None,
                                text: t(l, Key::Silent).to_string(),
                            },
                        })
                        .collect();
                    (s.to_string(), d.sector_name(s, l), cells)
                })
                .collect();
            (spec, Table { head, rows }, left_out)
        })
    });
    let spec = Memo::new(move |_| built.with(|b| b.0.clone()));
    let hidden = Memo::new(move |_| built.with(|b| b.2));
    let table = Memo::new(move |_| built.with(|b| b.1.clone()));
    // The table follows the chart a frame later (see `state::deferred`).
    let shown = deferred(table);
    // A dataset without relationships has no partner to cross with a sector: no chart or
    // table, only the words saying so.
    let none = Memo::new(move |_| state.data.with(|d| d.data.relationships.is_empty()));
    // Rows keyed by sector: a filter change adds and removes rows and leaves the others in
    // place. A row's cells are redrawn in place, by position: a partner filter takes a row
    // from every partner's cells to one partner's and back, and writing into the cells already
    // there costs less than keying each one (measured with `e2e/bench/ab.mjs`).
    let head = move || shown.with(|t| t.head.clone());
    let rows = move || {
        shown.with(|t| {
            t.rows
                .iter()
                .map(|(id, name, _)| (id.clone(), name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let cells_of = move |sector: String| {
        move || {
            shown.with(|t| {
                t.rows
                    .iter()
                    .find(|(id, _, _)| *id == sector)
                    .map(|(_, _, cells)| cells.iter().cloned().map(table_cell).collect_view())
            })
        }
    };

    view! {
        <ViewFrame name="matrix" title=Key::ViewMatrix intro=Key::MatrixIntro>
                    <EmptyNote empty=Signal::derive(move || table.with(|t| t.rows.is_empty() || t.head.is_empty())) none_in_data=none none=D::NoMatrix/>
                    <Show when=move || !none.get()>
                    <ViewChart spec=spec label=Key::MatrixChartLabel height=Some(Signal::derive(move || table.with(|t| 120 + 30 * t.rows.len())))/>
                    <p class="legend-note">{move || t(lang.get(), Key::SilentNote)}</p>
                    <Show when=move || { hidden.get() > 0 }>
                        <p class="top-partners" role="status">
                            {move || t(lang.get(), Key::MatrixTopPartners)}" "
                            <strong>{move || limit.get()}" / "{move || limit.get() + hidden.get()}</strong>". "
                            {move || t(lang.get(), Key::MatrixTopHint)}" "
                            <button class="small show-more-partners" on:click=move |_| limit.update(|n| *n += PARTNERS_SHOWN)>
                                {move || t(lang.get(), Key::ShowMorePartners)}
                            </button>
                        </p>
                    </Show>
                    <ChartTable>
                        <table class="data-table matrix-table">
                            <caption>{move || t(lang.get(), Key::MatrixTableCaption)}</caption>
                            <thead><tr>
                                <th scope="col">{move || t(lang.get(), Key::FilterSector)}</th>
                                <For each=head key=|h| h.clone() let:h>
                                    <th scope="col">{h.1}</th>
                                </For>
                            </tr></thead>
                            <tbody>
                                <For each=rows key=|r| r.clone() let:row>
                                    <tr>
                                        <th scope="row">{row.1}</th>
                                        {cells_of(row.0)}
                                    </tr>
                                </For>
                            </tbody>
                        </table>
                    </ChartTable>
                    </Show>
        </ViewFrame>
    }
}
