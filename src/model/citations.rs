//! Every citation in a dataset, with the JSON path of the record that carries it.
//!
//! Owns: one walk over all records (the collections' [`records`]), used by the quote check,
//! search and exports, and which citations belong to a record: its own, and those of its parts
//! (a relationship's sector links).

use super::collections::{records, Record};
use super::types::{Citation, Dataset};

/// The citations of `record`'s parts, each with its path below the record (`.sectors[0]`).
fn parts<'a>(record: Record<'a>) -> Vec<(String, &'a [Citation])> {
    match record {
        Record::Relationship(r) => r
            .sectors
            .iter()
            .enumerate()
            .map(|(k, link)| (format!(".sectors[{k}]"), link.citations.as_slice()))
            .collect(),
        _ => Vec::new(),
    }
}

/// The citations of `record`: its own, then its parts'.
pub fn of(record: Record<'_>) -> impl Iterator<Item = &Citation> {
    let parts = parts(record);
    record
        .citations()
        .iter()
        .chain(parts.into_iter().flat_map(|(_, list)| list.iter()))
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
        for (part, list) in parts(record) {
            for (j, c) in list.iter().enumerate() {
                out.push((format!("{path}{part}.citations[{j}]"), c));
            }
        }
    }
    out
}
