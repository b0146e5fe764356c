//! Reader notes, as plain data: what a note is, what it is pinned to, its tags, and the
//! searches and orderings the notes panel needs. No storage and no browser here: `stored`
//! says how a note is written down (storage records, export files, migration), `merge` how
//! two sets of notes combine, `unsaved` what a tab keeps when storage refuses its notes, `markup` how a note's text is shown (the Markdown handout is `views::handout`).

pub mod markup;
pub mod merge;
pub mod stored;
pub mod unsaved;

use serde::{Deserialize, Serialize};

/// The longest note text accepted (characters). Longer text is refused, not cut.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// The longest id, item id or view query accepted in a note.
pub const MAX_REF_CHARS: usize = 500;
/// The latest time a note may carry: the last millisecond a JavaScript `Date` can hold
/// (8.64e15 ms, the year 275760). A later one cannot be shown, so it is refused on the way in.
pub const MAX_TIME_MS: u64 = 8_640_000_000_000_000;

/// What a note is pinned to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// A record of the dataset or a matrix cell, by its id (the `item` of the URL).
    Item { id: String },
    /// A whole view with its filters: the query string of its permalink (no leading `?`).
    View { query: String },
    /// Pinned to nothing.
    Free,
}

impl Target {
    /// Whether the target's references are within the limits (an imported file can hold anything).
    pub fn is_plausible(&self) -> bool {
        match self {
            Target::Item { id } => !id.is_empty() && id.chars().count() <= MAX_REF_CHARS,
            Target::View { query } => query.chars().count() <= MAX_REF_CHARS,
            Target::Free => true,
        }
    }
}

/// One note. Times are milliseconds since 1970-01-01 UTC.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: String,
    pub target: Target,
    pub text: String,
    pub created: u64,
    pub updated: u64,
}

/// Whether `id` can be a note id: 1 to 64 of `a-z 0-9 -`. Ids become storage keys and file
/// content, so nothing else is accepted.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A new note id from the time and a random number in `[0, 1)` (the caller supplies both,
/// so this stays pure): `n-<time base36>-<random base36>`.
pub fn new_id(now_ms: u64, random: f64) -> String {
    let r = (random.clamp(0.0, 1.0) * 2f64.powi(52)) as u64;
    format!("n-{}-{}", base36(now_ms), base36(r))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

impl Note {
    /// Why this note cannot be accepted as it is, if it cannot.
    pub fn problem(&self) -> Option<&'static str> {
        if !valid_id(&self.id) {
            Some("the note id is not 1–64 of a-z, 0-9 and -")
        } else if !self.target.is_plausible() {
            Some("the note's item reference is empty or too long")
        } else if self.text.chars().count() > MAX_TEXT_CHARS {
            Some("the note's text is longer than 100 000 characters")
        } else if self.created > MAX_TIME_MS || self.updated > MAX_TIME_MS {
            Some("the note's time is later than any date a browser can show (8.64e15 ms)")
        } else {
            None
        }
    }

    /// The note's tags: every `#word` in its text, lower-cased, in order of first use.
    pub fn tags(&self) -> Vec<String> {
        tags(&self.text)
    }

    /// Whether the note matches a search: every word of `query` appears in its text or in
    /// `target_label` (the name of what it is pinned to), ignoring case.
    pub fn matches(&self, query: &str, target_label: &str) -> bool {
        let hay = format!("{}\n{}", self.text, target_label).to_lowercase();
        query.split_whitespace().all(|w| hay.contains(&w.to_lowercase()))
    }
}

/// The characters a tag is made of after its `#`.
pub fn is_tag_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// Every `#tag` in `text` (a `#` at the start or after a space or bracket, then tag characters),
/// lower-cased, without repeats.
pub fn tags(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let at_word_start = prev.is_none_or(|p| p.is_whitespace() || "([{".contains(p));
        if c == '#' && at_word_start {
            let rest = &text[i + 1..];
            let len: usize = rest
                .chars()
                .take_while(|&c| is_tag_char(c))
                .map(char::len_utf8)
                .sum();
            if len > 0 {
                let tag = rest[..len].to_lowercase();
                if !out.contains(&tag) {
                    out.push(tag);
                }
            }
        }
        prev = Some(c);
    }
    out
}

/// Notes newest first by creation (not by update: a note being typed in must not move in the
/// list under the reader's cursor), ties by id so the order is stable.
pub fn sort_newest_first(notes: &mut [Note]) {
    notes.sort_by(|a, b| b.created.cmp(&a.created).then_with(|| a.id.cmp(&b.id)));
}

/// Every tag used in `notes`, with how many notes use it, most used first then by name.
pub fn tag_counts(notes: &[Note]) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for n in notes {
        for t in n.tags() {
            *counts.entry(t).or_default() += 1;
        }
    }
    let mut out: Vec<_> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(text: &str) -> Note {
        Note {
            id: "n-1".into(),
            target: Target::Free,
            text: text.into(),
            created: 1,
            updated: 2,
        }
    }

    #[test]
    fn tags_are_words_after_a_hash_at_a_word_start() {
        assert_eq!(
            tags("#Seminar slide about #daejeon-mou, not a#tag or #"),
            ["seminar", "daejeon-mou"]
        );
        assert_eq!(tags("(#riset) #riset #RISET"), ["riset"]);
        assert_eq!(tags("#한국 #kerja_sama"), ["한국", "kerja_sama"]);
    }

    #[test]
    fn search_needs_every_word_in_text_or_target() {
        let n = note("MoU with Daejeon #seminar");
        assert!(n.matches("daejeon mou", ""));
        assert!(n.matches("timeline", "Timeline view"));
        assert!(!n.matches("daejeon korea", ""));
        assert!(n.matches("", ""));
    }

    #[test]
    fn ids_are_checked_and_new_ids_are_valid() {
        assert!(valid_id("n-abc-123"));
        assert!(!valid_id(""));
        assert!(!valid_id("N-1"));
        assert!(!valid_id("n/../x"));
        for r in [0.0, 0.5, 0.999_999, 1.0] {
            let id = new_id(1_764_300_000_000, r);
            assert!(valid_id(&id), "{id}");
        }
        assert_ne!(new_id(5, 0.1), new_id(5, 0.2));
    }

    #[test]
    fn problems_name_what_is_wrong() {
        assert_eq!(note("x").problem(), None);
        let mut bad = note("x");
        bad.target = Target::Item { id: String::new() };
        assert!(bad.problem().is_some());
        let long = note(&"a".repeat(MAX_TEXT_CHARS + 1));
        assert!(long.problem().is_some());
        let mut last = note("x");
        last.updated = MAX_TIME_MS;
        assert_eq!(last.problem(), None);
        for beyond in [MAX_TIME_MS + 1, (1 << 53) + 1, 1 << 63, u64::MAX] {
            let mut late = note("x");
            late.updated = beyond;
            assert!(late.problem().is_some(), "updated {beyond}");
            let mut early = note("x");
            early.created = beyond;
            assert!(early.problem().is_some(), "created {beyond}");
        }
    }

    #[test]
    fn newest_first_and_tag_counts() {
        let mut a = note("#a #b");
        a.id = "a".into();
        a.created = 5;
        let mut b = note("#b");
        b.id = "b".into();
        b.created = 9;
        let mut v = vec![a.clone(), b.clone()];
        sort_newest_first(&mut v);
        assert_eq!(v[0].id, "b");
        assert_eq!(tag_counts(&v), vec![("b".into(), 2), ("a".into(), 1)]);
    }
}
