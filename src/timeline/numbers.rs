//! Conflicting numbers: quantities with a unit ("four and a half hours", "12-point", "5 hours",
//! "1,200 troops") read from an event's sentences and compared across sources. Only what can
//! be read reliably counts: a number followed directly by its unit, outside date expressions,
//! not a time of day or a year; and a unit for which one article gives two different values
//! is left alone (it probably counts different things).

use super::index::SentenceIndex;
use super::terms::{Lexicon, flag, key, lower_into, stem, word_text, words};
use super::{NumberConflict, Quantity};
use crate::ids::{ArticleId, SentenceId};
use crate::text::token::Kind;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

/// A quantity found in text: value, unit (singular), bytes of the whole phrase.
#[derive(Debug, PartialEq)]
pub(crate) struct Measured {
    pub value: f64,
    pub unit: String,
    pub span: Range<usize>,
}

fn unit_of(lex: &Lexicon, lower: &str) -> Option<String> {
    let ok = lower.len() >= 3
        && lower.chars().all(char::is_alphabetic)
        // Units of time are stop words and units all the same ("three days").
        && (lex.has(lower, flag::UNIT) || !lex.has(lower, flag::STOP | flag::SPEECH));
    ok.then(|| {
        let mut u = lower.to_string();
        if u.ends_with('s') && !u.ends_with("ss") {
            u.pop();
        }
        u
    })
}

fn number_word(lex: &Lexicon, lower: &str) -> Option<f64> {
    if let Ok(v) = lower.parse::<f64>() {
        return Some(v);
    }
    lex.number(key(lower.as_bytes()))
}

/// The quantities in `text[span]`, skipping `skip` (date expressions).
pub(crate) fn quantities(
    lex: &Lexicon,
    text: &str,
    span: Range<usize>,
    skip: &[Range<usize>],
) -> Vec<Measured> {
    let Some(part) = text.get(span.clone()) else {
        return Vec::new();
    };
    let mut buf = String::new();
    let mut ws = Vec::new();
    words(part, &mut ws);
    let numeric = ws.iter().any(|w| {
        let s = word_text(part, w);
        w.kind == Kind::Number || {
            lower_into(s.split('-').next().unwrap_or(s), &mut buf);
            lex.number(key(buf.as_bytes())).is_some()
        }
    });
    if !numeric {
        return Vec::new();
    }
    // Every word lowercased into one string.
    let mut joined = String::with_capacity(part.len());
    let mut at_ = Vec::with_capacity(ws.len());
    for w in &ws {
        lower_into(word_text(part, w), &mut buf);
        at_.push(joined.len()..joined.len() + buf.len());
        joined.push_str(&buf);
    }
    let low: Vec<&str> = at_.iter().map(|r| &joined[r.clone()]).collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < ws.len() {
        let (a, b) = (
            span.start + ws[k].span.start(),
            span.start + ws[k].span.end(),
        );
        let at = k;
        k += 1;
        if skip.iter().any(|r| a < r.end && b > r.start) {
            continue;
        }
        let w = low[at];
        // "12-point", "four-hour", "13-month-long".
        if w.contains('-') {
            let mut parts = w.split('-');
            if let (Some(n), Some(u)) = (parts.next(), parts.next())
                && let (Some(v), Some(unit)) = (number_word(lex, n), unit_of(lex, u))
            {
                out.push(Measured {
                    value: v,
                    unit,
                    span: a..b,
                });
            }
            continue;
        }
        // A numeral keeps its separators ("1,200", "3.5"): the value without the commas.
        let numeral = ws[at].kind == Kind::Number
            && w.bytes()
                .all(|c| c.is_ascii_digit() || c == b',' || c == b'.');
        let value = if numeral {
            w.replace(',', "").parse().ok()
        } else {
            number_word(lex, w)
        };
        let Some(mut value) = value else {
            continue;
        };
        let mut end = at + 1;
        if numeral {
            // A time ("4:30"), and a plain four-digit number in the range of years.
            if part[ws[at].span.end()..].starts_with(':') {
                continue;
            }
            if w.bytes().all(|c| c.is_ascii_digit()) && (1800.0..=2100.0).contains(&value) {
                continue;
            }
        }
        // "twenty five", "five million", "four and a half".
        while end < ws.len() {
            match number_word(lex, low[end]) {
                Some(m) if m >= 100.0 => value *= m,
                Some(m) if m < 10.0 && value >= 20.0 && value % 10.0 == 0.0 => value += m,
                _ => break,
            }
            end += 1;
        }
        if end + 2 < ws.len() && low[end] == "and" && low[end + 1] == "a" && low[end + 2] == "half"
        {
            value += 0.5;
            end += 3;
        }
        if end < ws.len()
            && let Some(unit) = unit_of(lex, low[end])
            && !part[ws[end - 1].span.end()..ws[end].span.start()]
                .trim()
                .contains(|c: char| !c.is_whitespace())
        {
            out.push(Measured {
                value,
                unit,
                span: a..span.start + ws[end].span.end(),
            });
            k = end + 1;
        }
    }
    out
}

/// The units whose values differ between articles, over an event's parts (article, sentence,
/// bytes).
pub(crate) fn conflicts(
    ix: &SentenceIndex,
    lex: &Lexicon,
    parts: &[(ArticleId, SentenceId, Range<usize>)],
) -> Vec<NumberConflict> {
    // (unit, article) → first quantity; and the units an article gives two values for.
    let mut seen: HashMap<(String, ArticleId), Quantity> = HashMap::new();
    let mut unreliable: HashSet<String> = HashSet::new();
    let mut unit = String::new();
    for (article, sentence, span) in parts {
        let text = ix.text(sentence.index());
        let skip: Vec<Range<usize>> = ix
            .dates(sentence.index())
            .iter()
            .map(|d| d.start..d.end)
            .collect();
        for f in quantities(lex, text, span.clone(), &skip) {
            unit.clear();
            unit.push_str(&f.unit);
            stem(&mut unit);
            match seen.get(&(unit.clone(), *article)) {
                Some(q) if q.value != f.value => {
                    unreliable.insert(unit.clone());
                }
                Some(_) => {}
                None => {
                    let q = Quantity {
                        article: *article,
                        sentence: *sentence,
                        value: f.value,
                        text: text[f.span.clone()].to_string(),
                    };
                    seen.insert((unit.clone(), *article), q);
                }
            }
        }
    }
    let mut by_unit: BTreeMap<String, Vec<Quantity>> = BTreeMap::new();
    for ((u, _), q) in seen {
        if !unreliable.contains(&u) {
            by_unit.entry(u).or_default().push(q);
        }
    }
    let mut out = Vec::new();
    for (_, mut values) in by_unit {
        if values.len() < 2 || values.iter().all(|q| q.value == values[0].value) {
            continue;
        }
        values.sort_by_key(|q| (q.article, q.sentence));
        out.push(NumberConflict {
            unit: unit_name(lex, &values[0].text),
            values,
        });
    }
    out
}

/// The unit as written in a quantity's text, singular ("four hours" → "hour").
fn unit_name(lex: &Lexicon, quantity: &str) -> String {
    let mut buf = String::new();
    let mut ws = Vec::new();
    words(quantity, &mut ws);
    let last = ws.last().map_or("", |w| word_text(quantity, w));
    lower_into(last, &mut buf);
    if let Some(i) = buf.rfind('-') {
        buf.drain(..=i);
    }
    unit_of(lex, &buf).unwrap_or(buf)
}
