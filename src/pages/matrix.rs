//! The sector × partner matrix: each cell says how far a partner's cooperation reaches into a
//! sector and how many passages support it; a cell opens those passages. The table below says
//! the same, and tells "the paper is silent" apart from "the paper says none".

use leptos::prelude::*;

use crate::charts::matrix::{glyph, matrix_chart};
use crate::components::{
    empty::EmptyNote,
    view_frame::{ChartTable, RecordLink, ViewChart, ViewFrame},
};
use crate::i18n::{t, Key};
use crate::model::matrix::{self, cell_id};
use crate::state::AppState;

/// One table cell: its id (when the paper says something) and its text.
#[derive(Clone, Debug, PartialEq)]
struct TableCell {
    id: Option<String>,
    text: String,
}

#[component]
pub fn MatrixPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let filters = state.filters;
    let selected = state.selected;
    // One build of the matrix per change; the chart and the table are cut from it.
    let built = Memo::new(move |_| {
        let l = lang.get();
        state.data.with(|d| {
            let m = matrix::build(d, &filters.get());
            let spec = matrix_chart(d, &m, l, selected.get().as_deref());
            let head: Vec<String> = m.partners.iter().map(|p| d.actor_name(p, l)).collect();
            let rows: Vec<(String, Vec<TableCell>)> = m
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
                                text: "—".to_string(),
                            },
                        })
                        .collect();
                    (d.sector_name(s, l), cells)
                })
                .collect();
            (spec, (head, rows))
        })
    });
    let spec = Memo::new(move |_| built.with(|b| b.0.clone()));
    let table = Memo::new(move |_| built.with(|b| b.1.clone()));

    view! {
        <ViewFrame name="matrix" title=Key::ViewMatrix intro=Key::MatrixIntro>
                    <ViewChart spec=spec label=Key::MatrixChartLabel height=Some(Signal::derive(move || table.with(|t| 120 + 30 * t.1.len())))/>
                    <p class="legend-note">{move || t(lang.get(), Key::SilentNote)}</p>
                    <EmptyNote empty=Signal::derive(move || table.with(|t| t.1.is_empty()))/>
                    <ChartTable>
                        <table class="data-table matrix-table">
                            <caption>{move || t(lang.get(), Key::MatrixTableCaption)}</caption>
                            {move || {
                                let (head, rows) = table.get();
                                view! {
                                    <thead><tr>
                                        <th scope="col">{move || t(lang.get(), Key::FilterSector)}</th>
                                        {head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                                    </tr></thead>
                                    <tbody>
                                        {rows.into_iter().map(|(sector, cells)| view! {
                                            <tr>
                                                <th scope="row">{sector}</th>
                                                {cells.into_iter().map(|c| match c.id {
                                                    Some(id) => {
                                                        let item = id.clone();
                                                        view! { <td data-item=id><RecordLink id=item text=c.text/></td> }.into_any()
                                                    }
                                                    None => view! { <td class="silent"><span aria-hidden="true">{c.text}</span><span class="visually-hidden">{move || t(lang.get(), Key::Silent)}</span></td> }.into_any(),
                                                }).collect_view()}
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                }
                            }}
                        </table>
                    </ChartTable>
        </ViewFrame>
    }
}
