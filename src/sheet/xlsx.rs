//! Workbooks as files: written as xlsx (rust_xlsxwriter), read from xlsx or ods (calamine).
//! Host only: the browser build does not carry either crate.
//!
//! Owns: [`write`] (frozen first row, bold column names with their notes, a drop-down list on
//! every column of a closed list of words) and [`read`] (every sheet's cells as last saved:
//! a formula's saved value, never computed; merged cells as [`Merge`]s), and the largest file
//! read ([`MAX_FILE_BYTES`]).

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader, Sheets};
use rust_xlsxwriter::{DataValidation, Format, Note, XlsxError};

use crate::model::sheet::cells::serial_date;
use crate::model::sheet::{Cell, Merge, Sheet, Workbook, MAX_ROWS};

/// The largest spreadsheet file read.
pub const MAX_FILE_BYTES: u64 = crate::sheet_message::MAX_SHEET_BYTES;

/// The widest a column is made, in characters.
const MAX_WIDTH: f64 = 60.0;

/// `book` as the bytes of an xlsx file.
pub fn write(book: &Workbook) -> Result<Vec<u8>, XlsxError> {
    let mut file = rust_xlsxwriter::Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in &book.sheets {
        let ws = file.add_worksheet();
        ws.set_name(&sheet.name)?;
        let mut widths: Vec<usize> = Vec::new();
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32;
            for (c, cell) in row.iter().enumerate() {
                let col = c as u16;
                match cell {
                    Cell::Empty => {}
                    Cell::Text(t) if r == 0 && !sheet.headers.is_empty() => {
                        ws.write_string_with_format(r, col, t, &bold)?;
                    }
                    Cell::Text(t) | Cell::Error(t) => {
                        ws.write_string(r, col, t)?;
                    }
                    Cell::Number(n) => {
                        ws.write_number(r, col, *n)?;
                    }
                    Cell::Bool(b) => {
                        ws.write_boolean(r, col, *b)?;
                    }
                }
                let len = match cell {
                    Cell::Text(t) => t.lines().map(|l| l.chars().count()).max().unwrap_or(0),
                    _ => 8,
                };
                if widths.len() <= c {
                    widths.resize(c + 1, 0);
                }
                widths[c] = widths[c].max(len);
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, (*w as f64 + 2.0).clamp(8.0, MAX_WIDTH))?;
        }
        for merge in &sheet.merged {
            let text = match sheet
                .rows
                .get(merge.first_row)
                .and_then(|r| r.get(merge.first_column))
            {
                Some(Cell::Text(t)) => t.clone(),
                _ => String::new(),
            };
            ws.merge_range(
                merge.first_row as u32,
                merge.first_column as u16,
                merge.last_row as u32,
                merge.last_column as u16,
                &text,
                &Format::new(),
            )?;
        }
        if !sheet.headers.is_empty() {
            ws.set_freeze_panes(1, 0)?;
        }
        for (c, header) in sheet.headers.iter().enumerate() {
            let col = c as u16;
            if let Some(note) = &header.note {
                ws.insert_note(0, col, &Note::new(note).add_author_prefix(false).set_width(400))?;
            }
            if let Some(words) = &header.words {
                let list = DataValidation::new().allow_list_strings(words)?;
                ws.add_data_validation(1, col, MAX_ROWS as u32, col, &list)?;
            }
        }
    }
    file.save_to_buffer()
}

/// Why a file could not be read as a spreadsheet.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("the file is {bytes} bytes; the largest spreadsheet read is {limit} bytes")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("the file is not a spreadsheet this tool reads (xlsx or ods): {0}")]
    NotASpreadsheet(String),
}

/// One cell as the model holds it: a date as its day (`YYYY-MM-DD`), an error as its text.
fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => serial_date(d.as_f64()).map_or(Cell::Number(d.as_f64()), Cell::Text),
        Data::DateTimeIso(s) => Cell::Text(s.split('T').next().unwrap_or(s).to_string()),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

/// The sheets of the xlsx or ods file `bytes`.
pub fn read(bytes: Vec<u8>) -> Result<Workbook, ReadError> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        });
    }
    let not = |e: &dyn std::fmt::Display| ReadError::NotASpreadsheet(e.to_string());
    let mut file = open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| not(&e))?;
    if let Sheets::Xlsx(x) = &mut file {
        x.load_merged_regions().map_err(|e| not(&e))?;
    }
    let mut book = Workbook::default();
    for name in file.sheet_names() {
        let range = file.worksheet_range(&name).map_err(|e| not(&e))?;
        let mut sheet = Sheet::new(name.clone());
        if let (Some((r0, c0)), Some((r1, _))) = (range.start(), range.end()) {
            let (r0, c0) = (r0 as usize, c0 as usize);
            sheet.rows = vec![Vec::new(); r0];
            sheet.rows.reserve(r1 as usize + 1 - r0);
            for row in range.rows() {
                let mut cells = vec![Cell::Empty; c0];
                cells.extend(row.iter().map(cell));
                sheet.rows.push(cells);
            }
        }
        if let Sheets::Xlsx(x) = &file {
            sheet.merged = x
                .merged_regions_by_sheet(&name)
                .iter()
                .map(|(_, _, d)| Merge {
                    first_row: d.start.0 as usize,
                    first_column: d.start.1 as usize,
                    last_row: d.end.0 as usize,
                    last_column: d.end.1 as usize,
                })
                .collect();
        }
        book.sheets.push(sheet);
    }
    Ok(book)
}
