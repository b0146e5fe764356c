//! The value rules `data/schema.json` states as patterns and ranges, as plain predicates.
//!
//! Owns: what an id, a link, a country code, a language tag, a date's form, a matrix cell id (and
//! making one), a year and blank text are. Each predicate accepts exactly what the schema's
//! pattern accepts (tests/schema_agreement.rs compares the two on hostile files).

use std::ops::RangeInclusive;

/// The years a dataset may name (those a `Date` can name).
pub const YEARS: RangeInclusive<i64> = 1000..=2999;

/// The item numbers of a scope list.
pub const SCOPE_ITEMS: RangeInclusive<i64> = 1..=999;

/// `^(?!.*--)[a-z0-9][a-z0-9-]{0,63}$`: lower-case letters, digits and single `-`, at most 64.
pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    !id.contains("--")
        && !bytes.is_empty()
        && bytes.len() <= 64
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// Whether `url` is a link the dashboard may open: `http://` or `https://` (any case), then a
/// host, and no space or control character anywhere.
pub fn is_safe_link(url: &str) -> bool {
    if url.chars().any(|c| c <= ' ' || c == '\u{7f}') {
        return false;
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    rest.chars().next().is_some_and(|c| !matches!(c, '/' | '?' | '#'))
}

/// `^[A-Z]{2}$`: an ISO 3166-1 alpha-2 code as written (`ID`, `KR`).
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// `^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`: a BCP 47 language tag's form (`id`, `ko`, `en-GB`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// No character but white space (Unicode White_Space, as `str::trim`); the empty text too.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

fn number_in(part: &str, len: usize, range: RangeInclusive<u32>) -> bool {
    part.len() == len
        && part.bytes().all(|b| b.is_ascii_digit())
        && part.parse().is_ok_and(|n| range.contains(&n))
}

/// The schema's `Date` pattern: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a year 1000 to 2999, a
/// month 01 to 12 and a day 01 to 31. Whether the day exists in that month is the validator's.
pub fn is_date_form(date: &str) -> bool {
    let mut parts = date.split('-');
    let year = parts.next().is_some_and(|y| number_in(y, 4, 1000..=2999));
    let month = parts.next().is_none_or(|m| number_in(m, 2, 1..=12));
    let day = parts.next().is_none_or(|d| number_in(d, 2, 1..=31));
    year && month && day && parts.next().is_none()
}

const CELL_PREFIX: &str = "cell--";

/// The id of the matrix cell of `partner` and `sector` (dataset ids never contain `--`).
pub fn cell_id(partner: &str, sector: &str) -> String {
    format!("{CELL_PREFIX}{partner}--{sector}")
}

/// The partner and sector of a cell id.
pub fn parse_cell_id(id: &str) -> Option<(&str, &str)> {
    id.strip_prefix(CELL_PREFIX)?.split_once("--")
}

/// `^cell--[a-z0-9-]+--[a-z0-9-]+$`: the form of a matrix cell's id.
pub fn is_cell_form(id: &str) -> bool {
    let Some(rest) = id.strip_prefix(CELL_PREFIX) else {
        return false;
    };
    let bytes = rest.as_bytes();
    bytes
        .iter()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && (1..bytes.len().saturating_sub(2)).any(|i| &bytes[i..i + 2] == b"--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_need_a_scheme_and_a_host_and_no_spaces() {
        for ok in ["https://x", "HTTP://example.org/a?b#c", "https://dé.example"] {
            assert!(is_safe_link(ok), "{ok}");
        }
        for bad in [
            "https://",
            "http://",
            "https:///x",
            " https://x",
            "https://x y",
            "https://x\n",
            "javascript:alert(1)",
            "ftp://x",
            "",
        ] {
            assert!(!is_safe_link(bad), "{bad:?}");
        }
    }

    #[test]
    fn cell_ids_round_trip() {
        let id = cell_id("daejeon", "urban-agriculture");
        assert_eq!(id, "cell--daejeon--urban-agriculture");
        assert_eq!(parse_cell_id(&id), Some(("daejeon", "urban-agriculture")));
        assert_eq!(parse_cell_id("ev-2016"), None);
    }

    #[test]
    fn codes_tags_dates_and_cells_follow_the_schema_patterns() {
        assert!(is_country_code("ID") && !is_country_code("xx") && !is_country_code("IDN"));
        assert!(is_language_tag("id") && is_language_tag("en-GB") && is_language_tag("zh-Hant-TW"));
        for bad in ["", "i", "id-", "id\" onmouseover=x", "english", "id_ID"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
        assert!(
            is_date_form("2016-02-30"),
            "a form the schema accepts; the calendar is the validator's"
        );
        for bad in [
            "0999",
            "3000",
            "2016-13",
            "2016-00",
            "2016-01-32",
            "2016\n",
            "2016-1",
        ] {
            assert!(!is_date_form(bad), "{bad:?}");
        }
        assert!(is_cell_form("cell--a--b") && is_cell_form("cell--a---b"));
        for bad in ["cell--a", "cell----b", "cell--a--", "cell--A--b", "cell---"] {
            assert!(!is_cell_form(bad), "{bad}");
        }
        assert!(is_blank(" \u{3000}\u{85}") && !is_blank("\u{feff}") && !is_blank("a"));
    }
}
