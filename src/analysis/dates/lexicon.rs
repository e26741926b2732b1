//! The date scanner's vocabulary: the calendar words every temporal expression is built on
//! (weekdays, months, "yesterday", "week", "ago") and the key words that open expressions
//! ("last", "the", "early"), classified without allocating through a table built at compile
//! time.

use super::PartOfDay;

/// A period named by a unit word ("two days ago", "last week").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
}

/// What a word is to the date scanner. Anything but `None` and `Key` makes a sentence worth
/// scanning ([`Lex::is_trigger`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lex {
    None,
    /// 0 = Monday … 6 = Sunday.
    Weekday(u8),
    /// 1 = January; the full name.
    Month(u8),
    /// "Jan", "Sept": a month only with a period or a day after it.
    MonthAbbr(u8),
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    /// A unit, singular or plural ("week", "weeks").
    Unit(Unit),
    Eve,
    Ago,
    Part(PartOfDay),
    /// The first word of a fixed-day holiday ("Christmas", "Boxing").
    Holiday,
    /// A word that can open an expression ("the", "last", "early", "noon") but is no sign of
    /// one: patterns are only tried at such words and calendar words.
    Key(Key),
}

/// The words that open expressions without being calendar words.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    The,
    That,
    /// "last", "this", "next".
    Shift,
    /// "early", "late", "mid", "earlier", "later".
    Modifier,
    /// "noon", "midnight".
    Clock,
    /// "New" (Year's Day).
    New,
}

impl Lex {
    /// The word is a calendar word, so the sentence may hold a date.
    pub fn is_trigger(self) -> bool {
        !matches!(self, Lex::None | Lex::Key(_))
    }
}

/// The calendar and key words, lower case.
const TABLE: [(&[u8], Lex); 70] = [
    (b"monday", Lex::Weekday(0)),
    (b"tuesday", Lex::Weekday(1)),
    (b"wednesday", Lex::Weekday(2)),
    (b"thursday", Lex::Weekday(3)),
    (b"friday", Lex::Weekday(4)),
    (b"saturday", Lex::Weekday(5)),
    (b"sunday", Lex::Weekday(6)),
    (b"january", Lex::Month(1)),
    (b"february", Lex::Month(2)),
    (b"march", Lex::Month(3)),
    (b"april", Lex::Month(4)),
    (b"may", Lex::Month(5)),
    (b"june", Lex::Month(6)),
    (b"july", Lex::Month(7)),
    (b"august", Lex::Month(8)),
    (b"september", Lex::Month(9)),
    (b"october", Lex::Month(10)),
    (b"november", Lex::Month(11)),
    (b"december", Lex::Month(12)),
    (b"jan", Lex::MonthAbbr(1)),
    (b"feb", Lex::MonthAbbr(2)),
    (b"mar", Lex::MonthAbbr(3)),
    (b"apr", Lex::MonthAbbr(4)),
    (b"jun", Lex::MonthAbbr(6)),
    (b"jul", Lex::MonthAbbr(7)),
    (b"aug", Lex::MonthAbbr(8)),
    (b"sep", Lex::MonthAbbr(9)),
    (b"sept", Lex::MonthAbbr(9)),
    (b"oct", Lex::MonthAbbr(10)),
    (b"nov", Lex::MonthAbbr(11)),
    (b"dec", Lex::MonthAbbr(12)),
    (b"today", Lex::Today),
    (b"yesterday", Lex::Yesterday),
    (b"tomorrow", Lex::Tomorrow),
    (b"tonight", Lex::Tonight),
    (b"day", Lex::Unit(Unit::Day)),
    (b"days", Lex::Unit(Unit::Day)),
    (b"week", Lex::Unit(Unit::Week)),
    (b"weeks", Lex::Unit(Unit::Week)),
    (b"weekend", Lex::Unit(Unit::Weekend)),
    (b"weekends", Lex::Unit(Unit::Weekend)),
    (b"month", Lex::Unit(Unit::Month)),
    (b"months", Lex::Unit(Unit::Month)),
    (b"year", Lex::Unit(Unit::Year)),
    (b"years", Lex::Unit(Unit::Year)),
    (b"decade", Lex::Unit(Unit::Decade)),
    (b"decades", Lex::Unit(Unit::Decade)),
    (b"eve", Lex::Eve),
    (b"ago", Lex::Ago),
    (b"morning", Lex::Part(PartOfDay::Morning)),
    (b"afternoon", Lex::Part(PartOfDay::Afternoon)),
    (b"evening", Lex::Part(PartOfDay::Evening)),
    (b"night", Lex::Part(PartOfDay::Night)),
    (b"christmas", Lex::Holiday),
    (b"boxing", Lex::Holiday),
    (b"valentine", Lex::Holiday),
    (b"halloween", Lex::Holiday),
    (b"the", Lex::Key(Key::The)),
    (b"that", Lex::Key(Key::That)),
    (b"last", Lex::Key(Key::Shift)),
    (b"this", Lex::Key(Key::Shift)),
    (b"next", Lex::Key(Key::Shift)),
    (b"early", Lex::Key(Key::Modifier)),
    (b"late", Lex::Key(Key::Modifier)),
    (b"mid", Lex::Key(Key::Modifier)),
    (b"earlier", Lex::Key(Key::Modifier)),
    (b"later", Lex::Key(Key::Modifier)),
    (b"noon", Lex::Key(Key::Clock)),
    (b"midnight", Lex::Key(Key::Clock)),
    (b"new", Lex::Key(Key::New)),
];

/// Open-addressing slots over [`TABLE`] (index + 1; 0 is empty), built at compile time, so
/// the common case, a word that is no calendar word, costs one hash and one probe.
const SLOTS: [u8; 512] = build_slots();

/// A hash of the length and three letters (first, second, last), case folded: enough to spread
/// the table's words, and cheap for every word of every sentence. Only words of 3 to 9 letters
/// are ever hashed.
const fn hash(word: &[u8]) -> usize {
    let n = word.len();
    let mut h: u32 = 2_166_136_261;
    let keys = [
        n as u8,
        word[0].to_ascii_lowercase(),
        word[1].to_ascii_lowercase(),
        word[n - 1].to_ascii_lowercase(),
    ];
    let mut i = 0;
    while i < keys.len() {
        h = (h ^ keys[i] as u32).wrapping_mul(16_777_619);
        i += 1;
    }
    (h ^ (h >> 15)) as usize % 512
}

const fn build_slots() -> [u8; 512] {
    let mut slots = [0u8; 512];
    let mut k = 0;
    while k < TABLE.len() {
        let mut h = hash(TABLE[k].0);
        while slots[h] != 0 {
            h = (h + 1) % 512;
        }
        slots[h] = (k + 1) as u8;
        k += 1;
    }
    slots
}

/// For each word length (3 to 9) and first letter, the set of second letters that start a word
/// of [`TABLE`]: two array reads turn away nearly every other word before any hashing.
/// `[0]` holds all entries, `[1]` the calendar words only (for the quick reject).
const FILTER: [[[u32; 26]; 10]; 2] = build_filter();

const fn build_filter() -> [[[u32; 26]; 10]; 2] {
    let mut f = [[[0u32; 26]; 10]; 2];
    let mut k = 0;
    while k < TABLE.len() {
        let (w, lex) = TABLE[k];
        let (a, b) = ((w[0] - b'a') as usize, (w[1] - b'a') as usize);
        f[0][w.len()][a] |= 1 << b;
        if !matches!(lex, Lex::Key(_)) {
            f[1][w.len()][a] |= 1 << b;
        }
        k += 1;
    }
    f
}

/// Whether `word` may be in [`TABLE`] (`calendar_only`: and not a key word).
fn may_be(word: &[u8], calendar_only: bool) -> bool {
    if word.len() < 3 || word.len() > 9 {
        return false;
    }
    let (a, b) = (word[0].to_ascii_lowercase(), word[1].to_ascii_lowercase());
    if !a.is_ascii_lowercase() || !b.is_ascii_lowercase() {
        return false;
    }
    let row = FILTER[usize::from(calendar_only)][word.len()][usize::from(a - b'a')];
    row & (1 << (b - b'a')) != 0
}

/// Whether `word` is a calendar word (no key word): the quick reject's test.
pub fn is_calendar_word(word: &[u8]) -> bool {
    may_be(word, true) && classify(word).is_trigger()
}

/// Classifies one word (ASCII letters; case ignored).
pub fn classify(word: &[u8]) -> Lex {
    if !may_be(word, false) {
        return Lex::None;
    }
    let mut h = hash(word);
    loop {
        let Some(k) = SLOTS[h].checked_sub(1) else {
            return Lex::None;
        };
        let (w, lex) = TABLE[usize::from(k)];
        if w.eq_ignore_ascii_case(word) {
            return lex;
        }
        h = (h + 1) % 512;
    }
}

/// Small cardinal numbers written as words, for "two days ago".
pub fn number_word(w: &str) -> Option<i64> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    if let Some(n) = WORDS.iter().position(|x| x.eq_ignore_ascii_case(w)) {
        return Some(n as i64);
    }
    [("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50)]
        .iter()
        .find(|(x, _)| x.eq_ignore_ascii_case(w))
        .map(|&(_, n)| n)
}
