//! The languages the dashboard speaks, listed once: each with its BCP 47 code (the `lang`
//! attribute and `?lang=` in the URL), its name in its own words (the language buttons), its
//! locale for dates and times, its digit grouping mark, and the half of the dataset's bilingual
//! text its reader sees; and picking that half of a [`Text`].
//!
//! Owns: [`Lang`], [`DataText`], [`Text::get`]. What each language says is its table in the
//! interface layer (`i18n::languages::words`, one exhaustive match: a language without a table
//! does not compile).

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

/// [`Lang`] and its facts, from one entry per language.
macro_rules! languages {
    ($(
        $(#[$meta:meta])*
        $variant:ident {
            code: $code:literal,
            name: $name:literal,
            locale: $locale:literal,
            digit_group: $group:literal,
            data: $data:ident $(,)?
        }
    )+) => {
        /// An interface language.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub enum Lang {
            $($(#[$meta])* $variant,)+
        }

        impl Lang {
            /// Every language, in the order of the language buttons.
            pub const ALL: [Lang; [$($code),+].len()] = [$(Lang::$variant),+];

            /// The BCP 47 code, used in `lang=` attributes and the URL.
            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)+
                }
            }

            /// The language's name in its own words.
            pub fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)+
                }
            }

            /// The locale dates and times are written in (`Intl`, `toLocaleString`).
            pub fn locale(self) -> &'static str {
                match self {
                    $(Lang::$variant => $locale,)+
                }
            }

            /// The mark between groups of three digits (29,800; 29.800).
            pub fn digit_group(self) -> char {
                match self {
                    $(Lang::$variant => $group,)+
                }
            }

            /// Which half of the dataset's bilingual text this language's reader sees.
            pub fn data_text(self) -> DataText {
                match self {
                    $(Lang::$variant => DataText::$data,)+
                }
            }

        }
    };
}

languages! {
    /// Indonesian, the paper's language.
    Id {
        code: "id",
        name: "Bahasa Indonesia",
        locale: "id-ID",
        digit_group: '.',
        data: Id,
    }
    /// English, the default for an international audience.
    #[default]
    En {
        code: "en",
        name: "English",
        locale: "en-GB",
        digit_group: ',',
        data: En,
    }
}

impl Lang {
    /// Parses a code from the URL or storage; anything else is `None`, never an error.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language for a browser's language tag (`navigator.language`, `id-ID`, `ko`): the
    /// one whose code is its primary subtag, or the default.
    pub fn from_browser(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_tag_picks_its_language_or_the_default() {
        assert_eq!(Lang::from_browser("id-ID"), Lang::Id);
        assert_eq!(Lang::from_browser("ID"), Lang::Id);
        assert_eq!(Lang::from_browser("en-US"), Lang::En);
        assert_eq!(Lang::from_browser("ko-KR"), Lang::En);
        // "ind" is not "id": only the primary subtag counts, whole.
        assert_eq!(Lang::from_browser("ind"), Lang::En);
        assert_eq!(Lang::from_browser(""), Lang::En);
    }

    #[test]
    fn every_code_is_read_back_and_nothing_else_is() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("ID"), None);
        assert_eq!(Lang::parse("ko"), None);
    }
}
