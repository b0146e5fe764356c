//! Native tests of the chart option builders: the option JSON a person's browser will draw.
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::charts::timeline::timeline_chart;
use paradiplomacy_dashboard::model::{
    date::fractional_year_to_unix_ms, parse_dataset, timeline, timeline::LaneBy, Filters, Lang, Loaded,
    RelationshipType,
};
use serde_json::Value;

fn fixture() -> Loaded {
    Loaded::new(parse_dataset(include_str!("fixtures/minimal.json")).expect("fixture loads"))
}

#[test]
fn timeline_draws_dated_events_in_partner_lanes_and_maps_clicks_back() {
    let data = fixture();
    let tl = timeline::build(&data, &Filters::default(), LaneBy::Partner);
    assert_eq!(tl.dated.len(), 2);
    assert_eq!(
        tl.undated.len(),
        1,
        "the undated event is kept apart, not given a date"
    );
    let spec = timeline_chart(&data, &tl, Lang::En, None);
    let option: Value = serde_json::from_str(&spec.json()).expect("plain JSON");
    // The partner's lane after a square of its colour (the first partner's: slot 0).
    assert_eq!(option["yAxis"]["data"], serde_json::json!(["{p0| } City B"]));
    assert_eq!(
        option["yAxis"]["axisLabel"]["rich"]["p0"]["backgroundColor"],
        "#0072B2"
    );
    assert_eq!(option["xAxis"]["type"], "time");
    // It opens on the cooperation, a year either side: 2013-01-01 to 2018-01-01.
    assert_eq!(
        option["dataZoom"][0]["startValue"].as_f64(),
        Some(1_356_998_400_000.0)
    );
    assert_eq!(
        option["dataZoom"][0]["endValue"].as_f64(),
        Some(1_514_764_800_000.0)
    );
    // The zoom bar carries no shadow of the lanes' numbers.
    assert_eq!(option["dataZoom"][0]["type"], "slider");
    assert_eq!(option["dataZoom"][0]["showDataShadow"], false);
    let series = option["series"].as_array().expect("series");
    let names: Vec<&str> = series.iter().map(|s| s["name"].as_str().unwrap_or("")).collect();
    assert_eq!(names, ["Study visit", "Signing"]);
    assert_eq!(series[1]["data"][0]["name"], "2016-05 · MoU signed");
    assert_eq!(spec.target(0, 0), Some("ev-visit"));
    assert_eq!(spec.target(1, 0), Some("ev-mou"));
    assert_eq!(spec.target(2, 0), None);
    assert!(option["aria"]["enabled"].as_bool().unwrap_or(false));
    // ECharts' own description would replace the chart's aria-label (see ChartSpec::new).
    assert_eq!(option["aria"]["label"]["enabled"], false);
}

#[test]
fn year_precision_sits_mid_year_and_month_precision_mid_month() {
    let data = fixture();
    let tl = timeline::build(&data, &Filters::default(), LaneBy::Partner);
    let spec = timeline_chart(&data, &tl, Lang::En, None);
    let option: Value = serde_json::from_str(&spec.json()).expect("plain JSON");
    let visit_x = option["series"][0]["data"][0]["value"][0]
        .as_f64()
        .unwrap_or_default();
    let mou_x = option["series"][1]["data"][0]["value"][0]
        .as_f64()
        .unwrap_or_default();
    assert_eq!(visit_x, fractional_year_to_unix_ms(2014.5));
    assert_eq!(mou_x, fractional_year_to_unix_ms(2016.0 + 4.5 / 12.0));
}

#[test]
fn the_selected_event_is_outlined_and_labels_follow_the_language() {
    let data = fixture();
    let tl = timeline::build(&data, &Filters::default(), LaneBy::Partner);
    let spec = timeline_chart(
        &data,
        &tl,
        Lang::Id,
        Some(&paradiplomacy_dashboard::model::Selection::record("ev-mou")),
    );
    let option: Value = serde_json::from_str(&spec.json()).expect("plain JSON");
    assert_eq!(
        option["series"][1]["data"][0]["itemStyle"]["borderWidth"].as_f64(),
        Some(3.0)
    );
    assert!(option["series"][0]["data"][0].get("itemStyle").is_none());
    assert_eq!(option["series"][1]["name"], "Penandatanganan");
    assert_eq!(option["yAxis"]["data"][0], "{p0| } Kota B");
}

#[test]
fn filters_narrow_the_timeline() {
    let data = fixture();
    let by_sector = Filters {
        sector: Some("sector-tech".into()),
        ..Filters::default()
    };
    // sector-ict lies under sector-tech, so both dated events stay.
    assert_eq!(timeline::build(&data, &by_sector, LaneBy::Partner).dated.len(), 2);
    let by_leaf = Filters {
        sector: Some("sector-ict".into()),
        ..Filters::default()
    };
    assert_eq!(timeline::build(&data, &by_leaf, LaneBy::Partner).dated.len(), 1);
    let by_partner = Filters {
        partner: Some("city-a".into()),
        ..Filters::default()
    };
    let tl = timeline::build(&data, &by_partner, LaneBy::Partner);
    assert_eq!(
        tl.dated.len() + tl.undated.len(),
        3,
        "city-a takes part in every event"
    );
    let period = Filters {
        from: Some(2015),
        to: Some(2016),
        ..Filters::default()
    };
    let tl = timeline::build(&data, &period, LaneBy::Partner);
    assert_eq!(
        (tl.dated.len(), tl.undated.len()),
        (1, 0),
        "2014 is outside; the undated is in no period"
    );
    let by_kind = Filters {
        kind: Some(RelationshipType::Mou),
        ..Filters::default()
    };
    assert_eq!(
        timeline::build(&data, &by_kind, LaneBy::Partner).dated.len(),
        1,
        "only the event of the MoU"
    );
}

#[test]
fn events_sharing_a_lane_and_a_date_are_stacked_not_moved_in_time() {
    let text = include_str!("fixtures/minimal.json")
        .replacen("\"date\": \"2014\"", "\"date\": \"2016-05\"", 1)
        .replacen(
            "\"relationship\": null, \"sectors\": [\"sector-tech\"]",
            "\"relationship\": \"rel-mou\", \"sectors\": [\"sector-tech\"]",
            1,
        );
    let data = Loaded::new(parse_dataset(&text).expect("valid"));
    let tl = timeline::build(&data, &Filters::default(), LaneBy::Partner);
    assert_eq!(tl.dated.len(), 2);
    assert_eq!(tl.dated[0].x, tl.dated[1].x, "the same date stays the same date");
    assert_eq!((tl.dated[0].stack, tl.dated[1].stack), ((0, 2), (1, 2)));
    let spec = timeline_chart(&data, &tl, Lang::En, None);
    let option: Value = serde_json::from_str(&spec.json()).expect("plain JSON");
    let offsets: Vec<Value> = option["series"]
        .as_array()
        .expect("series")
        .iter()
        .map(|s| s["data"][0]["symbolOffset"].clone())
        .collect();
    // Series follow the legend (study visit, then signing); the stack follows the file (MoU first).
    assert_eq!(
        offsets,
        [serde_json::json!([0.0, 11.0]), serde_json::json!([0.0, -11.0])]
    );
}

#[test]
fn lanes_can_stand_for_top_level_sectors() {
    let data = fixture();
    let tl = timeline::build(&data, &Filters::default(), LaneBy::Sector);
    let keys: Vec<&str> = tl.lanes.iter().map(|l| l.key.as_str()).collect();
    // Both dated events name a sector under "Technology"; the undated one names none.
    assert_eq!(keys, ["sector-tech", ""]);
    assert_eq!(tl.dated_lanes, 1);
    let spec = timeline_chart(&data, &tl, Lang::En, None);
    let option: Value = serde_json::from_str(&spec.json()).expect("plain JSON");
    assert_eq!(option["yAxis"]["data"], serde_json::json!(["Technology"]));
    assert_eq!(
        paradiplomacy_dashboard::charts::timeline::lane_name(&data, &tl.lanes[1], LaneBy::Sector, Lang::Id),
        "Tanpa sektor"
    );
}

#[test]
fn on_a_touch_screen_a_drag_over_the_timeline_or_the_map_is_the_page_s() {
    use paradiplomacy_dashboard::charts::map::map_chart;
    use paradiplomacy_dashboard::model::partners::partners;
    let data = fixture();
    let tl = timeline::build(&data, &Filters::default(), LaneBy::Partner);
    let mouse = timeline_chart(&data, &tl, Lang::En, None);
    let touch: Value = serde_json::from_str(&mouse.clone().for_touch().json()).expect("plain JSON");
    let mouse: Value = serde_json::from_str(&mouse.json()).expect("plain JSON");
    let inside = |o: &Value| o["dataZoom"].as_array().expect("zooms")[1].clone();
    assert_eq!(inside(&mouse)["type"], "inside");
    assert_eq!(
        inside(&mouse).get("moveOnMouseMove"),
        None,
        "a mouse drags the timeline"
    );
    assert_eq!(inside(&touch)["moveOnMouseMove"], false);
    assert_eq!(inside(&touch)["preventDefaultMouseMove"], false);
    assert_eq!(
        touch["dataZoom"][0], mouse["dataZoom"][0],
        "the slider stays as it is"
    );
    assert_eq!(touch["series"], mouse["series"]);

    let map = map_chart(
        &data,
        &partners(&data, &Filters::default()),
        paradiplomacy_dashboard::model::group::PartnerGroup::Each,
        Lang::En,
        None,
    );
    let o: Value = serde_json::from_str(&map.clone().json()).expect("plain JSON");
    assert_eq!(o["geo"]["roam"], true);
    let o: Value = serde_json::from_str(&map.for_touch().json()).expect("plain JSON");
    assert_eq!(
        o["geo"]["roam"], "scale",
        "two fingers zoom, one scrolls the page"
    );
}

#[test]
fn at_a_phone_s_width_legends_over_a_grid_scroll_in_one_row_and_sankey_labels_wrap() {
    use paradiplomacy_dashboard::charts::ChartSpec;
    let spec = ChartSpec {
        option: serde_json::json!({
            "legend": { "top": 0 },
            "grid": { "top": 40 },
            "series": [
                { "type": "sankey", "right": 160, "label": { "color": "#000" }, "data": [] },
                { "type": "bar", "data": [1] }
            ]
        }),
        targets: Vec::new(),
    };
    let o: Value = serde_json::from_str(&spec.for_narrow().json()).expect("plain JSON");
    assert_eq!(o["legend"], serde_json::json!({ "top": 0, "type": "scroll" }));
    assert_eq!(o["series"][0]["right"], 100);
    assert_eq!(o["series"][0]["label"]["width"], 88);
    assert_eq!(o["series"][0]["label"]["overflow"], "break");
    assert_eq!(
        o["series"][0]["label"]["color"], "#000",
        "the label keeps what it had"
    );
    assert_eq!(o["series"][1], serde_json::json!({ "type": "bar", "data": [1] }));
    let legends = ChartSpec {
        option: serde_json::json!({ "legend": [{ "left": 0 }, { "right": 0 }], "grid": {} }),
        targets: Vec::new(),
    }
    .for_narrow();
    assert_eq!(legends.option["legend"][1]["type"], "scroll");
    // The map's legend (no grid below it) keeps its rows: a page of it would hide statuses.
    let map = ChartSpec {
        option: serde_json::json!({ "legend": { "top": 0 }, "geo": {} }),
        targets: Vec::new(),
    }
    .for_narrow();
    assert_eq!(map.option["legend"], serde_json::json!({ "top": 0 }));
}

#[test]
fn lanes_can_group_partners_by_country_and_by_form_of_tie() {
    use paradiplomacy_dashboard::charts::timeline::lane_name;
    use paradiplomacy_dashboard::model::group::PartnerGroup;
    use paradiplomacy_dashboard::model::timeline::Timeline;
    use paradiplomacy_dashboard::model::BUNDLED_JSON;
    use std::collections::HashMap;

    let data = Loaded::new(parse_dataset(BUNDLED_JSON).expect("bundled dataset loads"));
    let by = |b: LaneBy| timeline::build(&data, &Filters::default(), b);
    let lane_of = |tl: &Timeline<'_>, id: &str, lang: Lang| {
        let placed = tl
            .all()
            .find(|p| p.event.id.as_str() == id)
            .expect("the event is placed");
        lane_name(&data, &tl.lanes[placed.lane], tl.by, lang)
    };
    for b in LaneBy::ALL {
        let tl = by(b);
        assert_eq!(
            tl.all().count(),
            data.data.events.len(),
            "{b:?} keeps every event"
        );
    }
    // The URL names partners or sectors (`lanes=`) and the grouping (`group=`) apart.
    for b in LaneBy::CHOSEN {
        assert_eq!(LaneBy::parse(b.code()), Some(b), "{b:?} in the URL and back");
    }
    assert_eq!(LaneBy::parse("country"), None);
    for g in PartnerGroup::ALL {
        assert_eq!(PartnerGroup::parse(g.code()), Some(g));
    }
    assert_eq!(
        LaneBy::grouped(LaneBy::Partner, PartnerGroup::Each),
        LaneBy::Partner
    );
    assert_eq!(
        LaneBy::grouped(LaneBy::Partner, PartnerGroup::Country),
        LaneBy::Country
    );
    assert_eq!(LaneBy::grouped(LaneBy::Partner, PartnerGroup::Type), LaneBy::Type);
    assert_eq!(
        LaneBy::grouped(LaneBy::Sector, PartnerGroup::Country),
        LaneBy::Sector,
        "sectors are no partners to group"
    );

    let country = by(LaneBy::Country);
    assert_eq!(lane_of(&country, "ev-mou-2016", Lang::En), "South Korea");
    assert_eq!(lane_of(&country, "ev-mou-2016", Lang::Id), "Korea Selatan");
    assert_eq!(lane_of(&country, "ev-miri-considered", Lang::En), "Malaysia");
    // Domestic partners and the city's own events share their country's lane.
    assert_eq!(
        lane_of(&country, "ev-banyumas-waste-adoption", Lang::En),
        "Indonesia"
    );
    assert_eq!(lane_of(&country, "ev-tangsel-founded", Lang::En), "Indonesia");
    // A grouping: the events of one partner's lane all stand in one country's lane.
    let partner = by(LaneBy::Partner);
    let mut country_of: HashMap<String, String> = HashMap::new();
    for p in partner.all() {
        let group = lane_of(&country, &p.event.id, Lang::En);
        let lane = partner.lanes[p.lane].key.clone();
        assert_eq!(
            country_of.entry(lane.clone()).or_insert(group.clone()),
            &group,
            "{lane}"
        );
    }
    assert!(
        country.lanes.len() < partner.lanes.len(),
        "fewer lanes than partners"
    );

    let form = by(LaneBy::Type);
    for (event, lang, lane) in [
        ("ev-mou-2016", Lang::En, "memorandum of understanding"),
        ("ev-loi-2015", Lang::En, "letter of intent"),
        (
            "ev-banyumas-waste-adoption",
            Lang::Id,
            "pembelajaran horizontal dalam negeri",
        ),
        ("ev-waste-to-energy", Lang::En, "business to business"),
        ("ev-tangsel-founded", Lang::En, "No relationship named"),
        ("ev-tangsel-founded", Lang::Id, "Tanpa hubungan kerja sama"),
    ] {
        assert_eq!(lane_of(&form, event, lang), lane, "{event}");
    }

    // The chart names the dated lanes, without the partners' colour squares.
    let option: Value =
        serde_json::from_str(&timeline_chart(&data, &country, Lang::En, None).json()).expect("JSON");
    let names = option["yAxis"]["data"].as_array().expect("lanes").clone();
    assert_eq!(names.len(), country.dated_lanes);
    assert!(names.contains(&Value::from("South Korea")), "{names:?}");
    assert!(
        names.iter().all(|n| !n.as_str().unwrap_or("").starts_with('{')),
        "{names:?}"
    );
}

#[test]
fn a_partner_of_no_country_has_a_lane_of_its_own_and_an_unknown_country_is_named_by_its_code() {
    use paradiplomacy_dashboard::charts::timeline::lane_name;
    use paradiplomacy_dashboard::model::BUNDLED_JSON;

    let mut dataset = parse_dataset(BUNDLED_JSON).expect("bundled dataset loads");
    for a in &mut dataset.actors {
        match a.id.as_str() {
            "daejeon" => a.country = None,
            "miri" => a.country = Some("ZZ".into()),
            _ => {}
        }
    }
    let data = Loaded::new(dataset);
    let tl = timeline::build(&data, &Filters::default(), LaneBy::Country);
    let names: Vec<String> = tl
        .lanes
        .iter()
        .map(|l| lane_name(&data, l, LaneBy::Country, Lang::En))
        .collect();
    assert!(names.contains(&"No country named".to_string()), "{names:?}");
    assert!(names.contains(&"ZZ".to_string()), "{names:?}");
}
