//! Search over partners, events, challenges, adoptions, findings and the paper's quotes.
//!
//! Owns: matching a query against every record's text in both languages and its citations, and
//! ranking the hits (a title match before a text match before a quote match).

use super::citations;
use super::index::{Loaded, Record};

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

/// Texts of a record other than its title, in both languages.
fn texts(record: Record<'_>) -> Vec<&str> {
    match record {
        Record::Event(e) => vec![&e.title.id, &e.title.en, &e.description.id, &e.description.en],
        Record::Actor(a) => {
            let mut v: Vec<&str> = vec![&a.name.id, &a.name.en];
            if let Some(n) = &a.local_name {
                v.push(&n.text);
            }
            v
        }
        Record::Challenge(c) => vec![&c.title.id, &c.title.en, &c.description.id, &c.description.en],
        Record::Adoption(a) => vec![
            &a.practice.id,
            &a.practice.en,
            &a.origin.id,
            &a.origin.en,
            &a.adaptation.id,
            &a.adaptation.en,
        ],
        Record::Finding(f) => vec![&f.title.id, &f.title.en, &f.description.id, &f.description.en],
        Record::Strategy(s) | Record::Principle(s) => {
            vec![&s.title.id, &s.title.en, &s.description.id, &s.description.en]
        }
        Record::Recommendation(r) => vec![&r.title.id, &r.title.en, &r.text.id, &r.text.en],
        Record::Literature(l) => vec![&l.authors, &l.claim.id, &l.claim.en],
        Record::LegalBasis(b) => vec![&b.short, &b.title.id, &b.title.en],
        Record::Relationship(r) => vec![&r.summary.id, &r.summary.en],
        Record::Sector(s) => vec![&s.name.id, &s.name.en],
        Record::ChallengeCategory(k) => vec![&k.name.id, &k.name.en, &k.description.id, &k.description.en],
        Record::ParadiplomacyType(p) => vec![
            &p.code,
            &p.name.id,
            &p.name.en,
            &p.description.id,
            &p.description.en,
        ],
        Record::Section(s) => vec![&s.heading.id, &s.heading.en],
    }
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
    let d = &data.data;
    let ids = d
        .actors
        .iter()
        .map(|a| a.id.as_str())
        .chain(d.events.iter().map(|e| e.id.as_str()))
        .chain(d.challenges.iter().map(|c| c.id.as_str()))
        .chain(d.adoptions.iter().map(|a| a.id.as_str()))
        .chain(d.findings.iter().map(|f| f.id.as_str()))
        .chain(d.recommendations.iter().map(|r| r.id.as_str()))
        .chain(d.strategies.iter().map(|s| s.id.as_str()))
        .chain(d.principles.iter().map(|s| s.id.as_str()))
        .chain(d.literature.iter().map(|l| l.id.as_str()))
        .chain(d.legal_bases.iter().map(|b| b.id.as_str()))
        .chain(d.relationships.iter().map(|r| r.id.as_str()))
        .chain(d.paradiplomacy_types.iter().map(|p| p.id.as_str()));
    // Each record once: its title in the reader's language, else any of its texts.
    for id in ids {
        let (Some(record), Some(title)) = (data.record(id), title_of(id)) else {
            continue;
        };
        let found = if matches(&title) {
            Some((0, None))
        } else {
            texts(record)
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
    // Quotes: the record that carries a matching passage.
    for (path, c) in citations::all(d) {
        if matches(&c.quote) || matches(&c.translation) {
            if let Some(id) = record_at(data, &path) {
                let context = if matches(&c.quote) {
                    c.quote.clone()
                } else {
                    c.translation.clone()
                };
                // A record already found by its own text keeps that better hit.
                if hits.iter().any(|h| h.id == id) {
                    continue;
                }
                if let Some(title) = title_of(&id) {
                    hits.push(Hit {
                        id,
                        title,
                        rank: 2,
                        context: Some(context),
                    });
                }
            }
        }
    }
    hits.sort_by_key(|h| h.rank);
    hits.truncate(MAX_HITS);
    hits
}

/// The id of the record a citation path (`$.events[3].citations[0]`) belongs to.
fn record_at(data: &Loaded, path: &str) -> Option<String> {
    let rest = path.strip_prefix("$.")?;
    let (field, rest) = rest.split_once('[')?;
    let index: usize = rest.split_once(']')?.0.parse().ok()?;
    let d = &data.data;
    let id = match field {
        "actors" => &d.actors.get(index)?.id,
        "sectors" => &d.sectors.get(index)?.id,
        "relationships" => &d.relationships.get(index)?.id,
        "events" => &d.events.get(index)?.id,
        "challenge_categories" => &d.challenge_categories.get(index)?.id,
        "challenges" => &d.challenges.get(index)?.id,
        "adoptions" => &d.adoptions.get(index)?.id,
        "strategies" => &d.strategies.get(index)?.id,
        "legal_bases" => &d.legal_bases.get(index)?.id,
        "principles" => &d.principles.get(index)?.id,
        "paradiplomacy_types" => &d.paradiplomacy_types.get(index)?.id,
        "literature" => &d.literature.get(index)?.id,
        "findings" => &d.findings.get(index)?.id,
        "recommendations" => &d.recommendations.get(index)?.id,
        _ => return None,
    };
    Some(id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_do_not_matter() {
        assert_eq!(normalise("Timrå ÉCOLE"), "timra ecole");
    }
}
