//! The date scanner's vocabulary: the calendar words every temporal expression is built on
//! (weekdays, months, "yesterday", "week", "ago"), classified without allocating, and the word
//! lists from `assets/dates/` that decide tense and context.

use super::PartOfDay;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

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

/// What a word is to the date scanner. Anything but `None` makes a sentence worth scanning.
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
}

/// Classifies one word (ASCII letters; case ignored). Words longer than nine letters are never
/// calendar words, so a fixed stack buffer suffices.
pub fn classify(word: &[u8]) -> Lex {
    if word.len() < 3 || word.len() > 9 {
        return Lex::None;
    }
    let mut buf = [0u8; 9];
    for (b, w) in buf.iter_mut().zip(word) {
        *b = w.to_ascii_lowercase();
    }
    use Lex::*;
    match &buf[..word.len()] {
        b"monday" => Weekday(0),
        b"tuesday" => Weekday(1),
        b"wednesday" => Weekday(2),
        b"thursday" => Weekday(3),
        b"friday" => Weekday(4),
        b"saturday" => Weekday(5),
        b"sunday" => Weekday(6),
        b"january" => Month(1),
        b"february" => Month(2),
        b"march" => Month(3),
        b"april" => Month(4),
        b"may" => Month(5),
        b"june" => Month(6),
        b"july" => Month(7),
        b"august" => Month(8),
        b"september" => Month(9),
        b"october" => Month(10),
        b"november" => Month(11),
        b"december" => Month(12),
        b"jan" => MonthAbbr(1),
        b"feb" => MonthAbbr(2),
        b"mar" => MonthAbbr(3),
        b"apr" => MonthAbbr(4),
        b"jun" => MonthAbbr(6),
        b"jul" => MonthAbbr(7),
        b"aug" => MonthAbbr(8),
        b"sep" | b"sept" => MonthAbbr(9),
        b"oct" => MonthAbbr(10),
        b"nov" => MonthAbbr(11),
        b"dec" => MonthAbbr(12),
        b"today" => Today,
        b"yesterday" => Yesterday,
        b"tomorrow" => Tomorrow,
        b"tonight" => Tonight,
        b"day" | b"days" => Unit(self::Unit::Day),
        b"week" | b"weeks" => Unit(self::Unit::Week),
        b"weekend" | b"weekends" => Unit(self::Unit::Weekend),
        b"month" | b"months" => Unit(self::Unit::Month),
        b"year" | b"years" => Unit(self::Unit::Year),
        b"decade" | b"decades" => Unit(self::Unit::Decade),
        b"eve" => Eve,
        b"ago" => Ago,
        b"morning" => Part(PartOfDay::Morning),
        b"afternoon" => Part(PartOfDay::Afternoon),
        b"evening" => Part(PartOfDay::Evening),
        b"night" => Part(PartOfDay::Night),
        b"christmas" | b"boxing" | b"valentine" | b"halloween" => Holiday,
        _ => None,
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

/// The word lists of `assets/dates/`, parsed once.
pub struct Lists {
    pub past: HashSet<&'static str>,
    pub not_past_ed: HashSet<&'static str>,
    pub adjective_markers: HashSet<&'static str>,
    /// Single-word future cues.
    pub future: HashSet<&'static str>,
    /// Two-word future cues: first word → the words that must follow it.
    pub future_pairs: HashMap<&'static str, Vec<&'static str>>,
    pub clause_breaks: HashSet<&'static str>,
    pub before_month: HashSet<&'static str>,
    pub before_year: HashSet<&'static str>,
    /// Names containing a calendar word, as word sequences.
    pub not_dates: Vec<Vec<&'static str>>,
    /// Fixed-day holidays: name as words, month, day.
    pub holidays: Vec<(Vec<&'static str>, u8, u8)>,
    pub past_plans: HashSet<&'static str>,
    pub linking_verbs: HashSet<&'static str>,
}

/// The entries of an embedded list: one a line, `#` starts a comment.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

pub fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut future = HashSet::new();
        let mut future_pairs: HashMap<&str, Vec<&str>> = HashMap::new();
        for e in entries(include_str!("../../../assets/dates/future_cues.txt")) {
            match e.split_once(' ') {
                Some((a, b)) => future_pairs.entry(a).or_default().push(b.trim()),
                None => {
                    future.insert(e);
                }
            }
        }
        Lists {
            past: entries(include_str!("../../../assets/dates/past_verbs.txt")).collect(),
            not_past_ed: entries(include_str!("../../../assets/dates/not_past_ed.txt")).collect(),
            adjective_markers: entries(include_str!("../../../assets/dates/adjective_markers.txt"))
                .collect(),
            future,
            future_pairs,
            clause_breaks: entries(include_str!("../../../assets/dates/clause_breaks.txt"))
                .collect(),
            before_month: entries(include_str!("../../../assets/dates/before_month.txt")).collect(),
            before_year: entries(include_str!("../../../assets/dates/before_year.txt")).collect(),
            not_dates: entries(include_str!("../../../assets/dates/not_dates.txt"))
                .map(|e| e.split_whitespace().collect())
                .collect(),
            holidays: entries(include_str!("../../../assets/dates/holidays.txt"))
                .filter_map(holiday)
                .collect(),
            past_plans: entries(include_str!("../../../assets/dates/past_plans.txt")).collect(),
            linking_verbs: entries(include_str!("../../../assets/dates/linking_verbs.txt"))
                .collect(),
        }
    })
}

/// "Boxing Day = 12-26" → (["Boxing", "Day"], 12, 26).
fn holiday(line: &'static str) -> Option<(Vec<&'static str>, u8, u8)> {
    let (name, day) = line.split_once('=')?;
    let (m, d) = day.trim().split_once('-')?;
    let words = name.split_whitespace().collect();
    Some((words, m.parse().ok()?, d.parse().ok()?))
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
