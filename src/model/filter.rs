//! The filters every view shares.
//!
//! Owns: [`Filters`] (which partner, which sector) and the pure predicates that apply them.
//! Values that do not exist in the dataset are dropped by [`Filters::sanitised`], never an error.

use super::index::Loaded;

/// What the reader has narrowed the views to. `None` means "all".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    /// An actor id: only what involves this partner.
    pub partner: Option<String>,
    /// A sector id: only what touches this sector or one of its sub-sectors.
    pub sector: Option<String>,
}

impl Filters {
    /// The same filters with every value that does not name a record of `data` removed.
    pub fn sanitised(mut self, data: &Loaded) -> Self {
        self.partner = self.partner.filter(|p| data.actor(p).is_some());
        self.sector = self.sector.filter(|s| data.sector(s).is_some());
        self
    }

    pub fn is_empty(&self) -> bool {
        self.partner.is_none() && self.sector.is_none()
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
