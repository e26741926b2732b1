//! The tense that places a time expression: the nearest verb cue around it, where a cue
//! across a clause break ("that", a comma, a quote mark) counts for less, since the verb of
//! another clause rarely governs the expression.

use super::Tense;
use super::lists::{flag, flags, lists, lower};
use super::scan::Scan;
use crate::text::token::Kind;

/// What crossing a clause break costs, in tokens of distance.
const BREAK_COST: usize = 8;
/// Cues further than this (in cost) are not looked for.
const REACH: usize = 60;

/// Adverbs that may sit between an auxiliary and its verb ("was also expected").
const ADVERBS: [&str; 8] = [
    "also",
    "not",
    "still",
    "already",
    "now",
    "reportedly",
    "then",
    "never",
];

/// The tense for the expression at tokens `a..b`.
pub fn around(sc: &Scan, a: usize, b: usize) -> Tense {
    if deferred_to(sc, a) {
        return Tense::Future;
    }
    // "since March": whatever the verb, a time something has lasted since is past
    // (context::settle also keeps it from falling after publication).
    if since(sc, a) {
        return Tense::Past;
    }
    let left = nearest(sc, (0..a).rev(), REACH);
    // The right side only matters if it is strictly nearer: look no further than that.
    let reach = left.map_or(REACH, |(cost, _)| cost - 1);
    match (left, nearest(sc, b..sc.len(), reach)) {
        (_, Some((_, t))) | (Some((_, t)), None) => t,
        (None, None) => Tense::Unknown,
    }
}

/// Whether the expression at token `a` follows "since".
pub fn since(sc: &Scan, a: usize) -> bool {
    a > 0 && sc.word(a - 1, "since")
}

/// Whether the expression at token `a` is a day something is put off to: "adjourned the
/// hearing until Thursday", "postponed to Friday". Whatever the verb's tense, the day is
/// still to come.
fn deferred_to(sc: &Scan, a: usize) -> bool {
    a >= 2
        && sc.any_word(a - 1, &["until", "till", "to"])
        && (a.saturating_sub(6)..a - 1).any(|i| {
            sc.kind(i) == Some(Kind::Word)
                && lists().defer.iter().any(|stem| {
                    let w = sc.text(i).as_bytes();
                    w.len() >= stem.len() && w[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
                })
        })
}

/// The first cue met walking `idx` within `reach`, with its cost.
fn nearest(sc: &Scan, idx: impl Iterator<Item = usize>, reach: usize) -> Option<(usize, Tense)> {
    let mut cost = 0;
    for i in idx {
        cost += 1;
        if cost > reach {
            break;
        }
        let (tense, brk) = look(sc, i);
        if tense.is_some() {
            return tense.map(|t| (cost, t));
        }
        if brk {
            cost += BREAK_COST;
        }
    }
    None
}

/// Token `i` as a tense cue and whether it breaks the clause, from one list lookup.
fn look(sc: &Scan, i: usize) -> (Option<Tense>, bool) {
    match sc.kind(i) {
        Some(Kind::Punct(c)) => {
            let c = crate::text::token::fold(c);
            let brk = matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '—' | '.' | '?' | '!')
                || (c == '-' && !sc.glued(i));
            (None, brk)
        }
        Some(Kind::Word) => {
            let f = flags(sc.text(i));
            (cue(sc, i, f), f & flag::CLAUSE_BREAK != 0)
        }
        _ => (None, false),
    }
}

/// The flags of the word before `i`, or 0.
fn prev_flags(sc: &Scan, i: usize) -> u16 {
    if i > 0 && sc.kind(i - 1) == Some(Kind::Word) {
        flags(sc.text(i - 1))
    } else {
        0
    }
}

/// The flags of the word before `i` over adverbs ("is already sold"), or 0.
fn linked_flags(sc: &Scan, i: usize) -> u16 {
    let mut j = i;
    while j > 0 && sc.any_word(j - 1, &ADVERBS) {
        j -= 1;
    }
    prev_flags(sc, j)
}

/// The next word after `i`, skipping adverbs: its index, text and flags.
fn next_verb<'a>(sc: &Scan<'a>, i: usize) -> Option<(usize, &'a str, u16)> {
    let mut j = i + 1;
    while sc.any_word(j, &ADVERBS) || sc.punct(j, '\'') || sc.word(j, "t") {
        j += 1;
    }
    if sc.kind(j) != Some(Kind::Word) {
        return None;
    }
    let w = sc.text(j);
    Some((j, w, flags(w)))
}

fn ends_with(w: &str, suffix: &str) -> bool {
    w.len() >= suffix.len()
        && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// The tense word `i` (with list flags `f`) marks, if it is a verb cue.
fn cue(sc: &Scan, i: usize, f: u16) -> Option<Tense> {
    // A capital inside a sentence starts a name, not a verb (and "May" is then the month).
    if sc.cap(i) && i > 0 && !sc.punct(i - 1, '"') {
        return None;
    }
    let w = sc.text(i);
    if is_future(sc, i, w, f) {
        // "originally scheduled for": a plan that has gone by.
        if prev_flags(sc, i) & flag::PAST_PLAN != 0 {
            return Some(Tense::Past);
        }
        return Some(Tense::Future);
    }
    let aux = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(w));
    if aux(&["was", "were", "is", "are", "am", "had", "has", "have"])
        && let Some((j, next, nf)) = next_verb(sc, i)
    {
        if is_future(sc, j, next, nf) {
            return Some(Tense::Future);
        }
        // "is meeting on Tuesday": the present progressive of a plan.
        if aux(&["is", "are", "am"]) && next.len() > 4 && ends_with(next, "ing") {
            return Some(Tense::Future);
        }
        // "has met", "have been": the present perfect reports the past.
        if aux(&["has", "have"])
            && (next.eq_ignore_ascii_case("been") || nf & flag::PAST != 0 || ends_with(next, "ed"))
        {
            return Some(Tense::Past);
        }
    }
    let regular = || {
        w.len() >= 4
            && ends_with(w, "ed")
            && f & flag::NOT_PAST_ED == 0
            // "so-called", "Russian-occupied": compound adjectives.
            && !(sc.punct(i.wrapping_sub(1), '-') && sc.glued(i))
            && prev_flags(sc, i) & flag::ADJECTIVE_MARKER == 0
    };
    let past = f & flag::PAST != 0 || regular();
    // "will be held", "will stay closed", "is already sold out": the participle has the
    // auxiliary's tense.
    (past && linked_flags(sc, i) & flag::LINKING == 0).then_some(Tense::Past)
}

fn is_future(sc: &Scan, i: usize, w: &str, f: u16) -> bool {
    if f & flag::FUTURE != 0 {
        return true;
    }
    // "he'll", "won't".
    if (w.eq_ignore_ascii_case("ll") && sc.punct(i.wrapping_sub(1), '\'') && sc.glued(i))
        || (w.eq_ignore_ascii_case("won")
            && sc.punct(i + 1, '\'')
            && sc.glued(i + 1)
            && sc.word(i + 2, "t"))
    {
        return true;
    }
    if f & flag::FUTURE_PAIR == 0 {
        return false;
    }
    let mut buf = [0u8; 24];
    let Some(first) = lower(w, &mut buf) else {
        return false;
    };
    let next = sc.text(i + 1);
    lists()
        .future_pairs
        .get(first)
        .is_some_and(|nexts| nexts.iter().any(|n| n.eq_ignore_ascii_case(next)))
}
