//! Policy learning: where each practice was learned, what it was, and how far it was taken up
//! locally (sankey), with the table that spells out the original and the local adaptation.

use leptos::prelude::*;

use crate::charts::{echart::EChart, learning::learning_chart};
use crate::components::{detail::DetailPanel, empty::EmptyNote};
use crate::i18n::{t, Key};
use crate::model::learning;
use crate::state::AppState;

#[component]
pub fn LearningPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let filters = Memo::new(move |_| state.url.with(|u| u.filters.clone()));
    let spec = Memo::new(move |_| {
        state
            .data
            .with(|d| learning_chart(d, &learning::kept(d, &filters.get()), lang.get()))
    });
    let rows = Memo::new(move |_| {
        let l = lang.get();
        state.data.with(|d| {
            learning::kept(d, &filters.get())
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
                .collect::<Vec<_>>()
        })
    });
    let on_select = Callback::new(move |id: String| {
        if !id.is_empty() {
            state.select(Some(id));
        }
    });

    view! {
        <section class="view view-learning" aria-labelledby="view-title">
            <h1 id="view-title">{move || t(lang.get(), Key::ViewLearning)}</h1>
            <p class="intro">{move || t(lang.get(), Key::LearningIntro)}</p>
            <div class="view-body">
                <div class="view-main">
                    <EChart
                        spec=Signal::from(spec)
                        label=Signal::derive(move || t(lang.get(), Key::LearningChartLabel).to_string())
                        on_select=on_select
                        fallback=Signal::derive(move || t(lang.get(), Key::EchartsMissing).to_string())
                        tall=true
                    />
                    <EmptyNote empty=Signal::derive(move || rows.with(Vec::is_empty))/>
                    <div class="table-scroll">
                        <table class="data-table">
                            <caption>{move || t(lang.get(), Key::LearningTableCaption)}</caption>
                            <thead><tr>
                                <th scope="col">{move || t(lang.get(), Key::LearnedFrom)}</th>
                                <th scope="col">{move || t(lang.get(), Key::RouteLabel)}</th>
                                <th scope="col">{move || t(lang.get(), Key::Practice)}</th>
                                <th scope="col">{move || t(lang.get(), Key::Origin)}</th>
                                <th scope="col">{move || t(lang.get(), Key::Adaptation)}</th>
                                <th scope="col">{move || t(lang.get(), Key::Status)}</th>
                            </tr></thead>
                            <tbody>
                                {move || rows.get().into_iter().map(|[id, from, route, practice, origin, adaptation, status]| {
                                    let item = id.clone();
                                    view! {
                                        <tr data-item=id>
                                            <td>{from}</td>
                                            <td>{route}</td>
                                            <td><button class="link" on:click=move |_| state.select(Some(item.clone()))>{practice}</button></td>
                                            <td>{origin}</td>
                                            <td>{adaptation}</td>
                                            <td>{status}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </div>
                <DetailPanel/>
            </div>
        </section>
    }
}
