//! Partial dates as the paper gives them: a year, a year and month, or a full day.
//!
//! Owns: parsing `"YYYY"`, `"YYYY-MM"`, `"YYYY-MM-DD"` into a [`PartialDate`] that keeps its
//! precision, checking that the date exists, and placing it on a continuous axis.

use std::fmt;

/// How much of a date the source states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date known to year, month or day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

/// Why a date string was rejected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("\"{0}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    Form(String),
    #[error("\"{0}\" is not a real calendar date")]
    NoSuchDate(String),
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

fn digits(part: &str, len: usize) -> Option<u32> {
    if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1000 to 2999).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let form = || DateError::Form(text.to_string());
        let mut parts = text.split('-');
        let year = parts.next().and_then(|p| digits(p, 4)).ok_or_else(form)?;
        let month = parts.next().map(|p| digits(p, 2).ok_or_else(form)).transpose()?;
        let day = parts.next().map(|p| digits(p, 2).ok_or_else(form)).transpose()?;
        if parts.next().is_some() {
            return Err(form());
        }
        let year = year as i32;
        if !(1000..=2999).contains(&year) {
            return Err(DateError::NoSuchDate(text.to_string()));
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::NoSuchDate(text.to_string()));
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(DateError::NoSuchDate(text.to_string()));
                }
            }
        }
        Ok(Self { year, month, day })
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The middle of the period the date names, in fractional years: a year-only date sits in the
    /// middle of its year, so that it is drawn no earlier or later than the paper allows.
    pub fn axis_position(&self) -> f64 {
        let year = f64::from(self.year);
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                year + (f64::from(m) - 1.0) / 12.0
                    + (f64::from(d) - 0.5) / f64::from(days_in_month(self.year, m)) / 12.0
            }
            (Some(m), None) => year + (f64::from(m) - 0.5) / 12.0,
            _ => year + 0.5,
        }
    }
}

/// Days from 1970-01-01 to `year`-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
fn days_to_year_start(year: i32) -> i64 {
    let y = i64::from(year) - 1; // January counts as a month of the previous March-based year
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = 306; // 1 January is day 306 of the March-based year
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A fractional year (2016.5) as milliseconds since the Unix epoch, for a time axis.
pub fn fractional_year_to_unix_ms(x: f64) -> f64 {
    const DAY_MS: f64 = 86_400_000.0;
    let year = x.floor() as i32;
    let start = days_to_year_start(year) as f64;
    let length = (days_to_year_start(year + 1) - days_to_year_start(year)) as f64;
    (start + (x - f64::from(year)) * length) * DAY_MS
}

impl PartialDate {
    /// The start of the period the date names and its length, in fractional years.
    pub fn period(&self) -> (f64, f64) {
        let year = f64::from(self.year);
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                let len = 1.0 / f64::from(days_in_month(self.year, m)) / 12.0;
                (
                    year + (f64::from(m) - 1.0) / 12.0 + (f64::from(d) - 1.0) * len,
                    len,
                )
            }
            (Some(m), None) => (year + (f64::from(m) - 1.0) / 12.0, 1.0 / 12.0),
            _ => (year, 1.0),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_precision_the_source_gives() {
        assert_eq!(PartialDate::parse("2016").unwrap().precision(), Precision::Year);
        assert_eq!(
            PartialDate::parse("2016-05").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            PartialDate::parse("2016-05-31").unwrap().precision(),
            Precision::Day
        );
        assert_eq!(PartialDate::parse("2016-05").unwrap().to_string(), "2016-05");
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for bad in [
            "",
            "16",
            "2016-5",
            "2016-05-1",
            "2016/05",
            "2016-05-01-01",
            "x016",
            "2016-",
        ] {
            assert!(
                matches!(PartialDate::parse(bad), Err(DateError::Form(_))),
                "{bad}"
            );
        }
        for bad in ["2015-02-29", "2016-13", "2016-00", "2016-04-31", "0999"] {
            assert!(
                matches!(PartialDate::parse(bad), Err(DateError::NoSuchDate(_))),
                "{bad}"
            );
        }
        assert!(PartialDate::parse("2016-02-29").is_ok());
    }

    #[test]
    fn fractional_years_map_to_unix_time() {
        assert_eq!(fractional_year_to_unix_ms(1970.0), 0.0);
        assert_eq!(fractional_year_to_unix_ms(2016.0), 1_451_606_400_000.0); // 2016-01-01T00:00Z
        assert_eq!(fractional_year_to_unix_ms(2017.0), 1_483_228_800_000.0);
        assert_eq!(
            fractional_year_to_unix_ms(2016.5),
            (1_451_606_400_000.0 + 1_483_228_800_000.0) / 2.0
        );
        assert_eq!(fractional_year_to_unix_ms(1969.0), -31_536_000_000.0);
    }

    #[test]
    fn year_only_dates_sit_mid_year_and_order_is_kept() {
        let y = PartialDate::parse("2016").unwrap().axis_position();
        assert!((y - 2016.5).abs() < 1e-9);
        let jan = PartialDate::parse("2016-01-01").unwrap().axis_position();
        let dec = PartialDate::parse("2016-12-31").unwrap().axis_position();
        assert!(jan > 2016.0 && jan < y && y < dec && dec < 2017.0);
    }
}
