//! Native tests of the bundled dataset and of loading hostile files.
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::i18n::errors::{load_error_report, SHOWN_PROBLEMS};
use paradiplomacy_dashboard::model::{
    citations, matrix, parse_dataset, quote, validate::Problem, Filters, Lang, LoadError, Loaded,
    RelationshipType, SectorLevel, BUNDLED_JSON, MAX_DATASET_BYTES,
};
use proptest::prelude::*;

mod datasets;
use datasets::seed_paper;
use paradiplomacy_dashboard::model::sheet::ordered;

const FIXTURE: &str = include_str!("fixtures/minimal.json");
/// A small dataset that uses every field of the format (a story, legal bases, literature...).
const COMPLETE: &str = include_str!("fixtures/complete.json");

#[test]
fn the_bundled_dataset_loads_and_validates() {
    match parse_dataset(BUNDLED_JSON) {
        Ok(data) => assert!(!data.events.is_empty()),
        Err(e) => panic!("bundled dataset rejected:\n{}", e.lines().join("\n")),
    }
}

#[test]
fn every_bundled_quote_stands_verbatim_in_the_paper() {
    let paper = match seed_paper() {
        Ok(paper) => paper,
        Err(why) if std::env::var("QUOTE_CHECK").is_ok_and(|v| v == "skip") => {
            // Straight to stderr: the test harness captures `eprintln!` of a passing test.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "\n*** QUOTE_CHECK=skip: the bundled quotes were NOT checked against the paper ***\n{why}\n"
            );
            return;
        }
        Err(why) => panic!("{why}"),
    };
    let data = parse_dataset(BUNDLED_JSON).expect("bundled dataset loads");
    let (misses, total) = quote::misses(&data, &paper);
    assert_eq!(total, citations::all(&data).len());
    assert!(total > 0);
    let missing: Vec<String> = misses
        .iter()
        .map(|m| format!("{} ({}): {}", m.record, m.section, m.quote))
        .collect();
    assert!(
        missing.is_empty(),
        "quotes not found verbatim in the paper:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_fixtures_are_valid() {
    parse_dataset(FIXTURE).expect("fixture loads");
    let complete = parse_dataset(COMPLETE).expect("the complete fixture loads");
    assert!(
        !complete.story.is_empty() && !complete.legal_bases.is_empty() && !complete.literature.is_empty()
    );
}

#[test]
fn what_data_schema_json_refuses_the_dashboard_refuses() {
    let whole = ordered::values(FIXTURE).expect("fixture is an object");
    let whole_as_array = serde_json::to_string(&whole).expect("an array");
    let mut accepted = Vec::new();
    for (what, text) in [
        (
            "a language tag with markup",
            FIXTURE.replacen(
                "\"language\": \"id\"",
                "\"language\": \"id\\\" onmouseover=alert(1) x=\\\"\"",
                1,
            ),
        ),
        (
            "country xx",
            FIXTURE.replacen("\"country\": \"ID\"", "\"country\": \"xx\"", 1),
        ),
        (
            "no authors",
            FIXTURE.replacen("\"authors\": [\"A. Author\"]", "\"authors\": []", 1),
        ),
        (
            "a story year 999",
            COMPLETE.replacen("\"from\": 2014", "\"from\": 999", 1),
        ),
        (
            "the link https://",
            FIXTURE.replacen("\"url\": null", "\"url\": \"https://\"", 1),
        ),
        ("the whole dataset as an array", whole_as_array),
        (
            "a text as an array",
            FIXTURE.replacen(
                "{\"id\": \"Dataset uji minimal\", \"en\": \"Minimal test dataset\"}",
                "[\"Dataset uji minimal\", \"Minimal test dataset\"]",
                1,
            ),
        ),
        (
            "a required field left out",
            FIXTURE.replacen(", \"url\": null", "", 1),
        ),
        (
            "scope item 0",
            FIXTURE.replacen("\"scope_item\": 1,", "\"scope_item\": 0,", 1),
        ),
        (
            "an id ending in a line break",
            FIXTURE.replacen("\"fixture-minimal\"", "\"fixture-minimal\\n\"", 1),
        ),
    ] {
        assert_ne!(text, FIXTURE, "{what}: the edit applies");
        assert_ne!(text, COMPLETE, "{what}: the edit applies");
        if parse_dataset(&text).is_ok() {
            accepted.push(what);
        }
    }
    assert!(accepted.is_empty(), "accepted: {accepted:?}");
}

#[test]
fn whole_numbers_written_as_floats_and_empty_free_text_are_accepted() {
    let mut refused = Vec::new();
    for (what, text) in [
        (
            "a year written 2025.0",
            FIXTURE.replacen("\"year\": 2025", "\"year\": 2025.0", 1),
        ),
        (
            "a year written 2.025e3",
            FIXTURE.replacen("\"year\": 2025", "\"year\": 2.025e3", 1),
        ),
        (
            "an empty journal",
            FIXTURE.replacen("\"journal\": \"Jurnal\"", "\"journal\": \"\"", 1),
        ),
    ] {
        assert_ne!(text, FIXTURE, "{what}: the edit applies");
        if let Err(e) = parse_dataset(&text) {
            refused.push(format!("{what}: {e}"));
        }
    }
    assert!(refused.is_empty(), "refused: {refused:#?}");
}

#[test]
fn parser_messages_reach_the_reader_in_their_language_with_the_detail_kept() {
    let truncated = &FIXTURE[..FIXTURE.len() / 2];
    let negative = FIXTURE.replacen("\"scope_item\": 1,", "\"scope_item\": -1,", 1);
    let word = FIXTURE.replacen("\"kind\": \"city\"", "\"kind\": \"town\"", 1);
    let number_for_word = FIXTURE.replacen("\"kind\": \"city\"", "\"kind\": 5", 1);
    for (text, indonesian, english) in [
        (
            "[1, 2]",
            "$: seharusnya objek ({…}), tetapi berisi daftar ([…])",
            "$: expected an object ({…}), found a list ([…])",
        ),
        (truncated, "mungkin terpotong", "it may have been cut short"),
        (
            &number_for_word,
            "$.actors[0].kind: seharusnya salah satu kata yang diizinkan",
            "$.actors[0].kind: expected one of the allowed words",
        ),
        (
            &negative,
            "terlalu besar atau terlalu kecil",
            "too large or too small",
        ),
        (
            &word,
            "\"town\" bukan salah satu kata yang diizinkan: city, city_group",
            "\"town\" is not one of the allowed words",
        ),
        ("", "Berkas ini kosong", "The file is empty"),
    ] {
        let err = parse_dataset(text).expect_err(indonesian);
        let (id, _) = load_error_report(&err, Lang::Id, SHOWN_PROBLEMS);
        let (en, _) = load_error_report(&err, Lang::En, SHOWN_PROBLEMS);
        assert!(id[0].text.contains(indonesian), "{}", id[0].text);
        assert!(en[0].text.contains(english), "{}", en[0].text);
        for raw in [
            "expected struct",
            "EOF",
            "invalid type",
            "invalid value",
            "u32",
            "u64",
            "variant",
        ] {
            assert!(
                !id[0].text.contains(raw),
                "serde's words in the sentence: {}",
                id[0].text
            );
        }
        let detail = id[0].detail.as_deref().unwrap_or_default();
        assert!(
            detail.contains("line") && detail.contains(err_message(&err)),
            "{detail}"
        );
    }
    let unreadable = LoadError::Unreadable {
        detail: "NotReadableError".into(),
    };
    let (id, _) = load_error_report(&unreadable, Lang::Id, SHOWN_PROBLEMS);
    assert!(
        id[0].text.starts_with("Berkas tidak dapat dibaca"),
        "{}",
        id[0].text
    );
    assert!(!id[0].text.contains("JSON") && !id[0].text.contains("baris 1"));
}

/// serde's own message in `err`.
fn err_message(err: &LoadError) -> &str {
    match err {
        LoadError::Syntax { message, .. } | LoadError::Shape { message, .. } => message,
        _ => "",
    }
}

#[test]
fn broken_json_names_line_and_column() {
    let broken = FIXTURE.replacen("\"id\": \"fixture-minimal\",", "\"id\": \"fixture-minimal\"", 1);
    match parse_dataset(&broken) {
        Err(LoadError::Syntax { line, column, .. }) => {
            assert_eq!(line, 4, "the error is reported where the comma is missing");
            assert!(column > 0);
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    assert!(matches!(parse_dataset(""), Err(LoadError::Syntax { .. })));
    assert!(matches!(
        parse_dataset("{} trailing"),
        Err(LoadError::Shape { .. } | LoadError::Syntax { .. })
    ));
}

#[test]
fn a_wrong_type_names_the_json_path() {
    let wrong = FIXTURE.replacen("\"year\": 2025", "\"year\": \"2025\"", 1);
    match parse_dataset(&wrong) {
        Err(LoadError::Shape { path, message, .. }) => {
            assert_eq!(path, "$.source.year");
            assert!(message.contains("invalid type"), "{message}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
    let unknown = FIXTURE.replacen("\"focal_actor\"", "\"extra\": 1, \"focal_actor\"", 1);
    assert!(matches!(parse_dataset(&unknown), Err(LoadError::Shape { .. })));
}

#[test]
fn dangling_references_and_duplicates_are_listed_with_paths() {
    let bad = FIXTURE
        .replacen(
            "\"relationship\": \"rel-mou\"",
            "\"relationship\": \"rel-nope\"",
            1,
        )
        .replacen("\"id\": \"ev-visit\"", "\"id\": \"ev-mou\"", 1)
        .replacen("\"partner\": \"city-b\"", "\"partner\": \"sector-ict\"", 1);
    let Err(LoadError::Invalid(issues)) = parse_dataset(&bad) else {
        panic!("expected invalid")
    };
    let text: Vec<String> = issues.iter().map(ToString::to_string).collect();
    assert!(
        issues.iter().any(|i| i.path == "$.events[1].relationship"
            && matches!(&i.problem, Problem::Dangling { id, .. } if id == "rel-nope")),
        "{text:?}"
    );
    assert!(
        issues.iter().any(|i| i.path == "$.events[2].id"
            && matches!(&i.problem, Problem::DuplicateId { first, .. } if first == "$.events[1]")),
        "{text:?}"
    );
    // A reference to a record of the wrong kind is as dangling as one to nothing.
    assert!(
        issues.iter().any(|i| i.path == "$.relationships[0].partner"),
        "{text:?}"
    );
}

#[test]
fn dates_languages_quotes_and_links_are_checked() {
    let bad = FIXTURE
        .replacen("\"date\": \"2016-05\"", "\"date\": \"2016-13\"", 1)
        .replacen("\"en\": \"City B\"", "\"en\": \" \"", 1)
        .replacen("\"quote\": \"sejak 2014\"", "\"quote\": \"\"", 1)
        .replacen("\"url\": null", "\"url\": \"javascript:alert(1)\"", 1)
        .replacen(
            "\"date\": null, \"date_qualifier\": \"undated\"",
            "\"date\": null, \"date_qualifier\": \"exact\"",
            1,
        );
    let Err(LoadError::Invalid(issues)) = parse_dataset(&bad) else {
        panic!("expected invalid")
    };
    let has = |path: &str| issues.iter().any(|i| i.path == path);
    assert!(has("$.events[1].date"));
    assert!(has("$.actors[1].name.en"));
    assert!(has("$.events[2].citations[0].quote"));
    assert!(has("$.source.url"));
    assert!(has("$.events[0].date"));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(parse_dataset(&deep).is_err());
    let deep_in_field = FIXTURE.replacen(
        "\"url\": null",
        &format!("\"url\": {}1{}", "[".repeat(200), "]".repeat(200)),
        1,
    );
    assert!(parse_dataset(&deep_in_field).is_err());
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    let size = MAX_DATASET_BYTES as usize + 1;
    let big = " ".repeat(size);
    match parse_dataset(&big) {
        Err(LoadError::TooLarge { bytes, limit }) => {
            assert_eq!(bytes, size as u64);
            assert_eq!(limit, MAX_DATASET_BYTES);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn markup_in_strings_is_kept_as_text() {
    let hostile = FIXTURE.replacen(
        "\"en\": \"MoU signed\"",
        "\"en\": \"<img src=x onerror=alert(1)><script>alert(2)</script>\"",
        1,
    );
    let data = parse_dataset(&hostile).expect("markup is just text to the model");
    assert_eq!(
        data.events[1].title.en,
        "<img src=x onerror=alert(1)><script>alert(2)</script>"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn truncated_or_corrupted_files_never_panic(cut in 0usize..FIXTURE.len(), at in 0usize..FIXTURE.len(), byte in any::<u8>()) {
        let truncated: String = FIXTURE.chars().take(cut).collect();
        prop_assert!(parse_dataset(&truncated).is_err() || cut >= FIXTURE.trim_end().chars().count());
        let mut bytes = FIXTURE.as_bytes().to_vec();
        bytes[at] = byte;
        if let Ok(text) = String::from_utf8(bytes) {
            let _ = parse_dataset(&text);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = parse_dataset(&text);
    }
}

#[test]
fn the_bundled_dataset_covers_what_the_paper_names() {
    let data = parse_dataset(BUNDLED_JSON).expect("bundled dataset loads");
    let actor_ids: Vec<&str> = data.actors.iter().map(|a| a.id.as_str()).collect();
    for id in [
        "tangerang-selatan",
        "daejeon",
        "miri",
        "kathmandu",
        "frankfurt",
        "timra",
        "banyumas",
        "dki-jakarta",
    ] {
        assert!(actor_ids.contains(&id), "actor {id}");
    }
    let daejeon = data.actors.iter().find(|a| a.id == "daejeon").expect("Daejeon");
    assert_eq!(
        daejeon.local_name.as_ref().map(|n| n.text.as_str()),
        Some("대전광역시")
    );
    let mut scope: Vec<u32> = data
        .sectors
        .iter()
        .filter(|s| s.parent.is_none())
        .filter_map(|s| s.scope_item)
        .collect();
    scope.sort_unstable();
    assert_eq!(
        scope,
        [1, 2, 3, 4, 5, 6],
        "the six items of the paper's scope list"
    );
    let figures: Vec<(String, f64)> = data
        .literature
        .iter()
        .filter_map(|l| l.figure.as_ref().map(|f| (l.authors.clone(), f.value)))
        .collect();
    for (author, value) in [
        ("Mukti", 60.0),
        ("Anggia", 35.0),
        ("Septiarika", 20.0),
        ("Adinda", 45.0),
        ("Albert", 3.0),
        ("Putri", 70.0),
    ] {
        assert!(
            figures.iter().any(|(a, v)| a.starts_with(author) && *v == value),
            "{author}: {value}"
        );
    }
    let articles: Vec<&str> = data
        .legal_bases
        .iter()
        .flat_map(|b| b.provisions.iter().map(|p| p.article.as_str()))
        .collect();
    assert!(
        articles.iter().any(|a| a.contains("Pasal 361 ayat (1)")),
        "UU 23/2014 art. 361(1)"
    );
    assert!(
        articles.iter().any(|a| a.contains("Pasal 18 ayat (2)")),
        "UUD 1945 art. 18(2)"
    );
    assert!(
        data.legal_bases
            .iter()
            .any(|b| b.short.contains("25") && b.short.contains("2020")),
        "Permendagri 25/2020"
    );
    let codes: Vec<&str> = data.paradiplomacy_types.iter().map(|t| t.code.as_str()).collect();
    assert_eq!(codes, ["KSDPL", "KSDPK", "KSDD"]);
    for kind in ["improve", "maintain", "evaluate"] {
        assert!(
            data.recommendations
                .iter()
                .any(|r| serde_json::to_value(r.kind).ok() == Some(serde_json::json!(kind))),
            "a recommendation to {kind}"
        );
    }
    for id in [
        "ev-loi-2015",
        "ev-mou-2016",
        "ev-rnd-agreement-2016",
        "ev-youth-exchange-request-2017",
        "ev-periodic-evaluation",
    ] {
        assert!(data.events.iter().any(|e| e.id == id), "event {id}");
    }
    assert!(data.adoptions.len() >= 8 && data.challenges.len() >= 20);
}

fn bundled() -> Loaded {
    Loaded::new(parse_dataset(BUNDLED_JSON).expect("bundled dataset loads"))
}

#[test]
fn daejeon_research_and_development_is_agreed_as_the_paper_reports_not_implemented() {
    // The paper reports the R&D agreement signed with the 2016 MoU, and Daejeon's 2017 request for
    // a youth exchange that would let city employees do research there: nothing held.
    let data = bundled();
    let m = matrix::build(&data, &Filters::default());
    let cell = m
        .cell("daejeon", "research-development")
        .expect("the Daejeon x R&D cell");
    assert_eq!(cell.level, Some(SectorLevel::Agreed), "{:?}", cell.relationships);
    let youth = data
        .relationship("rel-daejeon-youth-exchange")
        .expect("the youth exchange");
    for link in &youth.sectors {
        assert_eq!(link.level, SectorLevel::Planned, "{}", link.sector);
        assert!(
            link.citations
                .iter()
                .any(|c| c.quote.contains("mengajukan permohonan")),
            "{}: the request is cited",
            link.sector
        );
    }
}

#[test]
fn sinar_mas_lands_work_with_a_japanese_party_is_business_to_business() {
    let data = bundled();
    let tie = data
        .relationship("rel-sinar-mas-land")
        .expect("the Sinar Mas Land tie");
    assert_eq!(tie.kind, RelationshipType::BusinessToBusiness);
    assert_eq!(tie.partner, "sinar-mas-land");
    assert_eq!(tie.other_parties, ["japanese-party"]);
    assert!(
        tie.summary.en.contains("not a party") && tie.summary.id.contains("bukan pihak"),
        "the summary says the city is not a party: {}",
        tie.summary.en
    );
}

#[test]
fn communication_barriers_are_not_laid_on_the_domestic_routes_chosen_for_their_absence() {
    let data = bundled();
    let barriers = data
        .data
        .challenges
        .iter()
        .find(|c| c.id == "ch-communication-barriers")
        .expect("the challenge");
    for partner in ["dki-jakarta", "banyumas"] {
        let only = Filters {
            partner: Some(partner.into()),
            ..Filters::default()
        };
        assert!(
            !only.keeps_challenge(&data, barriers),
            "listed among {partner}'s challenges"
        );
    }
}

#[test]
fn weak_institutional_support_is_not_laid_on_the_korean_universities_that_gave_support() {
    let data = bundled();
    let weak = data
        .data
        .challenges
        .iter()
        .find(|c| c.id == "ch-weak-institutional-support")
        .expect("the challenge");
    let korean = Filters {
        partner: Some("korea-universities".into()),
        ..Filters::default()
    };
    assert!(!korean.keeps_challenge(&data, weak));
    assert!(Filters {
        partner: Some("daejeon".into()),
        ..Filters::default()
    }
    .keeps_challenge(&data, weak));
}

#[test]
fn the_description_dates_daejeons_request_not_a_youth_exchange() {
    let data = parse_dataset(BUNDLED_JSON).expect("bundled dataset loads");
    let (id, en) = (&data.description.id, &data.description.en);
    assert!(!en.contains("2017 youth exchange"), "{en}");
    assert!(en.contains("2017 request for a youth exchange"), "{en}");
    assert!(!id.contains("pertukaran pemuda 2017"), "{id}");
    assert!(id.contains("permohonan pertukaran pemuda"), "{id}");
}

/// `text` read in pieces (`model::load::pieces`), `budget` bytes a step; `None` when the pieces
/// do not read and the whole text is to be read instead.
fn in_pieces(text: &str, budget: usize) -> Option<paradiplomacy_dashboard::model::Dataset> {
    use paradiplomacy_dashboard::model::load::pieces::Pieces;
    let mut pieces = Pieces::begin(text)?;
    let mut steps = 0;
    while !pieces.step(budget)? {
        steps += 1;
        assert!(steps <= text.len(), "every step reads something");
    }
    Some(pieces.finish())
}

/// Read a piece at a time, a dataset is what it is read whole: the bundled one, a small one with
/// every field, in steps of one element or of the whole text, and whatever the whitespace.
#[test]
fn a_dataset_read_in_pieces_is_the_dataset_read_whole() {
    use paradiplomacy_dashboard::model::load::parse_unchecked;
    let pretty =
        serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(BUNDLED_JSON).expect("JSON"))
            .expect("JSON");
    let compact = serde_json::from_str::<serde_json::Value>(BUNDLED_JSON)
        .expect("JSON")
        .to_string();
    for text in [BUNDLED_JSON, COMPLETE, pretty.as_str(), compact.as_str()] {
        let whole = parse_unchecked(text).expect("it reads whole");
        assert!(!whole.events.is_empty() && !whole.actors.is_empty() && !whole.relationships.is_empty());
        for budget in [1, 4096, usize::MAX] {
            assert_eq!(
                in_pieces(text, budget).as_ref(),
                Some(&whole),
                "in steps of {budget} bytes"
            );
        }
    }
}

/// A text that is not a dataset never reads in pieces: the whole text is read for its error.
#[test]
fn a_broken_text_never_reads_in_pieces() {
    let event = COMPLETE.find("\"events\"").expect("events");
    for broken in [
        String::new(),
        "[]".into(),
        COMPLETE.replacen("\"events\": [", "\"events\": [,", 1),
        COMPLETE.replacen("\"events\": [", "\"events\": [1, ", 1),
        format!("{}]", COMPLETE.trim_end()),
        COMPLETE[..COMPLETE.len() - 3].to_string(),
        // A second list of events: a duplicate field, as when read whole.
        format!("{}\"events\": [], {}", &COMPLETE[..event], &COMPLETE[event..]),
        COMPLETE.replacen("\"actors\": [", "\"actors\": [\"an actor\", ", 1),
    ] {
        assert!(parse_dataset(&broken).is_err(), "{broken:.80}");
        assert!(in_pieces(&broken, 1).is_none(), "{broken:.80}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Whatever is changed in a dataset's text, the pieces read exactly when the whole text
    /// reads, and read the same dataset.
    #[test]
    fn pieces_read_exactly_when_the_whole_text_does(edits in prop::collection::vec((0usize..COMPLETE.len(), prop::sample::select(vec!["", "{", "}", "[", "]", "\"", ",", ":", "\\", " ", "1", "null", "\"x\""]), 0usize..3), 1..4)) {
        use paradiplomacy_dashboard::model::load::parse_unchecked;
        let mut text = COMPLETE.to_string();
        for (at, insert, remove) in edits {
            let at = (0..=at.min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            let end = (at + remove..=text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(text.len());
            text.replace_range(at..end, insert);
        }
        let whole = parse_unchecked(&text).ok();
        prop_assert_eq!(in_pieces(&text, 64), whole);
    }
}
