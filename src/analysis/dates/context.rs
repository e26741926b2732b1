//! Resolution with the whole sentence in view: the tense around each expression, a year
//! written once for several dates ("from Feb. 2 to Feb. 5, 2021"), and weekday ranges that run
//! forward ("from Monday to Wednesday").

use super::resolve::{Sem, Shift, resolve};
use super::scan::{Match, Scan};
use super::{Granularity, Tense, TimeExpr, TimeValue, tense};
use crate::date::Date;

/// Words that join the two ends of a range.
const RANGE: [&str; 5] = ["to", "through", "until", "till", "and"];

/// The year the sentence writes for the day-without-year `found[k]` of `month`: from the
/// other end of a range ("Feb. 2 to Feb. 5, 2021"), or from the same month written with its
/// year ("in January 2025 ... on Jan. 20").
fn written_year(sc: &Scan, found: &[Match], k: usize, month: u8) -> Option<i32> {
    let year_of = |f: &Match| match &f.sem {
        Sem::Abs(v) if v.granularity != Granularity::Year => Some(v.start),
        _ => None,
    };
    let next = found.get(k + 1).filter(|n| joined(sc, &found[k], n));
    let prev = k
        .checked_sub(1)
        .map(|p| &found[p])
        .filter(|p| joined(sc, p, &found[k]));
    next.or(prev).and_then(year_of).map(|d| d.year).or_else(|| {
        // Only a month written with its year lends it: a full date is its own event.
        found.iter().find_map(|f| match &f.sem {
            Sem::Abs(v) if v.granularity == Granularity::Month && v.start.month == month => {
                Some(v.start.year)
            }
            _ => None,
        })
    })
}

/// Whether only a range word or a dash lies between two expressions.
fn joined(sc: &Scan, first: &Match, second: &Match) -> bool {
    let between = first.end..second.start;
    between.len() == 1
        && (sc.any_word(first.end, &RANGE) || sc.punct(first.end, '-') || sc.punct(first.end, '—'))
}

/// Resolves the expressions of one sentence into [`TimeExpr`]s.
pub fn settle(sc: &Scan, found: Vec<Match>, published: Option<Date>) -> Vec<TimeExpr> {
    let mut out: Vec<TimeExpr> = Vec::with_capacity(found.len());
    for (k, f) in found.iter().enumerate() {
        let mut sem = f.sem.clone();
        // "Feb. 2 to Feb. 5, 2021": a day without a year takes the year the sentence writes.
        if let Sem::MonthDay { month, day } = sem
            && let Some(year) = written_year(sc, &found, k, month)
            && let Some(date) = Date::new(year, month, day)
        {
            sem = Sem::Abs(TimeValue {
                start: date,
                granularity: Granularity::Day,
            });
        }
        let used = sem.needs_tense().then(|| tense::around(sc, f.start, f.end));
        let mut value = resolve(&sem, published, used.unwrap_or(Tense::Unknown));
        // "since March" in a February article: what has lasted since began before
        // publication, so a month or day placed after it is last year's.
        if let (Some(v), Some(p)) = (value.as_mut(), published)
            && matches!(sem, Sem::MonthDay { .. } | Sem::Month { .. } | Sem::YearEnd)
            && v.start > p
            && tense::since(sc, f.start)
            && let Some(d) = Date::new(v.start.year - 1, v.start.month, v.start.day)
        {
            v.start = d;
        }
        // "from Monday to Wednesday": the end of a weekday range is not before its start.
        if let (Some(prev), Some(v)) = (k.checked_sub(1), value.as_mut())
            && matches!(
                sem,
                Sem::Weekday {
                    shift: Shift::Bare,
                    ..
                }
            )
            && matches!(found[prev].sem, Sem::Weekday { .. })
            && joined(sc, &found[prev], f)
            && let Some(start) = out[prev].value.map(|p| p.start)
            && v.start < start
        {
            v.start = v.start.add_days(7);
        }
        out.push(TimeExpr {
            start: sc.tokens[f.start].span.start(),
            end: sc.tokens[f.end - 1].span.end(),
            value,
            kind: f.sem.kind(),
            part_of_day: f.part,
            time: f.time,
            tense: used,
            anchor: f.sem.anchor(),
        });
    }
    out
}
