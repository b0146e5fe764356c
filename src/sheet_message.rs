//! What the app and the spreadsheet worker say to each other (src/bin/sheet-worker.rs): a
//! [`Request`] and its [`Reply`], each posted as a JavaScript array of strings next to the bytes
//! of a file ([`Request::to_js`], [`Reply::from_js`] and back). Both sides compile this module;
//! only the worker compiles what answers it (`sheet::work`, behind the `sheet` feature), so the
//! app's wasm carries these few types and nothing of the spreadsheet crates. Plain arrays, not
//! serde: the app's wasm reads datasets with serde but has no other use for it, and derived
//! (de)serialisers for these enums would cost it more than the arrays do.
//!
//! Owns: [`Request`], [`Reply`], [`Both`] (a sentence in both languages, so that the reader's
//! language can change while it is on screen), [`READY`] (what the worker says once it listens)
//! and [`MAX_SHEET_BYTES`].

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::Lang;

/// What the worker posts once it listens: messages posted before that would be lost.
pub const READY: &str = "ready";

/// The largest spreadsheet file read (its bytes), checked by the app before it reads the file
/// and by the worker again.
pub const MAX_SHEET_BYTES: u64 = 32 * 1024 * 1024;

/// What the app asks of the worker: with its texts as the worker reads them (`String`), or as
/// the app posts them (`JsValue`, JavaScript strings: a dataset's text of tens of megabytes
/// that the browser decoded from its file goes to the worker without passing through the app's
/// wasm).
#[derive(Clone, Debug, PartialEq)]
pub enum Request<T = String> {
    /// The file's bytes (xlsx or ods) as the dataset's JSON, or every problem at its place.
    Read,
    /// The dataset `json` as the bytes of an xlsx file.
    Write { json: T },
    /// The citations of the dataset `json` whose quotes are not in `paper` (the paper's text).
    Quotes { json: T, paper: T },
}

/// A sentence in Indonesian and in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Both {
    pub id: String,
    pub en: String,
}

impl Both {
    /// The sentence `make` gives in each language.
    pub fn of(make: impl Fn(Lang) -> String) -> Self {
        Self {
            id: make(Lang::Id),
            en: make(Lang::En),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

/// What the worker answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reply {
    /// A spreadsheet read: the dataset's JSON when it holds a valid dataset, otherwise its
    /// problems, each at its sheet, row and column; and what was done on the way in.
    Read {
        json: Option<String>,
        problems: Vec<Both>,
        notices: Vec<Both>,
    },
    /// The xlsx file is the bytes that come with this reply.
    Written,
    /// The quote check: every citation whose quote is not in the paper, and the summary line.
    Quotes { misses: Vec<Both>, summary: Both },
    /// The request could not be done (not a spreadsheet, too large, a dataset that does not
    /// load): why, and the library's own words when there are any.
    Failed { why: Both, detail: Option<String> },
}

/// A message: `[id, bytes, word, parts...]`.
fn message(id: &JsValue, bytes: &Uint8Array, word: &str, parts: &[JsValue]) -> Array {
    let out = Array::of3(id, bytes, &JsValue::from_str(word));
    for part in parts {
        out.push(part);
    }
    out
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

fn maybe(s: &Option<String>) -> JsValue {
    s.as_deref().map_or(JsValue::NULL, text)
}

/// `[id0, en0, id1, en1, ...]`.
fn list(lines: &[Both]) -> JsValue {
    let out = Array::new();
    for line in lines {
        out.push(&text(&line.id));
        out.push(&text(&line.en));
    }
    out.into()
}

fn read_list(value: JsValue) -> Option<Vec<Both>> {
    let all: Vec<String> = value
        .dyn_into::<Array>()
        .ok()?
        .iter()
        .map(|v| v.as_string())
        .collect::<Option<_>>()?;
    Some(
        all.chunks_exact(2)
            .map(|p| Both {
                id: p[0].clone(),
                en: p[1].clone(),
            })
            .collect(),
    )
}

fn read_both(value: JsValue) -> Option<Both> {
    read_list(value)?.into_iter().next()
}

/// A message's parts: its id, its bytes, its word and what follows.
pub struct Parts {
    pub id: JsValue,
    pub bytes: Vec<u8>,
    word: Option<String>,
    rest: Array,
}

impl Parts {
    pub fn of(data: &JsValue) -> Self {
        let all = Array::from(data);
        Self {
            id: all.get(0),
            bytes: all
                .get(1)
                .dyn_into::<Uint8Array>()
                .map(|a| a.to_vec())
                .unwrap_or_default(),
            word: all.get(2).as_string(),
            rest: all.slice(3, all.length()),
        }
    }

    fn text(&self, i: u32) -> Option<String> {
        self.rest.get(i).as_string()
    }

    /// The request these parts hold, if they hold one.
    pub fn request(&self) -> Option<Request> {
        match self.word.as_deref()? {
            "read" => Some(Request::Read),
            "write" => Some(Request::Write { json: self.text(0)? }),
            "quotes" => Some(Request::Quotes {
                json: self.text(0)?,
                paper: self.text(1)?,
            }),
            _ => None,
        }
    }

    /// The reply these parts hold, if they hold one.
    pub fn reply(&self) -> Option<Reply> {
        match self.word.as_deref()? {
            "read" => Some(Reply::Read {
                json: self.text(0),
                problems: read_list(self.rest.get(1))?,
                notices: read_list(self.rest.get(2))?,
            }),
            "written" => Some(Reply::Written),
            "quotes" => Some(Reply::Quotes {
                misses: read_list(self.rest.get(0))?,
                summary: read_both(self.rest.get(1))?,
            }),
            "failed" => Some(Reply::Failed {
                why: read_both(self.rest.get(0))?,
                detail: self.text(1),
            }),
            _ => None,
        }
    }
}

impl Request<JsValue> {
    /// The message the app posts: `id`, the file's `bytes` (empty but for [`Request::Read`]).
    pub fn to_js(&self, id: &JsValue, bytes: &Uint8Array) -> Array {
        match self {
            Request::Read => message(id, bytes, "read", &[]),
            Request::Write { json } => message(id, bytes, "write", std::slice::from_ref(json)),
            Request::Quotes { json, paper } => message(id, bytes, "quotes", &[json.clone(), paper.clone()]),
        }
    }
}

impl Reply {
    /// The message the worker posts in answer to message `id`, with the file's `bytes`.
    pub fn to_js(&self, id: &JsValue, bytes: &Uint8Array) -> Array {
        match self {
            Reply::Read {
                json,
                problems,
                notices,
            } => message(id, bytes, "read", &[maybe(json), list(problems), list(notices)]),
            Reply::Written => message(id, bytes, "written", &[]),
            Reply::Quotes { misses, summary } => message(
                id,
                bytes,
                "quotes",
                &[list(misses), list(std::slice::from_ref(summary))],
            ),
            Reply::Failed { why, detail } => message(
                id,
                bytes,
                "failed",
                &[list(std::slice::from_ref(why)), maybe(detail)],
            ),
        }
    }
}
