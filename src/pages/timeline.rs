//! The timeline view: every event of the city's cooperation, one lane per partner, with the
//! table that says the same in rows, and the detail of the selected event.

use leptos::prelude::*;

use crate::charts::{echart::EChart, timeline::timeline_chart};
use crate::components::{detail::DetailPanel, empty::EmptyNote};
use crate::i18n::{t, Key};
use crate::model::detail::date_label;
use crate::model::timeline;
use crate::state::AppState;

/// One row of the events table: everything the chart shows, as text.
#[derive(Clone, Debug, PartialEq)]
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
    let filters = Memo::new(move |_| state.url.with(|u| u.filters.clone()));
    let selected = Memo::new(move |_| state.url.with(|u| u.selected.clone()));

    let spec = Memo::new(move |_| {
        state.data.with(|d| {
            let tl = timeline::build(d, &filters.get());
            timeline_chart(d, &tl, lang.get(), selected.get().as_deref())
        })
    });
    let rows = Memo::new(move |_| {
        let lang = lang.get();
        state.data.with(|d| {
            let tl = timeline::build(d, &filters.get());
            let rows: Vec<Row> = tl
                .all()
                .map(|p| Row {
                    id: p.event.id.clone(),
                    date: date_label(p.event, lang),
                    partner: tl
                        .lanes
                        .get(p.lane)
                        .and_then(|l| d.actor(&l.actor))
                        .map(|a| a.name.get(lang).to_string())
                        .unwrap_or_default(),
                    title: p.event.title.get(lang).to_string(),
                    kind: t(lang, Key::EventKind(p.event.kind)),
                })
                .collect();
            (rows, tl.undated.len())
        })
    });
    let on_select = Callback::new(move |id: String| state.select(Some(id)));

    view! {
        <section class="view view-timeline" aria-labelledby="view-title">
            <h1 id="view-title">{move || t(lang.get(), Key::ViewTimeline)}</h1>
            <p class="intro">{move || t(lang.get(), Key::TimelineIntro)}</p>
            <div class="view-body">
                <div class="view-main">
                    <EChart
                        spec=Signal::from(spec)
                        label=Signal::derive(move || t(lang.get(), Key::TimelineChartLabel).to_string())
                        on_select=on_select
                        fallback=Signal::derive(move || t(lang.get(), Key::EchartsMissing).to_string())
                    />
                    {move || {
                        let (rows, undated) = rows.get();
                        let undated_rows: Vec<Row> = rows[rows.len() - undated..].to_vec();
                        (undated > 0).then(|| view! {
                            <section class="undated" aria-labelledby="undated-title">
                                <h2 id="undated-title">{move || t(lang.get(), Key::UndatedHeading)}</h2>
                                <p>{move || t(lang.get(), Key::UndatedNote)}</p>
                                <ul>
                                    {undated_rows.into_iter().map(|r| {
                                        let id = r.id.clone();
                                        view! { <li><button class="link" on:click=move |_| state.select(Some(id.clone()))>{r.title}</button></li> }
                                    }).collect_view()}
                                </ul>
                            </section>
                        })
                    }}
                    <EmptyNote empty=Signal::derive(move || rows.with(|r| r.0.is_empty()))/>
                    <table class="data-table">
                        <caption>{move || t(lang.get(), Key::TableCaption)}</caption>
                        <thead><tr>
                            <th scope="col">{move || t(lang.get(), Key::ColDate)}</th>
                            <th scope="col">{move || t(lang.get(), Key::ColPartner)}</th>
                            <th scope="col">{move || t(lang.get(), Key::ColEvent)}</th>
                            <th scope="col">{move || t(lang.get(), Key::ColKind)}</th>
                        </tr></thead>
                        <tbody>
                            {move || rows.get().0.into_iter().map(|row| {
                                let id = row.id.clone();
                                let current = row.id.clone();
                                view! {
                                    <tr class:selected=move || selected.get().as_deref() == Some(current.as_str()) data-item=row.id.clone()>
                                        <td>{row.date}</td>
                                        <td>{row.partner}</td>
                                        <td><button class="link" on:click=move |_| state.select(Some(id.clone()))>{row.title}</button></td>
                                        <td>{row.kind}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <DetailPanel/>
            </div>
        </section>
    }
}
