//! Native property tests of the notes model: any text parses without panicking and shows what
//! was typed; any set of notes survives export and import unchanged.
#![cfg(not(target_arch = "wasm32"))]

use paradiplomacy_dashboard::model::notes::markup::{parse, shown_text, Block};
use paradiplomacy_dashboard::model::notes::stored::{
    export_json, parse_file, read_record, record_json, ReadRecord,
};
use paradiplomacy_dashboard::model::notes::{Note, Target};
use proptest::prelude::*;

fn shown(text: &str) -> String {
    parse(text)
        .into_iter()
        .map(|b| match b {
            Block::Paragraph(i) => i.iter().map(shown_text).collect::<String>(),
            Block::List(items) => items
                .iter()
                .map(|i| i.iter().map(shown_text).collect::<String>())
                .collect::<Vec<_>>()
                .join("\n"),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        "[a-z0-9-]{1,40}".prop_map(|id| Target::Item { id }),
        "[a-z=&0-9-]{0,60}".prop_map(|query| Target::View { query }),
        Just(Target::Free),
    ]
}

fn note() -> impl Strategy<Value = Note> {
    (
        "[a-z0-9-]{1,64}",
        target(),
        "\\PC{0,200}",
        0u64..4_000_000_000_000,
        0u64..1_000_000,
    )
        .prop_map(|(id, target, text, created, later)| Note {
            id,
            target,
            text,
            created,
            updated: created + later,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_parses(text in "\\PC{0,300}") {
        let _ = parse(&text);
    }

    #[test]
    fn text_without_markup_is_shown_as_typed(text in "[^*`#\\[\\]\\n:/-]{1,200}") {
        let trimmed = text.trim();
        prop_assume!(!trimmed.is_empty());
        prop_assert_eq!(shown(trimmed), trimmed.to_string());
    }

    #[test]
    fn html_never_becomes_anything_but_text(tag in "[a-z]{1,8}", attr in "[a-z]{1,8}", value in "[a-z0-9()]{0,12}") {
        let text = format!("<{tag} {attr}={value}>x</{tag}>");
        prop_assert_eq!(shown(&text), text);
    }

    #[test]
    fn records_read_back(n in note()) {
        prop_assert_eq!(read_record(&record_json(&n), &n.id), ReadRecord::Note(n));
    }

    #[test]
    fn export_then_import_is_identity(notes in proptest::collection::vec(note(), 0..20)) {
        // Ids unique, as in a store.
        let mut seen = std::collections::HashSet::new();
        let notes: Vec<Note> = notes.into_iter().filter(|n| seen.insert(n.id.clone())).collect();
        let back = parse_file(&export_json("d", 1, &notes)).expect("reads back");
        prop_assert_eq!(back.notes, notes);
    }
}
