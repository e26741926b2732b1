//! Event labels: who + what, from the event's most representative clause (see [`super::head`]):
//! the actor by short name (the single-word form the corpus uses most: "Xi") and the verb
//! phrase, "Xi arrived in Moscow". Asides ("... during a summit") are left out of the text.
//!
//! A short elliptical clause ("...; and Obama, in 2011", "and Friday") has no head that reads:
//! [`text`] gives none for a label that would be a lone word, an actor with nothing done, or a
//! time phrase alone, and the caller reads the whole sentence instead.

use super::head::{Head, Item};
use super::index::SentenceIndex;
use super::read::ReadSentence;
use super::terms::flag;
use rayon::prelude::*;

/// The short name of every person: the single-word mention used most, else the full name.
pub(crate) fn short_names(ix: &SentenceIndex) -> Vec<String> {
    ix.analysis
        .people
        .par_iter()
        .map(|p| {
            // A person has few one-word forms: a short list beats a map.
            let mut counts: Vec<(&str, usize)> = Vec::new();
            // A sample of the mentions is as good as all of them, and bounded.
            for m in p.mentions.iter().take(256) {
                let t = ix
                    .corpus
                    .articles
                    .get(m.article.index())
                    .and_then(|a| a.text.get(m.span.range()));
                if let Some(t) = t.map(str::trim)
                    && !t.is_empty()
                    && !t.contains(char::is_whitespace)
                {
                    match counts.iter().position(|c| c.0 == t) {
                        Some(i) => counts[i].1 += 1,
                        None if counts.len() < 16 => counts.push((t, 1)),
                        None => {}
                    }
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

/// The label a head reads as; `None` when it would not read (see the module doc).
pub(crate) fn text(ix: &SentenceIndex, s: &ReadSentence, h: &Head) -> Option<String> {
    let name = |p: u16| {
        s.people
            .get(usize::from(p))
            .and_then(|p| ix.short.get(p.person))
            .cloned()
            .unwrap_or_default()
    };
    let mut parts: Vec<String> = Vec::new();
    if h.found {
        parts.push(
            h.subject
                .iter()
                .map(|&p| name(p))
                .collect::<Vec<_>>()
                .join(" and "),
        );
    } else {
        parts.extend(h.antecedent.iter().map(|&k| s.word(k).to_string()));
    }
    let is = |i: &Item, f: u16| matches!(*i, Item::Word(k) if s.toks[k].is(f));
    let shown = h
        .phrase
        .iter()
        .position(|i| is(i, flag::ASIDE))
        .unwrap_or(h.phrase.len());
    let mut shown = &h.phrase[..shown];
    while let [rest @ .., last] = shown
        && is(last, flag::TRAIL)
    {
        shown = rest;
    }
    if !reads(s, h, shown) {
        return None;
    }
    for i in shown {
        parts.push(match *i {
            Item::Word(k) => s.word(k).to_string(),
            Item::Person(p) => name(p),
        });
    }
    Some(capitalise(&parts.join(" ")))
}

/// Whether a head makes a label a person can read: an actor and at least one word of what it
/// did; without an actor, two words or more, one of them content, that open no elliptical
/// clause ("and Friday"), and two of content after a determiner ("A long" is no label, "The US
/// warned" is), and no short prepositional phrase ("In a statement"). Dates, prepositions and function words are no content ("in 2011" and "this
/// week" alone do not read), except a capitalised one inside the phrase ("US").
fn reads(s: &ReadSentence, h: &Head, shown: &[Item]) -> bool {
    let content = |(at, i): (usize, &Item)| match *i {
        Item::Person(_) => true,
        Item::Word(k) => {
            let t = &s.toks[k];
            t.date.is_none()
                && !t.is(flag::TRAIL)
                && !t.is(flag::BOUNDARY)
                && (!t.is(flag::STOP) || (t.upper && at > 0))
        }
    };
    let n = shown.iter().enumerate().filter(|&i| content(i)).count();
    if h.found {
        return n >= 1;
    }
    let opens = |f: u16| matches!(shown.first(), Some(Item::Word(k)) if s.toks[*k].is(f));
    let words = shown.len() + h.antecedent.len();
    words >= 2
        && n + h.antecedent.len() >= 1
        && !opens(flag::BOUNDARY)
        && (n >= 2 || !opens(flag::DETERMINER))
        && !(opens(flag::TRAIL) && !opens(flag::DETERMINER) && shown.len() <= 4)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
