//! The dashboard's views, as plain data: their URL codes. (Their words in the interface are in
//! each language's table, `Words::view`; which view shows a record best, `View::home_of`, is
//! `index`'s: it needs the records, and the dataset's story names views.)

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
}
