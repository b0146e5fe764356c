//! The Indonesian words for the dataset's closed lists: levels, date qualifiers, kinds of
//! event, types and statuses of ties, routes of learning, kinds of recommendation.

use crate::model::{
    AdoptionStatus, DateQualifier, EventKind, LearningRoute, RecommendationKind, RelationshipStatus,
    RelationshipType, SectorLevel,
};

pub(super) fn level(x: SectorLevel) -> &'static str {
    match x {
        SectorLevel::None => "tidak ada",
        SectorLevel::Considered => "dipertimbangkan",
        SectorLevel::Explored => "dijajaki",
        SectorLevel::Planned => "direncanakan",
        SectorLevel::Agreed => "disepakati",
        SectorLevel::Implemented => "dilaksanakan",
        SectorLevel::Adapted => "diadaptasi",
    }
}

pub(super) fn qualifier(x: DateQualifier) -> &'static str {
    match x {
        DateQualifier::Exact => "",
        DateQualifier::Circa => "sekitar",
        DateQualifier::Since => "sejak",
        DateQualifier::Undated => "tanpa tanggal",
    }
}

pub(super) fn event_kind(x: EventKind) -> &'static str {
    match x {
        EventKind::Founding => "Pembentukan",
        EventKind::Exploration => "Penjajakan",
        EventKind::StudyVisit => "Studi banding",
        EventKind::Signing => "Penandatanganan",
        EventKind::Request => "Permohonan",
        EventKind::Programme => "Program",
        EventKind::Evaluation => "Evaluasi",
        EventKind::Decision => "Keputusan",
        EventKind::Context => "Konteks",
    }
}

pub(super) fn rel_type(x: RelationshipType) -> &'static str {
    match x {
        RelationshipType::Exploration => "penjajakan",
        RelationshipType::LetterOfIntent => "surat pernyataan minat (LoI)",
        RelationshipType::Mou => "nota kesepahaman (MoU)",
        RelationshipType::CooperationAgreement => "perjanjian kerja sama",
        RelationshipType::ExchangeProgramme => "program pertukaran",
        RelationshipType::DomesticHorizontalLearning => "pembelajaran horizontal dalam negeri",
        RelationshipType::BusinessToBusiness => "business to business",
        RelationshipType::PrivateSector => "sektor swasta",
        RelationshipType::Unspecified => "bentuk tidak disebut",
    }
}

pub(super) fn rel_status(x: RelationshipStatus) -> &'static str {
    match x {
        RelationshipStatus::Active => "berjalan",
        RelationshipStatus::Planned => "direncanakan",
        RelationshipStatus::Considered => "dipertimbangkan",
        RelationshipStatus::Past => "pernah",
        RelationshipStatus::Superseded => "digantikan tahap berikutnya",
    }
}

pub(super) fn adoption_status(x: AdoptionStatus) -> &'static str {
    match x {
        AdoptionStatus::Considered => "dipertimbangkan",
        AdoptionStatus::Planned => "direncanakan",
        AdoptionStatus::Adopted => "diadopsi",
        AdoptionStatus::Adapted => "diadaptasi",
    }
}

pub(super) fn route(x: LearningRoute) -> &'static str {
    match x {
        LearningRoute::SisterCity => "kerja sama kota",
        LearningRoute::StudyVisit => "studi banding",
        LearningRoute::DomesticHorizontalLearning => "pembelajaran horizontal dalam negeri",
        LearningRoute::BusinessToBusiness => "business to business",
        LearningRoute::PrivateSector => "sektor swasta",
    }
}

pub(super) fn rec_kind(x: RecommendationKind) -> &'static str {
    match x {
        RecommendationKind::Improve => "perlu diperbaiki",
        RecommendationKind::Maintain => "perlu dipertahankan",
        RecommendationKind::Evaluate => "perlu dievaluasi berkala",
    }
}
