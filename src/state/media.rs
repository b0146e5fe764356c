//! A CSS media query as a signal that follows it: a phone turned, a window resized, the system's
//! dark mode switched. Owns [`matches`].

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Whether the media query `query` matches, now and from now on. The listener goes with the
/// reactive owner (a view closed leaves none behind). False where the browser cannot tell.
pub fn matches(query: &str) -> Signal<bool> {
    let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return Signal::stored(false);
    };
    let now = RwSignal::new(list.matches());
    let on_change =
        Closure::<dyn FnMut(web_sys::MediaQueryListEvent)>::new(move |e: web_sys::MediaQueryListEvent| {
            now.try_set(e.matches());
        });
    if list
        .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
        .is_err()
    {
        return now.into();
    }
    let held = StoredValue::new_local(Some((list, on_change)));
    on_cleanup(move || {
        if let Some((list, on_change)) = held.try_update_value(Option::take).flatten() {
            let _ = list.remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        }
    });
    now.into()
}
