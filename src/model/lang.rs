//! The languages of the dashboard's data, and picking the right half of a bilingual [`Text`].
//!
//! Owns: [`DataText`] and [`Text::get`]. The interface languages ([`Lang`]) are listed in
//! `crate::i18n::languages`, each naming the half of the dataset's text its reader sees.

pub use crate::i18n::languages::Lang;

use super::types::Text;

/// The two languages every text of the dataset is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataText {
    /// Indonesian, the paper's language.
    Id,
    /// English.
    En,
}

impl Text {
    /// The text a reader of `lang` sees.
    pub fn get(&self, lang: Lang) -> &str {
        match lang.data_text() {
            DataText::Id => &self.id,
            DataText::En => &self.en,
        }
    }
}
