//! What every view is made of: the frame (heading, introduction, main column, detail panel), its
//! chart, the head of its table, and the button that opens a record in the detail panel.

use leptos::prelude::*;

use super::detail::DetailPanel;
use super::export_menu::{file_stem, ExportMenu, PrintHeader, PrintSources};
use super::notes::item::NoteBadge;
use crate::charts::{echart::EChart, ChartSpec};
use crate::i18n::notes::N;
use crate::i18n::{t, Key};
use crate::model::notes::Target;
use crate::state::notes::NotesStore;
use crate::state::AppState;

/// The frame of a view: `<h1>`, an introduction, the main column (`children`), the detail panel.
#[component]
pub fn ViewFrame(
    /// The view's code, for its CSS class (`view-<name>`).
    name: &'static str,
    /// The view's heading.
    title: Key,
    /// A sentence saying what the view shows.
    #[prop(optional)]
    intro: Option<Key>,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let notes = expect_context::<NotesStore>();
    let lang = state.lang;
    let note_on_view = move |_| {
        notes.panel_open.set(true);
        notes.create(Target::View {
            query: state.view_query(),
        });
    };
    view! {
        <section class=format!("view view-{name}") aria-labelledby="view-title">
            <PrintHeader/>
            <div class="view-head">
                <h1 id="view-title">{move || t(lang.get(), title)}</h1>
                <div class="view-actions">
                    <button class="small view-note" on:click=note_on_view>{move || t(lang.get(), Key::Notes(N::NoteOnView))}</button>
                    <ExportMenu/>
                </div>
            </div>
            {intro.map(|k| view! { <p class="intro">{move || t(lang.get(), k)}</p> })}
            <div class="view-body">
                <div class="view-main">{children()}</div>
                <DetailPanel/>
            </div>
            <PrintSources/>
        </section>
    }
}

/// A view's chart: labelled for screen readers, with the message shown when ECharts is missing,
/// and a click on a mark opening the record behind it.
#[component]
pub fn ViewChart(
    spec: Memo<ChartSpec>,
    /// What the chart shows.
    label: Key,
    #[prop(optional)] tall: bool,
    #[prop(default = None)] height: Option<Signal<usize>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let on_select = Callback::new(move |id: String| {
        if !id.is_empty() {
            state.select(Some(id));
        }
    });
    view! {
        <EChart
            spec=Signal::from(spec)
            label=Signal::derive(move || t(lang.get(), label).to_string())
            on_select=on_select
            fallback=Signal::derive(move || t(lang.get(), Key::EchartsMissing).to_string())
            tall=tall
            height=height
            file_stem=Some(Signal::derive(move || file_stem(&state)))
        />
    }
}

/// The table alternative of a view's chart. It starts open; the reader can fold it away (a
/// presenter may want only the chart on screen), with the keyboard as with the mouse.
#[component]
pub fn ChartTable(children: Children) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    view! {
        <details class="chart-table" open>
            <summary>{move || t(lang.get(), Key::TableToggle)}</summary>
            <div class="table-scroll">{children()}</div>
        </details>
    }
}

/// The head of a data table: its caption and column headings.
#[component]
pub fn TableHead(caption: Key, columns: Vec<Key>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    view! {
        <caption>{move || t(lang.get(), caption)}</caption>
        <thead><tr>
            {columns.into_iter().map(|c| view! { <th scope="col">{move || t(lang.get(), c)}</th> }).collect_view()}
        </tr></thead>
    }
}

/// A button that opens the record `id` in the detail panel.
#[component]
pub fn RecordLink(id: String, text: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let badge_id = id.clone();
    view! {
        <button class="link" on:click=move |_| state.select(Some(id.clone()))>{text}</button>
        <NoteBadge id=badge_id/>
    }
}
