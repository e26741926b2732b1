//! What the views read, prepared once after loading: the corpus, its analysis, the people in
//! display order and each article's highlight segments (so drawing never searches).

use crate::analysis::{Analysis, PersonKind};
use crate::compare::{Idf, Matrix, VariantGroup};
use crate::corpus::{Corpus, Outlets};
use crate::ids::{ArticleId, PersonId, QuoteId};
use std::ops::Range;

/// A highlight in the reader: a person's name, a quote, or both where a name sits in a quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub person: bool,
    pub quote: bool,
}

/// A place a person appears, for the People view's detail list.
#[derive(Clone, Debug)]
pub struct PersonItem {
    pub article: ArticleId,
    pub range: Range<usize>,
    pub quote: bool,
}

pub struct Data {
    pub corpus: Corpus,
    pub analysis: Analysis,
    /// People in the story first, most mentioned first.
    pub people: Vec<PersonId>,
    /// Per person of the analysis, their quotes in order, so the People view does not scan
    /// every quote each frame.
    pub person_quotes: Vec<Vec<QuoteId>>,
    /// Per article, non-overlapping highlight segments in text order.
    pub segments: Vec<Vec<Segment>>,
    /// Statements quoted by several outlets, widest first.
    pub variants: Vec<VariantGroup>,
    /// Per sentence of the analysis: does it hold a quote that other outlets word differently?
    pub sentence_has_variant: Vec<bool>,
    /// Who covered what, widest coverage first.
    pub matrix: Matrix,
    /// Term weights over the whole corpus, for aligning two articles.
    pub idf: Idf,
    /// The story's events across sources.
    pub timeline: crate::timeline::Timeline,
    /// The fuzzy index over people and quotes.
    pub index: crate::search::Index,
    pub outlets: Outlets,
}

impl Data {
    pub fn new(corpus: Corpus, analysis: Analysis) -> Data {
        let mut people: Vec<PersonId> = PersonId::all(analysis.people.len()).collect();
        people.sort_by_key(|&i| {
            let p = &analysis.people[i];
            (
                p.kind == PersonKind::Credit,
                std::cmp::Reverse(p.mentions.len()),
                p.name.clone(),
            )
        });
        let mut person_quotes = vec![Vec::new(); analysis.people.len()];
        for (i, q) in QuoteId::all(analysis.quotes.len()).zip(&analysis.quotes) {
            if let Some(list) = q.speaker.and_then(|p| person_quotes.get_mut(p.index())) {
                list.push(i);
            }
        }
        // The timeline is the longest stage: it runs beside the others, on the other core.
        let (timeline, (segments, variants, index, idf)) = rayon::join(
            || crate::timeline::build(&corpus, &analysis),
            || {
                (
                    segments(&corpus, &analysis),
                    crate::compare::variants(&corpus, &analysis),
                    crate::search::Index::build(&corpus, &analysis),
                    Idf::from_analysis(&corpus, &analysis),
                )
            },
        );
        let mut sentence_has_variant = vec![false; analysis.sentences.len()];
        for g in &variants {
            for v in &g.variants {
                if let Some(q) = analysis.quotes.get(v.quote.index())
                    && let Some(slot) = sentence_has_variant.get_mut(q.sentence.index())
                {
                    *slot = true;
                }
            }
        }
        let matrix = crate::compare::coverage(&corpus, &analysis, &timeline);
        let outlets = Outlets::of(&corpus);
        Data {
            corpus,
            analysis,
            people,
            person_quotes,
            segments,
            variants,
            sentence_has_variant,
            matrix,
            idf,
            timeline,
            index,
            outlets,
        }
    }

    /// The mentions and quotes of the person at display position `shown`.
    pub fn person_items(&self, shown: usize) -> Vec<PersonItem> {
        let Some(&p) = self.people.get(shown) else {
            return Vec::new();
        };
        let mentions = self.analysis.people[p].mentions.iter().map(|m| PersonItem {
            article: m.article,
            range: m.span.start()..m.span.end(),
            quote: false,
        });
        let quotes = self.person_quotes[p.index()].iter().map(|&q| {
            let q = &self.analysis.quotes[q];
            PersonItem {
                article: q.article,
                range: q.span.start()..q.span.end(),
                quote: true,
            }
        });
        // Both are in text order already: a stable sort of the two runs is a merge.
        let mut items: Vec<PersonItem> = mentions.chain(quotes).collect();
        items.sort_by_key(|i| (i.article, i.range.start));
        items
    }
}

/// Flattens mentions and quotes into non-overlapping segments per article, in one sweep over
/// their start and end points (linear after sorting, whatever the overlaps).
fn segments(corpus: &Corpus, analysis: &Analysis) -> Vec<Vec<Segment>> {
    // (position, change in open person marks, change in open quote marks)
    let mut events: Vec<Vec<(usize, i32, i32)>> = vec![Vec::new(); corpus.articles.len()];
    for p in &analysis.people {
        for m in &p.mentions {
            events[m.article.index()].extend([(m.span.start(), 1, 0), (m.span.end(), -1, 0)]);
        }
    }
    for q in &analysis.quotes {
        events[q.article.index()].extend([(q.span.start(), 0, 1), (q.span.end(), 0, -1)]);
    }
    events
        .into_iter()
        .map(|mut ev| {
            ev.sort_unstable_by_key(|e| e.0);
            let mut out = Vec::new();
            let (mut people, mut quotes, mut prev) = (0, 0, 0);
            let mut i = 0;
            while i < ev.len() {
                let pos = ev[i].0;
                if pos > prev && (people > 0 || quotes > 0) {
                    out.push(Segment {
                        start: prev,
                        end: pos,
                        person: people > 0,
                        quote: quotes > 0,
                    });
                }
                while i < ev.len() && ev[i].0 == pos {
                    people += ev[i].1;
                    quotes += ev[i].2;
                    i += 1;
                }
                prev = pos;
            }
            out
        })
        .collect()
}
