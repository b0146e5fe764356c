//! Notes that this browser's storage refused (a full quota), as the tab keeps them in its
//! session until they can be stored: a reload keeps them, and they are stored on the next
//! successful save. Pure: the state module reads and writes the session.

use serde::{Deserialize, Serialize};

use super::{valid_id, Note};

/// The shape of the session record; bump when it changes.
const SCHEMA: u32 = 1;

/// Notes changed and notes deleted in this tab that storage does not hold yet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unsaved {
    schema: u32,
    /// Notes written or changed here, as they are in memory.
    pub notes: Vec<Note>,
    /// Ids of notes deleted here.
    pub removed: Vec<String>,
}

impl Unsaved {
    /// The record for `notes` and `removed`.
    pub fn new(notes: Vec<Note>, removed: Vec<String>) -> Self {
        Self {
            schema: SCHEMA,
            notes,
            removed,
        }
    }

    /// Whether there is nothing unsaved.
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty() && self.removed.is_empty()
    }

    /// The record as stored in the session.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a session record back. Whatever it holds that is not a valid note or id is
    /// left out (the session is this tab's own, but a page script could write anything).
    pub fn read(raw: &str) -> Option<Self> {
        let mut u: Unsaved = serde_json::from_str(raw).ok()?;
        if u.schema != SCHEMA {
            return None;
        }
        u.notes.retain(|n| n.problem().is_none());
        u.removed.retain(|id| valid_id(id));
        Some(u)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::notes::{Target, MAX_TIME_MS};

    fn note(id: &str, updated: u64) -> Note {
        Note {
            id: id.into(),
            target: Target::Free,
            text: "typed while storage was full".into(),
            created: 1,
            updated,
        }
    }

    #[test]
    fn a_record_reads_back_and_bad_entries_are_left_out() {
        let u = Unsaved::new(vec![note("n-1", 5)], vec!["n-2".into()]);
        assert_eq!(Unsaved::read(&u.to_json()), Some(u.clone()));
        let bad = Unsaved::new(
            vec![note("n-1", 5), note("Not An Id", 5), note("n-3", MAX_TIME_MS + 1)],
            vec!["n-2".into(), "../x".into()],
        );
        assert_eq!(Unsaved::read(&bad.to_json()), Some(u));
        assert_eq!(Unsaved::read("{nope"), None);
        assert_eq!(Unsaved::read(r#"{"schema":9,"notes":[],"removed":[]}"#), None);
        assert!(Unsaved::new(vec![], vec![]).is_empty());
    }
}
