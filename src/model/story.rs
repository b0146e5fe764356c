//! The guided story of a dataset: the steps a presenter walks through in a seminar, each a view
//! with its filters, a highlighted record (whose detail shows the paper's own words) and a short
//! bilingual caption with speaker notes. Written in the dataset (`story`, whose format is in
//! `types`), so a researcher can write their own; `validate` checks it against the records.
//!
//! Owns: moving through the steps, and a step's filters as the views' [`Filters`].

use super::filter::Filters;
pub use super::types::{StoryFilters, StoryStep};

impl StoryFilters {
    pub fn to_filters(&self) -> Filters {
        Filters {
            partner: self.partner.clone(),
            sector: self.sector.clone(),
            from: self.from,
            to: self.to,
            kind: self.kind,
        }
    }
}

/// The position of step `id` in `story`.
pub fn position(story: &[StoryStep], id: &str) -> Option<usize> {
    story.iter().position(|s| s.id == id)
}

/// The step after (`+1`) or before (`-1`) step `id`, staying within the story.
pub fn neighbour<'a>(story: &'a [StoryStep], id: &str, delta: isize) -> Option<&'a StoryStep> {
    let i = position(story, id)? as isize + delta;
    usize::try_from(i).ok().and_then(|i| story.get(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(id: &str) -> StoryStep {
        StoryStep::sample(id)
    }

    #[test]
    fn neighbours_stay_within_the_story() {
        let story = vec![step("a"), step("b"), step("c")];
        assert_eq!(neighbour(&story, "b", 1).map(|s| s.id.as_str()), Some("c"));
        assert_eq!(neighbour(&story, "b", -1).map(|s| s.id.as_str()), Some("a"));
        assert_eq!(neighbour(&story, "a", -1), None);
        assert_eq!(neighbour(&story, "c", 1), None);
        assert_eq!(neighbour(&story, "zzz", 1), None);
    }
}
