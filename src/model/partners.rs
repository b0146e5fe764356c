//! Partners at a glance: each partner of the focal city with the furthest status of its ties,
//! and the dataset's key figures, all counted from the data (nothing typed in by hand).

use rustc_hash::FxHashMap as HashMap;

use super::filter::Filters;
use super::index::Loaded;
use super::types::{Actor, RelationshipStatus};

/// One partner and where its cooperation stands.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerSummary<'a> {
    pub actor: &'a Actor,
    /// The most current status among its relationships (active > planned > considered > past).
    pub status: RelationshipStatus,
    pub relationships: Vec<&'a str>,
}

/// How current a status is, for choosing a partner's headline status.
fn currency(s: RelationshipStatus) -> u8 {
    match s {
        RelationshipStatus::Active => 4,
        RelationshipStatus::Planned => 3,
        RelationshipStatus::Considered => 2,
        RelationshipStatus::Superseded => 1,
        RelationshipStatus::Past => 0,
    }
}

/// The partners kept by `filters`, in the order their first relationship appears.
pub fn partners<'a>(data: &'a Loaded, filters: &Filters) -> Vec<PartnerSummary<'a>> {
    let mut out: Vec<PartnerSummary<'a>> = Vec::new();
    // Where each partner is in `out`: a search per relationship was quadratic in the partners.
    let mut at: HashMap<&str, usize> = HashMap::default();
    for r in data
        .data
        .relationships
        .iter()
        .filter(|r| filters.keeps_relationship(data, r))
    {
        let Some(actor) = data.actor(&r.partner) else {
            continue;
        };
        match at.get(r.partner.as_str()) {
            Some(&i) => {
                let p = &mut out[i];
                if currency(r.status) > currency(p.status) {
                    p.status = r.status;
                }
                p.relationships.push(&r.id);
            }
            None => {
                at.insert(&r.partner, out.len());
                out.push(PartnerSummary {
                    actor,
                    status: r.status,
                    relationships: vec![&r.id],
                });
            }
        }
    }
    out
}

/// Counts for the overview, each derived from the dataset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyFigures {
    pub partners: usize,
    pub foreign_partners: usize,
    pub active_partners: usize,
    pub relationships: usize,
    pub events: usize,
    pub adoptions: usize,
    pub challenges: usize,
    pub challenge_categories: usize,
    pub passages: usize,
}

/// The key figures under `filters`.
pub fn key_figures(data: &Loaded, filters: &Filters) -> KeyFigures {
    key_figures_of(data, filters, &partners(data, filters))
}

/// [`key_figures`] for `ps`, the partners under `filters` already listed (the overview lists
/// them for its map).
pub fn key_figures_of(data: &Loaded, filters: &Filters, ps: &[PartnerSummary<'_>]) -> KeyFigures {
    let focal_country = data.focal().and_then(|a| a.country.clone());
    let timeline = super::timeline::build(data, filters, super::timeline::LaneBy::Partner);
    let challenges: Vec<_> = data
        .data
        .challenges
        .iter()
        .filter(|c| filters.keeps_challenge(data, c))
        .collect();
    let mut categories: Vec<&str> = challenges.iter().map(|c| c.category.as_str()).collect();
    categories.sort_unstable();
    categories.dedup();
    KeyFigures {
        partners: ps.len(),
        foreign_partners: ps
            .iter()
            .filter(|p| p.actor.country.is_some() && p.actor.country != focal_country)
            .count(),
        active_partners: ps
            .iter()
            .filter(|p| p.status == RelationshipStatus::Active)
            .count(),
        relationships: ps.iter().map(|p| p.relationships.len()).sum(),
        events: timeline.dated.len() + timeline.undated.len(),
        adoptions: data
            .data
            .adoptions
            .iter()
            .filter(|a| filters.keeps_adoption(data, a))
            .count(),
        challenges: challenges.len(),
        challenge_categories: categories.len(),
        passages: data.passages(),
    }
}
