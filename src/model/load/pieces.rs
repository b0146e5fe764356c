//! Reading a large dataset a piece at a time, so that no one task holds the page for the whole
//! file.
//!
//! Owns: [`Pieces`]. serde reads a value in one call: a country's ties (55 MB at 1000 times the
//! paper's data) took about 280 ms in one task. The three collections that grow with a study,
//! `actors`, `relationships` and `events`, are cut out of the text; the rest of the dataset
//! (the skeleton, with those lists empty) is read first, then their elements in their order, a
//! step of a few megabytes at a time. Each element is read by the same reader as the whole
//! text's (`serde_json` over a `&str`, through [`Objects`]), so the deserialisers are not
//! built twice into the app.
//!
//! Errors are not this module's: whenever the text cannot be cut (not an object, a bracket
//! left open) or a piece fails to read, reading in pieces stops, and the caller reads the whole
//! text with [`super::parse_unchecked`], whose error names the place as it always has. The
//! skeleton and the elements put back together are the text, so the pieces read exactly when
//! the whole does (`tests/dataset.rs` checks this on corrupted texts).

use std::collections::VecDeque;
use std::ops::Range;

use serde::Deserialize;

use super::objects::Objects;
use crate::model::types::Dataset;

/// The lists read element by element: those that grow with a study.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum List {
    Actors,
    Relationships,
    Events,
}

impl List {
    /// The list a top-level key names, written plainly (a key with escapes stays in the
    /// skeleton, read whole: it reads the same either way).
    fn named(key: &[u8]) -> Option<Self> {
        match key {
            b"actors" => Some(Self::Actors),
            b"relationships" => Some(Self::Relationships),
            b"events" => Some(Self::Events),
            _ => None,
        }
    }
}

/// A dataset being read in pieces: [`Pieces::begin`], then [`Pieces::step`] until it is done,
/// then [`Pieces::finish`].
pub struct Pieces<'a> {
    text: &'a str,
    data: Dataset,
    /// The elements still to read, in the text's order: their list and their place in `text`.
    left: VecDeque<(List, Range<usize>)>,
}

impl<'a> Pieces<'a> {
    /// Cuts `text` into its skeleton and the elements of its growing lists, and reads the
    /// skeleton. `None` when the text cannot be cut or its skeleton does not read: the caller
    /// reads the whole text, for its error.
    pub fn begin(text: &'a str) -> Option<Self> {
        let lists = cut(text.as_bytes())?;
        // The skeleton: the text with each list's elements left out (`"events": []`).
        let mut skeleton =
            String::with_capacity(text.len() - lists.iter().map(|l| l.inside.len()).sum::<usize>());
        let mut from = 0;
        for l in &lists {
            skeleton.push_str(&text[from..l.inside.start]);
            from = l.inside.end;
        }
        skeleton.push_str(&text[from..]);
        let mut data: Dataset = element(&skeleton)?;
        let mut left = VecDeque::new();
        for l in lists {
            let n = l.elements.len();
            match l.list {
                List::Actors => data.actors.reserve_exact(n),
                List::Relationships => data.relationships.reserve_exact(n),
                List::Events => data.events.reserve_exact(n),
            }
            left.extend(l.elements.into_iter().map(|e| (l.list, e)));
        }
        Some(Self { text, data, left })
    }

    /// Reads elements until about `bytes` of text have been read in this step, or until none is
    /// left: `Some(true)` once every element is read, `None` when one fails to read (the caller
    /// reads the whole text, for its error).
    pub fn step(&mut self, bytes: usize) -> Option<bool> {
        let mut read = 0;
        while read < bytes {
            let Some((list, at)) = self.left.pop_front() else {
                break;
            };
            read += at.len();
            let piece = &self.text[at];
            match list {
                List::Actors => self.data.actors.push(element(piece)?),
                List::Relationships => self.data.relationships.push(element(piece)?),
                List::Events => self.data.events.push(element(piece)?),
            }
        }
        Some(self.left.is_empty())
    }

    /// The dataset read, once [`Pieces::step`] has said it is done.
    pub fn finish(self) -> Dataset {
        self.data
    }
}

/// One JSON value (an element of a list, or the skeleton), read as the whole text's reader
/// reads it.
fn element<'a, T: Deserialize<'a>>(piece: &'a str) -> Option<T> {
    let mut de = serde_json::Deserializer::from_str(piece);
    let value = T::deserialize(Objects(&mut de)).ok()?;
    de.end().ok()?;
    Some(value)
}

/// A growing list found in the text: where its elements are.
struct Found {
    list: List,
    /// Between its brackets.
    inside: Range<usize>,
    /// Each element, in order.
    elements: Vec<Range<usize>>,
}

/// The growing lists of the top-level object `b`, in the text's order; `None` when `b` is not
/// an object the scan can follow to its end.
fn cut(b: &[u8]) -> Option<Vec<Found>> {
    let mut found = Vec::new();
    let mut i = skip_space(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_space(b, i + 1);
    if b.get(i) == Some(&b'}') {
        return Some(found);
    }
    loop {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let key_end = string_end(b, i)?;
        let key = &b[i + 1..key_end - 1];
        i = skip_space(b, key_end);
        if b.get(i) != Some(&b':') {
            return None;
        }
        let start = skip_space(b, i + 1);
        let end = value_end(b, start)?;
        if let (Some(list), Some(b'[')) = (List::named(key), b.get(start)) {
            found.push(Found {
                list,
                inside: start + 1..end - 1,
                elements: elements(b, start)?,
            });
        }
        i = skip_space(b, end);
        match b.get(i) {
            Some(b',') => i = skip_space(b, i + 1),
            Some(b'}') => return Some(found),
            _ => return None,
        }
    }
}

/// The elements of the array whose `[` is at `open`.
fn elements(b: &[u8], open: usize) -> Option<Vec<Range<usize>>> {
    let mut out = Vec::new();
    let mut i = skip_space(b, open + 1);
    if b.get(i) == Some(&b']') {
        return Some(out);
    }
    loop {
        let end = value_end(b, i)?;
        out.push(i..end);
        i = skip_space(b, end);
        match b.get(i) {
            Some(b',') => i = skip_space(b, i + 1),
            Some(b']') => return Some(out),
            _ => return None,
        }
    }
}

/// Past the JSON whitespace from `i`.
fn skip_space(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The end (past its closing quote) of the string whose opening quote is at `i`.
fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    i += 1;
    loop {
        match b.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// The end of the value that begins at `i`: a string, an object or array to its matching
/// bracket (any bracket closes one: a mismatch is the reader's to find), or a word or number
/// up to what ends it. `None` when nothing ends it, or nothing begins there.
fn value_end(b: &[u8], mut i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' => string_end(b, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            loop {
                match b.get(i)? {
                    b'"' => {
                        i = string_end(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        b',' | b'}' | b']' | b':' => None,
        _ => {
            let start = i;
            while !matches!(
                b.get(i),
                None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            ) {
                i += 1;
            }
            (i > start).then_some(i)
        }
    }
}
