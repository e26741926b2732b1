//! The cross-source timeline: the happenings inside one story, each with every outlet's own
//! sentence about it, who left it out, who had it first, and where the sources disagree.
//!
//! [`build`] reads the analysis (sentences, people, resolved date expressions):
//! 1. each story sentence's dated clauses ([`clauses`]): the event's date rather than the date
//!    of the statement reporting it;
//! 2. clauses grouped into events by date and TF-IDF similarity ([`group`]), the same
//!    happening put on different days by different sources merged, with the minority's date
//!    kept as a conflict;
//! 3. one-article events that name a many-article event joined to it ([`orphans`]), and
//!    sentences without a date of their own, or naming a second happening besides their own,
//!    joined to an event when their people and words clearly match ([`evidence`]);
//! 4. per event: a label, the sources, the missing articles, the first report, and conflicting
//!    numbers ([`numbers`]).
//!
//! Deterministic and near-linear in the number of sentences.

mod assemble;
mod clauses;
mod evidence;
mod frame;
mod group;
mod head;
mod index;
mod label;
mod merge;
mod numbers;
mod orphans;
mod prepare;
mod read;
mod terms;
mod vector;
mod words;

#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;

use crate::analysis::{Analysis, Granularity, TimeValue};
use crate::corpus::{Corpus, Outlets};
use crate::ids::{ArticleId, EventId, OutletId, PersonId, SentenceId};
use crate::text::Span;
use std::ops::Range;

/// The story's events in date order (coarser periods before the days they contain), events
/// whose date could not be resolved last.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    pub events: Vec<Event>,
    /// How many articles the corpus has (the columns of the coverage matrix).
    pub articles: usize,
}

/// One happening, as every source that reports it tells it.
#[derive(Clone, Debug)]
pub struct Event {
    /// Who + what, from the most representative sentence ("Xi arrived in Moscow").
    pub label: String,
    /// The date most sources give; `None` when it could not be resolved.
    pub date: Option<TimeValue>,
    /// For an unresolved date (no publication date), the day it names ("monday" for "on
    /// Monday" and "Monday morning"), else the expression as written, lowercased.
    pub written: Option<String>,
    /// Every source sentence, by article then position; one article may give several.
    pub sources: Vec<Source>,
    /// Articles that report it, ascending; the others leave it out (see
    /// [`Event::missing`], computed on demand: with thousands of articles a stored list of
    /// the missing would outweigh the timeline).
    pub reporting: Vec<ArticleId>,
    /// The article that reported it first: earliest publication date, then corpus order,
    /// articles without a date last.
    pub first: Option<ArticleId>,
    /// Sources that put it on another date than the event's, one per article.
    pub conflicts: Vec<Conflict>,
    /// Quantities the sources give differently ("four and a half hours" / "five hours").
    pub numbers: Vec<NumberConflict>,
    /// People named in its sentences, ascending.
    pub people: Vec<PersonId>,
}

/// One source's sentence about an event.
#[derive(Clone, Debug)]
pub struct Source {
    pub article: ArticleId,
    pub sentence: SentenceId,
    /// The sentence in the article's text (see [`Source::text`]).
    pub span: Span,
    /// The date expression in the article's text, for highlighting; `None` for undated
    /// evidence (see [`Source::expression`]).
    pub expression: Option<Span>,
    /// What this source's expression resolves to.
    pub date: Option<TimeValue>,
    /// A sentence with no date of its own, joined by its people and words.
    pub undated: bool,
}

/// A source that dates the event differently from the majority.
#[derive(Clone, Debug)]
pub struct Conflict {
    pub article: ArticleId,
    pub sentence: SentenceId,
    /// The sentence in the article's text (see [`Conflict::text`]).
    pub span: Span,
    /// The date this source gives.
    pub date: Option<TimeValue>,
}

/// The text of `span` in article `a` ("" when out of range).
fn slice(corpus: &Corpus, a: ArticleId, span: Span) -> &str {
    corpus
        .articles
        .get(a.index())
        .and_then(|x| x.text.get(span.range()))
        .unwrap_or("")
}

impl Source {
    /// The sentence.
    pub fn text<'c>(&self, corpus: &'c Corpus) -> &'c str {
        slice(corpus, self.article, self.span)
    }

    /// The date expression as written; `None` for undated evidence.
    pub fn expression<'c>(&self, corpus: &'c Corpus) -> Option<&'c str> {
        self.expression.map(|r| slice(corpus, self.article, r))
    }

    /// The expression's bytes inside [`Source::text`], for highlighting it there.
    pub fn expression_in_text(&self) -> Option<Range<usize>> {
        let (r, at) = (self.expression?, self.span.start());
        Some(r.start().checked_sub(at)?..r.end().checked_sub(at)?)
    }
}

impl Conflict {
    /// The dissenting sentence.
    pub fn text<'c>(&self, corpus: &'c Corpus) -> &'c str {
        slice(corpus, self.article, self.span)
    }
}

/// A quantity (same unit) that the sources of one event give differently.
#[derive(Clone, Debug)]
pub struct NumberConflict {
    /// The unit, singular ("hour", "point").
    pub unit: String,
    /// One value per article, in article order.
    pub values: Vec<Quantity>,
}

#[derive(Clone, Debug)]
pub struct Quantity {
    pub article: ArticleId,
    pub sentence: SentenceId,
    pub value: f64,
    /// The quantity as written ("four and a half hours").
    pub text: String,
}

/// What one article does with one event: a cell of the coverage matrix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Coverage {
    Reported,
    NotReported,
    /// Reported, on another date than the event's.
    Conflict,
}

impl Event {
    pub fn granularity(&self) -> Option<Granularity> {
        self.date.map(|d| d.granularity)
    }

    /// The articles, of `articles` in all, that do not report it, ascending.
    pub fn missing(&self, articles: usize) -> Vec<ArticleId> {
        ArticleId::all(articles)
            .filter(|a| self.reporting.binary_search(a).is_err())
            .collect()
    }

    /// The outlets none of whose articles report it (on its date or another), in outlet
    /// order: what a reader asks of coverage ("who left it out"), bounded by the outlets
    /// whatever the number of articles.
    pub fn missing_outlets(&self, outlets: &Outlets) -> Vec<OutletId> {
        let mut covered = vec![false; outlets.len()];
        let articles = self.reporting.iter().copied();
        for a in articles.chain(self.conflicts.iter().map(|c| c.article)) {
            if let Some(slot) = outlets
                .of_article(a)
                .and_then(|o| covered.get_mut(o.index()))
            {
                *slot = true;
            }
        }
        outlets.ids().filter(|o| !covered[o.index()]).collect()
    }

    /// What article `a` does with this event.
    pub fn coverage(&self, a: ArticleId) -> Coverage {
        if self.conflicts.iter().any(|c| c.article == a) {
            Coverage::Conflict
        } else if self.reporting.binary_search(&a).is_ok() {
            Coverage::Reported
        } else {
            Coverage::NotReported
        }
    }
}

impl Timeline {
    /// What article `article` does with event `event` (`NotReported` when out of range).
    pub fn coverage(&self, event: EventId, article: ArticleId) -> Coverage {
        self.events
            .get(event.index())
            .map_or(Coverage::NotReported, |e| e.coverage(article))
    }

    /// The articles that do not report event `event`, ascending.
    pub fn missing(&self, event: EventId) -> Vec<ArticleId> {
        self.events
            .get(event.index())
            .map_or_else(Vec::new, |e| e.missing(self.articles))
    }

    /// The events whose sentences name person `person`, in timeline order.
    pub fn events_of_person(&self, person: PersonId) -> Vec<EventId> {
        EventId::all(self.events.len())
            .filter(|&e| self.events[e].people.binary_search(&person).is_ok())
            .collect()
    }
}

/// Builds the timeline of a corpus from its analysis.
pub fn build(corpus: &Corpus, analysis: &Analysis) -> Timeline {
    let lex = terms::lexicon();
    let mut ix = index::SentenceIndex::new(corpus, analysis);
    ix.short = label::short_names(&ix);
    let p = prepare::prepare(&ix, lex);
    let clusters = group::cluster(&p.clauses, &p.vecs, &p.frames);
    let clusters = merge::merge_across_days(clusters);
    let (clusters, adopted) = orphans::adopt(clusters);
    let clauses = &p.clauses;
    let mut held: Vec<evidence::Held> = clusters
        .iter()
        .enumerate()
        .flat_map(|(c, cl)| {
            cl.members.iter().map(move |&m| evidence::Held {
                sentence: clauses[m].sentence,
                cluster: c,
            })
        })
        .collect();
    held.sort_unstable();
    held.dedup();
    let mut read = p.undated.clone();
    read.extend(held.iter().map(|h| h.sentence));
    read.sort_unstable();
    read.dedup();
    let mut evidence = evidence::find(&ix, lex, &p.idf, &read, &clusters, &held);
    evidence.extend(adopted_evidence(&p, &held, adopted));
    let mut events = assemble::events(&ix, lex, &p, &clusters, evidence);
    events.sort_by_cached_key(|e| (assemble::order(e), first_source(e)));
    Timeline {
        events,
        articles: corpus.articles.len(),
    }
}

/// The sentences of adopted clauses as undated evidence (cluster, sentence, holds a number):
/// once per sentence, and none the cluster already holds.
fn adopted_evidence(
    p: &prepare::Prepared,
    held: &[evidence::Held],
    adopted: Vec<(usize, usize)>,
) -> Vec<(usize, usize, bool)> {
    let mut out: Vec<(usize, usize, bool)> = adopted
        .into_iter()
        .map(|(c, m)| (c, p.clauses[m].sentence, p.numeric[m]))
        .filter(|&(cluster, sentence, _)| {
            held.binary_search(&evidence::Held { sentence, cluster })
                .is_err()
        })
        .collect();
    out.sort_unstable();
    out.dedup_by_key(|e| (e.0, e.1));
    out
}

fn first_source(e: &Event) -> (usize, usize) {
    e.sources
        .first()
        .map_or((usize::MAX, 0), |s| (s.article.index(), s.sentence.index()))
}
