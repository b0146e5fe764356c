//! JSON read with its objects' keys in the order they are written (serde_json's `Value` sorts
//! them, and a sheet's columns follow the schema's order of fields).
//!
//! Owns: [`Node`] and [`values`] (an object's values in order, for a test that turns a
//! dataset into an array of them).

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// A JSON value with its objects' keys in the order written (serde_json's `Value` sorts them).
#[derive(Clone, Debug)]
pub enum Node {
    Object(Vec<(String, Node)>),
    Array(Vec<Node>),
    Text(String),
    /// A number, `true`, `false` or `null`.
    Other(Value),
}

impl Default for Node {
    fn default() -> Self {
        Node::Other(Value::Null)
    }
}

/// The values of the JSON object `text`, in the order written.
pub fn values(text: &str) -> Result<Vec<Value>, serde_json::Error> {
    match serde_json::from_str(text)? {
        Node::Object(fields) => Ok(fields.iter().map(|(_, v)| v.to_value()).collect()),
        other => Ok(vec![other.to_value()]),
    }
}

impl Node {
    /// The schema's text: it is part of the build, and tests read it, so a broken schema shows
    /// as an empty layout that every test of the workbook fails on.
    pub(super) fn parse(text: &str) -> Node {
        serde_json::from_str(text).unwrap_or_default()
    }

    /// The value as serde_json has it (its objects' keys sorted).
    pub fn to_value(&self) -> Value {
        match self {
            Node::Object(fields) => {
                Value::Object(fields.iter().map(|(k, v)| (k.clone(), v.to_value())).collect())
            }
            Node::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            Node::Text(t) => Value::String(t.clone()),
            Node::Other(v) => v.clone(),
        }
    }

    pub(super) fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub(super) fn text(&self) -> Option<&str> {
        match self {
            Node::Text(t) => Some(t),
            _ => None,
        }
    }

    pub(super) fn items(&self) -> &[Node] {
        match self {
            Node::Array(items) => items,
            _ => &[],
        }
    }

    pub(super) fn fields(&self) -> &[(String, Node)] {
        match self {
            Node::Object(fields) => fields,
            _ => &[],
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Node;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
                let mut fields = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Node>()? {
                    fields.push((k, v));
                }
                Ok(Node::Object(fields))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
                let mut items = Vec::new();
                while let Some(v) = seq.next_element::<Node>()? {
                    items.push(v);
                }
                Ok(Node::Array(items))
            }
            fn visit_str<E>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Text(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Other(v.into()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
                Ok(Node::Other(v.into()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
                Ok(Node::Other(v.into()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
                Ok(Node::Other(v.into()))
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Other(Value::Null))
            }
        }
        d.deserialize_any(V)
    }
}
