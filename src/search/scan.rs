//! Byte-level scans over an entry's text: the cheap tests that decide, before the fuzzy matcher
//! runs, whether an entry matches at all and roughly how well. An entry's text is its fields
//! joined by NUL bytes; no match may cross a NUL.

use super::bytes;
use memchr::memmem::Finder;

/// Joins the fields of an entry; never part of a needle (the index replaces NULs in input).
pub const SEP: u8 = 0;

/// The matcher's score per matched character (SkimMatcherV2's default `score_match`).
pub const MATCH: i32 = 16;
/// What a character inside a contiguous run earns on top (the default `bonus_consecutive`).
pub const CONSECUTIVE: i32 = 4;
/// What a term earns for occurring as a whole word. Ours, not the matcher's: typing "peace"
/// should rank "peace" above "peacekeepers", which the matcher scores alike.
pub const WORD_BONUS: i32 = 8;

/// A bit per ASCII letter (either case) and digit, one shared by other ASCII bytes, one for any
/// byte of a multi-byte character. An entry lacking a bit a term needs cannot match it.
#[inline]
pub fn bit(b: u8) -> u64 {
    let i = match b {
        SEP => return 0,
        b'a'..=b'z' => b - b'a',
        b'A'..=b'Z' => b - b'A',
        b'0'..=b'9' => 26 + b - b'0',
        0x80.. => 63,
        _ => 36 + b % 27,
    };
    1 << i
}

/// The [`bit`]s of every byte of `bytes`.
pub fn mask(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |m, &b| m | bit(b))
}

/// Whether the ASCII `pat` (no NUL) occurs in order inside one field of `hay`: exactly the
/// matcher's test, since the matcher folds only ASCII case and `hay` is folded the same way.
pub fn subsequence(hay: &str, pat: &[u8]) -> bool {
    let hay = hay.as_bytes();
    let mut at = 0;
    let mut k = 0;
    while let Some(&want) = pat.get(k) {
        // The next wanted letter or the end of the field, whichever comes first.
        let Some(j) = bytes::find2(hay, at, want, SEP) else {
            return false;
        };
        // At the end of a field, the pattern starts over in the next one.
        k = if hay.get(j) == Some(&want) { k + 1 } else { 0 };
        at = j + 1;
    }
    true
}

/// Whether `pat`'s characters occur in order inside one field of `hay`.
pub fn subsequence_chars(hay: &str, pat: &str) -> bool {
    hay.split(SEP as char).any(|field| {
        let mut want = pat.chars().peekable();
        for c in field.chars() {
            if want.peek() == Some(&c) {
                want.next();
            }
            if want.peek().is_none() {
                return true;
            }
        }
        want.peek().is_none()
    })
}

/// One contiguous occurrence of a term and how good a place it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// Byte offset in the entry's text.
    pub at: usize,
    /// The matcher's bonus for the character the occurrence starts on.
    pub head: i32,
    /// Not preceded nor followed by a letter or digit.
    pub word: bool,
}

impl Occurrence {
    /// How good a place it is: the matcher's bonus there and ours for a whole word.
    pub fn value(&self) -> i32 {
        self.head + if self.word { WORD_BONUS } else { 0 }
    }

    /// The score of `chars` characters matched here as one run: what the matcher gives such
    /// a run (first character with its position bonus, the others with the run bonus, minus
    /// the leading gap), plus [`WORD_BONUS`] for a whole word.
    pub fn score(&self, chars: usize) -> i32 {
        let m = i32::try_from(chars).unwrap_or(i32::MAX / 64).max(1);
        MATCH * m + CONSECUTIVE * (m - 1) + self.value() - 1
    }
}

/// The score of a name found only with `edits` letters wrong: below what any match as typed
/// scores, fewer edits first.
pub fn typo_score(edits: usize) -> i32 {
    -64 * i32::try_from(edits).unwrap_or(8).min(8)
}

/// A rough score for a fuzzy match with gaps: the matcher's score per character, its bonus
/// for `heads` characters at the start of a word and for starting a field, and a typical gap
/// penalty between characters. Used only to order candidates before the matcher scores them.
pub fn scattered_score(chars: usize, heads: usize, field_start: bool) -> i32 {
    let m = i32::try_from(chars).unwrap_or(i32::MAX / 64).max(1);
    let h = i32::try_from(heads).unwrap_or(0).min(m);
    MATCH * m + 8 * h + if field_start { 8 } else { 0 } - 8 * (m - 1) - 1
}

/// An estimate as kept per group of terms: twice the score, plus one when the term was found
/// only as scattered letters, so that a longer term typed next knows, per entry, that it needs
/// no search for a contiguous occurrence.
pub fn estimate(score: i32, scattered: bool) -> i32 {
    score.saturating_mul(2).saturating_add(i32::from(scattered))
}

/// Whether an [`estimate`] was for scattered letters.
pub fn is_scattered(estimate: i32) -> bool {
    estimate & 1 == 1
}

/// The matcher's bonus for a match starting after byte `prev`: SkimMatcherV2's character
/// classes with its default bonuses, as a table (the placement scoring asks per letter).
const HEAD: [i8; 256] = {
    let mut table = [0i8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            SEP => 2 * 8,
            b' ' | b'/' | b'\\' | b'|' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => 8,
            b'!'..=b'\'' | b'*'..=b'.' | b':'..=b'@' | b'^'..=b'`' | b'~' => 7,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// The matcher's bonus for a match starting after `prev` (None at the start of a field).
#[inline]
pub fn head_bonus(prev: Option<u8>) -> i32 {
    prev.map_or(2 * 8, |b| i32::from(HEAD[usize::from(b)]))
}

fn head_at(hay: &str, at: usize) -> i32 {
    head_bonus(
        at.checked_sub(1)
            .and_then(|i| hay.as_bytes().get(i).copied()),
    )
}

fn word_at(hay: &str, at: usize, len: usize) -> bool {
    let before = hay.get(..at).and_then(|s| s.chars().next_back());
    let after = hay.get(at + len..).and_then(|s| s.chars().next());
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !is_word(before) && !is_word(after)
}

fn occurrence(hay: &str, at: usize, len: usize) -> Occurrence {
    Occurrence {
        at,
        head: head_at(hay, at),
        word: word_at(hay, at, len),
    }
}

/// Below this many bytes, a text is searched byte by byte rather than with `memmem`.
const SHORT: usize = 64;

/// A term's bytes ready for [`best_occurrence`].
#[derive(Clone, Debug)]
pub struct Needle {
    finder: Finder<'static>,
    /// Where the needle has a byte that is rare in text, the first such: jumping from one
    /// occurrence of it to the next passes over most of a text.
    pivot: Option<usize>,
}

impl Needle {
    pub fn new(needle: &str) -> Needle {
        // The most frequent letters of English and the space: a jump from one to the next
        // is a few bytes long, and a vectorised search does better.
        let common = |b: &u8| b" etaoinshr".contains(&b.to_ascii_lowercase());
        Needle {
            finder: Finder::new(needle.as_bytes()).into_owned(),
            pivot: needle.bytes().position(|b| !common(&b)),
        }
    }

    fn bytes(&self) -> &[u8] {
        self.finder.needle()
    }

    /// The first occurrence at or after `from`.
    fn find(&self, h: &[u8], from: usize) -> Option<usize> {
        match self.pivot {
            Some(k) => self.hop(h, from, k),
            // In a short text the vectorised search's setup costs more than it saves.
            None if h.len().saturating_sub(from) < SHORT => self.hop(h, from, 0),
            None => h
                .get(from..)
                .and_then(|rest| self.finder.find(rest))
                .map(|i| from + i),
        }
    }

    /// From one occurrence of the needle's byte `k` to the next, comparing the rest there.
    fn hop(&self, h: &[u8], from: usize, k: usize) -> Option<usize> {
        let n = self.bytes();
        let pivot = *n.get(k)?;
        let mut at = from + k;
        loop {
            let i = bytes::find2(h, at, pivot, pivot)?;
            let start = i - k;
            // Compared in line: a call to `memcmp` costs more for the few bytes typed.
            let here = h.get(start..start + n.len());
            if here.is_some_and(|r| r.iter().zip(n).all(|(a, b)| a == b)) {
                return Some(start);
            }
            at = i + 1;
        }
    }
}

/// The best contiguous occurrence of `needle` in `hay`: the one the matcher would like most,
/// a whole word preferred.
pub fn best_occurrence(hay: &str, needle: &Needle) -> Option<Occurrence> {
    const BEST: i32 = 2 * 8 + WORD_BONUS;
    let (h, len) = (hay.as_bytes(), needle.bytes().len());
    if len == 0 {
        return None;
    }
    // The needle is UTF-8 and the comparison bytewise, so a hit always starts on a char
    // boundary.
    let next = |from: usize| needle.find(h, from);
    let mut best: Option<Occurrence> = None;
    let mut from = 0;
    while let Some(at) = next(from) {
        // Whether it is a whole word costs decoding two characters: only worth it when
        // that could make this occurrence the best.
        let head = head_at(hay, at);
        if best.is_none_or(|b| head + WORD_BONUS > b.value()) {
            let occ = Occurrence {
                at,
                head,
                word: word_at(hay, at, len),
            };
            if best.is_none_or(|b| occ.value() > b.value()) {
                best = Some(occ);
                if occ.value() >= BEST {
                    break;
                }
            }
        }
        from = at + 1;
    }
    best
}

/// Marks that close a sentence or a quote: what a reader does not type after the last word,
/// so `peace$` finds a quote ending `peace.` or `peace,”`.
fn closing(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '"'
            | '\''
            | ')'
            | ']'
            | '\u{201D}'
            | '\u{2019}'
            | '\u{BB}'
            | '\u{2026}'
            | ' '
    )
}

/// `field` without its closing marks, unless `needle` ends with one (then it is typed).
fn without_closing<'a>(field: &'a str, needle: &str) -> &'a str {
    if needle.ends_with(closing) {
        field
    } else {
        field.trim_end_matches(closing)
    }
}

/// Where fields of `hay` start with, end with or equal `needle`, best place first. The end
/// of a field is read past its closing marks (see [`closing`]).
pub fn anchored(hay: &str, needle: &str, prefix: bool, suffix: bool) -> Option<Occurrence> {
    let mut start = 0;
    let mut best: Option<Occurrence> = None;
    for field in hay.split(SEP as char) {
        let at = match (prefix, suffix) {
            (true, true) => (without_closing(field, needle) == needle).then_some(start),
            (true, false) => field.starts_with(needle).then_some(start),
            _ => {
                let body = without_closing(field, needle);
                body.ends_with(needle)
                    .then(|| start + body.len() - needle.len())
            }
        };
        if let Some(at) = at {
            let occ = occurrence(hay, at, needle.len());
            if best.is_none_or(|b| occ.value() > b.value()) {
                best = Some(occ);
            }
        }
        start += field.len() + 1;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_fold_case_and_reject() {
        let m = mask(b"Vladimir Putin");
        assert_eq!(m & mask(b"vp"), mask(b"vp"));
        assert_ne!(m & mask(b"z"), mask(b"z"));
        assert_ne!(m & mask("é".as_bytes()), mask("é".as_bytes()));
    }

    #[test]
    fn subsequence_stays_in_one_field() {
        assert!(subsequence("vladimir putin", b"vput"));
        assert!(subsequence("ab\0cd", b"cd"));
        assert!(
            subsequence("xa\0ab\0c", b"ab"),
            "found again in a later field"
        );
        assert!(!subsequence("ab\0cd", b"bc"));
        assert!(!subsequence("abc", b"abcd"));
        assert!(subsequence_chars("caf\u{e9}\0x", "c\u{e9}"));
        assert!(!subsequence_chars("caf\u{e9}\0x", "\u{e9}x"));
    }

    fn best_occurrence(hay: &str, needle: &str) -> Option<Occurrence> {
        super::best_occurrence(hay, &Needle::new(needle))
    }

    #[test]
    fn best_occurrence_prefers_whole_words() {
        let hay = "the peacekeepers keep the peace";
        let occ = best_occurrence(hay, "peace").unwrap();
        assert_eq!(occ.at, 26);
        assert!(occ.word);
        let start = best_occurrence("peacekeepers", "peace").unwrap();
        assert_eq!((start.at, start.head, start.word), (0, 16, false));
        let inside = best_occurrence("appease", "pea").unwrap();
        assert_eq!((inside.head, inside.word), (0, false));
        assert!(best_occurrence("Zelenskyy\u{2019}s caf\u{e9}", "zelenskyy").is_none());
        let curly = best_occurrence("zelenskyy\u{2019}s caf\u{e9}", "zelenskyy").unwrap();
        assert!(curly.word, "a curly apostrophe ends a word");
        assert!(best_occurrence("ab\0cd", "bc").is_none());
    }

    #[test]
    fn anchors_per_field() {
        let hay = "the talks\0moscow";
        assert_eq!(anchored(hay, "mos", true, false).map(|o| o.at), Some(10));
        assert_eq!(anchored(hay, "talks", false, true).map(|o| o.at), Some(4));
        assert_eq!(anchored(hay, "moscow", true, true).map(|o| o.at), Some(10));
        assert!(anchored(hay, "talks", true, true).is_none());
    }

    #[test]
    fn the_end_of_a_field_is_past_its_closing_marks() {
        let hay = "we want the harbour open.\0talks ended,\u{201D}\0x";
        let at = |n: &str| anchored(hay, n, false, true).map(|o| o.at);
        assert_eq!(at("open"), Some(20));
        assert_eq!(at("ended"), Some(32));
        assert_eq!(at("open."), Some(20), "a typed mark is matched as typed");
        assert_eq!(at("want"), None);
        assert_eq!(
            anchored(hay, "talks ended", true, true).map(|o| o.at),
            Some(26)
        );
        assert!(anchored("open.\0", ".", false, true).is_some());
    }

    #[test]
    fn estimates_keep_order_and_kind() {
        let inside = Occurrence {
            at: 3,
            head: 0,
            word: false,
        };
        let (run, gaps) = (
            estimate(inside.score(5), false),
            estimate(scattered_score(5, 0, false), true),
        );
        assert!(run > gaps);
        assert!(!is_scattered(run) && is_scattered(gaps));
        assert!(scattered_score(3, 3, true) > scattered_score(3, 1, false));
    }
}
