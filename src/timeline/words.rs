//! Words of story text: a scanner (hyphenated compounds and possessives kept whole) and the
//! terms standing for people. Words are lowercased, stemmed and keyed by the text layer
//! ([`lower_into`], [`stem`], [`key`], [`word_key`], [`term_of`]), re-exported here for the
//! timeline's modules.

use crate::text::hash::mix;
pub(crate) use crate::text::hash::{key, term_of, word_key};
pub(crate) use crate::text::lower::lower_into;
pub(crate) use crate::text::stem::stem;

/// A word of text: its byte range and whether it starts with an uppercase letter. Hyphenated
/// compounds ("one-on-one") and possessives ("Xi's") are one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
    pub upper: bool,
}

/// The words of `text`, in order.
pub(crate) fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

pub(crate) struct Words<'a> {
    text: &'a str,
    pos: usize,
}

/// The character at byte `i` (a boundary) and its length.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    s.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
}

fn joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let s = self.text;
        let b = s.as_bytes();
        let mut i = self.pos;
        // ASCII runs are scanned byte by byte; other characters decoded.
        let (start, first) = loop {
            let &c = b.get(i)?;
            if c < 0x80 {
                if c.is_ascii_alphanumeric() {
                    break (i, char::from(c));
                }
                i += 1;
                continue;
            }
            let (c, n) = char_at(s, i)?;
            if c.is_alphanumeric() {
                break (i, c);
            }
            i += n;
        };
        let mut end = start + first.len_utf8();
        loop {
            match b.get(end) {
                Some(c) if c.is_ascii_alphanumeric() => end += 1,
                None => break,
                Some(_) => {
                    let Some((c, n)) = char_at(s, end) else { break };
                    let joins =
                        joiner(c) && char_at(s, end + n).is_some_and(|(d, _)| d.is_alphanumeric());
                    if !(c.is_alphanumeric() || joins) {
                        break;
                    }
                    end += n;
                }
            }
        }
        self.pos = end;
        Some(Word {
            start,
            end,
            upper: first.is_uppercase(),
        })
    }
}

/// The kind of happening of verbs of saying.
pub(crate) fn say() -> u32 {
    term_of(b"say")
}

/// The term standing for person `id` (even, so never equal to a word's term).
pub(crate) fn person_term(id: usize) -> u32 {
    (mix(0x7065_7273_6f6e ^ (id as u64)) as u32) & !1 | 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_compounds_and_possessives() {
        let t = "Xi’s one-on-one talks -- in U.S. (Moscow)";
        let ws: Vec<&str> = words(t).map(|w| &t[w.start..w.end]).collect();
        assert_eq!(
            ws,
            ["Xi’s", "one-on-one", "talks", "in", "U", "S", "Moscow"]
        );
        let mut buf = String::new();
        lower_into("Xi’s", &mut buf);
        assert_eq!(buf, "xi");
    }
}
