//! A workbook as the dataset's JSON, with where each value came from.
//!
//! Owns: [`read`]: every sheet of the [`Layout`] found (by name, case aside), its first row's
//! column names matched to the layout's (unknown ones ignored with a notice), each row after it
//! turned into a record by the columns' [`Leaf`]s, the parts and citations put into the records
//! they name; and the [`Places`] of every record and value, by JSON path, so that a problem the
//! validator finds at `$.events[12].date` is shown at "Events, row 14, column date". A row whose
//! cells are all empty is skipped. Every problem of the workbook is listed, not only the first.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::layout::{layout, Shape, Table, TableKind, CITATIONS_SHEET, DATASET_SHEET, PART_COLUMN};
use super::write::part_keys;
use super::{same_name, Found, Notice, Place, SheetProblem, Workbook, READ_ME};

/// Where each JSON path of the converted dataset came from.
#[derive(Clone, Debug, Default)]
pub struct Places(HashMap<String, Place>);

impl Places {
    fn put(&mut self, path: String, place: Place) {
        self.0.insert(path, place);
    }

    /// The place of `path`, or of the nearest value that holds it (`$.events[3].actors[1]` is
    /// in the cell of `$.events[3].actors`).
    pub fn of(&self, path: &str) -> Option<&Place> {
        let mut path = path;
        loop {
            if let Some(place) = self.0.get(path) {
                return Some(place);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

/// What [`read`] makes of a workbook.
#[derive(Debug, Default)]
pub struct Converted {
    /// The dataset's JSON; `None` when a problem stops it being made.
    pub json: Option<Value>,
    pub places: Places,
    pub problems: Vec<Found<SheetProblem>>,
    pub notices: Vec<Found<Notice>>,
}

pub(super) struct Reader<'a> {
    pub(super) out: Converted,
    pub(super) workbook: &'a Workbook,
    /// A sheet could not be read: citations and parts of its records are not reported as
    /// naming no record.
    pub(super) incomplete: bool,
}

/// A record of a sheet, not yet placed in the dataset.
pub(super) struct Pending {
    pub(super) row: usize,
    pub(super) value: Map<String, Value>,
    /// Each leaf's column and JSON path below the record (`.title.en`).
    pub(super) cells: Vec<(String, String)>,
}

/// Citations by record and part, each with its row.
pub(super) type Citations = HashMap<(String, String), Vec<(usize, Value)>>;

/// Reads `workbook` into the dataset's JSON.
pub fn read(workbook: &Workbook) -> Converted {
    let mut r = Reader {
        out: Converted::default(),
        workbook,
        incomplete: false,
    };
    let layout = layout();
    let known: Vec<&str> = layout
        .tables
        .iter()
        .map(|t| t.sheet.as_str())
        .chain([CITATIONS_SHEET, READ_ME])
        .collect();
    for sheet in &workbook.sheets {
        if !known.iter().any(|k| same_name(k, &sheet.name)) {
            r.notice(Place::sheet(&sheet.name), Notice::UnknownSheet);
        }
    }
    let citations = r.citations();
    let mut tables: Vec<Vec<Pending>> = Vec::new();
    for table in &layout.tables {
        tables.push(r.table(table));
    }
    let mut citations = citations.unwrap_or_default();
    let mut root = Map::new();
    // Parts first into their records, then the records into the dataset.
    let mut parts: Vec<Option<HashMap<String, Vec<Pending>>>> =
        (0..layout.tables.len()).map(|_| None).collect();
    for (index, table) in layout.tables.iter().enumerate() {
        if let TableKind::Parts { .. } = table.kind {
            let mut by_record: HashMap<String, Vec<Pending>> = HashMap::new();
            for part in std::mem::take(&mut tables[index]) {
                let owner = part
                    .value
                    .get(&table.columns[0].name)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                by_record.entry(owner).or_default().push(part);
            }
            parts[index] = Some(by_record);
        }
    }
    for (index, table) in layout.tables.iter().enumerate() {
        match &table.kind {
            TableKind::Dataset => {
                let records = std::mem::take(&mut tables[index]);
                if records.len() != 1 && r.workbook.sheet(DATASET_SHEET).is_some() {
                    r.problem(
                        Place::sheet(&table.sheet),
                        SheetProblem::NotOneRow { rows: records.len() },
                    );
                }
                if let Some(record) = records.into_iter().next() {
                    let value = r.place(table, record, "$", &mut citations, &mut parts);
                    root.extend(value);
                }
            }
            TableKind::Records { key, .. } => {
                let mut list = Vec::new();
                for (i, record) in std::mem::take(&mut tables[index]).into_iter().enumerate() {
                    let path = format!("$.{key}[{i}]");
                    list.push(Value::Object(r.place(
                        table,
                        record,
                        &path,
                        &mut citations,
                        &mut parts,
                    )));
                }
                root.insert(key.clone(), Value::Array(list));
            }
            TableKind::Parts { .. } => {}
        }
    }
    if r.incomplete {
        return r.finish(root);
    }
    for (index, table) in layout.tables.iter().enumerate() {
        for pending in parts[index]
            .take()
            .into_iter()
            .flat_map(|m| m.into_values())
            .flatten()
        {
            let owner = pending
                .value
                .get(&table.columns[0].name)
                .and_then(Value::as_str)
                .unwrap_or_default();
            r.problem(
                Place::cell(&table.sheet, pending.row, &table.columns[0].name),
                SheetProblem::UnknownRecord(owner.to_string()),
            );
        }
    }
    let mut left: Vec<_> = citations
        .into_iter()
        .flat_map(|((record, part), rows)| {
            rows.into_iter()
                .map(move |(row, _)| (row, record.clone(), part.clone()))
        })
        .collect();
    left.sort();
    for (row, record, part) in left {
        let (column, problem) = if part.is_empty() || !r.has_record(&root, &record) {
            (
                layout.citations[0].name.as_str(),
                SheetProblem::UnknownRecord(record),
            )
        } else {
            (PART_COLUMN, SheetProblem::UnknownPart(part))
        };
        r.problem(Place::cell(CITATIONS_SHEET, row, column), problem);
    }
    r.finish(root)
}

impl Reader<'_> {
    /// The problems in order of place, and the JSON when there is none.
    fn finish(mut self, root: Map<String, Value>) -> Converted {
        self.out.problems.sort_by(|a, b| a.place.cmp(&b.place));
        if self.out.problems.is_empty() {
            self.out.json = Some(Value::Object(root));
        }
        self.out
    }

    pub(super) fn problem(&mut self, place: Place, what: SheetProblem) {
        self.out.problems.push(Found { place, what });
    }

    pub(super) fn notice(&mut self, place: Place, what: Notice) {
        self.out.notices.push(Found { place, what });
    }

    fn has_record(&self, root: &Map<String, Value>, id: &str) -> bool {
        root.values()
            .filter_map(Value::as_array)
            .flatten()
            .any(|r| r.get("id").and_then(Value::as_str) == Some(id))
    }
    /// Puts `record` at `path`: its parts and citations in, every value's place noted.
    fn place(
        &mut self,
        table: &Table,
        mut record: Pending,
        path: &str,
        citations: &mut Citations,
        parts: &mut [Option<HashMap<String, Vec<Pending>>>],
    ) -> Map<String, Value> {
        let sheet = self.sheet_name(&table.sheet);
        self.out
            .places
            .put(path.to_string(), Place::row(&sheet, record.row));
        for (column, below) in &record.cells {
            self.out
                .places
                .put(format!("{path}{below}"), Place::cell(&sheet, record.row, column));
        }
        let id = record
            .value
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let own = if let TableKind::Parts { .. } = table.kind {
            ""
        } else {
            id.as_str()
        };
        for (key, shape) in &table.fields {
            match shape {
                Shape::Citations { optional } => {
                    let list = self.take_citations(citations, own, "", &format!("{path}.{key}"));
                    if !(list.is_empty() && *optional) {
                        record.value.insert(key.clone(), Value::Array(list));
                    }
                }
                Shape::Parts(index) => {
                    let parts_table = &layout().tables[*index];
                    let items = parts[*index]
                        .as_mut()
                        .and_then(|m| m.remove(&id))
                        .unwrap_or_default();
                    let values: Vec<Value> = items.iter().map(|p| Value::Object(p.value.clone())).collect();
                    let keys = part_keys(key, &parts_table.columns[1].name, &values);
                    let mut list = Vec::new();
                    for (k, (mut item, part_key)) in items.into_iter().zip(keys).enumerate() {
                        let item_path = format!("{path}.{key}[{k}]");
                        item.value.remove(&parts_table.columns[0].name);
                        let mut value = self.place(parts_table, item, &item_path, citations, parts);
                        if parts_table
                            .fields
                            .iter()
                            .any(|(_, s)| matches!(s, Shape::Citations { .. }))
                        {
                            let list = self.take_citations(
                                citations,
                                &id,
                                &part_key,
                                &format!("{item_path}.citations"),
                            );
                            value.insert("citations".into(), Value::Array(list));
                        }
                        list.push(Value::Object(value));
                    }
                    record.value.insert(key.clone(), Value::Array(list));
                }
                _ => {}
            }
        }
        record.value
    }

    fn take_citations(
        &mut self,
        citations: &mut Citations,
        record: &str,
        part: &str,
        path: &str,
    ) -> Vec<Value> {
        if record.is_empty() {
            return Vec::new();
        }
        let rows = citations
            .remove(&(record.to_string(), part.to_string()))
            .unwrap_or_default();
        let layout = layout();
        let mut list = Vec::new();
        for (k, (row, value)) in rows.into_iter().enumerate() {
            let citation_path = format!("{path}[{k}]");
            self.out
                .places
                .put(citation_path.clone(), Place::row(CITATIONS_SHEET, row));
            for column in &layout.citations[2..] {
                self.out.places.put(
                    format!("{citation_path}.{}", column.name),
                    Place::cell(CITATIONS_SHEET, row, &column.name),
                );
            }
            list.push(value);
        }
        list
    }

    fn sheet_name(&self, name: &str) -> String {
        self.workbook
            .sheet(name)
            .map_or_else(|| name.to_string(), |s| s.name.trim().to_string())
    }
}
