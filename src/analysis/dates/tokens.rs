//! The date scanner's view of a sentence: its pieces (letters, digits, marks) and what the
//! date word lists say of each word; and the test that rejects sentences that cannot hold a
//! date before any of that.

use super::lexicon::{Lex, classify, is_calendar_word};
use crate::text::token::{Kind, Token, pieces};

/// False when `s` has no four-digit number and no calendar word, so it cannot hold a date
/// expression. Most sentences stop here; nothing is allocated.
pub fn may_have_dates(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'0'..=b'9' => {
                // Only a year opens a date with digits alone ("2022", "2023-03-20"); a day or
                // a clock time needs a month, weekday or other calendar word, found on its own.
                let st = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                if i - st == 4 && matches!(b[st], b'1' | b'2') {
                    return true;
                }
                // "1/6/17": a numeric date with a two-digit year.
                if i - st <= 2 && numeric_date_after(b, i) {
                    return true;
                }
            }
            b'a'..=b'z' | b'A'..=b'Z' => {
                let st = i;
                while i < b.len() && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                if is_calendar_word(&b[st..i]) {
                    return true;
                }
            }
            _ => i += 1,
        }
    }
    false
}

/// Whether `b[i..]` goes on "/D/YY" or "/DD/YYYY" after a number: the rest of a numeric date.
fn numeric_date_after(b: &[u8], i: usize) -> bool {
    let digits = |from: usize| {
        b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let day = digits(i + 1);
    b.get(i) == Some(&b'/')
        && (1..=2).contains(&day)
        && b.get(i + 1 + day) == Some(&b'/')
        && matches!(digits(i + 2 + day), 2 | 4)
}

/// Fills `toks` with the pieces of `s` (see [`crate::text::token::pieces`]) and `lex` with
/// what the date word lists say of each (both cleared first, so the buffers serve many
/// sentences).
pub fn tokenize(s: &str, toks: &mut Vec<Token>, lex: &mut Vec<Lex>) {
    pieces(s, 0, toks);
    lex.clear();
    lex.extend(toks.iter().map(|t| match t.kind {
        Kind::Word => classify(&s.as_bytes()[t.span.range()]),
        _ => Lex::None,
    }));
}
