//! How news prose dates an event relative to the day of publication: "on Monday", "Tuesday",
//! "last week", "March 20", "will meet on Thursday", "next month". The phrase is always true
//! for the publication date it is written against (the analysis must be able to resolve it).

use super::rng::Rng;
use parallax::date::Date;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12)) - 1]
}

/// "March 20" or, in British style, "20 March"; with the year: "March 20, 2023" / "20 March 2023".
pub fn calendar(d: Date, uk: bool, year: bool, out: &mut String) {
    use std::fmt::Write;
    let m = month_name(d.month);
    // Writing to a String cannot fail.
    let _ = match (uk, year) {
        (false, false) => write!(out, "{m} {}", d.day),
        (false, true) => write!(out, "{m} {}, {}", d.day, d.year),
        (true, false) => write!(out, "{} {m}", d.day),
        (true, true) => write!(out, "{} {m} {}", d.day, d.year),
    };
}

/// Appends a phrase that dates `event` as seen from `published`. `initial` asks for a phrase
/// that can open a sentence ("On Monday," rather than a bare "Monday"); the caller capitalises.
/// `future` must agree with the dates (the event is not before publication).
pub fn phrase(
    published: Date,
    event: Date,
    future: bool,
    uk: bool,
    initial: bool,
    rng: &mut Rng,
    out: &mut String,
) {
    let d = event.days() - published.days();
    let wd = event.weekday_name();
    let week = (event.week_start().days() - published.week_start().days()) / 7;
    let month_gap = (i64::from(event.year) * 12 + i64::from(event.month))
        - (i64::from(published.year) * 12 + i64::from(published.month));
    let roll = rng.below(100);
    let on_weekday = |out: &mut String, bare: bool| {
        if !bare {
            out.push_str("on ");
        }
        out.push_str(wd);
    };
    let on_calendar = |out: &mut String, rng: &mut Rng| {
        if initial || rng.chance(60) {
            out.push_str("on ");
        }
        calendar(event, uk, false, out);
    };
    match d {
        0 => match roll {
            0..8 => out.push_str("today"),
            8..20 if future => push_parts(out, &["later on ", wd]),
            8..20 => push_parts(out, &["earlier on ", wd]),
            20..30 => push_parts(
                out,
                &[
                    "on ",
                    wd,
                    pick(rng, &[" morning", " afternoon", " evening"]),
                ],
            ),
            _ => on_weekday(out, !initial && roll < 55),
        },
        -1 | 1 if roll < 8 && uk => out.push_str(if d < 0 { "yesterday" } else { "tomorrow" }),
        -6..=6 => match roll {
            0..10 if week == 1 => push_parts(out, &["next ", wd]),
            0..12 if d < -1 => {
                push_parts(out, &["on ", wd, ", "]);
                calendar(event, uk, false, out);
            }
            0..15 if d == -1 => push_parts(out, &["on ", wd, " night"]),
            15..25 => on_calendar(out, rng),
            _ => on_weekday(out, !initial && roll < 50),
        },
        _ => match roll {
            0..25 if week == -1 => out.push_str("last week"),
            0..25 if week == 1 => out.push_str("next week"),
            25..35 if month_gap == -1 && d < -10 => out.push_str("last month"),
            25..35 if month_gap == 1 && d > 10 => out.push_str("next month"),
            35..45 if month_gap == 0 => out.push_str(if future {
                "later this month"
            } else {
                "earlier this month"
            }),
            _ => on_calendar(out, rng),
        },
    }
}

fn push_parts(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
}

fn pick(rng: &mut Rng, items: &[&'static str]) -> &'static str {
    rng.pick(items).copied().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(published: Date, event: Date, future: bool) -> Vec<String> {
        let mut rng = Rng::new(9);
        (0..300)
            .map(|_| {
                let mut s = String::new();
                phrase(published, event, future, false, false, &mut rng, &mut s);
                s
            })
            .collect()
    }

    #[test]
    fn nearby_days_are_weekdays_and_far_ones_calendar_dates() {
        let tue = Date::new(2023, 3, 21).unwrap();
        let monday = phrases(tue, tue.add_days(-1), false);
        assert!(monday.iter().any(|p| p == "on Monday"));
        assert!(
            monday
                .iter()
                .all(|p| p.contains("Monday") || p.contains("March 20")),
            "{monday:?}"
        );
        let thursday = phrases(tue, tue.add_days(2), true);
        assert!(
            thursday
                .iter()
                .all(|p| p.contains("Thursday") || p.contains("March 23"))
        );
        let far = phrases(tue, Date::new(2023, 3, 2).unwrap(), false);
        assert!(far.iter().any(|p| p.contains("March 2")));
        assert!(far.iter().any(|p| p == "earlier this month"));
        assert!(
            !far.iter().any(|p| p.contains("day")),
            "no weekday for a date 19 days back"
        );
        let last_week = phrases(tue, Date::new(2023, 3, 14).unwrap(), false);
        assert!(last_week.iter().any(|p| p == "last week"));
    }

    #[test]
    fn writes_both_calendar_styles() {
        let d = Date::new(2023, 3, 20).unwrap();
        let mut s = String::new();
        calendar(d, false, true, &mut s);
        s.push('|');
        calendar(d, true, false, &mut s);
        assert_eq!(s, "March 20, 2023|20 March");
    }
}
