//! The challenge breakdown: challenges per category, split by the partner they concern (or by
//! the group of partners: `model::group`).
//!
//! Owns: which challenges a [`Filters`] keeps, which partners (or groups) each concerns
//! (through the relationships it affects; "general" when none), and the category × partner
//! counts.

use super::filter::Filters;
use super::group::PartnerGroup;
use super::index::Loaded;
use super::types::Challenge;

/// The partner column for challenges that concern no particular partner: no id, country code
/// or form of tie is spelt so.
pub const GENERAL: &str = "*";

/// Counts of challenges by category (rows) and partner (columns).
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown<'a> {
    /// Category ids that have at least one kept challenge, in file order.
    pub categories: Vec<&'a str>,
    /// Partner ids, or the groups' keys (`PartnerGroup::key`), and [`GENERAL`], in order of
    /// first appearance.
    pub partners: Vec<&'a str>,
    /// How partners are grouped.
    pub group: PartnerGroup,
    /// `counts[category][partner]`.
    pub counts: Vec<Vec<usize>>,
    /// The kept challenges of each category, in file order.
    pub challenges: Vec<Vec<&'a Challenge>>,
}

/// What a challenge concerns: the group (`group`'s key; with [`PartnerGroup::Each`], the
/// partner) of each relationship it affects, each once.
pub fn concerned<'a>(data: &'a Loaded, c: &'a Challenge, group: PartnerGroup) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for r in c
        .affects
        .relationships
        .iter()
        .filter_map(|r| data.relationship(r))
    {
        let key = group.key(data, &r.partner, Some(r));
        if !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// The breakdown under `filters`, partners grouped as `group` says. A challenge concerning two
/// partners (or groups) counts once for each; with a partner chosen, only for that partner's
/// (its country, the forms of its ties).
pub fn build<'a>(data: &'a Loaded, filters: &Filters, group: PartnerGroup) -> Breakdown<'a> {
    // Each kept challenge with what it concerns ([`GENERAL`] when nothing), worked out once.
    let kept: Vec<(&Challenge, Vec<&str>)> = data
        .data
        .challenges
        .iter()
        .filter(|c| filters.keeps_challenge(data, c))
        .map(|c| {
            let ps = concerned(data, c, group);
            (c, if ps.is_empty() { vec![GENERAL] } else { ps })
        })
        .collect();
    // The columns a chosen partner keeps: its own, or its groups'.
    let chosen: Option<Vec<&str>> = filters.partner.as_deref().map(|f| match group {
        PartnerGroup::Each => vec![f],
        PartnerGroup::Country => vec![group.key(data, f, None)],
        PartnerGroup::Type => data
            .data
            .relationships
            .iter()
            .filter(|r| r.partner.as_str() == f)
            .map(|r| r.kind.code())
            .collect(),
    });
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
            let shown = p == GENERAL || chosen.as_ref().is_none_or(|keys| keys.contains(&p));
            if shown && !partners.contains(&p) {
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
        group,
        counts,
        challenges: lists,
    }
}
