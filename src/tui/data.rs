//! What the views read besides the story: the people in display order, each person's quotes,
//! each article's highlight segments and which sentences hold a quote other outlets word
//! differently, prepared once so that drawing never searches. The story's parts are built
//! on the loader's thread while the interface runs; each view reads only parts that are
//! ready ([`Data::ready`]).

use crate::analysis::{Analysis, Granularity, PersonKind};
use crate::corpus::{Corpus, Diagnostic};
use crate::ids::{ArticleId, PersonId, QuoteId, SentenceId};
use crate::story::{Part, Story};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

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

/// What the views read of the analysis, built once it is ready.
struct Derived {
    /// People in the story first, most mentioned first.
    people: Vec<PersonId>,
    /// Per person of the analysis, their quotes in order, so the People view does not scan
    /// every quote each frame.
    person_quotes: Vec<Vec<QuoteId>>,
    /// Per article, non-overlapping highlight segments in text order.
    segments: Vec<Vec<Segment>>,
}

/// The story and what the views read of it. Each part may still be building on the loader's
/// thread ([`Data::pending`], [`Data::build`]): the views ask [`Data::ready`] before they read
/// one, so the Articles list and the reader are usable as soon as the articles are loaded.
pub struct Data {
    pub story: Arc<Story>,
    derived: Arc<OnceLock<Derived>>,
    /// Per sentence of the analysis: does it hold a quote that other outlets word
    /// differently? (Made on first use, once the variants are ready.)
    sentence_has_variant: OnceLock<Vec<bool>>,
    /// The timeline's days lie in more than one year, so a day says its year.
    timeline_years: OnceLock<bool>,
}

impl Data {
    /// Builds every part of the story and what the views need from them (tests, benchmarks).
    pub fn new(story: Story) -> Data {
        let data = Data::pending(Arc::new(story));
        data.build(|_| {});
        data
    }

    /// The story with nothing built yet: [`Data::build`], on another thread, builds it.
    pub fn pending(story: Arc<Story>) -> Data {
        Data {
            story,
            derived: Arc::default(),
            sentence_has_variant: OnceLock::new(),
            timeline_years: OnceLock::new(),
        }
    }

    /// A handle for the thread that builds the parts: shares the story and what is derived
    /// from its analysis, nothing of the interface's own state.
    pub fn builder(&self) -> Data {
        Data {
            derived: Arc::clone(&self.derived),
            ..Data::pending(Arc::clone(&self.story))
        }
    }

    /// Builds every part ([`Story::build_all`]) and, as soon as the analysis is, what the
    /// views read of it; calls `ready` after each part.
    pub fn build(&self, ready: impl Fn(Part) + Sync) {
        let story = &*self.story;
        story.build_all(|part| {
            if part == Part::Analysis {
                self.derived
                    .get_or_init(|| Derived::new(&story.corpus, story.analysis()));
            }
            ready(part);
        });
    }

    /// Whether `part` can be read without waiting (for the analysis: with what the views
    /// derive from it).
    pub fn ready(&self, part: Part) -> bool {
        match part {
            Part::Analysis => self.derived.get().is_some(),
            _ => self.story.ready(part),
        }
    }

    /// People in the story first, most mentioned first (none before the analysis is ready).
    pub fn people(&self) -> &[PersonId] {
        self.derived.get().map_or(&[], |d| &d.people)
    }

    /// The highlight segments of `article` (none before the analysis is ready).
    pub fn segments(&self, article: ArticleId) -> &[Segment] {
        (self.derived.get())
            .and_then(|d| d.segments.get(article.index()))
            .map_or(&[], Vec::as_slice)
    }

    /// Whether sentence `s` holds a quote that other outlets word differently (false before
    /// the variants are ready).
    pub fn sentence_has_variant(&self, s: SentenceId) -> bool {
        if !self.ready(Part::Variants) || !self.ready(Part::Analysis) {
            return false;
        }
        let marks = self.sentence_has_variant.get_or_init(|| {
            let analysis = self.story.analysis();
            let mut marks = vec![false; analysis.sentences.len()];
            for g in self.story.variants() {
                for v in &g.variants {
                    if let Some(q) = analysis.quotes.get(v.quote.index())
                        && let Some(slot) = marks.get_mut(q.sentence.index())
                    {
                        *slot = true;
                    }
                }
            }
            marks
        });
        marks.get(s.index()).copied().unwrap_or(false)
    }

    /// The timeline's days lie in more than one year, so a day says its year.
    pub fn timeline_years(&self) -> bool {
        *self.timeline_years.get_or_init(|| {
            let mut years = (self.story.timeline().events.iter())
                .filter_map(|e| e.date)
                .filter(|d| d.granularity == Granularity::Day)
                .map(|d| d.start.year);
            let first_year = years.next();
            years.any(|y| Some(y) != first_year)
        })
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

    /// How many quotes person `p` is the speaker of (none before the analysis is ready).
    pub fn quote_count(&self, p: PersonId) -> usize {
        (self.derived.get())
            .and_then(|d| d.person_quotes.get(p.index()))
            .map_or(0, Vec::len)
    }

    /// The mentions and quotes of person `p` (`None`: nobody), in text order.
    pub fn person_items(&self, p: Option<PersonId>) -> Vec<PersonItem> {
        let (Some(p), Some(derived)) = (p, self.derived.get()) else {
            return Vec::new();
        };
        let analysis = self.analysis();
        let mentions = analysis.people[p].mentions.iter().map(|m| PersonItem {
            article: m.article,
            range: m.span.range(),
            quote: false,
        });
        let quotes = derived.person_quotes[p.index()].iter().map(|&q| {
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
impl Derived {
    fn new(corpus: &Corpus, analysis: &Analysis) -> Derived {
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
        Derived {
            people,
            person_quotes,
            segments: segments(corpus, analysis),
        }
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
