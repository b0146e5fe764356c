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

use super::cells::{from_cell, Read};
use super::layout::{layout, Column, Shape, Table, TableKind, CITATIONS_SHEET, DATASET_SHEET, PART_COLUMN};
use super::write::part_keys;
use super::{same_name, Cell, Found, Notice, Place, SheetProblem, Workbook, MAX_ROWS, READ_ME};

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

/// A sheet's rows under its column names: for each column of the layout, its index in the
/// sheet; each row that holds something, with its number as the spreadsheet shows it.
struct Rows {
    name: String,
    at: Vec<usize>,
    rows: Vec<(usize, Vec<Cell>)>,
}

const EMPTY: Cell = Cell::Empty;

struct Reader<'a> {
    out: Converted,
    workbook: &'a Workbook,
    /// A sheet could not be read: citations and parts of its records are not reported as
    /// naming no record.
    incomplete: bool,
}

/// A record of a sheet, not yet placed in the dataset.
struct Pending {
    row: usize,
    value: Map<String, Value>,
    /// Each leaf's column and JSON path below the record (`.title.en`).
    cells: Vec<(String, String)>,
}

/// Citations by record and part, each with its row.
type Citations = HashMap<(String, String), Vec<(usize, Value)>>;

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

    fn problem(&mut self, place: Place, what: SheetProblem) {
        self.out.problems.push(Found { place, what });
    }

    fn notice(&mut self, place: Place, what: Notice) {
        self.out.notices.push(Found { place, what });
    }

    fn has_record(&self, root: &Map<String, Value>, id: &str) -> bool {
        root.values()
            .filter_map(Value::as_array)
            .flatten()
            .any(|r| r.get("id").and_then(Value::as_str) == Some(id))
    }

    /// The sheet named `name` with its columns found; `None` (and a problem, unless the sheet
    /// may be left out) when it cannot be read.
    fn rows(&mut self, name: &str, columns: &[Column], optional: bool) -> Option<Rows> {
        let Some(sheet) = self.workbook.sheet(name) else {
            if !optional {
                self.problem(Place::sheet(name), SheetProblem::MissingSheet);
                self.incomplete = true;
            }
            return None;
        };
        // Unless it reads, the sheet's records are not known.
        let before = std::mem::replace(&mut self.incomplete, true);
        let sheet_name = sheet.name.trim().to_string();
        let Some(header) = sheet.rows.first().filter(|r| r.iter().any(|c| !c.is_empty())) else {
            self.problem(Place::sheet(&sheet_name), SheetProblem::EmptySheet);
            return None;
        };
        if sheet.rows.len() > MAX_ROWS {
            self.problem(
                Place::sheet(&sheet_name),
                SheetProblem::TooManyRows {
                    rows: sheet.rows.len(),
                    limit: MAX_ROWS,
                },
            );
            return None;
        }
        let names: Vec<String> = header.iter().map(|c| cell_text(c).trim().to_string()).collect();
        let mut ok = true;
        for merge in &sheet.merged {
            let column_name = |i: usize| {
                names
                    .get(i)
                    .cloned()
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| column_letters(i))
            };
            self.problem(
                Place::cell(&sheet_name, merge.first_row + 1, &column_name(merge.first_column)),
                SheetProblem::Merged {
                    last_row: merge.last_row + 1,
                    last_column: column_name(merge.last_column),
                },
            );
            ok = false;
        }
        for (i, name) in names.iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            if names[..i].iter().any(|n| same_name(n, name)) {
                self.problem(
                    Place::cell(&sheet_name, 1, name),
                    SheetProblem::DuplicateColumn(name.clone()),
                );
                ok = false;
            } else if !columns.iter().any(|c| same_name(&c.name, name)) {
                self.notice(
                    Place::cell(&sheet_name, 1, name),
                    Notice::UnknownColumn(name.clone()),
                );
            }
        }
        let mut at = Vec::new();
        for column in columns {
            match names.iter().position(|n| same_name(n, &column.name)) {
                Some(i) => at.push(i),
                None => {
                    self.problem(
                        Place::row(&sheet_name, 1),
                        SheetProblem::MissingColumn(column.name.clone()),
                    );
                    ok = false;
                }
            }
        }
        self.incomplete = before || !ok;
        let rows = sheet
            .rows
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
            .map(|(i, r)| (i + 1, r.clone()))
            .collect();
        ok.then_some(Rows {
            name: sheet_name,
            at,
            rows,
        })
    }

    /// The Citations sheet, by record and part.
    fn citations(&mut self) -> Option<Citations> {
        let layout = layout();
        let Rows { name, at, rows } = self.rows(CITATIONS_SHEET, &layout.citations, false)?;
        let mut out: Citations = HashMap::new();
        for (row, cells) in rows {
            let mut value = Map::new();
            let mut key = (String::new(), String::new());
            for (c, column) in layout.citations.iter().enumerate() {
                let cell = cells.get(at[c]).unwrap_or(&EMPTY);
                let Some(v) = self.cell(&name, row, column, cell) else {
                    continue;
                };
                match c {
                    0 => key.0 = v.as_str().unwrap_or_default().to_string(),
                    1 => key.1 = v.as_str().unwrap_or_default().trim().to_string(),
                    _ => {
                        value.insert(column.name.clone(), v);
                    }
                }
            }
            out.entry(key).or_default().push((row, Value::Object(value)));
        }
        Some(out)
    }

    /// The value of one cell, its notice noted, its problem listed (then `None`).
    fn cell(&mut self, sheet: &str, row: usize, column: &Column, cell: &Cell) -> Option<Value> {
        match from_cell(column, cell) {
            Ok(Read { value, notice }) => {
                if let Some(notice) = notice {
                    self.notice(Place::cell(sheet, row, &column.name), notice);
                }
                value
            }
            Err(problem) => {
                self.problem(Place::cell(sheet, row, &column.name), problem);
                None
            }
        }
    }

    /// The rows of `table`'s sheet as records (parts and citations not yet in them).
    fn table(&mut self, table: &Table) -> Vec<Pending> {
        let optional = matches!(table.kind, TableKind::Records { optional: true, .. });
        let Some(Rows { name, at, rows }) = self.rows(&table.sheet, &table.columns, optional) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (row, cells) in rows {
            let mut pending = Pending {
                row,
                value: Map::new(),
                cells: Vec::new(),
            };
            if let TableKind::Parts { .. } = table.kind {
                let column = &table.columns[0];
                if let Some(v) = self.cell(&name, row, column, cells.get(at[0]).unwrap_or(&EMPTY)) {
                    pending.value.insert(column.name.clone(), v);
                }
            }
            let mut leaves = Leaves {
                reader: self,
                table,
                sheet: &name,
                row,
                cells: &cells,
                at: &at,
                placed: Vec::new(),
            };
            let fields = leaves.object(&table.fields, "");
            pending.cells = std::mem::take(&mut leaves.placed);
            pending.value.extend(fields);
            out.push(pending);
        }
        out
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

/// The leaves of one row, read into a record's fields.
struct Leaves<'r, 'a, 'w> {
    reader: &'r mut Reader<'w>,
    table: &'a Table,
    sheet: &'a str,
    row: usize,
    cells: &'a [Cell],
    at: &'a [usize],
    /// Each leaf's column and path below the record.
    placed: Vec<(String, String)>,
}

impl Leaves<'_, '_, '_> {
    fn object(&mut self, fields: &[(String, Shape)], prefix: &str) -> Map<String, Value> {
        let mut out = Map::new();
        for (key, shape) in fields {
            let below = format!("{prefix}.{key}");
            match shape {
                Shape::Leaf(c) => {
                    let column = &self.table.columns[*c];
                    self.placed.push((column.name.clone(), below));
                    let cell = self.cells.get(self.at[*c]).unwrap_or(&EMPTY);
                    if let Some(v) = self.reader.cell(self.sheet, self.row, column, cell) {
                        out.insert(key.clone(), v);
                    }
                }
                Shape::Object {
                    fields,
                    nullable,
                    optional,
                } => {
                    let all_empty = leaf_columns(fields)
                        .iter()
                        .all(|c| self.cells.get(self.at[*c]).is_none_or(Cell::is_empty));
                    if all_empty && *optional {
                        continue;
                    }
                    if all_empty && *nullable {
                        out.insert(key.clone(), Value::Null);
                        continue;
                    }
                    let inner = self.object(fields, &below);
                    out.insert(key.clone(), Value::Object(inner));
                }
                Shape::Citations { .. } | Shape::Parts(_) => {}
            }
        }
        out
    }
}

/// The columns of every leaf of `fields`.
fn leaf_columns(fields: &[(String, Shape)]) -> Vec<usize> {
    let mut out = Vec::new();
    for (_, shape) in fields {
        match shape {
            Shape::Leaf(c) => out.push(*c),
            Shape::Object { fields, .. } => out.extend(leaf_columns(fields)),
            _ => {}
        }
    }
    out
}

/// A cell's content as text (a column name typed as a number is its digits).
fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) | Cell::Error(t) => t.clone(),
        Cell::Number(n) => n.to_string(),
        Cell::Bool(b) => b.to_string(),
        Cell::Empty => String::new(),
    }
}

/// A column's letters as a spreadsheet shows them (0 is A, 26 is AA).
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
