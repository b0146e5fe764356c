//! One component renders every table of every view from its view model's [`Table`]: caption,
//! column headings, rows of typed cells (text, a record's button, a local name in its own
//! language, a silent matrix cell, a row or group heading).
//!
//! Rows are keyed by their key (a record or sector id): a filter change adds and removes rows
//! and moves the others without rebuilding them. Each row has a memo of its cells, so only the
//! rows whose cells changed are redrawn (a partner filter on the matrix changes every row's
//! cells; a filter on the timeline changes none of the rows that stay).

use std::collections::HashMap;
use std::sync::Arc;

use leptos::either::EitherOf8;
use leptos::prelude::*;

use super::view_frame::RecordLink;
use crate::i18n::t;
use crate::state::AppState;
use crate::views::{Cell, Row, Table};

/// One cell, as HTML.
fn cell_view(cell: Cell) -> impl IntoView {
    match cell {
        Cell::Text(text) => EitherOf8::A(view! { <td>{text}</td> }),
        Cell::Foreign { text, lang } => EitherOf8::B(view! { <td><span lang=lang>{text}</span></td> }),
        Cell::Link { id, text } => EitherOf8::C(view! { <td><RecordLink id=id text=text/></td> }),
        Cell::Item { id, text } => {
            let item = id.clone();
            EitherOf8::D(view! { <td data-item=item><RecordLink id=id text=text/></td> })
        }
        // The style sheet draws a dash and gives it these words as its spoken text.
        Cell::Silent { text, .. } => EitherOf8::E(view! { <td class="silent" data-silent=text></td> }),
        Cell::Partners(names) => EitherOf8::H(view! {
            <td>{names.into_iter().enumerate().map(|(i, p)| {
                let partner = p.id.clone();
                let name = if p.link { view! { <RecordLink id=p.id text=p.text/> }.into_any() } else { p.text.into_any() };
                view! {
                    {(i > 0).then_some(", ")}
                    <span class="partner" data-partner=partner>
                        {p.slot.map(|n| view! { <span class=format!("partner-swatch partner-{n}") aria-hidden="true"></span> })}
                        {name}
                    </span>
                }
            }).collect_view()}</td>
        }),
        Cell::Head(text) => EitherOf8::F(view! { <th scope="row">{text}</th> }),
        Cell::Group { id, text, span } => EitherOf8::G(view! {
            <th scope="rowgroup" rowspan=span.to_string()><RecordLink id=id text=text/></th>
        }),
    }
}

/// Where each row of a table is, by key, for the rows' own memos to find their cells.
type RowsByKey = Arc<HashMap<String, usize>>;

/// The table `table` of a view: `<table class="data-table">` with its caption, headings and
/// rows; under it, when it has no rows and says what to say then, those words.
#[component]
pub fn ViewTable(#[prop(into)] table: Signal<Table>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let selected = state.selected;
    let caption = Memo::new(move |_| table.with(|t| t.caption.clone()));
    let class = Memo::new(move |_| table.with(|t| t.class));
    let columns = Memo::new(move |_| table.with(|t| t.columns.clone()));
    let keys = Memo::new(move |_| table.with(|t| t.rows.iter().map(|r| r.key.clone()).collect::<Vec<_>>()));
    // Rebuilt on every change of the table and never compared (a new table is a change): the
    // rows' memos below compare their own cells and decide what is redrawn.
    let by_key = Memo::new_with_compare(
        move |_| -> RowsByKey {
            table.with(|t| {
                Arc::new(
                    t.rows
                        .iter()
                        .enumerate()
                        .map(|(i, r)| (r.key.clone(), i))
                        .collect(),
                )
            })
        },
        |_, _| true,
    );
    let when_empty = move || {
        table
            .with(|t| t.rows.is_empty().then_some(t.when_empty).flatten())
            .map(|k| view! { <p class="empty-table">{move || t(lang.get(), k)}</p> })
    };
    let row_view = move |key: String| {
        let row = Memo::new({
            let key = key.clone();
            move |_| {
                let at = by_key.with(|rows| rows.get(&key).copied())?;
                table.with(|t| t.rows.get(at).map(|r: &Row| (r.item.clone(), r.cells.clone())))
            }
        });
        let item = Memo::new(move |_| row.with(|r| r.as_ref().and_then(|r| r.0.clone())));
        let is_selected = move || {
            item.with(|i| {
                i.as_deref()
                    .is_some_and(|i| selected.with(|s| s.as_ref().is_some_and(|s| s.is_written(i))))
            })
        };
        view! {
            <tr class:selected=is_selected data-item=move || item.get()>
                {move || row.get().map(|(_, cells)| cells.into_iter().map(cell_view).collect_view())}
            </tr>
        }
    };
    view! {
        <table class=move || match class.get() { Some(c) => format!("data-table {c}"), None => "data-table".into() }>
            <caption>{move || caption.get()}</caption>
            <thead><tr>
                // Keyed by place and text: the matrix's partner headings change with a filter.
                <For each=move || columns.get().into_iter().enumerate() key=|c| c.clone() let:c>
                    <th scope="col">{c.1}</th>
                </For>
            </tr></thead>
            <tbody>
                <For each=move || keys.get() key=|k| k.clone() let:key>
                    {row_view(key)}
                </For>
            </tbody>
        </table>
        {when_empty}
    }
}
