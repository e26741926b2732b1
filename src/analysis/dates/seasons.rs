//! Seasons: "last fall", "this summer", "this past spring", "over the summer", "the early
//! summer", "the winter of 1994", "summer 2023". A season is named from the month it opens in
//! (`assets/dates.txt`); its year, when not written, comes from publication and tense like a
//! month's ([`super::resolve`]).
//!
//! "fall" and "spring" are also a verb, a drop and a source of water, so without a shift word
//! or a year they count only as "the fall" after a preposition, with no "of", "in" or "to"
//! after them ("in the fall" is a season, "since the fall of the wall" and "after the fall in
//! prices" are not).

use super::absolute::year_at;
use super::lexicon::Lex;
use super::lists::{lists, lower};
use super::resolve::{Sem, Shift};
use super::scan::{Match, PART_MODIFIERS, Scan};
use super::{Granularity, TimeValue};
use crate::date::Date;
use crate::text::token::Kind;

/// Words after "the fall", "the spring" that make it a drop, a rise or a well.
const NOT_AFTER: [&str; 5] = ["of", "in", "to", "from", "on"];

/// The season word at `i` (lower case): the month it opens in.
pub fn season_at(sc: &Scan, i: usize) -> Option<u8> {
    match sc.lex(i) {
        Lex::Season(m) if !sc.cap(i) => Some(m),
        _ => None,
    }
}

/// A season with its year ("the summer of 1989", "winter 1994"), or named by a preposition
/// ("in the fall", "over the summer", "the early summer"), starting at `i` on "the", "early",
/// "late", "mid" or the season word.
pub fn season(sc: &Scan, i: usize) -> Option<Match> {
    let the = sc.word(i, "the");
    let mut j = i + usize::from(the);
    let modified = sc.any_word(j, &PART_MODIFIERS);
    if modified {
        j += 1;
        if sc.punct(j, '-') && sc.glued(j) {
            j += 1;
        }
    }
    let month = season_at(sc, j)?;
    let k = j + 1 + usize::from(sc.word(j + 1, "of"));
    if let Some((y, e)) = year_at(sc, k) {
        let start = Date::new(y, month, 1)?;
        let granularity = Granularity::Season;
        return Some(Match::new(i, e, Sem::Abs(TimeValue { start, granularity })));
    }
    // A season word opening a compound ("summer-like", "spring-loaded") is none.
    if sc.punct(j + 1, '-') && sc.glued(j + 1) {
        return None;
    }
    // "in the fall", "over the summer", "during early spring"; not "every summer".
    let mut buf = [0u8; 24];
    let licensed = i > 0
        && sc.kind(i - 1) == Some(Kind::Word)
        && !sc.any_word(i - 1, &["every", "each"])
        && (sc.word(i - 1, "over")
            || lower(sc.text(i - 1), &mut buf).is_some_and(|w| lists().before_month.contains(w)));
    let ambiguous = month == 3 || month == 9;
    if !licensed || (ambiguous && (!(the || modified) || sc.any_word(j + 1, &NOT_AFTER))) {
        return None;
    }
    if sc.word(j + 1, "of") {
        return None;
    }
    let shift = Shift::Bare;
    Some(Match::new(i, j + 1, Sem::Season { month, shift }))
}
