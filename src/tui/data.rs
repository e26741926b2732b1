//! What the views read besides the story: the people in display order, each person's quotes,
//! each article's highlight segments and which sentences hold a quote other outlets word
//! differently, prepared once after loading so that drawing never searches.

use crate::analysis::{Analysis, Granularity, PersonKind};
use crate::corpus::{Corpus, Diagnostic};
use crate::ids::{ArticleId, PersonId, QuoteId};
use crate::story::{Part, Story};
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
    pub story: Story,
    /// People in the story first, most mentioned first.
    pub people: Vec<PersonId>,
    /// Per person of the analysis, their quotes in order, so the People view does not scan
    /// every quote each frame.
    pub person_quotes: Vec<Vec<QuoteId>>,
    /// Per article, non-overlapping highlight segments in text order.
    pub segments: Vec<Vec<Segment>>,
    /// Per sentence of the analysis: does it hold a quote that other outlets word differently?
    pub sentence_has_variant: Vec<bool>,
    /// The timeline's days lie in more than one year, so a day says its year.
    pub timeline_years: bool,
}

impl Data {
    /// Builds every part of the story and what the views need from them.
    pub fn new(story: Story) -> Data {
        story.build_all();
        let analysis = story.analysis();
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
        let mut sentence_has_variant = vec![false; analysis.sentences.len()];
        for g in story.variants() {
            for v in &g.variants {
                if let Some(q) = analysis.quotes.get(v.quote.index())
                    && let Some(slot) = sentence_has_variant.get_mut(q.sentence.index())
                {
                    *slot = true;
                }
            }
        }
        let mut years = (story.timeline().events.iter())
            .filter_map(|e| e.date)
            .filter(|d| d.granularity == Granularity::Day)
            .map(|d| d.start.year);
        let first_year = years.next();
        let timeline_years = years.any(|y| Some(y) != first_year);
        Data {
            timeline_years,
            segments: segments(&story.corpus, analysis),
            people,
            person_quotes,
            sentence_has_variant,
            story,
        }
    }

    pub fn corpus(&self) -> &Corpus {
        &self.story.corpus
    }

    pub fn analysis(&self) -> &Analysis {
        self.story.analysis()
    }

    /// The problems met while loading, then those of the analysis (articles it left out).
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        let analysis = self
            .story
            .ready(Part::Analysis)
            .then(|| &self.analysis().diagnostics);
        self.corpus()
            .diagnostics
            .iter()
            .chain(analysis.into_iter().flatten())
    }

    /// The mentions and quotes of the person at display position `shown`.
    pub fn person_items(&self, shown: usize) -> Vec<PersonItem> {
        let Some(&p) = self.people.get(shown) else {
            return Vec::new();
        };
        let analysis = self.analysis();
        let mentions = analysis.people[p].mentions.iter().map(|m| PersonItem {
            article: m.article,
            range: m.span.range(),
            quote: false,
        });
        let quotes = self.person_quotes[p.index()].iter().map(|&q| {
            let q = &analysis.quotes[q];
            PersonItem {
                article: q.article,
                range: q.span.range(),
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
