//! The views on screen. [`ViewPage`] renders any view's view model (`crate::views`): its frame,
//! what it says when empty, its chart, the chart's note, its tables a page at a time. What only
//! one view shows has a file here, named after the view.

pub mod matrix;
pub mod overview;
pub mod timeline;

use leptos::prelude::*;

use crate::charts::ChartSpec;
use crate::components::{
    cut_line::CutLine,
    empty::EmptyNote,
    group_switch::GroupSwitch,
    more_rows::{first_rows, MoreRows, PAGE_ROWS},
    view_frame::{ChartTable, TakeawayLine, ViewChart, ViewFrame},
    view_table::ViewTable,
};
use crate::i18n::{t, Key};
use crate::model::View;
use crate::state::{deferred::deferred_table, media::matches, AppState};
use crate::views::{self, Extra, Query};

/// Whether the window matches the media query `query` (`(pointer: coarse)`), read once per view.
/// The view `view`, built from the app's dataset, filters, language and selection.
#[component]
pub fn ViewPage(view: View) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let filters = state.filters;
    let selected = state.selected;
    let lanes = Memo::new(move |_| {
        state
            .url
            .with(|u| crate::model::timeline::LaneBy::grouped(u.lanes, u.group))
    });
    let group = Memo::new(move |_| state.url.with(|u| u.group));
    let open = Memo::new(move |_| state.url.with(|u| u.open.clone()));
    // How many partners the chart shows; past them, the reader asks for more (see
    // `views::first_shown`). A partner chosen in the filter is always shown.
    let step = views::first_shown(view);
    let partners_shown = RwSignal::new(step);
    // One build of the view per change; the chart, the tables and the downloads are cut from it.
    let model = Memo::new(move |_| {
        let filters = filters.get();
        let selected = selected.get();
        let open = open.read();
        state.data.with(|d| {
            views::build(
                view,
                &Query {
                    data: d,
                    filters: &filters,
                    lang: lang.get(),
                    selected: selected.as_ref(),
                    lanes: lanes.get(),
                    partners_shown: Some(partners_shown.get()),
                    group: group.get(),
                    open: &open,
                },
            )
        })
    });
    let chart = Memo::new(move |_| model.with(|m| m.chart.clone()));
    let has_chart = Memo::new(move |_| chart.with(Option::is_some));
    // On a touch screen a finger's drag over a chart scrolls the page (`ChartSpec::for_touch`);
    // at a phone's width legends and labels keep to their place (`ChartSpec::for_narrow`),
    // public/app.css's phone width; a phone turned redraws the chart for its new width.
    let (touch, narrow) = (matches("(pointer: coarse)"), matches("(max-width: 40rem)"));
    let spec = Memo::new(move |_| {
        let spec = chart.with(|c| c.as_ref().map(|c| c.spec.clone()).unwrap_or_default());
        let (touch, narrow) = (touch.get(), narrow.get());
        if !touch && !narrow {
            return spec;
        }
        // Only a touch screen or a phone's width makes a copy to change.
        let mut spec = ChartSpec::clone(&spec);
        if touch {
            spec = spec.for_touch();
        }
        if narrow {
            spec = spec.for_narrow();
        }
        std::sync::Arc::new(spec)
    });
    let height = Memo::new(move |_| chart.with(|c| c.as_ref().and_then(|c| c.height)));
    let label = Memo::new(move |_| chart.with(|c| c.as_ref().map_or(Key::ChartUnavailable, |c| c.label)));
    let tall = Memo::new(move |_| chart.with(|c| c.as_ref().is_some_and(|c| c.tall)));
    let note = Memo::new(move |_| model.with(|m| m.chart_note));
    let empty = Memo::new(move |_| model.with(|m| m.empty));
    let extra = Memo::new(move |_| model.with(|m| m.extra.clone()));
    let listed = Memo::new(move |_| model.with(|m| m.listed.clone()));
    // The tables show a page of rows at a time (see `more_rows`), a frame after the chart (see
    // `state::deferred`).
    let limit = RwSignal::new(PAGE_ROWS);
    let page = Memo::new(move |_| model.with(|m| first_rows(&m.tables, limit.get())));
    let shown = deferred_table(page.into());
    let count = Memo::new(move |_| shown.with(Vec::len));
    let table = move |i: usize| {
        let table = Memo::new(move |_| shown.with(|ts| ts.get(i).cloned().unwrap_or_default()));
        let total = Signal::derive(move || model.with(|m| m.tables.get(i).map_or(0, |t| t.rows.len())));
        view! {
            <ViewTable table=table/>
            <MoreRows limit=limit total=total/>
        }
    };
    // The chart's table alternative starts open and folds away; a view without a chart lists
    // its tables as they are.
    let tables = move || {
        let n = count.get();
        if has_chart.get() {
            view! { <ChartTable>{(0..n).map(table).collect_view()}</ChartTable> }.into_any()
        } else {
            view! { <div class="table-scroll">{(0..n).map(table).collect_view()}</div> }.into_any()
        }
    };
    // The overview's findings and figures: their own memo, so that a change elsewhere in the
    // view leaves them be.
    let summary = Memo::new(move |_| {
        extra.with(|e| match e {
            Extra::Overview { summary, .. } => Some(summary.clone()),
            _ => None,
        })
    });
    let has_summary = Memo::new(move |_| summary.with(Option::is_some));
    let takeaway = Memo::new(move |_| model.with(|m| m.takeaway.clone()));
    // The matrix's grouping and its groups, above its chart (on a phone, above its table).
    let groups = Memo::new(move |_| {
        extra.with(|e| match e {
            Extra::Matrix { groups, .. } => groups.clone(),
            _ => Vec::new(),
        })
    });
    let matrix_groups = move || {
        (view == View::Matrix).then(|| {
            view! {
                <GroupSwitch/>
                <matrix::Groups groups=groups/>
            }
        })
    };
    // The chart's cut and the timeline's undated events: memos of their own, so that a change
    // of one does not rebuild the other (the undated list of a large file is long).
    let cut = Memo::new(move |_| {
        extra.with(|e| match e {
            Extra::Overview { cut, .. } | Extra::Timeline { cut, .. } | Extra::Matrix { cut, .. } => {
                Some(*cut)
            }
            _ => None,
        })
    });
    let undated = Memo::new(move |_| {
        extra.with(|e| match e {
            Extra::Timeline { undated, .. } => undated.clone(),
            _ => views::timeline::Undated::default(),
        })
    });
    let note_line = move || {
        note.get()
            .map(|k| view! { <p class="legend-note">{move || t(lang.get(), k)}</p> })
    };

    view! {
        <ViewFrame view=view listed=listed>
            <EmptyNote empty=Signal::derive(move || empty.with(|e| e.empty)) none_in_data=Signal::derive(move || empty.with(|e| e.none_in_data)) none=Signal::derive(move || empty.with(|e| e.none))/>
            // The takeaway, then (the overview) its figures, then the chart with its legend and
            // its note above it, where the eye reads them before the marks.
            <TakeawayLine takeaway=takeaway/>
            <Show when=move || has_summary.get()>
                <overview::Figures summary=summary/>
            </Show>
            <Show when=move || has_chart.get()>
                {(view == View::Timeline).then(|| view! { <timeline::LaneToggle/> })}
                {matches!(view, View::Overview | View::Challenges).then(|| view! { <GroupSwitch/> })}
                {matrix_groups()}
                {(view == View::Overview).then(|| view! { <overview::MapHeading/> })}
                {move || extra.with(|e| match e {
                    Extra::Matrix { legend, .. } => Some(view! { <matrix::Legend swatches=legend.clone()/> }),
                    _ => None,
                })}
                // The note says how to read the chart: above it, beside the legend. The map's
                // legend is the chart's own (at its top); its note, about the coordinates, is a
                // caveat, read after the map.
                {(view != View::Overview).then_some(note_line)}
                <ViewChart spec=spec label=label tall=tall height=height/>
                {(view == View::Overview).then_some(note_line)}
            </Show>
            <Show when=move || has_summary.get()>
                <overview::Findings summary=summary/>
            </Show>
            <CutLine cut=cut partners_shown=partners_shown step=step/>
            {(view == View::Timeline).then(|| view! { <timeline::UndatedList undated=undated/> })}
            {tables}
        </ViewFrame>
    }
}
