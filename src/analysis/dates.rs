//! Temporal expressions in news sentences, resolved against the publication date.
//!
//! News writing dates events in a few conventional ways: a weekday ("said Monday", "on
//! Tuesday afternoon", "Tuesday's meeting"), a word relative to the day of publication ("today",
//! "last week", "over the weekend", "two days ago"), or a calendar date ("March 20, 2023",
//! "20 March", "Sept. 11", "February 2022", "in 2022", "2023-03-20"). [`extract`] finds them in
//! one sentence and resolves each to a [`TimeValue`]:
//!
//! - weekdays by the tense of the nearest verb: past ("said", "met", "arrived") → the latest such
//!   day on or before publication; future ("will", "is expected to", "scheduled") → the first on
//!   or after; no tense → the nearer one, leaning to the past (news reports what happened);
//! - "last/this/next week" → an ISO week; "last/this/next month", "year" → that month or year;
//! - a season ("last fall", "this summer", "over the summer") → season granularity, from the
//!   month it opens in: "last" the latest before the one publication is in, "next" the first
//!   after, "this" the one of the publication year, a bare one by tense;
//! - the weekend → week granularity, the Saturday as its start (so it sorts after the weekdays
//!   before it and `iso()` gives its ISO week);
//! - a date without a year → the publication year, moved a year back when the tense is past and
//!   the month is later than the publication month (and forward for the future); with no tense,
//!   the nearer of the two;
//! - "on the eve of" an event → the day before, when the event's own date is written there;
//!   otherwise, like "that day" and "the next day", it is anchored: [`link`] places it from the
//!   latest day the article named before it.
//!
//! Without a publication date only absolute expressions get a value.
//!
//! The scan is built for volume: a byte pass rejects sentences with no digit and no calendar
//! word, the tokens of the rest go into a reused per-thread buffer, and tense is only worked out
//! for the expressions that need it.

mod absolute;
mod anchored;
mod context;
mod lexicon;
mod lists;
mod periods;
mod relative;
mod resolve;
mod scan;
mod seasons;
mod tense;
mod tokens;

#[cfg(test)]
mod tests;

use crate::date::Date;
use crate::text::token::Token;
use lexicon::Lex;
use serde::Serialize;
use std::cell::RefCell;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    /// A calendar quarter ("the third quarter"), from its first month.
    Quarter,
    /// A season ("last fall"), from the month it opens in: March, June, September, December.
    Season,
    Year,
}

/// A resolved time: the first day of the period and its granularity.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct TimeValue {
    pub start: Date,
    pub granularity: Granularity,
}

impl TimeValue {
    /// TimeML form: `2023-03-20`, `2023-W11` (a weekend `2023-W11-WE`), `2023-03`, `2023-Q1`,
    /// `2023-SU`, `2023`.
    pub fn iso(&self) -> String {
        match self.granularity {
            Granularity::Day => self.start.to_string(),
            // A weekend is the week that starts on its Saturday: TimeML's `2023-W11-WE`.
            Granularity::Week if self.start.weekday() == 5 => {
                let (y, w) = self.start.iso_week();
                format!("{y:04}-W{w:02}-WE")
            }
            Granularity::Week => {
                let (y, w) = self.start.iso_week();
                format!("{y:04}-W{w:02}")
            }
            Granularity::Month => format!("{:04}-{:02}", self.start.year, self.start.month),
            Granularity::Quarter => {
                format!("{:04}-Q{}", self.start.year, self.start.month.div_ceil(3))
            }
            Granularity::Season => {
                let code =
                    ["SP", "SU", "FA", "WI"][usize::from((self.start.month / 3).clamp(1, 4) - 1)];
                format!("{:04}-{code}", self.start.year)
            }
            Granularity::Year => format!("{:04}", self.start.year),
        }
    }
}

/// The part of a day named with it ("Monday night", "this morning", "tonight").
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// How an expression names its time, which says how far to trust its value.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum TimeKind {
    /// A calendar date, month or year, with or without the year written.
    Calendar,
    /// A weekday, placed by tense.
    Weekday,
    /// Relative to the publication date: "today", "last week", "two days ago".
    Relative,
    /// Relative to an event: "on the eve of the summit".
    Anchored,
}

/// The tense that placed an expression in time.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// A temporal expression found in a sentence; offsets are bytes in that sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    /// `None` when it cannot be resolved (a relative expression with no publication date).
    pub value: Option<TimeValue>,
    pub kind: TimeKind,
    pub part_of_day: Option<PartOfDay>,
    /// A clock time written with the day ("Monday at 4:30 p.m."), 24-hour.
    pub time: Option<(u8, u8)>,
    /// The tense used to resolve it, when the resolution depended on one.
    pub tense: Option<Tense>,
    /// For an expression anchored to the story rather than to publication: what it is
    /// reckoned from. [`link`] fills in `value` from it (or replaces the fallback it holds).
    pub anchor: Option<Anchor>,
}

/// What an anchored expression is reckoned from, in the article's narrative.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Anchor {
    /// Days after the latest day named before it in the article: "that day" 0, "the next day"
    /// 1, "the eve of the summit" -1. Without such a day it stays unresolved.
    Days(i64),
    /// The quarter the article reports on ("the quarter", "the latest quarter"); the value
    /// found without it is the latest quarter ended before publication.
    Quarter,
    /// The same period a year before the quarter the article reports on: "a year earlier",
    /// "the year-ago quarter", in a results story. Without a quarter in view, the value
    /// found alone (the year before publication for "a year ago") stands.
    YearBefore,
    /// The article's quarter in another year: "the 1988 quarter", "the 1988 period".
    QuarterOf(i32),
    /// Years after the year of the latest time named before it: "that year" 0, "the
    /// following year" 1, "the year before" -1. Without one it stays unresolved.
    Years(i32),
    /// Months after the month of the latest day, week or month named before it: "that
    /// month" 0, "the following month" 1, "the previous month" -1. Without one it stays
    /// unresolved.
    Months(i32),
    /// The weekday (0 = Monday) nearest after (`forward`) or before the latest day named
    /// before it: "the following Monday", "the previous Friday". Without one, the value
    /// found alone (the next or last such day from publication) stands.
    Weekday { wd: u8, forward: bool },
}

/// How many sentences back a quarter still sets the period a results story is on: a story
/// names its quarter in its lead and then compares "a year earlier" for a paragraph or two.
const QUARTER_REACH: usize = 6;

/// Resolves the anchored expressions of one article, given as (sentence number, expression)
/// in text order: "that day", "the next day", "the eve of his visit" against the latest
/// day-valued expression before each, since that is the day the narrative is on; "that
/// year", "the following year" against the year of the latest time named before; "the
/// quarter", "a year earlier", "the year-ago quarter" against the latest quarter named in
/// the last few sentences around publication, since that is the period a results story
/// compares. Other expressions are left as they are.
pub fn link<'a>(
    published: Option<Date>,
    article: impl IntoIterator<Item = (usize, &'a mut TimeExpr)>,
) {
    let mut last: Option<Date> = None;
    let mut year: Option<i32> = None;
    let mut month: Option<Date> = None;
    let mut quarter: Option<(usize, Date)> = None;
    for (sentence, e) in article {
        let current = quarter
            .filter(|&(at, _)| sentence.saturating_sub(at) <= QUARTER_REACH)
            .map(|(_, q)| q);
        let to = |start: Date, granularity| Some(TimeValue { start, granularity });
        match (e.anchor, current) {
            (Some(Anchor::Days(offset)), _) if e.value.is_none() => {
                e.value = last.and_then(|day| to(day.add_days(offset), Granularity::Day));
            }
            (Some(Anchor::Years(offset)), _) => {
                e.value = year
                    .and_then(|y| Date::new(y.checked_add(offset)?, 1, 1))
                    .and_then(|d| to(d, Granularity::Year));
            }
            (Some(Anchor::Months(offset)), _) => {
                e.value = month
                    .and_then(|m| {
                        let index = i64::from(m.year) * 12 + i64::from(m.month) - 1;
                        let index = index + i64::from(offset);
                        let y = i32::try_from(index.div_euclid(12)).ok()?;
                        Date::new(y, (index.rem_euclid(12) + 1) as u8, 1)
                    })
                    .and_then(|d| to(d, Granularity::Month));
            }
            (Some(Anchor::Weekday { wd, forward }), _) => {
                if let Some(day) = last {
                    let gap = if forward {
                        (i64::from(wd) - i64::from(day.weekday()) - 1).rem_euclid(7) + 1
                    } else {
                        -((i64::from(day.weekday()) - i64::from(wd) - 1).rem_euclid(7) + 1)
                    };
                    e.value = to(day.add_days(gap), Granularity::Day);
                }
            }
            (Some(Anchor::Quarter), Some(q)) => e.value = to(q, Granularity::Quarter),
            (Some(Anchor::YearBefore), Some(q)) => {
                e.value =
                    Date::new(q.year - 1, q.month, 1).and_then(|d| to(d, Granularity::Quarter));
            }
            (Some(Anchor::QuarterOf(year)), Some(q)) => {
                e.value = Date::new(year, q.month, 1).and_then(|d| to(d, Granularity::Quarter));
            }
            _ => {}
        }
        if let Some(v) = e.value {
            year = Some(v.start.year);
            if matches!(
                v.granularity,
                Granularity::Day | Granularity::Week | Granularity::Month
            ) {
                month = Some(v.start);
            }
        }
        match e.value {
            Some(v) if v.granularity == Granularity::Day => last = Some(v.start),
            // Only a quarter ended in the year before publication sets the period compared:
            // results are reported for a quarter just ended, and "the 1988 second quarter"
            // in a 1989 story is itself a comparison.
            Some(v)
                if v.granularity == Granularity::Quarter
                    && !matches!(e.anchor, Some(Anchor::YearBefore | Anchor::QuarterOf(_)))
                    && published.is_some_and(|p| {
                        let index = |d: Date| i64::from(d.year) * 4 + i64::from((d.month - 1) / 3);
                        (index(p) - 4..index(p)).contains(&index(v.start))
                    }) =>
            {
                quarter = Some((sentence, v.start));
            }
            _ => {}
        }
    }
}

thread_local! {
    /// Token buffer reused across sentences, so scanning does not allocate per sentence.
    static TOKENS: RefCell<(Vec<Token>, Vec<Lex>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// Finds the temporal expressions in one sentence, in order, resolved against `published`.
pub fn extract(sentence: &str, published: Option<Date>) -> Vec<TimeExpr> {
    // Token offsets are 32-bit; no sentence comes near that, but never mis-slice if one does.
    if sentence.len() > u32::MAX as usize || !tokens::may_have_dates(sentence) {
        return Vec::new();
    }
    TOKENS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut bufs) => {
            let (toks, lex) = &mut *bufs;
            tokens::tokenize(sentence, toks, lex);
            scan::run(sentence, toks, lex, published)
        }
        // Only reachable through re-entrancy, which the scanner never does; stay correct anyway.
        Err(_) => {
            let (mut toks, mut lex) = (Vec::new(), Vec::new());
            tokens::tokenize(sentence, &mut toks, &mut lex);
            scan::run(sentence, &toks, &lex, published)
        }
    })
}
