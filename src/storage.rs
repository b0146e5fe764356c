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

/// Whether localStorage can be used at all (never panics, never throws).
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// A stored preference (a short string), or `None` when absent, unreadable or unavailable.
pub fn load_pref(name: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::get::<String>(key(name)).ok()
}

/// Stores a preference. A full quota or missing storage is an error for the caller to show.
pub fn save_pref(name: &str, value: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::set(key(name), value).map_err(|e| StorageError::Refused(e.to_string()))
}
