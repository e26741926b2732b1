//! The one tokenizer. [`pieces`] cuts text into its smallest parts: runs of letters, runs of
//! ASCII digits, and every other mark alone. [`words`] glues the pieces into the words of news
//! text, as every extractor reads them: compounds and contractions whole ("one-on-one",
//! "R-Texas", "don't"), numbers with their separators ("1,200", "3.5", "2023-03-20"),
//! abbreviations and initials with their period ("Mr.", "U.S.", "J."), the possessive split
//! off ("Ruiz" "'s"), punctuation one mark a token. The date scanner reads pieces, since its
//! patterns name the parts of "March 20-22" and "21st"; everything else reads words.
//!
//! Offsets are bytes of the text given plus `base` (the text's place in its article), stored
//! as u32 in a [`Span`]: nothing longer than 4 GiB is tokenized.

use super::Span;
use super::lexicon::{ABBREVIATIONS, CALENDAR};
use foldhash::HashSet;
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// Letters (a piece), or a word of letters and digits.
    Word,
    /// ASCII digits (a piece), or a word that starts with one ("1,200", "21st", "5G").
    Number,
    /// A possessive ending: "'s", "’s", or a bare apostrophe after a final s ("leaders' ").
    Possessive,
    /// Any other mark, as written.
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
    /// Starts with an upper-case letter.
    pub cap: bool,
}

impl Token {
    /// The token's text, `text` being what was tokenized (at `base`).
    pub fn text<'a>(&self, text: &'a str, base: usize) -> &'a str {
        text.get(self.span.start() - base..self.span.end() - base)
            .unwrap_or("")
    }

    /// A word or a number.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Number)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// The mark with its typographic variants folded onto the plain ones the patterns name:
    /// `’‘`′ → '`, `“”„«»` → `"`, `–—―` → `—`, `‐‑` → `-`. `None` for a word.
    pub fn mark(&self) -> Option<char> {
        match self.kind {
            Kind::Punct(c) => Some(fold(c)),
            _ => None,
        }
    }
}

/// Folds typographic punctuation onto the few marks patterns test.
pub fn fold(ch: char) -> char {
    match ch {
        '\u{2019}' | '\u{2018}' | '`' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2013}' | '\u{2014}' | '\u{2015}' => '—',
        '\u{2010}' | '\u{2011}' => '-',
        c => c,
    }
}

fn token(start: usize, end: usize, kind: Kind, cap: bool) -> Token {
    Token {
        span: Span::new(start, end),
        kind,
        cap,
    }
}

/// Fills `out` (cleared first) with the pieces of `text`, at `base`: runs of letters
/// ([`Kind::Word`]), runs of ASCII digits ([`Kind::Number`]) and single marks. Whitespace
/// separates and is dropped. One pass over the bytes; ASCII is not decoded.
pub fn pieces(text: &str, base: usize, out: &mut Vec<Token>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i += 1,
            b'0'..=b'9' => {
                let start = i;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                out.push(token(base + start, base + i, Kind::Number, false));
            }
            b'a'..=b'z' | b'A'..=b'Z' => {
                let start = i;
                i = letters_end(text, i);
                out.push(token(
                    base + start,
                    base + i,
                    Kind::Word,
                    c.is_ascii_uppercase(),
                ));
            }
            0..=0x7f => {
                out.push(token(
                    base + i,
                    base + i + 1,
                    Kind::Punct(char::from(c)),
                    false,
                ));
                i += 1;
            }
            _ => {
                let ch = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
                if is_letter(ch) {
                    let start = i;
                    i = letters_end(text, i);
                    out.push(token(base + start, base + i, Kind::Word, ch.is_uppercase()));
                    continue;
                }
                let n = ch.len_utf8();
                if !ch.is_whitespace() {
                    out.push(token(base + i, base + i + n, Kind::Punct(ch), false));
                }
                i += n;
            }
        }
    }
}

/// The end of the run of letters starting at `i`.
fn letters_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        while let Some(&c) = b.get(i)
            && c.is_ascii_alphabetic()
        {
            i += 1;
        }
        match b.get(i) {
            Some(&c) if c >= 0x80 => match text.get(i..).and_then(|r| r.chars().next()) {
                Some(ch) if is_letter(ch) => i += ch.len_utf8(),
                _ => return i,
            },
            _ => return i,
        }
    }
}

/// A letter: alphabetic, or another alphanumeric character (a superscript, a non-Latin
/// digit), with the punctuation news is full of (curly quotes, dashes, the no-break space)
/// answered without the Unicode table lookup.
fn is_letter(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphabetic();
    }
    !matches!(ch, '\u{a0}' | '\u{2000}'..='\u{206f}') && ch.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Fills `out` (cleared first) with the words of `text`, at `base` (see the module doc): the
/// pieces as [`pieces`] cuts them, glued into words in the same pass.
pub fn words(text: &str, base: usize, out: &mut Vec<Token>) {
    out.clear();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let n = c.len_utf8();
        if c.is_whitespace() {
            i += n;
            continue;
        }
        if !is_letter(c) && !c.is_ascii_digit() {
            out.push(token(base + i, base + i + n, Kind::Punct(c), false));
            i += n;
            continue;
        }
        let word_end = word_end(text, i + n);
        let word = &text[i..word_end];
        let end = if char_at(text, word_end) == Some('.') && keeps_period(word) {
            word_end + 1
        } else {
            word_end
        };
        let kind = if c.is_ascii_digit() {
            Kind::Number
        } else {
            Kind::Word
        };
        out.push(token(base + i, base + end, kind, c.is_uppercase()));
        i = end;
        // Possessive: "'s", or "s'" (a bare apostrophe after s, before a space and a
        // capitalised word).
        if let Some(a) = char_at(text, i).filter(|&a| is_apostrophe(a)) {
            let after = i + a.len_utf8();
            let possessive_end = match char_at(text, after) {
                Some('s' | 'S') if !char_at(text, after + 1).is_some_and(is_alnum) => {
                    Some(after + 1)
                }
                Some(' ')
                    if word.ends_with(['s', 'S'])
                        && char_at(text, after + 1).is_some_and(char::is_uppercase) =>
                {
                    Some(after)
                }
                _ => None,
            };
            if let Some(e) = possessive_end {
                out.push(token(base + i, base + e, Kind::Possessive, false));
                i = e;
            }
        }
    }
}

/// A letter or a digit: what words are made of.
fn is_alnum(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c)
}

/// The char at byte `i` (a char boundary), ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some(char::from(b));
    }
    text.get(i..)?.chars().next()
}

/// The end of the word whose first character ends at `j`: letters and digits, joined by an
/// inner hyphen, period or apostrophe, or a comma between digits ("1,200"), but not a final
/// "'s" (a possessive, not part of it).
fn word_end(text: &str, mut j: usize) -> usize {
    let b = text.as_bytes();
    loop {
        // Most words are ASCII letters to their end: no decoding for those.
        while let Some(&c) = b.get(j)
            && c.is_ascii_alphanumeric()
        {
            j += 1;
        }
        let Some(d) = char_at(text, j) else { break };
        if is_letter(d) {
            j += d.len_utf8();
            continue;
        }
        let joiner = match d {
            '-' | '.' | '\'' | '’' | '‑' => true,
            ',' => j > 0 && b[j - 1].is_ascii_digit(),
            _ => false,
        };
        if !joiner {
            break;
        }
        let next = j + d.len_utf8();
        let Some(e) = char_at(text, next).filter(|&e| is_alnum(e)) else {
            break;
        };
        if d == ',' && !e.is_ascii_digit() {
            break;
        }
        if is_apostrophe(d)
            && matches!(e, 's' | 'S')
            && !char_at(text, next + 1).is_some_and(is_alnum)
        {
            break;
        }
        j = next + e.len_utf8();
    }
    j
}

/// `word` without the period an abbreviation or an initial keeps ("Mr." → "Mr", "U.S." →
/// "U.S"), as word lists hold it.
pub fn without_period(word: &str) -> &str {
    match word.strip_suffix('.') {
        Some(w) if !w.is_empty() => w,
        _ => word,
    }
}

/// An initial ("J"), a dotted acronym ("U.S"), a party tag's state ("R-La" in "Johnson,
/// R-La., said"), or a listed abbreviation ("Mr", "Gen").
fn keeps_period(word: &str) -> bool {
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        return c.is_uppercase();
    }
    if word.contains('.') || is_party_tag(word) {
        return true;
    }
    abbreviation(word).is_some()
}

/// A US party and state tag: "R-Texas", "D-Calif", "I-Vt".
pub fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// Whether a listed abbreviation may end a sentence.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Abbreviation {
    /// "Mr", "Gen": never the last word of a sentence.
    Never,
    /// "Co", "Inc": ends one when the next word usually starts a sentence.
    Ambiguous,
}

/// `word` (without its period, case as written) as a listed abbreviation: those of
/// `assets/abbreviations.txt`, and the calendar's ("Jan", "Tues"), which never end a sentence.
pub fn abbreviation(word: &str) -> Option<Abbreviation> {
    static SETS: OnceLock<(HashSet<&'static str>, HashSet<&'static str>)> = OnceLock::new();
    let (never, may) = SETS.get_or_init(|| {
        let list = ABBREVIATIONS.list();
        let set = |s| list.section(s).iter().map(|e| e.text);
        let cal = CALENDAR.list();
        let calendar = ["weekday", "month"]
            .into_iter()
            .flat_map(|s| cal.section(s))
            .flat_map(|e| e.forms());
        (
            set("never-final").chain(calendar).collect(),
            set("ambiguous").collect(),
        )
    });
    if never.contains(word) {
        Some(Abbreviation::Never)
    } else if may.contains(word) {
        Some(Abbreviation::Ambiguous)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        words(t, 0, &mut out);
        out.iter().map(|k| k.text(t, 0)).collect()
    }

    fn pieces_of(t: &str) -> Vec<&str> {
        let mut out = Vec::new();
        pieces(t, 0, &mut out);
        out.iter().map(|k| k.text(t, 0)).collect()
    }

    #[test]
    fn words_keep_abbreviations_compounds_and_split_possessives() {
        assert_eq!(
            words_of("U.S. Sen. Ruiz's aide, J. Okafor, said: \u{201c}No.\u{201d}"),
            [
                "U.S.", "Sen.", "Ruiz", "'s", "aide", ",", "J.", "Okafor", ",", "said", ":",
                "\u{201c}", "No.", "\u{201d}"
            ]
        );
        assert_eq!(
            words_of("Fox News\u{2019} Neil Cavuto"),
            ["Fox", "News", "\u{2019}", "Neil", "Cavuto"]
        );
        assert_eq!(
            words_of("R-Texas, one-on-one, don't, Johnson, R-La., said"),
            [
                "R-Texas",
                ",",
                "one-on-one",
                ",",
                "don't",
                ",",
                "Johnson",
                ",",
                "R-La.",
                ",",
                "said"
            ]
        );
        assert_eq!(words_of("the end."), ["the", "end", "."]);
        assert_eq!(
            words_of("the leaders' Summit"),
            ["the", "leaders", "'", "Summit"]
        );
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(
            words_of("1,200 troops, 3.5 km, on 2023-03-20, the 21st, 5G, 1, 2"),
            [
                "1,200",
                "troops",
                ",",
                "3.5",
                "km",
                ",",
                "on",
                "2023-03-20",
                ",",
                "the",
                "21st",
                ",",
                "5G",
                ",",
                "1",
                ",",
                "2"
            ]
        );
        let mut out = Vec::new();
        words("21st Century", 0, &mut out);
        assert_eq!(out[0].kind, Kind::Number);
        assert!(out[1].cap && out[1].kind == Kind::Word);
    }

    #[test]
    fn pieces_name_every_part() {
        assert_eq!(
            pieces_of("March 20-22, the 21st, Zelenskyy’s 4:30 p.m."),
            [
                "March",
                "20",
                "-",
                "22",
                ",",
                "the",
                "21",
                "st",
                ",",
                "Zelenskyy",
                "’",
                "s",
                "4",
                ":",
                "30",
                "p",
                ".",
                "m",
                "."
            ]
        );
        let mut out = Vec::new();
        pieces("Élan\u{a0}façade", 7, &mut out);
        assert_eq!(out.len(), 2);
        assert!(out[0].cap && out[0].span.start() == 7);
    }

    #[test]
    fn odd_text_does_not_panic() {
        for s in [
            "",
            "'",
            "’s",
            "..",
            "1,",
            ",1",
            "x\u{301}y",
            "'s's",
            "s'",
            "a-",
            "-a",
            "A.",
        ] {
            let _ = words_of(s);
            let _ = pieces_of(s);
        }
    }

    #[test]
    fn marks_fold_their_typographic_variants() {
        assert_eq!(fold('\u{201C}'), '"');
        assert_eq!(fold('\u{2013}'), '—');
        assert_eq!(fold('x'), 'x');
    }
}
