//! Event labels: who + what, from the event's most representative clause.
//!
//! News sentences put the actor first, behind a title ("Chinese President Xi Jinping arrived in
//! Moscow on Monday for talks ..."). The label is that actor's short name (the single-word form
//! the corpus uses most: "Xi") and the verb phrase after it, cut at the date, at a comma, at a
//! clause word ("that", "after", ...) or after eight words: "Xi arrived in Moscow". A bare
//! statement ("Blinken said Monday that ...") runs on into what was said. Without an actor
//! up front, the clause's own opening words serve.

use super::clauses::Clause;
use super::index::{DateSpan, Index, PersonSpan};
use super::terms::{Lexicon, Word, lower_into, words};
use super::vector::{Centroid, Vector};
use std::collections::HashMap;
use std::ops::Range;

const MAX_WORDS: usize = 8;
/// A representative clause that opens with its actor makes a better label.
const SUBJECT_BONUS: f32 = 0.15;

/// The label of an event from its clauses that give the event's date.
pub(crate) fn make(
    ix: &Index,
    lex: &Lexicon,
    clauses: &[Clause],
    vecs: &[Vector],
    members: &[usize],
    centroid: &Centroid,
) -> String {
    let best = members
        .iter()
        .map(|&m| {
            let c = &clauses[m];
            let (label, subject) = of_clause(ix, lex, c);
            let score = centroid.cosine(&vecs[m]) + if subject { SUBJECT_BONUS } else { 0.0 };
            (score, m, label)
        })
        .filter(|(_, _, l)| !l.is_empty())
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    best.map(|(_, _, l)| l).unwrap_or_default()
}

/// The short name of every person: the single-word mention used most, else the full name.
pub(crate) fn short_names(ix: &Index) -> Vec<String> {
    ix.analysis
        .people
        .iter()
        .map(|p| {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for m in &p.mentions {
                let t = ix
                    .corpus
                    .articles
                    .get(m.article)
                    .and_then(|a| a.text.get(m.start..m.end));
                if let Some(t) = t.map(str::trim)
                    && !t.is_empty()
                    && !t.contains(char::is_whitespace)
                {
                    *counts.entry(t).or_insert(0) += 1;
                }
            }
            counts
                .into_iter()
                .max_by(|a, b| {
                    a.1.cmp(&b.1)
                        .then(b.0.len().cmp(&a.0.len()))
                        .then(b.0.cmp(a.0))
                })
                .map_or_else(|| p.name.clone(), |(t, _)| t.to_string())
        })
        .collect()
}

/// Reads a clause word by word, knowing which words belong to a person or a date.
struct Reader<'a> {
    text: &'a str,
    words: Vec<Word>,
    people: &'a [PersonSpan],
    dates: &'a [DateSpan],
}

impl Reader<'_> {
    fn person_at(&self, w: &Word) -> Option<&PersonSpan> {
        self.people
            .iter()
            .find(|p| w.start >= p.start && w.start < p.end)
    }
    fn in_date(&self, w: &Word) -> bool {
        self.dates
            .iter()
            .any(|d| w.start >= d.start && w.start < d.end)
    }
    /// Punctuation that ends a phrase between the end of word `k - 1` and word `k`.
    fn break_before(&self, k: usize) -> bool {
        if k == 0 {
            return false;
        }
        let gap = &self.text[self.words[k - 1].end..self.words[k].start];
        gap.contains([',', ';', ':', '(', ')', '—', '–']) || gap.contains("--")
    }
    fn lower(&self, k: usize) -> String {
        let mut b = String::new();
        lower_into(&self.text[self.words[k].start..self.words[k].end], &mut b);
        b
    }
}

/// What a clause says happened: its label, whether an actor opens it, and the bytes of the
/// "what" part (the verb phrase), which weigh more when clauses are compared.
#[derive(Debug, Default)]
pub(crate) struct Head {
    pub label: String,
    pub found: bool,
    pub phrase: Option<Range<usize>>,
}

fn of_clause(ix: &Index, lex: &Lexicon, c: &Clause) -> (String, bool) {
    let h = head(ix, lex, c);
    (h.label, h.found)
}

/// Reads the head of a clause (see the module doc).
pub(crate) fn head(ix: &Index, lex: &Lexicon, c: &Clause) -> Head {
    let text = ix.text(c.sentence);
    let Some(own) = text.get(c.own.clone()) else {
        return Head::default();
    };
    let ws: Vec<Word> = words(own)
        .map(|w| Word {
            start: c.own.start + w.start,
            end: c.own.start + w.end,
            upper: w.upper,
        })
        .collect();
    let r = Reader {
        text,
        words: ws,
        people: ix.people(c.sentence),
        dates: ix.dates(c.sentence),
    };
    let short = |p: &PersonSpan| ix.short.get(p.person).cloned().unwrap_or_default();
    // Skip an opening clause word ("that Xi met ...", "before formal talks ...").
    let mut k = 0;
    while k < r.words.len()
        && (lex.boundary.contains(r.lower(k).as_str())
            || lex.subordinate.contains(r.lower(k).as_str()))
    {
        k += 1;
    }
    // The actor: a person after nothing but title words ("U.S. Secretary of State").
    let mut subject: Vec<String> = Vec::new();
    let mut j = k;
    while j < r.words.len() && j < k + MAX_WORDS {
        let w = r.words[j];
        if r.in_date(&w) {
            j += 1;
            continue;
        }
        if let Some(p) = r.person_at(&w) {
            subject.push(short(p));
            j = skip_span(&r, j, p.end);
            // "Xi and Putin", "Xi and Russian President Vladimir Putin".
            if j < r.words.len() && r.lower(j) == "and" {
                let mut n = j + 1;
                while n < r.words.len() && r.person_at(&r.words[n]).is_none() && r.words[n].upper {
                    n += 1;
                }
                if let Some(p2) = r.words.get(n).and_then(|w| r.person_at(w)) {
                    subject.push(short(p2));
                    j = skip_span(&r, n, p2.end);
                }
            }
            break;
        }
        let lw = r.lower(j);
        if !(w.upper
            || matches!(lw.as_str(), "of" | "the" | "and")
            || lw.bytes().all(|b| b.is_ascii_digit()))
        {
            break;
        }
        j += 1;
    }
    if subject.is_empty() && c.statement {
        // A speaker after the quote ("...,” Jens Stoltenberg told reporters on Tuesday").
        for p in r.people {
            let n = skip_span(&r, 0, p.end);
            if p.start >= c.own.start
                && n < r.words.len()
                && lex.speech.contains(r.lower(n).as_str())
            {
                subject.push(short(p));
                j = n;
                break;
            }
        }
    }
    let found = !subject.is_empty();
    let start = if found { j } else { k };
    // An apposition after the actor ("McCaul, R-Texas, told") is passed over.
    let mut start = start;
    if found
        && r.break_before(start)
        && let Some(n) = (start + 1..(start + 14).min(r.words.len())).find(|&n| r.break_before(n))
    {
        start = n;
    }
    let mut phrase = phrase_from(&r, lex, start, &short, !found, false);
    // An opening adverbial ("Meanwhile, the US warned ...") is passed over.
    let mut tries = 0;
    while !found && tries < 2 && phrase.len() <= 3 {
        let Some(n) = (start + 1..r.words.len().min(start + 5)).find(|&n| r.break_before(n)) else {
            break;
        };
        start = n;
        phrase = phrase_from(&r, lex, start, &short, true, false);
        tries += 1;
    }
    if found && phrase.len() == 1 && lex.speech.contains(phrase[0].0.to_lowercase().as_str()) {
        // "Blinken said Monday that X": the label is what was said, after "that" if it comes
        // soon, else after the date and prepositions.
        let mut n = start + 1;
        let that = (n..r.words.len().min(n + 7)).find(|&t| r.lower(t) == "that");
        if let Some(t) = that {
            n = t + 1;
        }
        while n < r.words.len()
            && (r.in_date(&r.words[n])
                || (that.is_none() && lex.trail.contains(r.lower(n).as_str())))
        {
            n += 1;
        }
        let more = phrase_from(&r, lex, n, &short, false, true);
        phrase.extend(more);
    }
    let mut out = subject.join(" and ");
    if !found && k > 0 && matches!(r.lower(0).as_str(), "that" | "which" | "who") {
        // "the war that started in February": the antecedent is the actor.
        let sent_start = ix.analysis.sentences[c.sentence].start;
        out = antecedent(text, sent_start, c.own.start, lex);
    }
    let shown = phrase
        .iter()
        .position(|(w, _)| lex.aside.contains(w.to_lowercase().as_str()))
        .unwrap_or(phrase.len());
    let mut shown = &phrase[..shown];
    while let [rest @ .., (w, _)] = shown
        && lex.trail.contains(w.to_lowercase().as_str())
    {
        shown = rest;
    }
    for (w, _) in shown {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    let span = match (phrase.first(), phrase.last()) {
        (Some(a), Some(b)) => Some(a.1.start..b.1.end),
        _ => None,
    };
    Head {
        label: capitalise(&out),
        found,
        phrase: span,
    }
}

/// Up to three words before a relative clause, back to a determiner ("the war").
fn antecedent(text: &str, from: usize, to: usize, lex: &Lexicon) -> String {
    let Some(before) = text.get(from..to) else {
        return String::new();
    };
    let ws: Vec<Word> = words(before).collect();
    let mut start = ws.len();
    let mut buf = String::new();
    for (i, w) in ws.iter().enumerate().rev().take(3) {
        if before[w.end..].trim_start().starts_with([',', ';', ':']) {
            break;
        }
        lower_into(&before[w.start..w.end], &mut buf);
        if matches!(
            buf.as_str(),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        ) {
            start = i;
            break;
        }
        if lex.trail.contains(buf.as_str()) || lex.is_stop(&buf) {
            break;
        }
        start = i;
    }
    ws.get(start..)
        .map(|ws| {
            ws.iter()
                .map(|w| &before[w.start..w.end])
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

/// The index of the first word at or after `k` that starts at or after `end`.
fn skip_span(r: &Reader, mut k: usize, end: usize) -> usize {
    while k < r.words.len() && r.words[k].start < end {
        k += 1;
    }
    k
}

/// Words from `k` until a cut, with their bytes; people by their short names; no trailing
/// preposition. `over_dates`: a date is passed over rather than ending the phrase (when no
/// actor opens the clause, its subject may come before the date: "the court last week
/// issued a warrant"). `continued`: the phrase goes on after a speech verb.
fn phrase_from(
    r: &Reader,
    lex: &Lexicon,
    mut k: usize,
    short: &dyn Fn(&PersonSpan) -> String,
    over_dates: bool,
    continued: bool,
) -> Vec<(String, Range<usize>)> {
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    let limit = if continued { MAX_WORDS - 1 } else { MAX_WORDS };
    while k < r.words.len() && out.len() < limit {
        let w = r.words[k];
        if !out.is_empty() && r.break_before(k) {
            break;
        }
        if r.in_date(&w) {
            // "Putin on Tuesday backed ...": a date before the verb is passed over.
            if out
                .iter()
                .all(|o| lex.trail.contains(o.0.to_lowercase().as_str()))
            {
                out.clear();
                k += 1;
                continue;
            }
            if over_dates {
                while out
                    .last()
                    .is_some_and(|o| lex.trail.contains(o.0.to_lowercase().as_str()))
                {
                    out.pop();
                }
                k += 1;
                continue;
            }
            break;
        }
        let lw = r.lower(k);
        if lex.cut.contains(lw.as_str()) && !(continued && out.is_empty()) {
            break;
        }
        if let Some(p) = r.person_at(&w) {
            out.push((short(p), p.start..p.end));
            k = skip_span(r, k, p.end);
            continue;
        }
        out.push((r.text[w.start..w.end].to_string(), w.start..w.end));
        k += 1;
    }
    while out
        .last()
        .is_some_and(|o| lex.trail.contains(o.0.to_lowercase().as_str()))
    {
        out.pop();
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
