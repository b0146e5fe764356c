//! The timeline view: every event of the city's cooperation, one lane per partner, with the
//! table that says the same in rows, and the detail of the selected event.

use leptos::prelude::*;

use crate::charts::timeline::timeline_chart;
use crate::components::{
    empty::EmptyNote,
    more_rows::{paged, MoreRows},
    view_frame::{ChartTable, RecordLink, TableHead, ViewChart, ViewFrame},
};
use crate::i18n::{dataset::D, t, Key};
use crate::model::detail::date_label;
use crate::model::timeline::{self, LaneBy};
use crate::state::{deferred::deferred, AppState};

/// One row of the events table: everything the chart shows, as text. Rows are keyed by their
/// whole content: a filter change keeps the rows that stay as they are.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    id: String,
    date: String,
    partner: String,
    title: String,
    kind: &'static str,
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let filters = state.filters;
    let selected = state.selected;
    let by = Memo::new(move |_| state.url.with(|u| u.lanes));

    // One build of the timeline per change; the chart and the table are cut from it.
    let built = Memo::new(move |_| {
        let lang = lang.get();
        state.data.with(|d| {
            let tl = timeline::build(d, &filters.get(), by.get());
            let spec = timeline_chart(d, &tl, lang, selected.get().as_deref());
            let rows: Vec<Row> = tl
                .all()
                .map(|p| Row {
                    id: p.event.id.clone(),
                    date: date_label(p.event, lang),
                    partner: d.actor_name(timeline::lane_actor(d, p.event), lang),
                    title: p.event.title.get(lang).to_string(),
                    kind: t(lang, Key::EventKind(p.event.kind)),
                })
                .collect();
            (spec, (rows, tl.undated.len()))
        })
    });
    let spec = Memo::new(move |_| built.with(|b| b.0.clone()));
    let rows = Memo::new(move |_| built.with(|b| b.1.clone()));
    // The table follows the chart a frame later (see `state::deferred`).
    // A page of rows at a time (see `more_rows`).
    let (page, more) = paged(Memo::new(move |_| rows.with(|r| r.0.clone())));
    let shown = deferred(page);
    // Its own memo: the list is rebuilt only when the undated events themselves change.
    let undated = Memo::new(move |_| rows.with(|(rows, n)| rows[rows.len() - n..].to_vec()));
    // A dataset without events has no chart or table to show, only the words saying so.
    let none = Memo::new(move |_| state.data.with(|d| d.data.events.is_empty()));

    view! {
            <ViewFrame name="timeline" title=Key::ViewTimeline intro=Key::TimelineIntro>
                        <EmptyNote empty=Signal::derive(move || rows.with(|r| r.0.is_empty())) none_in_data=none none=D::NoEvents/>
                        <Show when=move || !none.get()>
                        <div class="lane-toggle" role="group" aria-label=move || t(lang.get(), Key::LanesBy)>
                            <span aria-hidden="true">{move || t(lang.get(), Key::LanesBy)}</span>
                            {[(LaneBy::Partner, Key::LanesByPartner), (LaneBy::Sector, Key::LanesBySector)].into_iter().map(|(b, k)| view! {
                                <button type="button" aria-pressed=move || (by.get() == b).to_string() on:click=move |_| state.set_lanes(b)>
                                    {move || t(lang.get(), k)}
                                </button>
                            }).collect_view()}
                        </div>
                        <ViewChart spec=spec label=Key::TimelineChartLabel/>
                        </Show>
                        {move || {
                            let undated_rows = undated.get();
                            (!undated_rows.is_empty()).then(|| view! {
                                <section class="undated" aria-labelledby="undated-title">
                                    <h2 id="undated-title">{move || t(lang.get(), Key::UndatedHeading)}</h2>
                                    <p>{move || t(lang.get(), Key::UndatedNote)}</p>
                                    <ul>
                                        {undated_rows.into_iter().map(|r| {
                                            let id = r.id.clone();
                                            view! { <li><RecordLink id=id text=r.title/></li> }
                                        }).collect_view()}
                                    </ul>
                                </section>
                            })
                        }}
                        <Show when=move || !none.get()>
                        <ChartTable>
    <table class="data-table">
                            <TableHead caption=Key::TableCaption columns=vec![Key::ColDate, Key::ColPartner, Key::ColEvent, Key::ColKind]/>
                            <tbody>
                                <For each=move || shown.get() key=|row| row.clone() let:row>
                                    {
                                        let id = row.id.clone();
                                        let current = row.id.clone();
                                        view! {
                                            <tr class:selected=move || selected.get().as_deref() == Some(current.as_str()) data-item=row.id.clone()>
                                                <td>{row.date}</td>
                                                <td>{row.partner}</td>
                                                <td><RecordLink id=id text=row.title/></td>
                                                <td>{row.kind}</td>
                                            </tr>
                                        }
                                    }
                                </For>
                            </tbody>
                        </table>
    </ChartTable>
                        <MoreRows paged=more/>
                        </Show>
            </ViewFrame>
        }
}
