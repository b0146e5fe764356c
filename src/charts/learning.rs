//! Policy learning as a sankey: source → practice → outcome. Each adoption is one unit of flow.

use charming::{
    element::{Formatter, Tooltip, Trigger},
    series::{Sankey, SankeyLink, SankeyNode},
};

use super::{no_partner_style, partner_style, Chart, ChartSpec};
use crate::i18n::{t, Key};
use crate::model::{learning, Adoption, Lang, Loaded};

/// Node names must be unique across the three columns: a repeat gets a non-breaking space.
fn unique(name: String, taken: &mut Vec<String>) -> String {
    let mut n = name;
    while taken.contains(&n) {
        n.push('\u{00a0}');
    }
    taken.push(n.clone());
    n
}

/// The sankey of `adoptions`. Clicking a source opens the partner, a practice its adoption.
///
/// With no adoptions there is no sankey at all (no series, which also takes away the one drawn
/// before): charming leaves an empty node list out of the option, and ECharts cannot build a
/// sankey without one (it throws "Cannot read properties of undefined").
pub fn learning_chart(data: &Loaded, adoptions: &[&Adoption], lang: Lang) -> ChartSpec {
    if adoptions.is_empty() {
        return ChartSpec::new(&Chart::new(), Vec::new());
    }
    let mut taken = Vec::new();
    let mut nodes = Vec::new();
    let mut targets = Vec::new();
    let sources = learning::sources(adoptions);
    let source_names: Vec<String> = sources
        .iter()
        .map(|s| unique(data.actor_name(s, lang), &mut taken))
        .collect();
    for (s, name) in sources.iter().zip(&source_names) {
        nodes.push(SankeyNode::new(name.clone()).depth(0));
        targets.push(s.to_string());
    }
    let practice_names: Vec<String> = adoptions
        .iter()
        .map(|a| unique(a.practice.get(lang).to_string(), &mut taken))
        .collect();
    for (a, name) in adoptions.iter().zip(&practice_names) {
        nodes.push(SankeyNode::new(name.clone()).depth(1));
        targets.push(a.id.to_string());
    }
    let outcomes: Vec<_> = learning::OUTCOMES
        .iter()
        .filter(|o| adoptions.iter().any(|a| a.status == **o))
        .collect();
    let outcome_names: Vec<String> = outcomes
        .iter()
        .map(|o| unique(t(lang, Key::AdoptionStatus(**o)).to_string(), &mut taken))
        .collect();
    for name in &outcome_names {
        nodes.push(SankeyNode::new(name.clone()).depth(2));
        targets.push(String::new());
    }
    let mut links = Vec::new();
    for (a, practice) in adoptions.iter().zip(&practice_names) {
        if let Some(i) = sources.iter().position(|s| *s == a.learned_from) {
            links.push(SankeyLink::from((source_names[i].clone(), practice.clone(), 1.0)));
        }
        if let Some(i) = outcomes.iter().position(|o| **o == a.status) {
            links.push(SankeyLink::from((
                practice.clone(),
                outcome_names[i].clone(),
                1.0,
            )));
        }
    }
    let chart = Chart::new()
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .formatter(Formatter::String("{b}".into())),
        )
        .series(
            Sankey::new()
                .data(nodes)
                .links(links)
                .left(8)
                .right(160)
                .top(16)
                .bottom(16),
        );
    let mut spec = ChartSpec::new(&chart, vec![targets]);
    // Each source in its partner's colour (`model::palette`), each practice in its source's, the
    // flows in the colour they leave from; the outcomes, shared by every partner, in grey.
    let node = |name: &str, depth: u8, style: serde_json::Value| serde_json::json!({ "name": name, "depth": depth, "itemStyle": style });
    let mut items: Vec<serde_json::Value> = Vec::new();
    for (s, name) in sources.iter().zip(&source_names) {
        items.push(node(name, 0, partner_style(data, s)));
    }
    for (a, name) in adoptions.iter().zip(&practice_names) {
        items.push(node(name, 1, partner_style(data, &a.learned_from)));
    }
    for name in &outcome_names {
        items.push(node(name, 2, no_partner_style()));
    }
    spec.set_series_data(0, items);
    spec.set_every_series(
        "lineStyle",
        serde_json::json!({ "color": "source", "opacity": 0.4 }),
    );
    // The nodes' patterns tell apart two partners of one colour (past the palette's seven).
    spec.with_decals()
}
