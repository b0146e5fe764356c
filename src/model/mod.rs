//! The pure model: dataset types, loading and validation, and the computations every view
//! draws from. No leptos, no web_sys: everything here compiles and is tested on the host.

pub mod challenges;
pub mod citations;
pub mod collections;
pub mod cut;
pub mod date;
pub mod filter;
pub mod group;
pub mod id;
pub mod index;
pub mod lang;
pub mod learning;
pub mod load;
pub mod matrix;
pub mod notes;
pub mod palette;
pub mod partners;
pub mod quote;
pub mod search;
pub mod selection;
// The spreadsheet conversion: used by the `dataset` tool and the browser's spreadsheet worker,
// never by the app's own wasm (which therefore does not carry it).
#[cfg(feature = "sheet")]
pub mod sheet;
pub mod story;
pub mod timeline;
pub mod types;
pub mod validate;
pub mod view;

pub use filter::Filters;
pub use index::Loaded;
pub use lang::Lang;
pub use load::{parse_dataset, LoadError, MAX_DATASET_BYTES};
pub use selection::Selection;
pub use types::*;
pub use view::View;

/// The bundled dataset, as shipped in `data/`.
pub const BUNDLED_JSON: &str = include_str!("../../data/tangsel-paradiplomacy.json");
