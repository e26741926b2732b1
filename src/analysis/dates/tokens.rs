//! Splits a sentence into words, numbers and punctuation for the date scanner, in one pass
//! over the bytes, and rejects sentences that cannot hold a date before any of that.

use super::lexicon::{Lex, classify, is_calendar_word};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

/// One token; `start..end` are bytes in the sentence (32-bit, so a token fits in 16 bytes;
/// [`super::extract`] refuses longer sentences).
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// For punctuation, the mark with typographic variants folded: `’` → `'`, `“”` → `"`,
    /// `–—` → `—`, `‐` → `-`.
    pub ch: char,
    pub lex: Lex,
    /// The word starts with an upper-case letter.
    pub cap: bool,
}

impl Tok {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

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

/// Fills `out` with the tokens of `s` (cleared first, so one buffer serves many sentences).
pub fn tokenize(s: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i += 1,
            b'0'..=b'9' => {
                let st = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                out.push(tok(st, i, Kind::Num, '0'));
            }
            b'a'..=b'z' | b'A'..=b'Z' => i = word(s, i, c.is_ascii_uppercase(), out),
            0..=0x7f => {
                out.push(tok(i, i + 1, Kind::Punct, fold(char::from(c))));
                i += 1;
            }
            _ => {
                let ch = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
                if is_letter(ch) {
                    i = word(s, i, ch.is_uppercase(), out);
                    continue;
                }
                let n = ch.len_utf8();
                if !ch.is_whitespace() {
                    out.push(tok(i, i + n, Kind::Punct, fold(ch)));
                }
                i += n;
            }
        }
    }
}

/// Pushes the word starting at `st` and returns the index after it.
fn word(s: &str, st: usize, cap: bool, out: &mut Vec<Tok>) -> usize {
    let b = s.as_bytes();
    let mut i = st;
    loop {
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        // Letters beyond ASCII ("Zelenskyy’s" stops at the apostrophe, "é" goes on).
        match letter_len(s, i) {
            Some(n) => i += n,
            None => break,
        }
    }
    let mut t = tok(st, i, Kind::Word, ' ');
    t.cap = cap;
    t.lex = classify(&b[st..i]);
    out.push(t);
    i
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
    is_letter(ch).then_some(ch.len_utf8())
}

/// `char::is_alphabetic`, with the punctuation news is full of (curly quotes, dashes, the
/// no-break space) answered without the Unicode table lookup.
fn is_letter(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphabetic();
    }
    !matches!(ch, '\u{a0}' | '\u{2000}'..='\u{206f}') && ch.is_alphabetic()
}

fn tok(start: usize, end: usize, kind: Kind, ch: char) -> Tok {
    Tok {
        start: start as u32,
        end: end as u32,
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
