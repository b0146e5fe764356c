//! The search box: partners, events, challenges, adoptions, findings and the paper's quotes.
//! Results are a list of buttons; choosing one opens the record in the view that shows it.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::AppState;
use crate::views::search::search;

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let query = RwSignal::new(String::new());
    let menu = super::header_menu::HeaderMenu::get();
    let hits = Memo::new(move |_| {
        let q = query.get();
        state.data.with(|d| search(d, &q, lang.get()))
    });
    let open = move |id: String| {
        state.open_record(&id);
        query.set(String::new());
        if let Some(menu) = menu {
            menu.close();
        }
    };
    view! {
        <div class="search" role="search">
            <label>
                <span class="visually-hidden">{move || t(lang.get(), Key::Search)}</span>
                <input type="search" name="q" autocomplete="off"
                    placeholder=move || t(lang.get(), Key::SearchPlaceholder)
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                    on:keydown=move |ev| {
                        // An Escape that clears the text is this box's (the header's menu
                        // closes on the next one).
                        if ev.key() == "Escape" && !query.with_untracked(String::is_empty) {
                            ev.prevent_default();
                            query.set(String::new());
                        }
                    }
                />
            </label>
            {move || {
                let q = query.get();
                (q.trim().chars().count() >= 2).then(|| {
                    let list = hits.get();
                    let count = list.len();
                    view! {
                        <div class="search-results">
                            <p role="status" class="search-count">{move || format!("{count} {}", t(lang.get(), Key::Results))}</p>
                            <ul>
                                {list.into_iter().map(|h| {
                                    let id = h.id.clone();
                                    view! {
                                        <li>
                                            <button class="link" data-item=h.id.clone() on:click=move |_| open(id.clone())>{h.title}</button>
                                            {h.context.map(|c| view! { <span class="search-context">{c}</span> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                })
            }}
        </div>
    }
}
