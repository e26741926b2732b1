//! Dated clauses: the part of each story sentence that a date expression dates.
//!
//! News writing dates two things in one sentence: the happening and the act of reporting it
//! ("Xi met Putin on Monday, Peskov said Tuesday"). A date next to a verb of saying or
//! reporting ("said Tuesday", "told reporters on Monday", "Tuesday announced") dates the
//! statement, so it is left out when the sentence dates something else too; when it is the
//! only date, the statement itself is the event ("Blinken said Monday that ..."). A sentence
//! with two dated happenings ("an informal meeting on Monday before formal talks on
//! Tuesday") is cut between them at a clause boundary, and each part is dated by its own
//! expression; a date inside a subordinate clause ("... after the court last week issued a
//! warrant") dates that clause only. Datelines ("March 21 (UPI) --") date the article, not its
//! content.

use super::index::DateSpan;
use super::read::{ReadSentence, gap};
use super::terms::{Lexicon, flag, lower_into};
use crate::analysis::{Analysis, TimeValue};
use crate::corpus::Article;
use std::ops::Range;

/// What a clause is dated by: a resolved time, or (in an article without a publication date,
/// where "on Monday" cannot be resolved) the expression as written, lowercased.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Key {
    Time(TimeValue),
    Written(String),
}

impl Key {
    pub fn value(&self) -> Option<TimeValue> {
        match self {
            Key::Time(v) => Some(*v),
            Key::Written(_) => None,
        }
    }
}

/// A dated part of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Clause {
    pub sentence: usize,
    pub article: usize,
    /// Index into [`Analysis::dates`] of the expression dating it.
    pub date: usize,
    pub key: Key,
    /// The clause's own bytes in the article text.
    pub own: Range<usize>,
    /// Parts of the sentence that only report (who said it, when): not the event's content.
    pub dropped: Vec<Range<usize>>,
    /// Dated only by the act of saying it: the statement is the event.
    pub statement: bool,
}

/// Pushes the dated clauses of a sentence; false when it has no usable date.
pub(crate) fn of_sentence(
    lex: &Lexicon,
    an: &Analysis,
    article: &Article,
    s: &ReadSentence,
    out: &mut Vec<Clause>,
) -> bool {
    let mut usable: Vec<(DateSpan, Key)> = Vec::new();
    let mut first = s.start;
    let mut buf = String::new();
    for d in s.dates {
        let key = match an.dates[d.index].value {
            Some(v) => Key::Time(v),
            // Unresolvable only for want of a publication date: keep it as written.
            None if article.date.is_none() => {
                lower_into(&s.text[d.start..d.end], &mut buf);
                Key::Written(lex.written_day(&buf))
            }
            None => continue,
        };
        if is_dateline(s, d) {
            first = after_dateline(s.text, d.end).min(s.end);
        } else {
            usable.push((*d, key));
        }
    }
    if usable.is_empty() {
        return false;
    }
    // Cut the sentence between consecutive expressions.
    let mut cuts = vec![first];
    for w in usable.windows(2) {
        cuts.push(boundary(s, w[0].0.end, w[1].0.start));
    }
    cuts.push(s.end);
    let reporting: Vec<bool> = usable
        .iter()
        .map(|(d, _)| is_reporting(lex, s, d))
        .collect();
    let statement = reporting.iter().all(|&r| r);
    let mut dropped = Vec::new();
    if first > s.start {
        dropped.push(s.start..first);
    }
    let mut kept: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, &r) in reporting.iter().enumerate() {
        let seg = cuts[i]..cuts[i + 1];
        if r && !statement {
            dropped.push(seg);
            continue;
        }
        // Parts dated alike are one clause.
        match kept.iter_mut().find(|(k, _)| usable[*k].1 == usable[i].1) {
            Some((_, span)) => *span = span.start.min(seg.start)..span.end.max(seg.end),
            None => kept.push((i, seg)),
        }
    }
    for (k, own) in kept {
        out.push(Clause {
            sentence: s.si,
            article: an.sentences[s.si].article.index(),
            date: usable[k].0.index,
            key: usable[k].1.clone(),
            own: tighten(lex, s, own, &usable[k].0, statement),
            dropped: dropped.clone(),
            statement,
        });
    }
    true
}

/// The sentence without a dateline ("MOSCOW, March 21 (UPI) --"): what a label may read when
/// a clause of it is too short to.
pub(crate) fn body(s: &ReadSentence) -> Range<usize> {
    let first = s
        .dates
        .iter()
        .find(|d| is_dateline(s, d))
        .map_or(s.start, |d| after_dateline(s.text, d.end).min(s.end));
    first..s.end
}

/// Narrows `own` to the subordinate clause holding the expression `d`, if it sits in one
/// ("... accountable after the court last week issued a warrant" → "after the court ...").
/// A statement keeps what was said around its date: it is only cut at a coordinate clause
/// (", and the head of NATO said on Tuesday").
fn tighten(
    lex: &Lexicon,
    s: &ReadSentence,
    own: Range<usize>,
    d: &DateSpan,
    statement: bool,
) -> Range<usize> {
    let (mut start, mut end) = (own.start, own.end);
    let toks = &s.toks[s.within(&own)];
    for t in toks.iter().take_while(|t| t.end <= d.start) {
        let coordinate = (t.key == lex.k_and || t.key == lex.k_but) && t.gap & gap::COMMA != 0;
        if (t.is(flag::SUBORDINATE) && !statement) || coordinate || t.gap & gap::SEMI != 0 {
            start = t.start;
        }
    }
    if !statement
        && let Some(t) = toks
            .iter()
            .filter(|t| t.start >= d.end)
            .find(|t| t.is(flag::SUBORDINATE) || t.gap & gap::SEMI != 0)
    {
        end = t.start;
    }
    start..end.max(start)
}

/// A dateline: the expression opens the sentence (after at most two words, "MOSCOW, March 21")
/// and is followed by an agency in brackets or a dash.
fn is_dateline(s: &ReadSentence, d: &DateSpan) -> bool {
    if s.at(d.start) > 2 {
        return false;
    }
    let after = s.text.get(d.end..).unwrap_or("").trim_start();
    after.starts_with('(')
        || after.starts_with('-')
        || after.starts_with('—')
        || after.starts_with('–')
}

/// Where the story starts after a dateline's date: past "(Agency)" and a dash.
fn after_dateline(text: &str, mut at: usize) -> usize {
    let rest = text.get(at..).unwrap_or("");
    let trimmed = rest.trim_start();
    at += rest.len() - trimmed.len();
    let mut rest = trimmed;
    if rest.starts_with('(')
        && let Some(close) = rest.find(')')
    {
        at += close + 1;
        rest = &rest[close + 1..];
    }
    let trimmed =
        rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '–'));
    at + rest.len() - trimmed.len()
}

/// Where to cut between an expression ending at `a` and the next starting at `b`: at the last
/// punctuation or clause word between them, else right after the first.
fn boundary(s: &ReadSentence, a: usize, b: usize) -> usize {
    let mut cut = a;
    let from = s.at(a);
    for k in from..s.toks.len() {
        let t = &s.toks[k];
        if t.start > b {
            break;
        }
        if t.gap & (gap::BREAK | gap::QUOTE) != 0 {
            cut = if k > from { s.toks[k - 1].end } else { a };
        }
        if t.start < b && t.is(flag::BOUNDARY) {
            cut = t.start;
        }
    }
    cut
}

/// Whether a word is a verb of some other happening ("met", "arrived"): after it, a date
/// belongs to that happening rather than to a statement before it.
fn other_verb(t: &super::read::ReadWord) -> bool {
    !t.is(flag::SPEECH) && (t.is(flag::FORM) || t.past)
}

/// Whether the date `d` dates an act of saying or reporting: a speech verb shortly before it
/// in the same clause ("said Tuesday", "told reporters in Brussels on Tuesday", "according
/// to ... Monday") or right after it ("on Monday said", "Tuesday the ministry announced").
fn is_reporting(lex: &Lexicon, s: &ReadSentence, d: &DateSpan) -> bool {
    let stop = flag::STOPPER | flag::BOUNDARY;
    let first = s.at(d.start);
    let mut next_gap = s.toks.get(first).map_or(0, |t| t.gap);
    for k in (first.saturating_sub(6)..first).rev() {
        let t = &s.toks[k];
        if next_gap & (gap::BREAK | gap::QUOTE) != 0 {
            break;
        }
        if t.is(flag::SPEECH) {
            return true;
        }
        if t.key == lex.k_to && k > 0 && s.toks[k - 1].key == lex.k_according {
            return true;
        }
        if t.is(stop) || other_verb(t) {
            break;
        }
        next_gap = t.gap;
    }
    let after = s.at(d.end);
    for t in s.toks.iter().skip(after).take(3) {
        if t.gap & (gap::BREAK | gap::QUOTE) != 0 {
            break;
        }
        if t.is(flag::SPEECH) {
            return true;
        }
        if t.is(stop) || other_verb(t) {
            break;
        }
    }
    false
}
