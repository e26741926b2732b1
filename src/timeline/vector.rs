//! TF-IDF vectors over sentence parts: content words (stemmed, stop words out, capitalised
//! place and organisation words weighted up, titles before a name left to the name) and the
//! people mentioned, by person id, so that "Xi", "Xi Jinping" and "Chinese President Xi
//! Jinping" count as one term. Rarity is counted over the dated sentences.

use super::terms::person_term;
use super::tokens::Sent;
use crate::text::hash::Map;
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

/// The sum of member vectors, for cosine against a cluster.
#[derive(Clone, Debug, Default)]
pub(crate) struct Centroid {
    pub sum: Map<u32, f32>,
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
        for (t, w) in other.entries() {
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
            .entries()
            .into_iter()
            .filter_map(|(t, w)| big.sum.get(&t).map(|c| c * w))
            .sum();
        dot / (self.norm2.sqrt() * other.norm2.sqrt())
    }

    /// The entries in term order. Sums over a centroid's terms are taken in this order, not
    /// the map's: float addition is not associative, and what is printed must follow from the
    /// terms, not from how a hasher happens to lay them out.
    fn entries(&self) -> Vec<(u32, f32)> {
        let mut e: Vec<(u32, f32)> = self.sum.iter().map(|(&t, &w)| (t, w)).collect();
        e.sort_unstable_by_key(|e| e.0);
        e
    }

    /// The `k` heaviest terms (ties by term).
    pub fn top(&self, k: usize) -> Vec<u32> {
        heaviest(self.sum.iter().map(|(&t, &w)| (t, w)), k)
    }
}

/// How rare each term is among the sentences counted.
#[derive(Default)]
pub(crate) struct Idf {
    pub df: Map<u32, u32>,
    pub n: u32,
}

impl Idf {
    pub fn weight(&self, t: u32) -> f32 {
        let df = self.df.get(&t).copied().unwrap_or(0) as f32;
        ((self.n as f32 + 1.0) / (df + 1.0)).ln() + 1.0
    }

    /// Counts the terms of one sentence. `seen` is a reused buffer.
    pub fn count(&mut self, s: &Sent, seen: &mut Vec<u32>) {
        seen.clear();
        for t in &s.toks {
            if t.person.is_none() && t.date.is_none() {
                seen.extend(std::iter::once(t.term).chain(t.parts).filter(|&x| x != 0));
            }
        }
        seen.extend(s.people.iter().map(|p| person_term(p.person)));
        seen.sort_unstable();
        seen.dedup();
        for &t in seen.iter() {
            *self.df.entry(t).or_insert(0) += 1;
        }
        self.n += 1;
    }

    pub fn merge(&mut self, mut other: Idf) {
        if other.df.len() > self.df.len() {
            std::mem::swap(self, &mut other);
        }
        self.n += other.n;
        for (t, n) in other.df {
            *self.df.entry(t).or_insert(0) += n;
        }
    }
}

/// Adds the terms of the sentence's tokens and people to `raw`, each weighted by
/// `weight(byte)` for where it stands (0 leaves it out). Words of names, titles and date
/// expressions are left out: the person's own term stands for the name.
pub(crate) fn add_terms(s: &Sent, weight: impl Fn(usize) -> f32, raw: &mut Vec<(u32, f32)>) {
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
pub(crate) fn finish(raw: &mut [(u32, f32)], idf: &Idf) -> Vector {
    raw.sort_unstable_by_key(|x| x.0);
    let mut v: Vec<(u32, f32)> = Vec::with_capacity(raw.len());
    for &(t, w) in raw.iter() {
        match v.last_mut() {
            Some(last) if last.0 == t => last.1 += w,
            _ => v.push((t, w)),
        }
    }
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

/// Whether byte `at` falls in any of `ranges`.
pub(crate) fn in_any(ranges: &[Range<usize>], at: usize) -> bool {
    ranges.iter().any(|r| r.contains(&at))
}
