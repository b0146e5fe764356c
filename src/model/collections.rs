//! The dataset's collections, declared once.
//!
//! Owns: the table below, and what it generates: [`Collection`] (which collection, and its key
//! in the file), [`Record`] (a reference to any record), [`records`] (every record of a dataset,
//! in file order) and, per record, its id, citations, words for search and its JSON. The id
//! index, the validator's register pass, the list of all citations, search and the JSON export
//! all go through these, so a collection added to the table is in all of them; a collection
//! added to [`Dataset`] and not to the table does not compile (see [`records`]), nor does a
//! record type without [`Searched`] words. `docs/collections.md` lists the files a new
//! collection touches.

use serde_json::Value;

use super::types::*;

/// Generates the collections' types from one line per collection:
/// `key: RecordType => Variant (search),` where `key` is the field of [`Dataset`] (and the
/// key in the file), `Variant` names it in [`Collection`] and [`Record`], and `search` is
/// `searched` or `not_searched`; `(search, referenced)` for a collection other records point
/// into, whose record type then says which collection its ids name ([`Collected`]).
macro_rules! collections {
    ($($(#[$doc:meta])* $field:ident: $ty:ident => $variant:ident ($search:ident $(, $referenced:ident)?),)*) => {
        /// A collection of the dataset (the collections a reference can point into).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Collection {
            $($(#[$doc])* $variant,)*
        }

        impl Collection {
            /// Every collection, in the order of the file.
            pub const ALL: &'static [Collection] = &[$(Collection::$variant),*];

            /// The name of the collection as it appears in the file.
            pub fn key(self) -> &'static str {
                match self {
                    $(Self::$variant => stringify!($field),)*
                }
            }

            /// Whether search looks into the collection's records.
            pub fn searched(self) -> bool {
                match self {
                    $(Self::$variant => collections!(@searched $search),)*
                }
            }
        }

        /// Any record of the dataset.
        #[derive(Clone, Copy, Debug)]
        pub enum Record<'a> {
            $($variant(&'a $ty),)*
        }

        impl<'a> Record<'a> {
            /// The record at `index` of `collection` in `data`.
            pub fn at(data: &'a Dataset, collection: Collection, index: usize) -> Option<Self> {
                match collection {
                    $(Collection::$variant => data.$field.get(index).map(Self::$variant),)*
                }
            }

            /// Which collection the record is of.
            pub fn kind(&self) -> Collection {
                match self {
                    $(Self::$variant(_) => Collection::$variant,)*
                }
            }

            pub fn id(&self) -> &'a str {
                match self {
                    $(Self::$variant(r) => r.id.as_str(),)*
                }
            }

            /// The record's own citations (a relationship's sector links have theirs: see
            /// `citations::of`).
            pub fn citations(&self) -> &'a [Citation] {
                match self {
                    $(Self::$variant(r) => &r.citations,)*
                }
            }

            /// The record's texts a search looks in, in both languages.
            pub fn texts(&self) -> Vec<&'a str> {
                match self {
                    $(Self::$variant(r) => Searched::texts(*r),)*
                }
            }

            /// The record as the dataset file has it.
            pub fn to_json(&self) -> Option<Value> {
                match self {
                    $(Self::$variant(r) => serde_json::to_value(r).ok(),)*
                }
            }
        }

        $(collections!(@collected $ty $variant $($referenced)?);)*

        /// Every record of `data`, collection after collection in the order of the file, each
        /// with its position in its collection.
        pub fn records(data: &Dataset) -> impl Iterator<Item = (usize, Record<'_>)> {
            // Every field named, none left to `..`: a collection added to `Dataset` and not to
            // the table is a compile error here.
            let Dataset {
                schema_version: _,
                id: _,
                title: _,
                description: _,
                focal_actor: _,
                source: _,
                story: _,
                $($field,)*
            } = data;
            std::iter::empty()
                $(.chain($field.iter().enumerate().map(|(i, r)| (i, Record::$variant(r)))))*
        }
    };
    (@searched searched) => { true };
    (@searched not_searched) => { false };
    (@collected $ty:ident $variant:ident referenced) => {
        impl Collected for $ty {
            const COLLECTION: Collection = Collection::$variant;
        }
    };
    (@collected $ty:ident $variant:ident) => {};
}

/// A record type that references point to: the collection its ids are looked up in (an
/// `Id<T>` names a record of `T::COLLECTION`). Generated for the collections marked
/// `referenced` below, so a reference typed as an id of another record type does not compile.
pub trait Collected {
    const COLLECTION: Collection;
}

collections! {
    /// The paper's sections, which citations name; search leaves out their headings.
    sections: Section => Section (not_searched, referenced),
    actors: Actor => Actor (searched, referenced),
    sectors: Sector => Sector (searched, referenced),
    relationships: Relationship => Relationship (searched, referenced),
    events: Event => Event (searched, referenced),
    challenge_categories: ChallengeCategory => ChallengeCategory (searched, referenced),
    challenges: Challenge => Challenge (searched),
    adoptions: Adoption => Adoption (searched),
    strategies: Statement => Strategy (searched),
    legal_bases: LegalBasis => LegalBasis (searched),
    principles: Statement => Principle (searched),
    paradiplomacy_types: ParadiplomacyType => ParadiplomacyType (searched),
    literature: Literature => Literature (searched),
    findings: Finding => Finding (searched),
    recommendations: Recommendation => Recommendation (searched),
}

impl Record<'_> {
    /// The name of the record's collection in the file (`"events"`).
    pub fn collection(&self) -> &'static str {
        self.kind().key()
    }

    /// The JSON path of the record, given its position in its collection (`$.events[3]`).
    pub fn path(&self, index: usize) -> RecordPath {
        RecordPath {
            collection: self.collection(),
            index,
        }
    }
}

/// A record's JSON path (`$.events[3]`), written out only where it is shown: the validator
/// names a record's path only in a problem, and nearly every record has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecordPath {
    collection: &'static str,
    index: usize,
}

impl std::fmt::Display for RecordPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "$.{}[{}]", self.collection, self.index)
    }
}
