//! TF-IDF vectors over sentence parts: content words (stemmed, stop words out, capitalised
//! place and organisation words weighted up) and the people mentioned, by person id, so that
//! "Xi", "Xi Jinping" and "Chinese President Xi Jinping" count as one term.

use super::index::{DateSpan, Index, PersonSpan};
use super::terms::{Lexicon, TermMap, lower_into, person_term, term, words};
use rayon::prelude::*;
use std::ops::Range;

/// Capitalised words inside a sentence are mostly places and organisations: strong evidence
/// that two sentences report the same happening.
const CAPITAL: f32 = 1.5;
/// A person named counts like a word of the same rarity: the story's protagonists are in
/// most of its sentences, and what tells two happenings apart is what they did.
const PERSON: f32 = 1.0;

/// A sparse vector, sorted by term, of unit length.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vector(pub Vec<(u64, f32)>);

impl Vector {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The `k` heaviest terms, heaviest first (ties by term, for determinism).
    pub fn top(&self, k: usize) -> Vec<u64> {
        let mut v: Vec<(u64, f32)> = self.0.clone();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().take(k).map(|(t, _)| t).collect()
    }
}

/// The sum of member vectors, for cosine against a cluster.
#[derive(Clone, Debug, Default)]
pub(crate) struct Centroid {
    pub sum: TermMap<f32>,
    norm2: f32,
}

impl Centroid {
    pub fn add(&mut self, v: &Vector) {
        for &(t, w) in &v.0 {
            let e = self.sum.entry(t).or_insert(0.0);
            self.norm2 += 2.0 * *e * w + w * w;
            *e += w;
        }
    }

    pub fn merge(&mut self, other: &Centroid) {
        for (&t, &w) in &other.sum {
            let e = self.sum.entry(t).or_insert(0.0);
            self.norm2 += 2.0 * *e * w + w * w;
            *e += w;
        }
    }

    /// Cosine with a unit vector.
    pub fn cosine(&self, v: &Vector) -> f32 {
        if self.norm2 <= 0.0 {
            return 0.0;
        }
        let dot: f32 =
            v.0.iter()
                .filter_map(|(t, w)| self.sum.get(t).map(|c| c * w))
                .sum();
        dot / self.norm2.sqrt()
    }

    pub fn cosine_centroid(&self, other: &Centroid) -> f32 {
        if self.norm2 <= 0.0 || other.norm2 <= 0.0 {
            return 0.0;
        }
        let (small, big) = if self.sum.len() <= other.sum.len() {
            (self, other)
        } else {
            (other, self)
        };
        let dot: f32 = small
            .sum
            .iter()
            .filter_map(|(t, w)| big.sum.get(t).map(|c| c * w))
            .sum();
        dot / (self.norm2.sqrt() * other.norm2.sqrt())
    }

    /// The `k` heaviest terms (ties by term).
    pub fn top(&self, k: usize) -> Vec<u64> {
        let mut v: Vec<(u64, f32)> = self.sum.iter().map(|(&t, &w)| (t, w)).collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().take(k).map(|(t, _)| t).collect()
    }
}

/// How rare each term is across all story sentences.
pub(crate) struct Idf {
    df: TermMap<u32>,
    n: f32,
}

impl Idf {
    pub fn weight(&self, t: u64) -> f32 {
        let df = self.df.get(&t).copied().unwrap_or(0) as f32;
        ((self.n + 1.0) / (df + 1.0)).ln() + 1.0
    }
}

/// Reused buffers for building vectors.
#[derive(Default)]
pub(crate) struct Scratch {
    lower: String,
    stem: String,
    raw: Vec<(u64, f32)>,
}

/// Adds the terms of `span` (bytes in `text`) with weight `w` to `out`: words outside person
/// mentions and date expressions, and the people mentioned. `first` is where the sentence
/// starts, whose capital says nothing.
#[allow(clippy::too_many_arguments)]
pub(crate) fn add_terms(
    lex: &Lexicon,
    text: &str,
    span: Range<usize>,
    first: usize,
    people: &[PersonSpan],
    skip: &[DateSpan],
    w: f32,
    out: &mut Vec<(u64, f32)>,
    s: &mut Scratch,
) {
    let Some(part) = text.get(span.clone()) else {
        return;
    };
    for p in people {
        if p.start >= span.start && p.end <= span.end {
            out.push((person_term(p.person), w * PERSON));
        }
    }
    for word in words(part) {
        let (a, b) = (span.start + word.start, span.start + word.end);
        let inside = |r: &Range<usize>| a < r.end && b > r.start;
        if people.iter().any(|p| inside(&(p.start..p.end)))
            || skip.iter().any(|d| inside(&(d.start..d.end)))
        {
            continue;
        }
        // Titles before a name ("Chinese President Xi Jinping") repeat the person.
        if word.upper && people.iter().any(|p| is_title(text, b, p.start)) {
            continue;
        }
        let boost = if word.upper && a != first {
            CAPITAL
        } else {
            1.0
        };
        lower_into(&part[word.start..word.end], &mut s.lower);
        if let Some(t) = term(lex, &s.lower, &mut s.stem) {
            out.push((t, w * boost));
        }
        // A compound counts as itself and as its parts ("Sino-Russian" → "russian").
        if s.lower.contains('-') {
            let whole = std::mem::take(&mut s.lower);
            for piece in whole.split('-') {
                if let Some(t) = term(lex, piece, &mut s.stem) {
                    out.push((t, w * 0.5));
                }
            }
            s.lower = whole;
        }
    }
}

/// Whether the text from `end` to a name starting at `name` is only capitalised words.
fn is_title(text: &str, end: usize, name: usize) -> bool {
    name >= end
        && name - end < 40
        && text.get(end..name).is_some_and(|g| {
            g.split_whitespace()
                .all(|t| t.starts_with(char::is_uppercase))
        })
}

/// Sorts and sums `raw` and weights it by rarity into a unit vector.
pub(crate) fn finish(raw: &mut Vec<(u64, f32)>, idf: &Idf) -> Vector {
    raw.sort_unstable_by_key(|x| x.0);
    let mut v: Vec<(u64, f32)> = Vec::with_capacity(raw.len());
    for &(t, w) in raw.iter() {
        match v.last_mut() {
            Some(last) if last.0 == t => last.1 += w,
            _ => v.push((t, w)),
        }
    }
    raw.clear();
    for e in &mut v {
        e.1 *= idf.weight(e.0);
    }
    let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        for e in &mut v {
            e.1 /= norm;
        }
    }
    Vector(v)
}

/// The vector of a whole sentence.
pub(crate) fn sentence_vector(
    ix: &Index,
    lex: &Lexicon,
    idf: &Idf,
    si: usize,
    s: &mut Scratch,
) -> Vector {
    let mut raw = std::mem::take(&mut s.raw);
    let sent = &ix.analysis.sentences[si];
    let text = &ix.corpus.articles[sent.article].text;
    add_terms(
        lex,
        text,
        sent.start..sent.end,
        sent.start,
        ix.people(si),
        ix.dates(si),
        1.0,
        &mut raw,
        s,
    );
    let v = finish(&mut raw, idf);
    s.raw = raw;
    v
}

/// Document frequencies over every story sentence, articles in parallel.
pub(crate) fn idf(ix: &Index, lex: &Lexicon) -> Idf {
    let df = ix
        .analysis
        .article_sentences
        .par_iter()
        .fold(
            || (TermMap::<u32>::default(), Scratch::default()),
            |(mut df, mut s), range| {
                for si in range.clone() {
                    let sent = &ix.analysis.sentences[si];
                    let text = &ix.corpus.articles[sent.article].text;
                    let mut raw = std::mem::take(&mut s.raw);
                    add_terms(
                        lex,
                        text,
                        sent.start..sent.end,
                        sent.start,
                        ix.people(si),
                        ix.dates(si),
                        1.0,
                        &mut raw,
                        &mut s,
                    );
                    raw.sort_unstable_by_key(|x| x.0);
                    raw.dedup_by_key(|x| x.0);
                    for &(t, _) in &raw {
                        *df.entry(t).or_insert(0) += 1;
                    }
                    raw.clear();
                    s.raw = raw;
                }
                (df, s)
            },
        )
        .map(|(df, _)| df)
        .reduce(TermMap::default, |a, b| {
            let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            for (t, n) in small {
                *big.entry(t).or_insert(0) += n;
            }
            big
        });
    Idf {
        df,
        n: ix.analysis.sentences.len() as f32,
    }
}
