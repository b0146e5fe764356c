//! The URL query as typed view state: `?view=timeline&event=ev-2016-mou&lang=id`.
//!
//! Owns: parsing a query string into [`UrlState`] and writing it back with only the values that
//! differ from the defaults. Pure (no browser), so it is tested natively. Unknown keys and
//! invalid values are ignored, never an error.

use crate::model::{
    group::PartnerGroup, timeline::LaneBy, Filters, Id, Lang, RelationshipType, Selection, StoryStep,
};

pub use crate::model::view::View;

/// Everything the URL says about what is on screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub view: View,
    /// Set when the reader chose a language (or followed a link that did).
    pub lang: Option<Lang>,
    pub filters: Filters,
    /// The record or matrix cell open in the detail panel (`item=ev-2016-mou`,
    /// `item=cell--daejeon--umkm`).
    pub selected: Option<Selection>,
    /// What the timeline's lanes stand for: partners or sectors (one of [`LaneBy::CHOSEN`]).
    pub lanes: LaneBy,
    /// How partners are grouped (`group=country`, `group=type`).
    pub group: PartnerGroup,
    /// The groups opened into their partners (`open=KR,CN`; `-` is the group of no country or no
    /// relationship, whose key is empty). Set with [`UrlState::set_group`], which closes them.
    pub open: Vec<String>,
    /// The story step being presented (`step=<id>`): seminar mode.
    pub step: Option<Id<StoryStep>>,
    /// This window is the presenter's (`presenter=1`): speaker notes, next step, timer.
    pub presenter: bool,
    /// Shown inside another site's page (`embed=1`): one view, compact.
    pub embed: bool,
}

/// Ids in the URL follow the dataset's id rule; anything else is treated as missing.
fn plausible_id(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The most groups the URL opens at once: more is no reading.
const MOST_OPEN: usize = 64;

/// The `open=` list: group keys (a country's code, a form of tie's; at most 64 characters of
/// letters, digits, `-` and `_`), `-` for the empty key.
fn open_groups(value: &str) -> Vec<String> {
    let mut open: Vec<String> = Vec::new();
    for key in value.split(',') {
        let fits = !key.is_empty()
            && key.len() <= 64
            && (key.bytes()).all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        let key = if key == "-" { "" } else { key };
        if fits && !open.iter().any(|o| o == key) && open.len() < MOST_OPEN {
            open.push(key.to_string());
        }
    }
    open
}

/// A year in the URL: four digits, 1000 to 2999.
fn year(value: &str) -> Option<i32> {
    (value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()))
        .then(|| value.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decoding as `application/x-www-form-urlencoded` does it; bad escapes stay as typed.
fn decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', hi, lo]) => hex(*hi).zip(hex(*lo)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match (bytes[i], escaped) {
            (_, Some(b)) => {
                out.push(b);
                i += 3;
                continue;
            }
            (b'+', None) => out.push(b' '),
            (b, None) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl UrlState {
    /// Groups partners as `group` says; another grouping than the one on screen closes every
    /// opened group (their keys name the old grouping's groups).
    pub fn set_group(&mut self, group: PartnerGroup) {
        if self.group != group {
            self.group = group;
            self.open.clear();
        }
    }

    /// Opens the group `key` into its partners, or closes it when it is open.
    pub fn toggle_open(&mut self, key: &str) {
        match self.open.iter().position(|k| k == key) {
            Some(at) => {
                self.open.remove(at);
            }
            None => self.open.push(key.to_string()),
        }
    }

    /// Parses `search` (with or without the leading `?`). Later duplicates win.
    pub fn parse(search: &str) -> Self {
        let mut state = UrlState::default();
        for pair in search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            let id = plausible_id(&value).then(|| value.clone());
            match decode(key).as_str() {
                "view" => state.view = View::parse(&value).unwrap_or_default(),
                "lang" => state.lang = Lang::parse(&value),
                "partner" => state.filters.partner = id.map(Id::new),
                "sector" => state.filters.sector = id.map(Id::new),
                "from" => state.filters.from = year(&value),
                "to" => state.filters.to = year(&value),
                "type" => state.filters.kind = RelationshipType::parse(&value),
                "item" => state.selected = id.as_deref().and_then(Selection::parse),
                "lanes" => state.lanes = LaneBy::parse(&value).unwrap_or_default(),
                "group" => state.group = PartnerGroup::parse(&value).unwrap_or_default(),
                "open" => state.open = open_groups(&value),
                "step" => state.step = id.map(Id::new),
                "presenter" => state.presenter = value == "1",
                "embed" => state.embed = value == "1",
                _ => {}
            }
        }
        state
    }

    /// The query string (without `?`) holding only what differs from the defaults.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.view != View::default() {
            parts.push(format!("view={}", self.view.code()));
        }
        if let Some(p) = &self.filters.partner {
            parts.push(format!("partner={p}"));
        }
        if let Some(s) = &self.filters.sector {
            parts.push(format!("sector={s}"));
        }
        if let Some(y) = self.filters.from {
            parts.push(format!("from={y}"));
        }
        if let Some(y) = self.filters.to {
            parts.push(format!("to={y}"));
        }
        if let Some(k) = self.filters.kind {
            parts.push(format!("type={}", k.code()));
        }
        if self.lanes != LaneBy::default() {
            parts.push(format!("lanes={}", self.lanes.code()));
        }
        if self.group != PartnerGroup::default() {
            parts.push(format!("group={}", self.group.code()));
            if !self.open.is_empty() {
                let keys: Vec<&str> = (self.open.iter())
                    .map(|k| if k.is_empty() { "-" } else { k.as_str() })
                    .collect();
                parts.push(format!("open={}", keys.join(",")));
            }
        }
        if let Some(item) = &self.selected {
            parts.push(format!("item={item}"));
        }
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.code()));
        }
        if let Some(step) = &self.step {
            parts.push(format!("step={step}"));
        }
        if self.presenter {
            parts.push("presenter=1".into());
        }
        if self.embed {
            parts.push("embed=1".into());
        }
        parts.join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_writes_only_what_differs() {
        assert_eq!(UrlState::default().to_query(), "");
        let state = UrlState {
            view: View::Matrix,
            lang: Some(Lang::Id),
            filters: Filters {
                partner: Some("daejeon".into()),
                from: Some(2015),
                kind: Some(RelationshipType::Mou),
                ..Filters::default()
            },
            selected: Some(Selection::record("ev-2016-mou")),
            lanes: LaneBy::Sector,
            group: PartnerGroup::Type,
            open: vec!["business_to_business".into(), String::new()],
            step: Some("story-mou".into()),
            presenter: true,
            embed: true,
        };
        let q = state.to_query();
        assert_eq!(
            q,
            "view=matrix&partner=daejeon&from=2015&type=mou&lanes=sector&group=type&open=business_to_business,-&item=ev-2016-mou&lang=id&step=story-mou&presenter=1&embed=1"
        );
        assert_eq!(UrlState::parse(&format!("?{q}")), state);
    }

    #[test]
    fn opened_groups_are_read_with_care_and_closed_by_another_grouping() {
        let s = UrlState::parse("group=country&open=KR,<b>,,KR,-,ID");
        assert_eq!(s.open, ["KR", "", "ID"]);
        assert_eq!(s.to_query(), "group=country&open=KR,-,ID");
        // Without a grouping there is no group to open: nothing is written.
        let each = UrlState::parse("open=KR");
        assert_eq!(each.to_query(), "");
        let many: Vec<String> = (0..100).map(|i| format!("k{i}")).collect();
        assert_eq!(
            UrlState::parse(&format!("group=type&open={}", many.join(",")))
                .open
                .len(),
            64
        );
        let mut u = s.clone();
        u.set_group(PartnerGroup::Country);
        assert_eq!(
            u.open,
            ["KR", "", "ID"],
            "the same grouping keeps its groups open"
        );
        u.toggle_open("KR");
        assert_eq!(u.open, ["", "ID"]);
        u.toggle_open("CN");
        assert_eq!(u.open, ["", "ID", "CN"]);
        u.set_group(PartnerGroup::Type);
        assert!(u.open.is_empty());
    }

    #[test]
    fn invalid_values_are_missing_not_fatal() {
        let s = UrlState::parse(
            "?view=nope&lang=xx&item=%3Cscript%3E&partner=&sector=A%20B&%zz=1&&=&from=99&to=20166&type=MoU&step=<x>&presenter=yes&embed=true",
        );
        assert_eq!(s, UrlState::default());
        assert_eq!(
            UrlState::parse("item=ev%2D1").selected,
            Some(Selection::record("ev-1"))
        );
        assert_eq!(UrlState::parse("item=%").selected, None);
        assert_eq!(UrlState::parse("item=%e2%82").selected, None);
        for broken in ["cell--daejeon", "cell----umkm", "cell--daejeon--", "cell--"] {
            assert_eq!(
                UrlState::parse(&format!("item={broken}")).selected,
                None,
                "{broken}"
            );
        }
    }

    /// Links written before the selection had a type open what they opened then, and are
    /// written back byte for byte: a record's id, and a cell as `cell--<partner>--<sector>`.
    #[test]
    fn old_links_to_records_and_cells_read_and_write_as_before() {
        for (query, selected) in [
            ("item=ev-2016-mou", Selection::record("ev-2016-mou")),
            ("view=timeline&item=ev-2016-mou", Selection::record("ev-2016-mou")),
            (
                "view=matrix&item=cell--daejeon--umkm",
                Selection::cell("daejeon", "umkm"),
            ),
            (
                "view=matrix&sector=ict&item=cell--daejeon--science-technology-park&lang=id",
                Selection::cell("daejeon", "science-technology-park"),
            ),
        ] {
            let state = UrlState::parse(query);
            assert_eq!(state.selected.as_ref(), Some(&selected), "{query}");
            assert_eq!(state.to_query(), query, "written back as it was");
        }
        // An escaped link reads as the plain one, and is written plain.
        let escaped = UrlState::parse("view=matrix&item=cell%2D%2Ddaejeon%2D%2Dumkm");
        assert_eq!(escaped.selected, Some(Selection::cell("daejeon", "umkm")));
        assert_eq!(escaped.to_query(), "view=matrix&item=cell--daejeon--umkm");
    }
}
