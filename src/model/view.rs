//! The dashboard's views, as plain data: their URL codes and which view shows a record best.
//! (Their names in the interface are in `state::query`.)

use serde::{Deserialize, Serialize};

/// The dashboard's views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    #[default]
    Overview,
    Timeline,
    Matrix,
    Challenges,
    Learning,
    Evidence,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Overview,
        View::Timeline,
        View::Matrix,
        View::Challenges,
        View::Learning,
        View::Evidence,
    ];

    pub fn code(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Timeline => "timeline",
            View::Matrix => "matrix",
            View::Challenges => "challenges",
            View::Learning => "learning",
            View::Evidence => "evidence",
        }
    }

    pub fn parse(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }

    /// The view where the record `id` is shown best (a search result opens there).
    pub fn home_of(data: &super::Loaded, id: &str) -> View {
        use super::index::Record;
        if super::matrix::parse_cell_id(id).is_some() {
            return View::Matrix;
        }
        match data.record(id) {
            Some(Record::Event(_)) => View::Timeline,
            Some(Record::Relationship(_) | Record::Sector(_)) => View::Matrix,
            Some(Record::Challenge(_) | Record::ChallengeCategory(_)) => View::Challenges,
            Some(Record::Adoption(_)) => View::Learning,
            Some(Record::Actor(_)) | None => View::Overview,
            Some(_) => View::Evidence,
        }
    }
}

/// Whether `id` names something the detail panel can show: a record, or a matrix cell of an
/// existing partner and sector.
pub fn exists(data: &super::Loaded, id: &str) -> bool {
    match super::matrix::parse_cell_id(id) {
        Some((partner, sector)) => data.actor(partner).is_some() && data.sector(sector).is_some(),
        None => data.record(id).is_some(),
    }
}
