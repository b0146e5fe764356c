//! The overview: the paper's headline findings, key figures counted from the data, and the
//! partner map with its table.

use leptos::prelude::*;

use crate::charts::map::map_chart;
use crate::components::{
    empty::EmptyNote,
    more_rows::{paged, MoreRows},
    view_frame::{ChartTable, RecordLink, TableHead, ViewChart, ViewFrame},
};
use crate::i18n::{dataset::D, t, Key};
use crate::model::partners::{key_figures, partners};
use crate::state::{deferred::deferred, AppState};

#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let filters = state.filters;
    let selected = state.selected;
    let findings = Memo::new(move |_| {
        let l = lang.get();
        state.data.with(|d| {
            d.data
                .findings
                .iter()
                .filter(|f| f.headline)
                .map(|f| {
                    (
                        f.id.clone(),
                        f.title.get(l).to_string(),
                        f.description.get(l).to_string(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let figures = Memo::new(move |_| state.data.with(|d| key_figures(d, &filters.get())));
    // One list of partners per change; the map and the table are cut from it.
    let built = Memo::new(move |_| {
        let l = lang.get();
        state.data.with(|d| {
            let ps = partners(d, &filters.get());
            let spec = map_chart(d, &ps, l, selected.get().as_deref());
            let rows = ps
                .into_iter()
                .map(|p| {
                    (
                        p.actor.id.clone(),
                        p.actor.name.get(l).to_string(),
                        p.actor
                            .local_name
                            .as_ref()
                            .map(|n| (n.text.clone(), n.lang.clone())),
                        p.actor.country.clone().unwrap_or_default(),
                        t(l, Key::RelStatus(p.status)),
                        p.relationships.len(),
                    )
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
    // Partners come from relationships: without any, no map or table, only the words saying so.
    let none = Memo::new(move |_| state.data.with(|d| d.data.relationships.is_empty()));
    let figure = move |value: Signal<usize>, label: Key| {
        view! { <div class="figure"><dt>{move || t(lang.get(), label)}</dt><dd>{move || value.get()}</dd></div> }
    };

    view! {
        <ViewFrame name="overview" title=Key::ViewOverview>
                    <h2>{move || t(lang.get(), Key::HeadlineFindings)}</h2>
                    // Findings are not filtered: an empty list means the dataset has none.
                    <EmptyNote empty=Signal::derive(move || findings.with(Vec::is_empty)) none_in_data=Signal::stored(true) none=D::NoHeadlines/>
                    <ol class="findings">
                        {move || findings.get().into_iter().map(|(id, title, text)| {
                            let item = id.clone();
                            view! {
                                <li data-item=id>
                                    <h3>{title}</h3>
                                    <p>{text}</p>
                                    <button class="link" on:click=move |_| state.select(Some(item.clone()))>{move || t(lang.get(), Key::ShowDetail)}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                    <h2>{move || t(lang.get(), Key::KeyFigures)}</h2>
                    <dl class="figures">
                        {figure(Signal::derive(move || figures.with(|f| f.partners)), Key::FigPartners)}
                        {figure(Signal::derive(move || figures.with(|f| f.foreign_partners)), Key::FigForeign)}
                        {figure(Signal::derive(move || figures.with(|f| f.active_partners)), Key::FigActive)}
                        {figure(Signal::derive(move || figures.with(|f| f.events)), Key::FigEvents)}
                        {figure(Signal::derive(move || figures.with(|f| f.adoptions)), Key::FigAdoptions)}
                        {figure(Signal::derive(move || figures.with(|f| f.challenges)), Key::FigChallenges)}
                        {figure(Signal::derive(move || figures.with(|f| f.passages)), Key::FigPassages)}
                    </dl>
                    <h2>{move || t(lang.get(), Key::PartnerMap)}</h2>
                    <EmptyNote empty=Signal::derive(move || rows.with(Vec::is_empty)) none_in_data=none none=D::NoPartners/>
                    <Show when=move || !none.get()>
                    <ViewChart spec=spec label=Key::PartnerMap tall=true/>
                    <p class="legend-note">{move || t(lang.get(), Key::MapNote)}</p>
                    <ChartTable>
                        <table class="data-table">
                            <TableHead caption=Key::PartnerTableCaption columns=vec![Key::FilterPartner, Key::LocalName, Key::Country, Key::Status, Key::Ties]/>
                            <tbody>
                                // Keyed by the whole row: a filter change keeps the rows that stay.
                                <For each=move || shown.get() key=|row| row.clone() let:row>
                                    {
                                        let (id, name, local, country, status, ties) = row;
                                        let item = id.clone();
                                        view! {
                                            <tr data-item=id>
                                                <td><RecordLink id=item text=name/></td>
                                                <td>{local.map(|(text, code)| view! { <span lang=code>{text}</span> })}</td>
                                                <td>{country}</td>
                                                <td>{status}</td>
                                                <td>{ties}</td>
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
