//! What a spreadsheet file may unpack to and hold, checked before the reader takes it: a file
//! past these limits is refused with its reason rather than left to exhaust the worker's
//! memory (calamine unpacks an xlsx file's shared strings whole, and lays an ods sheet out as
//! one rectangle of cells, however far apart its values are).
//!
//! Owns: [`check`], which opens the archive once for all of it and says which [`Format`] it
//! is: [`unpacked_within`] (the zip archive's parts, inflated and counted, never kept) and, for
//! an ods file, the extent of every table of its content (its repeated rows and columns
//! counted, from the XML as it streams).

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader as XmlReader;
use zip::ZipArchive;

use crate::model::sheet::{ReadError, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_UNPACKED_BYTES};

/// A spreadsheet file's bytes, opened as a zip archive.
type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// A file the zip or XML reader could not take, as the error the reader reports.
pub(super) fn not(e: impl std::fmt::Display) -> ReadError {
    ReadError::NotASpreadsheet(e.to_string())
}

fn open(bytes: &[u8]) -> Result<Archive<'_>, ReadError> {
    ZipArchive::new(Cursor::new(bytes)).map_err(not)
}

/// The two formats read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    /// An OpenDocument spreadsheet: its cells are in `content.xml`.
    Ods,
}

/// Whether `bytes` may be read: a zip archive that unpacks to at most [`MAX_UNPACKED_BYTES`]
/// and, when it is an ods file, whose tables stay within the sheet limits; and which format.
pub fn check(bytes: &[u8]) -> Result<Format, ReadError> {
    let mut zip = open(bytes)?;
    unpacked(&mut zip, MAX_UNPACKED_BYTES)?;
    if zip.index_for_name("content.xml").is_none() {
        return Ok(Format::Xlsx);
    }
    ods_extent(&mut zip)?;
    Ok(Format::Ods)
}

/// Whether the zip archive `bytes` unpacks to at most `limit` bytes, every part inflated and
/// counted as it comes (the sizes a part declares are not trusted).
pub fn unpacked_within(bytes: &[u8], limit: u64) -> Result<(), ReadError> {
    unpacked(&mut open(bytes)?, limit)
}

fn unpacked(zip: &mut Archive<'_>, limit: u64) -> Result<(), ReadError> {
    let mut left = limit;
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(not)?;
        let read = std::io::copy(&mut (&mut part).take(left + 1), &mut std::io::sink()).map_err(not)?;
        if read > left {
            return Err(ReadError::Unpacks { limit });
        }
        left -= read;
    }
    Ok(())
}

/// A number attribute of `element` (`table:number-rows-repeated`), 1 when absent.
fn repeats(element: &BytesStart, name: &[u8]) -> Result<usize, ReadError> {
    match element.try_get_attribute(name).map_err(not)? {
        None => Ok(1),
        Some(a) => std::str::from_utf8(&a.value)
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .ok_or_else(|| not("a repeat count that is not a number")),
    }
}

/// The table being scanned: its name, the next row, the last row and column with a value.
#[derive(Default)]
struct Table {
    name: String,
    next_row: usize,
    extent: Option<(usize, usize)>,
}

/// Whether the ods archive's tables stay within the sheet limits: no value past row
/// [`MAX_ROWS`] or column [`MAX_COLUMNS`], and at most [`MAX_CELLS`] cells in all, each table
/// counted as the rectangle from its first cell to its last value (as calamine lays it out).
fn ods_extent(zip: &mut Archive<'_>) -> Result<(), ReadError> {
    let content = zip.by_name("content.xml").map_err(not)?;
    let mut xml = XmlReader::from_reader(std::io::BufReader::new(content));
    let mut buf = Vec::new();
    let mut depth = 0usize; // of tables within tables (a table in a cell is the cell's value)
    let mut table = Table::default();
    let mut cells = 0usize;
    // The row being read: how often it repeats, the next column, its last column with a value.
    let mut row: Option<(usize, usize, Option<usize>)> = None;
    loop {
        let event = xml.read_event_into(&mut buf).map_err(not)?;
        let closed = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                b"table:table" => {
                    depth += 1;
                    if depth == 1 && !closed {
                        let name = e
                            .try_get_attribute(b"table:name")
                            .map_err(not)?
                            .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                            .unwrap_or_default();
                        table = Table {
                            name,
                            ..Table::default()
                        };
                    }
                    if closed {
                        depth -= 1;
                    }
                }
                b"table:table-row" if depth == 1 => {
                    let times = repeats(&e, b"table:number-rows-repeated")?;
                    if closed {
                        table.next_row = table.next_row.saturating_add(times);
                    } else {
                        row = Some((times, 0, None));
                    }
                }
                b"table:table-cell" | b"table:covered-table-cell" if depth == 1 => {
                    let Some((_, next_column, last)) = row.as_mut() else {
                        continue;
                    };
                    let times = repeats(&e, b"table:number-columns-repeated")?;
                    let value = !closed || e.try_get_attribute(b"office:value-type").map_err(not)?.is_some();
                    if value && times > 0 {
                        let column = next_column.saturating_add(times - 1);
                        if column >= MAX_COLUMNS {
                            return Err(ReadError::SheetTooLarge {
                                sheet: table.name.clone(),
                                row: table.next_row + 1,
                                column: column + 1,
                            });
                        }
                        *last = Some(column);
                    }
                    *next_column = next_column.saturating_add(times);
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"table:table" => {
                    if depth == 1 {
                        if let Some((rows, columns)) = table.extent {
                            cells = cells.saturating_add((rows + 1).saturating_mul(columns + 1));
                            if cells > MAX_CELLS {
                                return Err(ReadError::TooManyCells { limit: MAX_CELLS });
                            }
                        }
                    }
                    depth = depth.saturating_sub(1);
                }
                b"table:table-row" if depth == 1 => {
                    let Some((times, _, last)) = row.take() else {
                        continue;
                    };
                    if let (Some(column), true) = (last, times > 0) {
                        let last_row = table.next_row.saturating_add(times - 1);
                        if last_row >= MAX_ROWS {
                            return Err(ReadError::SheetTooLarge {
                                sheet: table.name.clone(),
                                row: last_row.saturating_add(1),
                                column: column + 1,
                            });
                        }
                        let (rows, columns) = table.extent.unwrap_or((0, 0));
                        table.extent = Some((rows.max(last_row), columns.max(column)));
                    }
                    table.next_row = table.next_row.saturating_add(times);
                }
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}
