//! One file per view.

pub mod challenges;
pub mod evidence;
pub mod learning;
pub mod matrix;
pub mod overview;
pub mod timeline;
