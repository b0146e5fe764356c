//! Which sheets a dataset's workbook has and which columns each, read from `data/schema.json`
//! (the same contract the loader and `tools/check_schema.py` hold files to), in the schema's
//! order of fields.
//!
//! Owns: [`Layout`] (every [`Table`]: the dataset's own fields, one per collection of
//! `collections`, the story, one per list of parts, the citations), [`Column`] and its [`Leaf`]
//! (what a cell holds, and the closed list of words of a column, from the schema's `enum`s),
//! and the shape that puts a row's cells back into a record ([`Shape`]). An object is flattened
//! into dotted column names (`title.id`, `coordinates.lat`); a list of ids or texts is one cell;
//! a list of objects is a sheet of its own, each row naming the record it belongs to; the
//! citations of every record and part are one sheet.

use std::sync::OnceLock;

use super::ordered::Node;
use crate::model::collections::Collection;

/// What a part of the schema that is not there reads as.
static NONE: Node = Node::Other(serde_json::Value::Null);

/// The schema every workbook is read and written by.
const SCHEMA: &str = include_str!("../../../data/schema.json");

/// The key of the story in the file: the one list of the dataset outside its collections.
pub const STORY_KEY: &str = "story";
/// The sheet of the dataset's own fields.
pub const DATASET_SHEET: &str = "Dataset";
/// The sheet of every citation.
pub const CITATIONS_SHEET: &str = "Citations";
/// The column of the Citations sheet, and of a sheet of parts, naming the record.
pub const RECORD_COLUMN: &str = "record";
/// The column of the Citations sheet naming a part of the record (`sectors/ict`), or empty.
pub const PART_COLUMN: &str = "part";

/// What a cell of a column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Leaf {
    /// A record's id, or a reference to one.
    Id,
    Text,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Date,
    Integer,
    Number,
    Boolean,
    /// One of a closed list of words.
    Word(Vec<String>),
    /// Ids separated by `;` (or line breaks).
    IdList,
    /// Texts, one a line.
    TextList,
}

/// A column of a sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// Its name in the first row: the field's path in the record (`title.en`).
    pub name: String,
    pub leaf: Leaf,
    /// An empty cell is `null`.
    pub nullable: bool,
    /// An empty cell leaves the field out.
    pub optional: bool,
    /// The schema's description of the field, if it has one (English).
    pub description: Option<String>,
}

/// How a record's fields come out of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// The value of the column at this index.
    Leaf(usize),
    /// An object of fields; `null` (when nullable) or left out (when optional) if all its cells
    /// are empty.
    Object {
        fields: Vec<(String, Shape)>,
        nullable: bool,
        optional: bool,
    },
    /// The record's citations, from the Citations sheet.
    Citations { optional: bool },
    /// A list of parts, from the table at this index.
    Parts(usize),
}

/// What a table's rows are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableKind {
    /// The dataset's own fields: one row.
    Dataset,
    /// The records of a list of the file (`events`, `story`).
    Records { key: String, optional: bool },
    /// The parts (`sectors`) of the records of another table; the first column names the record.
    Parts { parent: usize, key: String },
}

/// A sheet of the workbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub sheet: String,
    pub kind: TableKind,
    pub columns: Vec<Column>,
    pub fields: Vec<(String, Shape)>,
}

/// Every sheet of a dataset's workbook.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub tables: Vec<Table>,
    /// The Citations sheet's columns: record, part, then a citation's fields.
    pub citations: Vec<Column>,
}

/// The layout, read from the schema once.
pub fn layout() -> &'static Layout {
    static LAYOUT: OnceLock<Layout> = OnceLock::new();
    LAYOUT.get_or_init(|| build(&Node::parse(SCHEMA)))
}

/// A sheet's name from a key of the file: `challenge_categories` is "Challenge categories".
pub fn sheet_name(key: &str) -> String {
    let words = key.replace('_', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What a property's schema is, once `$ref`s and `anyOf [x, null]` are seen through.
enum Kind<'a> {
    Leaf(Leaf),
    Object(&'a Node),
    Citations,
    Parts(&'a Node),
}

struct Builder<'a> {
    defs: &'a Node,
    tables: Vec<Table>,
}

impl<'a> Builder<'a> {
    fn def(&self, reference: &'a str) -> (&'a str, &'a Node) {
        let name = reference.rsplit('/').next().unwrap_or(reference);
        let defs: &'a Node = self.defs;
        (name, defs.get(name).unwrap_or(&NONE))
    }

    /// The kind of `schema`, and whether it allows `null`.
    fn kind(&self, schema: &'a Node) -> (Kind<'a>, bool) {
        if let Some(any) = schema.get("anyOf") {
            let nullable = any
                .items()
                .iter()
                .any(|s| s.get("type").and_then(Node::text) == Some("null"));
            let first = any
                .items()
                .iter()
                .find(|s| s.get("type").and_then(Node::text) != Some("null"));
            let (kind, _) = self.kind(first.unwrap_or(&NONE));
            return (kind, nullable);
        }
        if let Some(reference) = schema.get("$ref").and_then(Node::text) {
            let (name, def) = self.def(reference);
            return match name {
                "Id" => (Kind::Leaf(Leaf::Id), false),
                "Date" => (Kind::Leaf(Leaf::Date), false),
                "Citations" => (Kind::Citations, false),
                _ => self.kind(def),
            };
        }
        if let Some(words) = schema.get("enum") {
            let words = words.items().iter().filter_map(Node::text).map(String::from);
            return (Kind::Leaf(Leaf::Word(words.collect())), false);
        }
        if schema.get("const").is_some() {
            return (Kind::Leaf(Leaf::Integer), false);
        }
        let leaf = match schema.get("type").and_then(Node::text) {
            Some("integer") => Leaf::Integer,
            Some("number") => Leaf::Number,
            Some("boolean") => Leaf::Boolean,
            Some("object") => return (Kind::Object(schema), false),
            Some("array") => {
                let items = schema.get("items").unwrap_or(&NONE);
                return match self.kind(items).0 {
                    Kind::Leaf(Leaf::Id) => (Kind::Leaf(Leaf::IdList), false),
                    Kind::Object(object) => (Kind::Parts(object), false),
                    _ => (Kind::Leaf(Leaf::TextList), false),
                };
            }
            _ => Leaf::Text,
        };
        (Kind::Leaf(leaf), false)
    }

    /// The columns and shape of `object`'s properties, each column's name after `prefix`.
    fn fields(
        &mut self,
        object: &'a Node,
        prefix: &str,
        columns: &mut Vec<Column>,
        table: &str,
    ) -> Vec<(String, Shape)> {
        let required: Vec<&str> = object
            .get("required")
            .map(|r| r.items().iter().filter_map(Node::text).collect())
            .unwrap_or_default();
        let mut fields = Vec::new();
        for (key, schema) in object.get("properties").map(Node::fields).unwrap_or_default() {
            let optional = !required.contains(&key.as_str());
            let name = format!("{prefix}{key}");
            let (kind, nullable) = self.kind(schema);
            let shape = match kind {
                Kind::Leaf(leaf) => {
                    columns.push(Column {
                        name,
                        leaf,
                        nullable,
                        optional,
                        description: schema.get("description").and_then(Node::text).map(String::from),
                    });
                    Shape::Leaf(columns.len() - 1)
                }
                Kind::Object(inner) => Shape::Object {
                    fields: self.fields(inner, &format!("{name}."), columns, table),
                    nullable,
                    optional,
                },
                Kind::Citations => Shape::Citations { optional },
                Kind::Parts(item) => Shape::Parts(self.parts(item, table, key)),
            };
            fields.push((key.clone(), shape));
        }
        fields
    }

    /// A table of the parts `key` of `parent`'s records, each item of the schema `item`.
    fn parts(&mut self, item: &'a Node, parent: &str, key: &str) -> usize {
        let parent_index = self.tables.len();
        let mut columns = vec![Column {
            name: RECORD_COLUMN.into(),
            leaf: Leaf::Id,
            nullable: false,
            optional: false,
            description: None,
        }];
        // The parts' table comes after its parent's, which is pushed once its fields are known.
        let sheet = format!("{parent} – {key}");
        let fields = self.fields(item, "", &mut columns, &sheet);
        self.tables.push(Table {
            sheet,
            kind: TableKind::Parts {
                parent: parent_index,
                key: key.to_string(),
            },
            columns,
            fields,
        });
        self.tables.len() - 1
    }

    fn records(&mut self, key: &str, items: &'a Node, optional: bool) {
        let sheet = sheet_name(key);
        let mut columns = Vec::new();
        let first_part = self.tables.len();
        let fields = self.fields(items, "", &mut columns, &sheet);
        let table = Table {
            sheet,
            kind: TableKind::Records {
                key: key.to_string(),
                optional,
            },
            columns,
            fields,
        };
        self.insert_before_parts(first_part, table);
    }

    /// Puts `table` at `at`, before the tables of its parts pushed while its fields were read,
    /// and renumbers the references between them.
    fn insert_before_parts(&mut self, at: usize, mut table: Table) {
        renumber(&mut table.fields, at);
        for part in &mut self.tables[at..] {
            renumber(&mut part.fields, at);
            if let TableKind::Parts { parent, .. } = &mut part.kind {
                *parent = at;
            }
        }
        self.tables.insert(at, table);
    }
}

/// Shifts every reference to a table at or after `from` by one.
fn renumber(fields: &mut [(String, Shape)], from: usize) {
    for (_, shape) in fields {
        match shape {
            Shape::Parts(i) if *i >= from => *i += 1,
            Shape::Object { fields, .. } => renumber(fields, from),
            _ => {}
        }
    }
}

fn build(schema: &Node) -> Layout {
    let defs = schema.get("$defs").unwrap_or(&NONE);
    let mut b = Builder {
        defs,
        tables: Vec::new(),
    };
    let properties = schema.get("properties").unwrap_or(&NONE);
    // The dataset's own fields: every property of the file that is not one of its lists.
    let own = Node::Object(vec![
        (
            "required".into(),
            schema.get("required").cloned().unwrap_or_default(),
        ),
        (
            "properties".into(),
            Node::Object(
                properties
                    .fields()
                    .iter()
                    .filter(|(_, s)| s.get("type").and_then(Node::text) != Some("array"))
                    .cloned()
                    .collect(),
            ),
        ),
    ]);
    let mut columns = Vec::new();
    let fields = b.fields(&own, "", &mut columns, DATASET_SHEET);
    b.insert_before_parts(
        0,
        Table {
            sheet: DATASET_SHEET.into(),
            kind: TableKind::Dataset,
            columns,
            fields,
        },
    );
    let lists = Collection::ALL
        .iter()
        .map(|c| (c.key(), false))
        .chain([(STORY_KEY, true)]);
    for (key, optional) in lists {
        if let Some(items) = properties.get(key).and_then(|p| p.get("items")) {
            let (kind, _) = b.kind(items);
            if let Kind::Object(object) = kind {
                b.records(key, object, optional);
            }
        }
    }
    let mut citations = vec![
        Column {
            name: RECORD_COLUMN.into(),
            leaf: Leaf::Id,
            nullable: false,
            optional: false,
            description: None,
        },
        Column {
            name: PART_COLUMN.into(),
            leaf: Leaf::Text,
            nullable: true,
            optional: false,
            description: None,
        },
    ];
    let (_, citation) = b.def("Citation");
    b.fields(citation, "", &mut citations, CITATIONS_SHEET);
    Layout {
        tables: b.tables,
        citations,
    }
}

impl Layout {
    /// The names of the lists of the file the layout has a sheet for.
    pub fn lists(&self) -> Vec<&str> {
        self.tables
            .iter()
            .filter_map(|t| match &t.kind {
                TableKind::Records { key, .. } => Some(key.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The names of the lists of the schema's dataset (for a test that none is missed).
    pub fn schema_lists() -> Vec<String> {
        let schema = Node::parse(SCHEMA);
        let properties = schema.get("properties").unwrap_or(&NONE);
        properties
            .fields()
            .iter()
            .filter(|(_, s)| s.get("type").and_then(Node::text) == Some("array"))
            .map(|(k, _)| k.clone())
            .collect()
    }
}
