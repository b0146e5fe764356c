//! Partners grouped: by their country, or by the form of their tie with the focal city (the
//! sister-city steps, domestic learning, business to business...), or each on its own. A file
//! can name hundreds of partners; the paper's own argument contrasts the forms of tie.
//!
//! Owns: [`PartnerGroup`] (the choice, `group=` in the URL) and [`PartnerGroup::key`], the group
//! a partner (and the relationship through which it is reached, if any) belongs to. The
//! timeline's lanes (`timeline::LaneBy::grouped`) and the challenges' bars follow it; a group's
//! name is `charts::group_name`.

use super::index::Loaded;
use super::types::Relationship;

/// How partners are grouped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PartnerGroup {
    /// Each partner on its own.
    #[default]
    Each,
    /// One group per country (an actor with no country in a group of its own).
    Country,
    /// One group per form of relationship (what belongs to no relationship in its own).
    Type,
}

impl PartnerGroup {
    /// Every choice, in the order the switch offers them.
    pub const ALL: [PartnerGroup; 3] = [PartnerGroup::Each, PartnerGroup::Country, PartnerGroup::Type];

    /// The code in the URL (`group=country`); [`PartnerGroup::Each`] is the default, never written.
    pub fn code(self) -> &'static str {
        match self {
            PartnerGroup::Each => "each",
            PartnerGroup::Country => "country",
            PartnerGroup::Type => "type",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.code() == code)
    }

    /// The key of the group of `partner`, reached through `relationship` when there is one: the
    /// partner's id, its country's code or the relationship's form (empty: no country, no
    /// relationship).
    pub fn key<'a>(
        self,
        data: &'a Loaded,
        partner: &'a str,
        relationship: Option<&'a Relationship>,
    ) -> &'a str {
        match self {
            PartnerGroup::Each => partner,
            PartnerGroup::Country => data
                .actor(partner)
                .and_then(|a| a.country.as_deref())
                .unwrap_or(""),
            PartnerGroup::Type => relationship.map_or("", |r| r.kind.code()),
        }
    }
}
