//! The filters every view shares.
//!
//! Owns: [`Filters`] (partner, sector, period, relationship type) and the pure predicates that
//! apply them to each kind of record. Values that do not exist in the dataset are dropped by
//! [`Filters::sanitised`], never an error. A record the paper does not date is outside any
//! period: the filter cannot say it belongs there.

use super::index::Loaded;
use super::types::{Actor, Adoption, Challenge, Event, Id, Relationship, RelationshipType, Sector};

/// What the reader has narrowed the views to. `None` means "all".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    /// An actor id: only what involves this partner.
    pub partner: Option<Id<Actor>>,
    /// A sector id: only what touches this sector or one of its sub-sectors.
    pub sector: Option<Id<Sector>>,
    /// First year of the period (inclusive).
    pub from: Option<i32>,
    /// Last year of the period (inclusive).
    pub to: Option<i32>,
    /// Only relationships of this form (and what belongs to them).
    pub kind: Option<RelationshipType>,
}

impl RelationshipType {
    pub const ALL: [RelationshipType; 9] = [
        RelationshipType::Exploration,
        RelationshipType::LetterOfIntent,
        RelationshipType::Mou,
        RelationshipType::CooperationAgreement,
        RelationshipType::ExchangeProgramme,
        RelationshipType::DomesticHorizontalLearning,
        RelationshipType::BusinessToBusiness,
        RelationshipType::PrivateSector,
        RelationshipType::Unspecified,
    ];

    /// The code used in the dataset and the URL.
    pub fn code(self) -> &'static str {
        match self {
            RelationshipType::Exploration => "exploration",
            RelationshipType::LetterOfIntent => "letter_of_intent",
            RelationshipType::Mou => "mou",
            RelationshipType::CooperationAgreement => "cooperation_agreement",
            RelationshipType::ExchangeProgramme => "exchange_programme",
            RelationshipType::DomesticHorizontalLearning => "domestic_horizontal_learning",
            RelationshipType::BusinessToBusiness => "business_to_business",
            RelationshipType::PrivateSector => "private_sector",
            RelationshipType::Unspecified => "unspecified",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }
}

impl Filters {
    /// The same filters with every value that does not name a record of `data` removed, and a
    /// reversed period put the right way round.
    pub fn sanitised(mut self, data: &Loaded) -> Self {
        self.partner = self.partner.filter(|p| data.actor(p).is_some());
        self.sector = self.sector.filter(|s| data.sector(s).is_some());
        if let (Some(a), Some(b)) = (self.from, self.to) {
            if a > b {
                (self.from, self.to) = (Some(b), Some(a));
            }
        }
        self
    }

    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// How many filters are set: the partner, the sector, the period's first and last year, the
    /// relationship type (the count a phone's "Filters" button shows).
    pub fn active_count(&self) -> usize {
        [
            self.partner.is_some(),
            self.sector.is_some(),
            self.from.is_some(),
            self.to.is_some(),
            self.kind.is_some(),
        ]
        .into_iter()
        .filter(|set| *set)
        .count()
    }

    /// Whether a period is set.
    pub fn has_period(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether `year` (if known) lies in the period; an unknown year is only "in" no period.
    pub fn in_period(&self, year: Option<i32>) -> bool {
        if !self.has_period() {
            return true;
        }
        year.is_some_and(|y| self.from.is_none_or(|f| y >= f) && self.to.is_none_or(|t| y <= t))
    }

    fn sector_ok(&self, data: &Loaded, sectors: impl IntoIterator<Item = impl AsRef<str>>) -> bool {
        self.sector.as_deref().is_none_or(|wanted| {
            sectors
                .into_iter()
                .any(|s| sector_within(data, s.as_ref(), wanted))
        })
    }

    fn kind_ok(&self, data: &Loaded, relationships: &[&Id<Relationship>]) -> bool {
        self.kind.is_none_or(|k| {
            relationships
                .iter()
                .any(|r| data.relationship(r).is_some_and(|r| r.kind == k))
        })
    }

    /// Whether the relationship passes every filter.
    pub fn keeps_relationship(&self, data: &Loaded, r: &Relationship) -> bool {
        let partner_ok = self
            .partner
            .as_deref()
            .is_none_or(|p| r.partner == p || r.other_parties.iter().any(|o| o == p));
        partner_ok
            && self.sector_ok(data, r.sectors.iter().map(|l| l.sector.as_str()))
            && self.kind.is_none_or(|k| r.kind == k)
            && self.in_period(data.date(&r.id).map(|d| d.year))
    }

    /// Whether the event passes every filter; `lane` is the partner it is drawn for.
    pub fn keeps_event(&self, data: &Loaded, e: &Event, lane: &str) -> bool {
        let partner_ok = self
            .partner
            .as_deref()
            .is_none_or(|p| lane == p || e.actors.iter().any(|a| a == p));
        let rels: Vec<&Id<Relationship>> = e.relationship.iter().collect();
        partner_ok
            && self.sector_ok(data, &e.sectors)
            && self.kind_ok(data, &rels)
            && self.in_period(data.date(&e.id).map(|d| d.year))
    }

    /// Whether the challenge passes the partner, sector and type filters (challenges are not
    /// dated in the paper, so the period does not apply to them).
    pub fn keeps_challenge(&self, data: &Loaded, c: &Challenge) -> bool {
        let rels: Vec<&Id<Relationship>> = c.affects.relationships.iter().collect();
        let partner_ok = self.partner.as_deref().is_none_or(|p| {
            c.affects.actors.iter().any(|a| a == p)
                || rels
                    .iter()
                    .any(|r| data.relationship(r).is_some_and(|r| r.partner == p))
        });
        partner_ok && self.sector_ok(data, &c.affects.sectors) && self.kind_ok(data, &rels)
    }

    /// Whether the adoption passes the partner, sector and type filters (adoptions are not dated).
    pub fn keeps_adoption(&self, data: &Loaded, a: &Adoption) -> bool {
        let rels: Vec<&Id<Relationship>> = a.relationship.iter().collect();
        self.partner.as_deref().is_none_or(|p| a.learned_from == p)
            && self.sector_ok(data, &a.sectors)
            && self.kind_ok(data, &rels)
    }
}

/// Whether `sector` is `wanted` or lies below it in the sector tree.
pub fn sector_within(data: &Loaded, sector: &str, wanted: &str) -> bool {
    let mut current = Some(sector);
    // The depth bound guards against a cycle in a hand-written file.
    for _ in 0..=data.data.sectors.len() {
        match current {
            Some(s) if s == wanted => return true,
            Some(s) => current = data.sector(s).and_then(|x| x.parent.as_deref()),
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_count_counts_each_filter_set() {
        assert_eq!(Filters::default().active_count(), 0);
        let f = Filters {
            partner: Some(Id::new("daejeon")),
            from: Some(2015),
            to: Some(2017),
            ..Filters::default()
        };
        assert_eq!(f.active_count(), 3);
        let all = Filters {
            sector: Some(Id::new("ict")),
            kind: Some(RelationshipType::Mou),
            ..f
        };
        assert_eq!(all.active_count(), 5);
    }

    #[test]
    fn periods_include_their_ends_and_exclude_the_undated() {
        let f = Filters {
            from: Some(2015),
            to: Some(2016),
            ..Filters::default()
        };
        assert!(f.in_period(Some(2015)) && f.in_period(Some(2016)));
        assert!(!f.in_period(Some(2014)) && !f.in_period(Some(2017)));
        assert!(!f.in_period(None));
        assert!(Filters::default().in_period(None));
        let open = Filters {
            from: Some(2016),
            ..Filters::default()
        };
        assert!(open.in_period(Some(2030)) && !open.in_period(Some(2015)));
    }

    #[test]
    fn relationship_type_codes_round_trip() {
        for t in RelationshipType::ALL {
            assert_eq!(RelationshipType::parse(t.code()), Some(t));
            let json = serde_json::to_string(&t).unwrap_or_default();
            assert_eq!(
                json,
                format!("\"{}\"", t.code()),
                "the URL code is the dataset's code"
            );
        }
        assert_eq!(RelationshipType::parse("MoU"), None);
    }
}
