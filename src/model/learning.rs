//! Policy-learning flows: from where a practice was learned, to the practice, to how far it was
//! taken up locally.
//!
//! Owns: the three columns of the flow (sources, practices, outcomes) and its links, under a
//! [`Filters`].

use super::filter::Filters;
use super::index::Loaded;
use super::types::{Adoption, AdoptionStatus};

/// The adoptions kept by `filters`, in file order.
pub fn kept<'a>(data: &'a Loaded, filters: &Filters) -> Vec<&'a Adoption> {
    data.data
        .adoptions
        .iter()
        .filter(|a| filters.keeps_adoption(data, a))
        .collect()
}

/// Every outcome in order, from furthest taken up to least.
pub const OUTCOMES: [AdoptionStatus; 4] = [
    AdoptionStatus::Adapted,
    AdoptionStatus::Adopted,
    AdoptionStatus::Planned,
    AdoptionStatus::Considered,
];

/// The sources (actor ids) of `adoptions`, in order of first appearance.
pub fn sources<'a>(adoptions: &[&'a Adoption]) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for a in adoptions {
        if !out.contains(&a.learned_from.as_str()) {
            out.push(&a.learned_from);
        }
    }
    out
}
