//! A small proleptic-Gregorian calendar date: enough arithmetic to resolve "Monday", "last week"
//! and "March 20" against a publication date, without pulling in a full time-zone library.

use crate::text::lexicon::CALENDAR;
use serde::{Serialize, Serializer};
use std::fmt;
use std::sync::OnceLock;

/// A calendar day (no time, no zone). Ordered chronologically.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A valid date, or `None` for month 13, February 30 and the like.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses the date at the start of `s`: `YYYY-MM-DD`, optionally followed by a time
    /// (`T12:00:00Z`, ` 12:00:00`), which is ignored.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        let year = s.get(0..4)?.parse().ok()?;
        let month = s.get(5..7)?.parse().ok()?;
        let day = s.get(8..10)?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days`].
    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    pub fn weekday_name(self) -> &'static str {
        weekday_names()[usize::from(self.weekday())]
    }

    /// ISO 8601 week-numbering year and week (1–53).
    pub fn iso_week(self) -> (i32, u8) {
        // The week's Thursday decides its year.
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// The Monday that starts this date's ISO week.
    pub fn week_start(self) -> Date {
        self.add_days(-i64::from(self.weekday()))
    }
}

/// Days in `month` of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Weekday names as English writes them, Monday first (from `assets/calendar.txt`).
pub fn weekday_names() -> &'static [&'static str; 7] {
    static NAMES: OnceLock<[&str; 7]> = OnceLock::new();
    NAMES.get_or_init(|| names("weekday"))
}

/// Month names as English writes them, January first (from `assets/calendar.txt`).
pub fn month_names() -> &'static [&'static str; 12] {
    static NAMES: OnceLock<[&str; 12]> = OnceLock::new();
    NAMES.get_or_init(|| names("month"))
}

/// The names of a calendar section, which must have exactly `N`.
fn names<const N: usize>(section: &str) -> [&'static str; N] {
    let names: Vec<&str> = CALENDAR
        .list()
        .section(section)
        .iter()
        .map(|e| e.key())
        .collect();
    names
        .try_into()
        .unwrap_or_else(|n: Vec<_>| panic!("calendar.txt: {} {section}s, not {N}", n.len()))
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days() {
        for z in [-800_000, -1, 0, 1, 19_436, 2_000_000] {
            assert_eq!(Date::from_days(z).days(), z);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::new(2023, 3, 20).unwrap().days(), 19_436);
    }

    #[test]
    fn knows_weekdays_and_weeks() {
        let d = Date::new(2023, 3, 20).unwrap();
        assert_eq!(d.weekday_name(), "Monday");
        assert_eq!(d.iso_week(), (2023, 12));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(d.add_days(-1).weekday_name(), "Sunday");
        assert_eq!(month_names()[11], "December");
    }

    #[test]
    fn validates_and_parses() {
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert_eq!(
            Date::parse_iso("2023-03-21T10:00:00Z"),
            Date::new(2023, 3, 21)
        );
        assert_eq!(Date::parse_iso("2023-13-01"), None);
        assert_eq!(Date::parse_iso("20230301"), None);
        assert_eq!(Date::new(2023, 3, 5).unwrap().to_string(), "2023-03-05");
    }
}
