//! Every interface string and every error sentence, in every language: present, trimmed,
//! really translated (apart from a short list of words that are rightly the same), and with the
//! same placeholders and the same figures in each language.

use paradiplomacy_dashboard::i18n::languages::words;
use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;

use paradiplomacy_dashboard::i18n::errors::ListWord;
use paradiplomacy_dashboard::i18n::notes::N;
use paradiplomacy_dashboard::i18n::{t, Key};
use paradiplomacy_dashboard::model::date::DateError;
use paradiplomacy_dashboard::model::load::{JsonKind, ShapeFault, SyntaxFault};
use paradiplomacy_dashboard::model::notes::stored::{FileError, MAX_FILE_BYTES, MAX_NOTES};
use paradiplomacy_dashboard::model::validate::{Collection, Issue, Problem};
use paradiplomacy_dashboard::model::{
    DateQualifier, Lang, LearningRoute, LoadError, RelationshipType, MAX_DATASET_BYTES,
};
use paradiplomacy_dashboard::storage::StorageError;

/// Strings that are rightly the same in Indonesian and English.
const SAME: &[Key] = &[
    Key::Status,
    Key::Menu,
    Key::RelType(RelationshipType::BusinessToBusiness),
    Key::Route(LearningRoute::BusinessToBusiness),
];

/// Strings that are rightly empty: an exact date takes no word before it.
const EMPTY: &[Key] = &[Key::Qualifier(DateQualifier::Exact)];

/// Every pair of different languages.
fn pairs() -> Vec<(Lang, Lang)> {
    let mut out = Vec::new();
    for (i, a) in Lang::ALL.into_iter().enumerate() {
        for b in Lang::ALL.into_iter().skip(i + 1) {
            out.push((a, b));
        }
    }
    out
}

/// The `{…}` placeholders of `text`.
fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else { break };
        out.insert(&rest[start..=start + len]);
        rest = &rest[start + len + 1..];
    }
    out
}

/// The runs of digits in `text`, with their grouping marks dropped: the figures it states.
fn figures(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            run.push(c);
        } else if !run.is_empty() && (c == ',' || c == '.') && chars.peek().is_some_and(char::is_ascii_digit)
        {
            continue;
        } else if !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out.sort();
    out
}

#[test]
fn the_list_of_keys_holds_every_nested_key_once() {
    let all = Key::all();
    let unique: HashSet<Key> = all.iter().copied().collect();
    assert_eq!(unique.len(), all.len(), "a key is listed twice");
    for key in [
        Key::SkipToContent,
        Key::RouteLabel,
        Key::Level(paradiplomacy_dashboard::model::SectorLevel::Adapted),
        Key::RecKind(paradiplomacy_dashboard::model::RecommendationKind::Evaluate),
        Key::Notes(N::FileUnreadable),
        Key::Notes(N::ShowMore),
        Key::Problems(ListWord::FileSuffix),
    ] {
        assert!(unique.contains(&key), "{key:?} is not in Key::all()");
    }
    for key in SAME.iter().chain(EMPTY) {
        assert!(unique.contains(key), "{key:?}");
    }
}

#[test]
fn every_key_has_a_trimmed_text_in_every_language() {
    for lang in Lang::ALL {
        for key in Key::all() {
            let text = t(lang, key);
            if EMPTY.contains(&key) {
                assert_eq!(text, "", "{lang:?} {key:?} must stay empty");
                continue;
            }
            assert!(!text.is_empty(), "{lang:?} {key:?} is empty");
            assert_eq!(text, text.trim(), "{lang:?} {key:?} has white space at an end");
            assert!(!text.contains("  "), "{lang:?} {key:?} has a double space");
        }
    }
}

#[test]
fn every_key_is_translated_except_the_words_that_are_rightly_the_same() {
    for (a, b) in pairs() {
        for key in Key::all() {
            if SAME.contains(&key) || EMPTY.contains(&key) {
                continue;
            }
            assert_ne!(t(a, key), t(b, key), "{key:?} is the same in {a:?} and {b:?}");
        }
    }
}

#[test]
fn placeholders_are_the_same_in_every_language() {
    for (a, b) in pairs() {
        for key in Key::all() {
            assert_eq!(
                placeholders(t(a, key)),
                placeholders(t(b, key)),
                "{key:?} in {a:?} and {b:?}"
            );
        }
    }
}

#[test]
fn language_codes_and_names_are_distinct() {
    let codes: HashSet<_> = Lang::ALL.iter().map(|l| l.code()).collect();
    let names: HashSet<_> = Lang::ALL.iter().map(|l| l.name()).collect();
    let locales: HashSet<_> = Lang::ALL.iter().map(|l| l.locale()).collect();
    assert_eq!(codes.len(), Lang::ALL.len());
    assert_eq!(names.len(), Lang::ALL.len());
    assert_eq!(locales.len(), Lang::ALL.len());
    for lang in Lang::ALL {
        assert!(lang.locale().starts_with(lang.code()), "{lang:?}");
    }
}

/// Every error sentence: one of each case, with figures in it.
fn error_sentences(lang: Lang) -> Vec<(String, String)> {
    let w = words(lang);
    let mut out = Vec::new();
    let mut add = |what: String, text: String| out.push((what, text));
    for e in [
        FileError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            limit: MAX_FILE_BYTES,
        },
        FileError::Syntax("EOF".into()),
        FileError::NotNotes,
        FileError::Newer(7),
        FileError::Shape("missing field".into()),
        FileError::BadNote {
            index: 1234,
            id: "x".into(),
            problem: "empty".into(),
        },
        FileError::TooMany(25_000),
    ] {
        add(format!("{e:?}"), w.notes_file(&e));
    }
    for e in [
        StorageError::Unavailable,
        StorageError::Full("quota".into()),
        StorageError::Refused("denied".into()),
        StorageError::NotKept,
    ] {
        add(format!("{e:?}"), w.storage(&e));
    }
    let issues: Arc<[Issue]> = vec![Issue {
        path: "$.id".into(),
        problem: Problem::EmptyField,
    }]
    .into();
    for e in [
        LoadError::TooLarge {
            bytes: 52_428_800,
            limit: MAX_DATASET_BYTES,
        },
        LoadError::Unreadable {
            detail: "NotReadableError".into(),
        },
        LoadError::Syntax {
            line: 1,
            column: 1,
            fault: SyntaxFault::Empty,
            message: "EOF".into(),
        },
        LoadError::Syntax {
            line: 3,
            column: 17,
            fault: SyntaxFault::MissingComma,
            message: "expected `,`".into(),
        },
        LoadError::Shape {
            path: "$.actors[2]".into(),
            line: 40,
            column: 9,
            fault: ShapeFault::WrongType {
                found: JsonKind::Array,
                expected: JsonKind::Object,
            },
            message: "invalid type".into(),
        },
        LoadError::Invalid(issues),
    ] {
        add(format!("{e:?}"), w.load_error(&e));
    }
    for p in [
        Problem::SchemaVersion {
            found: 3,
            expected: 2,
        },
        Problem::BadId("Bad Id".into()),
        Problem::DuplicateId {
            id: "a".into(),
            first: "$.actors[0]".into(),
        },
        Problem::Dangling {
            id: "daejon".into(),
            expected: Collection::Actor,
        },
        Problem::EmptyText("English"),
        Problem::EmptyText("Indonesian"),
        Problem::NoCitations,
        Problem::EmptyQuote,
        Problem::EmptyTranslation,
        Problem::Date(DateError::Form("2015-1".into())),
        Problem::Date(DateError::NoSuchDate("2015-02-30".into())),
        Problem::UndatedMismatch,
        Problem::BadLink("javascript:x".into()),
        Problem::BadCoordinates {
            lat: "91".into(),
            lon: "0".into(),
        },
        Problem::EmptyField,
        Problem::BadPeriod { from: 2020, to: 2010 },
        Problem::UnknownItem("ghost".into()),
        Problem::BadItem("cell--".into()),
        Problem::EmptyList,
        Problem::BadCountry("XX1".into()),
        Problem::BadLanguage("??".into()),
        Problem::OutOfRange {
            value: 200,
            min: 0,
            max: 100,
        },
    ] {
        add(format!("{p:?}"), w.problem(&p));
    }
    out
}

#[test]
fn every_error_reads_in_every_language_with_the_same_figures() {
    let by_lang: Vec<_> = Lang::ALL.into_iter().map(|l| (l, error_sentences(l))).collect();
    for (lang, sentences) in &by_lang {
        for (what, text) in sentences {
            assert!(!text.is_empty(), "{lang:?} {what}");
            assert_eq!(text, text.trim(), "{lang:?} {what}");
        }
    }
    for (a, b) in pairs() {
        let sa = &by_lang
            .iter()
            .find(|(l, _)| *l == a)
            .map(|(_, s)| s.clone())
            .unwrap_or_default();
        let sb = &by_lang
            .iter()
            .find(|(l, _)| *l == b)
            .map(|(_, s)| s.clone())
            .unwrap_or_default();
        assert_eq!(sa.len(), sb.len());
        for ((what, ta), (_, tb)) in sa.iter().zip(sb) {
            assert_ne!(ta, tb, "{what} is not translated between {a:?} and {b:?}");
            assert_eq!(figures(ta), figures(tb), "{what}: {ta} / {tb}");
        }
    }
}

#[test]
fn notes_file_errors_state_their_limits_as_each_language_writes_numbers() {
    let too_many = FileError::TooMany(25_000);
    assert_eq!(
        words(Lang::Id).notes_file(&too_many),
        "Berkas memuat 25.000 catatan, lebih dari 20.000 yang dapat diimpor sekaligus."
    );
    assert_eq!(
        words(Lang::En).notes_file(&too_many),
        "The file holds 25,000 notes, more than the 20,000 that can be imported at once."
    );
    assert_eq!(MAX_NOTES, 20_000);
    let large = FileError::TooLarge {
        bytes: 1 << 30,
        limit: MAX_FILE_BYTES,
    };
    for lang in Lang::ALL {
        assert!(words(lang).notes_file(&large).contains("16 MB"), "{lang:?}");
    }
}

#[test]
fn a_storage_refusal_is_told_in_the_readers_language_not_the_browsers() {
    let full = StorageError::Full("QuotaExceededError: the quota has been exceeded".into());
    assert_eq!(
        words(Lang::Id).storage(&full),
        "Penyimpanan browser untuk situs ini penuh."
    );
    assert!(!words(Lang::Id).storage(&full).contains("Quota"));
}
