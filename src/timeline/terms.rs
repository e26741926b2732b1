//! Words for comparing sentences: a scanner over story text, the word lists the timeline reads
//! (stop words, canonical forms, cue words, number words), light stemming, and 64-bit term
//! hashes, so that vectors can be built without interning strings.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// The word lists, parsed once.
pub(crate) struct Lexicon {
    stop: HashSet<&'static str>,
    canon: HashMap<&'static str, &'static str>,
    pub speech: HashSet<&'static str>,
    pub boundary: HashSet<&'static str>,
    pub subordinate: HashSet<&'static str>,
    pub stopper: HashSet<&'static str>,
    pub cut: HashSet<&'static str>,
    pub trail: HashSet<&'static str>,
    pub aside: HashSet<&'static str>,
    happening: HashSet<&'static str>,
    pub numbers: HashMap<&'static str, f64>,
}

/// Entries of a word-list file: trimmed lines without `#` comments.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

fn parse() -> Lexicon {
    let mut lex = Lexicon {
        stop: entries(include_str!("../../assets/timeline_stopwords.txt")).collect(),
        canon: HashMap::new(),
        speech: HashSet::new(),
        boundary: HashSet::new(),
        subordinate: HashSet::new(),
        stopper: HashSet::new(),
        cut: HashSet::new(),
        trail: HashSet::new(),
        aside: HashSet::new(),
        happening: HashSet::new(),
        numbers: HashMap::new(),
    };
    for line in entries(include_str!("../../assets/timeline_synonyms.txt")) {
        let mut words = line.split_whitespace();
        if let Some(first) = words.next() {
            lex.canon.insert(first, first);
            for w in words {
                lex.canon.insert(w, first);
            }
        }
    }
    let mut section = "";
    for line in entries(include_str!("../../assets/timeline_cues.txt")) {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let set = match section {
            "[speech]" => &mut lex.speech,
            "[boundary]" => &mut lex.boundary,
            "[subordinate]" => &mut lex.subordinate,
            "[stopper]" => &mut lex.stopper,
            "[cut]" => &mut lex.cut,
            "[trail]" => &mut lex.trail,
            "[aside]" => &mut lex.aside,
            "[happening]" => &mut lex.happening,
            _ => continue,
        };
        set.insert(line);
    }
    for line in entries(include_str!("../../assets/timeline_numbers.txt")) {
        let mut parts = line.split_whitespace();
        if let (Some(w), Some(v)) = (parts.next(), parts.next())
            && let Ok(v) = v.parse()
        {
            lex.numbers.insert(w, v);
        }
    }
    lex
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(parse)
}

impl Lexicon {
    pub fn is_stop(&self, lower: &str) -> bool {
        self.stop.contains(lower)
    }

    /// The kind of happening a lowercased word names ("met" → "meet", "said" → "say").
    pub fn happening(&self, lower: &str) -> Option<&'static str> {
        if self.speech.contains(lower) {
            return Some("say");
        }
        self.canon
            .get(lower)
            .copied()
            .filter(|c| self.happening.contains(c))
    }

    /// An inflected or synonymous form of another word ("met" of "meet").
    pub fn is_form(&self, lower: &str) -> bool {
        self.canon.get(lower).is_some_and(|c| *c != lower)
    }
}

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

fn joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let rest = self.text.get(self.pos..)?;
        let (off, first) = rest.char_indices().find(|(_, c)| c.is_alphanumeric())?;
        let start = self.pos + off;
        let mut end = start + first.len_utf8();
        let mut chars = self.text[end..].chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_alphanumeric()
                || (joiner(c) && chars.peek().is_some_and(|n| n.is_alphanumeric()))
            {
                end += c.len_utf8();
            } else {
                break;
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

/// Lowercases `word` into `buf`, with curly apostrophes made straight and a possessive `'s`
/// dropped ("Xi’s" → "xi").
pub(crate) fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    for c in word.chars() {
        if c == '’' {
            buf.push('\'');
        } else if c.is_ascii() {
            buf.push(c.to_ascii_lowercase());
        } else {
            buf.extend(c.to_lowercase());
        }
    }
    if buf.ends_with("'s") {
        buf.truncate(buf.len() - 2);
    } else if buf.ends_with('\'') {
        buf.pop();
    }
}

/// Strips regular English endings in place: plurals, "-ing", "-ed", a final "e". Light on
/// purpose: it only has to make "arrives" and "arrived" meet, not produce dictionary words.
pub(crate) fn stem(w: &mut String) {
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        w.truncate(n - 3);
        w.push('y');
    } else if n > 4 && w.ends_with("sses") {
        w.truncate(n - 2);
    } else if n > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
    {
        w.truncate(n - 1);
    }
    let n = w.len();
    if n >= 6 && w.ends_with("ing") {
        w.truncate(n - 3);
        undouble(w);
    } else if n >= 5 && w.ends_with("ed") {
        w.truncate(n - 2);
        undouble(w);
    }
    let n = w.len();
    if n >= 5 && w.ends_with('e') {
        w.truncate(n - 1);
    }
}

/// "stopp" → "stop", but "kill" and "pass" keep their doubled letter.
fn undouble(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o') {
        w.truncate(n - 1);
    }
}

/// Turns a lowercased word into its term: `None` for stop words, single letters and anything
/// with a digit (numbers are compared separately), else the hash of its canonical form or stem.
/// `scratch` is a reused buffer.
pub(crate) fn term(lex: &Lexicon, lower: &str, scratch: &mut String) -> Option<u64> {
    if lower.len() < 2 || lex.is_stop(lower) || lower.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(c) = lex.canon.get(lower) {
        return Some(hash(c.as_bytes()));
    }
    scratch.clear();
    scratch.push_str(lower);
    stem(scratch);
    Some(hash(scratch.as_bytes()))
}

/// FNV-1a, then a final mix so the low bits are usable as a hash-map key directly.
pub(crate) fn hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    mix(h)
}

/// The term standing for person `id` (never equal to a word's hash in practice).
pub(crate) fn person_term(id: usize) -> u64 {
    mix(0x7065_7273_6f6e_0000 ^ (id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b) ^ (self.0 >> 56);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = mix(n as u64);
    }
}

/// A map keyed by term hashes.
pub(crate) type TermMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    fn stemmed(w: &str) -> String {
        let mut s = w.to_string();
        stem(&mut s);
        s
    }

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

    #[test]
    fn stems_regular_forms_together() {
        assert_eq!(stemmed("arrived"), stemmed("arrives"));
        assert_eq!(stemmed("arriving"), stemmed("arrive"));
        assert_eq!(stemmed("stopped"), "stop");
        assert_eq!(stemmed("policies"), "policy");
        assert_eq!(stemmed("killed"), "kill");
    }

    #[test]
    fn terms_use_canonical_forms() {
        let lex = lexicon();
        let mut s = String::new();
        assert_eq!(term(lex, "met", &mut s), term(lex, "meeting", &mut s));
        assert_eq!(term(lex, "talks", &mut s), term(lex, "meet", &mut s));
        assert_eq!(term(lex, "the", &mut s), None);
        assert_eq!(term(lex, "12", &mut s), None);
        assert!(lex.speech.contains("said") && lex.numbers.get("four") == Some(&4.0));
    }
}
