//! What only the matrix shows: the key to its colours, and its groups of partners with a button
//! each that opens or closes it (the chart, the table and the cut are `ViewPage`'s).

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::AppState;
use crate::views::matrix::{GroupButton, Swatch};

/// The groups of partners, while partners are grouped: a disclosure button each (pressed:
/// opened into its partners). A click on a closed group's cell in the chart opens it too. The
/// buttons are keyed by group and keep their place (and the focus) as they open and close.
#[component]
pub fn Groups(#[prop(into)] groups: Signal<Vec<GroupButton>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let keys = Memo::new(move |_| groups.with(|gs| gs.iter().map(|g| g.key.clone()).collect::<Vec<_>>()));
    let button = move |key: String| {
        let this = Memo::new({
            let key = key.clone();
            move |_| groups.with(|gs| gs.iter().find(|g| g.key == key).map(|g| (g.text.clone(), g.open)))
        });
        let open = move || this.with(|g| g.as_ref().is_some_and(|g| g.1));
        let group = key.clone();
        view! {
            <button type="button" class="small group-open" aria-expanded=move || open().to_string()
                data-group=key
                on:click=move |_| state.url.update(|u| u.toggle_open(&group))>
                <span aria-hidden="true">{move || if open() { "▾ " } else { "▸ " }}</span>
                {move || this.with(|g| g.as_ref().map(|g| g.0.clone()).unwrap_or_default())}
            </button>
        }
    };
    view! {
        <Show when=move || keys.with(|k| !k.is_empty())>
            <div class="matrix-groups">
                <p class="legend-note">{move || t(lang.get(), Key::GroupedNote)}</p>
                <p class="group-list">
                    <span>{move || t(lang.get(), Key::GroupsOpen)}</span>" "
                    <For each=move || keys.get() key=|k| k.clone() let:key>
                        {button(key)}
                    </For>
                </p>
            </div>
        </Show>
    }
}

/// The key to the matrix's colours: each level's colour with its glyph, and its name. HTML, not
/// drawn in the chart: it wraps on a narrow screen and is written in the page's font, where the
/// chart's own legend ran past both edges in browsers whose default font is wider.
#[component]
pub fn Legend(swatches: Vec<Swatch>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    view! {
        <ul class="matrix-legend" aria-label=move || t(lang.get(), Key::LevelLabel)>
            {swatches.into_iter().map(|s| view! {
                <li>
                    // Set through the style object (CSSOM), which the page's policy allows.
                    <span class="swatch" aria-hidden="true" style:background-color=s.colour>{s.glyph}</span>
                    {s.label}
                </li>
            }).collect_view()}
        </ul>
    }
}
