//! The timeline of a city's cooperation: events in lanes, one lane per partner, or partners
//! grouped (by country, by the form of their relationship), or per sector.
//!
//! Owns: which lane an event belongs to, its position on the axis, the order of lanes, and
//! which events a [`Filters`] keeps. Undated events are kept apart: the paper gives no date,
//! so the chart does not invent one.

use rustc_hash::FxHashMap as HashMap;

use super::date::PartialDate;
use super::filter::Filters;
use super::group::PartnerGroup;
use super::index::Loaded;
use super::types::{Actor, ActorKind, Event, Id};

/// What the lanes of the timeline stand for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LaneBy {
    /// One lane per partner (the focal city's own events in its lane).
    #[default]
    Partner,
    /// One lane per country: the partners of each country together (the focal city's own
    /// events with its country's; an actor with no country in its own lane).
    Country,
    /// One lane per form of relationship (sister-city steps, domestic learning, business to
    /// business...): what the paper contrasts. Events of no relationship in their own lane.
    Type,
    /// One lane per top-level sector (events naming no sector in their own lane).
    Sector,
}

impl LaneBy {
    /// Every way to lay out the lanes.
    pub const ALL: [LaneBy; 4] = [LaneBy::Partner, LaneBy::Country, LaneBy::Type, LaneBy::Sector];
    /// What the URL's `lanes=` names: partners or sectors (partners grouped as `group=` says).
    pub const CHOSEN: [LaneBy; 2] = [LaneBy::Partner, LaneBy::Sector];

    /// The lanes for `chosen` (partners or sectors) with partners grouped as `group` says.
    pub fn grouped(chosen: LaneBy, group: PartnerGroup) -> LaneBy {
        match (chosen, group) {
            (LaneBy::Sector, _) => LaneBy::Sector,
            (_, PartnerGroup::Country) => LaneBy::Country,
            (_, PartnerGroup::Type) => LaneBy::Type,
            (_, PartnerGroup::Each) => LaneBy::Partner,
        }
    }

    /// The partners' grouping these lanes stand for (`None`: sectors, no partners): the
    /// inverse of [`LaneBy::grouped`].
    pub fn group(self) -> Option<PartnerGroup> {
        match self {
            LaneBy::Partner => Some(PartnerGroup::Each),
            LaneBy::Country => Some(PartnerGroup::Country),
            LaneBy::Type => Some(PartnerGroup::Type),
            LaneBy::Sector => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            LaneBy::Partner => "partner",
            LaneBy::Country => "country",
            LaneBy::Type => "type",
            LaneBy::Sector => "sector",
        }
    }

    /// One of [`LaneBy::CHOSEN`] from its code in the URL.
    pub fn parse(code: &str) -> Option<Self> {
        LaneBy::CHOSEN.into_iter().find(|l| l.code() == code)
    }
}

/// One row of the timeline: an actor id, a country code, a relationship type's code or a
/// sector id (empty: no country, no relationship, no sector named).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    pub key: String,
}

/// The top of the sector tree above `sector`.
fn top_sector<'a>(data: &'a Loaded, sector: &'a str) -> &'a str {
    let mut current = sector;
    for _ in 0..=data.data.sectors.len() {
        match data.sector(current).and_then(|s| s.parent.as_deref()) {
            Some(parent) => current = parent,
            None => break,
        }
    }
    current
}

/// An event placed on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed<'a> {
    pub event: &'a Event,
    pub date: Option<PartialDate>,
    pub lane: usize,
    /// Position on the time axis in fractional years (0 for undated events).
    pub x: f64,
    /// Events in one lane with the same date share a place; `stack.0` of `stack.1` says which
    /// of them this is, so the chart can set them apart without moving any in time.
    pub stack: (usize, usize),
}

/// The timeline for one set of filters.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline<'a> {
    /// Lanes in order of first appearance; dated events' lanes come first.
    pub lanes: Vec<Lane>,
    /// How many of `lanes` hold a dated event (the lanes the chart draws).
    pub dated_lanes: usize,
    /// What the lanes stand for.
    pub by: LaneBy,
    /// Dated events, in date order.
    pub dated: Vec<Placed<'a>>,
    /// Events the paper does not date, in file order.
    pub undated: Vec<Placed<'a>>,
}

impl Timeline<'_> {
    /// The first and last whole years the axis must show.
    pub fn year_span(&self) -> Option<(i32, i32)> {
        let years = self.dated.iter().filter_map(|p| p.date.map(|d| d.year));
        let (lo, hi) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
        (lo <= hi).then_some((lo, hi))
    }

    /// All events, dated first, as the accessible table lists them.
    pub fn all(&self) -> impl Iterator<Item = &Placed<'_>> {
        self.dated.iter().chain(self.undated.iter())
    }

    /// Keeps on the chart only the `limit` lanes with the most cited passages in their dated
    /// events (ties in lane order), in lane order, and says how many dated lanes were left out:
    /// a file of thousands of partners is thousands of lanes that no one can read. The events of
    /// the lanes left out leave `dated` (the table lists every event before the cut); the
    /// undated events stay, their lanes after the kept ones.
    pub fn cut_lanes(&mut self, limit: usize) -> usize {
        let hidden = self.dated_lanes.saturating_sub(limit);
        if hidden == 0 {
            return 0;
        }
        let mut cited = vec![0usize; self.dated_lanes];
        for p in &self.dated {
            cited[p.lane] += p.event.citations.len();
        }
        let mut kept = vec![false; self.lanes.len()];
        for lane in super::cut::most_cited(&cited, limit) {
            kept[lane] = true;
        }
        // The kept lanes first, in their order, then every other lane (undated events').
        let mut at = vec![0; self.lanes.len()];
        let mut lanes = Vec::with_capacity(self.lanes.len());
        for pass in [true, false] {
            for (i, lane) in self.lanes.iter().enumerate() {
                if kept[i] == pass {
                    at[i] = lanes.len();
                    lanes.push(lane.clone());
                }
            }
        }
        self.dated.retain(|p| kept[p.lane]);
        for p in self.dated.iter_mut().chain(self.undated.iter_mut()) {
            p.lane = at[p.lane];
        }
        self.lanes = lanes;
        self.dated_lanes = limit;
        hidden
    }
}

fn is_place(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::City
            | ActorKind::CityGroup
            | ActorKind::Regency
            | ActorKind::Province
            | ActorKind::Country
    )
}

/// The partner an event belongs to: its relationship's partner, else the first place among its
/// actors other than the focal city, else the focal city itself.
pub fn lane_actor<'a>(data: &'a Loaded, event: &'a Event) -> &'a Id<Actor> {
    if let Some(r) = event.relationship.as_ref().and_then(|r| data.relationship(r)) {
        return &r.partner;
    }
    let focal = &data.data.focal_actor;
    event
        .actors
        .iter()
        .find(|a| *a != focal && data.actor(*a).is_some_and(|x| is_place(x.kind)))
        .unwrap_or(focal)
}

/// Builds the timeline of `data` under `filters`.
pub fn build<'a>(data: &'a Loaded, filters: &Filters, by: LaneBy) -> Timeline<'a> {
    let mut kept: Vec<(&'a Event, &'a str, Option<PartialDate>)> = data
        .data
        .events
        .iter()
        .filter(|e| filters.keeps_event(data, e, lane_actor(data, e)))
        .map(|e| {
            let relationship = || e.relationship.as_ref().and_then(|r| data.relationship(r));
            let lane = match by.group() {
                Some(group) => group.key(data, lane_actor(data, e), relationship()),
                None => e.sectors.first().map_or("", |s| top_sector(data, s)),
            };
            (e, lane, data.date(&e.id))
        })
        .collect();
    // Stable sort: events on the same date keep the file's order.
    kept.sort_by(|a, b| match (a.2, b.2) {
        (Some(x), Some(y)) => x.axis_position().total_cmp(&y.axis_position()),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    let mut lanes: Vec<Lane> = Vec::new();
    // Where each lane is in `lanes`: a search per event was quadratic (thousands of partners).
    let mut lane_at: HashMap<&str, usize> = HashMap::default();
    let mut timeline = Timeline {
        lanes: Vec::new(),
        dated_lanes: 0,
        by,
        dated: Vec::new(),
        undated: Vec::new(),
    };
    for (event, lane_id, date) in kept {
        let lane = *lane_at.entry(lane_id).or_insert_with(|| {
            lanes.push(Lane {
                key: lane_id.to_string(),
            });
            lanes.len() - 1
        });
        let x = date.map_or(0.0, |d| d.axis_position());
        let placed = Placed {
            event,
            date,
            lane,
            x,
            stack: (0, 1),
        };
        if date.is_some() {
            timeline.dated_lanes = lanes.len();
            timeline.dated.push(placed);
        } else {
            timeline.undated.push(placed);
        }
    }
    timeline.lanes = lanes;
    stack_shared_dates(&mut timeline.dated);
    timeline
}

/// Events in one lane with the same date would hide each other: number them within their group.
fn stack_shared_dates(dated: &mut [Placed<'_>]) {
    /// A lane and a date: the place events would share.
    type Place = (usize, Option<PartialDate>);
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // Where each place's group is in `groups` (a search per event was quadratic).
    let mut group_at: HashMap<Place, usize> = HashMap::default();
    for (i, p) in dated.iter().enumerate() {
        let at = *group_at.entry((p.lane, p.date)).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[at].push(i);
    }
    for members in groups {
        let n = members.len();
        for (k, i) in members.into_iter().enumerate() {
            dated[i].stack = (k, n);
        }
    }
}
