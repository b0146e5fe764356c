//! The only module that touches localStorage (and sessionStorage, the tab's own fallback).
//!
//! Owns: the key namespace (`paradiplomacy-dashboard/v1/...`) and safe access. Storage goes
//! missing in more than one way (access throws in a sandboxed or cross-site frame,
//! `localStorage` is null with storage disabled, `setItem` throws when the quota is full);
//! gloo-storage panics in the first two, so [`available`] is checked before every call.
//! Writes go through `set_item` on gloo's raw handle, not `LocalStorage::set`: gloo turns a
//! thrown value that is not an `Error` into `unreachable!()`, a panic, and a page script or an
//! extension can throw anything. `get_all` is never called: one foreign non-JSON key on the same
//! origin makes it fail.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// The prefix of every key this app writes. Bump the version when a stored shape changes.
pub const NAMESPACE: &str = "paradiplomacy-dashboard/v1/";

/// Why a value could not be stored.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("this browser does not allow the dashboard to store anything here")]
    Unavailable,
    #[error("the browser's storage for this site is full ({0})")]
    Full(String),
    #[error("the browser refused to store the value: {0}")]
    Refused(String),
    #[error("the value read back after writing was not the value written")]
    NotKept,
}

impl StorageError {
    /// Classifies what `setItem` threw: Chromium and Safari throw `QuotaExceededError`, older
    /// Firefox `NS_ERROR_DOM_QUOTA_REACHED`; anything else is a refusal.
    pub fn from_js(thrown: &JsValue) -> Self {
        let field = |name: &str| {
            js_sys::Reflect::get(thrown, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        let (name, message) = (field("name"), field("message"));
        let text = match (name.is_empty(), message.is_empty()) {
            (true, true) => thrown.as_string().unwrap_or_else(|| format!("{thrown:?}")),
            (false, true) => name.clone(),
            (true, false) => message,
            (false, false) => format!("{name}: {message}"),
        };
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || text.contains("QUOTA") {
            StorageError::Full(text)
        } else {
            StorageError::Refused(text)
        }
    }
}

/// The full key for `name`.
pub fn key(name: &str) -> String {
    format!("{NAMESPACE}{name}")
}

/// The browser's localStorage, or `None` where access throws or it is null. Every function
/// below goes through this check first: gloo-storage panics in both cases.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()?;
    // Safe now: the two ways gloo's handle panics were ruled out just above.
    Some(LocalStorage::raw())
}

/// Whether localStorage can be used at all (never panics, never throws).
pub fn available() -> bool {
    local().is_some()
}

/// A stored text value: `Ok(None)` when absent or storage is unavailable, `Err` with the raw
/// value when what is stored is not what this app wrote (so the caller can keep it safe).
/// Where a corrupt value needs no special care (a preference), `.ok().flatten()` reads it as absent.
pub fn read(name: &str) -> Result<Option<String>, String> {
    let Some(storage) = local() else { return Ok(None) };
    let Ok(Some(raw)) = storage.get_item(&key(name)) else {
        return Ok(None);
    };
    serde_json::from_str::<String>(&raw).map(Some).map_err(|_| raw)
}

/// Stores a text value (JSON-encoded, as gloo-storage does). A full quota or missing storage is
/// an error for the caller to show.
pub fn write(name: &str, value: &str) -> Result<(), StorageError> {
    let json = serde_json::to_string(value).map_err(|e| StorageError::Refused(e.to_string()))?;
    write_raw(name, &json)
}

/// Stores `raw` as it is under `name`, then reads it back: `Ok` only when the browser holds
/// exactly what was written.
pub fn write_raw(name: &str, raw: &str) -> Result<(), StorageError> {
    write_text(name, &JsValue::from_str(raw))
}

/// As [`write_raw`], for a text the browser already holds (a JavaScript string): neither it nor
/// what is read back is copied into the WebAssembly.
pub fn write_text(name: &str, raw: &JsValue) -> Result<(), StorageError> {
    write_checked(&local().ok_or(StorageError::Unavailable)?, name, raw)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's `Storage`, with its values as JavaScript strings (web-sys's `setItem` takes
    /// a Rust `&str`, and its `getItem` copies the value into a Rust `String`).
    #[wasm_bindgen(js_name = Storage)]
    type Values;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set(this: &Values, key: &str, value: &JsValue) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get(this: &Values, key: &str) -> Result<JsValue, JsValue>;
}

/// Stores `raw` under `name` in `storage` and reads it back: `Ok` only when it holds exactly
/// that (compared in JavaScript: a stored dataset of megabytes is not copied back to compare).
fn write_checked(storage: &web_sys::Storage, name: &str, raw: &JsValue) -> Result<(), StorageError> {
    let (storage, key) = (storage.unchecked_ref::<Values>(), key(name));
    storage.set(&key, raw).map_err(|e| StorageError::from_js(&e))?;
    match storage.get(&key) {
        Ok(back) if back == *raw => Ok(()),
        _ => Err(StorageError::NotKept),
    }
}

/// The raw stored value of `name`, as the browser holds it (`None` when absent or unavailable).
pub fn read_raw(name: &str) -> Option<String> {
    local()?.get_item(&key(name)).ok().flatten()
}

/// The names (without the namespace) of every stored value whose name starts with `prefix`.
/// Walks the keys one by one: other apps' keys on the same origin are never read.
pub fn names(prefix: &str) -> Vec<String> {
    let Some(storage) = local() else { return Vec::new() };
    let full = key(prefix);
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|k| {
            k.strip_prefix(NAMESPACE)
                .filter(|_| k.starts_with(&full))
                .map(str::to_string)
        })
        .collect()
}

/// The name within the namespace of a full storage key (as a `storage` event names it).
pub fn name_of(full_key: &str) -> Option<&str> {
    full_key.strip_prefix(NAMESPACE)
}

/// Removes a stored value; a missing storage has nothing to remove.
pub fn remove(name: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(&key(name));
    }
}

/// Removes a stored value and checks that it is gone.
pub fn remove_checked(name: &str) -> Result<(), StorageError> {
    let storage = local().ok_or(StorageError::Unavailable)?;
    storage
        .remove_item(&key(name))
        .map_err(|e| StorageError::from_js(&e))?;
    match storage.get_item(&key(name)) {
        Ok(None) => Ok(()),
        _ => Err(StorageError::NotKept),
    }
}

/// Copies the raw stored value of `name` to `backup`, whatever it holds. Used before an
/// unreadable value is replaced, so that nothing the reader stored is lost.
pub fn back_up(name: &str, backup: &str) {
    let Some(storage) = local() else { return };
    if let Ok(Some(raw)) = storage.get_item(&key(name)) {
        let _ = storage.set_item(&key(backup), &raw);
    }
}

/// This tab's sessionStorage, where reachable. It has a quota of its own, so it can hold notes
/// that a full localStorage refused until the page is reloaded (a reload keeps the session;
/// closing the tab does not). Access throws or gives null where localStorage does.
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Stores `raw` under `name` in this tab's session, read back to check; the same errors as [`write_raw`].
pub fn session_write(name: &str, raw: &str) -> Result<(), StorageError> {
    write_checked(
        &session().ok_or(StorageError::Unavailable)?,
        name,
        &JsValue::from_str(raw),
    )
}

/// The raw value of `name` in this tab's session, if any.
pub fn session_read(name: &str) -> Option<String> {
    session()?.get_item(&key(name)).ok().flatten()
}

/// Removes `name` from this tab's session.
pub fn session_remove(name: &str) {
    if let Some(storage) = session() {
        let _ = storage.remove_item(&key(name));
    }
}
