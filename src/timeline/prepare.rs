//! The one pass over the corpus: every sentence with a date expression is read once
//! (tokenized), cut into dated clauses, and each clause gets its head, frame and vector;
//! rarity is counted over the same sentences. Sentences without a date are only listed (those
//! naming someone, as candidates for undated evidence): they are not read here. Articles in
//! parallel.

use super::clauses::{self, Clause};
use super::frame::{self, Frame};
use super::head;
use super::index::SentenceIndex;
use super::read::{self, Buffers};
use super::terms::Lexicon;
use super::vector::{Vector, add_terms, finish, in_any, sentence_terms};
use crate::text::tfidf::Idf;
use rayon::prelude::*;

/// Weight of the rest of a sentence beside a clause's own words: the subject often sits in
/// the other clause ("Xi met Putin on Monday before formal talks on Tuesday").
const CONTEXT: f32 = 0.3;
/// Extra weight of the clause's "what" (the verb phrase after its actor): same people, same
/// place, same day, and still another event if something else happened.
const HEAD: f32 = 1.0;

/// Everything known about the dated clauses.
pub(crate) struct Prepared {
    pub clauses: Vec<Clause>,
    pub vecs: Vec<Vector>,
    pub frames: Vec<Frame>,
    /// Whether each clause's head opens with its actor (a better label).
    pub found: Vec<bool>,
    /// Whether each clause's own words hold a number (worth reading for quantities).
    pub numeric: Vec<bool>,
    /// Sentences with no usable date that name someone.
    pub undated: Vec<usize>,
    pub idf: Idf,
}

#[derive(Default)]
struct Part {
    clauses: Vec<Clause>,
    raws: Vec<Vec<(u32, f32)>>,
    frames: Vec<Frame>,
    found: Vec<bool>,
    numeric: Vec<bool>,
    undated: Vec<usize>,
    idf: Idf,
}

impl Part {
    fn append(mut self, other: Part) -> Part {
        self.clauses.extend(other.clauses);
        self.raws.extend(other.raws);
        self.frames.extend(other.frames);
        self.found.extend(other.found);
        self.numeric.extend(other.numeric);
        self.undated.extend(other.undated);
        self.idf.merge(other.idf);
        self
    }
}

pub(crate) fn prepare(ix: &SentenceIndex, lex: &Lexicon) -> Prepared {
    // Fold keeps article order inside each chunk and reduce joins chunks in order, so the
    // clauses come out in corpus order whatever the threads do.
    let all = ix
        .analysis
        .article_sentences
        .par_iter()
        .fold(
            || (Part::default(), Buffers::default(), Vec::new()),
            |(mut part, mut buf, mut seen), range| {
                for si in range.clone() {
                    let named = !ix.people(si).is_empty();
                    let Some(article) = ix.corpus.get(ix.analysis.sentences[si].article) else {
                        continue;
                    };
                    if ix.dates(si).is_empty() {
                        if named {
                            part.undated.push(si);
                        }
                        continue;
                    }
                    let s = read::read(ix, lex, si, &mut buf);
                    let n0 = part.clauses.len();
                    if !clauses::of_sentence(lex, ix.analysis, article, &s, &mut part.clauses) {
                        if named {
                            part.undated.push(si);
                        }
                        continue;
                    }
                    sentence_terms(&s, &mut seen);
                    part.idf.add(&mut seen);
                    for c in &part.clauses[n0..] {
                        let h = head::read(&s, c);
                        let span = h.span(&s);
                        let mut raw = Vec::with_capacity(s.toks.len() + 4);
                        add_terms(
                            &s,
                            |at| {
                                if in_any(&c.dropped, at) {
                                    0.0
                                } else if c.own.contains(&at) {
                                    1.0 + if span.as_ref().is_some_and(|p| p.contains(&at)) {
                                        HEAD
                                    } else {
                                        0.0
                                    }
                                } else {
                                    CONTEXT
                                }
                            },
                            &mut raw,
                        );
                        part.raws.push(raw);
                        part.frames.push(frame::of_clause(ix, &s, c, &h));
                        part.found.push(h.found);
                        part.numeric.push(
                            s.toks[s.within(&c.own)]
                                .iter()
                                .any(|t| t.numeric && t.date.is_none()),
                        );
                    }
                    s.recycle(&mut buf);
                }
                (part, buf, seen)
            },
        )
        .map(|(part, _, _)| part)
        .reduce(Part::default, Part::append);
    let idf = all.idf;
    let vecs = all.raws.into_par_iter().map(|r| finish(r, &idf)).collect();
    Prepared {
        clauses: all.clauses,
        vecs,
        frames: all.frames,
        found: all.found,
        numeric: all.numeric,
        undated: all.undated,
        idf,
    }
}
