//! Expressions placed relative to publication or by tense: weekdays, "today", "last week",
//! "this morning", "earlier this month", "two days ago".

use super::lexicon::{Key, Lex, Unit, number_word};
use super::lists::lists;
use super::resolve::{Sem, Shift};
use super::scan::{Match, Scan};
use super::{Anchor, PartOfDay};
use super::{absolute, anchored, seasons};
use crate::text::token::Kind;

/// Words that make a period habitual ("every weekend"), not a date.
const EVERY: [&str; 3] = ["every", "each", "most"];
/// Words that make a count approximate ("nearly four years ago", "about a week ago"): the
/// count is still the one meant, so they are part of the expression.
const APPROXIMATE: [&str; 7] = [
    "nearly",
    "almost",
    "about",
    "roughly",
    "around",
    "approximately",
    "some",
];
/// Units of "earlier in the week", "later in the day": a time within the period named.
const IN_THE: [&str; 4] = ["day", "week", "month", "year"];

pub fn part(sc: &Scan, j: usize) -> Option<PartOfDay> {
    match sc.lex(j) {
        Lex::Part(p) if !sc.cap(j) || sc.cap(j - 1) => Some(p),
        _ => None,
    }
}

/// Adds a part of day written right after a day ("Monday night", "yesterday morning").
fn with_part(sc: &Scan, mut f: Match) -> Match {
    if f.part.is_none()
        && !sc.possessive(f.end)
        && let Some(p) = part(sc, f.end)
    {
        f.part = Some(p);
        f.end += 1;
    }
    f
}

/// The calendar word at `i` is part of a name ("Super Tuesday", "the Sunday Times").
pub fn named(sc: &Scan, i: usize) -> bool {
    let l = lists();
    let Some(places) = l.not_dates_by_word.get(sc.text(i)) else {
        return false;
    };
    places.iter().any(|&(n, p)| {
        let phrase = &l.not_dates[n];
        i >= p
            && phrase
                .iter()
                .enumerate()
                .all(|(q, y)| sc.kind(i - p + q) == Some(Kind::Word) && sc.text(i - p + q) == *y)
    })
}

/// "Monday", "Monday night", "Tuesday's", "Monday, March 20".
pub fn weekday(sc: &Scan, i: usize) -> Option<Match> {
    let Lex::Weekday(wd) = sc.lex(i) else {
        return None;
    };
    // "every Monday" is a habit, not a date.
    if !sc.cap(i) || named(sc, i) || sc.any_word(i.wrapping_sub(1), &EVERY) {
        return None;
    }
    // A calendar date written with the weekday decides the day.
    let j = if sc.punct(i + 1, ',') || sc.punct(i + 1, '(') {
        i + 2
    } else {
        i + 1
    };
    if let Some(mut d) = absolute::month_first(sc, j).or_else(|| absolute::day_first(sc, j))
        && d.sem.is_day()
    {
        d.start = i;
        return Some(d);
    }
    let shift = Shift::Bare;
    Some(with_part(
        sc,
        Match::new(i, i + 1, Sem::Weekday { wd, shift }),
    ))
}

/// "today", "yesterday", "tomorrow", "tonight", with a part of day after them.
pub fn deictic(sc: &Scan, i: usize) -> Option<Match> {
    let (sem, night) = match sc.lex(i) {
        Lex::Today => (Sem::Days(0), false),
        Lex::Yesterday => (Sem::Days(-1), false),
        Lex::Tomorrow => (Sem::Days(1), false),
        Lex::Tonight => (Sem::Days(0), true),
        _ => return None,
    };
    // A capital after a capitalised word is a name: "USA Today", "Russia Today".
    if sc.cap(i) && i > 0 && sc.cap(i - 1) && sc.kind(i - 1) == Some(Kind::Word) {
        return None;
    }
    let mut f = Match::new(i, i + 1, sem);
    if night {
        f.part = Some(PartOfDay::Night);
    }
    Some(with_part(sc, f))
}

/// "last week", "this year", "next month", "last weekend", "this past weekend", "last Monday",
/// "next March", "last night", "this morning".
pub fn shifted(sc: &Scan, i: usize) -> Option<Match> {
    let (mut shift, off) = if sc.word(i, "last") {
        (Shift::Last, -1)
    } else if sc.word(i, "this") {
        (Shift::This, 0)
    } else if sc.word(i, "next") {
        (Shift::Next, 1)
    } else {
        return None;
    };
    // "the last week", "the next day" count a span from another time: not a date.
    if shift != Shift::This && i > 0 && sc.word(i - 1, "the") {
        return None;
    }
    let mut j = i + 1;
    if shift == Shift::This
        && sc.word(j, "past")
        && (sc.word(j + 1, "weekend") || seasons::season_at(sc, j + 1).is_some())
    {
        shift = Shift::Past;
        j += 1;
    }
    let mut f = Match::new(i, j + 1, Sem::Vague);
    f.sem = match sc.lex(j) {
        _ if sc.word(j, "week") => Sem::Weeks(off),
        _ if sc.word(j, "weekend") => Sem::Weekend(shift),
        _ if sc.word(j, "month") => Sem::Months(off),
        _ if sc.word(j, "quarter") => Sem::Quarters(off),
        _ if sc.word(j, "year") => Sem::Years(off),
        Lex::Weekday(wd) if sc.cap(j) => {
            return Some(with_part(
                sc,
                Match::new(i, j + 1, Sem::Weekday { wd, shift }),
            ));
        }
        Lex::Month(month) if sc.cap(j) => Sem::Month { month, shift },
        Lex::Season(month) if !sc.cap(j) => Sem::Season { month, shift },
        // "last Thanksgiving", "next Christmas".
        Lex::Holiday | Lex::Key(Key::New) => {
            let h = absolute::holiday(sc, j)?;
            let (month, day, weekday) = match h.sem {
                Sem::MonthDay { month, day } => (month, day, None),
                Sem::Holiday {
                    month,
                    day,
                    weekday,
                    ..
                } => (month, day, weekday),
                _ => return None,
            };
            let sem = Sem::Holiday {
                month,
                day,
                weekday,
                shift,
            };
            return Some(Match::new(i, h.end, sem));
        }
        Lex::Part(p @ (PartOfDay::Night | PartOfDay::Evening)) if shift == Shift::Last => {
            f.part = Some(p);
            Sem::Days(-1)
        }
        Lex::Part(p) if shift == Shift::This => {
            f.part = Some(p);
            Sem::Days(0)
        }
        _ => return None,
    };
    Some(f)
}

/// "the weekend" ("said over the weekend"): the one just past unless the verb is future.
pub fn the_weekend(sc: &Scan, i: usize) -> Option<Match> {
    if !(sc.word(i, "the") && sc.word(i + 1, "weekend")) || sc.any_word(i.wrapping_sub(1), &EVERY) {
        return None;
    }
    Some(Match::new(i, i + 2, Sem::Weekend(Shift::Bare)))
}

/// "the week of March 6": the week that holds the day.
pub fn week_of(sc: &Scan, i: usize) -> Option<Match> {
    if !(sc.word(i, "the") && sc.word(i + 1, "week") && sc.word(i + 2, "of")) {
        return None;
    }
    let j = i + 3;
    let day = absolute::month_first(sc, j)
        .or_else(|| absolute::day_first(sc, j))
        .filter(|f| f.sem.is_day() && f.start == j)?;
    Some(Match::new(i, day.end, Sem::WeekOf(Box::new(day.sem))))
}

/// "early Monday", "late last year", "earlier this month", "mid-March", "later today".
pub fn modified(sc: &Scan, i: usize) -> Option<Match> {
    if !sc.any_word(i, &["early", "late", "mid", "earlier", "later"]) {
        return None;
    }
    let j = if sc.punct(i + 1, '-') && sc.glued(i + 1) {
        i + 2
    } else {
        i + 1
    };
    if let Some(f) = in_the(sc, i, j) {
        return Some(f);
    }
    let mut f = shifted(sc, j)
        .or_else(|| weekday(sc, j))
        .or_else(|| deictic(sc, j))
        .or_else(|| anchored::that_day(sc, j))
        .or_else(|| anchored::that_year(sc, j))
        .or_else(|| anchored::that_month(sc, j))
        .or_else(|| absolute::month_first(sc, j))
        .or_else(|| seasons::season(sc, j))
        .or_else(|| {
            let (y, e) = absolute::year_at(sc, j)?;
            absolute::year_value(j, e, y)
        })?;
    f.start = i;
    Some(f)
}

/// "earlier in the year", "later in the day", "early in the week" at `i`, with "in" at `j`:
/// a time within the period of publication, as "the year" alone is (see
/// [`super::periods::the_year`]); the day is the one the narrative is on, so it is anchored.
fn in_the(sc: &Scan, i: usize, j: usize) -> Option<Match> {
    if !(sc.word(j, "in") && sc.word(j + 1, "the") && sc.any_word(j + 2, &IN_THE)) {
        return None;
    }
    let unit = j + 2;
    // "later in the year-end review": a compound, not the period.
    if sc.cap(unit) || (sc.punct(unit + 1, '-') && sc.glued(unit + 1)) {
        return None;
    }
    let sem = if sc.word(unit, "day") {
        Sem::Anchor(0)
    } else if sc.word(unit, "week") {
        Sem::Weeks(0)
    } else if sc.word(unit, "month") {
        Sem::Months(0)
    } else {
        Sem::Years(0)
    };
    Some(Match::new(i, unit + 1, sem))
}

/// "two days ago", "a year ago", "a few weeks ago", "days ago", "a year earlier". `floor` is the first token not
/// already inside an earlier expression.
pub fn ago(sc: &Scan, i: usize, floor: usize) -> Option<Match> {
    let Lex::Unit(unit) = sc.lex(i) else {
        return None;
    };
    // "a year earlier" in news is reckoned like "a year ago" (a results story compares with
    // the period a year before its own, which [`super::link`] finds); a shorter "earlier" is
    // the narrative's ("two days earlier"), left alone.
    let earlier =
        matches!(unit, Unit::Year | Unit::Month | Unit::Quarter) && sc.word(i + 1, "earlier");
    if !sc.word(i + 1, "ago") && !earlier {
        return None;
    }
    let plural = sc.text(i).ends_with(['s', 'S']);
    let k = i.checked_sub(1).filter(|&k| k >= floor);
    let (a, n) = match k {
        Some(k) if sc.num(k).is_some_and(|(_, d)| d <= 3) => (k, sc.num(k).map(|(v, _)| v.into())),
        Some(k) if number_word(sc.text(k)).is_some() => (k, number_word(sc.text(k))),
        Some(k) if sc.any_word(k, &["a", "an"]) => (k, Some(1)),
        Some(k) if sc.any_word(k, &["few", "several", "many", "some", "couple"]) => (
            if k > floor && sc.word(k - 1, "a") {
                k - 1
            } else {
                k
            },
            None,
        ),
        _ if plural => (i, None),
        _ => return None,
    };
    // "nearly four years ago": the approximation is part of it.
    let a = if a > floor && a > 0 && sc.any_word(a - 1, &APPROXIMATE) {
        a - 1
    } else {
        a
    };
    let sem = match (unit, n) {
        (Unit::Year, Some(1)) => Sem::Story {
            anchor: Anchor::YearBefore,
            quarter: false,
        },
        (Unit::Quarter, Some(n)) => Sem::Quarters(-n),
        (Unit::Day, Some(n)) => Sem::Days(-n),
        (Unit::Week, Some(n)) => Sem::Weeks(-n),
        (Unit::Month, Some(n)) => Sem::Months(-n),
        (Unit::Year, Some(n)) => Sem::Years(-n),
        (Unit::Decade, Some(n)) => Sem::Years(-10 * n),
        _ => Sem::Vague,
    };
    Some(Match::new(a, i + 2, sem))
}
