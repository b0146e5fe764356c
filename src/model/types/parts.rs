//! The parts the records of a dataset are made of: bilingual texts, citations of the paper, the
//! paper itself, and the values a record holds inside it (a sector link, a figure, a provision).

use serde::{Deserialize, Serialize};

use super::fields::{integer, nullable};
use super::kinds::{FigureUnit, SectorLevel};
use super::{Actor, Id, Relationship, Section, Sector};

/// A human-readable field in Indonesian (`id`) and English (`en`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub id: String,
    pub en: String,
}

/// A passage of the paper: the section it stands in, the verbatim Indonesian quote, and its
/// English translation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub section: Id<Section>,
    pub quote: String,
    pub translation: String,
}

/// The paper the dataset is drawn from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub authors: Vec<String>,
    pub title: String,
    pub journal: String,
    pub volume: String,
    pub issue: String,
    #[serde(deserialize_with = "integer")]
    pub year: i32,
    pub issn: String,
    pub language: String,
    #[serde(deserialize_with = "nullable")]
    pub url: Option<String>,
}

/// A value the paper does not state, with how it was derived.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalName {
    pub text: String,
    pub lang: String,
    pub derivation: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
    pub derivation: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorLink {
    pub sector: Id<Sector>,
    pub level: SectorLevel,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Affects {
    pub actors: Vec<Id<Actor>>,
    pub sectors: Vec<Id<Sector>>,
    pub relationships: Vec<Id<Relationship>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    pub article: String,
    #[serde(deserialize_with = "nullable")]
    pub text: Option<String>,
    #[serde(deserialize_with = "nullable")]
    pub translation: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: f64,
    pub unit: FigureUnit,
    pub text: Text,
}
