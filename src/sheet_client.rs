//! The app's side of the spreadsheet worker (src/bin/sheet-worker.rs): started the first time a
//! spreadsheet is opened or written or quotes are checked, never at start; then kept for the
//! next request. A worker that fails or stops is dropped, and the next request starts another.
//!
//! Owns: [`ask`] (one request, its reply) and [`Fault`] (why there is no reply). What the two
//! sides say is `sheet_message`'s.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, MessageEvent, Worker};

use crate::sheet_message::{Parts, Reply, Request, READY};

/// The worker's script, next to the page (Trunk's loader for `data-bin="sheet-worker"`).
const SCRIPT: &str = "./sheet-worker_loader.js";

/// How long the worker may take to start (download and compile its wasm) before it counts as failed.
const START_MS: i32 = 60_000;

/// Why a request has no reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The page was opened as a file (`file://`): browsers start no worker there.
    OpenedAsFile,
    /// The worker did not start, or stopped: the browser's words.
    Stopped(String),
}

type Settle = (Function, Function);

/// A running worker and the requests it has not answered.
struct Client {
    worker: Worker,
    /// Resolves when the worker listens; rejects when it fails first.
    ready: Promise,
    /// By request id (a few at most: a list).
    pending: Rc<RefCell<Vec<(u32, Settle)>>>,
    next: u32,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(ErrorEvent)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

/// A promise and the functions that settle it (`Promise::new` runs its closure before it
/// returns, so they are always there).
fn promise() -> Result<(Promise, Settle), Fault> {
    let mut settle = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    settle
        .map(|s| (promise, s))
        .ok_or_else(|| Fault::Stopped("no promise".to_string()))
}

fn message(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}

/// Drops the worker (it failed or stopped): every request waiting on it fails with `why`.
fn drop_client(why: &str) {
    if let Some(client) = CLIENT.with(|c| c.borrow_mut().take()) {
        client.worker.terminate();
        for (_, (_, reject)) in client.pending.borrow_mut().drain(..) {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(why));
        }
    }
}

fn start() -> Result<Client, Fault> {
    let worker = Worker::new(SCRIPT).map_err(|e| Fault::Stopped(message(&e)))?;
    let (ready, (ready_ok, ready_fail)) = promise()?;
    let pending: Rc<RefCell<Vec<(u32, Settle)>>> = Rc::default();
    let waiting = pending.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        if data.as_string().as_deref() == Some(READY) {
            let _ = ready_ok.call0(&JsValue::NULL);
            return;
        }
        let id = Array::from(&data).get(0).as_f64().unwrap_or(-1.0) as u32;
        let settle = {
            let mut waiting = waiting.borrow_mut();
            let at = waiting.iter().position(|(i, _)| *i == id);
            at.map(|at| waiting.swap_remove(at).1)
        };
        if let Some((resolve, _)) = settle {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
    });
    let on_error = Closure::<dyn Fn(ErrorEvent)>::new(move |ev: ErrorEvent| {
        let why = ev.message();
        let why = if why.is_empty() { "error".to_string() } else { why };
        let _ = ready_fail.call1(&JsValue::NULL, &JsValue::from_str(&why));
        drop_client(&why);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Client {
        worker,
        ready,
        pending,
        next: 0,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// A promise that rejects after `ms` milliseconds.
fn deadline(ms: i32) -> Result<Promise, Fault> {
    let (promise, (_, reject)) = promise()?;
    let fail = Closure::once_into_js(move || {
        let _ = reject.call1(
            &JsValue::NULL,
            &JsValue::from_str("the spreadsheet worker did not start in time"),
        );
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(fail.unchecked_ref(), ms);
    }
    Ok(promise)
}

fn opened_as_file() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// Whether spreadsheets can be worked on here (not in a page opened as a file).
pub fn available() -> bool {
    !opened_as_file()
}

/// Asks the worker `request`, with `bytes` (a file to read, or empty); resolves to its reply
/// and the bytes that came with it. Starts the worker if it is not running.
pub async fn ask(request: &Request<JsValue>, bytes: Vec<u8>) -> Result<(Reply, Vec<u8>), Fault> {
    if opened_as_file() {
        return Err(Fault::OpenedAsFile);
    }
    let running = CLIENT.with(|c| c.borrow().as_ref().map(|c| c.ready.clone()));
    let ready = match running {
        Some(ready) => ready,
        None => {
            let client = start()?;
            let ready = client.ready.clone();
            CLIENT.with(|c| *c.borrow_mut() = Some(client));
            ready
        }
    };
    let deadline: JsValue = deadline(START_MS)?.into();
    let started = Promise::race(&Array::of2(&ready, &deadline));
    if let Err(e) = JsFuture::from(started).await {
        let why = message(&e);
        drop_client(&why);
        return Err(Fault::Stopped(why));
    }
    let (reply, settle) = promise()?;
    let file = Uint8Array::from(bytes.as_slice());
    let posted = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        let client = c
            .as_mut()
            .ok_or_else(|| "the spreadsheet worker stopped".to_string())?;
        let id = client.next;
        client.next = client.next.wrapping_add(1);
        client.pending.borrow_mut().push((id, settle));
        client
            .worker
            .post_message_with_transfer(
                &request.to_js(&JsValue::from(id), &file),
                &Array::of1(&file.buffer()),
            )
            .map_err(|e| message(&e))
    });
    if let Err(why) = posted {
        drop_client(&why);
        return Err(Fault::Stopped(why));
    }
    let data = JsFuture::from(reply)
        .await
        .map_err(|e| Fault::Stopped(message(&e)))?;
    let parts = Parts::of(&data);
    let reply = parts
        .reply()
        .ok_or_else(|| Fault::Stopped("the spreadsheet worker's reply was not understood".to_string()))?;
    Ok((reply, parts.bytes))
}
