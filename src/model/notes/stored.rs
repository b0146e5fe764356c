//! How notes are written down: one storage record per note, the older one-key layout they are
//! migrated from, and the export file.
//!
//! Storage (schema 2): one key per note, `note/<id>`, holding [`record_json`]. One key per note
//! means two tabs editing different notes never write the same key, and a `storage` event names
//! exactly the note that changed. Schema 1 kept every note in one key (`notes`), so two tabs
//! overwrote each other's notes; it is read once, rewritten as schema 2 and removed only after
//! every new record has been written and read back (see `state::notes`).
//!
//! The export file is an envelope: `{type, version, dataset, exported, notes}`; importing accepts
//! version 1 and 2 files.

use serde::{Deserialize, Serialize};

use super::{Note, Target};

/// The schema of the storage records this version writes.
pub const SCHEMA: u32 = 2;
/// The `type` of an export file.
pub const FILE_TYPE: &str = "paradiplomacy-dashboard/notes";
/// The export file version this app writes.
pub const FILE_VERSION: u32 = 2;
/// The largest notes file an import reads.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// The most notes a file may hold.
pub const MAX_NOTES: usize = 20_000;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordV2 {
    schema: u32,
    id: String,
    target: Target,
    text: String,
    created: u64,
    updated: u64,
}

#[derive(Deserialize)]
struct SchemaOnly {
    schema: u32,
}

/// A note as stored under its own key.
pub fn record_json(note: &Note) -> String {
    let record = RecordV2 {
        schema: SCHEMA,
        id: note.id.clone(),
        target: note.target.clone(),
        text: note.text.clone(),
        created: note.created,
        updated: note.updated,
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// What a stored note record turned out to hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadRecord {
    Note(Note),
    /// Written by a newer version of the app: left as it is, never overwritten.
    Newer(u32),
    /// Not a note this app can read; the reason, in English, for the details line.
    Corrupt(String),
}

/// Reads the record stored under the key of note `key_id`.
pub fn read_record(raw: &str, key_id: &str) -> ReadRecord {
    match serde_json::from_str::<SchemaOnly>(raw) {
        Err(e) => return ReadRecord::Corrupt(e.to_string()),
        Ok(s) if s.schema > SCHEMA => return ReadRecord::Newer(s.schema),
        Ok(s) if s.schema < SCHEMA => {
            return ReadRecord::Corrupt(format!("schema {} records are not stored one per key", s.schema))
        }
        Ok(_) => {}
    }
    let record = match serde_json::from_str::<RecordV2>(raw) {
        Ok(r) => r,
        Err(e) => return ReadRecord::Corrupt(e.to_string()),
    };
    let note = Note {
        id: record.id,
        target: record.target,
        text: record.text,
        created: record.created,
        updated: record.updated,
    };
    if note.id != key_id {
        return ReadRecord::Corrupt(format!(
            "the record is for note {:?}, stored under {key_id:?}",
            note.id
        ));
    }
    match note.problem() {
        Some(p) => ReadRecord::Corrupt(p.to_string()),
        None => ReadRecord::Note(note),
    }
}

/// A schema 1 note: pinned to an item or to nothing, one time.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteV1 {
    id: String,
    #[serde(default)]
    item: Option<String>,
    text: String,
    saved: u64,
}

impl From<NoteV1> for Note {
    fn from(v1: NoteV1) -> Self {
        Note {
            id: v1.id,
            target: v1.item.map_or(Target::Free, |id| Target::Item { id }),
            text: v1.text,
            created: v1.saved,
            updated: v1.saved,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LegacyV1 {
    schema: u32,
    notes: Vec<NoteV1>,
}

/// Reads the schema 1 value (every note under one key) as notes of today's shape.
pub fn read_legacy(raw: &str) -> Result<Vec<Note>, String> {
    let legacy: LegacyV1 = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    if legacy.schema != 1 {
        return Err(format!("schema {} is not the one-key layout", legacy.schema));
    }
    let notes: Vec<Note> = legacy.notes.into_iter().map(Note::from).collect();
    match notes.iter().find_map(|n| n.problem()) {
        Some(p) => Err(p.to_string()),
        None => Ok(notes),
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    version: u32,
    dataset: &'a str,
    exported: u64,
    notes: &'a [Note],
}

/// The export file for `notes`, newest first as given: pretty JSON, ending in a newline.
pub fn export_json(dataset_id: &str, exported: u64, notes: &[Note]) -> String {
    let env = EnvelopeOut {
        kind: FILE_TYPE,
        version: FILE_VERSION,
        dataset: dataset_id,
        exported,
        notes,
    };
    let mut out = serde_json::to_string_pretty(&env).unwrap_or_default();
    out.push('\n');
    out
}

/// A notes file that was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotesFile {
    /// The dataset id the notes were written on.
    pub dataset: String,
    pub notes: Vec<Note>,
}

/// Why a notes file was not read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("the file is larger than {limit} bytes ({bytes} bytes)")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("the file is not JSON: {0}")]
    Syntax(String),
    #[error("the file is not a notes file of this dashboard (its \"type\" should be \"{FILE_TYPE}\")")]
    NotNotes,
    #[error("the notes file is version {0}, newer than this dashboard reads (up to {FILE_VERSION})")]
    Newer(u32),
    #[error("the notes file does not have the expected shape: {0}")]
    Shape(String),
    #[error("note {index} ({id:?}): {problem}")]
    BadNote {
        index: usize,
        id: String,
        problem: String,
    },
    #[error("the file holds {0} notes, more than {MAX_NOTES}")]
    TooMany(usize),
}

#[derive(Deserialize)]
struct Head {
    #[serde(rename = "type")]
    kind: Option<String>,
    version: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn<N> {
    #[serde(rename = "type")]
    _kind: String,
    #[serde(rename = "version")]
    _version: u32,
    dataset: String,
    #[serde(default, rename = "exported")]
    _exported: Option<u64>,
    notes: Vec<N>,
}

/// Reads an export file (version 1 or 2). Every note is checked; the first bad one is named.
/// Notes come back as the file holds them, an id named twice included: what becomes of such
/// notes is the import plan's to say (`merge::plan`), in the preview, so none is dropped unseen.
pub fn parse_file(text: &str) -> Result<NotesFile, FileError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            bytes: text.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let head: Head = serde_json::from_str(text).map_err(|e| FileError::Syntax(e.to_string()))?;
    if head.kind.as_deref() != Some(FILE_TYPE) {
        return Err(FileError::NotNotes);
    }
    let (dataset, notes) = match head.version {
        Some(1) => {
            let env: EnvelopeIn<NoteV1> =
                serde_json::from_str(text).map_err(|e| FileError::Shape(e.to_string()))?;
            (
                env.dataset,
                env.notes.into_iter().map(Note::from).collect::<Vec<_>>(),
            )
        }
        Some(2) => {
            let env: EnvelopeIn<Note> =
                serde_json::from_str(text).map_err(|e| FileError::Shape(e.to_string()))?;
            (env.dataset, env.notes)
        }
        Some(v) if v > FILE_VERSION => return Err(FileError::Newer(v)),
        _ => return Err(FileError::Shape("\"version\" is missing or not 1 or 2".into())),
    };
    if notes.len() > MAX_NOTES {
        return Err(FileError::TooMany(notes.len()));
    }
    for (index, n) in notes.iter().enumerate() {
        if let Some(problem) = n.problem() {
            return Err(FileError::BadNote {
                index: index + 1,
                id: n.id.chars().take(64).collect(),
                problem: problem.to_string(),
            });
        }
    }
    Ok(NotesFile { dataset, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(id: &str, updated: u64) -> Note {
        Note {
            id: id.into(),
            target: Target::Item {
                id: "ev-mou-2016".into(),
            },
            text: "MoU <b>2016</b> #seminar\n\"quoted\"".into(),
            created: 1,
            updated,
        }
    }

    #[test]
    fn a_record_reads_back_as_the_same_note() {
        let n = note("n-1", 7);
        assert_eq!(read_record(&record_json(&n), "n-1"), ReadRecord::Note(n));
    }

    #[test]
    fn bad_records_are_corrupt_and_newer_ones_are_left_alone() {
        assert!(matches!(read_record("{not json", "n-1"), ReadRecord::Corrupt(_)));
        assert!(matches!(read_record("\"text\"", "n-1"), ReadRecord::Corrupt(_)));
        assert!(matches!(
            read_record(&record_json(&note("n-2", 1)), "n-1"),
            ReadRecord::Corrupt(_)
        ));
        let missing = r#"{"schema":2,"id":"n-1","text":"x","created":1,"updated":1}"#;
        assert!(matches!(read_record(missing, "n-1"), ReadRecord::Corrupt(_)));
        assert_eq!(
            read_record(r#"{"schema":3,"anything":true}"#, "n-1"),
            ReadRecord::Newer(3)
        );
    }

    #[test]
    fn the_one_key_layout_migrates() {
        let raw = r#"{"schema":1,"notes":[{"id":"n-a","item":"daejeon","text":"x","saved":5},{"id":"n-b","text":"free","saved":6}]}"#;
        let notes = read_legacy(raw).expect("reads");
        assert_eq!(notes[0].target, Target::Item { id: "daejeon".into() });
        assert_eq!((notes[0].created, notes[0].updated), (5, 5));
        assert_eq!(notes[1].target, Target::Free);
        assert!(read_legacy(r#"{"schema":1,"notes":[{"id":"BAD","text":"x","saved":5}]}"#).is_err());
        assert!(read_legacy("[]").is_err());
    }

    #[test]
    fn export_then_import_is_the_same_notes() {
        let notes = vec![note("n-1", 9), note("n-2", 3)];
        let file = export_json("tangsel", 100, &notes);
        let back = parse_file(&file).expect("reads");
        assert_eq!(back.dataset, "tangsel");
        assert_eq!(back.notes, notes);
    }

    #[test]
    fn import_rejects_what_is_not_a_notes_file_and_names_bad_notes() {
        assert!(matches!(parse_file("nope"), Err(FileError::Syntax(_))));
        assert_eq!(
            parse_file(r#"{"type":"x","version":2}"#),
            Err(FileError::NotNotes)
        );
        assert_eq!(
            parse_file(r#"{"type":"paradiplomacy-dashboard/notes","version":9}"#),
            Err(FileError::Newer(9))
        );
        let bad = r#"{"type":"paradiplomacy-dashboard/notes","version":2,"dataset":"d","notes":[
            {"id":"ok","target":{"kind":"free"},"text":"","created":1,"updated":1},
            {"id":"Bad Id","target":{"kind":"free"},"text":"","created":1,"updated":1}]}"#;
        assert!(matches!(
            parse_file(bad),
            Err(FileError::BadNote { index: 2, .. })
        ));
        let v1 = r#"{"type":"paradiplomacy-dashboard/notes","version":1,"dataset":"d","notes":[{"id":"n","text":"t","saved":2}]}"#;
        assert_eq!(parse_file(v1).expect("v1").notes[0].updated, 2);
    }

    #[test]
    fn a_repeated_id_is_read_as_the_file_holds_it() {
        let notes = vec![note("n-1", 2), note("n-1", 8), note("n-1", 5)];
        let back = parse_file(&export_json("d", 0, &notes)).expect("reads");
        assert_eq!(back.notes, notes);
    }

    #[test]
    fn times_no_browser_can_show_are_refused() {
        for time in ["9223372036854775808", "9007199254740993", "8640000000000001"] {
            let file = format!(
                r#"{{"type":"paradiplomacy-dashboard/notes","version":2,"dataset":"d","notes":[
                {{"id":"n-1","target":{{"kind":"free"}},"text":"x","created":1,"updated":{time}}}]}}"#
            );
            assert!(
                matches!(
                    parse_file(&file),
                    Err(FileError::BadNote { index: 1, .. }) | Err(FileError::Shape(_))
                ),
                "{time}"
            );
            let record = format!(
                r#"{{"schema":2,"id":"n-1","target":{{"kind":"free"}},"text":"x","created":{time},"updated":1}}"#
            );
            assert!(
                matches!(read_record(&record, "n-1"), ReadRecord::Corrupt(_)),
                "{time}"
            );
        }
    }
}
