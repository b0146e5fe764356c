//! Native tests of the bundled story (seminar mode): it walks the paper from context to
//! recommendations, every step opens a record whose quotes are on screen, and no step's filters
//! hide the record it highlights; a story with bad references is refused with JSON paths.
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::model::index::Record;
use paradiplomacy_dashboard::model::{parse_dataset, Lang, LoadError, Loaded, View, BUNDLED_JSON};
use paradiplomacy_dashboard::views::detail::detail;

fn bundled() -> Loaded {
    Loaded::new(parse_dataset(BUNDLED_JSON).expect("bundled loads"))
}

#[test]
fn every_step_highlights_a_cited_record_its_filters_keep() {
    let data = bundled();
    let story = &data.data.story;
    assert!((8..=12).contains(&story.len()), "{} steps", story.len());
    for step in story {
        let item = step
            .item
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no item", step.id));
        let d = detail(&data, item, Lang::En).unwrap_or_else(|| panic!("{}: {item} has no detail", step.id));
        assert!(!d.citations.is_empty(), "{}: {item} cites nothing", step.id);
        assert_eq!(
            View::home_of(&data, item),
            step.view,
            "{}: {item} is best shown elsewhere",
            step.id
        );
        let f = step.filters.to_filters();
        let kept = match data.record(item) {
            Some(Record::Event(e)) => {
                let lane = paradiplomacy_dashboard::model::timeline::lane_actor(&data, e);
                f.keeps_event(&data, e, lane)
            }
            Some(Record::Relationship(r)) => f.keeps_relationship(&data, r),
            Some(Record::Challenge(c)) => f.keeps_challenge(&data, c),
            Some(Record::Adoption(a)) => f.keeps_adoption(&data, a),
            _ => true,
        };
        assert!(kept, "{}: the step's filters hide {item}", step.id);
        for text in [&step.title, &step.caption, &step.speaker_notes] {
            assert!(
                !text.id.trim().is_empty() && !text.en.trim().is_empty(),
                "{}",
                step.id
            );
        }
    }
    // It ends on what the paper recommends and begins with the city it studies.
    assert_eq!(
        story.first().and_then(|s| s.item.as_deref()),
        Some(data.data.focal_actor.as_str())
    );
    assert!(story
        .last()
        .and_then(|s| s.item.as_deref())
        .is_some_and(|i| i.starts_with("rec-")));
}

#[test]
fn a_story_with_bad_references_is_refused_with_paths() {
    let mut json: serde_json::Value = serde_json::from_str(BUNDLED_JSON).expect("json");
    let story = json["story"].as_array_mut().expect("story");
    story[0]["item"] = "nothing-here".into();
    story[1]["filters"] = serde_json::json!({"partner": "no-such-city", "from": 2020, "to": 2010});
    story[2]["id"] = story[3]["id"].clone();
    let Err(LoadError::Invalid(issues)) = parse_dataset(&json.to_string()) else {
        panic!("expected invalid")
    };
    let paths: Vec<&str> = issues.iter().map(|i| i.path.as_str()).collect();
    for p in [
        "$.story[0].item",
        "$.story[1].filters.partner",
        "$.story[1].filters",
        "$.story[3].id",
    ] {
        assert!(paths.contains(&p), "{p} not in {paths:?}");
    }
    story_view_must_be_known(json);
}

fn story_view_must_be_known(mut json: serde_json::Value) {
    json["story"][0]["view"] = "slides".into();
    assert!(matches!(
        parse_dataset(&json.to_string()),
        Err(LoadError::Shape { .. })
    ));
}
