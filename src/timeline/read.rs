//! A sentence read once: its words with everything the timeline asks of them (word-list flags,
//! content term, kind of happening, the punctuation before each word, whether it belongs to a
//! person's name or a date expression), so that cutting clauses, reading heads and building
//! vectors never scan the text again.

use super::index::{DateSpan, PersonSpan, SentenceIndex};
use super::terms::{Entry, Lexicon, key, lower_into, person_term, word_key, word_text, words};
use super::vector::{CAPITAL, PART, PERSON};
use crate::text::hash::Map;
use crate::text::token::Token;
use std::ops::Range;

/// Punctuation between a word and the one before it (bits of [`ReadWord::gap`]).
pub(crate) mod gap {
    /// Ends a phrase: , ; : ( ) — – --
    pub const BREAK: u8 = 1;
    pub const COMMA: u8 = 1 << 1;
    pub const SEMI: u8 = 1 << 2;
    /// A quotation mark.
    pub const QUOTE: u8 = 1 << 3;
}

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ReadWord {
    /// Bytes in the article's text.
    pub start: usize,
    pub end: usize,
    /// Key of the lowercased word.
    pub key: u64,
    /// Content term, 0 for none.
    pub term: u32,
    /// Terms of a compound's parts ("Sino-Russian" → "sino", "russian").
    pub parts: [u32; 2],
    pub happening: u32,
    pub flags: u16,
    pub gap: u8,
    pub upper: bool,
    /// Ends in "-ed": most likely a past verb.
    pub past: bool,
    pub digits: bool,
    /// A number, in digits or words ("12", "12-point", "four").
    pub numeric: bool,
    /// Index into the sentence's people, when part of a name.
    pub person: Option<u16>,
    /// Index into the sentence's dates, when part of a date expression.
    pub date: Option<u16>,
    /// A capitalised title right before a name ("Chinese President" Xi Jinping).
    pub title: bool,
}

impl ReadWord {
    pub fn is(&self, f: u16) -> bool {
        self.flags & f != 0
    }
}

/// One sentence, tokenized.
pub(crate) struct ReadSentence<'a> {
    pub si: usize,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub toks: Vec<ReadWord>,
    pub people: &'a [PersonSpan],
    pub dates: &'a [DateSpan],
}

fn gap_of(s: &[u8]) -> u8 {
    let mut g = 0;
    for (i, &c) in s.iter().enumerate() {
        g |= match c {
            b',' => gap::BREAK | gap::COMMA,
            b';' => gap::BREAK | gap::SEMI,
            b':' | b'(' | b')' => gap::BREAK,
            b'"' => gap::QUOTE,
            // "--" stands for a dash.
            b'-' if i > 0 && s[i - 1] == b'-' => gap::BREAK,
            // — and – (E2 80 94, E2 80 93), “ and ” (E2 80 9C, E2 80 9D).
            0xE2 if s.get(i + 1) == Some(&0x80) => match s.get(i + 2) {
                Some(0x93 | 0x94) => gap::BREAK,
                Some(0x9C | 0x9D) => gap::QUOTE,
                _ => 0,
            },
            _ => 0,
        };
    }
    g
}

/// Reused buffers.
#[derive(Default)]
pub(crate) struct Buffers {
    spare: Vec<ReadWord>,
    vocabulary: Vocabulary,
    words: Vec<Token>,
}

/// What each word form met on this thread says (see [`Known`]), worked out once.
#[derive(Default)]
struct Vocabulary {
    lower: String,
    stem: String,
    known: Map<u64, Known>,
}

impl Vocabulary {
    /// The key of `word` (as the lists hold it, see [`word_text`]) and what it says.
    fn get(&mut self, lex: &Lexicon, word: &str) -> (u64, Known) {
        let k = word_key(word, &mut self.lower);
        let known = match self.known.get(&k) {
            Some(x) => *x,
            None => {
                lower_into(word, &mut self.lower);
                let x = know(lex, &self.lower, k, &mut self.stem);
                self.known.insert(k, x);
                x
            }
        };
        (k, known)
    }
}

/// Reads sentence `si`.
/// What a word's lowercased form says, whatever its place: worked out once per thread and
/// word form.
#[derive(Clone, Copy)]
struct Known {
    entry: Entry,
    term: u32,
    parts: [u32; 2],
    past: bool,
    digits: bool,
    numeric: bool,
}

fn know(lex: &Lexicon, lower: &str, k: u64, stem: &mut String) -> Known {
    let entry = lex.entry(k);
    let head = lower.split('-').next().unwrap_or("");
    let mut parts = [0u32; 2];
    if lower.contains('-') {
        let mut n = 0;
        for piece in lower.split('-') {
            let t = lex.term(piece, key(piece.as_bytes()), stem);
            if t != 0 && n < 2 {
                parts[n] = t;
                n += 1;
            }
        }
    }
    Known {
        entry,
        term: lex.term(lower, k, stem),
        parts,
        past: lower.len() > 4 && lower.ends_with("ed"),
        digits: lower.bytes().all(|c| c.is_ascii_digit()),
        numeric: head.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || lex.number(key(head.as_bytes())).is_some(),
    }
}

/// Reads sentence `si`.
pub(crate) fn read<'a>(
    ix: &'a SentenceIndex<'_>,
    lex: &Lexicon,
    si: usize,
    b: &mut Buffers,
) -> ReadSentence<'a> {
    let sent = &ix.analysis.sentences[si];
    let text = ix.text(si);
    let (people, dates) = (ix.people(si), ix.dates(si));
    let part = text.get(sent.span.start()..sent.span.end()).unwrap_or("");
    let mut toks = std::mem::take(&mut b.spare);
    toks.clear();
    let mut prev = 0;
    words(part, &mut b.words);
    for w in &b.words {
        let at = sent.span.start();
        let (start, end) = (at + w.span.start(), at + w.span.end());
        let (k, known) = b.vocabulary.get(lex, word_text(part, w));
        let inside = |s: usize, e: usize| start < e && end > s;
        toks.push(ReadWord {
            start,
            end,
            key: k,
            term: known.term,
            parts: known.parts,
            happening: known.entry.happening,
            flags: known.entry.flags,
            gap: gap_of(&part.as_bytes()[prev..w.span.start()]),
            upper: w.cap,
            past: known.past,
            digits: known.digits,
            numeric: known.numeric,
            person: people
                .iter()
                .position(|p| inside(p.start, p.end))
                .map(|i| i as u16),
            date: dates
                .iter()
                .position(|d| inside(d.start, d.end))
                .map(|i| i as u16),
            title: false,
        });
        prev = w.span.end();
    }
    // Titles: capitalised words running up to a name, with no punctuation between.
    for k in (0..toks.len()).rev() {
        let next_is_name = toks
            .get(k + 1)
            .is_some_and(|n| n.gap & gap::BREAK == 0 && (n.person.is_some() || n.title));
        toks[k].title = toks[k].upper && toks[k].person.is_none() && next_is_name;
    }
    ReadSentence {
        si,
        text,
        start: sent.span.start(),
        end: sent.span.end(),
        toks,
        people,
        dates,
    }
}

impl ReadSentence<'_> {
    /// Gives the token buffer back for the next sentence.
    pub fn recycle(self, b: &mut Buffers) {
        b.spare = self.toks;
    }

    /// Indices of the tokens lying inside `r` (article bytes).
    pub fn within(&self, r: &Range<usize>) -> Range<usize> {
        let a = self.toks.partition_point(|t| t.start < r.start);
        let b = self.toks.partition_point(|t| t.end <= r.end);
        a..b.max(a)
    }

    /// The first token starting at or after byte `at`.
    pub fn at(&self, at: usize) -> usize {
        self.toks.partition_point(|t| t.start < at)
    }

    pub fn word(&self, k: usize) -> &str {
        self.toks
            .get(k)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }
}

/// Skims sentence `si` without reading it fully (the first look at undated sentences):
/// the kinds of happening it names into `kinds`, its terms and people into `raw` (weighted as
/// [`super::vector::add_terms`] would, titles aside), and whether it holds a number.
pub(crate) fn skim(
    ix: &SentenceIndex,
    lex: &Lexicon,
    si: usize,
    b: &mut Buffers,
    kinds: &mut Vec<u32>,
    raw: &mut Vec<(u32, f32)>,
) -> bool {
    kinds.clear();
    raw.clear();
    let sent = &ix.analysis.sentences[si];
    let part = ix
        .text(si)
        .get(sent.span.start()..sent.span.end())
        .unwrap_or("");
    let (people, dates) = (ix.people(si), ix.dates(si));
    let in_date = |at: usize| dates.iter().any(|d| at >= d.start && at < d.end);
    for p in people.iter().filter(|p| !in_date(p.start)) {
        raw.push((person_term(p.person), PERSON));
    }
    let mut numeric = false;
    words(part, &mut b.words);
    for (n, w) in b.words.iter().enumerate() {
        let at = sent.span.start();
        let (start, end) = (at + w.span.start(), at + w.span.end());
        if in_date(start) || people.iter().any(|p| start < p.end && end > p.start) {
            continue;
        }
        let (_, known) = b.vocabulary.get(lex, word_text(part, w));
        let h = known.entry.happening;
        if h != 0 && !kinds.contains(&h) {
            kinds.push(h);
        }
        numeric |= known.numeric;
        let boost = if w.cap && n > 0 { CAPITAL } else { 1.0 };
        if known.term != 0 {
            raw.push((known.term, boost));
        }
        raw.extend(known.parts.iter().filter(|&&t| t != 0).map(|&t| (t, PART)));
    }
    numeric
}
