//! From clusters of clauses to events: the date the majority of sources give (conflicts for the
//! rest), the sources with their expressions, undated evidence, the articles that leave the
//! event out, the first report, conflicting numbers and the label.
//!
//! The majority counts articles, not sentences. On a tie the date written as a calendar date
//! ("March 20") wins over one worked out from a weekday or "yesterday", being the more
//! specific; then the date of the earliest-published source (it reported closest to the
//! happening); then the earlier date.

use super::clauses::{self, Clause, Key};
use super::group::{Cluster, key_order};
use super::index::SentenceIndex;
use super::prepare::Prepared;
use super::read::{self, Buffers};
use super::terms::Lexicon;
use super::{Conflict, Event, Source, head, label, numbers};
use crate::date::Date;
use crate::ids::{ArticleId, PersonId, SentenceId};
use crate::text::Span;
use rayon::prelude::*;
use std::cmp::Reverse;
use std::ops::Range;

/// The people named in the clauses' own parts, ascending.
pub(crate) fn clause_people(
    ix: &SentenceIndex,
    clauses: &[Clause],
    members: &[usize],
) -> Vec<usize> {
    let mut p: Vec<usize> = members
        .iter()
        .flat_map(|&m| {
            let c = &clauses[m];
            ix.people(c.sentence)
                .iter()
                .filter(|p| p.start >= c.own.start && p.end <= c.own.end)
                .map(|p| p.person)
        })
        .collect();
    p.sort_unstable();
    p.dedup();
    p
}

/// Sort key of an event's date: resolved dates by time (coarser first), unresolved last.
pub(crate) fn order(e: &Event) -> (u8, i64, u8, String) {
    let key = match (e.date, &e.written) {
        (Some(v), _) => Key::Time(v),
        (None, Some(w)) => Key::Written(w.clone()),
        (None, None) => Key::Written(String::new()),
    };
    let (a, b, c, d) = key_order(&key);
    (a, b, c, d.to_string())
}

fn published(ix: &SentenceIndex, a: ArticleId) -> (bool, Option<Date>) {
    let d = ix.corpus.get(a).and_then(|a| a.date);
    (d.is_none(), d)
}

/// The date key most articles give (see the module doc for ties).
fn majority(ix: &SentenceIndex, clauses: &[Clause], members: &[usize]) -> Key {
    struct Tally<'k> {
        key: &'k Key,
        articles: Vec<usize>,
        absolute: bool,
    }
    let mut tally: Vec<Tally> = Vec::new();
    for &m in members {
        let c = &clauses[m];
        let d = &ix.analysis.dates[c.date];
        let absolute = ix
            .text(c.sentence)
            .get(d.span.start()..d.span.end())
            .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()));
        let i = match tally.iter().position(|t| *t.key == c.key) {
            Some(i) => i,
            None => {
                tally.push(Tally {
                    key: &c.key,
                    articles: Vec::new(),
                    absolute: false,
                });
                tally.len() - 1
            }
        };
        tally[i].articles.push(c.article);
        tally[i].absolute |= absolute;
    }
    for t in &mut tally {
        t.articles.sort_unstable();
        t.articles.dedup();
    }
    let best = tally.iter().max_by_key(|t| {
        let earliest = t
            .articles
            .iter()
            .map(|&a| published(ix, ArticleId::new(a)))
            .min();
        (
            t.articles.len(),
            t.absolute,
            Reverse(earliest),
            Reverse(key_order(t.key)),
        )
    });
    best.map_or(Key::Written(String::new()), |t| t.key.clone())
}

/// The bytes of sentence `si`, without surrounding spaces.
fn sentence_span(ix: &SentenceIndex, si: usize) -> Span {
    let s = &ix.analysis.sentences[si];
    let t = ix.text(si).get(s.span.range()).unwrap_or("");
    let lead = t.len() - t.trim_start().len();
    Span::new(s.span.start() + lead, s.span.start() + t.trim_end().len())
}

/// Sources holding a number read for conflicting quantities, at most (dated, then undated),
/// in article order: enough to show a disagreement, and bounded for events with thousands of
/// sources.
const NUMBERS_READ: usize = 64;
/// A representative clause that opens with its actor makes a better label.
const SUBJECT_BONUS: f32 = 0.15;

/// One event per cluster. `evidence` pairs a cluster with an undated sentence.
pub(crate) fn events(
    ix: &SentenceIndex,
    lex: &Lexicon,
    p: &Prepared,
    clusters: &[Cluster],
    evidence: Vec<(usize, usize, bool)>,
) -> Vec<Event> {
    let mut extra: Vec<Vec<(usize, bool)>> = vec![Vec::new(); clusters.len()];
    for (c, si, numeric) in evidence {
        extra[c].push((si, numeric));
    }
    clusters
        .par_iter()
        .zip(extra)
        .map_init(Buffers::default, |b, (cluster, extra)| {
            event(ix, lex, p, cluster, &extra, b)
        })
        .collect()
}

/// The label of an event: the head of its most representative clause among `agreeing`.
fn label_of(
    ix: &SentenceIndex,
    lex: &Lexicon,
    p: &Prepared,
    agreeing: &[usize],
    cluster: &Cluster,
    b: &mut Buffers,
) -> String {
    let score = |m: usize| {
        cluster.centroid.cosine(&p.vecs[m]) + if p.found[m] { SUBJECT_BONUS } else { 0.0 }
    };
    let mut ranked: Vec<(f32, usize)> = agreeing.iter().map(|&m| (score(m), m)).collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    // The best clauses' heads; then, for an elliptical clause, its whole sentence's.
    for whole in [false, true] {
        for &(_, m) in ranked.iter().take(2) {
            let c = &p.clauses[m];
            let s = read::read(ix, lex, c.sentence, b);
            let l = if whole {
                let c = Clause {
                    own: clauses::body(&s),
                    ..c.clone()
                };
                label::text(ix, &s, &head::read(&s, &c))
            } else {
                label::text(ix, &s, &head::read(&s, c))
            };
            s.recycle(b);
            if let Some(l) = l {
                return l;
            }
        }
    }
    // No head read as a label: the opening words of the best sentence.
    ranked.first().map_or_else(String::new, |&(_, m)| {
        let si = p.clauses[m].sentence;
        let s = read::read(ix, lex, si, b);
        let body = clauses::body(&s);
        s.recycle(b);
        let own = ix.text(si).get(body).unwrap_or("");
        let words: Vec<&str> = own.split_whitespace().take(8).collect();
        words
            .join(" ")
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_string()
    })
}

fn event(
    ix: &SentenceIndex,
    lex: &Lexicon,
    p: &Prepared,
    cluster: &Cluster,
    extra: &[(usize, bool)],
    b: &mut Buffers,
) -> Event {
    let clauses = &p.clauses;
    let mut people = clause_people(ix, clauses, &cluster.members);
    let key = majority(ix, clauses, &cluster.members);
    let mut members = cluster.members.clone();
    members.sort_by_key(|&m| {
        (
            clauses[m].article,
            clauses[m].sentence,
            clauses[m].own.start,
        )
    });
    let mut sources: Vec<Source> = members
        .iter()
        .map(|&m| {
            let c = &clauses[m];
            let d = &ix.analysis.dates[c.date];
            Source {
                article: ArticleId::new(c.article),
                sentence: SentenceId::new(c.sentence),
                span: sentence_span(ix, c.sentence),
                expression: Some(d.span),
                date: c.key.value(),
                undated: false,
            }
        })
        .collect();
    let mut conflicts: Vec<Conflict> = Vec::new();
    for &m in &members {
        let c = &clauses[m];
        // Two undated articles' day names ("Saturday", "today") cannot disagree: how they
        // lie to each other is unknown.
        let unknowable = matches!((&c.key, &key), (Key::Written(_), Key::Written(_)));
        let agrees = unknowable
            || members
                .iter()
                .any(|&o| clauses[o].article == c.article && clauses[o].key == key);
        let article = ArticleId::new(c.article);
        if !agrees && !conflicts.iter().any(|x| x.article == article) {
            conflicts.push(Conflict {
                article,
                sentence: SentenceId::new(c.sentence),
                span: sentence_span(ix, c.sentence),
                date: c.key.value(),
            });
        }
    }
    for &(si, _) in extra {
        sources.push(Source {
            article: ix.analysis.sentences[si].article,
            sentence: SentenceId::new(si),
            span: sentence_span(ix, si),
            expression: None,
            date: None,
            undated: true,
        });
        people.extend(ix.people(si).iter().map(|p| p.person));
    }
    sources.sort_by_key(|s| (s.article, s.sentence));
    people.sort_unstable();
    people.dedup();
    let mut reporting: Vec<ArticleId> = sources.iter().map(|s| s.article).collect();
    reporting.dedup();
    let first = reporting
        .iter()
        .copied()
        .min_by_key(|&a| (published(ix, a), a));
    let spans: Vec<(ArticleId, SentenceId, Range<usize>)> = members
        .iter()
        .filter(|&&m| p.numeric[m])
        .take(NUMBERS_READ)
        .map(|&m| {
            (
                ArticleId::new(clauses[m].article),
                SentenceId::new(clauses[m].sentence),
                clauses[m].own.clone(),
            )
        })
        .chain(
            extra
                .iter()
                .filter(|x| x.1)
                .take(NUMBERS_READ)
                .map(|&(si, _)| {
                    let s = &ix.analysis.sentences[si];
                    (s.article, SentenceId::new(si), s.span.range())
                }),
        )
        .collect();
    let agreeing: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&m| clauses[m].key == key)
        .collect();
    let label = label_of(ix, lex, p, &agreeing, cluster, b);
    Event {
        label,
        written: match &key {
            Key::Written(w) => Some(w.clone()),
            Key::Time(_) => None,
        },
        date: key.value(),
        sources,
        reporting,
        first,
        conflicts,
        numbers: numbers::conflicts(ix, lex, &spans),
        people: people.into_iter().map(PersonId::new).collect(),
    }
}
