//! A sheet's rows into records: the sheet found, its first row's column names matched to the
//! layout's (a column the layout lacks ignored, with a notice; one it needs and the sheet
//! lacks, a problem), merged cells and too many rows refused, each cell read by its column's
//! [`Leaf`](super::Leaf), objects put together from their dotted columns.
//!
//! Owns: [`Rows`], the reading half of [`Reader`], [`Leaves`], [`column_letters`].

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::cells::{from_cell, Read};
use super::layout::{layout, Column, Shape, Table, TableKind, CITATIONS_SHEET};
use super::read::{Citations, Pending, Reader};
use super::{same_name, Cell, Notice, Place, SheetProblem, MAX_ROWS};

/// A sheet's rows under its column names: for each column of the layout, its index in the
/// sheet; each row that holds something, with its number as the spreadsheet shows it.
struct Rows {
    name: String,
    at: Vec<usize>,
    rows: Vec<(usize, Vec<Cell>)>,
}

const EMPTY: Cell = Cell::Empty;

impl Reader<'_> {
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
    pub(super) fn citations(&mut self) -> Option<Citations> {
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
    pub(super) fn table(&mut self, table: &Table) -> Vec<Pending> {
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
