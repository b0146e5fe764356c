//! Comparing quotes with the paper's text.
//!
//! Owns: the one normalisation used to decide whether a quote stands verbatim in the paper:
//! a hyphen at a line break joins the two halves (`satu-\nsatunya` → `satu-satunya`), every other
//! run of whitespace becomes one space; and the quote check itself ([`misses`]), shared by the
//! tests, the `dataset` tool and the dashboard.

use super::citations;
use super::collections::records;
use super::types::Dataset;

/// A citation whose quote is not in the paper's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Miss {
    /// The id of the record that cites it.
    pub record: String,
    /// The section the citation names.
    pub section: String,
    pub quote: String,
}

/// Every citation of `data` whose quote does not stand in `paper` (the paper's whole text),
/// in file order, and how many citations there are in all.
pub fn misses(data: &Dataset, paper: &str) -> (Vec<Miss>, usize) {
    let folded = fold_whitespace(paper);
    let mut out = Vec::new();
    let mut total = 0;
    for (_, record) in records(data) {
        for c in citations::of(record) {
            total += 1;
            if !stands_in(&folded, &c.quote) {
                out.push(Miss {
                    record: record.id().to_string(),
                    section: c.section.to_string(),
                    quote: c.quote.clone(),
                });
            }
        }
    }
    (out, total)
}

/// Normalises `text` for a verbatim comparison (see the module doc).
pub fn fold_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut pending_newline = false;
    for ch in text.chars() {
        if ch.is_whitespace() {
            pending_space = true;
            pending_newline |= ch == '\n' || ch == '\r';
            continue;
        }
        if pending_space {
            let joined_hyphen = pending_newline && out.ends_with('-');
            if !joined_hyphen && !out.is_empty() {
                out.push(' ');
            }
        }
        pending_space = false;
        pending_newline = false;
        out.push(ch);
    }
    out
}

/// Whether `quote` stands in `paper` once both are normalised.
pub fn stands_in(paper_folded: &str, quote: &str) -> bool {
    let q = fold_whitespace(quote);
    !q.is_empty() && paper_folded.contains(&q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_line_break_hyphens_and_folds_the_rest() {
        assert_eq!(
            fold_whitespace("  satu-\n  satunya   aktor\n\nini "),
            "satu-satunya aktor ini"
        );
        assert_eq!(fold_whitespace("a - b"), "a - b");
    }

    #[test]
    fn a_changed_word_is_not_verbatim() {
        let paper = fold_whitespace("Kerja sama tersebut cenderung bersifat\nsimbolik dan inspiratif");
        assert!(stands_in(&paper, "bersifat simbolik dan inspiratif"));
        assert!(!stands_in(&paper, "bersifat simbolis dan inspiratif"));
        assert!(!stands_in(&paper, "   "));
    }

    #[test]
    fn a_miss_names_its_record_and_section() {
        let mut data = crate::model::parse_dataset(crate::model::BUNDLED_JSON).expect("bundled");
        let paper: String = crate::model::citations::all(&data)
            .iter()
            .map(|(_, c)| format!("{}\n", c.quote))
            .collect();
        assert_eq!(misses(&data, &paper).0, []);
        data.events[2].citations[0].quote = "sejak tahun 1945".into();
        let (missed, total) = misses(&data, &paper);
        assert_eq!(total, crate::model::citations::all(&data).len());
        assert_eq!(
            missed,
            [Miss {
                record: data.events[2].id.to_string(),
                section: data.events[2].citations[0].section.to_string(),
                quote: "sejak tahun 1945".into(),
            }]
        );
    }
}
