//! The tense that places a time expression: the nearest verb cue around it, where a cue
//! across a clause break ("that", a comma, a quote mark) counts for less, since the verb of
//! another clause rarely governs the expression.

use super::Tense;
use super::lexicon::{lists, lower};
use super::scan::Scan;
use super::tokens::Kind;

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
    let left = nearest(sc, (0..a).rev());
    let right = nearest(sc, b..sc.len());
    match (left, right) {
        (Some((lc, lt)), Some((rc, rt))) => {
            if lc <= rc {
                lt
            } else {
                rt
            }
        }
        (Some((_, t)), None) | (None, Some((_, t))) => t,
        (None, None) => Tense::Unknown,
    }
}

/// The first cue met walking `idx`, with its cost.
fn nearest(sc: &Scan, idx: impl Iterator<Item = usize>) -> Option<(usize, Tense)> {
    let mut cost = 0;
    for i in idx {
        cost += 1;
        if let Some(t) = cue(sc, i) {
            return Some((cost, t));
        }
        if is_break(sc, i) {
            cost += BREAK_COST;
        }
        if cost > REACH {
            break;
        }
    }
    None
}

fn is_break(sc: &Scan, i: usize) -> bool {
    match sc.kind(i) {
        Some(Kind::Punct) => {
            let c = sc.t[i].ch;
            matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '—' | '.' | '?' | '!')
                || (c == '-' && !sc.glued(i))
        }
        Some(Kind::Word) => {
            let mut buf = [0u8; 24];
            lower(sc.text(i), &mut buf).is_some_and(|w| lists().clause_breaks.contains(w))
        }
        _ => false,
    }
}

/// The next word after `i`, skipping adverbs, in lower case.
fn next_verb<'b>(sc: &Scan, i: usize, buf: &'b mut [u8; 24]) -> Option<(usize, &'b str)> {
    let mut j = i + 1;
    while sc.any_word(j, &ADVERBS) || sc.punct(j, '\'') || sc.word(j, "t") {
        j += 1;
    }
    if sc.kind(j) != Some(Kind::Word) {
        return None;
    }
    Some((j, lower(sc.text(j), buf)?))
}

/// The tense token `i` marks, if it is a verb cue.
pub fn cue(sc: &Scan, i: usize) -> Option<Tense> {
    if sc.kind(i) != Some(Kind::Word) {
        return None;
    }
    // A capital inside a sentence starts a name, not a verb (and "May" is then the month).
    if sc.cap(i) && i > 0 && !sc.punct(i - 1, '"') {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = lower(sc.text(i), &mut buf)?;
    let l = lists();
    if is_future(sc, i, w) {
        // "originally scheduled for": a plan that has gone by.
        if prev_in(sc, i, &l.past_plans) {
            return Some(Tense::Past);
        }
        return Some(Tense::Future);
    }
    if matches!(
        w,
        "was" | "were" | "is" | "are" | "am" | "had" | "has" | "have"
    ) {
        let mut nb = [0u8; 24];
        if let Some((j, next)) = next_verb(sc, i, &mut nb) {
            if is_future(sc, j, next) {
                return Some(Tense::Future);
            }
            // "is meeting on Tuesday": the present progressive of a plan.
            if matches!(w, "is" | "are" | "am") && next.len() > 4 && next.ends_with("ing") {
                return Some(Tense::Future);
            }
            // "has met", "have been": the present perfect reports the past.
            if matches!(w, "has" | "have")
                && (next == "been" || l.past.contains(next) || next.ends_with("ed"))
            {
                return Some(Tense::Past);
            }
        }
    }
    let past = l.past.contains(w)
        || (w.len() >= 4
            && w.ends_with("ed")
            && !l.not_past_ed.contains(w)
            // "so-called", "Russian-occupied": compound adjectives.
            && !(sc.punct(i.wrapping_sub(1), '-') && sc.glued(i))
            && !prev_in(sc, i, &l.adjective_markers));
    if past && !prev_in(sc, i, &l.linking_verbs) {
        return Some(Tense::Past);
    }
    None
}

fn is_future(sc: &Scan, i: usize, w: &str) -> bool {
    let l = lists();
    if l.future.contains(w) {
        return true;
    }
    // "he'll", "won't".
    if (w == "ll" && sc.punct(i.wrapping_sub(1), '\'') && sc.glued(i))
        || (w == "won" && sc.punct(i + 1, '\'') && sc.glued(i + 1) && sc.word(i + 2, "t"))
    {
        return true;
    }
    l.future_pairs.get(w).is_some_and(|nexts| {
        let mut nb = [0u8; 24];
        lower(sc.text(i + 1), &mut nb).is_some_and(|n| nexts.contains(&n))
    })
}

fn prev_in(sc: &Scan, i: usize, set: &std::collections::HashSet<&'static str>) -> bool {
    let mut buf = [0u8; 24];
    i > 0
        && sc.kind(i - 1) == Some(Kind::Word)
        && lower(sc.text(i - 1), &mut buf).is_some_and(|w| set.contains(w))
}
