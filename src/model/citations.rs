//! Every citation in a dataset, with the JSON path of the record that carries it.
//!
//! Owns: one walk over all records (the collections' [`records`]), used by the quote check,
//! search and exports, and which citations belong to a record: its own, and those of its parts
//! (a relationship's sector links).

use super::collections::{records, Record};
use super::types::{Citation, Dataset};

/// The citation lists of `record`'s parts, in order (a relationship's sector links; the part
/// `k` is at `.sectors[k]` below the record).
fn parts<'a>(record: Record<'a>) -> impl Iterator<Item = &'a [Citation]> {
    let links = match record {
        Record::Relationship(r) => r.sectors.as_slice(),
        _ => &[],
    };
    links.iter().map(|link| link.citations.as_slice())
}

/// The citations of `record`: its own, then its parts'.
pub fn of(record: Record<'_>) -> impl Iterator<Item = &Citation> {
    record.citations().iter().chain(parts(record).flatten())
}

/// How many citations `data` has: every record's own and its parts' (as [`all`] lists them,
/// without making their paths).
pub fn count(data: &Dataset) -> usize {
    records(data).map(|(_, record)| of(record).count()).sum()
}

/// All citations of `data` in file order, each with its JSON path: a record's own, then its
/// parts' (`$.relationships[2].sectors[0].citations[1]`).
pub fn all(data: &Dataset) -> Vec<(String, &Citation)> {
    let mut out = Vec::new();
    for (i, record) in records(data) {
        let path = record.path(i);
        for (j, c) in record.citations().iter().enumerate() {
            out.push((format!("{path}.citations[{j}]"), c));
        }
        for (k, list) in parts(record).enumerate() {
            for (j, c) in list.iter().enumerate() {
                out.push((format!("{path}.sectors[{k}].citations[{j}]"), c));
            }
        }
    }
    out
}
