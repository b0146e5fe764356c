//! How two sets of notes combine, by id and update time: an import (planned first, so the
//! reader sees what will change) and a change arriving from another tab.

use super::Note;

/// What importing one note will do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// Not here yet: it will be added.
    Add,
    /// Here, older: it will be replaced by the file's copy.
    Update,
    /// Here and the same.
    Same,
    /// Here and at least as new as the file's copy, which differs: this browser's copy stays.
    KeepLocal,
}

/// Whether `incoming` should replace `local` (a note with the same id): only a strictly newer one does.
pub fn incoming_wins(local: Option<&Note>, incoming: &Note) -> bool {
    local.is_none_or(|l| incoming.updated > l.updated)
}

/// What importing `incoming` into `local` would do, note by note, in the file's order.
pub fn plan(local: &[Note], incoming: &[Note]) -> Vec<(Note, Change)> {
    incoming
        .iter()
        .map(|n| {
            let here = local.iter().find(|l| l.id == n.id);
            let change = match here {
                None => Change::Add,
                Some(l) if l == n => Change::Same,
                Some(l) if incoming_wins(Some(l), n) => Change::Update,
                Some(_) => Change::KeepLocal,
            };
            (n.clone(), change)
        })
        .collect()
}

/// How many notes of a plan do each thing: (add, update, same, keep local).
pub fn counts(plan: &[(Note, Change)]) -> (usize, usize, usize, usize) {
    let count = |c: Change| plan.iter().filter(|(_, x)| *x == c).count();
    (
        count(Change::Add),
        count(Change::Update),
        count(Change::Same),
        count(Change::KeepLocal),
    )
}

/// The notes of a plan that change this browser's notes.
pub fn to_apply(plan: &[(Note, Change)]) -> Vec<Note> {
    plan.iter()
        .filter(|(_, c)| matches!(c, Change::Add | Change::Update))
        .map(|(n, _)| n.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::notes::Target;

    fn note(id: &str, text: &str, updated: u64) -> Note {
        Note {
            id: id.into(),
            target: Target::Free,
            text: text.into(),
            created: 1,
            updated,
        }
    }

    #[test]
    fn a_plan_adds_updates_and_keeps_by_update_time() {
        let local = vec![note("a", "old", 5), note("b", "same", 5), note("c", "mine", 9)];
        let incoming = vec![
            note("a", "new", 6),
            note("b", "same", 5),
            note("c", "theirs", 9),
            note("d", "x", 1),
        ];
        let p = plan(&local, &incoming);
        let changes: Vec<_> = p.iter().map(|(n, c)| (n.id.as_str(), *c)).collect();
        assert_eq!(
            changes,
            [
                ("a", Change::Update),
                ("b", Change::Same),
                ("c", Change::KeepLocal),
                ("d", Change::Add)
            ]
        );
        assert_eq!(counts(&p), (1, 1, 1, 1));
        let ids: Vec<_> = to_apply(&p).into_iter().map(|n| n.id).collect();
        assert_eq!(ids, ["a", "d"]);
    }

    #[test]
    fn only_a_strictly_newer_copy_wins() {
        let l = note("a", "x", 5);
        assert!(incoming_wins(None, &l));
        assert!(!incoming_wins(Some(&l), &note("a", "y", 5)));
        assert!(incoming_wins(Some(&l), &note("a", "y", 6)));
    }
}
