//! `sheet-worker`: the browser's spreadsheet worker, built by Trunk from index.html
//! (`data-type="worker"`) into a wasm of its own, which the app starts only when a spreadsheet
//! is opened or written or quotes are checked. It carries the spreadsheet crates, so the app's
//! wasm does not, and it does their work off the page's main thread.
//!
//! A message from the app is `[id, request, bytes]` (the request as JSON text,
//! `sheet_message::Request`; the bytes of a file, possibly empty); the answer is `[id, reply,
//! bytes]`, the bytes transferred, not copied. Once it listens it posts `"ready"`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::listen();
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Array, Uint8Array};
    use paradiplomacy_dashboard::sheet_message::{Both, Reply, Request, READY};
    use paradiplomacy_dashboard::sheet::work::answer;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// The answer to one message, as JSON text and bytes.
    fn respond(data: &JsValue) -> (String, Vec<u8>) {
        let data = Array::from(data);
        let request = data
            .get(1)
            .as_string()
            .and_then(|text| serde_json::from_str::<Request>(&text).ok());
        let (reply, bytes) = match request {
            Some(request) => {
                let bytes = data
                    .get(2)
                    .dyn_into::<Uint8Array>()
                    .map(|a| a.to_vec())
                    .unwrap_or_default();
                answer(request, bytes)
            }
            // Only the app posts here, and it posts only requests: a newer app than this worker.
            None => (
                Reply::Failed {
                    why: Both::of(|_| "?".to_string()),
                    detail: Some("unknown request".to_string()),
                },
                Vec::new(),
            ),
        };
        (serde_json::to_string(&reply).unwrap_or_default(), bytes)
    }

    pub fn listen() {
        console_error_panic_hook::set_once();
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let post = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
            let data = ev.data();
            let id = Array::from(&data).get(0);
            let (reply, bytes) = respond(&data);
            let file = Uint8Array::from(bytes.as_slice());
            let message = Array::of3(&id, &JsValue::from_str(&reply), &file);
            let _ = post.post_message_with_transfer(&message, &Array::of1(&file.buffer()));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let _ = scope.post_message(&JsValue::from_str(READY));
    }
}
