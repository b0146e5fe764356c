//! One colour per partner, the same in every chart, table and legend: decided once from the
//! dataset, by the order of the partners in its actors, so no filter, language or view changes
//! a partner's colour.
//!
//! Colours are Okabe-Ito's seven (colour-blind safe). With more partners than colours, the
//! palette starts again, and every partner also has one of [`PATTERNS`] patterns
//! ([`PartnerColour::pattern`], drawn over its bars and nodes by the charts): five and seven
//! share no factor, so the first 35 partners each have their own pair of colour and pattern.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::types::Dataset;

/// Okabe-Ito's colours, in their order, without black (kept for text).
pub const OKABE_ITO: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
];

/// How many patterns a partner's marks may carry besides their colour (the charts draw them:
/// `charts::partner_style`).
pub const PATTERNS: usize = 5;

/// The grey of what belongs to no partner (a challenge of the whole cooperation).
pub const NO_PARTNER: &str = "#7F7F7F";

/// A partner's colour and pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartnerColour {
    /// The partner's place among the dataset's partners (from 0).
    pub rank: usize,
    /// `#rrggbb`.
    pub colour: &'static str,
    /// Which of the [`PATTERNS`] patterns, from 0.
    pub pattern: usize,
}

impl PartnerColour {
    /// The colour's place in [`OKABE_ITO`] (the style sheet's `.partner-N` has that colour).
    pub fn slot(&self) -> usize {
        self.rank % OKABE_ITO.len()
    }

    fn of_rank(rank: usize) -> Self {
        Self {
            rank,
            colour: OKABE_ITO[rank % OKABE_ITO.len()],
            pattern: rank % PATTERNS,
        }
    }
}

/// Every partner's colour, for one dataset.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartnerColours {
    by_id: HashMap<String, PartnerColour>,
}

impl PartnerColours {
    /// The partners of `data` are the actors that are some relationship's partner, a practice's
    /// source or (through a relationship) a challenge's: each gets the next colour in the order
    /// of `data.actors`, the focal city none.
    pub fn of(data: &Dataset) -> Self {
        // A set: a dataset may name thousands of partners.
        let named: HashSet<&str> = (data.relationships.iter().map(|r| r.partner.as_str()))
            .chain(data.adoptions.iter().map(|a| a.learned_from.as_str()))
            .collect();
        let by_id = data
            .actors
            .iter()
            .filter(|a| a.id != data.focal_actor && named.contains(&a.id.as_str()))
            .enumerate()
            .map(|(rank, a)| (a.id.to_string(), PartnerColour::of_rank(rank)))
            .collect();
        Self { by_id }
    }

    /// The colour of the partner `id`; `None` for an actor that is no partner.
    pub fn get(&self, id: &str) -> Option<PartnerColour> {
        self.by_id.get(id).copied()
    }

    /// How many partners have a colour.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether no actor is a partner.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_and_pattern_pairs_stay_distinct_past_the_palette() {
        let pairs: std::collections::HashSet<_> = (0..35)
            .map(|r| {
                let c = PartnerColour::of_rank(r);
                (c.colour, c.pattern)
            })
            .collect();
        assert_eq!(pairs.len(), 35);
        assert_eq!(PartnerColour::of_rank(7).colour, PartnerColour::of_rank(0).colour);
        assert_ne!(
            PartnerColour::of_rank(7).pattern,
            PartnerColour::of_rank(0).pattern
        );
    }

    /// The tables' squares are drawn by the style sheet (no inline style: the page's CSP allows
    /// none): each `.partner-N` must have the chart's colour N.
    #[test]
    fn the_style_sheet_draws_each_slot_in_its_colour() {
        let css = include_str!("../../public/app.css");
        for (n, colour) in OKABE_ITO.iter().enumerate() {
            let rule = format!(".partner-{n} {{ background-color: {colour}; }}");
            assert!(css.contains(&rule), "public/app.css lacks `{rule}`");
        }
    }
}
