//! The only module that touches localStorage.
//!
//! Owns: the key namespace (`paradiplomacy-dashboard/v1/...`) and safe access. Storage goes
//! missing in more than one way (access throws in a sandboxed or cross-site frame,
//! `localStorage` is null with storage disabled, `setItem` throws when the quota is full);
//! gloo-storage panics in the first two, so [`available`] is checked before every call.

use gloo_storage::{LocalStorage, Storage};

/// The prefix of every key this app writes. Bump the version when a stored shape changes.
pub const NAMESPACE: &str = "paradiplomacy-dashboard/v1/";

/// Why a value could not be stored.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    #[error("this browser does not allow the dashboard to store anything here")]
    Unavailable,
    #[error("the browser refused to store the value: {0}")]
    Refused(String),
}

/// The full key for `name`.
pub fn key(name: &str) -> String {
    format!("{NAMESPACE}{name}")
}

/// The browser's localStorage, or `None` where access throws or it is null. Every function
/// below goes through this check first: gloo-storage panics in both cases.
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
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

/// Stores a text value (JSON-encoded through gloo-storage). A full quota or missing storage is
/// an error for the caller to show.
pub fn write(name: &str, value: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::set(key(name), value).map_err(|e| StorageError::Refused(e.to_string()))
}

/// Removes a stored value; a missing storage has nothing to remove.
pub fn remove(name: &str) {
    if available() {
        LocalStorage::delete(key(name));
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
