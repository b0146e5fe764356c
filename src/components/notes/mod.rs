//! The notes interface: the panel listing every note, the notes of one item in the detail
//! panel, the editor, the badge on items with notes, the banner about storage, import and export.

pub mod banner;
pub mod card;
pub mod item;
pub mod label;
pub mod panel;
pub mod text;
pub mod transfer;
