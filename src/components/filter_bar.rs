//! The one filter bar every view shares: partner, sector, period, relationship type, a way to
//! clear them, and "copy link" for the exact view on screen. On a phone it is a panel opened by
//! one button, beside the views' links, that says how many filters are set (public/app.css hides
//! the button elsewhere).

use leptos::prelude::*;
use leptos::reactive::computed::Selector;

use crate::i18n::present::P;
use crate::i18n::{t, Key};
use crate::model::{partners::partners, Filters, Id, RelationshipType};
use crate::state::AppState;

/// What became of the last "Copy link".
#[derive(Clone, Debug, PartialEq)]
struct LastCopy {
    /// The query of the view the link was copied on.
    query: String,
    /// The link.
    link: String,
    /// Whether it reached the clipboard (otherwise it is shown selected, to copy by hand).
    done: bool,
}

/// The phone's filter panel: whether it is open, and its button (where Escape puts focus back).
#[derive(Clone, Copy)]
pub struct FilterPanel {
    open: RwSignal<bool>,
    toggle: NodeRef<leptos::html::Button>,
}

impl FilterPanel {
    /// Puts a closed panel in context, for its button and the bar.
    pub fn provide() {
        provide_context(FilterPanel {
            open: RwSignal::new(false),
            toggle: NodeRef::new(),
        });
    }
}

/// "Filters", with the number of filters set: opens and closes the filter bar on a phone.
#[component]
pub fn FilterToggle() -> impl IntoView {
    let state = expect_context::<AppState>();
    let FilterPanel { open, toggle } = expect_context::<FilterPanel>();
    let lang = state.lang;
    let active = Memo::new(move |_| state.filters.with(|f| f.active_count()));
    view! {
        <button type="button" class="filter-toggle" node_ref=toggle aria-controls="filter-panel"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)>
            {move || t(lang.get(), Key::Filters)}
            {move || (active.get() > 0).then(|| view! {
                " "<span class="count">{active.get()}</span>
                <span class="visually-hidden">" "{t(lang.get(), Key::FiltersActive)}</span>
            })}
        </button>
    }
}

/// The filter bar. Every change is a new history entry (back undoes it).
#[component]
pub fn FilterBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let filters = state.filters;
    // A memo, so a filter change (which changes the URL) does not rebuild the Embed dialog.
    let embedded = Memo::new(move |_| state.url.with(|u| u.embed));

    // Escape in the phone's panel closes it and puts focus back on its button.
    let FilterPanel { open, toggle } = expect_context::<FilterPanel>();
    let on_key = super::disclosure::close_on_escape(open, toggle);

    // Choices come from the dataset: partners of relationships, sectors (indented by depth),
    // the years its dates span. The partners' list follows the dataset a painted frame later
    // (`state::deferred`): a file of thousands of partners draws its view first, and builds
    // their options in a task of its own (150 ms of 16,000 options at 1000 times the data).
    let partners = Memo::new(move |_| {
        let l = lang.get();
        state.data.with(|d| {
            partners(d, &Filters::default())
                .into_iter()
                .map(|p| (p.actor.id.clone(), p.actor.name.get(l).to_string()))
                .collect::<Vec<_>>()
        })
    });
    let partners: ReadSignal<Vec<(crate::model::Id<crate::model::Actor>, String)>> =
        crate::state::deferred::deferred(partners.into());
    let sectors = Memo::new(move |_| {
        let l = lang.get();
        state.data.with(|d| {
            d.data
                .sectors
                .iter()
                .map(|s| {
                    let depth = std::iter::successors(s.parent.as_deref(), |p| {
                        d.sector(p).and_then(|x| x.parent.as_deref())
                    })
                    .take(8)
                    .count();
                    (
                        s.id.clone(),
                        format!("{}{}", "\u{2003}".repeat(depth), s.name.get(l)),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let years = Memo::new(move |_| {
        state.data.with(|d| {
            let ys: Vec<i32> = d.dates().map(|p| p.year).collect();
            match (ys.iter().min(), ys.iter().max()) {
                (Some(&a), Some(&b)) => (a..=b).collect::<Vec<i32>>(),
                _ => Vec::new(),
            }
        })
    });
    // The last "Copy link": the view it was made on (its query), the link, and whether it
    // reached the clipboard. What it says shows only while that view is on screen.
    let last_copy = RwSignal::new(None::<LastCopy>);
    let copy_said = Memo::new(move |_| {
        last_copy.with(|c| {
            c.as_ref()
                .filter(|c| state.url.with(|u| u.to_query() == c.query))
                .map(|c| (c.done, c.link.clone()))
        })
    });
    let by_hand = NodeRef::<leptos::html::Input>::new();
    let copy_button = NodeRef::<leptos::html::Button>::new();
    let copy_link = move |_| {
        last_copy.set(None);
        let Some(button) = copy_button.get_untracked() else {
            return;
        };
        // From what is on screen, not from the address bar, which follows a frame later.
        let (link, query) = state.url.with_untracked(|u| (state.link(u), u.to_query()));
        leptos::task::spawn_local(async move {
            let done = crate::clipboard::copy_text(&link, &button).await;
            last_copy.set(Some(LastCopy { query, link, done }));
            if !done {
                // The field holding the link is drawn by the effects this change queued.
                crate::frames::effects_done().await;
                if let Some(field) = by_hand.get_untracked() {
                    crate::clipboard::select_all(&field);
                }
            }
        });
    };

    let year_select = move |label: Key,
                            current: Signal<Option<i32>>,
                            set: fn(&mut crate::model::Filters, Option<i32>)| {
        view! {
            <label class="filter">
                <span>{move || t(lang.get(), label)}</span>
                <select on:change=move |ev| {
                    let y = event_target_value(&ev).parse::<i32>().ok();
                    state.filter(|f| set(f, y));
                }>
                    <option value="" prop:selected=move || current.get().is_none()>{move || t(lang.get(), Key::All)}</option>
                    {move || years.get().into_iter().map(|y| view! {
                        <option value=y.to_string() prop:selected=move || current.get() == Some(y)>{y}</option>
                    }).collect_view()}
                </select>
            </label>
        }
    };

    // The partner chosen, as a selector: a change wakes the two options it concerns, not every
    // option of the list (a file can name thousands of partners, and each one re-checking the
    // filter made a change on 5,000 partners take about 150 ms).
    let chosen = Selector::new(move || filters.with(|f| f.partner.clone()));
    // `prop:selected`, not the `selected` attribute: once the reader has picked an option, the
    // attribute no longer moves the selection, and after back and forward the list showed
    // "All" while the view was filtered.
    view! {
        <section id="filter-panel" class="filter-bar" class:open=move || open.get() on:keydown=on_key
            aria-label=move || t(lang.get(), Key::Filters)>
            <label class="filter">
                <span>{move || t(lang.get(), Key::FilterPartner)}</span>
                <select name="partner" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.filter(|f| f.partner = (!v.is_empty()).then(|| Id::new(v)));
                }>
                    <option value="" prop:selected=move || filters.with(|f| f.partner.is_none())>{move || t(lang.get(), Key::All)}</option>
                    {move || partners.get().into_iter().map(|(id, name)| {
                        let (chosen, current) = (chosen.clone(), Some(id.clone()));
                        view! { <option value=id.to_string() prop:selected=move || chosen.selected(&current)>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="filter">
                <span>{move || t(lang.get(), Key::FilterSector)}</span>
                <select name="sector" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.filter(|f| f.sector = (!v.is_empty()).then(|| Id::new(v)));
                }>
                    <option value="" prop:selected=move || filters.with(|f| f.sector.is_none())>{move || t(lang.get(), Key::All)}</option>
                    {move || sectors.get().into_iter().map(|(id, name)| {
                        let current = id.clone();
                        view! { <option value=id.to_string() prop:selected=move || filters.with(|f| f.sector.as_deref() == Some(current.as_str()))>{name}</option> }
                    }).collect_view()}
                </select>
            </label>
            {year_select(Key::FilterFrom, Signal::derive(move || filters.with(|f| f.from)), |f, y| f.from = y)}
            {year_select(Key::FilterTo, Signal::derive(move || filters.with(|f| f.to)), |f, y| f.to = y)}
            <label class="filter">
                <span>{move || t(lang.get(), Key::FilterType)}</span>
                <select name="type" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    state.filter(|f| f.kind = RelationshipType::parse(&v));
                }>
                    <option value="" prop:selected=move || filters.with(|f| f.kind.is_none())>{move || t(lang.get(), Key::All)}</option>
                    {RelationshipType::ALL.into_iter().map(|k| view! {
                        <option value=k.code() prop:selected=move || filters.with(|f| f.kind == Some(k))>{move || t(lang.get(), Key::RelType(k))}</option>
                    }).collect_view()}
                </select>
            </label>
            <div class="filter-actions">
                <button type="button" disabled=move || filters.with(|f| f.is_empty())
                    on:click=move |_| state.filter(|f| *f = Default::default())>
                    {move || t(lang.get(), Key::ClearFilters)}
                </button>
                <button type="button" node_ref=copy_button on:click=copy_link>{move || t(lang.get(), Key::CopyLink)}</button>
                <span role="status" class="copied">{move || copy_said.get().map(|(done, _)| {
                    if done { t(lang.get(), Key::LinkCopied) } else { t(lang.get(), Key::Present(P::CopyByHand)) }
                })}</span>
                {move || copy_said.get().filter(|(done, _)| !done).map(|(_, link)| view! {
                    <input node_ref=by_hand class="copy-by-hand" type="text" readonly value=link
                        aria-label=move || t(lang.get(), Key::CopyLink)/>
                })}
                {move || (!embedded.get()).then(|| view! { <super::embed::EmbedButton/> })}
            </div>
        </section>
    }
}
