//! Policy learning: where each practice was learned, what it was, and how far it was taken up
//! locally (sankey), with the table that spells out the original and the local adaptation.

use leptos::prelude::*;

use crate::charts::learning::learning_chart;
use crate::components::{
    empty::EmptyNote,
    more_rows::{paged, MoreRows},
    view_frame::{ChartTable, RecordLink, TableHead, ViewChart, ViewFrame},
};
use crate::i18n::{dataset::D, t, Key};
use crate::model::learning;
use crate::state::{deferred::deferred, AppState};

#[component]
pub fn LearningPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let filters = state.filters;
    // One selection of adoptions per change; the chart and the table are cut from it.
    let built = Memo::new(move |_| {
        let l = lang.get();
        state.data.with(|d| {
            let kept = learning::kept(d, &filters.get());
            let spec = learning_chart(d, &kept, l);
            let rows = kept
                .into_iter()
                .map(|a| {
                    [
                        a.id.clone(),
                        d.actor_name(&a.learned_from, l),
                        t(l, Key::Route(a.route)).to_string(),
                        a.practice.get(l).to_string(),
                        a.origin.get(l).to_string(),
                        a.adaptation.get(l).to_string(),
                        t(l, Key::AdoptionStatus(a.status)).to_string(),
                    ]
                })
                .collect::<Vec<_>>();
            (spec, rows)
        })
    });
    let spec = Memo::new(move |_| built.with(|b| b.0.clone()));
    let rows = Memo::new(move |_| built.with(|b| b.1.clone()));
    // The table shows a page of rows at a time (see `more_rows`), a frame after the chart (see
    // `state::deferred`).
    let (page, more) = paged(rows);
    let shown = deferred(page);
    // A dataset without adoptions has no chart or table to show, only the words saying so.
    let none = Memo::new(move |_| state.data.with(|d| d.data.adoptions.is_empty()));

    view! {
        <ViewFrame name="learning" title=Key::ViewLearning intro=Key::LearningIntro>
                    <EmptyNote empty=Signal::derive(move || rows.with(Vec::is_empty)) none_in_data=none none=D::NoAdoptions/>
                    <Show when=move || !none.get()>
                    <ViewChart spec=spec label=Key::LearningChartLabel tall=true/>
                    <ChartTable>
                        <table class="data-table">
                            <TableHead caption=Key::LearningTableCaption columns=vec![Key::LearnedFrom, Key::RouteLabel, Key::Practice, Key::Origin, Key::Adaptation, Key::Status]/>
                            <tbody>
                                // Keyed by the whole row: a filter change keeps the rows that stay.
                                <For each=move || shown.get() key=|row| row.clone() let:row>
                                    {
                                        let [id, from, route, practice, origin, adaptation, status] = row;
                                        let item = id.clone();
                                        view! {
                                            <tr data-item=id>
                                                <td>{from}</td>
                                                <td>{route}</td>
                                                <td><RecordLink id=item text=practice/></td>
                                                <td>{origin}</td>
                                                <td>{adaptation}</td>
                                                <td>{status}</td>
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
