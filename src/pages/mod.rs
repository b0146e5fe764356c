//! One file per view.

pub mod timeline;
