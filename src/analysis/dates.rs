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
mod relative;
mod resolve;
mod scan;
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
    Year,
}

/// A resolved time: the first day of the period and its granularity.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct TimeValue {
    pub start: Date,
    pub granularity: Granularity,
}

impl TimeValue {
    /// TimeML form: `2023-03-20`, `2023-W11`, `2023-03`, `2023`.
    pub fn iso(&self) -> String {
        match self.granularity {
            Granularity::Day => self.start.to_string(),
            Granularity::Week => {
                let (y, w) = self.start.iso_week();
                format!("{y:04}-W{w:02}")
            }
            Granularity::Month => format!("{:04}-{:02}", self.start.year, self.start.month),
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
    /// For an expression anchored to the story rather than to publication ("that day" 0,
    /// "the next day" 1, "the eve of the summit" -1): days after the latest day named before it
    /// in the same article. [`link`] fills in `value` from it.
    pub anchor: Option<i64>,
}

/// Resolves the anchored expressions of one article ("that day", "the next day", "the eve of
/// his visit") against the latest day-valued expression before each, in text order, since
/// that is the day the narrative is on. Expressions with a value are left as they are.
pub fn link<'a>(article: impl IntoIterator<Item = &'a mut TimeExpr>) {
    let mut last: Option<Date> = None;
    for e in article {
        if e.value.is_none()
            && let (Some(offset), Some(day)) = (e.anchor, last)
        {
            e.value = Some(TimeValue {
                start: day.add_days(offset),
                granularity: Granularity::Day,
            });
        }
        if let Some(v) = e.value.filter(|v| v.granularity == Granularity::Day) {
            last = Some(v.start);
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
