//! Search over the dataset's records and the paper's quotes.
//!
//! Owns: matching a query against the text of every record of the searched collections (all
//! but the paper's sections, as `collections` declares) in both languages and its citations,
//! and ranking the hits (a title match before a text match before a quote match).

use rustc_hash::FxHashSet as HashSet;

use super::citations;
use super::collections::records;
use super::index::Loaded;

/// One search result: the record's id, its title in the reader's language, and why it matched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub id: String,
    pub title: String,
    /// Where the match is: 0 title, 1 other text, 2 a quote or translation.
    pub rank: u8,
    /// The matching text, when the match is not in the title.
    pub context: Option<String>,
}

/// The most results a search returns.
pub const MAX_HITS: usize = 30;

/// Lower-cases and strips the common Latin diacritics, so "timra" finds "Timrå".
pub fn normalise(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'å' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// The records matching every word of `query` (case and common accents ignored), best first.
/// `title_of` names a record as the reader sees it (`views::detail`): titles are searched too.
pub fn search(data: &Loaded, query: &str, title_of: &dyn Fn(&str) -> Option<String>) -> Vec<Hit> {
    let words: Vec<String> = normalise(query).split_whitespace().map(str::to_string).collect();
    if words.is_empty() || words.iter().all(|w| w.chars().count() < 2) {
        return Vec::new();
    }
    let matches = |text: &str| {
        let t = normalise(text);
        words.iter().all(|w| t.contains(w.as_str()))
    };
    let mut hits: Vec<Hit> = Vec::new();
    let searched = || {
        records(&data.data)
            .map(|(_, r)| r)
            .filter(|r| r.kind().searched())
    };
    // Each record once: its title in the reader's language, else any of its texts.
    for record in searched() {
        let id = record.id();
        let Some(title) = title_of(id) else {
            continue;
        };
        let found = if matches(&title) {
            Some((0, None))
        } else {
            record
                .texts()
                .into_iter()
                .find(|t| matches(t))
                .map(|t| (1, Some(t.to_string())))
        };
        if let Some((rank, context)) = found {
            hits.push(Hit {
                id: id.to_string(),
                title,
                rank,
                context,
            });
        }
    }
    // Quotes: the record that carries a matching passage. A record already found by its own
    // text keeps that better hit.
    let found: HashSet<String> = hits.iter().map(|h| h.id.clone()).collect();
    for record in searched().filter(|r| !found.contains(r.id())) {
        let passage = citations::of(record).find_map(|c| {
            if matches(&c.quote) {
                Some(c.quote.clone())
            } else if matches(&c.translation) {
                Some(c.translation.clone())
            } else {
                None
            }
        });
        if let (Some(context), Some(title)) = (passage, title_of(record.id())) {
            hits.push(Hit {
                id: record.id().to_string(),
                title,
                rank: 2,
                context: Some(context),
            });
        }
    }
    hits.sort_by_key(|h| h.rank);
    hits.truncate(MAX_HITS);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_do_not_matter() {
        assert_eq!(normalise("Timrå ÉCOLE"), "timra ecole");
    }
}
