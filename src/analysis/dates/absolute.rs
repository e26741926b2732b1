//! Calendar expressions: ISO dates, "March 20, 2023", "20 March", "Sept. 11", "February 2022",
//! "February last year", a month alone after a preposition, a year in a year's place.

use super::lexicon::{Key, Lex, number_word};
use super::lists::{Words, lists, lower};
use super::relative::named;
use super::resolve::{Sem, Shift};
use super::scan::{Match, Scan};
use super::{Granularity, TimeValue};
use crate::date::Date;
use crate::text::token::Kind;

/// Words after which a four-digit number is an adjective ("the 2022 elections"), so a plural
/// noun after it does not make it a count.
const ADJECTIVAL: [&str; 7] = ["the", "a", "an", "fiscal", "early", "late", "mid"];
/// The articles, before a month that dates a noun ("the October vote").
const ARTICLES: [&str; 3] = ["the", "a", "an"];
/// Words that can join a given name as well as a month ("Bob and June Smith").
const NAME_JOINERS: [&str; 6] = ["and", "or", "of", "to", "by", "from"];
/// Counted nouns that do not end in "s" ("of 2000 people").
const COUNTED: [&str; 4] = ["people", "children", "men", "women"];

fn abs(start: Date, granularity: Granularity) -> Sem {
    Sem::Abs(TimeValue { start, granularity })
}

/// A day of the month at `i` ("20", "20th"): the day and the index after it.
pub fn day_at(sc: &Scan, i: usize) -> Option<(u8, usize)> {
    let (d, n) = sc.num(i)?;
    if n > 2 || !(1..=31).contains(&d) {
        return None;
    }
    let mut j = i + 1;
    if sc.glued(j) && sc.any_word(j, &["st", "nd", "rd", "th"]) {
        j += 1;
    }
    // "20,000", "20.5", "20:30", "20km" are not days.
    let glued_num = sc.glued(j + 1) && sc.kind(j + 1) == Some(Kind::Number);
    if sc.glued(j)
        && (sc.kind(j) == Some(Kind::Word)
            || ((sc.punct(j, ',') || sc.punct(j, '.') || sc.punct(j, ':')) && glued_num))
    {
        return None;
    }
    Some((d as u8, j))
}

/// The year after a day, over the comma news puts between them ("March 20, 2023").
fn year_after_day(sc: &Scan, k: usize) -> Option<(i32, usize)> {
    year_at(sc, if sc.punct(k, ',') { k + 1 } else { k })
}

/// A year at `i`: four digits that are not part of a longer number, a decade ("1990s"), a
/// range ("2022-23") or a code ("F2022").
pub fn year_at(sc: &Scan, i: usize) -> Option<(i32, usize)> {
    if sc.kind(i) == Some(Kind::Word) {
        return spelled_year(sc, i);
    }
    let (y, n) = sc.num(i)?;
    if n != 4 || !(1000..=2199).contains(&y) {
        return None;
    }
    if sc.glued(i) && !sc.punct(i - 1, '(') && !sc.after_part_hyphen(i) {
        return None;
    }
    let j = i + 1;
    if sc.glued(j) {
        let joined = sc.glued(j + 1) && sc.kind(j + 1) == Some(Kind::Number);
        if sc.kind(j) == Some(Kind::Word)
            || (joined && (sc.punct(j, ',') || sc.punct(j, '.') || sc.punct(j, '-')))
        {
            return None;
        }
    }
    Some((y as i32, j))
}

/// A number from ten to ninety-nine written out at `i` ("ninety-six", "twelve"): its value
/// and the index after it.
fn spelled_tens(sc: &Scan, i: usize) -> Option<(i32, usize)> {
    let n = number_word(sc.text(i)).filter(|n| (10..100).contains(n))?;
    if n >= 20 && n % 10 == 0 && sc.punct(i + 1, '-') && sc.glued(i + 1) && sc.glued(i + 2) {
        let unit = number_word(sc.text(i + 2)).filter(|u| (1..10).contains(u))?;
        return Some(((n + unit) as i32, i + 3));
    }
    Some((n as i32, i + 1))
}

/// A year written out, as transcripts write it: "nineteen ninety-six", "eighteen twelve",
/// "two thousand", "two thousand and one". The century word is needed: "ninety-six" alone is
/// a count.
fn spelled_year(sc: &Scan, i: usize) -> Option<(i32, usize)> {
    if sc.any_word(i, &["eighteen", "nineteen"]) {
        let century = if sc.word(i, "eighteen") { 1800 } else { 1900 };
        let (n, e) = spelled_tens(sc, i + 1)?;
        return Some((century + n, e));
    }
    if !(sc.word(i, "two") && sc.word(i + 1, "thousand")) {
        return None;
    }
    let j = i + 2 + usize::from(sc.word(i + 2, "and"));
    let one = number_word(sc.text(j)).filter(|n| (1..10).contains(n));
    match (spelled_tens(sc, j), one) {
        (Some((n, e)), _) => Some((2000 + n, e)),
        (None, Some(n)) => Some((2000 + n as i32, j + 1)),
        _ => Some((2000, i + 2)),
    }
}

/// A month name at `i`: the month and the index after it. Abbreviations count only with their
/// period or a day after them ("Sept. 11", "Jan 5"), so "Jan Egeland" is no month.
pub fn month_at(sc: &Scan, i: usize) -> Option<(u8, usize)> {
    if !sc.cap(i) {
        return None;
    }
    match sc.lex(i) {
        Lex::Month(m) => Some((m, i + 1)),
        Lex::MonthAbbr(m) if sc.punct(i + 1, '.') && sc.glued(i + 1) => Some((m, i + 2)),
        Lex::MonthAbbr(m) if day_at(sc, i + 1).is_some() => Some((m, i + 1)),
        _ => None,
    }
}

/// "last year" → -1, "this year" → 0, "next year" → 1, at `k`.
fn relative_year(sc: &Scan, k: usize) -> Option<i32> {
    if !sc.word(k + 1, "year") {
        return None;
    }
    [("last", -1), ("this", 0), ("next", 1)]
        .iter()
        .find(|(w, _)| sc.word(k, w))
        .map(|&(_, n)| n)
}

fn prev_in(sc: &Scan, i: usize, set: &Words) -> bool {
    let mut buf = [0u8; 24];
    i > 0
        && sc.kind(i - 1) == Some(Kind::Word)
        && lower(sc.text(i - 1), &mut buf).is_some_and(|w| set.contains(w))
}

/// "2023-03-20".
pub fn iso(sc: &Scan, i: usize) -> Option<Match> {
    let (y, 4) = sc.num(i)? else { return None };
    let parts = [i + 1, i + 2, i + 3, i + 4];
    if !parts.iter().all(|&k| sc.glued(k)) || !sc.punct(i + 1, '-') || !sc.punct(i + 3, '-') {
        return None;
    }
    let ((m, 2), (d, 2)) = (sc.num(i + 2)?, sc.num(i + 4)?) else {
        return None;
    };
    let date = Date::new(y as i32, m as u8, d as u8)?;
    Some(Match::new(i, i + 5, abs(date, Granularity::Day)))
}

/// A numeric date: "1/6/17", "1/6/2017" month first, as US news writes them (day first
/// when the first number cannot be a month: "25/12/2017"); "6.1.2017" day first, as
/// European writing does, and only with four digits of year, since "1.2.3" is a version. A
/// two-digit year is of this century up to 68, as POSIX reads it.
pub fn numeric(sc: &Scan, i: usize) -> Option<Match> {
    let sep = if sc.punct(i + 1, '/') {
        '/'
    } else if sc.punct(i + 1, '.') {
        '.'
    } else {
        return None;
    };
    if !((i + 1..=i + 4).all(|k| sc.glued(k)) && sc.punct(i + 3, sep)) {
        return None;
    }
    // Not inside a longer run ("1/6/17/3", "v1.2.2024").
    if (sc.glued(i) && sc.kind(i - 1) != Some(Kind::Punct('(')))
        || (sc.glued(i + 5) && !matches!(sc.kind(i + 5), Some(Kind::Punct(',' | ')' | '.' | ';'))))
    {
        return None;
    }
    let ((a, ad), (b, bd), (y, yd)) = (sc.num(i)?, sc.num(i + 2)?, sc.num(i + 4)?);
    if ad > 2 || bd > 2 || !(yd == 4 || (yd == 2 && sep == '/')) {
        return None;
    }
    let year = match yd {
        4 => y as i32,
        _ if y <= 68 => 2000 + y as i32,
        _ => 1900 + y as i32,
    };
    let (month, day) = if sep == '.' || a > 12 { (b, a) } else { (a, b) };
    let date = Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)?;
    Some(Match::new(i, i + 5, abs(date, Granularity::Day)))
}

/// Month first: "March 20", "March 20, 2023", "March 2023", "March of 2023",
/// "February last year", or the month alone after a preposition ("in February").
pub fn month_first(sc: &Scan, i: usize) -> Option<Match> {
    let (m, j) = month_at(sc, i)?;
    if let Some((d, k)) = day_at(sc, j) {
        let with_year = year_after_day(sc, k);
        if let Some((y, e)) = with_year {
            let date = Date::new(y, m, d)?;
            return Some(Match::new(i, e, abs(date, Granularity::Day)));
        }
        return without_year(sc, i, k, m, d);
    }
    let k = if sc.word(j, "of") { j + 1 } else { j };
    if let Some((y, e)) = year_at(sc, k) {
        return Some(Match::new(
            i,
            e,
            abs(Date::new(y, m, 1)?, Granularity::Month),
        ));
    }
    if let Some(years) = relative_year(sc, k) {
        let sem = Sem::MonthOfYear {
            month: m,
            day: None,
            years,
        };
        return Some(Match::new(i, k + 2, sem));
    }
    // A month that dates a noun ("the October vote") is the nearer one whatever the verb:
    // the clause's tense is that of what is said about the thing, not of the thing.
    let shift = if prev_in(sc, i, &lists().before_month) || sc.after_part_hyphen(i) {
        Shift::Bare
    } else if dates_a_noun(sc, i, m, j) {
        Shift::Near
    } else {
        return None;
    };
    // "Bob and June Smith", "the May Day parade": a name goes on with a capital.
    let name_goes_on = sc.kind(j) == Some(Kind::Word)
        && sc.cap(j)
        && sc.any_word(i.wrapping_sub(1), &NAME_JOINERS);
    (!name_goes_on && !named(sc, i)).then(|| Match::new(i, j, Sem::Month { month: m, shift }))
}

/// Whether the month `m` at `i`, ending at `j`, stands between an article and a noun it
/// dates: "the October vote", "a June deal". Not "May", which is also a surname said with an
/// article ("the May government"), nor before a function word ("the March on Rome").
fn dates_a_noun(sc: &Scan, i: usize, m: u8, j: usize) -> bool {
    m != 5 && i > 0 && sc.any_word(i - 1, &ARTICLES) && content_word(sc, j)
}

/// Whether token `j` is a lower-case word that is no function word: a noun or the like
/// ("the October vote", "30 people").
fn content_word(sc: &Scan, j: usize) -> bool {
    let mut buf = [0u8; 24];
    sc.kind(j) == Some(Kind::Word)
        && !sc.cap(j)
        && lower(sc.text(j), &mut buf)
            .is_some_and(|w| !crate::analysis::lexicon::function_words().contains(w))
}

/// Day first: "20 March", "20th of March", "20 March 2023".
pub fn day_first(sc: &Scan, i: usize) -> Option<Match> {
    let (d, j) = day_at(sc, i)?;
    let k = if sc.word(j, "of") { j + 1 } else { j };
    let (m, e) = month_at(sc, k)?;
    if let Some((y, e2)) = year_at(sc, e) {
        let date = Date::new(y, m, d)?;
        return Some(Match::new(i, e2, abs(date, Granularity::Day)));
    }
    without_year(sc, i, e, m, d)
}

/// The words that join the days of a range or a list within one month: "April 24 and 25",
/// "March 20-22", "May 3 to 5".
const DAY_JOINERS: [&str; 4] = ["and", "or", "to", "through"];

/// The second day of a range or list in one month, written as a bare number after the first
/// ("April 24 and 25", "March 20-22"): a day of the same month, with the year written after
/// it if any. The first day is matched on its own. A number with a noun after it is a count
/// ("on May 2 and 30 people died"), not a day.
pub fn second_day(sc: &Scan, i: usize) -> Option<Match> {
    let (d, j) = day_at(sc, i)?;
    let joined =
        i >= 3 && (sc.any_word(i - 1, &DAY_JOINERS) || (sc.punct(i - 1, '-') && sc.glued(i)));
    if !joined || content_word(sc, j) {
        return None;
    }
    let first = i - 2;
    // The first day is an earlier one of the month: "April 24 and 25".
    let (fd, digits) = sc.num(first)?;
    if digits > 2 || fd == 0 || fd >= u32::from(d) {
        return None;
    }
    // The month before the first day: "April 24", "Sept. 24".
    let month = [first.checked_sub(1), first.checked_sub(2)]
        .into_iter()
        .flatten()
        .find_map(|k| month_at(sc, k).filter(|&(_, e)| e == first))
        .map(|(m, _)| m)?;
    let with_year = year_after_day(sc, j);
    if let Some((y, e)) = with_year {
        let date = Date::new(y, month, d)?;
        return Some(Match::new(i, e, abs(date, Granularity::Day)));
    }
    Date::new(2000, month, d)?;
    Some(Match::new(i, j, Sem::MonthDay { month, day: d }))
}

/// A day and month ending at `k` with no year written: "last year" may follow it.
fn without_year(sc: &Scan, i: usize, k: usize, month: u8, day: u8) -> Option<Match> {
    // Checked against a leap year, so "February 29" stays possible.
    Date::new(2000, month, day)?;
    let of = usize::from(sc.word(k, "of"));
    if let Some(years) = relative_year(sc, k + of) {
        let sem = Sem::MonthOfYear {
            month,
            day: Some(day),
            years,
        };
        return Some(Match::new(i, k + of + 2, sem));
    }
    Some(Match::new(i, k, Sem::MonthDay { month, day }))
}

/// A year with nothing else: "in 2022", "since 2014", "the 2022 invasion", "2022's".
/// Elsewhere four digits are a count ("of 2000 troops").
pub fn bare_year(sc: &Scan, i: usize) -> Option<Match> {
    let (y, e) = year_at(sc, i)?;
    // A year written out is one wherever it stands ("Atlanta, nineteen ninety-six.").
    if sc.kind(i) == Some(Kind::Word) {
        return year_value(i, e, y);
    }
    let possessive = sc.possessive(e);
    // "the company's 1989 results": a year after a possessive dates the noun.
    let owned = i >= 2 && sc.word(i - 1, "s") && sc.possessive(i - 2);
    if !possessive && !owned && !prev_in(sc, i, &lists().before_year) {
        return None;
    }
    let adjectival = owned || (i > 0 && sc.any_word(i - 1, &ADJECTIVAL));
    if !possessive && !adjectival && sc.kind(e) == Some(Kind::Word) && !sc.cap(e) {
        let next = sc.text(e);
        let plural = next.len() > 4 && next.ends_with('s');
        if plural || COUNTED.iter().any(|c| c.eq_ignore_ascii_case(next)) {
            return None;
        }
    }
    year_value(i, e, y)
}

/// A year already known to be one (after "early", "mid-").
pub fn year_value(i: usize, e: usize, y: i32) -> Option<Match> {
    Some(Match::new(
        i,
        e,
        abs(Date::new(y, 1, 1)?, Granularity::Year),
    ))
}

/// A holiday: "Christmas Eve", "New Year's Day", "Boxing Day" on their day; "Thanksgiving",
/// "Labor Day", "Election Day" on their weekday of the year found.
pub fn holiday(sc: &Scan, i: usize) -> Option<Match> {
    if !sc.cap(i) || !matches!(sc.lex(i), Lex::Holiday | Lex::Key(Key::New)) {
        return None;
    }
    lists()
        .holidays
        .iter()
        .find_map(|(words, month, day, weekday)| {
            let mut k = i;
            for w in words {
                let (stem, possessive) = match w.strip_suffix("'s") {
                    Some(stem) => (stem, true),
                    None => (*w, false),
                };
                if sc.kind(k) != Some(Kind::Word) || sc.text(k) != stem {
                    return None;
                }
                k += 1;
                if possessive {
                    if !sc.possessive(k) {
                        return None;
                    }
                    k += 2;
                }
            }
            let (month, day) = (*month, *day);
            let sem = match *weekday {
                Some(weekday) => Sem::Holiday {
                    month,
                    day,
                    weekday: Some(weekday),
                    shift: Shift::Bare,
                },
                None => Sem::MonthDay { month, day },
            };
            Some(Match::new(i, k, sem))
        })
}
