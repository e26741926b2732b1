//! Expressions anchored to another time in the article rather than to publication: "that day",
//! "the next day", "the previous day", "the eve of the summit". The scanner marks them with an
//! offset in days; [`super::link`] resolves them against the latest day the article named
//! before them, since that is the day the narrative is on.

use super::absolute;
use super::lexicon::Lex;
use super::relative;
use super::resolve::Sem;
use super::scan::{Match, Scan};
use crate::text::token::Kind;

/// Words that end the event phrase after "the eve of".
const PHRASE_END: [&str; 16] = [
    "and", "but", "when", "as", "that", "which", "where", "with", "to", "for", "in", "on", "at",
    "by", "while", "after",
];

/// "that day", "that night", "the same day", "the next day", "the following morning",
/// "the previous day".
pub fn that_day(sc: &Scan, i: usize) -> Option<Match> {
    let (j, offset) = if sc.word(i, "that") {
        (i + 1, 0)
    } else if sc.word(i, "the") && sc.word(i + 1, "same") {
        (i + 2, 0)
    } else if sc.word(i, "the") && sc.any_word(i + 1, &["next", "following"]) {
        (i + 2, 1)
    } else if sc.word(i, "the") && sc.word(i + 1, "previous") {
        (i + 2, -1)
    } else {
        return None;
    };
    // "the following Monday", "the previous Friday": the weekday on from the narrative's day.
    if let Lex::Weekday(wd) = sc.lex(j)
        && offset != 0
        && sc.cap(j)
    {
        let sem = Sem::AnchorWeekday {
            wd,
            forward: offset > 0,
        };
        return Some(Match::new(i, j + 1, sem));
    }
    let mut f = Match::new(i, j + 1, Sem::Anchor(offset));
    if sc.word(j, "day") {
        return Some(f);
    }
    f.part = Some(relative::part(sc, j).filter(|_| !sc.cap(j))?);
    Some(f)
}

/// "that year", "that same year", "the same year", "the following year", "the previous
/// year", "the prior year", "the year before", "the year after": a year counted from the one
/// the narrative is in, which [`super::link`] finds. "the year before the vote" is reckoned
/// from the vote, so "before" and "after" count only at the end of a phrase.
pub fn that_year(sc: &Scan, i: usize) -> Option<Match> {
    if sc.word(i, "the") && sc.word(i + 1, "year") {
        let offset = if sc.word(i + 2, "before") {
            -1
        } else if sc.word(i + 2, "after") {
            1
        } else {
            return None;
        };
        if sc.kind(i + 3) == Some(Kind::Word) || sc.kind(i + 3) == Some(Kind::Number) {
            return None;
        }
        return Some(Match::new(i, i + 3, Sem::AnchorYear(offset)));
    }
    narrative_unit(sc, i, "year").map(|(j, offset)| Match::new(i, j, Sem::AnchorYear(offset)))
}

/// "that (same) UNIT", "the same UNIT", "the following UNIT", "the previous/prior UNIT":
/// where the phrase ends and how many units it counts from the narrative's.
fn narrative_unit(sc: &Scan, i: usize, unit: &str) -> Option<(usize, i32)> {
    let (j, offset) = if sc.word(i, "that") {
        (i + 1 + usize::from(sc.word(i + 1, "same")), 0)
    } else if sc.word(i, "the") && sc.word(i + 1, "same") {
        (i + 2, 0)
    } else if sc.word(i, "the") && sc.word(i + 1, "following") {
        (i + 2, 1)
    } else if sc.word(i, "the") && sc.any_word(i + 1, &["previous", "prior"]) {
        (i + 2, -1)
    } else {
        return None;
    };
    (sc.word(j, unit) && !sc.cap(j) && !(sc.punct(j + 1, '-') && sc.glued(j + 1)))
        .then_some((j + 1, offset))
}

/// "that month", "that same month", "the same month", "the following month", "the previous
/// month", "the prior month": a month counted from the one the narrative is in, which
/// [`super::link`] finds. Not "the next month", which news mostly writes for the month to
/// come from now ("over the next month").
pub fn that_month(sc: &Scan, i: usize) -> Option<Match> {
    narrative_unit(sc, i, "month").map(|(j, offset)| Match::new(i, j, Sem::AnchorMonth(offset)))
}

/// "the eve of the summit": the day before the event, when the event's phrase dates it
/// ("the eve of Tuesday's vote"); found but unresolved otherwise.
pub fn eve(sc: &Scan, i: usize) -> Option<Match> {
    if !(sc.word(i, "the") && sc.lex(i + 1) == Lex::Eve && sc.word(i + 2, "of")) {
        return None;
    }
    let start = i + 3;
    let (mut k, mut inner) = (start, None);
    // Words of the event's phrase after the day that dates it ("Tuesday's vote").
    let mut after_day = 0;
    while k < sc.len() && k < start + 8 {
        let glued_mark = (sc.punct(k, '\'') || sc.punct(k, '-')) && sc.glued(k);
        if (matches!(sc.kind(k), Some(Kind::Punct(_))) && !glued_mark)
            || sc.any_word(k, &PHRASE_END)
        {
            break;
        }
        // A participle after the dated event starts a clause about it: "the eve of a
        // March 6 deadline set by the White House".
        if after_day > 0 && sc.kind(k) == Some(Kind::Word) && is_participle(sc.text(k)) {
            break;
        }
        if inner.is_some() && sc.kind(k) == Some(Kind::Word) {
            after_day += 1;
        }
        if inner.is_none()
            && let Some(f) = relative::weekday(sc, k)
                .or_else(|| relative::deictic(sc, k))
                .or_else(|| absolute::month_first(sc, k))
                .or_else(|| absolute::day_first(sc, k))
                .filter(|f| f.sem.is_day())
        {
            inner = Some(Box::new(f.sem));
            k = f.end;
            continue;
        }
        k += 1;
    }
    (k > start).then(|| Match::new(i, k, Sem::Eve(inner)))
}

/// A past participle that can start a clause after a noun: "set", "due", or a regular
/// "-ed" form.
fn is_participle(w: &str) -> bool {
    ["set", "due", "held", "made", "given"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(w))
        || w.len() > 4 && w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"ed")
}
