//! The offer of a new version. The service worker (public/sw-register.js) installs a new build
//! beside the one on screen and says so; the reader chooses when to switch, so a new version is
//! never swapped in under an open session (half-typed notes, a talk in progress).
//!
//! The contract with sw-register.js: it sets `<html data-update-ready>` and fires
//! `paradiplomacy-dashboard:update-ready` on `window`; "Reload now" fires
//! `paradiplomacy-dashboard:update-apply`, upon which it activates the new worker and reloads.

use leptos::prelude::*;

use crate::i18n::export::E;
use crate::i18n::{t, Key};
use crate::state::AppState;

const READY: &str = "paradiplomacy-dashboard:update-ready";
const APPLY: &str = "paradiplomacy-dashboard:update-apply";

fn already_ready() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|html| html.has_attribute("data-update-ready"))
}

/// "A new version is ready — Reload now / Later".
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let lang = expect_context::<AppState>().lang;
    let ready = RwSignal::new(already_ready());
    let later = RwSignal::new(false);
    // Each new version is offered, even after "Later" on an earlier one.
    let listener = window_event_listener_untyped(READY, move |_| {
        ready.set(true);
        later.set(false);
    });
    on_cleanup(move || listener.remove());
    let apply = move |_| {
        if let (Some(w), Ok(ev)) = (web_sys::window(), web_sys::Event::new(APPLY)) {
            let _ = w.dispatch_event(&ev);
        }
    };
    let text = move |k: E| t(lang.get(), Key::Export(k));
    view! {
        <Show when=move || ready.get() && !later.get()>
            <div class="banner update-banner" role="status">
                <p>{move || text(E::UpdateReady)}</p>
                <button on:click=apply>{move || text(E::UpdateReload)}</button>
                <button class="small" on:click=move |_| later.set(true)>{move || text(E::UpdateLater)}</button>
            </div>
        </Show>
    }
}
