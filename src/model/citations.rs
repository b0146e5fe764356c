//! Every citation in a dataset, with the JSON path of the record that carries it.
//!
//! Owns: one walk over all records, used by the quote check, search and exports.

use super::types::{Citation, Dataset};

/// All citations of `data` in file order, each with its JSON path.
pub fn all(data: &Dataset) -> Vec<(String, &Citation)> {
    let mut out = Vec::new();
    macro_rules! walk {
        ($field:ident) => {
            for (i, r) in data.$field.iter().enumerate() {
                for (j, c) in r.citations.iter().enumerate() {
                    out.push((format!("$.{}[{i}].citations[{j}]", stringify!($field)), c));
                }
            }
        };
    }
    walk!(sections);
    walk!(actors);
    walk!(sectors);
    walk!(relationships);
    for (i, r) in data.relationships.iter().enumerate() {
        for (k, link) in r.sectors.iter().enumerate() {
            for (j, c) in link.citations.iter().enumerate() {
                out.push((format!("$.relationships[{i}].sectors[{k}].citations[{j}]"), c));
            }
        }
    }
    walk!(events);
    walk!(challenge_categories);
    walk!(challenges);
    walk!(adoptions);
    walk!(strategies);
    walk!(legal_bases);
    walk!(principles);
    walk!(paradiplomacy_types);
    walk!(literature);
    walk!(findings);
    walk!(recommendations);
    out
}
