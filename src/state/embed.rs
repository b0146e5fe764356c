//! Embed mode (`?embed=1`): the dashboard inside another site's page.
//!
//! Owns: the height message to the parent page, so that the host can size the frame to its
//! content, and the one message the app accepts from the parent. Both are documented in the
//! README ("Embedding"):
//! - out: `{"type": "paradiplomacy-dashboard:height", "height": <CSS px, integer>}`, posted to
//!   the parent whenever the page's height changes (target origin `*`: a height reveals nothing);
//! - in: `{"type": "paradiplomacy-dashboard:get-height"}`, answered with the height message.
//!
//! Any other message, or one of another shape, is ignored.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::AppState;

/// The type of the height message the app posts.
pub const HEIGHT_MESSAGE: &str = "paradiplomacy-dashboard:height";
/// The type of the one message the app accepts from its parent.
pub const GET_HEIGHT_MESSAGE: &str = "paradiplomacy-dashboard:get-height";

/// The parent window, when this page is framed.
fn parent() -> Option<web_sys::Window> {
    let w = web_sys::window()?;
    let parent = w.parent().ok().flatten()?;
    // `window.parent === window` at the top level.
    (!js_sys::Object::is(&parent, &w)).then_some(parent)
}

fn body() -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.body()
}

/// The content's height in CSS pixels: the body's box, not the document's scroll height, which
/// never drops below the frame's own height and so would never let the frame shrink.
fn page_height() -> i32 {
    body().map_or(0, |b| b.get_bounding_client_rect().height().ceil() as i32)
}

fn post_height(to: &web_sys::Window) {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(page_height()));
    // Cross-origin posting never throws for "*", but a detached parent can.
    let _ = to.post_message(&msg, "*");
}

/// Whether `data` is exactly the documented request for the height.
fn is_height_request(data: &JsValue) -> bool {
    data.is_object()
        && js_sys::Reflect::get(data, &"type".into())
            .ok()
            .and_then(|t| t.as_string())
            .is_some_and(|t| t == GET_HEIGHT_MESSAGE)
}

/// Sets `<html data-embed>` while embedded, and, when framed, posts the height on every change
/// and answers height requests.
pub fn provide_embed(state: AppState) {
    let embedded = Memo::new(move |_| state.url.with(|u| u.embed));
    Effect::new(move |_| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = if embedded.get() {
                root.set_attribute("data-embed", "")
            } else {
                root.remove_attribute("data-embed")
            };
        }
    });
    let Some(parent_window) = parent() else { return };
    let observed = parent_window.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || post_height(&observed));
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        body(),
    ) {
        observer.observe(&body);
        // Observes for the life of the page.
        std::mem::forget(observer);
    }
    on_resize.forget();
    let _ = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        // Only the page that frames us, and only the documented request.
        let from_parent = ev
            .source()
            .is_some_and(|s| js_sys::Object::is(&s, &parent_window));
        if from_parent && is_height_request(&ev.data()) {
            post_height(&parent_window);
        }
    });
}
