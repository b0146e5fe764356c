//! Charts: pure option builders (one module per view, each building a `chart::Chart` and sharing
//! `options::ChartSpec`) and the one `<EChart/>` component (`echart`), the only code that talks
//! to ECharts.

pub mod challenges;
mod chart;
pub mod echart;
pub mod learning;
pub mod map;
pub mod matrix;
pub mod options;
pub mod timeline;

pub use chart::Chart;
pub use options::ChartSpec;

use crate::i18n::{t, Key};
use crate::model::{
    group::PartnerGroup,
    palette::{NO_PARTNER, OKABE_ITO, PATTERNS},
    Lang, Loaded, RelationshipType,
};

/// The pattern number `n` (`model::palette::PATTERNS` of them) as an ECharts decal: dots,
/// stripes three ways, triangles, drawn in a translucent black over the partner's colour.
fn pattern(n: usize) -> serde_json::Value {
    let ink = "rgba(0, 0, 0, 0.3)";
    let stripes = |rotation: f64| {
        serde_json::json!({ "symbol": "rect", "symbolSize": 1, "dashArrayX": [1, 0],
            "dashArrayY": [2, 5], "rotation": rotation, "color": ink })
    };
    match n {
        0 => serde_json::json!({ "symbol": "circle", "symbolSize": 0.6, "dashArrayX": 7,
            "dashArrayY": 7, "color": ink }),
        1 => stripes(std::f64::consts::FRAC_PI_4),
        2 => stripes(-std::f64::consts::FRAC_PI_4),
        3 => stripes(0.0),
        _ => serde_json::json!({ "symbol": "triangle", "symbolSize": 0.8, "dashArrayX": 8,
            "dashArrayY": 8, "color": ink }),
    }
}

/// The `itemStyle` of a partner's marks (bars, flow nodes): its colour and its pattern, the same
/// in every chart and table (`model::palette`); what belongs to no partner in grey, unpatterned.
/// The pattern shows where the chart turns ECharts' decals on (`ChartSpec::with_decals`).
pub(crate) fn partner_style(data: &Loaded, partner: &str) -> serde_json::Value {
    match data.partner_colour(partner) {
        Some(c) => serde_json::json!({ "color": c.colour, "decal": pattern(c.pattern) }),
        None => no_partner_style(),
    }
}

/// The `itemStyle` of the `n`th group of partners (`model::group`) in a chart: a group has no
/// partner's colour, so the palette's colours and patterns are taken in turn.
pub(crate) fn group_style(n: usize) -> serde_json::Value {
    serde_json::json!({ "color": OKABE_ITO[n % OKABE_ITO.len()], "decal": pattern(n % PATTERNS) })
}

/// The name in `lang` of the group `key` of `group`: a partner's name, a country's, a form of
/// tie's; an empty key is the group of no country or no relationship.
pub fn group_name(data: &Loaded, group: PartnerGroup, key: &str, lang: Lang) -> String {
    match group {
        PartnerGroup::Each => data.actor_name(key, lang),
        PartnerGroup::Country if key.is_empty() => t(lang, Key::NoCountry).to_string(),
        PartnerGroup::Country => data.country_name(key, lang),
        PartnerGroup::Type => match RelationshipType::parse(key) {
            Some(kind) => t(lang, Key::RelType(kind)).to_string(),
            None => t(lang, Key::NoRelationship).to_string(),
        },
    }
}

/// The `itemStyle` of what belongs to no partner: grey, unpatterned.
pub(crate) fn no_partner_style() -> serde_json::Value {
    serde_json::json!({ "color": NO_PARTNER, "decal": { "symbol": "none" } })
}
