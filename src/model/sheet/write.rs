//! A dataset as a workbook: the sheets of the [`Layout`], each record a row.
//!
//! Owns: [`write`]. Each sheet's first row holds the column names, each column's
//! [`Header`](super::Header) its closed list of words; the notes that explain the columns are
//! added by whoever writes the file, in the reader's language (`crate::sheet`).

use std::collections::HashMap;

use serde_json::Value;

use super::cells::to_cell;
use super::layout::{layout, Shape, Table, TableKind};
use super::{Cell, Header, Sheet, Workbook};
use crate::model::Dataset;

/// Where the parts of a record go while it is written.
struct Out {
    sheets: Vec<Sheet>,
    citations: Sheet,
}

/// The sheet for `table`, its first row the column names.
fn empty_sheet(table_name: &str, columns: &[super::Column]) -> Sheet {
    let mut sheet = Sheet::new(table_name);
    sheet
        .rows
        .push(columns.iter().map(|c| Cell::Text(c.name.clone())).collect());
    sheet.headers = columns
        .iter()
        .map(|c| Header {
            note: None,
            words: match &c.leaf {
                super::Leaf::Word(words) => Some(words.clone()),
                _ => None,
            },
        })
        .collect();
    sheet
}

/// `data` as a workbook: the dataset's own fields, each collection, the story, the parts of
/// records and the citations, in that order (the Read me is the writer's).
pub fn write(data: &Dataset) -> Result<Workbook, serde_json::Error> {
    let layout = layout();
    let value = serde_json::to_value(data)?;
    let mut out = Out {
        sheets: layout
            .tables
            .iter()
            .map(|t| empty_sheet(&t.sheet, &t.columns))
            .collect(),
        citations: empty_sheet(super::layout::CITATIONS_SHEET, &layout.citations),
    };
    for (index, table) in layout.tables.iter().enumerate() {
        match &table.kind {
            TableKind::Dataset => out.record(index, table, &value),
            TableKind::Records { key, .. } => {
                for record in value.get(key).and_then(Value::as_array).into_iter().flatten() {
                    out.record(index, table, record);
                }
            }
            // Written with their records.
            TableKind::Parts { .. } => {}
        }
    }
    let mut sheets = out.sheets;
    sheets.push(out.citations);
    Ok(Workbook { sheets })
}

impl Out {
    /// One record as a row of the sheet of `table`.
    fn record(&mut self, index: usize, table: &Table, record: &Value) {
        let mut row = vec![Cell::Empty; table.columns.len()];
        let id = record.get("id").and_then(Value::as_str).unwrap_or_default();
        self.fields(table, &table.fields, record, &mut row, id, "");
        self.sheets[index].rows.push(row);
    }

    fn fields(
        &mut self,
        table: &Table,
        fields: &[(String, Shape)],
        object: &Value,
        row: &mut [Cell],
        record: &str,
        part: &str,
    ) {
        for (key, shape) in fields {
            let value = object.get(key).unwrap_or(&Value::Null);
            match shape {
                Shape::Leaf(column) => row[*column] = to_cell(&table.columns[*column].leaf, value),
                Shape::Object { fields, .. } => self.fields(table, fields, value, row, record, part),
                Shape::Citations { .. } => {
                    for citation in value.as_array().into_iter().flatten() {
                        self.citation(record, part, citation);
                    }
                }
                Shape::Parts(parts) => {
                    let items = value.as_array().map(Vec::as_slice).unwrap_or_default();
                    let parts_table = &layout().tables[*parts];
                    let keys = part_keys(key, &parts_table.columns[1].name, items);
                    for (item, part) in items.iter().zip(keys) {
                        // A part's citations name it after its record: `sectors/ict`.
                        let mut row = vec![Cell::Empty; parts_table.columns.len()];
                        row[0] = Cell::Text(record.to_string());
                        self.fields(parts_table, &parts_table.fields, item, &mut row, record, &part);
                        self.sheets[*parts].rows.push(row);
                    }
                }
            }
        }
    }

    fn citation(&mut self, record: &str, part: &str, citation: &Value) {
        let layout = layout();
        let mut row = vec![Cell::Text(record.to_string())];
        // A record's own citations have an empty part; a part's name it (see `part_keys`).
        row.push(if part.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(part.to_string())
        });
        for column in &layout.citations[2..] {
            row.push(to_cell(
                &column.leaf,
                citation.get(&column.name).unwrap_or(&Value::Null),
            ));
        }
        self.citations.rows.push(row);
    }
}

/// The name each of a record's `items` (of the list `key`) goes by in the Citations sheet's
/// [`PART_COLUMN`]: the list's name and the item's `field`, its first (`sectors/ict`), or its
/// position (`sectors/#2`) when that field does not tell the items apart.
pub fn part_keys(key: &str, field: &str, items: &[Value]) -> Vec<String> {
    let first = |item: &Value| -> String {
        item.get(field)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let firsts: Vec<String> = items.iter().map(first).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for f in &firsts {
        *seen.entry(f.as_str()).or_default() += 1;
    }
    firsts
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if f.is_empty() || seen.get(f.as_str()) != Some(&1) || f.starts_with('#') {
                format!("{key}/#{}", i + 1)
            } else {
                format!("{key}/{f}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_go_by_their_first_field_unless_it_is_shared() {
        let items: Vec<Value> = serde_json::from_str(
            r#"[{"sector": "ict"}, {"sector": "umkm"}, {"sector": "umkm"}, {"sector": ""}]"#,
        )
        .unwrap_or_default();
        assert_eq!(
            part_keys("sectors", "sector", &items),
            ["sectors/ict", "sectors/#2", "sectors/#3", "sectors/#4"]
        );
    }
}
