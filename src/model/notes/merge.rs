//! How two sets of notes combine, by id and update time: an import (planned first, so the
//! reader sees what will change) and a change arriving from another tab.

use std::collections::HashMap;

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
    /// The file holds another, different note under the same id (a file edited by hand, or two
    /// exports joined): this one is added as a note of its own, under a new id, so nothing in
    /// the file is lost.
    Copy,
    /// The file holds this very note again, identical: it is read once.
    Repeat,
}

/// Whether `incoming` should replace `local` (a note with the same id): only a strictly newer one does.
pub fn incoming_wins(local: Option<&Note>, incoming: &Note) -> bool {
    local.is_none_or(|l| incoming.updated > l.updated)
}

/// What importing `incoming` into `local` would do, note by note, in the file's order.
///
/// Where the file names one id more than once, the copy updated last (the later one in the
/// file on a tie) is merged under that id as any other note; an identical copy of it is a
/// [`Change::Repeat`], and every different one a [`Change::Copy`].
pub fn plan(local: &[Note], incoming: &[Note]) -> Vec<(Note, Change)> {
    let mut winner: HashMap<&str, usize> = HashMap::with_capacity(incoming.len());
    for (i, n) in incoming.iter().enumerate() {
        let w = winner.entry(n.id.as_str()).or_insert(i);
        if n.updated >= incoming[*w].updated {
            *w = i;
        }
    }
    let here: HashMap<&str, &Note> = local.iter().map(|l| (l.id.as_str(), l)).collect();
    incoming
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let w = winner.get(n.id.as_str()).copied().unwrap_or(i);
            let change = if w != i {
                if incoming[w] == *n {
                    Change::Repeat
                } else if local.iter().any(|l| same_but_id(l, n)) {
                    // Imported before as a note of its own: here already, under its new id.
                    Change::Same
                } else {
                    Change::Copy
                }
            } else {
                match here.get(n.id.as_str()) {
                    None => Change::Add,
                    Some(l) if *l == n => Change::Same,
                    Some(l) if incoming_wins(Some(l), n) => Change::Update,
                    Some(_) => Change::KeepLocal,
                }
            };
            (n.clone(), change)
        })
        .collect()
}

/// Whether two notes are the same note but for their ids.
fn same_but_id(a: &Note, b: &Note) -> bool {
    a.target == b.target && a.text == b.text && a.created == b.created && a.updated == b.updated
}

/// How many notes of a plan do each thing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub add: usize,
    pub update: usize,
    pub same: usize,
    pub keep_local: usize,
    pub copy: usize,
    pub repeat: usize,
}

impl Counts {
    /// How many notes an import would write.
    pub fn written(&self) -> usize {
        self.add + self.update + self.copy
    }
}

/// How many notes of a plan do each thing.
pub fn counts(plan: &[(Note, Change)]) -> Counts {
    let count = |c: Change| plan.iter().filter(|(_, x)| *x == c).count();
    Counts {
        add: count(Change::Add),
        update: count(Change::Update),
        same: count(Change::Same),
        keep_local: count(Change::KeepLocal),
        copy: count(Change::Copy),
        repeat: count(Change::Repeat),
    }
}

/// The notes of a plan that change this browser's notes. A [`Change::Copy`] gets the id
/// `fresh_id` gives it, which must be new (the caller makes it from the clock and a random number).
pub fn to_apply(plan: &[(Note, Change)], mut fresh_id: impl FnMut() -> String) -> Vec<Note> {
    plan.iter()
        .filter_map(|(n, c)| match c {
            Change::Add | Change::Update => Some(n.clone()),
            Change::Copy => Some(Note {
                id: fresh_id(),
                ..n.clone()
            }),
            Change::Same | Change::KeepLocal | Change::Repeat => None,
        })
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
        let c = counts(&p);
        assert_eq!(
            (c.add, c.update, c.same, c.keep_local, c.copy, c.repeat),
            (1, 1, 1, 1, 0, 0)
        );
        let ids: Vec<_> = to_apply(&p, || unreachable!())
            .into_iter()
            .map(|n| n.id)
            .collect();
        assert_eq!(ids, ["a", "d"]);
    }

    #[test]
    fn one_id_twice_in_a_file_loses_neither_note() {
        let local = vec![note("b", "mine", 1)];
        let incoming = vec![
            note("a", "first", 3),
            note("a", "second", 7),
            note("a", "second", 7),
            note("b", "older copy", 2),
            note("b", "newest", 4),
        ];
        let p = plan(&local, &incoming);
        let changes: Vec<_> = p.iter().map(|(n, c)| (n.text.as_str(), *c)).collect();
        assert_eq!(
            changes,
            [
                ("first", Change::Copy),
                ("second", Change::Repeat),
                ("second", Change::Add),
                ("older copy", Change::Copy),
                ("newest", Change::Update),
            ]
        );
        let c = counts(&p);
        assert_eq!((c.add, c.update, c.copy, c.repeat, c.written()), (1, 1, 2, 1, 4));
        let mut n = 0;
        let applied = to_apply(&p, || {
            n += 1;
            format!("fresh-{n}")
        });
        let got: Vec<_> = applied.iter().map(|n| (n.id.as_str(), n.text.as_str())).collect();
        assert_eq!(
            got,
            [
                ("fresh-1", "first"),
                ("a", "second"),
                ("fresh-2", "older copy"),
                ("b", "newest")
            ]
        );
        // The same file again: nothing new, the copies are recognised under their new ids.
        let after: Vec<Note> = local.into_iter().filter(|l| l.id != "b").chain(applied).collect();
        let again = counts(&plan(&after, &incoming));
        assert_eq!((again.written(), again.same, again.repeat), (0, 4, 1));
    }

    #[test]
    fn only_a_strictly_newer_copy_wins() {
        let l = note("a", "x", 5);
        assert!(incoming_wins(None, &l));
        assert!(!incoming_wins(Some(&l), &note("a", "y", 5)));
        assert!(incoming_wins(Some(&l), &note("a", "y", 6)));
    }
}
