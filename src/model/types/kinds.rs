//! The closed lists of words of the dataset format: each a plain enum, written in the file in
//! snake_case (`"city_group"`, `"letter_of_intent"`). `data/README.md` says what each word means;
//! `data/schema.json` lists the same words.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    City,
    CityGroup,
    Regency,
    Province,
    Country,
    NationalGovernment,
    Ministry,
    LocalAgency,
    University,
    ResearchCentre,
    Company,
    Person,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipType {
    Exploration,
    LetterOfIntent,
    Mou,
    CooperationAgreement,
    ExchangeProgramme,
    DomesticHorizontalLearning,
    BusinessToBusiness,
    PrivateSector,
    /// The paper names the tie but not its form.
    Unspecified,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationshipStatus {
    Active,
    Planned,
    Considered,
    Past,
    Superseded,
}

/// How far a relationship reaches into a sector. Ordered from "the paper says none" upwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectorLevel {
    None,
    Considered,
    Explored,
    Planned,
    Agreed,
    Implemented,
    Adapted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateQualifier {
    Exact,
    Circa,
    Since,
    Undated,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Founding,
    Exploration,
    StudyVisit,
    Signing,
    Request,
    Programme,
    Evaluation,
    Decision,
    Context,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LearningRoute {
    SisterCity,
    StudyVisit,
    DomesticHorizontalLearning,
    BusinessToBusiness,
    PrivateSector,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdoptionStatus {
    Considered,
    Planned,
    Adopted,
    Adapted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalKind {
    Constitution,
    Law,
    MinisterialRegulation,
    PolicyPrinciple,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureUnit {
    Percent,
    Times,
    Count,
    Year,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecommendationKind {
    Improve,
    Maintain,
    Evaluate,
}
