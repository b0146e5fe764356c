//! Charts: pure option builders (one module per view, sharing `options::ChartSpec`) and the one
//! `<EChart/>` component (`echart`), the only code that talks to ECharts.

pub mod challenges;
pub mod echart;
pub mod learning;
pub mod map;
pub mod matrix;
pub mod options;
pub mod timeline;

pub use options::ChartSpec;

use crate::model::{palette::NO_PARTNER, Loaded};

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

/// The `itemStyle` of what belongs to no partner: grey, unpatterned.
pub(crate) fn no_partner_style() -> serde_json::Value {
    serde_json::json!({ "color": NO_PARTNER, "decal": { "symbol": "none" } })
}
