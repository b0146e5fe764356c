//! One cell to one JSON value of the dataset, and back, by what its column holds ([`Leaf`]).
//!
//! Owns: [`to_cell`], [`from_cell`] (with what it had to change, as a [`Notice`], or why it
//! cannot, as a [`SheetProblem`]), and Excel's day numbers as dates ([`serial_date`]). Text is
//! taken as it is written, spaces included (a quote is verbatim); ids, words, numbers and dates
//! lose the spaces around them, with a notice.

use serde_json::Value;

use super::layout::{Column, Leaf};
use super::{Cell, Expected, Notice, SheetProblem};

/// How a list of ids is written in one cell.
pub const ID_SEPARATOR: &str = "; ";

/// The cell for `value` in a column holding `leaf`.
pub fn to_cell(leaf: &Leaf, value: &Value) -> Cell {
    match value {
        Value::Null => Cell::Empty,
        Value::Bool(b) => Cell::Bool(*b),
        Value::Number(n) => n.as_f64().map_or(Cell::Empty, Cell::Number),
        Value::String(s) => Cell::Text(s.clone()),
        Value::Array(items) => {
            let texts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            let separator = if *leaf == Leaf::IdList { ID_SEPARATOR } else { "\n" };
            Cell::Text(texts.join(separator))
        }
        Value::Object(_) => Cell::Empty,
    }
}

/// A cell's value read back, and what was done to it.
pub struct Read {
    /// `None`: leave the field out.
    pub value: Option<Value>,
    pub notice: Option<Notice>,
}

impl Read {
    fn plain(value: Value) -> Self {
        Self {
            value: Some(value),
            notice: None,
        }
    }
}

/// A number as a cell shows it: `2016`, not `2016.0`.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// The cell's text with the spaces around it removed, and a notice when there were any.
fn trimmed(text: &str) -> (String, Option<Notice>) {
    let t = text.trim();
    let notice = (t.len() != text.len()).then(|| Notice::Trimmed(t.to_string()));
    (t.to_string(), notice)
}

/// The value of `cell` in `column`.
pub fn from_cell(column: &Column, cell: &Cell) -> Result<Read, SheetProblem> {
    if let Cell::Error(e) = cell {
        return Err(SheetProblem::CellError(e.clone()));
    }
    if cell.is_empty() {
        return empty(column);
    }
    let text = match cell {
        Cell::Text(t) => t.clone(),
        Cell::Number(n) => number_text(*n),
        Cell::Bool(b) => b.to_string(),
        Cell::Empty | Cell::Error(_) => String::new(),
    };
    match &column.leaf {
        Leaf::Text => Ok(Read::plain(Value::String(text))),
        Leaf::TextList => Ok(Read::plain(Value::Array(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| Value::String(l.to_string()))
                .collect(),
        ))),
        Leaf::IdList => {
            let ids: Vec<&str> = text
                .split([';', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            let tidy = ids.join(ID_SEPARATOR);
            let notice = (tidy != text).then_some(Notice::Trimmed(tidy));
            Ok(Read {
                value: Some(Value::Array(
                    ids.into_iter().map(|s| Value::String(s.into())).collect(),
                )),
                notice,
            })
        }
        Leaf::Id | Leaf::Word(_) | Leaf::Date if matches!(cell, Cell::Text(_)) => {
            let (t, notice) = trimmed(&text);
            if t.is_empty() {
                return empty(column);
            }
            if let Leaf::Word(words) = &column.leaf {
                if !words.contains(&t) {
                    return Err(SheetProblem::NotAWord {
                        found: t,
                        allowed: words.clone(),
                    });
                }
            }
            Ok(Read {
                value: Some(Value::String(t)),
                notice,
            })
        }
        Leaf::Date => match cell {
            Cell::Number(n) => date_number(*n),
            _ => Err(SheetProblem::NotA {
                expected: Expected::Date,
                found: text,
            }),
        },
        Leaf::Id => Ok(Read::plain(Value::String(text))),
        Leaf::Word(words) => Err(SheetProblem::NotAWord {
            found: text,
            allowed: words.clone(),
        }),
        Leaf::Integer | Leaf::Number => number(column, cell, &text),
        Leaf::Boolean => boolean(cell, &text),
    }
}

/// An empty cell: `null`, left out, nothing (a text or a list), or a problem.
fn empty(column: &Column) -> Result<Read, SheetProblem> {
    if column.optional {
        return Ok(Read {
            value: None,
            notice: None,
        });
    }
    if column.nullable {
        return Ok(Read::plain(Value::Null));
    }
    match &column.leaf {
        Leaf::Text | Leaf::Id | Leaf::Date => Ok(Read::plain(Value::String(String::new()))),
        Leaf::IdList | Leaf::TextList => Ok(Read::plain(Value::Array(Vec::new()))),
        Leaf::Word(words) => Err(SheetProblem::NotAWord {
            found: String::new(),
            allowed: words.clone(),
        }),
        Leaf::Integer => Err(SheetProblem::Required(Expected::WholeNumber)),
        Leaf::Number => Err(SheetProblem::Required(Expected::Number)),
        Leaf::Boolean => Err(SheetProblem::Required(Expected::TrueFalse)),
    }
}

fn number(column: &Column, cell: &Cell, text: &str) -> Result<Read, SheetProblem> {
    let whole = column.leaf == Leaf::Integer;
    let expected = if whole {
        Expected::WholeNumber
    } else {
        Expected::Number
    };
    let not = || SheetProblem::NotA {
        expected,
        found: text.to_string(),
    };
    let (n, notice) = match cell {
        Cell::Number(n) => (*n, None),
        Cell::Text(t) => {
            let (t, notice) = trimmed(t);
            (t.parse::<f64>().map_err(|_| not())?, notice)
        }
        _ => return Err(not()),
    };
    if !n.is_finite() || (whole && (n.fract() != 0.0 || n.abs() > 9.0e15)) {
        return Err(not());
    }
    let value = if whole {
        Value::from(n as i64)
    } else {
        Value::from(n)
    };
    Ok(Read {
        value: Some(value),
        notice,
    })
}

fn boolean(cell: &Cell, text: &str) -> Result<Read, SheetProblem> {
    let value = match cell {
        Cell::Bool(b) => Some(*b),
        _ => match text.trim().to_lowercase().as_str() {
            "true" | "ya" | "yes" | "benar" => Some(true),
            "false" | "tidak" | "no" | "salah" => Some(false),
            _ => None,
        },
    };
    value
        .map(|b| Read::plain(Value::Bool(b)))
        .ok_or_else(|| SheetProblem::NotA {
            expected: Expected::TrueFalse,
            found: text.to_string(),
        })
}

/// A number in a date column: a year (1000 to 2999) as it is, else an Excel day number.
fn date_number(n: f64) -> Result<Read, SheetProblem> {
    if n.fract() == 0.0 && (1000.0..=2999.0).contains(&n) {
        return Ok(Read::plain(Value::String(number_text(n))));
    }
    let date = serial_date(n).ok_or_else(|| SheetProblem::NotA {
        expected: Expected::Date,
        found: number_text(n),
    })?;
    Ok(Read {
        value: Some(Value::String(date.clone())),
        notice: Some(Notice::SerialDate { serial: n, date }),
    })
}

/// The day an Excel day number names (1900 date system; the time of day is dropped), as
/// `YYYY-MM-DD`. Day 60 is Excel's 29 February 1900, which never was: `None`, as for numbers
/// below 1 or beyond the year 9999.
pub fn serial_date(serial: f64) -> Option<String> {
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let day = serial.floor() as i64;
    if day == 60 {
        return None;
    }
    // Day 1 is 1900-01-01; after Excel's false 29 February, one day less.
    let from_1900 = if day < 60 { day - 1 } else { day - 2 };
    // Days from 1970-01-01 to 1900-01-01: -25567.
    let (y, m, d) = civil_from_days(from_1900 - 25_567);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// The calendar day `days` after 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_day_numbers_are_the_days_excel_shows() {
        assert_eq!(serial_date(1.0).as_deref(), Some("1900-01-01"));
        assert_eq!(serial_date(59.0).as_deref(), Some("1900-02-28"));
        assert_eq!(serial_date(60.0), None, "Excel's 29 February 1900");
        assert_eq!(serial_date(61.0).as_deref(), Some("1900-03-01"));
        assert_eq!(serial_date(42_430.0).as_deref(), Some("2016-03-01"));
        assert_eq!(serial_date(42_429.75).as_deref(), Some("2016-02-29"));
        assert_eq!(serial_date(0.0), None);
    }
}
