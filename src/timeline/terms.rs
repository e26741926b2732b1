//! The word lists the timeline reads (stop words, canonical forms, cue words, kinds of
//! happening, number words), read through the one loader into one table keyed by word hash.
//!
//! Every lookup goes through one hash of the lowercased word (`key`, see [`super::words`]),
//! computed once per word, so that reading hundreds of thousands of sentences costs one table
//! probe a word.

pub(crate) use super::words::{
    key, lower_into, person_term, say, stem, term_of, word_key, word_text, words,
};
use crate::text::hash::Map;
use crate::text::lexicon::{
    CALENDAR, CLAUSES, FUNCTION_WORDS, NUMBERS, SPEECH_VERBS, TIMELINE_CUES, TIMELINE_SYNONYMS,
};
use std::sync::OnceLock;

/// What the word lists say about a word (bits of [`Entry::flags`]).
pub(crate) mod flag {
    pub const STOP: u16 = 1;
    pub const SPEECH: u16 = 1 << 1;
    pub const BOUNDARY: u16 = 1 << 2;
    pub const SUBORDINATE: u16 = 1 << 3;
    pub const STOPPER: u16 = 1 << 4;
    pub const CUT: u16 = 1 << 5;
    pub const TRAIL: u16 = 1 << 6;
    pub const ASIDE: u16 = 1 << 7;
    /// An inflected or synonymous form of another word ("met" of "meet").
    pub const FORM: u16 = 1 << 8;
    pub const DETERMINER: u16 = 1 << 9;
    pub const RELATIVE: u16 = 1 << 10;
    /// A unit of time ("day", "years"): a stop word that can still be a quantity's unit.
    pub const UNIT: u16 = 1 << 11;
}

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Entry {
    pub flags: u16,
    /// The term of the canonical form, 0 when the word has none.
    pub canon: u32,
    /// The kind of happening it names (a term), 0 for none.
    pub happening: u32,
}

/// The word lists, parsed once.
pub(crate) struct Lexicon {
    entries: Map<u64, Entry>,
    numbers: Map<u64, f64>,
    /// The day a word of an unresolved expression names: each weekday's forms its full name,
    /// a day word itself ("sat" → "saturday", "today").
    days: Map<u64, String>,
    /// The names [`Lexicon::days`] gives, sorted.
    day_names: Vec<String>,
    /// Keys of a few words the rules name.
    pub k_and: u64,
    pub k_but: u64,
    pub k_to: u64,
    pub k_according: u64,
    pub k_of: u64,
    pub k_the: u64,
    pub k_that: u64,
}

fn parse() -> Lexicon {
    let mut lex = Lexicon {
        entries: Map::default(),
        numbers: Map::default(),
        days: Map::default(),
        day_names: Vec::new(),
        k_and: key(b"and"),
        k_but: key(b"but"),
        k_to: key(b"to"),
        k_according: key(b"according"),
        k_of: key(b"of"),
        k_the: key(b"the"),
        k_that: key(b"that"),
    };
    let mut set = |w: &str, f: u16| lex.entries.entry(key(w.as_bytes())).or_default().flags |= f;
    let function = FUNCTION_WORDS.list();
    for section in ["function", "adverb", "when", "time"] {
        for e in function.section(section) {
            set(e.key(), flag::STOP);
        }
    }
    // The words of dates say nothing about the happening: the date is compared on its own.
    // (Only full names: "sat", "sun", "wed" are words too.)
    let cal = CALENDAR.list();
    for section in ["weekday", "month", "day", "part"] {
        for e in cal.section(section) {
            set(&e.key().to_lowercase(), flag::STOP);
        }
    }
    for e in cal.section("weekday") {
        let day = e.key().to_lowercase();
        for w in std::iter::once(e.key()).chain(e.forms()) {
            lex.days
                .insert(key(w.to_lowercase().as_bytes()), day.clone());
        }
    }
    for e in cal.section("day") {
        if !e.key().contains(' ') {
            lex.days
                .insert(key(e.key().as_bytes()), e.key().to_string());
        }
    }
    for e in cal.section("unit") {
        for w in std::iter::once(e.key()).chain(e.forms()) {
            set(w, flag::STOP | flag::UNIT);
        }
    }
    // A verb that is a speech cue only beside a quote names another happening here; a
    // participle opens a clause of its own, whose date is not the sentence's statement's.
    let speech = SPEECH_VERBS.list();
    for e in speech.entries() {
        if !speech.has_tag(e, "quoted") && !speech.has_tag(e, "participle") {
            set(e.key(), flag::SPEECH);
        }
    }
    let cues = TIMELINE_CUES.list();
    for (section, f) in [
        ("boundary", flag::BOUNDARY),
        ("subordinate", flag::SUBORDINATE),
        ("stopper", flag::STOPPER),
        ("cut", flag::CUT),
        ("trail", flag::TRAIL),
        ("aside", flag::ASIDE),
        ("determiner", flag::DETERMINER),
    ] {
        for e in cues.section(section) {
            set(e.text, f);
        }
    }
    // A label stops where a new clause starts, and at the words of [cut] ("according to"),
    // but not at "as", a preposition as often, whose complement the label keeps ("posed as
    // peace brokers").
    let clauses = CLAUSES.list();
    for e in clauses.section("relative") {
        set(e.key(), flag::CUT | flag::RELATIVE);
    }
    for e in clauses.section("conjunction") {
        if e.key() != "as" {
            set(e.key(), flag::CUT);
        }
    }
    let happenings: Vec<u32> = cues
        .section("happening")
        .iter()
        .map(|e| term_of(e.text.as_bytes()))
        .collect();
    let say = term_of(b"say");
    for e in TIMELINE_SYNONYMS.list().entries() {
        let first = e.key();
        let canon = term_of(first.as_bytes());
        let happening = if happenings.contains(&canon) {
            canon
        } else {
            0
        };
        for (i, w) in std::iter::once(first).chain(e.forms()).enumerate() {
            let e = lex.entries.entry(key(w.as_bytes())).or_default();
            e.canon = canon;
            e.happening = happening;
            if i > 0 {
                e.flags |= flag::FORM;
            }
        }
    }
    for e in lex.entries.values_mut() {
        if e.flags & flag::SPEECH != 0 {
            e.happening = say;
        }
    }
    lex.day_names = lex.days.values().cloned().collect();
    lex.day_names.sort_unstable();
    lex.day_names.dedup();
    for e in NUMBERS.list().entries() {
        if let Some(Ok(v)) = e.column(0).map(str::parse) {
            lex.numbers.insert(key(e.key().as_bytes()), v);
        }
    }
    lex
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(parse)
}

impl Lexicon {
    /// What the lists say about the word with this key.
    pub fn entry(&self, key: u64) -> Entry {
        self.entries.get(&key).copied().unwrap_or_default()
    }

    /// Whether a lowercased word carries `f` (for cold paths and tests).
    pub fn has(&self, lower: &str, f: u16) -> bool {
        self.entry(key(lower.as_bytes())).flags & f != 0
    }

    /// The date key of an expression that could not be resolved (lowercased): the day it
    /// names, whatever is written around it ("on Saturday", "Saturday morning", "late
    /// Saturday" → "saturday"), since the articles of one story without a publication date
    /// mean one Saturday by all of them; else the expression itself.
    pub fn written_day(&self, lower: &str) -> String {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .find_map(|w| self.days.get(&key(w.as_bytes())))
            .cloned()
            .unwrap_or_else(|| lower.to_string())
    }

    /// The place of an unresolved date key among the days a story without publication
    /// dates names (a weekday, "today", "yesterday"), for comparing them across days.
    pub fn undated_day(&self, written: &str) -> Option<usize> {
        self.day_names
            .binary_search_by(|n| n.as_str().cmp(written))
            .ok()
    }

    /// The value of a number word ("four" → 4).
    pub fn number(&self, key: u64) -> Option<f64> {
        self.numbers.get(&key).copied()
    }

    /// The content term of a lowercased word with key `k`: 0 for stop words, single letters
    /// and anything with a digit (numbers are compared separately), else its canonical form's
    /// term or its stem's. `scratch` is a reused buffer.
    pub fn term(&self, lower: &str, k: u64, scratch: &mut String) -> u32 {
        let e = self.entry(k);
        if lower.len() < 2 || e.flags & flag::STOP != 0 || lower.bytes().any(|b| b.is_ascii_digit())
        {
            return 0;
        }
        if e.canon != 0 {
            return e.canon;
        }
        scratch.clear();
        scratch.push_str(lower);
        stem(scratch);
        term_of(scratch.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(lex: &Lexicon, w: &str) -> u32 {
        lex.term(w, key(w.as_bytes()), &mut String::new())
    }

    #[test]
    fn terms_use_canonical_forms() {
        let lex = lexicon();
        assert_eq!(term(lex, "met"), term(lex, "meeting"));
        assert_eq!(term(lex, "talks"), term(lex, "meet"));
        assert_eq!(term(lex, "the"), 0);
        assert_eq!(term(lex, "12"), 0);
        assert!(lex.has("said", flag::SPEECH) && lex.number(key(b"four")) == Some(4.0));
        // The speech verbs are the quote finder's, but for those that are cues only beside a
        // quote ("talks continued") and participles.
        assert!(lex.has("urged", flag::SPEECH) && lex.has("according", flag::SPEECH));
        assert!(!lex.has("continued", flag::SPEECH) && !lex.has("saying", flag::SPEECH));
        assert_eq!(
            lex.entry(key(b"summit")).happening,
            lex.entry(key(b"met")).happening
        );
        assert_ne!(
            lex.entry(key(b"arrived")).happening,
            lex.entry(key(b"met")).happening
        );
        assert_eq!(lex.entry(key(b"told")).happening, term_of(b"say"));
        assert_ne!(person_term(3), term(lex, "moscow"));
    }

    #[test]
    fn one_happening_worded_differently_is_one_term() {
        let lex = lexicon();
        let kind = |w: &str| lex.entry(key(w.as_bytes())).happening;
        // "shot dead", "murdered", "the slaying" report a killing; "fled" an escape.
        for w in ["shot", "murdered", "slaying", "gunned", "stabbed"] {
            assert_eq!(term(lex, w), term(lex, "killed"), "{w}");
            assert_eq!(kind(w), kind("killed"), "{w}");
        }
        assert_eq!(term(lex, "fled"), term(lex, "escaped"));
        assert_eq!(term(lex, "recaptured"), term(lex, "arrested"));
        assert_eq!(term(lex, "sacked"), term(lex, "dismissal"));
        assert_eq!(term(lex, "temblor"), term(lex, "earthquake"));
        // An escape and a capture are two happenings; wounded and killed can be one.
        assert_ne!(kind("escaped"), kind("captured"));
        assert_eq!(kind("wounded"), 0);
        assert_eq!(term(lex, "wounded"), term(lex, "injuries"));
        let slot = |w: &str| lex.undated_day(&lex.written_day(w));
        assert!(slot("saturday night").is_some() && slot("today") != slot("sat"));
        assert!(lex.day_names.len() as i64 <= super::super::group::UNDATED_SLOTS);
    }
}
