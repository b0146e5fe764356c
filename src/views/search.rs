//! Search as the reader uses it: `model::search` with records named as the detail panel names
//! them, in the reader's language.

use crate::model::search::{search as find, Hit};
use crate::model::{Lang, Loaded};

/// The records matching every word of `query`, best first, titled in `lang`.
pub fn search(data: &Loaded, query: &str, lang: Lang) -> Vec<Hit> {
    find(data, query, &|id| {
        super::detail::detail(data, id, lang).map(|d| d.title)
    })
}
