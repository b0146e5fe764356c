//! Native tests of what each view computes (matrix, challenges, learning, partners, detail) and
//! of its chart option, on the small fixture and on the bundled dataset.
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::charts::{
    challenges::challenges_chart,
    learning::learning_chart,
    map::map_chart,
    matrix::{matrix_chart, LABELLED_COLUMNS},
};
use paradiplomacy_dashboard::model::group::PartnerGroup;
use paradiplomacy_dashboard::model::{
    challenges, learning, matrix, parse_dataset, partners, Filters, Lang, Loaded, RelationshipStatus,
    RelationshipType, SectorLevel, BUNDLED_JSON,
};
use paradiplomacy_dashboard::views::detail::detail;
use serde_json::Value;

fn fixture() -> Loaded {
    Loaded::new(parse_dataset(include_str!("fixtures/minimal.json")).expect("fixture loads"))
}

fn bundled() -> Loaded {
    Loaded::new(parse_dataset(BUNDLED_JSON).expect("bundled loads"))
}

fn option(json: &str) -> Value {
    serde_json::from_str(json).expect("plain JSON")
}

#[test]
fn the_matrix_tells_silence_from_none_and_takes_the_furthest_level() {
    let data = fixture();
    let m = matrix::build(&data, &Filters::default());
    assert_eq!(m.keys(), ["city-b"]);
    assert_eq!(
        m.sectors,
        ["sector-tech", "sector-ict"],
        "scope sector + every touched sector"
    );
    let tech = m.cell("city-b", "sector-tech").expect("cell");
    assert_eq!(tech.level, Some(SectorLevel::None), "the paper says none");
    let ict = m.cell("city-b", "sector-ict").expect("cell");
    assert_eq!(ict.level, Some(SectorLevel::Agreed));
    assert_eq!(ict.passages.len(), 1);
    // Filtering out the past tie leaves the scope sector silent, not "none".
    let only_mou = Filters {
        kind: Some(RelationshipType::Mou),
        ..Filters::default()
    };
    let m = matrix::build(&data, &only_mou);
    assert_eq!(m.cell("city-b", "sector-tech").expect("cell").level, None);
}

/// Past `LABELLED_COLUMNS` columns, the cells' labels and every column's name would be drawn
/// over each other: the chart leaves the labels out, and names the columns that fit.
#[test]
fn a_matrix_too_wide_for_its_labels_leaves_them_out() {
    let data = fixture();
    let mut m = matrix::build(&data, &Filters::default());
    let labels = |m: &matrix::Matrix<'_>| {
        let o = option(&matrix_chart(&data, m, PartnerGroup::Each, Lang::En, None).json());
        let interval = o["xAxis"]["axisLabel"].get("interval").cloned();
        (o["series"][0]["label"]["show"].clone(), interval)
    };
    assert_eq!(
        labels(&m),
        (serde_json::json!(true), Some(serde_json::json!(0.0)))
    );
    let (column, cells) = (m.columns[0].clone(), m.cells[0].clone());
    m.columns = vec![column.clone(); LABELLED_COLUMNS];
    m.cells = vec![cells.clone(); LABELLED_COLUMNS];
    assert_eq!(
        labels(&m),
        (serde_json::json!(true), Some(serde_json::json!(0.0)))
    );
    m.columns.push(column);
    m.cells.push(cells);
    assert_eq!(
        labels(&m),
        (serde_json::json!(false), Some(serde_json::json!("auto")))
    );
}

#[test]
fn the_matrix_chart_labels_each_cell_and_leaves_silence_empty() {
    let data = fixture();
    let m = matrix::build(&data, &Filters::default());
    let spec = matrix_chart(
        &data,
        &m,
        PartnerGroup::Each,
        Lang::En,
        Some(&paradiplomacy_dashboard::model::Selection::cell(
            "city-b",
            "sector-ict",
        )),
    );
    let o = option(&spec.json());
    assert_eq!(
        o["xAxis"]["data"],
        serde_json::json!(["City B"]),
        "partners across"
    );
    assert_eq!(
        o["yAxis"]["data"],
        serde_json::json!(["Technology", "ICT"]),
        "sectors down"
    );
    let items = o["series"][0]["data"].as_array().expect("items");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["value"][3], "– 1");
    assert_eq!(items[1]["value"][3], "◕ 1");
    assert_eq!(items[1]["name"], "City B × ICT: agreed (1 passages)");
    assert_eq!(items[1]["itemStyle"]["borderWidth"], 3);
    assert_eq!(spec.target(0, 1), Some("cell--city-b--sector-ict"));
    let silent = matrix::build(
        &data,
        &Filters {
            kind: Some(RelationshipType::Mou),
            ..Filters::default()
        },
    );
    let o = option(&matrix_chart(&data, &silent, PartnerGroup::Each, Lang::En, None).json());
    assert_eq!(
        o["series"][0]["data"].as_array().map(Vec::len),
        Some(1),
        "the silent cell draws nothing"
    );
    assert_eq!(o["aria"]["enabled"], true);
    assert_eq!(
        o["visualMap"][0]["dimension"]
            .as_f64()
            .or(o["visualMap"]["dimension"].as_f64()),
        Some(2.0),
        "colour follows the level, not the label"
    );
}

#[test]
fn challenges_are_counted_by_category_and_partner_with_a_general_column() {
    let data = fixture();
    let b = challenges::build(&data, &Filters::default(), PartnerGroup::Each);
    assert_eq!(b.categories, ["cc-money"]);
    assert_eq!(b.partners, ["city-b", challenges::GENERAL]);
    assert_eq!(b.counts, [[1, 1]]);
    let spec = challenges_chart(&data, &b, Lang::Id);
    let o = option(&spec.json());
    assert_eq!(o["series"][1]["name"], "Umum (tanpa mitra tertentu)");
    assert_eq!(
        o["aria"]["decal"]["show"], true,
        "bars carry patterns, not colour alone"
    );
    assert_eq!(
        o["aria"]["label"],
        serde_json::json!({ "enabled": false }),
        "no `label: null` (ECharts 5.5 throws on it), and no generated description"
    );
    let by_sector = Filters {
        sector: Some("sector-ict".into()),
        ..Filters::default()
    };
    assert_eq!(
        challenges::build(&data, &by_sector, PartnerGroup::Each).counts,
        [[1]]
    );
}

#[test]
fn challenges_can_be_split_by_the_form_of_tie_or_the_country_of_their_partners() {
    let data = bundled();
    let none = Filters::default();
    let names = |b: &challenges::Breakdown<'_>| -> Vec<String> {
        let o = option(&challenges_chart(&data, b, Lang::En).json());
        o["series"]
            .as_array()
            .expect("series")
            .iter()
            .map(|s| s["name"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let total = |b: &challenges::Breakdown<'_>, key: &str| -> usize {
        let col = b.partners.iter().position(|p| *p == key).expect("a column");
        b.counts.iter().map(|row| row[col]).sum()
    };
    // The paper's contrast: the government-to-government MoU, domestic learning, business ties.
    let form = challenges::build(&data, &none, PartnerGroup::Type);
    let seen = names(&form);
    for name in [
        "memorandum of understanding",
        "domestic horizontal learning",
        "business to business",
    ] {
        assert!(seen.contains(&name.to_string()), "{seen:?}");
    }
    // A challenge of two Daejeon ties (MoU and cooperation agreement) counts once for each form;
    // one of DKI Jakarta and Banyumas, both domestic learning, once for the form.
    let each = challenges::build(&data, &none, PartnerGroup::Each);
    assert_eq!(total(&form, "domestic_horizontal_learning"), 1);
    assert_eq!(total(&each, "dki-jakarta") + total(&each, "banyumas"), 2);
    assert_eq!(total(&form, "cooperation_agreement"), 1);
    // Challenges of no relationship stay general, whatever the grouping.
    assert_eq!(
        total(&form, challenges::GENERAL),
        total(&each, challenges::GENERAL)
    );

    let country = challenges::build(&data, &none, PartnerGroup::Country);
    let seen = names(&country);
    assert!(
        seen.contains(&"South Korea".to_string()) && seen.contains(&"Indonesia".to_string()),
        "{seen:?}"
    );
    assert_eq!(
        total(&country, "KR"),
        total(&each, "daejeon"),
        "Daejeon is the one Korean partner"
    );

    // With a partner chosen, only its groups: Daejeon's forms of tie, Daejeon's country.
    let daejeon = Filters {
        partner: Some("daejeon".into()),
        ..Filters::default()
    };
    let b = challenges::build(&data, &daejeon, PartnerGroup::Type);
    assert!(
        b.partners
            .iter()
            .all(|p| ["mou", "cooperation_agreement", challenges::GENERAL].contains(p)),
        "{:?}",
        b.partners
    );
    let b = challenges::build(&data, &daejeon, PartnerGroup::Country);
    assert!(
        b.partners.iter().all(|p| ["KR", challenges::GENERAL].contains(p)),
        "{:?}",
        b.partners
    );
}

#[test]
fn an_empty_stack_part_is_no_value_not_a_zero_bar() {
    let data = bundled();
    let b = challenges::build(&data, &Filters::default(), PartnerGroup::Each);
    let o = option(&challenges_chart(&data, &b, Lang::En).json());
    let series = o["series"].as_array().expect("series");
    for (col, s) in series.iter().enumerate() {
        for (row, v) in s["data"].as_array().expect("data").iter().enumerate() {
            match b.counts[row][col] {
                0 => assert_eq!(v, "-", "nothing to draw, no \"0\" label"),
                n => assert_eq!(v.as_u64(), Some(n as u64)),
            }
        }
    }
    assert!(
        b.counts.iter().flatten().any(|n| *n == 0),
        "the bundled data has empty parts"
    );
}

#[test]
fn learning_flows_run_from_source_to_practice_to_outcome() {
    let data = fixture();
    let kept = learning::kept(&data, &Filters::default());
    let spec = learning_chart(&data, &kept, Lang::En);
    let o = option(&spec.json());
    let names: Vec<&str> = o["series"][0]["data"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter_map(|n| n["name"].as_str())
        .collect();
    assert_eq!(names, ["City B", "Gallery", "adapted"]);
    assert_eq!(o["series"][0]["links"].as_array().map(Vec::len), Some(2));
    assert_eq!(spec.target(0, 0), Some("city-b"));
    assert_eq!(spec.target(0, 1), Some("ad-gallery"));
    let elsewhere = Filters {
        partner: Some("city-a".into()),
        ..Filters::default()
    };
    assert!(learning::kept(&data, &elsewhere).is_empty());
}

/// A valid dataset with nothing in it but the city it is about.
fn empty() -> Loaded {
    let mut d = parse_dataset(include_str!("fixtures/minimal.json")).expect("fixture loads");
    d.actors.retain(|a| a.id == d.focal_actor);
    d.sectors.clear();
    d.relationships.clear();
    d.events.clear();
    d.challenge_categories.clear();
    d.challenges.clear();
    d.adoptions.clear();
    d.findings.clear();
    Loaded::new(d)
}

/// The learning flows, the map, the matrix and the challenges of `data`, with no filter and
/// partners ungrouped, in English.
fn charts(data: &Loaded) -> [paradiplomacy_dashboard::charts::ChartSpec; 4] {
    let none = Filters::default();
    [
        learning_chart(data, &learning::kept(data, &none), Lang::En),
        map_chart(
            data,
            &partners::partners(data, &none),
            PartnerGroup::Each,
            Lang::En,
            None,
        ),
        matrix_chart(
            data,
            &matrix::build(data, &none),
            PartnerGroup::Each,
            Lang::En,
            None,
        ),
        challenges_chart(
            data,
            &challenges::build(data, &none, PartnerGroup::Each),
            Lang::En,
        ),
    ]
}

#[test]
fn with_nothing_to_draw_no_chart_hands_echarts_a_series_it_cannot_build() {
    // ECharts throws on a sankey (or any series) whose data is missing; charming leaves an
    // empty list out of the option, so a series with no data must not be there at all.
    let [learning, map, matrix, challenges] = charts(&empty());
    for (name, spec) in [
        ("learning", learning),
        ("map", map),
        ("matrix", matrix),
        ("challenges", challenges),
    ] {
        let o = option(&spec.json());
        let series = o["series"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: a series list, even empty"));
        for s in series {
            assert!(s["data"].is_array(), "{name}: a series without data: {s}");
        }
    }
    // Filters that keep nothing of a dataset that has adoptions: the sankey goes too.
    let data = fixture();
    let elsewhere = Filters {
        partner: Some("city-a".into()),
        ..Filters::default()
    };
    let o = option(&learning_chart(&data, &learning::kept(&data, &elsewhere), Lang::En).json());
    assert_eq!(o["series"], serde_json::json!([]));
}

#[test]
fn partners_take_their_most_current_status_and_the_map_draws_only_real_places() {
    let data = fixture();
    let ps = partners::partners(&data, &Filters::default());
    assert_eq!(ps.len(), 1);
    assert_eq!(ps[0].status, RelationshipStatus::Active);
    assert_eq!(ps[0].relationships, ["rel-mou", "rel-b-past"]);
    let o = option(&map_chart(&data, &ps, PartnerGroup::Each, Lang::En, None).json());
    assert_eq!(o["geo"]["map"], "world");
    // The markers and the legend sit on their own canvas layer, so a filter change does not
    // repaint the map.
    assert_eq!(o["geo"]["zlevel"], 0);
    assert_eq!(o["legend"]["zlevel"], 1.0);
    assert!(o["series"]
        .as_array()
        .into_iter()
        .flatten()
        .all(|s| s["zlevel"] == 1));
    // The SVG map's coordinates: longitude and negated latitude, markers and frame alike.
    assert_eq!(
        o["geo"]["boundingCoords"],
        serde_json::json!([[-20.0, -70.0], [160.0, 15.0]])
    );
    // City B has no coordinates: only the focal city is drawn.
    assert_eq!(o["series"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        o["series"][0]["data"][0]["value"],
        serde_json::json!([106.7, 6.3])
    );
}

#[test]
fn every_kind_of_record_has_a_detail_with_its_passages() {
    let data = fixture();
    for id in [
        "ev-mou",
        "rel-mou",
        "ch-funds",
        "ad-gallery",
        "fd-main",
        "city-b",
        "sector-ict",
        "cc-money",
    ] {
        let d = detail(&data, id, Lang::En).unwrap_or_else(|| panic!("no detail for {id}"));
        assert!(!d.citations.is_empty(), "{id} has passages");
        assert!(!d.title.is_empty());
    }
    let cell = detail(&data, "cell--city-b--sector-ict", Lang::En).expect("cell detail");
    assert_eq!(cell.title, "City B × ICT");
    assert_eq!(cell.citations.len(), 1);
    assert!(detail(&data, "cell--city-b--nope", Lang::En).is_none());
    assert!(detail(&data, "nope", Lang::En).is_none());
}

#[test]
fn the_bundled_matrix_and_figures_say_what_the_paper_says() {
    let data = bundled();
    let m = matrix::build(&data, &Filters::default());
    let level = |p: &str, s: &str| m.cell(p, s).and_then(|c| c.level);
    assert_eq!(
        level("daejeon", "umkm"),
        Some(SectorLevel::Adapted),
        "the UMKM gallery was adapted from Daejeon"
    );
    assert_eq!(
        level("daejeon", "urban-agriculture"),
        Some(SectorLevel::Adapted),
        "vertical garden"
    );
    assert_eq!(level("miri", "modern-agriculture"), Some(SectorLevel::Considered));
    assert_eq!(
        level("banyumas", "waste-reduction"),
        Some(SectorLevel::Implemented)
    );
    assert_eq!(
        level("frankfurt", "education"),
        None,
        "the paper is silent on Frankfurt's sectors"
    );
    let figures = partners::key_figures(&data, &Filters::default());
    let partner_ids: Vec<&str> = partners::partners(&data, &Filters::default())
        .iter()
        .map(|p| p.actor.id.as_str())
        .collect();
    for named in [
        "daejeon",
        "miri",
        "kathmandu",
        "frankfurt",
        "timra",
        "banyumas",
        "dki-jakarta",
    ] {
        assert!(partner_ids.contains(&named), "{named} is a partner");
    }
    assert_eq!(figures.partners, partner_ids.len());
    let headline: Vec<&str> = data
        .data
        .findings
        .iter()
        .filter(|f| f.headline)
        .map(|f| f.id.as_str())
        .collect();
    assert!(headline.contains(&"fd-symbolic-not-implemented"));
}

#[test]
fn search_finds_titles_texts_and_quotes_ignoring_case_and_accents() {
    use paradiplomacy_dashboard::views::search::search;
    let data = bundled();
    let hits = search(&data, "timra", Lang::En);
    assert_eq!(
        hits.first().map(|h| h.id.as_str()),
        Some("timra"),
        "Timrå found without its accent"
    );
    let hits = search(&data, "VERTICAL garden", Lang::En);
    assert!(hits.iter().any(|h| h.id == "ad-vertical-garden"));
    // A phrase only in a quote finds the record that cites it.
    let hits = search(&data, "anggrek", Lang::En);
    assert!(!hits.is_empty() && hits.iter().all(|h| h.rank >= 1), "{hits:?}");
    assert!(
        search(&data, "a", Lang::En).is_empty(),
        "one letter is not a search"
    );
    assert!(search(&data, "zzzz-nothing", Lang::En).is_empty());
    let titles = search(&data, "daejeon", Lang::Id);
    assert!(
        titles.windows(2).all(|w| w[0].rank <= w[1].rank),
        "best matches first"
    );
}

#[test]
fn a_partner_filter_keeps_the_matrix_sectors_and_that_partner_cells() {
    let data = bundled();
    let all = matrix::build(&data, &Filters::default());
    for partner in ["daejeon", "miri"] {
        let one = matrix::build(
            &data,
            &Filters {
                partner: Some(partner.into()),
                ..Filters::default()
            },
        );
        // The same sectors (the chart keeps its shape), one partner, and its cells as they are
        // without the filter, silence included.
        assert_eq!(one.sectors, all.sectors, "{partner}");
        assert_eq!(one.keys(), [partner]);
        for cell in &one.cells[0] {
            assert_eq!(Some(cell), all.cell(partner, cell.sector), "{partner}");
        }
        assert!(
            one.cells[0].iter().any(|c| c.level.is_none()),
            "{partner}: somewhere the paper is silent"
        );
    }
}

#[test]
fn a_matrix_past_its_limit_keeps_the_most_cited_partners_and_counts_the_rest() {
    let data = bundled();
    let none = Filters::default();
    let whole = matrix::build(&data, &none);
    assert!(whole.columns.len() > 3);
    let cited = |m: &matrix::Matrix, p: &str| -> usize {
        let row = m
            .keys()
            .iter()
            .position(|x| *x == p)
            .expect("partner in the matrix");
        m.cells[row].iter().map(|c| c.passages.len()).sum()
    };
    // The expected top three: the whole matrix's partners by passages, most first, stable.
    let mut expected = whole.keys();
    expected.sort_by_key(|p| std::cmp::Reverse(cited(&whole, p)));
    expected.truncate(3);

    let (top, hidden) = matrix::build_top(&data, &none, Default::default(), 3);
    assert_eq!(top.keys(), expected);
    assert_eq!(hidden, whole.columns.len() - 3);
    assert_eq!(top.sectors, whole.sectors, "the columns do not change");
    for (row, p) in top.keys().iter().enumerate() {
        let full = whole.keys().iter().position(|x| x == p).expect("kept partner");
        assert_eq!(
            top.cells[row], whole.cells[full],
            "{p}: the same cells as in the whole matrix"
        );
    }
    // Within the limit, the matrix is the whole one, in file order.
    let (all, hidden) = matrix::build_top(&data, &none, Default::default(), whole.columns.len());
    assert_eq!((all, hidden), (whole, 0));
}

/// Every view's model, on the bundled dataset, with no filter.
fn models(data: &Loaded, lang: Lang) -> Vec<paradiplomacy_dashboard::views::ViewModel> {
    use paradiplomacy_dashboard::views::{build, Query};
    let none = Filters::default();
    paradiplomacy_dashboard::model::View::ALL
        .iter()
        .map(|v| build(*v, &Query::new(data, &none, lang)))
        .collect()
}

#[test]
fn every_view_lists_what_its_tables_show_and_every_listed_record_opens() {
    let data = bundled();
    for m in models(&data, Lang::En) {
        assert!(!m.listed.is_empty(), "{:?} lists something", m.view);
        for id in &m.listed {
            assert!(
                detail(&data, id, Lang::En).is_some(),
                "{:?}: {id} opens in the detail panel",
                m.view
            );
        }
        let in_tables: Vec<&str> = m.tables.iter().flat_map(|t| t.records()).collect();
        if m.view == paradiplomacy_dashboard::model::View::Overview {
            // The overview also lists its headline findings and each partner's ties.
            assert!(in_tables.iter().all(|id| m.listed.iter().any(|l| l == id)));
        } else {
            assert_eq!(
                m.listed, in_tables,
                "{:?}: the downloads follow the tables",
                m.view
            );
        }
        for t in &m.tables {
            // A group heading spans its rows: the rows under it have one cell less.
            let mut spanned = 0;
            for row in &t.rows {
                let group = row.cells.iter().find_map(|c| match c {
                    paradiplomacy_dashboard::views::Cell::Group { span, .. } => Some(*span),
                    _ => None,
                });
                let under = match group {
                    Some(span) => {
                        spanned = span - 1;
                        0
                    }
                    None if spanned > 0 => {
                        spanned -= 1;
                        1
                    }
                    None => 0,
                };
                assert_eq!(
                    row.cells.len() + under,
                    t.columns.len(),
                    "{:?}: a cell under every heading",
                    m.view
                );
            }
        }
    }
}

#[test]
fn the_matrix_lists_its_cells_sector_by_sector_as_its_table_reads() {
    use paradiplomacy_dashboard::views::{build, Query};
    let data = fixture();
    let none = Filters::default();
    let m = build(
        paradiplomacy_dashboard::model::View::Matrix,
        &Query::new(&data, &none, Lang::En),
    );
    assert_eq!(
        m.listed,
        ["cell--city-b--sector-tech", "cell--city-b--sector-ict"],
        "one row per sector, in the matrix's sector order"
    );
    let table = m.table().expect("a table");
    assert_eq!(table.columns, ["Sector", "City B"]);
    assert_eq!(table.rows[0].key, "sector-tech");
}

#[test]
fn a_view_model_speaks_the_readers_language() {
    let data = bundled();
    let (id, en) = (models(&data, Lang::Id), models(&data, Lang::En));
    for (i, e) in id.iter().zip(&en) {
        assert_eq!(
            i.listed, e.listed,
            "{:?}: the same records in either language",
            i.view
        );
        let (ti, te) = (&i.tables[0], &e.tables[0]);
        assert_ne!(ti.caption, te.caption, "{:?}: the caption is translated", i.view);
        assert_ne!(
            ti.columns, te.columns,
            "{:?}: the headings are translated",
            i.view
        );
    }
}

#[test]
fn the_matrix_keys_its_colours_on_the_page_not_in_the_chart() {
    use paradiplomacy_dashboard::views::{build, Extra, Query};
    let data = fixture();
    let none = Filters::default();
    let m = build(
        paradiplomacy_dashboard::model::View::Matrix,
        &Query::new(&data, &none, Lang::Id),
    );
    let Extra::Matrix { legend, .. } = &m.extra else {
        panic!("the matrix's own parts");
    };
    let labels: Vec<&str> = legend.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels.len(), 7, "every level");
    assert_eq!(labels[0], "tidak ada", "in the reader's language");
    assert_eq!(legend[6].glyph, "★");
    let o = option(&m.chart.expect("a chart").spec.json());
    let map = if o["visualMap"].is_array() {
        &o["visualMap"][0]
    } else {
        &o["visualMap"]
    };
    assert_eq!(map["show"], false, "the chart draws no legend of its own");
}

/// `schema` with its story step's list of views replaced by `codes`, written as the file writes
/// it; `None` if the list is not where a story step's `view` is.
fn with_views(schema: &str, codes: &[&str]) -> Option<String> {
    let step = schema.find("\"StoryStep\"")?;
    let view = step + schema[step..].find("\"view\": {")?;
    let open = view + schema[view..].find('[')?;
    let close = open + schema[open..].find(']')?;
    let indent = schema[..close].rsplit('\n').next()?;
    let item = format!("\n{indent}  ");
    let list: Vec<String> = codes.iter().map(|c| format!("{item}\"{c}\"")).collect();
    Some(format!(
        "{}[{}\n{indent}{}",
        &schema[..open],
        list.join(","),
        &schema[close..]
    ))
}

/// The dataset's schema lists the views a story step may open; the end-to-end tests read their
/// list of views from there (e2e/pages/dashboard.mjs). The list follows `View::ALL`: when a view
/// is added, `UPDATE_SCHEMA=1 cargo test --test views_model` writes it into data/schema.json
/// (`make schema-views`), so it is never typed by hand.
#[test]
fn the_schema_lists_the_views_the_app_has_in_its_order() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/schema.json");
    let schema = std::fs::read_to_string(path).expect("data/schema.json");
    let codes: Vec<&str> = paradiplomacy_dashboard::model::View::ALL
        .iter()
        .map(|v| v.code())
        .collect();
    let expected = with_views(&schema, &codes).expect("the story step's view list");
    let parsed: Value = serde_json::from_str(&expected).expect("schema JSON");
    let listed: Vec<&str> = parsed["$defs"]["StoryStep"]["properties"]["view"]["enum"]
        .as_array()
        .expect("the story step's view list")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(listed, codes, "the list is written where the schema reads it");
    if expected != schema {
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &expected).expect("data/schema.json written");
        } else {
            panic!(
                "data/schema.json's story step views differ from View::ALL ({codes:?}): \
                 run `make schema-views` to write them"
            );
        }
    }
}

#[test]
fn the_schema_view_list_is_rewritten_in_place() {
    let schema = "{\n  \"$defs\": {\n    \"StoryStep\": {\n      \"properties\": {\n        \"view\": {\n          \"enum\": [\n            \"a\"\n          ]\n        },\n        \"item\": {\"enum\": [\"x\"]}\n      }\n    }\n  }\n}\n";
    let written = with_views(schema, &["a", "b"]).expect("found");
    assert_eq!(
        written,
        schema.replace("\"a\"\n", "\"a\",\n            \"b\"\n"),
        "only the list changes, indented as the file is"
    );
    assert_eq!(with_views(&written, &["a"]).as_deref(), Some(schema));
}

/// Every view has a name and an introduction in every language, names told apart, and the
/// languages agree on which views have a chart label and a table caption.
#[test]
fn every_view_has_its_words_in_every_language() {
    use paradiplomacy_dashboard::i18n::languages::words;
    use paradiplomacy_dashboard::model::View;
    for lang in Lang::ALL {
        let titles: std::collections::HashSet<&str> =
            View::ALL.iter().map(|v| words(lang).view(*v).title).collect();
        assert_eq!(titles.len(), View::ALL.len(), "{lang:?}: two views share a name");
        for view in View::ALL {
            let w = words(lang).view(view);
            assert!(!w.title.is_empty() && !w.intro.is_empty(), "{lang:?} {view:?}");
            let first = words(Lang::ALL[0]).view(view);
            assert_eq!(
                (w.chart.is_some(), w.table.is_some()),
                (first.chart.is_some(), first.table.is_some()),
                "{lang:?} {view:?}"
            );
        }
    }
}

/// A view model names its chart and captions its table with its own view's words, and only
/// with words its view has.
#[test]
fn a_view_model_asks_only_for_the_words_its_view_has() {
    use paradiplomacy_dashboard::i18n::{languages::words, Key};
    let data = bundled();
    for lang in Lang::ALL {
        for m in models(&data, lang) {
            let w = words(lang).view(m.view);
            let chart = m.chart.as_ref().map(|c| c.label);
            assert_eq!(chart.is_some(), w.chart.is_some(), "{lang:?} {:?}", m.view);
            if let Some(label) = chart {
                assert_eq!(label, Key::ChartLabel(m.view), "{lang:?}");
            }
            if let Some(caption) = w.table {
                let table = m.table().expect("the view's table");
                assert_eq!(table.caption, caption, "{lang:?} {:?}", m.view);
            }
        }
    }
}

#[test]
fn only_the_partner_map_draws_on_the_world_map() {
    // A page loads the world map's script only for a chart that names it (`ChartSpec::maps`).
    let [learning, map, matrix, challenges] = charts(&fixture());
    assert_eq!(map.maps(), vec!["world"]);
    for spec in [learning, matrix, challenges] {
        assert!(spec.maps().is_empty(), "{:?}", spec.maps());
    }
}

#[test]
fn each_chart_names_the_parts_of_echarts_it_draws_with() {
    // A page loads the parts of ECharts its charts name (`ChartSpec::parts`,
    // tools/echarts-parts.mjs), and only those: the core, each series' type, and the
    // components that are parts of their own.
    use paradiplomacy_dashboard::charts::timeline::timeline_chart;
    use paradiplomacy_dashboard::model::timeline::{self, LaneBy};
    let data = fixture();
    let [learning, map, matrix, challenges] = charts(&data);
    let tl = timeline::build(&data, &Filters::default(), LaneBy::Partner);
    let timeline = timeline_chart(&data, &tl, Lang::En, None);
    assert_eq!(learning.parts(), vec!["core", "sankey"]);
    assert_eq!(map.parts(), vec!["core", "scatter", "geo"]);
    assert_eq!(matrix.parts(), vec!["core", "heatmap", "visualMap"]);
    assert_eq!(challenges.parts(), vec!["core", "bar"]);
    assert_eq!(timeline.parts(), vec!["core", "scatter", "dataZoom"]);
}

/// The matrix with partners grouped: a closed group's cell is its partners' joined (the
/// furthest level, every passage) through the relationships of that group only; an opened group
/// is its partners' columns, in its place; the downloads list every partner's cells either way.
#[test]
fn the_matrix_groups_partners_into_columns_that_open() {
    use paradiplomacy_dashboard::charts::matrix::OPEN_GROUP;
    use paradiplomacy_dashboard::model::matrix::{Column, Grouping};
    use paradiplomacy_dashboard::views::{build, Extra, Query};
    let data = bundled();
    let none = Filters::default();
    for group in [PartnerGroup::Country, PartnerGroup::Type] {
        let grouping = Grouping { group, open: &[] };
        let (m, hidden) = matrix::build_top(&data, &none, grouping, usize::MAX);
        assert_eq!(hidden, 0);
        assert!(
            m.columns.iter().all(|c| matches!(c, Column::Group { .. })),
            "{group:?}"
        );
        // Each relationship in exactly one group, and each group's cells from its own.
        let mut members = 0;
        for (column, cells) in m.columns.iter().zip(&m.cells) {
            let key = column.key();
            let ties: Vec<_> = (data.data.relationships.iter())
                .filter(|r| group.key(&data, &r.partner, Some(r)) == key)
                .collect();
            assert!(!ties.is_empty(), "{group:?} {key}");
            for p in column.members() {
                assert!(ties.iter().any(|r| r.partner == p), "{key} holds {p}");
            }
            members += column.members().len();
            for cell in cells {
                let links: Vec<_> = (ties.iter())
                    .flat_map(|r| r.sectors.iter())
                    .filter(|l| l.sector == cell.sector)
                    .collect();
                assert_eq!(
                    cell.level,
                    links.iter().map(|l| l.level).max(),
                    "{key} × {}",
                    cell.sector
                );
                assert_eq!(
                    cell.passages.len(),
                    links.iter().map(|l| l.citations.len()).sum::<usize>(),
                    "{key} × {}",
                    cell.sector
                );
            }
        }
        let each = matrix::build(&data, &none);
        if group == PartnerGroup::Country {
            assert_eq!(members, each.columns.len(), "a partner has one country");
        } else {
            assert!(
                members > each.columns.len(),
                "a partner reached through several forms of tie"
            );
        }
        assert_eq!(m.sectors, each.sectors, "the sectors do not change");

        // The view: its groups' buttons, a chart whose group cells open their group, and the
        // downloads listing every partner's cells as the ungrouped matrix does.
        let mut q = Query::new(&data, &none, Lang::En);
        let plain = build(paradiplomacy_dashboard::model::View::Matrix, &q);
        q.group = group;
        let grouped = build(paradiplomacy_dashboard::model::View::Matrix, &q);
        let (mut a, mut b) = (plain.listed.clone(), grouped.listed.clone());
        a.sort();
        b.sort();
        assert_eq!(a, b, "{group:?}: the same cells listed");
        let Extra::Matrix { groups, .. } = &grouped.extra else {
            panic!("the matrix's extra")
        };
        assert_eq!(groups.len(), m.columns.len());
        assert!(groups.iter().all(|g| !g.open));
        let spec = &grouped.chart.as_ref().expect("a chart").spec;
        assert!(spec.targets[0].iter().all(|t| t.starts_with(OPEN_GROUP)));
        let table = grouped.table().expect("a table");
        assert!(
            table.records().next().is_none(),
            "a closed group's cell is no record"
        );
        assert_eq!(table.columns.len(), m.columns.len() + 1);
    }

    // Opened: the form of tie "business to business" becomes its two partners, where it was,
    // each with its cells of that form only (the Chinese cities are reached otherwise too).
    let open = ["business_to_business".to_string()];
    let grouping = Grouping {
        group: PartnerGroup::Type,
        open: &open,
    };
    let closed = matrix::build_top(
        &data,
        &none,
        Grouping {
            open: &[],
            ..grouping
        },
        usize::MAX,
    )
    .0;
    let at = closed
        .keys()
        .iter()
        .position(|k| *k == "business_to_business")
        .expect("the group");
    let (m, _) = matrix::build_top(&data, &none, grouping, usize::MAX);
    assert_eq!(m.columns.len(), closed.columns.len() + 1);
    assert_eq!(
        m.columns[at..at + 2],
        [
            Column::Partner {
                partner: "china-cities",
                group: Some("business_to_business")
            },
            Column::Partner {
                partner: "sinar-mas-land",
                group: Some("business_to_business")
            },
        ]
    );
    let b2b: Vec<&str> = (data.data.relationships.iter())
        .filter(|r| r.partner == "china-cities" && r.kind.code() == "business_to_business")
        .map(|r| r.id.as_str())
        .collect();
    for cell in &m.cells[at] {
        assert!(
            cell.relationships.iter().all(|r| b2b.contains(r)),
            "{:?}",
            cell.relationships
        );
    }
    let mut q = Query::new(&data, &none, Lang::En);
    q.group = PartnerGroup::Type;
    q.open = &open;
    let view = build(paradiplomacy_dashboard::model::View::Matrix, &q);
    let Extra::Matrix { groups, .. } = &view.extra else {
        panic!("the matrix's extra")
    };
    // Cut, a grouped matrix counts its columns, groups and partners, and says so.
    let mut few = q;
    few.partners_shown = Some(2);
    let Extra::Matrix { cut, .. } = build(paradiplomacy_dashboard::model::View::Matrix, &few).extra else {
        panic!("the matrix's extra")
    };
    use paradiplomacy_dashboard::i18n::Key;
    assert_eq!(
        (cut.shown, cut.what, cut.more),
        (2, Key::MatrixTopColumns, Key::ShowMoreColumns)
    );
    let opened: Vec<_> = groups.iter().filter(|g| g.open).collect();
    assert_eq!(opened.len(), 1);
    assert_eq!(opened[0].text, "business to business (2 partners)");
    let table = view.table().expect("a table");
    assert!(
        table
            .columns
            .iter()
            .any(|c| c == "business to business · Sinar Mas Land (BSD City)"),
        "{:?}",
        table.columns
    );
    assert!(
        table
            .records()
            .any(|id| id == "cell--sinar-mas-land--infrastructure"),
        "a partner's cell is a record"
    );
}

/// The map with partners grouped: by country, one marker per country at the country's own
/// place, sized by its partners and opening the country; by form of tie, a series per form,
/// each partner with a place in every form it is reached through.
#[test]
fn the_map_groups_partners_by_country_or_by_form_of_tie() {
    let data = bundled();
    let ps = partners::partners(&data, &Filters::default());
    let placed: Vec<&str> = (ps.iter())
        .filter(|p| {
            p.actor.coordinates.is_some()
                && p.actor.kind != paradiplomacy_dashboard::model::ActorKind::CityGroup
        })
        .map(|p| p.actor.id.as_str())
        .collect();

    let spec = map_chart(&data, &ps, PartnerGroup::Country, Lang::En, None);
    let o = option(&spec.json());
    let series = o["series"].as_array().expect("series");
    // The focal city first, then a series per country with a place.
    let korea = (series.iter().position(|s| s["name"] == "South Korea")).expect("South Korea's series");
    let marker = &series[korea]["data"][0];
    assert_eq!(marker["name"], "South Korea (1 partner)");
    assert_eq!(
        marker["value"],
        serde_json::json!([127.9, -36.5]),
        "the country's own place"
    );
    assert_eq!(spec.target(korea, 0), Some("south-korea"));
    let indonesia = (series.iter().position(|s| s["name"] == "Indonesia")).expect("Indonesia's series");
    let n: usize = (ps.iter())
        .filter(|p| p.actor.country.as_deref() == Some("ID"))
        .count();
    assert!(n >= 2);
    assert_eq!(
        series[indonesia]["data"][0]["name"],
        format!("Indonesia ({n} partners)")
    );
    let big = series[indonesia]["data"][0]["symbolSize"]
        .as_f64()
        .expect("a size");
    assert!(
        big > marker["symbolSize"].as_f64().expect("a size"),
        "more partners, a larger marker"
    );
    assert!(series
        .iter()
        .all(|s| s["data"].as_array().map_or(0, Vec::len) == 1));

    let spec = map_chart(&data, &ps, PartnerGroup::Type, Lang::En, None);
    let o = option(&spec.json());
    let series = o["series"].as_array().expect("series");
    let names: Vec<&str> = series.iter().filter_map(|s| s["name"].as_str()).collect();
    for form in [
        "memorandum of understanding",
        "domestic horizontal learning",
        "business to business",
    ] {
        assert!(names.contains(&form), "{names:?}");
    }
    let mut drawn: Vec<&str> = Vec::new();
    for (i, s) in series.iter().enumerate().skip(1) {
        for j in 0..s["data"].as_array().map_or(0, Vec::len) {
            drawn.extend(spec.target(i, j));
        }
    }
    for p in &placed {
        assert!(drawn.contains(p), "{p} drawn");
    }
    assert!(
        drawn.iter().all(|id| placed.contains(id)),
        "only partners with a place: {drawn:?}"
    );
    let daejeon = drawn.iter().filter(|id| **id == "daejeon").count();
    assert!(daejeon > 1, "Daejeon in each of its forms of tie");

    // The table says what the map groups by.
    use paradiplomacy_dashboard::views::{build, Cell, Query};
    let none = Filters::default();
    let row = |group: PartnerGroup| {
        let mut q = Query::new(&data, &none, Lang::En);
        q.group = group;
        let view = build(paradiplomacy_dashboard::model::View::Overview, &q);
        let table = view.table().expect("the partners' table").clone();
        let row = (table.rows.into_iter())
            .find(|r| r.key == "daejeon")
            .expect("Daejeon's row");
        row.cells
    };
    assert_eq!(row(PartnerGroup::Each)[2], Cell::Text("KR".into()));
    assert_eq!(row(PartnerGroup::Country)[2], Cell::Text("South Korea".into()));
    let Cell::Text(ties) = &row(PartnerGroup::Type)[4] else {
        panic!("the ties' cell")
    };
    assert!(
        ties.starts_with("5: ") && ties.contains("memorandum of understanding"),
        "{ties}"
    );
}

/// Past its limit the timeline's chart draws only its most cited lanes and says how many it left
/// out; the table still lists every event.
#[test]
fn the_timeline_draws_its_most_cited_lanes_and_its_table_every_event() {
    use paradiplomacy_dashboard::model::timeline::{self, LaneBy};
    use paradiplomacy_dashboard::views::{build, Extra, Query};
    let data = bundled();
    let none = Filters::default();
    let whole = timeline::build(&data, &none, LaneBy::Partner);
    assert!(whole.dated_lanes > 2);
    let cited = |tl: &timeline::Timeline, lane: &str| -> usize {
        (tl.dated.iter())
            .filter(|p| tl.lanes[p.lane].key == lane)
            .map(|p| p.event.citations.len())
            .sum()
    };
    let mut expected: Vec<String> = whole.lanes[..whole.dated_lanes]
        .iter()
        .map(|l| l.key.clone())
        .collect();
    expected.sort_by_key(|k| std::cmp::Reverse(cited(&whole, k)));
    expected.truncate(2);

    let mut cut = whole.clone();
    assert_eq!(cut.cut_lanes(2), whole.dated_lanes - 2);
    assert_eq!(cut.dated_lanes, 2);
    let mut drawn: Vec<String> = cut.lanes[..2].iter().map(|l| l.key.clone()).collect();
    drawn.sort();
    expected.sort();
    assert_eq!(drawn, expected, "the two most cited lanes");
    for p in &cut.dated {
        assert!(p.lane < 2);
        assert_eq!(
            cited(&cut, &cut.lanes[p.lane].key),
            cited(&whole, &cut.lanes[p.lane].key)
        );
    }
    assert_eq!(cut.undated.len(), whole.undated.len(), "the undated events stay");
    for p in &cut.undated {
        let was = whole
            .undated
            .iter()
            .find(|w| w.event.id == p.event.id)
            .expect("the same event");
        assert_eq!(cut.lanes[p.lane], whole.lanes[was.lane], "in its own lane");
    }
    let mut same = whole.clone();
    assert_eq!(same.cut_lanes(whole.dated_lanes), 0);
    assert_eq!(same, whole, "within the limit, nothing changes");

    let mut q = Query::new(&data, &none, Lang::En);
    let all = build(paradiplomacy_dashboard::model::View::Timeline, &q);
    q.partners_shown = Some(2);
    let view = build(paradiplomacy_dashboard::model::View::Timeline, &q);
    let Extra::Timeline { cut, .. } = &view.extra else {
        panic!("the timeline's extra")
    };
    assert_eq!((cut.shown, cut.hidden), (2, whole.dated_lanes - 2));
    use paradiplomacy_dashboard::i18n::Key;
    assert_eq!((cut.what, cut.more), (Key::TimelineTopLanes, Key::ShowMoreLanes));
    assert_eq!(view.tables, all.tables, "the table lists every event");
    assert_eq!(view.listed, all.listed);
    let o = option(&view.chart.as_ref().expect("a chart").spec.json());
    assert_eq!(o["yAxis"]["data"].as_array().map(Vec::len), Some(2));
    // The paper's few lanes keep the style sheet's height (its baked pictures are drawn at it).
    assert_eq!(all.chart.as_ref().expect("a chart").height, None);
}

/// The partner map past its limit draws the partners with the most cited passages on their ties
/// (ties in file order) and says how many it left out; the table still lists every partner. A
/// marker per country counts every partner, so grouped by country nothing is cut.
#[test]
fn the_map_past_its_limit_draws_the_most_cited_partners_and_its_table_every_partner() {
    use paradiplomacy_dashboard::i18n::Key;
    use paradiplomacy_dashboard::views::{build, Extra, Query};
    let data = bundled();
    let none = Filters::default();
    let ps = partners::partners(&data, &none);
    let cited = |p: &partners::PartnerSummary| -> usize {
        (p.relationships.iter().filter_map(|r| data.relationship(*r)))
            .map(|r| r.citations.len() + r.sectors.iter().map(|s| s.citations.len()).sum::<usize>())
            .sum()
    };
    let mut expected: Vec<&partners::PartnerSummary> = ps.iter().collect();
    expected.sort_by_key(|p| std::cmp::Reverse(cited(p)));
    expected.truncate(3);
    let expected: Vec<String> = expected.iter().map(|p| p.actor.name.en.clone()).collect();

    let mut q = Query::new(&data, &none, Lang::En);
    let whole = build(paradiplomacy_dashboard::model::View::Overview, &q);
    let Extra::Overview { cut, .. } = &whole.extra else {
        panic!("the overview's extra")
    };
    assert_eq!(
        (cut.shown, cut.hidden),
        (ps.len(), 0),
        "the paper's partners are all drawn"
    );
    q.partners_shown = Some(3);
    let few = build(paradiplomacy_dashboard::model::View::Overview, &q);
    let Extra::Overview { cut, .. } = &few.extra else {
        panic!("the overview's extra")
    };
    assert_eq!(
        (cut.shown, cut.hidden, cut.what, cut.more),
        (3, ps.len() - 3, Key::MapTopPartners, Key::ShowMorePartners)
    );
    // The markers are those three partners' (those with a place of their own).
    let option = &few.chart.as_ref().expect("a map").spec.option;
    let mut names: Vec<String> = option["series"]
        .as_array()
        .expect("series")
        .iter()
        .skip(1)
        .flat_map(|s| s["data"].as_array().cloned().unwrap_or_default())
        .map(|d| d["name"].as_str().expect("a name").to_string())
        .collect();
    names.sort();
    assert!(names.len() <= 3 && !names.is_empty(), "{names:?}");
    assert!(
        names.iter().all(|n| expected.contains(n)),
        "{names:?} not among {expected:?}"
    );
    assert_eq!(
        few.table().expect("a table").rows.len(),
        ps.len(),
        "the table lists every partner"
    );
    // By country: a marker per country, counting every partner; nothing is cut.
    q.group = PartnerGroup::Country;
    let Extra::Overview { cut, .. } = build(paradiplomacy_dashboard::model::View::Overview, &q).extra else {
        panic!("the overview's extra")
    };
    assert_eq!(cut.hidden, 0);
}

/// The count of the dataset's passages (its key figure, counted once at load) is how many
/// citations `citations::all` lists with their paths, parts' included.
#[test]
fn count_is_how_many_all_lists() {
    use paradiplomacy_dashboard::model::citations;
    let data = bundled();
    assert_eq!(citations::count(&data.data), citations::all(&data.data).len());
    assert_eq!(data.passages(), citations::all(&data.data).len());
    assert!(citations::all(&data.data)
        .iter()
        .any(|(path, _)| path.contains(".sectors[")));
}

/// The bundled dataset with `count` more partners, each a copy of the first partner with
/// sectors (its actor and its relationship, under new ids).
fn with_partners(count: usize) -> Loaded {
    let mut data: Value = serde_json::from_str(BUNDLED_JSON).expect("bundled JSON");
    let template = (data["relationships"].as_array().expect("relationships").iter())
        .find(|r| r["sectors"].as_array().is_some_and(|s| !s.is_empty()))
        .expect("a relationship with sectors")
        .clone();
    let partner = template["partner"].as_str().expect("a partner").to_string();
    let actor = (data["actors"].as_array().expect("actors").iter())
        .find(|a| a["id"] == partner.as_str())
        .expect("its actor")
        .clone();
    for i in 1..=count {
        let id = format!("partner-s{i}");
        let mut a = actor.clone();
        a["id"] = id.clone().into();
        a["name"] = serde_json::json!({ "id": format!("Kota mitra {i}"), "en": format!("Partner city {i}") });
        a["local_name"] = Value::Null;
        data["actors"].as_array_mut().expect("actors").push(a);
        let mut r = template.clone();
        r["id"] = format!("rel-{id}").into();
        r["partner"] = id.into();
        data["relationships"]
            .as_array_mut()
            .expect("relationships")
            .push(r);
    }
    Loaded::new(parse_dataset(&data.to_string()).expect("the wider dataset loads"))
}

/// A matrix of more partners than its cells can be labelled in opens on as many as can
/// (`LABELLED_COLUMNS`), labelled, and says how many it left out; asked for more, it shows
/// another step of them, colours alone. The map keeps its own, larger step.
#[test]
fn a_wide_matrix_opens_on_the_partners_its_cells_are_labelled_in() {
    use paradiplomacy_dashboard::model::cut::PARTNERS_SHOWN;
    use paradiplomacy_dashboard::model::View;
    use paradiplomacy_dashboard::views::{build, first_shown, Extra, Query};
    let data = with_partners(60);
    let none = Filters::default();
    let total = partners::partners(&data, &none).len();
    assert!(total > 2 * LABELLED_COLUMNS, "{total} partners");
    let mut q = Query::new(&data, &none, Lang::En);
    let matrix = |q: &Query| {
        let view = build(View::Matrix, q);
        let Extra::Matrix { cut, .. } = view.extra else {
            panic!("the matrix's extra")
        };
        let o = option(&view.chart.expect("a chart").spec.json());
        let columns = o["xAxis"]["data"].as_array().map_or(0, Vec::len);
        let labelled = o["series"][0]["label"]["show"].clone();
        let table = &view.tables[0];
        assert_eq!(
            table.columns.len(),
            columns + 1,
            "the table shows the chart's columns"
        );
        (cut.shown, cut.hidden, columns, labelled)
    };
    assert_eq!(first_shown(View::Matrix), LABELLED_COLUMNS);
    assert_eq!(
        matrix(&q),
        (
            LABELLED_COLUMNS,
            total - LABELLED_COLUMNS,
            LABELLED_COLUMNS,
            Value::Bool(true)
        )
    );
    q.partners_shown = Some(2 * first_shown(View::Matrix));
    assert_eq!(
        matrix(&q),
        (
            2 * LABELLED_COLUMNS,
            total - 2 * LABELLED_COLUMNS,
            2 * LABELLED_COLUMNS,
            Value::Bool(false)
        )
    );
    assert_eq!(first_shown(View::Overview), PARTNERS_SHOWN);
    let Extra::Overview { cut, .. } = build(View::Overview, &Query::new(&data, &none, Lang::En)).extra else {
        panic!("the overview's extra")
    };
    assert_eq!(cut.shown, PARTNERS_SHOWN.min(total));
}
