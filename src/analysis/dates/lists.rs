//! The word lists of `assets/dates.txt` (tense cues, licensing prepositions, names that are not
//! dates, holidays, ordinals, the words around "the year", seasons) and the clause breaks of
//! `assets/clauses.txt`, read through the one loader, with lookups cheap enough for every token
//! around a time expression.

use crate::date::weekday_names;
use crate::text::hash::{Map, Set};
use crate::text::lexicon::{CLAUSES, DATES, Entry};
use std::sync::OnceLock;

/// A set of words from an asset list.
pub type Words = Set<&'static str>;

/// The date scanner's word lists, parsed once.
pub struct Lists {
    pub past: Words,
    pub not_past_ed: Words,
    pub adjective_markers: Words,
    /// Single-word future cues.
    pub future: Words,
    /// Two-word future cues: first word → the words that must follow it.
    pub future_pairs: Map<&'static str, Vec<&'static str>>,
    pub clause_breaks: Words,
    pub before_month: Words,
    pub before_year: Words,
    /// Names containing a calendar word, as word sequences.
    pub not_dates: Vec<Vec<&'static str>>,
    /// For each word of those names: the names it is in and its place there.
    pub not_dates_by_word: Map<&'static str, Vec<(usize, usize)>>,
    /// Ordinal words and their numbers ("third" 3), for quarters.
    pub ordinals: Vec<(&'static str, u8)>,
    /// Holidays: name as words, month, day, and for one on a weekday the weekday (0 =
    /// Monday), the first on or after that day.
    pub holidays: Vec<(Vec<&'static str>, u8, u8, Option<u8>)>,
    /// Words between "the" and "year" that keep it publication's ("the full year").
    pub this_year: Words,
    /// Words after "the year" that make it some other year ("the year before").
    pub not_this_year: Words,
    /// Seasons and the month each opens in ("summer" 6).
    pub seasons: Vec<(&'static str, u8)>,
    pub past_plans: Words,
    pub linking_verbs: Words,
    /// Verbs that put something off to a later day, by stem ("adjourn", "postpone").
    pub defer: Vec<&'static str>,
    /// Every word of the tense lists with its [`flag`]s, so one lookup answers all of them.
    pub flags: FlagTable,
}

/// What a word is in the tense lists.
pub mod flag {
    pub const PAST: u16 = 1;
    pub const NOT_PAST_ED: u16 = 1 << 1;
    pub const ADJECTIVE_MARKER: u16 = 1 << 2;
    pub const FUTURE: u16 = 1 << 3;
    /// The first word of a two-word future cue ("set to").
    pub const FUTURE_PAIR: u16 = 1 << 4;
    pub const CLAUSE_BREAK: u16 = 1 << 5;
    pub const PAST_PLAN: u16 = 1 << 6;
    pub const LINKING: u16 = 1 << 7;
}

/// The [`flag`]s of `word` (any case).
pub fn flags(word: &str) -> u16 {
    lists().flags.get(word.as_bytes())
}

/// Words to flags, looked up for every token around a time expression: an open-addressing
/// table keyed like [`TABLE`], compared without case and without copying the word.
pub struct FlagTable {
    slots: Vec<u16>,
    entries: Vec<(&'static [u8], u16)>,
}

const FLAG_SLOTS: usize = 2048;

/// Like [`hash`], for words of any length above zero.
fn short_hash(word: &[u8]) -> usize {
    let n = word.len();
    let keys = [
        n as u8,
        word[0].to_ascii_lowercase(),
        word[n.min(2) - 1].to_ascii_lowercase(),
        word[n - 1].to_ascii_lowercase(),
    ];
    let mut h: u32 = 2_166_136_261;
    for k in keys {
        h = (h ^ u32::from(k)).wrapping_mul(16_777_619);
    }
    (h ^ (h >> 15)) as usize % FLAG_SLOTS
}

impl FlagTable {
    fn new(words: Map<&'static str, u16>) -> FlagTable {
        let mut t = FlagTable {
            slots: vec![0; FLAG_SLOTS],
            entries: Vec::new(),
        };
        // Fewer than a slot's worth of words: the lists are short, and a full table would
        // loop forever on a miss, so stop well before.
        for (w, f) in words.into_iter().take(FLAG_SLOTS / 2) {
            if w.is_empty() {
                continue;
            }
            let mut h = short_hash(w.as_bytes());
            while t.slots[h] != 0 {
                h = (h + 1) % FLAG_SLOTS;
            }
            t.entries.push((w.as_bytes(), f));
            t.slots[h] = t.entries.len() as u16;
        }
        t
    }

    pub fn get(&self, word: &[u8]) -> u16 {
        if word.is_empty() {
            return 0;
        }
        let mut h = short_hash(word);
        loop {
            let Some(k) = self.slots[h].checked_sub(1) else {
                return 0;
            };
            let (w, f) = self.entries[usize::from(k)];
            if w.eq_ignore_ascii_case(word) {
                return f;
            }
            h = (h + 1) % FLAG_SLOTS;
        }
    }
}

/// The entries of a section of `assets/dates.txt`, as written.
fn words(section: &str) -> impl Iterator<Item = &'static str> {
    DATES.list().section(section).iter().map(|e| e.key())
}

pub fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut future = Words::default();
        let mut future_pairs: Map<&str, Vec<&str>> = Map::default();
        for e in words("future") {
            match e.split_once(' ') {
                Some((a, b)) => future_pairs.entry(a).or_default().push(b.trim()),
                None => {
                    future.insert(e);
                }
            }
        }
        let mut lists = Lists {
            past: words("past").collect(),
            not_past_ed: words("not-past-ed").collect(),
            adjective_markers: words("adjective-marker").collect(),
            future,
            future_pairs,
            clause_breaks: CLAUSES.list().entries().map(|e| e.key()).collect(),
            before_month: words("before-month").collect(),
            before_year: words("before-year").collect(),
            not_dates: words("not-date")
                .map(|e| e.split_whitespace().collect())
                .collect(),
            holidays: DATES
                .list()
                .section("holiday")
                .iter()
                .filter_map(holiday)
                .collect(),
            defer: words("defer").collect(),
            ordinals: DATES
                .list()
                .section("ordinal")
                .iter()
                .filter_map(|e| Some((e.key(), e.column(0)?.parse().ok()?)))
                .collect(),
            this_year: words("this-year").collect(),
            not_this_year: words("not-this-year").collect(),
            seasons: DATES
                .list()
                .section("season")
                .iter()
                .filter_map(|e| Some((e.key(), e.column(0)?.parse().ok()?)))
                .collect(),
            past_plans: words("past-plan").collect(),
            linking_verbs: words("linking").collect(),
            flags: FlagTable::new(Map::default()),
            not_dates_by_word: Map::default(),
        };
        for (n, phrase) in lists.not_dates.iter().enumerate() {
            for (p, w) in phrase.iter().enumerate() {
                lists.not_dates_by_word.entry(w).or_default().push((n, p));
            }
        }
        let mut flags: Map<&'static str, u16> = Map::default();
        for (set, f) in [
            (&lists.past, flag::PAST),
            (&lists.not_past_ed, flag::NOT_PAST_ED),
            (&lists.adjective_markers, flag::ADJECTIVE_MARKER),
            (&lists.future, flag::FUTURE),
            (&lists.clause_breaks, flag::CLAUSE_BREAK),
            (&lists.past_plans, flag::PAST_PLAN),
            (&lists.linking_verbs, flag::LINKING),
        ] {
            for w in set {
                *flags.entry(w).or_default() |= f;
            }
        }
        for w in lists.future_pairs.keys() {
            *flags.entry(w).or_default() |= flag::FUTURE_PAIR;
        }
        lists.flags = FlagTable::new(flags);
        lists
    })
}

/// "Boxing Day | 12-26" → (["Boxing", "Day"], 12, 26, None); "Labor Day | 09-01 Monday" →
/// (["Labor", "Day"], 9, 1, Some(0)).
fn holiday(e: &Entry) -> Option<(Vec<&'static str>, u8, u8, Option<u8>)> {
    let mut column = e.column(0)?.split_whitespace();
    let (m, d) = column.next()?.split_once('-')?;
    let weekday = match column.next() {
        Some(w) => Some(weekday_names().iter().position(|n| *n == w)? as u8),
        None => None,
    };
    let words = e.key().split_whitespace().collect();
    Some((words, m.parse().ok()?, d.parse().ok()?, weekday))
}

/// `word` in lower case in `buf`, or `None` when it is too long to be in any list.
pub fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    for (b, w) in buf.iter_mut().zip(bytes) {
        *b = w.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}
