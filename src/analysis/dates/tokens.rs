//! Splits a sentence into words, numbers and punctuation for the date scanner, in one pass
//! over the bytes, and rejects sentences that cannot hold a date before any of that.

use super::lexicon::{Lex, classify};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

/// One token; `start..end` are bytes in the sentence.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// For punctuation, the mark with typographic variants folded: `’` → `'`, `“”` → `"`,
    /// `–—` → `—`, `‐` → `-`.
    pub ch: char,
    pub lex: Lex,
    /// The word starts with an upper-case letter.
    pub cap: bool,
}

/// False when `s` has no digit and no calendar word, so it cannot hold a date expression.
/// Most sentences stop here; nothing is allocated.
pub fn may_have_dates(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            return true;
        }
        if c.is_ascii_alphabetic() {
            let st = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            if classify(&b[st..i]) != Lex::None {
                return true;
            }
            continue;
        }
        i += 1;
    }
    false
}

/// Fills `out` with the tokens of `s` (cleared first, so one buffer serves many sentences).
pub fn tokenize(s: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let st = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push(tok(st, i, Kind::Num, '0'));
            continue;
        }
        let ch = if c < 0x80 {
            char::from(c)
        } else {
            s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ')
        };
        if ch.is_alphabetic() {
            let st = i;
            while let Some(n) = letter_len(s, i) {
                i += n;
            }
            let mut t = tok(st, i, Kind::Word, ' ');
            t.cap = ch.is_uppercase();
            t.lex = classify(&b[st..i]);
            out.push(t);
            continue;
        }
        let n = ch.len_utf8();
        if !ch.is_whitespace() {
            out.push(tok(i, i + n, Kind::Punct, fold(ch)));
        }
        i += n;
    }
}

/// The byte length of the letter at `i`, if there is one.
fn letter_len(s: &str, i: usize) -> Option<usize> {
    let c = *s.as_bytes().get(i)?;
    if c.is_ascii_alphabetic() {
        return Some(1);
    }
    if c < 0x80 {
        return None;
    }
    let ch = s.get(i..)?.chars().next()?;
    ch.is_alphabetic().then_some(ch.len_utf8())
}

fn tok(start: usize, end: usize, kind: Kind, ch: char) -> Tok {
    Tok {
        start,
        end,
        kind,
        ch,
        lex: Lex::None,
        cap: false,
    }
}

/// Folds typographic punctuation onto the few marks the patterns test.
fn fold(ch: char) -> char {
    match ch {
        '\u{2019}' | '\u{2018}' | '`' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2013}' | '\u{2014}' | '\u{2015}' => '—',
        '\u{2010}' | '\u{2011}' => '-',
        c => c,
    }
}
