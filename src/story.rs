//! The story: one corpus with everything derived from it — its outlets, the analysis, the
//! timeline, the quote variants, the coverage matrix, the search index and the term weights
//! for alignment. Each part is built the first time it is asked for and kept, so a CLI
//! command computes only what it prints, nothing is computed twice, and the interface can
//! show each part as soon as it is ready ([`Story::ready`]): the parts are behind `OnceLock`s,
//! so one thread may build them while another reads those already built.

use crate::analysis::{self, Analysis};
use crate::compare::{self, Idf, Matrix, VariantGroup};
use crate::corpus::{Corpus, Outlets};
use crate::search;
use crate::timeline::{self, Timeline};
use std::sync::OnceLock;

/// The parts of a story, for asking which are ready.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Analysis,
    Timeline,
    Variants,
    Matrix,
    Index,
    Idf,
}

impl Part {
    /// Every part, in the order [`Story::build_all`] finishes them on one core.
    pub const ALL: [Part; 6] = [
        Part::Analysis,
        Part::Timeline,
        Part::Index,
        Part::Variants,
        Part::Idf,
        Part::Matrix,
    ];

    /// What the part is, for a view waiting on it.
    pub fn name(self) -> &'static str {
        match self {
            Part::Analysis => "people, quotes and dates",
            Part::Timeline => "timeline",
            Part::Variants => "quote variants",
            Part::Matrix => "coverage matrix",
            Part::Index => "search index",
            Part::Idf => "term weights",
        }
    }
}

pub struct Story {
    pub corpus: Corpus,
    outlets: Outlets,
    analysis: OnceLock<Analysis>,
    timeline: OnceLock<Timeline>,
    variants: OnceLock<Vec<VariantGroup>>,
    matrix: OnceLock<Matrix>,
    index: OnceLock<search::Index>,
    idf: OnceLock<Idf>,
}

impl Story {
    pub fn new(corpus: Corpus) -> Story {
        Story {
            outlets: Outlets::of(&corpus),
            corpus,
            analysis: OnceLock::new(),
            timeline: OnceLock::new(),
            variants: OnceLock::new(),
            matrix: OnceLock::new(),
            index: OnceLock::new(),
            idf: OnceLock::new(),
        }
    }

    /// A story whose analysis is already made (tests and benchmarks build analyses by hand).
    pub fn with_analysis(corpus: Corpus, analysis: Analysis) -> Story {
        let story = Story::new(corpus);
        let _ = story.analysis.set(analysis);
        story
    }

    pub fn outlets(&self) -> &Outlets {
        &self.outlets
    }

    /// People, quotes, sentences and date expressions.
    pub fn analysis(&self) -> &Analysis {
        self.analysis
            .get_or_init(|| analysis::analyze(&self.corpus))
    }

    /// The events across sources.
    pub fn timeline(&self) -> &Timeline {
        self.timeline
            .get_or_init(|| timeline::build(&self.corpus, self.analysis()))
    }

    /// Statements quoted by several outlets, widest first.
    pub fn variants(&self) -> &[VariantGroup] {
        self.variants
            .get_or_init(|| compare::variants(&self.corpus, self.analysis()))
    }

    /// Who covered what, widest coverage first.
    pub fn matrix(&self) -> &Matrix {
        self.matrix.get_or_init(|| {
            compare::coverage(
                &self.outlets,
                self.analysis(),
                self.timeline(),
                self.variants(),
            )
        })
    }

    /// The fuzzy index over people and quotes.
    pub fn index(&self) -> &search::Index {
        self.index
            .get_or_init(|| search::Index::build(&self.corpus, self.analysis()))
    }

    /// Term weights over every sentence of the corpus, for aligning two articles.
    pub fn idf(&self) -> &Idf {
        self.idf
            .get_or_init(|| compare::corpus_idf(&self.corpus, self.analysis()))
    }

    /// Whether `part` is built (without building it).
    pub fn ready(&self, part: Part) -> bool {
        match part {
            Part::Analysis => self.analysis.get().is_some(),
            Part::Timeline => self.timeline.get().is_some(),
            Part::Variants => self.variants.get().is_some(),
            Part::Matrix => self.matrix.get().is_some(),
            Part::Index => self.index.get().is_some(),
            Part::Idf => self.idf.get().is_some(),
        }
    }

    /// Builds every part, both cores at once: the analysis, then the timeline, the longest,
    /// beside the index, the variants and the term weights, then the matrix. `ready` is
    /// called after each part, on the thread that built it.
    pub fn build_all(&self, ready: impl Fn(Part) + Sync) {
        self.analysis();
        ready(Part::Analysis);
        rayon::join(
            || {
                self.timeline();
                ready(Part::Timeline);
            },
            || {
                self.index();
                ready(Part::Index);
                self.variants();
                ready(Part::Variants);
                self.idf();
                ready(Part::Idf);
            },
        );
        self.matrix();
        ready(Part::Matrix);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_seeds;

    #[test]
    fn parts_are_built_when_asked_for_and_only_once() {
        let story = Story::new(load_seeds());
        assert!(!story.ready(Part::Analysis));
        assert_eq!(story.outlets().len(), 5);
        let people = story.analysis().people.len();
        assert!(people > 0);
        assert!(story.ready(Part::Analysis) && !story.ready(Part::Timeline));
        // The matrix needs the timeline and the variants, and builds them.
        let rows = story.matrix().rows.len();
        assert!(story.ready(Part::Timeline) && story.ready(Part::Variants));
        assert!(!story.ready(Part::Index));
        assert_eq!(story.matrix().rows.len(), rows);
        assert!(std::ptr::eq(story.analysis(), story.analysis()));
        story.build_all(|_| {});
        assert!(story.ready(Part::Index) && story.ready(Part::Idf));
    }
}
