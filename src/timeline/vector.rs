//! TF-IDF vectors over sentence parts: content words (stemmed, stop words out, capitalised
//! place and organisation words weighted up, titles before a name left to the name) and the
//! people mentioned, by person id, so that "Xi", "Xi Jinping" and "Chinese President Xi
//! Jinping" count as one term. Rarity is counted over the dated sentences. The weighing, the
//! unit vectors and their cosines are the text layer's ([`crate::text::tfidf`]); what is ours
//! is which words of a sentence count, and how much.

use super::read::ReadSentence;
use super::terms::person_term;
use crate::text::tfidf::{Idf, dot, fold_repeats, to_unit};
use std::ops::Range;

/// Capitalised words inside a sentence are mostly places and organisations: strong evidence
/// that two sentences report the same happening.
pub(crate) const CAPITAL: f32 = 1.5;
/// A person named counts like a word of the same rarity: the story's protagonists are in
/// most of its sentences, and what tells two happenings apart is what they did.
pub(crate) const PERSON: f32 = 1.0;
/// A compound's parts count half ("Sino-Russian" → "russian").
pub(crate) const PART: f32 = 0.5;

/// A sparse vector, sorted by term, of unit length.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vector(pub Vec<(u32, f32)>);

/// The `k` heaviest of `(term, weight)` pairs, heaviest first (ties by term).
fn heaviest(it: impl Iterator<Item = (u32, f32)>, k: usize) -> Vec<u32> {
    let mut best: Vec<(u32, f32)> = Vec::with_capacity(k + 1);
    for (t, w) in it {
        let better = |b: &(u32, f32)| w > b.1 || (w == b.1 && t < b.0);
        if best.len() < k || best.last().is_some_and(better) {
            let at = best.iter().position(better).unwrap_or(best.len());
            best.insert(at, (t, w));
            best.truncate(k);
        }
    }
    best.into_iter().map(|(t, _)| t).collect()
}

impl Vector {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn top(&self, k: usize) -> Vec<u32> {
        heaviest(self.0.iter().copied(), k)
    }
}

/// The sum of member vectors, for cosine against a cluster: sorted by term, like a
/// [`Vector`], so its sums run in term order whatever order members came in.
#[derive(Clone, Debug, Default)]
pub(crate) struct Centroid {
    sum: Vec<(u32, f32)>,
    norm2: f32,
}

impl Centroid {
    pub fn add(&mut self, v: &Vector) {
        self.absorb(&v.0);
    }

    pub fn merge(&mut self, other: &Centroid) {
        self.absorb(&other.sum);
    }

    /// Adds a sorted sparse vector to the sum, keeping the squared norm up to date.
    fn absorb(&mut self, other: &[(u32, f32)]) {
        let mut out = Vec::with_capacity(self.sum.len() + other.len());
        let mut i = 0;
        for &(t, w) in other {
            while self.sum.get(i).is_some_and(|e| e.0 < t) {
                out.push(self.sum[i]);
                i += 1;
            }
            let e = match self.sum.get(i) {
                Some(&(u, e)) if u == t => {
                    i += 1;
                    e
                }
                _ => 0.0,
            };
            self.norm2 += 2.0 * e * w + w * w;
            out.push((t, e + w));
        }
        out.extend_from_slice(&self.sum[i..]);
        self.sum = out;
    }

    /// Whether some member has term `t`.
    pub fn has(&self, t: u32) -> bool {
        self.sum.binary_search_by_key(&t, |e| e.0).is_ok()
    }

    /// Cosine with a unit vector.
    pub fn cosine(&self, v: &Vector) -> f32 {
        if self.norm2 <= 0.0 {
            return 0.0;
        }
        dot(&self.sum, &v.0) / self.norm2.sqrt()
    }

    pub fn cosine_centroid(&self, other: &Centroid) -> f32 {
        if self.norm2 <= 0.0 || other.norm2 <= 0.0 {
            return 0.0;
        }
        dot(&self.sum, &other.sum) / (self.norm2.sqrt() * other.norm2.sqrt())
    }

    /// The `k` heaviest terms (ties by term).
    pub fn top(&self, k: usize) -> Vec<u32> {
        heaviest(self.sum.iter().copied(), k)
    }
}

/// Puts the terms of one dated sentence into `seen` (a reused buffer), for counting rarity:
/// its words' terms and its people's, as [`add_terms`] would weigh them.
pub(crate) fn sentence_terms(s: &ReadSentence, seen: &mut Vec<u32>) {
    seen.clear();
    for t in &s.toks {
        if t.person.is_none() && t.date.is_none() {
            seen.extend(std::iter::once(t.term).chain(t.parts).filter(|&x| x != 0));
        }
    }
    seen.extend(s.people.iter().map(|p| person_term(p.person)));
}

/// Adds the terms of the sentence's tokens and people to `raw`, each weighted by
/// `weight(byte)` for where it stands (0 leaves it out). Words of names, titles and date
/// expressions are left out: the person's own term stands for the name.
pub(crate) fn add_terms(
    s: &ReadSentence,
    weight: impl Fn(usize) -> f32,
    raw: &mut Vec<(u32, f32)>,
) {
    for p in s.people {
        let in_date = s
            .dates
            .iter()
            .any(|d| p.start >= d.start && p.start < d.end);
        let w = weight(p.start);
        if w > 0.0 && !in_date {
            raw.push((person_term(p.person), w * PERSON));
        }
    }
    for t in &s.toks {
        if t.person.is_some() || t.date.is_some() || t.title {
            continue;
        }
        let w = weight(t.start);
        if w <= 0.0 {
            continue;
        }
        let boost = if t.upper && t.start != s.toks[0].start {
            CAPITAL
        } else {
            1.0
        };
        if t.term != 0 {
            raw.push((t.term, w * boost));
        }
        for &p in t.parts.iter().filter(|&&p| p != 0) {
            raw.push((p, w * PART));
        }
    }
}

/// Sorts and sums `raw` and weights it by rarity into a unit vector.
pub(crate) fn finish(mut raw: Vec<(u32, f32)>, idf: &Idf) -> Vector {
    fold_repeats(&mut raw, 0);
    to_unit(&mut raw, |t| idf.weight(t));
    Vector(raw)
}

/// Whether byte `at` falls in any of `ranges`.
pub(crate) fn in_any(ranges: &[Range<usize>], at: usize) -> bool {
    ranges.iter().any(|r| r.contains(&at))
}
