//! A view's downloads and its printed handout: the "Download" menu (the data on screen as CSV
//! or JSON, print), and what only paper shows (the view's permalink and date at the top, the
//! paper's words for every item at the end). Chart images are the chart's own buttons
//! (`charts::echart`).

use leptos::html::Details;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::citations::CitationView;
use super::embed::full_link;
use crate::files::{save_text, today};
use crate::i18n::export::E;
use crate::i18n::{t, Key};
use crate::model::Citation;
use crate::state::theme::Theme;
use crate::state::AppState;
use crate::views::detail::detail_under;
use crate::views::export::{self, Context};

/// The file name stem of an export of the view on screen.
pub fn file_stem(state: &AppState) -> String {
    let view = state.url.with(|u| u.view);
    state.data.with(|d| export::file_stem(d, view, &today()))
}

/// The "Download" menu of a view: the records `listed` (its view model's, in its tables' order)
/// as CSV or JSON, and print. Printing is announced (the theme's `printing`) before the print
/// dialog opens, so the handout's sources and light charts are on the page it prints.
#[component]
pub fn ExportMenu(listed: Signal<Vec<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let printing = expect_context::<Theme>().printing;
    let lang = state.lang;
    let menu = NodeRef::<Details>::new();
    let failed = RwSignal::new(None::<String>);
    let close = move || {
        if let Some(m) = menu.get_untracked() {
            m.set_open(false);
        }
    };
    let save = move |json: bool| {
        let view = state.url.with_untracked(|u| u.view);
        let query = state.view_query();
        let ids = listed.get_untracked();
        let l = lang.get_untracked();
        let stem = file_stem(&state);
        let filters = state.filters.get_untracked();
        let date = today();
        let result = state.data.with_untracked(|d| {
            if json {
                let ctx = Context {
                    view,
                    query: &query,
                    date: &date,
                    lang: l,
                };
                save_text(
                    &format!("{stem}.json"),
                    "application/json",
                    &export::json(d, &filters, &ids, &ctx),
                )
            } else {
                save_text(
                    &format!("{stem}.csv"),
                    "text/csv;charset=utf-8",
                    &export::csv(d, &filters, &ids, l),
                )
            }
        });
        failed.set(result.err());
        close();
    };
    let print = move |_| {
        close();
        printing.set(true);
        // After the handout's sources and the light charts are on the page. `print()` returns
        // when the dialog closes; `afterprint` says the same, but not in every browser.
        request_animation_frame(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
            printing.set(false);
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            if let Some(m) = menu.get_untracked() {
                if m.open() {
                    ev.stop_propagation();
                    m.set_open(false);
                    if let Some(s) = m.first_element_child() {
                        let _ = s.unchecked_into::<web_sys::HtmlElement>().focus();
                    }
                }
            }
        }
    };
    let text = move |k: E| t(lang.get(), Key::Export(k));
    view! {
        <details class="menu export-menu" node_ref=menu on:keydown=on_key>
            <summary class="button small" title=move || text(E::DownloadHint)>{move || text(E::Download)}</summary>
            <div class="menu-items">
                <button class="small" on:click=move |_| save(false)>{move || text(E::DataCsv)}</button>
                <button class="small" on:click=move |_| save(true)>{move || text(E::DataJson)}</button>
                <button class="small" on:click=print>{move || text(E::Print)}</button>
            </div>
        </details>
        {move || failed.get().map(|m| view! { <p class="export-failed" role="status">{text(E::Failed)}": "{m}</p> })}
    }
}

/// The top of a printed view: where it comes from (its permalink, without embed mode) and when.
#[component]
pub fn PrintHeader() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let link = Memo::new(move |_| full_link(&state));
    // The open dataset's title, not the bundled one's: a researcher prints their own city's.
    let title = Memo::new(move |_| state.data.with(|d| d.data.title.get(lang.get()).to_string()));
    view! {
        <p class="print-only print-header">
            {move || t(lang.get(), Key::Export(E::PrintedFrom))}" "<bdi>{move || title.get()}</bdi>". "
            {move || t(lang.get(), Key::Export(E::ThisView))}" "
            <a href=move || link.get()>{move || link.get()}</a>
            " · "{move || t(lang.get(), Key::Export(E::PrintedOn))}" "{today}
        </p>
    }
}

/// The end of a printed view: the paper's words (section, quote, translation) for every item
/// the view lists (`listed`). On the page only while printing, so it costs nothing on screen.
#[component]
pub fn PrintSources(listed: Signal<Vec<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let printing = expect_context::<Theme>().printing;
    let items = move || {
        let ids = listed.get_untracked();
        let l = lang.get();
        let filters = state.filters.get_untracked();
        state.data.with(|d| {
            ids.iter()
                .filter_map(|id| detail_under(d, id, l, &filters))
                .filter(|x| !x.citations.is_empty())
                .map(|x| (x.id, format!("{} ({})", x.title, x.kind), x.citations))
                .collect::<Vec<(String, String, Vec<Citation>)>>()
        })
    };
    view! {
        <Show when=move || printing.get()>
            <section class="print-only print-sources">
                <h2>{move || t(lang.get(), Key::Export(E::Sources))}</h2>
                <ol>
                    {move || items().into_iter().map(|(id, title, cites)| view! {
                        <li data-item=id>
                            <h3>{title}</h3>
                            {cites.into_iter().map(|c| view! { <CitationView citation=c/> }).collect_view()}
                        </li>
                    }).collect_view()}
                </ol>
            </section>
        </Show>
    }
}
