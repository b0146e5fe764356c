//! Copying a text to the clipboard wherever the dashboard runs. Owns the one way the app copies:
//! the asynchronous Clipboard API when the page has it and it agrees, else the older
//! `document.execCommand('copy')` on a selected field, and says which of the two worked, if any.
//!
//! `navigator.clipboard` is missing on a page that is not a secure context (served over plain
//! http on a seminar room's network), and `writeText` rejects in a cross-origin frame without
//! the `clipboard-write` permission. When both ways fail, the caller shows the text selected,
//! for the reader to copy by hand ([`select_all`]).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; resolves to whether it reached the clipboard. Never panics, and a refusal is
/// handled here, never left as an unhandled rejection. `near` is an element next to which the
/// temporary field of the fallback is placed: inside a modal dialog, everything outside it is
/// inert and cannot be selected, so this must be an element of that dialog (the button clicked).
pub async fn copy_text(text: &str, near: &web_sys::Element) -> bool {
    if let Some(written) = write_text(text) {
        if JsFuture::from(written).await.is_ok() {
            return true;
        }
    }
    exec_copy(text, near)
}

/// `navigator.clipboard.writeText(text)`, or `None` where the page has no such function or it
/// throws at once. Looked up by name: web-sys assumes `navigator.clipboard` is always there.
fn write_text(text: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    if !policy_allows_writing(&window) {
        return None;
    }
    let navigator = window.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if !clipboard.is_object() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}

/// Whether the page's permissions policy lets it write to the clipboard, where the browser says
/// (Chromium's `document.featurePolicy`); elsewhere `writeText` is tried and may reject. A frame
/// without `allow="clipboard-write"` goes straight to the fallback, while the click still
/// counts as the reader's, and the browser logs no policy violation.
fn policy_allows_writing(window: &web_sys::Window) -> bool {
    let Some(doc) = window.document() else {
        return true;
    };
    let Ok(policy) = js_sys::Reflect::get(&doc, &JsValue::from_str("featurePolicy")) else {
        return true;
    };
    let Some(allows) = js_sys::Reflect::get(&policy, &JsValue::from_str("allowsFeature"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return true;
    };
    allows
        .call1(&policy, &JsValue::from_str("clipboard-write"))
        .map_or(true, |v| v.as_bool() != Some(false))
}

/// The fallback: `text` in a temporary read-only field next to `near`, selected, and
/// `document.execCommand('copy')`. Focus goes back where it was. Whether the browser copied it.
fn exec_copy(text: &str, near: &web_sys::Element) -> bool {
    let Some(doc) = near.owner_document() else {
        return false;
    };
    let Some(field) = doc
        .create_element("textarea")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    // Read-only: no on-screen keyboard pops up on a tablet. Out of sight and out of the
    // accessibility tree: it lives for the length of this function.
    field.set_read_only(true);
    field.set_value(text);
    field.set_class_name("visually-hidden");
    let _ = field.set_attribute("aria-hidden", "true");
    field.set_tab_index(-1);
    if near.after_with_node_1(&field).is_err() {
        return false;
    }
    let had_focus = doc
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    field.select();
    let copied = doc
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    field.remove();
    if let Some(el) = had_focus {
        let _ = el.focus();
    }
    copied
}

/// Focuses `field` and selects all its text, for the reader to copy by hand (Ctrl+C, or the
/// menu of a long press on a touch screen).
pub fn select_all(field: &web_sys::HtmlElement) {
    let _ = field.focus();
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
}
