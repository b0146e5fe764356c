//! The challenge breakdown: challenges per category, split by the partner they concern.
//!
//! Owns: which challenges a [`Filters`] keeps, which partner each concerns (through the
//! relationships it affects; "general" when none), and the category × partner counts.

use super::filter::Filters;
use super::index::Loaded;
use super::types::Challenge;

/// The partner column for challenges that concern no particular partner.
pub const GENERAL: &str = "";

/// Counts of challenges by category (rows) and partner (columns).
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown<'a> {
    /// Category ids that have at least one kept challenge, in file order.
    pub categories: Vec<&'a str>,
    /// Partner ids (and [`GENERAL`]), in order of first appearance.
    pub partners: Vec<&'a str>,
    /// `counts[category][partner]`.
    pub counts: Vec<Vec<usize>>,
    /// The kept challenges of each category, in file order.
    pub challenges: Vec<Vec<&'a Challenge>>,
}

/// The partners a challenge concerns: the partners of the relationships it affects.
pub fn concerned<'a>(data: &'a Loaded, c: &'a Challenge) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for r in c
        .affects
        .relationships
        .iter()
        .filter_map(|r| data.relationship(r))
    {
        if !out.contains(&r.partner.as_str()) {
            out.push(&r.partner);
        }
    }
    out
}

/// The breakdown under `filters`. A challenge concerning two partners counts once for each.
pub fn build<'a>(data: &'a Loaded, filters: &Filters) -> Breakdown<'a> {
    // Each kept challenge with the partners it concerns ([`GENERAL`] when none), worked out once.
    let kept: Vec<(&Challenge, Vec<&str>)> = data
        .data
        .challenges
        .iter()
        .filter(|c| filters.keeps_challenge(data, c))
        .map(|c| {
            let ps = concerned(data, c);
            (c, if ps.is_empty() { vec![GENERAL] } else { ps })
        })
        .collect();
    let categories: Vec<&str> = data
        .data
        .challenge_categories
        .iter()
        .map(|k| k.id.as_str())
        .filter(|k| kept.iter().any(|(c, _)| c.category == *k))
        .collect();
    let mut partners: Vec<&str> = Vec::new();
    for (_, ps) in &kept {
        for &p in ps {
            if filters.partner.as_deref().is_none_or(|f| f == p || p == GENERAL) && !partners.contains(&p) {
                partners.push(p);
            }
        }
    }
    let mut counts = vec![vec![0; partners.len()]; categories.len()];
    let mut lists = vec![Vec::new(); categories.len()];
    for (c, ps) in &kept {
        let Some(row) = categories.iter().position(|k| *k == c.category) else {
            continue;
        };
        lists[row].push(*c);
        for &p in ps {
            if let Some(col) = partners.iter().position(|x| *x == p) {
                counts[row][col] += 1;
            }
        }
    }
    Breakdown {
        categories,
        partners,
        counts,
        challenges: lists,
    }
}
