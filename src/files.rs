//! Files the reader saves or opens: a download of text or bytes the app made (exports, a
//! spreadsheet), and reading a chosen file as bytes or text. Nothing here interprets the content.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a download named `file_name`. `Err` says why the browser refused.
pub fn save_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| format!("{e:?}"))?;
    save_blob(file_name, &blob)
}

/// Offers `blob` as a download named `file_name`.
fn save_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|e| format!("{e:?}"))?;
    let result = save_url(file_name, &url);
    // Revoke later: revoking at once can cancel the download in some browsers.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    result
}

/// Offers `bytes` as a download named `file_name`, of the media type `mime`.
pub fn save_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    save_blob(file_name, &blob)
}

/// Offers what `url` (a `blob:` or `data:` URL the app made) holds as a download named `file_name`.
pub fn save_url(file_name: &str, url: &str) -> Result<(), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "not an anchor")?;
    a.set_href(url);
    a.set_download(file_name);
    a.set_rel("noopener");
    let body = doc.body().ok_or("no body")?;
    let _ = body.append_child(&a);
    a.click();
    let _ = body.remove_child(&a);
    Ok(())
}

/// The text of `file`, or `None` if it cannot be read as text.
pub async fn read_text(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string())
}

/// The bytes of `file` where the browser holds them, outside the WebAssembly's memory; or the
/// browser's words on why it could not be read (moved, removed, not permitted, changed since
/// it was chosen).
///
/// Read as bytes, not as a JavaScript string: a string of megabytes is decoded from UTF-8 by
/// the browser and encoded again on its way into the WebAssembly, two passes for nothing.
pub async fn read_buffer(file: &web_sys::File) -> Result<js_sys::Uint8Array, String> {
    match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer)),
        Err(e) => Err(e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default()),
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `TextDecoder`, whose `decode` returns the JavaScript string (web-sys's
    /// copies it into the WebAssembly).
    type TextDecoder;
    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<TextDecoder, wasm_bindgen::JsValue>;
    #[wasm_bindgen(method, catch)]
    fn decode(
        this: &TextDecoder,
        input: &js_sys::Uint8Array,
    ) -> Result<js_sys::JsString, wasm_bindgen::JsValue>;
}

/// The text of a browser's buffer as a JavaScript string, decoded where it is (UTF-8, a
/// leading byte order mark dropped, a byte that is not UTF-8 read as U+FFFD, as `File.text()`
/// reads it): for handing a file's text to the browser (to store it) without copying it
/// through the WebAssembly. `None` if the browser could not decode it.
pub fn decode(buffer: &js_sys::Uint8Array) -> Option<js_sys::JsString> {
    TextDecoder::new().ok()?.decode(buffer).ok()
}

/// The text of a file's bytes, as the browser's `File.text()` reads it: UTF-8, a leading byte
/// order mark dropped (in place: a copy of the rest would hold the text twice in memory), a
/// byte that is not UTF-8 read as U+FFFD.
pub fn utf8_text(bytes: Vec<u8>) -> String {
    const MARK: char = '\u{feff}';
    let mut text =
        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    if text.starts_with(MARK) {
        text.drain(..MARK.len_utf8());
    }
    text
}

/// Today's date as `YYYY-MM-DD` in the reader's time zone, for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
