//! The periods business news reports on: quarters ("the third quarter", "third-quarter
//! profit", "the fiscal first quarter", "the third quarter of 1990", "the 1988 third quarter"),
//! the quarter a results story is on ("the quarter", "the latest quarter") and the period it
//! is compared with ("the year-ago quarter", "the year-earlier period", "year-earlier
//! profit", "the quarter a year ago"), fiscal years ("fiscal 1989"), the year a story is in
//! ("the full year", "the current fiscal year") and its end ("by year-end").
//!
//! A quarter's number is written as an ordinal ("third", "3rd"); its year, when not written,
//! comes from publication ([`super::resolve`]). The story's quarter is found by
//! [`super::link`], from the quarters the article named before.

use super::absolute::month_at;
use super::absolute::{year_at, year_value};
use super::lexicon::{Key, Lex, number_word};
use super::lists::{lists, lower};
use super::resolve::{QuarterYear, Sem};
use super::scan::{Match, Scan};
use super::{Anchor, Granularity, TimeValue};
use crate::date::Date;
use crate::text::token::Kind;

/// Words between "the" and "quarter" that mean the quarter the story is on.
const LATEST: [&str; 2] = ["latest", "recent"];
/// The comparison words of a results story: "the year-ago quarter", "year-earlier profit".
const YEAR_BEFORE: [&str; 2] = ["earlier", "ago"];
/// Words before "year-ago" that add nothing to it: "the comparable year-ago quarter".
const SAME: [&str; 3] = ["comparable", "corresponding", "same"];

/// An ordinal at `i`: "third", or digits with their suffix ("3rd"). Its number and the index
/// after it.
fn ordinal_at(sc: &Scan, i: usize) -> Option<(u8, usize)> {
    if sc.lex(i) == Lex::Key(Key::Ordinal) {
        let mut buf = [0u8; 24];
        let w = lower(sc.text(i), &mut buf)?;
        let n = lists().ordinals.iter().find(|(o, _)| *o == w)?.1;
        return Some((n, i + 1));
    }
    let (n, digits) = sc.num(i)?;
    let suffix = sc.glued(i + 1) && sc.any_word(i + 1, &["st", "nd", "rd", "th"]);
    (digits == 1 && suffix).then_some((n as u8, i + 2))
}

/// The singular "quarter" at `i`, in lower case (a capital is a place: "the French Quarter")
/// and not the first half of a compound ("quarter-point").
fn quarter_word(sc: &Scan, i: usize) -> bool {
    sc.word(i, "quarter")
        && !sc.cap(i)
        && !(sc.punct(i + 1, '-') && sc.glued(i + 1) && sc.glued(i + 2))
}

/// "year-earlier", "year-ago" at `i`: the index after it.
fn year_before_at(sc: &Scan, i: usize) -> Option<usize> {
    (sc.word(i, "year")
        && sc.punct(i + 1, '-')
        && sc.glued(i + 1)
        && sc.glued(i + 2)
        && sc.any_word(i + 2, &YEAR_BEFORE))
    .then_some(i + 3)
}

/// "a year ago", "a year earlier", "last year" at `i`, after a period ("the quarter a year
/// ago"): the index after it.
fn a_year_before_at(sc: &Scan, i: usize) -> Option<usize> {
    if sc.word(i, "a") && sc.word(i + 1, "year") && sc.any_word(i + 2, &YEAR_BEFORE) {
        return Some(i + 3);
    }
    (sc.word(i, "last") && sc.word(i + 1, "year")).then_some(i + 2)
}

fn story(anchor: Anchor, quarter: bool) -> Sem {
    Sem::Story { anchor, quarter }
}

/// A quarter, or a period of a results story, starting at `i` (on "the", "fiscal", an
/// ordinal or a year).
pub fn quarter(sc: &Scan, i: usize) -> Option<Match> {
    let mut j = i;
    let the = sc.word(j, "the");
    j += usize::from(the);
    // "the 1988 third quarter", "the 1988 quarter", "the 1988 period".
    let mut year = None;
    if the && let Some((y, e)) = year_at(sc, j) {
        year = Some(y);
        j = e;
    }
    let fiscal = sc.word(j, "fiscal");
    if fiscal {
        j += 1;
        // "the fiscal-first quarter".
        if sc.punct(j, '-') && sc.glued(j) && sc.glued(j + 1) {
            j += 1;
        }
        if year.is_none()
            && let Some((y, e)) = year_at(sc, j)
        {
            year = Some(y);
            j = e;
        }
    }
    let mut before = false;
    if the && year.is_none() && !fiscal {
        j += usize::from(sc.any_word(j, &SAME));
        if let Some(e) = year_before_at(sc, j) {
            before = true;
            j = e;
        }
    }
    if let Some((q, k)) = ordinal_at(sc, j).filter(|(q, _)| (1..=4).contains(q)) {
        // "third-quarter profit" is written with a hyphen.
        let k = if sc.punct(k, '-') && sc.glued(k) && sc.glued(k + 1) {
            k + 1
        } else {
            k
        };
        if !quarter_word(sc, k) {
            return None;
        }
        let mut end = k + 1;
        // "the third quarter of 1990", "the first quarter of fiscal 1990".
        if sc.word(end, "of") {
            let f = end + 1 + usize::from(sc.word(end + 1, "fiscal"));
            if let Some((y, e)) = year_at(sc, f) {
                year = Some(y);
                end = e;
            }
        }
        let sem = match year {
            Some(y) => Sem::Abs(TimeValue {
                start: Date::new(y, q * 3 - 2, 1)?,
                granularity: Granularity::Quarter,
            }),
            None => Sem::Quarter {
                q,
                year: match (fiscal, before) {
                    (_, true) => QuarterYear::YearBefore,
                    (true, _) => QuarterYear::Fiscal,
                    _ => QuarterYear::Bare,
                },
            },
        };
        return Some(Match::new(i, end, sem));
    }
    if !the {
        return None;
    }
    // The story's own period: "the quarter", "the latest quarter", "the most recent
    // period", "the year-ago quarter", "the year-earlier period", "the 1988 quarter", "the
    // corresponding period last year".
    let mut latest = false;
    if year.is_none() && !before {
        if sc.word(j, "current") && quarter_word(sc, j + 1) {
            return Some(Match::new(i, j + 2, Sem::Quarters(0)));
        }
        if sc.word(j, "most") && sc.word(j + 1, "recent") {
            (j, latest) = (j + 2, true);
        } else if sc.any_word(j, &LATEST) {
            (j, latest) = (j + 1, true);
        }
    }
    let later = a_year_before_at(sc, j + 1).filter(|_| !before && year.is_none());
    let period = sc.word(j, "period") && (before || latest || year.is_some() || later.is_some());
    if !quarter_word(sc, j) && !period {
        return None;
    }
    let mut end = j + 1;
    if let Some(e) = later {
        // "the quarter a year ago", "the corresponding period last year".
        before = true;
        end = e;
    } else if !before && year.is_none() {
        // "the quarter ended Sept. 30": the date says which quarter (it stays a date of its
        // own).
        if sc.any_word(end, &["ended", "ending"])
            && let Some((m, _)) = month_at(sc, end + 1)
        {
            return Some(Match::new(i, end, Sem::QuarterEnded { month: m }));
        }
        if sc.word(end, "of") && sc.kind(end + 1).is_some() {
            // "the quarter of a century", "the quarter of the market": no period of time.
            return None;
        }
    }
    let anchor = match year {
        Some(y) => Anchor::QuarterOf(y),
        None if before => Anchor::YearBefore,
        None => Anchor::Quarter,
    };
    Some(Match::new(i, end, story(anchor, !period)))
}

/// "year-earlier profit", "the year-ago results": the story's period a year before, at the
/// word "year".
pub fn year_before(sc: &Scan, i: usize) -> Option<Match> {
    let end = year_before_at(sc, i)?;
    Some(Match::new(i, end, story(Anchor::YearBefore, false)))
}

/// "last year's third quarter", "this year's quarter", "next year's first quarter", at the
/// shift word: a quarter of a year named from publication's, or the story's quarter in it.
pub fn year_quarter(sc: &Scan, i: usize) -> Option<Match> {
    let n = [("last", -1), ("this", 0), ("next", 1)]
        .iter()
        .find(|(w, _)| sc.word(i, w))?
        .1;
    if !(sc.word(i + 1, "year") && sc.possessive(i + 2)) {
        return None;
    }
    let j = i + 4;
    if let Some((q, k)) = ordinal_at(sc, j).filter(|(q, _)| (1..=4).contains(q)) {
        let k = if sc.punct(k, '-') && sc.glued(k) && sc.glued(k + 1) {
            k + 1
        } else {
            k
        };
        let year = QuarterYear::Shift(n);
        return quarter_word(sc, k).then(|| Match::new(i, k + 1, Sem::Quarter { q, year }));
    }
    // "last year's quarter": a year before the story's.
    (n == -1 && (quarter_word(sc, j) || sc.word(j, "period")))
        .then(|| Match::new(i, j + 1, story(Anchor::YearBefore, sc.word(j, "quarter"))))
}

/// "fiscal 1989": the year, with the word that says it is a company's.
pub fn fiscal_year(sc: &Scan, i: usize) -> Option<Match> {
    if !sc.word(i, "fiscal") {
        return None;
    }
    let (y, e) = year_at(sc, i + 1)?;
    year_value(i, e, y)
}

/// "the year", "the full year", "the current fiscal year", "the year 1990", "the past year":
/// business news writes "the year" for the year of publication (a company's year is named
/// by the year it ends in), and "the past year" for the one before. Not "the year before",
/// "the year of the flood", "the year-ago quarter", nor a capital ("Player of the Year").
pub fn the_year(sc: &Scan, i: usize) -> Option<Match> {
    if !sc.word(i, "the") {
        return None;
    }
    let mut buf = [0u8; 24];
    let (mut j, mut years) = (i + 1, 0);
    let mut written = true;
    // "the current year", "the full year" name publication's year by themselves: what
    // follows is a clause about it ("the current fiscal year that ends in June").
    let mut named = false;
    if sc.word(j, "past") {
        (j, years, written) = (j + 1, -1, false);
    } else if lower(sc.text(j), &mut buf).is_some_and(|w| lists().this_year.contains(w)) {
        (j, written, named) = (j + 1, false, true);
    }
    if sc.word(j, "fiscal") {
        (j, written) = (j + 1, false);
    }
    if !sc.word(j, "year") || sc.cap(j) {
        return None;
    }
    let e = j + 1;
    if sc.punct(e, '-') && sc.glued(e) {
        return None;
    }
    if written && let Some((y, end)) = year_at(sc, e) {
        return year_value(i, end, y);
    }
    // "the year two thousand" is written out (see [`super::absolute`]).
    let after = !named
        && sc.kind(e) == Some(Kind::Word)
        && (number_word(sc.text(e)).is_some()
            || lower(sc.text(e), &mut buf).is_some_and(|w| lists().not_this_year.contains(w)));
    (!after).then(|| Match::new(i, e, Sem::Years(years)))
}

/// "year-end", "year end", "year's end" after a preposition ("by year-end", "since year
/// end"): the last day of the year of publication, or of the year before after "since"
/// (see [`super::context`]).
pub fn year_end(sc: &Scan, i: usize) -> Option<Match> {
    let mut buf = [0u8; 24];
    let licensed = i > 0
        && sc.kind(i - 1) == Some(Kind::Word)
        && (sc.any_word(i - 1, &["at", "toward", "towards", "near"])
            || lower(sc.text(i - 1), &mut buf).is_some_and(|w| lists().before_year.contains(w)));
    if !(sc.word(i, "year") && licensed) {
        return None;
    }
    let end = if sc.punct(i + 1, '-') && sc.glued(i + 1) && sc.glued(i + 2) {
        i + 2
    } else if sc.possessive(i + 1) {
        i + 3
    } else {
        i + 1
    };
    // "year-end results" still dates its noun; "year-end" as a noun is the day.
    (sc.word(end, "end")).then(|| Match::new(i, end + 1, Sem::YearEnd))
}
