//! The English words for the dataset's closed lists: levels, date qualifiers, kinds of
//! event, types and statuses of ties, routes of learning, kinds of recommendation.

use crate::model::{
    AdoptionStatus, DateQualifier, EventKind, LearningRoute, RecommendationKind, RelationshipStatus,
    RelationshipType, SectorLevel,
};

pub(super) fn level(x: SectorLevel) -> &'static str {
    match x {
        SectorLevel::None => "none",
        SectorLevel::Considered => "considered",
        SectorLevel::Explored => "explored",
        SectorLevel::Planned => "planned",
        SectorLevel::Agreed => "agreed",
        SectorLevel::Implemented => "implemented",
        SectorLevel::Adapted => "adapted",
    }
}

pub(super) fn qualifier(x: DateQualifier) -> &'static str {
    match x {
        DateQualifier::Exact => "",
        DateQualifier::Circa => "around",
        DateQualifier::Since => "since",
        DateQualifier::Undated => "undated",
    }
}

pub(super) fn event_kind(x: EventKind) -> &'static str {
    match x {
        EventKind::Founding => "Founding",
        EventKind::Exploration => "Exploration",
        EventKind::StudyVisit => "Study visit",
        EventKind::Signing => "Signing",
        EventKind::Request => "Request",
        EventKind::Programme => "Programme",
        EventKind::Evaluation => "Evaluation",
        EventKind::Decision => "Decision",
        EventKind::Context => "Context",
    }
}

pub(super) fn rel_type(x: RelationshipType) -> &'static str {
    match x {
        RelationshipType::Exploration => "exploration",
        RelationshipType::LetterOfIntent => "letter of intent",
        RelationshipType::Mou => "memorandum of understanding",
        RelationshipType::CooperationAgreement => "cooperation agreement",
        RelationshipType::ExchangeProgramme => "exchange programme",
        RelationshipType::DomesticHorizontalLearning => "domestic horizontal learning",
        RelationshipType::BusinessToBusiness => "business to business",
        RelationshipType::PrivateSector => "private sector",
        RelationshipType::Unspecified => "form not stated",
    }
}

pub(super) fn rel_status(x: RelationshipStatus) -> &'static str {
    match x {
        RelationshipStatus::Active => "active",
        RelationshipStatus::Planned => "planned",
        RelationshipStatus::Considered => "considered",
        RelationshipStatus::Past => "past",
        RelationshipStatus::Superseded => "superseded",
    }
}

pub(super) fn adoption_status(x: AdoptionStatus) -> &'static str {
    match x {
        AdoptionStatus::Considered => "considered",
        AdoptionStatus::Planned => "planned",
        AdoptionStatus::Adopted => "adopted",
        AdoptionStatus::Adapted => "adapted",
    }
}

pub(super) fn route(x: LearningRoute) -> &'static str {
    match x {
        LearningRoute::SisterCity => "city partnership",
        LearningRoute::StudyVisit => "study visit",
        LearningRoute::DomesticHorizontalLearning => "domestic horizontal learning",
        LearningRoute::BusinessToBusiness => "business to business",
        LearningRoute::PrivateSector => "private sector",
    }
}

pub(super) fn rec_kind(x: RecommendationKind) -> &'static str {
    match x {
        RecommendationKind::Improve => "to improve",
        RecommendationKind::Maintain => "to maintain",
        RecommendationKind::Evaluate => "to evaluate regularly",
    }
}
