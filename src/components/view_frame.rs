//! What every view is made of: the frame (heading, introduction, main column, detail panel,
//! downloads), its chart, the fold of its table alternative, and the button that opens a record
//! in the detail panel.

use leptos::prelude::*;

use super::detail::DetailPanel;
use super::export_menu::{file_stem, ExportMenu, PrintHeader, PrintSources};
use super::notes::item::NoteBadge;
use crate::charts::{echart::EChart, ChartSpec};
use crate::i18n::notes::N;
use crate::i18n::{t, Key};
use crate::model::notes::Target;
use crate::model::{Selection, View};
use crate::state::notes::NotesStore;
use crate::state::theme::Theme;
use crate::state::AppState;
use crate::views::Takeaway;

/// The frame of a view: `<h1>`, an introduction, the main column (`children`), the detail panel,
/// and the view's downloads and printed handout, which list `listed` (the view model's records).
#[component]
pub fn ViewFrame(
    view: View,
    /// The records the view lists, in its tables' order.
    #[prop(into)]
    listed: Signal<Vec<String>>,
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
        <section class=format!("view view-{}", view.code()) aria-labelledby="view-title">
            <PrintHeader/>
            <div class="view-head">
                <h1 id="view-title">{move || t(lang.get(), Key::ViewTitle(view))}</h1>
                <div class="view-actions">
                    <button class="small view-note" on:click=note_on_view>{move || t(lang.get(), Key::Notes(N::NoteOnView))}</button>
                    <ExportMenu listed=listed/>
                </div>
            </div>
            <p class="intro">{move || t(lang.get(), Key::ViewIntro(view))}</p>
            <div class="view-body">
                <div class="view-main">{children()}</div>
                <DetailPanel/>
            </div>
            <PrintSources listed=listed/>
        </section>
    }
}

/// A view's chart: labelled for screen readers, with the message shown when ECharts is missing,
/// and a click on a mark opening the record behind it.
#[component]
pub fn ViewChart(
    #[prop(into)] spec: Signal<std::sync::Arc<ChartSpec>>,
    /// What the chart shows.
    #[prop(into)]
    label: Signal<Key>,
    #[prop(into)] tall: Signal<bool>,
    #[prop(into)] height: Signal<Option<usize>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let theme = expect_context::<Theme>();
    let lang = state.lang;
    let on_select = Callback::new(move |id: String| {
        if let Some(key) = id.strip_prefix(crate::charts::matrix::OPEN_GROUP) {
            state.url.update(|u| u.toggle_open(key));
        } else if !id.is_empty() {
            state.select(Selection::parse(&id));
        }
    });
    view! {
        <EChart
            spec=spec
            label=Signal::derive(move || t(lang.get(), label.get()).to_string())
            on_select=on_select
            fallback=Signal::derive(move || t(lang.get(), Key::EchartsMissing).to_string())
            lang=lang
            dark=theme.charts_dark
            printing=theme.printing
            tall=tall
            height=height
            file_stem=Some(Signal::derive(move || file_stem(&state)))
        />
    }
}

/// The one line above a view's chart saying what it shows (a finding's title, from the dataset).
/// The line is a button opening the finding's passages in the paper ("show source", said to
/// screen readers after the title): one target, the height of its text, on a phone too.
#[component]
pub fn TakeawayLine(#[prop(into)] takeaway: Signal<Option<Takeaway>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    move || {
        takeaway.get().map(|tk| {
            let finding = tk.finding.clone();
            view! {
                <p class="takeaway" data-finding=tk.finding>
                    <button class="takeaway-text" on:click=move |_| state.select(Some(Selection::record(finding.clone())))>
                        {tk.text}
                        <span class="visually-hidden">" ("{move || t(lang.get(), Key::ShowDetail)}")"</span>
                    </button>
                </p>
            }
        })
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

/// A button that opens the record `id` in the detail panel.
#[component]
pub fn RecordLink(id: String, text: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let badge_id = id.clone();
    view! {
        <button class="link" on:click=move |_| state.select(Selection::parse(&id))>{text}</button>
        <NoteBadge id=badge_id/>
    }
}
