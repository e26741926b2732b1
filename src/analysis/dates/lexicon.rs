//! The date scanner's vocabulary: the calendar words every temporal expression is built on
//! (weekdays, months, "yesterday", "week", from `assets/calendar.txt`) and the key words that
//! open expressions ("last", "the", "early", "ago"), classified without allocating through a
//! table built once.

use super::PartOfDay;
use crate::text::lexicon::{CALENDAR, NUMBERS};
use std::sync::LazyLock;

/// A period named by a unit word ("two days ago", "last week").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
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
    /// A season, by the month it opens in ("summer" 6).
    Season(u8),
    /// "period": no calendar word, but the one a results story names its quarter by ("the
    /// latest period", "the year-ago period"), so a sentence with it is worth scanning.
    Period,
    /// A word that opens or carries a year written out in words, as transcripts write it
    /// ("nineteen ninety-six", "two thousand").
    Century,
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
    /// "first" … "fourth", from the ordinal list ("the third quarter").
    Ordinal,
    /// "fiscal" ("fiscal 1989", "the fiscal first quarter").
    Fiscal,
}

impl Lex {
    /// The word is a calendar word, so the sentence may hold a date.
    pub fn is_trigger(self) -> bool {
        !matches!(self, Lex::None | Lex::Key(_))
    }
}

/// The scanner's own words, which open or close expressions: its grammar, named by its rules.
const GRAMMAR: [(&str, Lex); 20] = [
    ("eighteen", Lex::Century),
    ("nineteen", Lex::Century),
    ("thousand", Lex::Century),
    ("eve", Lex::Eve),
    ("ago", Lex::Ago),
    ("the", Lex::Key(Key::The)),
    ("that", Lex::Key(Key::That)),
    ("last", Lex::Key(Key::Shift)),
    ("this", Lex::Key(Key::Shift)),
    ("next", Lex::Key(Key::Shift)),
    ("early", Lex::Key(Key::Modifier)),
    ("late", Lex::Key(Key::Modifier)),
    ("mid", Lex::Key(Key::Modifier)),
    ("earlier", Lex::Key(Key::Modifier)),
    ("later", Lex::Key(Key::Modifier)),
    ("noon", Lex::Key(Key::Clock)),
    ("midnight", Lex::Key(Key::Clock)),
    ("new", Lex::Key(Key::New)),
    ("fiscal", Lex::Key(Key::Fiscal)),
    ("period", Lex::Period),
];

/// What each word of the calendar's sections is, by name ([`Lex::Weekday`] and
/// [`Lex::Month`] are numbered by place instead).
fn named(section: &str, key: &str) -> Lex {
    match (section, key) {
        ("day", "today") => Lex::Today,
        ("day", "yesterday") => Lex::Yesterday,
        ("day", "tomorrow") => Lex::Tomorrow,
        ("day", "tonight") => Lex::Tonight,
        ("day", "weekend") => Lex::Unit(Unit::Weekend),
        ("unit", "day") => Lex::Unit(Unit::Day),
        ("unit", "week") => Lex::Unit(Unit::Week),
        ("unit", "month") => Lex::Unit(Unit::Month),
        ("unit", "quarter") => Lex::Unit(Unit::Quarter),
        ("unit", "year") => Lex::Unit(Unit::Year),
        ("unit", "decade") => Lex::Unit(Unit::Decade),
        ("part", "morning") => Lex::Part(PartOfDay::Morning),
        ("part", "afternoon") => Lex::Part(PartOfDay::Afternoon),
        ("part", "evening") => Lex::Part(PartOfDay::Evening),
        ("part", "night") => Lex::Part(PartOfDay::Night),
        _ => panic!("calendar.txt: the date scanner has no meaning for [{section}] {key}"),
    }
}

/// Slots of the open-addressing table over [`Table::words`].
const SLOTS: usize = 512;

/// The calendar and key words (lower case) with what they are: the calendar words from
/// `assets/calendar.txt`, the first words of holidays from the holiday list, the [`GRAMMAR`]
/// words and the ordinals and seasons of `assets/dates.txt`. Built once; then the common
/// case, a word that is no calendar word, costs two array reads ([`Table::filter`]) and at
/// most one hash and one probe.
struct Table {
    words: Vec<(Box<[u8]>, Lex)>,
    /// Index + 1 into `words`; 0 is empty.
    slots: [u8; SLOTS],
    /// For each word length (3 to 12) and first letter, the set of second letters that start a
    /// word of the table: two array reads turn away nearly every other word before any
    /// hashing. `[0]` holds all entries, `[1]` the calendar words only (for the quick reject).
    filter: [[[u32; 26]; 13]; 2],
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut words: Vec<(String, Lex)> = Vec::new();
    let cal = CALENDAR.list();
    for (i, e) in cal.section("weekday").iter().enumerate() {
        // Only full names: "Sat", "Sun" and "Wed" are ordinary words too.
        words.push((e.key().to_lowercase(), Lex::Weekday(i as u8)));
    }
    for (i, e) in cal.section("month").iter().enumerate() {
        let m = i as u8 + 1;
        words.push((e.key().to_lowercase(), Lex::Month(m)));
        words.extend(e.forms().map(|f| (f.to_lowercase(), Lex::MonthAbbr(m))));
    }
    for section in ["day", "unit", "part"] {
        for e in cal.section(section) {
            let lex = named(section, e.key());
            words.push((e.key().to_string(), lex));
            words.extend(e.forms().map(|f| (f.to_string(), lex)));
        }
    }
    // "Christmas", "Valentine's": a holiday's first word (once), unless the scanner names it.
    for (name, ..) in &super::lists::lists().holidays {
        let first = name[0].trim_end_matches("'s").to_lowercase();
        if !GRAMMAR.iter().any(|(g, _)| *g == first) && !words.iter().any(|(w, _)| *w == first) {
            words.push((first, Lex::Holiday));
        }
    }
    words.extend(
        super::lists::lists()
            .seasons
            .iter()
            .map(|&(w, m)| (w.to_string(), Lex::Season(m))),
    );
    words.extend(GRAMMAR.iter().map(|&(w, lex)| (w.to_string(), lex)));
    words.extend(
        super::lists::lists()
            .ordinals
            .iter()
            .map(|&(w, _)| (w.to_string(), Lex::Key(Key::Ordinal))),
    );
    let mut t = Table {
        words: Vec::with_capacity(words.len()),
        slots: [0; SLOTS],
        filter: [[[0; 26]; 13]; 2],
    };
    assert!(
        words.len() < usize::from(u8::MAX),
        "too many calendar words"
    );
    for (w, lex) in words {
        let b = w.as_bytes();
        assert!(
            (3..=12).contains(&b.len()) && b.iter().all(u8::is_ascii_lowercase),
            "calendar word {w:?}: the date scanner reads words of 3 to 12 letters"
        );
        assert!(classify_in(&t, b) == Lex::None, "calendar word {w:?} twice");
        let (x, y) = (usize::from(b[0] - b'a'), usize::from(b[1] - b'a'));
        t.filter[0][b.len()][x] |= 1 << y;
        if !matches!(lex, Lex::Key(_)) {
            t.filter[1][b.len()][x] |= 1 << y;
        }
        let mut h = hash(b);
        while t.slots[h] != 0 {
            h = (h + 1) % SLOTS;
        }
        t.words.push((b.into(), lex));
        t.slots[h] = t.words.len() as u8;
    }
    t
});

/// A hash of the length and three letters (first, second, last), case folded: enough to spread
/// the table's words, and cheap for every word of every sentence. Only words of 3 to 12 letters
/// are ever hashed.
fn hash(word: &[u8]) -> usize {
    let n = word.len();
    let mut h: u32 = 2_166_136_261;
    for k in [
        n as u8,
        word[0].to_ascii_lowercase(),
        word[1].to_ascii_lowercase(),
        word[n - 1].to_ascii_lowercase(),
    ] {
        h = (h ^ u32::from(k)).wrapping_mul(16_777_619);
    }
    (h ^ (h >> 15)) as usize % SLOTS
}

/// Whether `word` may be in the table (`calendar_only`: and not a key word).
fn may_be(t: &Table, word: &[u8], calendar_only: bool) -> bool {
    if word.len() < 3 || word.len() > 12 {
        return false;
    }
    let (a, b) = (word[0].to_ascii_lowercase(), word[1].to_ascii_lowercase());
    if !a.is_ascii_lowercase() || !b.is_ascii_lowercase() {
        return false;
    }
    let row = t.filter[usize::from(calendar_only)][word.len()][usize::from(a - b'a')];
    row & (1 << (b - b'a')) != 0
}

/// Whether `word` is a calendar word (no key word): the quick reject's test.
pub fn is_calendar_word(word: &[u8]) -> bool {
    let t = &*TABLE;
    may_be(t, word, true) && classify_in(t, word).is_trigger()
}

/// Classifies one word (ASCII letters; case ignored).
pub fn classify(word: &[u8]) -> Lex {
    let t = &*TABLE;
    if !may_be(t, word, false) {
        return Lex::None;
    }
    classify_in(t, word)
}

/// Looks `word` (3 to 12 letters) up in `t`.
fn classify_in(t: &Table, word: &[u8]) -> Lex {
    let mut h = hash(word);
    loop {
        let Some(k) = t.slots[h].checked_sub(1) else {
            return Lex::None;
        };
        let (w, lex) = &t.words[usize::from(k)];
        if w.eq_ignore_ascii_case(word) {
            return *lex;
        }
        h = (h + 1) % SLOTS;
    }
}

/// A number written as a word ("two days ago"), from `assets/numbers.txt`: one and the
/// cardinals (the words that count in hundreds and dozens count nothing alone).
pub fn number_word(w: &str) -> Option<i64> {
    static WORDS: LazyLock<Vec<(&str, i64)>> = LazyLock::new(|| {
        let numbers = NUMBERS.list();
        let words = numbers
            .section("one")
            .iter()
            .chain(numbers.section("cardinal"));
        words
            .filter_map(|e| Some((e.key(), e.column(0)?.parse().ok()?)))
            .collect()
    });
    WORDS
        .iter()
        .find(|(x, _)| x.eq_ignore_ascii_case(w))
        .map(|&(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words_from_the_calendar_and_key_words_from_the_rules() {
        assert_eq!(classify(b"Monday"), Lex::Weekday(0));
        assert_eq!(classify(b"SUNDAY"), Lex::Weekday(6));
        assert_eq!(classify(b"may"), Lex::Month(5));
        assert_eq!(classify(b"Sept"), Lex::MonthAbbr(9));
        assert_eq!(classify(b"weekends"), Lex::Unit(Unit::Weekend));
        assert_eq!(classify(b"decades"), Lex::Unit(Unit::Decade));
        assert_eq!(classify(b"tonight"), Lex::Tonight);
        assert_eq!(classify(b"evening"), Lex::Part(PartOfDay::Evening));
        assert_eq!(classify(b"Valentine"), Lex::Holiday);
        assert_eq!(classify(b"new"), Lex::Key(Key::New));
        // Weekday abbreviations are ordinary words to the scanner.
        assert_eq!(classify(b"sat"), Lex::None);
        assert_eq!(classify(b"harbour"), Lex::None);
        assert!(is_calendar_word(b"March") && !is_calendar_word(b"last"));
        assert_eq!(TABLE.words.len(), 94);
        assert_eq!(classify(b"Thanksgiving"), Lex::Holiday);
        assert_eq!(classify(b"Nineteen"), Lex::Century);
        assert_eq!(classify(b"autumn"), Lex::Season(9));
        assert_eq!(classify(b"Third"), Lex::Key(Key::Ordinal));
        assert_eq!(classify(b"quarters"), Lex::Unit(Unit::Quarter));
        assert_eq!(number_word("Twelve"), Some(12));
        assert_eq!(number_word("fifteen"), Some(15));
        assert_eq!(number_word("one"), Some(1));
        assert_eq!(number_word("dozen"), None);
    }
}
