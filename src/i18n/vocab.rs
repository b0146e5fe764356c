//! The dataset's vocabularies (levels, relationship types and statuses, event kinds, learning
//! routes...) as key lists: [`Every`] for each, so that the tests walk every label. Each list is
//! checked against an exhaustive `match`, so a word added to the format fails to compile here
//! until it is listed (and in each language's file until it is worded).

use super::Every;
use crate::model::{
    AdoptionStatus, DateQualifier, EventKind, LearningRoute, RecommendationKind, RelationshipStatus,
    RelationshipType, SectorLevel,
};

macro_rules! every {
    ($ty:ident { $($variant:ident),+ $(,)? }) => {
        impl Every for $ty {
            const ALL: &'static [Self] = &[$($ty::$variant),+];
        }

        const _: fn($ty) = |x| match x {
            $($ty::$variant => ()),+
        };
    };
}

every!(SectorLevel {
    None,
    Considered,
    Explored,
    Planned,
    Agreed,
    Implemented,
    Adapted
});
every!(DateQualifier {
    Exact,
    Circa,
    Since,
    Undated
});
every!(EventKind {
    Founding,
    Exploration,
    StudyVisit,
    Signing,
    Request,
    Programme,
    Evaluation,
    Decision,
    Context
});
every!(RelationshipType {
    Exploration,
    LetterOfIntent,
    Mou,
    CooperationAgreement,
    ExchangeProgramme,
    DomesticHorizontalLearning,
    BusinessToBusiness,
    PrivateSector,
    Unspecified,
});
every!(RelationshipStatus {
    Active,
    Planned,
    Considered,
    Past,
    Superseded
});
every!(AdoptionStatus {
    Considered,
    Planned,
    Adopted,
    Adapted
});
every!(LearningRoute {
    SisterCity,
    StudyVisit,
    DomesticHorizontalLearning,
    BusinessToBusiness,
    PrivateSector
});
every!(RecommendationKind {
    Improve,
    Maintain,
    Evaluate
});
