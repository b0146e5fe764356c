//! What only the timeline shows: the switch of what the lanes stand for (partners, grouped or
//! not, or sectors), and the list of the events the paper does not date (the chart and the
//! table are `ViewPage`'s).

use leptos::prelude::*;

use crate::components::more_rows::{MoreRows, PAGE_ROWS};
use crate::components::switch::Switch;
use crate::components::view_frame::RecordLink;
use crate::i18n::{t, Key};
use crate::model::timeline::LaneBy;
use crate::state::{deferred::deferred, AppState};
use crate::views::timeline::Undated;

/// The switch's word for `by`.
fn lane_word(by: LaneBy) -> Key {
    match by {
        LaneBy::Partner => Key::LanesByPartner,
        LaneBy::Country => Key::LanesByCountry,
        LaneBy::Type => Key::LanesByType,
        LaneBy::Sector => Key::LanesBySector,
    }
}

/// Lanes by partner, by country, by form of tie or by sector: a button each, the current one
/// pressed. In the URL the middle two are partners grouped (`group=country`, `group=type`:
/// `model::group`), the last `lanes=sector`.
#[component]
pub fn LaneToggle() -> impl IntoView {
    let state = expect_context::<AppState>();
    let by = Memo::new(move |_| state.url.with(|u| LaneBy::grouped(u.lanes, u.group)));
    view! {
        <Switch class="lane-toggle" label=Key::LanesBy
            choices=LaneBy::ALL.into_iter().map(|b| (b, lane_word(b))).collect()
            current=by choose=Callback::new(move |b| state.set_lanes(b))/>
    }
}

/// The events the time axis has no place for, each opening its passages: a page at a time
/// (`more_rows`), keyed by event, so that a filter change adds and removes entries instead of
/// rebuilding the list (a file a hundred times the paper's has over a thousand of them). The
/// entries follow the chart two painted frames later (`state::deferred`), after the table's
/// frame: a partner change adds or removes up to a page of them, which held the chart's frame
/// back, and in the table's frame held the table back.
#[component]
pub fn UndatedList(#[prop(into)] undated: Signal<Undated>) -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let limit = RwSignal::new(PAGE_ROWS);
    let total = Signal::derive(move || undated.with(|u| u.0.len()));
    let page =
        Memo::new(move |_| undated.with(|u| u.0.iter().take(limit.get()).cloned().collect::<Vec<_>>()));
    let shown: ReadSignal<Vec<(String, String)>> = deferred(deferred(page.into()).into());
    view! {
        <Show when=move || { total.get() > 0 }>
            <section class="undated" aria-labelledby="undated-title">
                <h2 id="undated-title">{move || t(lang.get(), Key::UndatedHeading)}</h2>
                <p>{move || t(lang.get(), Key::UndatedNote)}</p>
                <ul>
                    // Keyed by id and title: the title changes with the language.
                    <For each=move || shown.get() key=|entry| entry.clone() let:entry>
                        <li><RecordLink id=entry.0 text=entry.1/></li>
                    </For>
                </ul>
                <MoreRows limit=limit total=total what=Key::UndatedShown more=Key::ShowMoreUndated/>
            </section>
        </Show>
    }
}
