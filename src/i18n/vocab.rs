//! Labels of the dataset's vocabularies (levels, relationship types and statuses, event kinds,
//! learning routes...), in Indonesian and English.

use super::Key;
use crate::model::{
    AdoptionStatus, DateQualifier, EventKind, LearningRoute, RecommendationKind, RelationshipStatus,
    RelationshipType, SectorLevel,
};

/// The (Indonesian, English) label of a vocabulary key; other keys are not labels here.
pub(super) fn pair(key: Key) -> (&'static str, &'static str) {
    match key {
        Key::Level(l) => match l {
            SectorLevel::None => ("tidak ada", "none"),
            SectorLevel::Considered => ("dipertimbangkan", "considered"),
            SectorLevel::Explored => ("dijajaki", "explored"),
            SectorLevel::Planned => ("direncanakan", "planned"),
            SectorLevel::Agreed => ("disepakati", "agreed"),
            SectorLevel::Implemented => ("dilaksanakan", "implemented"),
            SectorLevel::Adapted => ("diadaptasi", "adapted"),
        },
        Key::Qualifier(q) => match q {
            DateQualifier::Exact => ("", ""),
            DateQualifier::Circa => ("sekitar", "around"),
            DateQualifier::Since => ("sejak", "since"),
            DateQualifier::Undated => ("tanpa tanggal", "undated"),
        },
        Key::EventKind(k) => match k {
            EventKind::Founding => ("Pembentukan", "Founding"),
            EventKind::Exploration => ("Penjajakan", "Exploration"),
            EventKind::StudyVisit => ("Studi banding", "Study visit"),
            EventKind::Signing => ("Penandatanganan", "Signing"),
            EventKind::Request => ("Permohonan", "Request"),
            EventKind::Programme => ("Program", "Programme"),
            EventKind::Evaluation => ("Evaluasi", "Evaluation"),
            EventKind::Decision => ("Keputusan", "Decision"),
            EventKind::Context => ("Konteks", "Context"),
        },
        Key::RelType(k) => match k {
            RelationshipType::Exploration => ("penjajakan", "exploration"),
            RelationshipType::LetterOfIntent => ("surat pernyataan minat (LoI)", "letter of intent"),
            RelationshipType::Mou => ("nota kesepahaman (MoU)", "memorandum of understanding"),
            RelationshipType::CooperationAgreement => ("perjanjian kerja sama", "cooperation agreement"),
            RelationshipType::ExchangeProgramme => ("program pertukaran", "exchange programme"),
            RelationshipType::DomesticHorizontalLearning => (
                "pembelajaran horizontal dalam negeri",
                "domestic horizontal learning",
            ),
            RelationshipType::BusinessToBusiness => ("business to business", "business to business"),
            RelationshipType::PrivateSector => ("sektor swasta", "private sector"),
            RelationshipType::Unspecified => ("bentuk tidak disebut", "form not stated"),
        },
        Key::RelStatus(s) => match s {
            RelationshipStatus::Active => ("berjalan", "active"),
            RelationshipStatus::Planned => ("direncanakan", "planned"),
            RelationshipStatus::Considered => ("dipertimbangkan", "considered"),
            RelationshipStatus::Past => ("pernah", "past"),
            RelationshipStatus::Superseded => ("digantikan tahap berikutnya", "superseded"),
        },
        Key::AdoptionStatus(s) => match s {
            AdoptionStatus::Considered => ("dipertimbangkan", "considered"),
            AdoptionStatus::Planned => ("direncanakan", "planned"),
            AdoptionStatus::Adopted => ("diadopsi", "adopted"),
            AdoptionStatus::Adapted => ("diadaptasi", "adapted"),
        },
        Key::Route(r) => match r {
            LearningRoute::SisterCity => ("kerja sama kota", "city partnership"),
            LearningRoute::StudyVisit => ("studi banding", "study visit"),
            LearningRoute::DomesticHorizontalLearning => (
                "pembelajaran horizontal dalam negeri",
                "domestic horizontal learning",
            ),
            LearningRoute::BusinessToBusiness => ("business to business", "business to business"),
            LearningRoute::PrivateSector => ("sektor swasta", "private sector"),
        },
        Key::RecKind(k) => match k {
            RecommendationKind::Improve => ("perlu diperbaiki", "to improve"),
            RecommendationKind::Maintain => ("perlu dipertahankan", "to maintain"),
            RecommendationKind::Evaluate => ("perlu dievaluasi berkala", "to evaluate regularly"),
        },
        _ => ("", ""),
    }
}
