//! What a note is pinned to, in words, and going there.

use crate::i18n::notes::N;
use crate::i18n::{t, Key};
use crate::model::notes::Target;
use crate::model::{Lang, Loaded};
use crate::state::query::UrlState;
use crate::state::AppState;
use crate::views::detail::detail;

/// The name of what `target` is pinned to: "Event: Signing of the MoU", "View: Timeline ·
/// Daejeon · 2015–2017", "Free note".
pub fn target_label(data: &Loaded, lang: Lang, target: &Target) -> String {
    match target {
        Target::Item { id } => match detail(data, id, lang) {
            Some(d) => format!("{}: {}", d.kind, d.title),
            None => format!("{id} ({})", t(lang, Key::Notes(N::NotInDataset))),
        },
        Target::View { query } => {
            let u = UrlState::parse(query);
            let f = &u.filters;
            let mut parts = vec![t(lang, Key::ViewTitle(u.view)).to_string()];
            if let Some(p) = &f.partner {
                parts.push(data.actor_name(p, lang));
            }
            if let Some(s) = &f.sector {
                parts.push(data.sector_name(s, lang));
            }
            match (f.from, f.to) {
                (Some(a), Some(b)) => parts.push(format!("{a}–{b}")),
                (Some(a), None) => parts.push(format!("{a}–")),
                (None, Some(b)) => parts.push(format!("–{b}")),
                (None, None) => {}
            }
            if let Some(k) = f.kind {
                parts.push(t(lang, Key::RelType(k)).to_string());
            }
            format!("{}: {}", t(lang, Key::Notes(N::ViewNote)), parts.join(" · "))
        }
        Target::Free => t(lang, Key::Notes(N::Free)).to_string(),
    }
}

/// Whether there is anywhere to go for `target` in `data`.
pub fn can_open(data: &Loaded, target: &Target) -> bool {
    match target {
        Target::Item { id } => data.exists(id),
        Target::View { .. } => true,
        Target::Free => false,
    }
}

/// Shows what `target` is pinned to.
pub fn open(state: &AppState, target: &Target) {
    match target {
        Target::Item { id } => state.open_record(id),
        Target::View { query } => state.go_to_query(query),
        Target::Free => {}
    }
}
