//! The two languages the dashboard and its data speak.
//!
//! Owns: [`Lang`], its BCP 47 code, and picking the right half of a bilingual [`Text`].

use super::types::Text;

/// Interface and data language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Indonesian, the paper's language.
    Id,
    /// English, the default for an international audience.
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The BCP 47 code, used in `lang=` attributes and the URL.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Parses a code from the URL or storage; anything else is `None`, never an error.
    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}
