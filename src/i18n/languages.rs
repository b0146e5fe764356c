//! What each interface language says, and numbers as it writes them.
//!
//! Owns: [`words`] (each language's table of [`Words`]) and [`count`]. The languages
//! themselves, with their codes, names, locales and data half, are listed once in
//! `crate::model::lang`.

use super::Words;
pub use crate::model::Lang;

/// Everything `lang` says: its table.
pub fn words(lang: Lang) -> &'static dyn Words {
    match lang {
        Lang::Id => &super::id::Indonesian,
        Lang::En => &super::en::English,
    }
}

/// `n` with its thousands grouped as `lang` writes them (29,800; 29.800).
pub fn count(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(lang.digit_group());
        }
        out.push(d);
    }
    out
}
