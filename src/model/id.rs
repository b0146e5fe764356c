//! Record ids, typed by the collection they name.
//!
//! Owns: [`Id`], the id of a record of type `T` (`Id<Actor>`, `Id<Event>`), and [`IdOf`], what a
//! lookup by id accepts. A reference between records is an `Id` of the collection it points
//! into, so passing an event's id where an actor's is expected does not compile, and the
//! validator checks each reference against the collection its type names
//! (`collections::Collected`). In the file an id is plain text: `Id` reads and writes exactly as
//! a `String` does, and the JSON format does not change.

use std::borrow::Borrow;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The id of a record of type `T`: text in the file, a type of its own in the code.
pub struct Id<T: ?Sized>(String, PhantomData<fn() -> T>);

/// What a lookup of a `T` by id accepts: a `T`'s typed id, or text not yet known to be one (a
/// value from the address bar, a matrix cell's part). An id typed for another collection is
/// not accepted:
///
/// ```compile_fail
/// # use paradiplomacy_dashboard::model::{parse_dataset, Loaded, BUNDLED_JSON};
/// # let data = Loaded::new(parse_dataset(BUNDLED_JSON).expect("bundled"));
/// let event = &data.data.events[0];
/// data.actor(&event.id); // an event's id where an actor's is expected
/// ```
///
/// while an actor's id, a reference typed as one, or text is:
///
/// ```
/// # use paradiplomacy_dashboard::model::{parse_dataset, Loaded, BUNDLED_JSON};
/// # let data = Loaded::new(parse_dataset(BUNDLED_JSON).expect("bundled"));
/// let tie = &data.data.relationships[0];
/// assert!(data.actor(&tie.partner).is_some());
/// assert!(data.actor(&data.data.actors[0].id).is_some());
/// assert!(data.actor("daejeon").is_some());
/// assert!(data.actor(tie.id.as_str()).is_none(), "text is looked up as it is");
/// ```
pub trait IdOf<T: ?Sized> {
    fn id_str(&self) -> &str;
}

impl<T: ?Sized> Id<T> {
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into(), PhantomData)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<T: ?Sized> IdOf<T> for Id<T> {
    fn id_str(&self) -> &str {
        &self.0
    }
}

impl<T: ?Sized> IdOf<T> for str {
    fn id_str(&self) -> &str {
        self
    }
}

impl<T: ?Sized> IdOf<T> for String {
    fn id_str(&self) -> &str {
        self
    }
}

impl<T: ?Sized, S: IdOf<T> + ?Sized> IdOf<T> for &S {
    fn id_str(&self) -> &str {
        (**self).id_str()
    }
}

impl<T: ?Sized> Deref for Id<T> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<T: ?Sized> AsRef<str> for Id<T> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl<T: ?Sized> Borrow<str> for Id<T> {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl<T: ?Sized> Clone for Id<T> {
    fn clone(&self) -> Self {
        Self::new(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<T: ?Sized> Eq for Id<T> {}

impl<T: ?Sized> PartialEq<str> for Id<T> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl<T: ?Sized> PartialEq<&str> for Id<T> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl<T: ?Sized> PartialEq<String> for Id<T> {
    fn eq(&self, other: &String) -> bool {
        self.0 == *other
    }
}

impl<T: ?Sized> PartialEq<Id<T>> for str {
    fn eq(&self, other: &Id<T>) -> bool {
        self == other.0
    }
}

impl<T: ?Sized> PartialEq<Id<T>> for &str {
    fn eq(&self, other: &Id<T>) -> bool {
        *self == other.0
    }
}

impl<T: ?Sized> PartialOrd for Id<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<T: ?Sized> Ord for Id<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

/// Hashes as its text, so that a map keyed by ids is looked up by `&str` too ([`Borrow`]).
impl<T: ?Sized> Hash for Id<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl<T: ?Sized> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<T: ?Sized> fmt::Display for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<T: ?Sized> From<&str> for Id<T> {
    fn from(id: &str) -> Self {
        Self::new(id)
    }
}

impl<T: ?Sized> From<String> for Id<T> {
    fn from(id: String) -> Self {
        Self::new(id)
    }
}

/// Written as the text it is.
impl<T: ?Sized> Serialize for Id<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// Read as a `String` is, with the same errors: the file's format does not change.
impl<'de, T: ?Sized> Deserialize<'de> for Id<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two kinds of record, for the tests.
    struct Actor;
    struct Event;

    #[test]
    fn an_id_reads_and_writes_as_plain_text() {
        let id: Id<Actor> = serde_json::from_str("\"daejeon\"").expect("text");
        assert_eq!(id, "daejeon");
        assert_eq!(serde_json::to_string(&id).expect("json"), "\"daejeon\"");
        let err = serde_json::from_str::<Id<Actor>>("3").expect_err("not text");
        let plain = serde_json::from_str::<String>("3").expect_err("not text");
        assert_eq!(err.to_string(), plain.to_string(), "the same error as a String's");
        let list: Vec<Id<Event>> = serde_json::from_str(r#"["a","b"]"#).expect("list");
        assert_eq!(list, [Id::new("a"), Id::new("b")]);
    }

    #[test]
    fn a_map_keyed_by_ids_is_looked_up_by_text() {
        let mut m = std::collections::HashMap::new();
        m.insert(Id::<Actor>::new("daejeon"), 1);
        assert_eq!(m.get("daejeon"), Some(&1));
    }
}
