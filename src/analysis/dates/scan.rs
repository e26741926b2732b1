//! The scanner's loop: tries each pattern at each token, left to right, extends day
//! expressions with a clock time ("Monday at 4:30 p.m."), and turns matches into [`TimeExpr`]s.

use super::lexicon::{Key, Lex, Unit};
use super::resolve::Sem;
use super::{
    PartOfDay, TimeExpr, TimeKind, absolute, anchored, context, periods, relative, seasons,
};
use crate::date::Date;
use crate::text::token::{Kind, Token};

/// A sentence's tokens with the helpers every pattern uses.
pub struct Scan<'a> {
    pub sentence: &'a str,
    pub tokens: &'a [Token],
    /// What the date word lists say of each token.
    pub lex: &'a [Lex],
}

/// A match: tokens `start..end`, and what they mean.
#[derive(Debug)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub part: Option<PartOfDay>,
    pub time: Option<(u8, u8)>,
}

impl Match {
    pub fn new(start: usize, end: usize, sem: Sem) -> Match {
        Match {
            start,
            end,
            sem,
            part: None,
            time: None,
        }
    }
}

impl<'a> Scan<'a> {
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.sentence.get(t.span.range()))
            .unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn lex(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or(Lex::None)
    }

    pub fn cap(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.cap)
    }

    /// Token `i` is the word `w`, case ignored.
    #[inline]
    pub fn word(&self, i: usize, w: &str) -> bool {
        // The length first: most comparisons fail there, without touching the text.
        self.tokens.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && t.span.len() == w.len()
                && self
                    .sentence
                    .as_bytes()
                    .get(t.span.range())
                    .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
        })
    }

    pub fn any_word(&self, i: usize, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.word(i, w))
    }

    pub fn punct(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.mark() == Some(c))
    }

    /// Token `i` follows token `i - 1` with no space between.
    pub fn glued(&self, i: usize) -> bool {
        i > 0
            && i < self.tokens.len()
            && self.tokens[i].span.start() == self.tokens[i - 1].span.end()
    }

    /// The value of number token `i` and its digit count.
    pub fn num(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(Kind::Number) {
            return None;
        }
        let s = self.text(i);
        if s.len() > 9 {
            return None;
        }
        Some((s.parse().ok()?, s.len()))
    }

    /// Token `i` is glued after "early-", "late-" or "mid-" ("mid-1990", "late-November"):
    /// the compound names a part of the period, so the period is a date wherever it stands.
    pub fn after_part_hyphen(&self, i: usize) -> bool {
        i >= 2
            && self.punct(i - 1, '-')
            && self.glued(i - 1)
            && self.glued(i)
            && self.any_word(i - 2, &PART_MODIFIERS)
    }

    /// Token `i` is a possessive `'s` glued to the token before it.
    pub fn possessive(&self, i: usize) -> bool {
        self.punct(i, '\'') && self.glued(i) && self.word(i + 1, "s") && self.glued(i + 1)
    }

    /// "a.m."/"p.m."/"am"/"pm" at `i`: the index after it, and whether it is p.m.
    fn meridiem(&self, i: usize) -> Option<(usize, bool)> {
        let pm = if self.word(i, "a") {
            false
        } else if self.word(i, "p") {
            true
        } else if self.any_word(i, &["am", "pm"]) {
            return Some((i + 1, self.word(i, "pm")));
        } else {
            return None;
        };
        if !(self.punct(i + 1, '.') && self.glued(i + 1) && self.word(i + 2, "m")) {
            return None;
        }
        let end = if self.punct(i + 3, '.') && self.glued(i + 3) {
            i + 4
        } else {
            i + 3
        };
        Some((end, pm))
    }

    /// A clock time at `i` ("4:30 p.m.", "9 a.m.", "21:00", "noon"): end index, hour, minute.
    pub fn time(&self, i: usize) -> Option<(usize, u8, u8)> {
        if self.lex(i) != Lex::Key(Key::Clock) && self.kind(i) != Some(Kind::Number) {
            return None;
        }
        if self.word(i, "noon") {
            return Some((i + 1, 12, 0));
        }
        if self.word(i, "midnight") {
            return Some((i + 1, 0, 0));
        }
        let (h, hd) = self.num(i)?;
        if hd > 2 || h > 23 {
            return None;
        }
        let (mut end, mut m) = (i + 1, 0);
        let mut colon = false;
        if self.punct(i + 1, ':') && self.glued(i + 1) && self.glued(i + 2) {
            let (mm, md) = self.num(i + 2)?;
            if md != 2 || mm > 59 {
                return None;
            }
            (end, m, colon) = (i + 3, mm, true);
        }
        match self.meridiem(end) {
            Some((e, pm)) if (1..=12).contains(&h) => {
                let h12 = h % 12;
                Some((e, (if pm { h12 + 12 } else { h12 }) as u8, m as u8))
            }
            Some(_) => None,
            None if colon => Some((end, h as u8, m as u8)),
            None => None,
        }
    }
}

/// The words that name a part of a period before it: "early 1990", "late-November", "the
/// mid summer".
pub const PART_MODIFIERS: [&str; 3] = ["early", "late", "mid"];

/// Every pattern that can start at token `i`, most specific first. Each opens on a number, a
/// calendar word or a key word, so the word decides which to try.
fn core(sc: &Scan, i: usize, floor: usize) -> Option<Match> {
    match sc.lex(i) {
        _ if sc.kind(i) == Some(Kind::Number) => absolute::iso(sc, i)
            .or_else(|| absolute::numeric(sc, i))
            .or_else(|| absolute::day_first(sc, i))
            .or_else(|| absolute::second_day(sc, i))
            .or_else(|| periods::quarter(sc, i))
            .or_else(|| absolute::bare_year(sc, i)),
        Lex::Key(Key::The) => anchored::eve(sc, i)
            .or_else(|| relative::the_weekend(sc, i))
            .or_else(|| relative::week_of(sc, i))
            .or_else(|| anchored::that_day(sc, i))
            .or_else(|| anchored::that_year(sc, i))
            .or_else(|| anchored::that_month(sc, i))
            .or_else(|| periods::quarter(sc, i))
            .or_else(|| periods::the_year(sc, i))
            .or_else(|| seasons::season(sc, i)),
        Lex::Key(Key::Ordinal) => periods::quarter(sc, i),
        Lex::Key(Key::Fiscal) => periods::quarter(sc, i).or_else(|| periods::fiscal_year(sc, i)),
        Lex::Key(Key::That) => anchored::that_day(sc, i)
            .or_else(|| anchored::that_year(sc, i))
            .or_else(|| anchored::that_month(sc, i)),
        Lex::Key(Key::Shift) => periods::year_quarter(sc, i).or_else(|| relative::shifted(sc, i)),
        Lex::Key(Key::Modifier) => seasons::season(sc, i).or_else(|| relative::modified(sc, i)),
        Lex::Season(_) => seasons::season(sc, i),
        Lex::Century => absolute::bare_year(sc, i),
        Lex::Key(Key::New) | Lex::Holiday => absolute::holiday(sc, i),
        Lex::Today | Lex::Yesterday | Lex::Tomorrow | Lex::Tonight => relative::deictic(sc, i),
        Lex::Weekday(_) => relative::weekday(sc, i),
        Lex::Month(_) | Lex::MonthAbbr(_) => absolute::month_first(sc, i),
        Lex::Unit(Unit::Year) => relative::ago(sc, i, floor)
            .or_else(|| periods::year_before(sc, i))
            .or_else(|| periods::year_end(sc, i)),
        Lex::Unit(_) => relative::ago(sc, i, floor),
        _ => None,
    }
}

/// Extends a day expression with a clock time after it ("Monday at 4:30 p.m.").
fn time_after(sc: &Scan, f: &mut Match) {
    let mut j = f.end;
    if sc.punct(j, ',') {
        j += 1;
    }
    if sc.any_word(j, &["at", "around", "about"]) {
        j += 1;
    }
    if let Some((end, h, m)) = sc.time(j) {
        f.end = end;
        f.time = Some((h, m));
    }
}

/// Words for a part of a period: "the end of 1990", "the beginning of October".
const PART_OF: [&str; 4] = ["end", "beginning", "middle", "start"];

/// Widens a match over "the end of", "the beginning of" before a period (a year, a month, a
/// week): the phrase names a time within it, so it keeps the period's value, and it is one
/// expression. Before a day it is the start of what happened that day ("the start of
/// Tuesday's talks"). "around" before a calendar date is part of it too ("around Nov. 1",
/// "around year end"): the date is approximate, not another one.
fn part_before(sc: &Scan, f: &mut Match, floor: usize) {
    if f.start > floor && sc.word(f.start - 1, "around") && f.sem.kind() == TimeKind::Calendar {
        f.start -= 1;
        return;
    }
    // "its fourth quarter", "their latest quarter": a company's own period, one expression.
    if f.start > floor
        && sc.any_word(f.start - 1, &["its", "their"])
        && matches!(f.sem, Sem::Quarter { .. } | Sem::Story { .. })
    {
        f.start -= 1;
        return;
    }
    let s = f.start;
    if s >= floor + 3
        && sc.word(s - 1, "of")
        && sc.any_word(s - 2, &PART_OF)
        && sc.word(s - 3, "the")
        && !f.sem.is_day()
        && !matches!(f.sem, Sem::Anchor(_) | Sem::Eve(_))
    {
        f.start = s - 3;
    }
}

/// The words that leave a date's far side open: "1994 or later", "1990 and beyond", "May
/// or earlier".
const OPEN_END: [(&str, &str); 5] = [
    ("or", "later"),
    ("or", "earlier"),
    ("or", "sooner"),
    ("and", "beyond"),
    ("and", "later"),
];

/// Widens a calendar date over an open end after it ("until 1994 or later"): the date is
/// still its start, and the phrase is one expression, not a date and a stray word.
fn open_end(sc: &Scan, f: &mut Match) {
    if f.sem.kind() == TimeKind::Calendar
        && OPEN_END
            .iter()
            .any(|(a, b)| sc.word(f.end, a) && sc.word(f.end + 1, b))
    {
        f.end += 2;
    }
}

/// A clock time followed by a day ("4:30 p.m. Monday", "9 a.m. on Tuesday"). A time with no day
/// is not a date, so nothing is returned for it.
fn time_before(sc: &Scan, i: usize, floor: usize) -> Option<Match> {
    let (end, h, m) = sc.time(i)?;
    let j = if sc.word(end, "on") || sc.punct(end, ',') {
        end + 1
    } else {
        end
    };
    let mut f = core(sc, j, floor).filter(|f| f.sem.is_day() && f.start == j)?;
    f.start = i;
    f.time = Some((h, m));
    Some(f)
}

/// All expressions in the sentence, resolved.
pub fn run(s: &str, t: &[Token], lex: &[Lex], published: Option<Date>) -> Vec<TimeExpr> {
    let sc = Scan {
        sentence: s,
        tokens: t,
        lex,
    };
    let mut found = Vec::new();
    let (mut i, mut floor) = (0, 0);
    while i < sc.len() {
        let clock = sc.kind(i) == Some(Kind::Number) || sc.lex(i) == Lex::Key(Key::Clock);
        let next = clock
            .then(|| time_before(&sc, i, floor))
            .flatten()
            .or_else(|| {
                let mut f = core(&sc, i, floor)?;
                if f.sem.is_day() && f.time.is_none() {
                    time_after(&sc, &mut f);
                }
                part_before(&sc, &mut f, floor);
                open_end(&sc, &mut f);
                Some(f)
            });
        let Some(f) = next.filter(|f| f.start < f.end && f.end <= t.len()) else {
            i += 1;
            continue;
        };
        i = f.end.max(i + 1);
        floor = i;
        found.push(f);
    }
    context::settle(&sc, found, published)
}
