//! Native tests of the design's data-driven parts: one colour per partner, the same in every
//! chart and table whatever the filters, and the takeaway line above each chart, taken from the
//! dataset's findings (none when the dataset names none).
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::charts::{challenges::challenges_chart, learning::learning_chart};
use paradiplomacy_dashboard::model::group::PartnerGroup;
use paradiplomacy_dashboard::model::palette::OKABE_ITO;
use paradiplomacy_dashboard::model::validate::{validate, Problem};
use paradiplomacy_dashboard::model::{
    challenges, learning, parse_dataset, Filters, Lang, Loaded, View, BUNDLED_JSON,
};
use paradiplomacy_dashboard::views::{build, Cell, Query};
use serde_json::Value;

fn bundled() -> Loaded {
    Loaded::new(parse_dataset(BUNDLED_JSON).expect("bundled loads"))
}

fn fixture() -> Loaded {
    Loaded::new(parse_dataset(include_str!("fixtures/minimal.json")).expect("fixture loads"))
}

/// The colour of the bars named `name` in the challenges chart under `filters`.
fn bar_colour(data: &Loaded, filters: &Filters, name: &str) -> Option<String> {
    let b = challenges::build(data, filters, PartnerGroup::Each);
    let option: Value = serde_json::from_str(&challenges_chart(data, &b, Lang::En).json()).ok()?;
    option["series"]
        .as_array()?
        .iter()
        .find(|s| s["name"] == name)
        .and_then(|s| s["itemStyle"]["color"].as_str().map(str::to_string))
}

/// The palette slot of the partner `id` in a view's first table, under `filters`.
fn table_slot(data: &Loaded, view: View, filters: &Filters, id: &str) -> Option<usize> {
    let model = build(view, &Query::new(data, filters, Lang::En));
    model
        .table()?
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .find_map(|c| match c {
            Cell::Partners(names) => names.iter().find(|p| p.id == id).and_then(|p| p.slot),
            _ => None,
        })
}

#[test]
fn a_partner_has_one_colour_in_every_chart_and_table_whatever_the_filter() {
    let data = bundled();
    let none = Filters::default();
    let daejeon = data.partner_colour("daejeon").expect("Daejeon is a partner");
    let banyumas = data.partner_colour("banyumas").expect("Banyumas is a partner");
    assert_ne!(daejeon.colour, banyumas.colour);
    let name = data.actor_name("banyumas", Lang::En);
    assert_eq!(bar_colour(&data, &none, &name).as_deref(), Some(banyumas.colour));
    // Without Daejeon's bars (another partner chosen), Banyumas keeps its colour: it is the
    // dataset's, not the chart's order.
    let only = Filters {
        partner: Some("banyumas".into()),
        ..Filters::default()
    };
    assert_eq!(bar_colour(&data, &only, &name).as_deref(), Some(banyumas.colour));
    // The learning flows' source node, and the tables' squares.
    let kept = learning::kept(&data, &none);
    let option: Value = serde_json::from_str(&learning_chart(&data, &kept, Lang::En).json()).expect("JSON");
    let node = option["series"][0]["data"]
        .as_array()
        .expect("nodes")
        .iter()
        .find(|n| n["name"] == name)
        .expect("Banyumas's node");
    assert_eq!(node["itemStyle"]["color"], banyumas.colour);
    for view in [View::Overview, View::Timeline, View::Learning, View::Challenges] {
        assert_eq!(
            table_slot(&data, view, &none, "banyumas").map(|n| OKABE_ITO[n]),
            Some(banyumas.colour),
            "{view:?}'s table"
        );
    }
    assert_eq!(
        table_slot(&data, View::Learning, &only, "banyumas"),
        Some(banyumas.slot())
    );
}

#[test]
fn each_chart_has_the_takeaway_its_finding_names_in_the_readers_language() {
    let data = bundled();
    let none = Filters::default();
    for lang in [Lang::En, Lang::Id] {
        for view in View::ALL {
            let model = build(view, &Query::new(&data, &none, lang));
            let named = data.data.findings.iter().find(|f| f.takeaway_for.contains(&view));
            match (&model.takeaway, named) {
                (Some(t), Some(f)) => {
                    assert_eq!(t.text, f.title.get(lang), "{view:?}");
                    assert_eq!(t.finding, f.id.to_string());
                }
                (None, None) => assert!(model.chart.is_none(), "{view:?} has a chart: it needs a takeaway"),
                (t, f) => panic!("{view:?}: takeaway {t:?}, finding {:?}", f.map(|f| &f.id)),
            }
        }
    }
}

#[test]
fn a_dataset_that_names_no_takeaway_shows_none() {
    let data = fixture();
    let none = Filters::default();
    for view in View::ALL {
        assert_eq!(
            build(view, &Query::new(&data, &none, Lang::En)).takeaway,
            None,
            "{view:?}"
        );
    }
}

#[test]
fn two_findings_cannot_both_be_a_views_takeaway() {
    let mut value: Value = serde_json::from_str(BUNDLED_JSON).expect("JSON");
    let findings = value["findings"].as_array_mut().expect("findings");
    // The second finding sums up the challenges; the fourth claims them too.
    assert_eq!(findings[1]["takeaway_for"], serde_json::json!(["challenges"]));
    findings[3]["takeaway_for"] = serde_json::json!(["challenges"]);
    let dataset = serde_json::from_value(value).expect("a dataset");
    let issues = validate(&dataset);
    assert!(
        issues.iter().any(|i| i.path == "$.findings[3].takeaway_for[0]"
            && i.problem
                == Problem::TakeawayTaken {
                    view: "challenges",
                    first: "$.findings[1].takeaway_for[0]".into()
                }),
        "{issues:?}"
    );
}
