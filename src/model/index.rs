//! Lookups by id over a loaded dataset, built once at load.
//!
//! Owns: [`Loaded`], the dataset together with its id index, which every view reads.

use std::collections::HashMap;

use super::types::*;

/// A validated dataset and its lookups. Built once per dataset, shared read-only.
#[derive(Debug)]
pub struct Loaded {
    pub data: Dataset,
    actors: HashMap<String, usize>,
    sections: HashMap<String, usize>,
    sectors: HashMap<String, usize>,
    relationships: HashMap<String, usize>,
    events: HashMap<String, usize>,
}

fn positions<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| (id(x).to_string(), i))
        .collect()
}

impl Loaded {
    pub fn new(data: Dataset) -> Self {
        Self {
            actors: positions(&data.actors, |a| &a.id),
            sections: positions(&data.sections, |s| &s.id),
            sectors: positions(&data.sectors, |s| &s.id),
            relationships: positions(&data.relationships, |r| &r.id),
            events: positions(&data.events, |e| &e.id),
            data,
        }
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.get(id).map(|&i| &self.data.actors[i])
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.get(id).map(|&i| &self.data.sections[i])
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors.get(id).map(|&i| &self.data.sectors[i])
    }

    pub fn relationship(&self, id: &str) -> Option<&Relationship> {
        self.relationships.get(id).map(|&i| &self.data.relationships[i])
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.get(id).map(|&i| &self.data.events[i])
    }

    pub fn focal(&self) -> Option<&Actor> {
        self.actor(&self.data.focal_actor)
    }
}
