//! The guided story's format: the steps a presenter walks through, as the dataset writes them
//! (`story`). What the story does is `model::story`'s; its checks are `validate`'s.

use serde::{Deserialize, Serialize};

use super::fields::{present, present_integer};
use super::{Actor, Id, RelationshipType, Sector, Text};
use crate::model::view::View;

/// One step of the story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryStep {
    pub id: Id<StoryStep>,
    pub view: View,
    #[serde(default)]
    pub filters: StoryFilters,
    /// The record (or matrix cell) shown in the detail panel.
    #[serde(default)]
    pub item: Option<String>,
    pub title: Text,
    pub caption: Text,
    pub speaker_notes: Text,
}

/// The filters of a step, as in the URL. Each may be left out, but is not `null`: one not set
/// is left out when written, so that a dataset written out reads back.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFilters {
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub partner: Option<Id<Actor>>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub sector: Option<Id<Sector>>,
    #[serde(
        default,
        deserialize_with = "present_integer",
        skip_serializing_if = "Option::is_none"
    )]
    pub from: Option<i32>,
    #[serde(
        default,
        deserialize_with = "present_integer",
        skip_serializing_if = "Option::is_none"
    )]
    pub to: Option<i32>,
    #[serde(
        default,
        rename = "type",
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<RelationshipType>,
}

#[cfg(test)]
impl StoryStep {
    /// A step of the timeline with placeholder texts, for tests.
    pub(crate) fn sample(id: &str) -> Self {
        let text = |t: &str| Text {
            id: t.into(),
            en: t.into(),
        };
        StoryStep {
            id: id.into(),
            view: View::Timeline,
            filters: StoryFilters::default(),
            item: None,
            title: text("a"),
            caption: text("b"),
            speaker_notes: text("c"),
        }
    }
}
