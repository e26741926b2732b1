//! Dated clauses: the part of each story sentence that a date expression dates.
//!
//! News writing dates two things in one sentence: the happening and the act of reporting it
//! ("Xi met Putin on Monday, Peskov said Tuesday"). A date next to a verb of saying or
//! reporting ("said Tuesday", "told reporters on Monday", "Tuesday announced") dates the
//! statement, so it is left out when the sentence dates something else too; when it is the
//! only date, the statement itself is the event ("Blinken said Monday that ..."). A sentence
//! with two dated happenings ("an informal meeting on Monday before formal talks on
//! Tuesday") is cut between them at a clause boundary, and each part is dated by its own
//! expression. Datelines ("March 21 (UPI) --") date the article, not its content.

use super::index::{DateSpan, Index};
use super::terms::{Lexicon, lower_into, words};
use crate::analysis::TimeValue;
use rayon::prelude::*;
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
    /// Index into [`crate::analysis::Analysis::dates`] of the expression dating it.
    pub date: usize,
    pub key: Key,
    /// The clause's own bytes in the article text.
    pub own: Range<usize>,
    /// Parts of the sentence that only report (who said it, when): not the event's content.
    pub dropped: Vec<Range<usize>>,
    /// Dated only by the act of saying it: the statement is the event.
    pub statement: bool,
}

/// The dated clauses of every story sentence, in sentence order, and the sentences without a
/// usable date (candidates for undated evidence).
pub(crate) fn find(ix: &Index, lex: &Lexicon) -> (Vec<Clause>, Vec<usize>) {
    let per_article: Vec<(Vec<Clause>, Vec<usize>)> = ix
        .analysis
        .article_sentences
        .par_iter()
        .map(|range| {
            let mut clauses = Vec::new();
            let mut undated = Vec::new();
            let mut buf = String::new();
            for si in range.clone() {
                if !of_sentence(ix, lex, si, &mut clauses, &mut buf) {
                    undated.push(si);
                }
            }
            (clauses, undated)
        })
        .collect();
    let mut clauses = Vec::new();
    let mut undated = Vec::new();
    for (c, u) in per_article {
        clauses.extend(c);
        undated.extend(u);
    }
    (clauses, undated)
}

/// Pushes the clauses of sentence `si`; false when it has no usable date.
fn of_sentence(
    ix: &Index,
    lex: &Lexicon,
    si: usize,
    out: &mut Vec<Clause>,
    buf: &mut String,
) -> bool {
    let sent = &ix.analysis.sentences[si];
    let Some(article) = ix.corpus.articles.get(sent.article) else {
        return false;
    };
    let text = article.text.as_str();
    let mut usable: Vec<(DateSpan, Key)> = Vec::new();
    let mut first = sent.start;
    for d in ix.dates(si) {
        let key = match ix.analysis.dates[d.index].value {
            Some(v) => Key::Time(v),
            // Unresolvable only for want of a publication date: keep it as written.
            None if article.date.is_none() => {
                lower_into(&text[d.start..d.end], buf);
                Key::Written(buf.clone())
            }
            None => continue,
        };
        if is_dateline(text, sent.start, d) {
            first = after_dateline(text, d.end).min(sent.end);
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
        cuts.push(boundary(lex, text, w[0].0.end, w[1].0.start));
    }
    cuts.push(sent.end);
    let reporting: Vec<bool> = usable
        .iter()
        .map(|(d, _)| is_reporting(lex, text, sent.start..sent.end, d))
        .collect();
    let statement_only = reporting.iter().all(|&r| r);
    let mut dropped = Vec::new();
    if first > sent.start {
        dropped.push(sent.start..first);
    }
    let mut kept: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, &r) in reporting.iter().enumerate() {
        let seg = cuts[i]..cuts[i + 1];
        if r && !statement_only {
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
        let own = narrow(lex, text, own, &usable[k].0, statement_only);
        out.push(Clause {
            sentence: si,
            article: sent.article,
            date: usable[k].0.index,
            key: usable[k].1.clone(),
            own,
            dropped: dropped.clone(),
            statement: statement_only,
        });
    }
    true
}

/// Narrows `own` to the subordinate clause holding the expression `d`, if it sits in one
/// ("... accountable after the court last week issued a warrant" → "after the court ...").
/// A statement keeps what was said around its date: it is only cut at a coordinate clause.
fn narrow(
    lex: &Lexicon,
    text: &str,
    own: Range<usize>,
    d: &DateSpan,
    statement: bool,
) -> Range<usize> {
    let mut buf = String::new();
    let (mut start, mut end) = (own.start, own.end);
    if let Some(before) = text.get(own.start..d.start) {
        let mut prev_end = 0;
        for w in words(before) {
            lower_into(&before[w.start..w.end], &mut buf);
            // ", and the head of NATO said on Tuesday": the date's own coordinate clause.
            let coordinate =
                matches!(buf.as_str(), "and" | "but") && before[prev_end..w.start].contains(',');
            if (lex.subordinate.contains(buf.as_str()) && !statement) || coordinate {
                start = own.start + w.start;
            }
            prev_end = w.end;
        }
        if let Some(p) = before.rfind(';') {
            start = start.max(own.start + p + 1);
        }
    }
    if let Some(after) = text.get(d.end..own.end)
        && !statement
    {
        let semi = after.find(';').unwrap_or(after.len());
        let word = words(after).find(|w| {
            lower_into(&after[w.start..w.end], &mut buf);
            lex.subordinate.contains(buf.as_str())
        });
        end = d.end + word.map_or(semi, |w| w.start.min(semi));
    }
    start..end
}

/// A dateline: the expression opens the sentence (after at most two words, "MOSCOW, March 21")
/// and is followed by an agency in brackets or a dash.
fn is_dateline(text: &str, first: usize, d: &DateSpan) -> bool {
    let before = text.get(first..d.start).unwrap_or("");
    if words(before).count() > 2 {
        return false;
    }
    let after = text.get(d.end..).unwrap_or("").trim_start();
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

fn punct(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '—' | '–')
}

/// Where to cut between an expression ending at `a` and the next starting at `b`: at the last
/// punctuation or clause word between them, else right after the first.
fn boundary(lex: &Lexicon, text: &str, a: usize, b: usize) -> usize {
    let Some(gap) = text.get(a..b) else {
        return a;
    };
    let mut cut = None;
    let mut buf = String::new();
    let mut prev_end = 0;
    for w in words(gap) {
        if let Some(p) = gap[prev_end..w.start].find(punct) {
            cut = Some(a + prev_end + p);
        }
        lower_into(&gap[w.start..w.end], &mut buf);
        if lex.boundary.contains(buf.as_str()) {
            cut = Some(a + w.start);
        }
        prev_end = w.end;
    }
    if let Some(p) = gap[prev_end..].find(punct) {
        cut = Some(a + prev_end + p);
    }
    cut.unwrap_or(a)
}

/// Whether a word is a verb of some other happening ("met", "arrived"): after it, a date
/// belongs to that happening rather than to a statement before it.
fn is_other_verb(lex: &Lexicon, w: &str) -> bool {
    !lex.speech.contains(w) && (lex.is_form(w) || (w.len() > 4 && w.ends_with("ed")))
}

/// Whether the date `d` dates an act of saying or reporting: a speech verb shortly before it
/// in the same clause ("said Tuesday", "told reporters in Brussels on Tuesday", "according
/// to ... Monday") or right after it ("on Monday said", "Tuesday the ministry announced").
fn is_reporting(lex: &Lexicon, text: &str, sent: Range<usize>, d: &DateSpan) -> bool {
    let mut buf = String::new();
    let before = text.get(sent.start..d.start).unwrap_or("");
    let ws: Vec<_> = words(before).collect();
    let mut next_start = before.len();
    for (k, w) in ws.iter().enumerate().rev().take(6) {
        if before[w.end..next_start].contains(punct) {
            break;
        }
        lower_into(&before[w.start..w.end], &mut buf);
        let word = buf.as_str();
        if lex.speech.contains(word) {
            return true;
        }
        if word == "to"
            && k > 0
            && before[ws[k - 1].start..ws[k - 1].end].eq_ignore_ascii_case("according")
        {
            return true;
        }
        if lex.stopper.contains(word) || lex.boundary.contains(word) || is_other_verb(lex, word) {
            break;
        }
        next_start = w.start;
    }
    let after = text.get(d.end..sent.end).unwrap_or("");
    let mut prev_end = 0;
    for w in words(after).take(3) {
        if after[prev_end..w.start].contains(punct) {
            break;
        }
        lower_into(&after[w.start..w.end], &mut buf);
        let word = buf.as_str();
        if lex.speech.contains(word) {
            return true;
        }
        if lex.stopper.contains(word) || lex.boundary.contains(word) || is_other_verb(lex, word) {
            break;
        }
        prev_end = w.end;
    }
    false
}
