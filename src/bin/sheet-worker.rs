//! `sheet-worker`: the browser's spreadsheet worker, built by Trunk from index.html
//! (`data-type="worker"`) into a wasm of its own, which the app starts only when a spreadsheet
//! is opened or written or quotes are checked. It carries the spreadsheet crates, so the app's
//! wasm does not, and it does their work off the page's main thread.
//!
//! A message from the app is `[id, bytes, request...]` and the answer `[id, bytes, reply...]`
//! (`sheet_message`), the bytes of a file (possibly none) transferred, not copied. Once it
//! listens it posts `"ready"`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::listen();
}

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Array, Uint8Array};
    use paradiplomacy_dashboard::sheet::work::answer;
    use paradiplomacy_dashboard::sheet_message::{Both, Parts, Reply, READY};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    pub fn listen() {
        console_error_panic_hook::set_once();
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let post = scope.clone();
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
            let parts = Parts::of(&ev.data());
            let (reply, bytes) = match parts.request() {
                Some(request) => answer(request, parts.bytes),
                // Only the app posts here, and only requests: an app newer than this worker.
                None => (
                    Reply::Failed {
                        why: Both::of(|_| "?".to_string()),
                        detail: Some("unknown request".to_string()),
                    },
                    Vec::new(),
                ),
            };
            let file = Uint8Array::from(bytes.as_slice());
            let message = reply.to_js(&parts.id, &file);
            let _ = post.post_message_with_transfer(&message, &Array::of1(&file.buffer()));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let _ = scope.post_message(&JsValue::from_str(READY));
    }
}
