//! The Markdown handout of the reader's notes: each note under the name of what it is pinned
//! to, followed by the paper's own words for that item (section, verbatim Indonesian quote,
//! English translation), so the file stands on its own away from the dashboard.

use super::detail::detail;
use crate::i18n::notes::N;
use crate::i18n::{t, Key};
use crate::model::notes::{Note, Target};
use crate::model::{Lang, Loaded};

/// `ms` since 1970 as `YYYY-MM-DD HH:MM UTC`.
pub fn utc_minute(ms: u64) -> String {
    let secs = ms / 1000;
    let days = (secs / 86_400) as i64;
    let (h, m) = ((secs % 86_400) / 3600, (secs % 3600) / 60);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{m:02} UTC")
}

/// Quotes every line of `text` as a Markdown block quote.
fn block_quote(text: &str) -> String {
    text.lines()
        .map(|l| format!("> {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The Markdown file for `notes` (in the order given). `target_label` names what a note is
/// pinned to, in the reader's language.
pub fn export_markdown(
    data: &Loaded,
    notes: &[Note],
    lang: Lang,
    exported: u64,
    target_label: &dyn Fn(&Target) -> String,
) -> String {
    let word = |n: N| t(lang, Key::Notes(n));
    let (h_notes, h_exported, h_created, h_updated, h_section, h_missing) = (
        word(N::Notes),
        word(N::Exported),
        word(N::Created),
        word(N::Updated),
        t(lang, Key::Section),
        word(N::NotInDataset),
    );
    let src = &data.data.source;
    let mut out = format!(
        "# {h_notes}: {}\n\n{h_exported} {}. {} ({}), *{}*, {} {}({}). Dataset `{}`.\n",
        data.data.title.get(lang),
        utc_minute(exported),
        src.authors.join(", "),
        src.year,
        src.title,
        src.journal,
        src.volume,
        src.issue,
        data.data.id,
    );
    for note in notes {
        out.push_str(&format!(
            "\n## {}\n\n*{h_created} {}, {h_updated} {}*\n\n{}\n",
            target_label(&note.target),
            utc_minute(note.created),
            utc_minute(note.updated),
            note.text.trim_end(),
        ));
        if let Target::Item { id } = &note.target {
            match detail(data, id, lang) {
                Some(d) => {
                    for c in d.citations {
                        let section = data
                            .section(&c.section)
                            .map(|s| s.heading.get(lang).to_string())
                            .unwrap_or_else(|| c.section.to_string());
                        out.push_str(&format!(
                            "\n{}\n>\n> — {h_section} {section}\n>\n{}\n",
                            block_quote(&format!("«{}»", c.quote)),
                            block_quote(&format!("*{}*", c.translation)),
                        ));
                    }
                }
                None => out.push_str(&format!("\n(`{id}`: {h_missing})\n")),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_minutes() {
        assert_eq!(utc_minute(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_minute(951_782_400_000), "2000-02-29 00:00 UTC");
        assert_eq!(utc_minute(1_795_830_660_000), "2026-11-28 01:51 UTC");
    }
}
