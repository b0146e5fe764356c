//! Native tests of the bundled story (seminar mode): it walks the paper from context to
//! recommendations, every step opens a record whose quotes are on screen, and no step's filters
//! hide the record it highlights, and what a step says (the levels a matrix step names, the
//! obstacles of the challenges step) goes no further than the paper; a story with bad references
//! is refused with JSON paths.
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::i18n::{t, Key};
use paradiplomacy_dashboard::model::index::Record;
use paradiplomacy_dashboard::model::{
    matrix, parse_dataset, Lang, LoadError, Loaded, SectorLevel, Selection, View, BUNDLED_JSON,
};
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
            View::home_of(&data, &Selection::parse(item).expect("a record or a cell")),
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

#[test]
fn a_matrix_step_speaks_only_of_levels_its_matrix_shows() {
    // A step's words about levels ('agreed', 'implemented'...) must be what the reader sees in the
    // matrix the step opens: the scope step once called Daejeon's research and development
    // 'implemented' where the paper reports a signed agreement and a request.
    let data = bundled();
    let levels = [
        SectorLevel::None,
        SectorLevel::Considered,
        SectorLevel::Explored,
        SectorLevel::Planned,
        SectorLevel::Agreed,
        SectorLevel::Implemented,
        SectorLevel::Adapted,
    ];
    let mut matrix_steps = 0;
    for step in data.data.story.iter().filter(|s| s.view == View::Matrix) {
        matrix_steps += 1;
        let m = matrix::build(&data, &step.filters.to_filters());
        let shown: Vec<SectorLevel> = m.cells.iter().flatten().filter_map(|c| c.level).collect();
        for level in levels {
            for lang in [Lang::Id, Lang::En] {
                let word = format!("'{}'", t(lang, Key::Level(level)));
                let said = [&step.caption, &step.speaker_notes]
                    .iter()
                    .any(|text| text.get(lang).contains(&word));
                assert!(
                    !said || shown.contains(&level),
                    "{}: says {word}, which no cell of its matrix shows",
                    step.id
                );
            }
        }
    }
    assert!(matrix_steps > 0, "the story has a matrix step");
    let scope = data
        .data
        .story
        .iter()
        .find(|s| s.id == "story-sector-scope")
        .expect("the scope step");
    let m = matrix::build(&data, &scope.filters.to_filters());
    assert_eq!(
        m.cell("daejeon", "research-development").and_then(|c| c.level),
        Some(SectorLevel::Agreed)
    );
}

#[test]
fn the_challenges_step_names_obstacles_among_others_as_the_abstract_does() {
    // The abstract: "Kendala yang dihadapi antara lain ..." (among others), not "the main" ones.
    let data = bundled();
    let step = data
        .data
        .story
        .iter()
        .find(|s| s.id == "story-challenges")
        .expect("the challenges step");
    let (id, en) = (&step.caption.id, &step.caption.en);
    assert!(id.contains("antara lain") && !id.contains("utama"), "{id}");
    assert!(
        en.contains("Among the obstacles") && !en.contains("main obstacles"),
        "{en}"
    );
}

fn story_view_must_be_known(mut json: serde_json::Value) {
    json["story"][0]["view"] = "slides".into();
    assert!(matches!(
        parse_dataset(&json.to_string()),
        Err(LoadError::Shape { .. })
    ));
}
