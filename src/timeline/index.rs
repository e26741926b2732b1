//! Per-sentence lookups the timeline needs many times: the people named in a sentence and its
//! date expressions, each kept flat (one array, one offset table) rather than a vector per
//! sentence, and checked against the text so that no later slice can fall off it.

use crate::analysis::{Analysis, PersonKind};
use crate::corpus::Corpus;
use crate::ids::SentenceId;

/// A person named in a sentence: bytes in the article's text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PersonSpan {
    pub start: usize,
    pub end: usize,
    pub person: usize,
}

/// A date expression in a sentence: its index in [`Analysis::dates`] and its bytes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DateSpan {
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

pub(crate) struct SentenceIndex<'a> {
    pub corpus: &'a Corpus,
    pub analysis: &'a Analysis,
    /// The short name of each person, for labels (filled by the caller).
    pub short: Vec<String>,
    people_at: Vec<u32>,
    people: Vec<PersonSpan>,
    dates_at: Vec<u32>,
    dates: Vec<DateSpan>,
}

/// Groups items by sentence, in order of `start` inside each: `each` hands out every
/// `(sentence, item)` and is called twice, once to count and once to place, so nothing but the
/// result is allocated.
fn group<T: Copy>(
    n: usize,
    each: impl Fn(&mut dyn FnMut(usize, T)),
    start: impl Fn(&T) -> usize,
) -> (Vec<u32>, Vec<T>) {
    let mut at = vec![0u32; n + 1];
    let mut fill: Option<T> = None;
    each(&mut |si, t| {
        at[si + 1] += 1;
        fill.get_or_insert(t);
    });
    for i in 0..n {
        at[i + 1] += at[i];
    }
    let Some(fill) = fill else {
        return (at, Vec::new());
    };
    let mut slots = vec![fill; at[n] as usize];
    let mut next = at.clone();
    each(&mut |si, t| {
        slots[next[si] as usize] = t;
        next[si] += 1;
    });
    for si in 0..n {
        let r = &mut slots[at[si] as usize..at[si + 1] as usize];
        if !r.is_sorted_by_key(&start) {
            r.sort_by_key(&start);
        }
    }
    (at, slots)
}

impl<'a> SentenceIndex<'a> {
    pub fn new(corpus: &'a Corpus, analysis: &'a Analysis) -> SentenceIndex<'a> {
        let n = analysis.sentences.len();
        // A span is usable when it lies inside its sentence on character boundaries.
        let fits = |si: SentenceId, start: usize, end: usize| {
            analysis.sentences.get(si.index()).is_some_and(|s| {
                corpus.get(s.article).is_some_and(|a| {
                    s.span.start() <= start
                        && start <= end
                        && end <= s.span.end()
                        && a.text.get(start..end).is_some()
                })
            })
        };
        // People and dates are grouped side by side.
        let ((people_at, people), (dates_at, dates)) = rayon::join(
            || {
                group(
                    n,
                    |put| {
                        for (pi, p) in analysis.people.iter().enumerate() {
                            if p.kind != PersonKind::Actor {
                                continue;
                            }
                            for m in &p.mentions {
                                if let Some(si) = m.sentence
                                    && fits(si, m.span.start(), m.span.end())
                                {
                                    put(
                                        si.index(),
                                        PersonSpan {
                                            start: m.span.start(),
                                            end: m.span.end(),
                                            person: pi,
                                        },
                                    );
                                }
                            }
                        }
                    },
                    |p| p.start,
                )
            },
            || {
                group(
                    n,
                    |put| {
                        for (i, d) in analysis.dates.iter().enumerate() {
                            if fits(d.sentence, d.span.start(), d.span.end()) {
                                put(
                                    d.sentence.index(),
                                    DateSpan {
                                        index: i,
                                        start: d.span.start(),
                                        end: d.span.end(),
                                    },
                                );
                            }
                        }
                    },
                    |d| d.start,
                )
            },
        );
        SentenceIndex {
            corpus,
            analysis,
            short: Vec::new(),
            people_at,
            people,
            dates_at,
            dates,
        }
    }

    /// The people named in sentence `si`, in text order.
    pub fn people(&self, si: usize) -> &[PersonSpan] {
        let (a, b) = (self.people_at[si] as usize, self.people_at[si + 1] as usize);
        &self.people[a..b]
    }

    /// The date expressions of sentence `si`, in text order.
    pub fn dates(&self, si: usize) -> &[DateSpan] {
        let (a, b) = (self.dates_at[si] as usize, self.dates_at[si + 1] as usize);
        &self.dates[a..b]
    }

    /// The article text sentence `si` belongs to.
    pub fn text(&self, si: usize) -> &'a str {
        let a = self.analysis.sentences[si].article;
        &self.corpus.articles[a].text
    }
}
