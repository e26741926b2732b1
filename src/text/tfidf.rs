//! TF-IDF, one way for every module that weighs terms by rarity: the timeline (grouping dated
//! sentences into events, undated evidence) and the comparison (aligning two articles'
//! sentences, quote variants).
//!
//! Terms are `u32` ids (in practice [`super::hash::term_of`] of a word's normal form, or ids
//! standing for people): a number, not a string, so counting them over every sentence of a
//! large corpus allocates nothing, and two rare terms colliding now and then only nudges a
//! similarity. A sparse vector is a slice of `(term, weight)` sorted by term, one entry a
//! term; a unit vector's dot product with another is their cosine.

use super::hash::Map;

/// The smoothed inverse document frequency of a term found in `df` of `docs` documents:
/// `ln((1 + N) / (1 + df)) + 1`, so an unseen term counts as rare and a term in every document
/// still counts a little.
pub fn idf(docs: u32, df: u32) -> f32 {
    ((1.0 + docs as f32) / (1.0 + df as f32)).ln() + 1.0
}

/// Document frequencies: in how many documents (sentences, quotes) each term occurs.
#[derive(Clone, Debug, Default)]
pub struct Idf {
    df: Map<u32, u32>,
    docs: u32,
}

impl Idf {
    /// Counts one document with these terms; sorts and dedups `terms` (a reused buffer).
    pub fn add(&mut self, terms: &mut Vec<u32>) {
        terms.sort_unstable();
        terms.dedup();
        for &t in terms.iter() {
            *self.df.entry(t).or_insert(0) += 1;
        }
        self.docs += 1;
    }

    /// Adds the counts of another collection (counted in parallel, say).
    pub fn merge(&mut self, mut other: Idf) {
        if other.df.len() > self.df.len() {
            std::mem::swap(self, &mut other);
        }
        self.docs += other.docs;
        for (t, n) in other.df {
            *self.df.entry(t).or_insert(0) += n;
        }
    }

    /// How many documents hold `term`.
    pub fn df(&self, term: u32) -> u32 {
        self.df.get(&term).copied().unwrap_or(0)
    }

    /// The weight of `term`: [`idf`] over the documents counted.
    pub fn weight(&self, term: u32) -> f32 {
        idf(self.docs, self.df(term))
    }
}

/// Sorts `entries[from..]` by term and folds the repeats of a term into one entry, summing
/// their weights (term frequency times each occurrence's weight). The rest of `entries` is
/// left as it is, so several vectors can be built one after another in one buffer.
pub fn fold_repeats(entries: &mut Vec<(u32, f32)>, from: usize) {
    entries[from..].sort_unstable_by_key(|e| e.0);
    let mut w = from;
    for r in from..entries.len() {
        let (t, x) = entries[r];
        if w > from && entries[w - 1].0 == t {
            entries[w - 1].1 += x;
        } else {
            entries[w] = (t, x);
            w += 1;
        }
    }
    entries.truncate(w);
}

/// Multiplies each entry by its term's `weight` (its IDF) and scales the vector to unit
/// length, so that dot products are cosines. An all-zero vector stays as it is.
pub fn to_unit(entries: &mut [(u32, f32)], weight: impl Fn(u32) -> f32) {
    let mut norm = 0.0f32;
    for e in entries.iter_mut() {
        e.1 *= weight(e.0);
        norm += e.1 * e.1;
    }
    let norm = norm.sqrt();
    if norm > 0.0 {
        entries.iter_mut().for_each(|e| e.1 /= norm);
    }
}

/// The dot product of two sparse vectors (sorted by term): their cosine when both have unit
/// length. Summed in term order, so the result depends only on the entries. When one side is
/// much shorter (a sentence against an event's centroid), its terms are looked up in the other
/// rather than walking both.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() * 8 < long.len() {
        let mut rest = long;
        let mut sum = 0.0f32;
        for &(t, w) in short {
            match rest.binary_search_by_key(&t, |e| e.0) {
                Ok(i) => {
                    sum += w * rest[i].1;
                    rest = &rest[i + 1..];
                }
                Err(i) => rest = &rest[i..],
            }
        }
        return sum;
    }
    let (mut i, mut j, mut sum) = (0, 0, 0.0f32);
    while i < short.len() && j < long.len() {
        match short[i].0.cmp(&long[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += short[i].1 * long[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(raw: &[(u32, f32)], idf: &Idf) -> Vec<(u32, f32)> {
        let mut v = raw.to_vec();
        fold_repeats(&mut v, 0);
        to_unit(&mut v, |t| idf.weight(t));
        v
    }

    #[test]
    fn rare_terms_weigh_more_and_unseen_most() {
        let mut idf = Idf::default();
        for doc in [vec![1, 2], vec![1, 3], vec![1, 1, 4], vec![5]] {
            idf.add(&mut doc.clone());
        }
        assert_eq!((idf.df(1), idf.df(4), idf.df(9)), (3, 1, 0));
        assert!(idf.weight(1) < idf.weight(4));
        assert!(idf.weight(4) < idf.weight(9));
        // A term in every document still counts: ln(5/5) + 1.
        let mut all = Idf::default();
        all.add(&mut vec![7]);
        assert!((all.weight(7) - 1.0).abs() < 1e-6);
        assert!((idf.weight(9) - (5.0f32.ln() + 1.0)).abs() < 1e-6);
    }

    #[test]
    fn merged_counts_equal_counts_taken_at_once() {
        let docs = [vec![1, 2], vec![2, 3], vec![3], vec![1, 3, 3]];
        let mut whole = Idf::default();
        docs.iter().for_each(|d| whole.add(&mut d.clone()));
        let (mut left, mut right) = (Idf::default(), Idf::default());
        docs[..1].iter().for_each(|d| left.add(&mut d.clone()));
        docs[1..].iter().for_each(|d| right.add(&mut d.clone()));
        left.merge(right);
        for t in 0..5 {
            assert_eq!(left.weight(t), whole.weight(t), "term {t}");
        }
    }

    #[test]
    fn repeats_fold_into_one_entry_and_vectors_have_unit_length() {
        let mut v = vec![(9, 9.0), (3, 1.0), (5, 1.0), (3, 0.5)];
        fold_repeats(&mut v, 1);
        assert_eq!(v, [(9, 9.0), (3, 1.5), (5, 1.0)]);
        let v = unit(&[(3, 1.0), (5, 2.0), (3, 1.0)], &Idf::default());
        assert!((dot(&v, &v) - 1.0).abs() < 1e-6);
        let mut zero = vec![(1, 0.0)];
        to_unit(&mut zero, |_| 1.0);
        assert_eq!(zero, [(1, 0.0)]);
    }

    #[test]
    fn cosine_is_one_for_the_same_terms_and_zero_for_none_shared() {
        let idf = Idf::default();
        let a = unit(&[(1, 1.0), (2, 1.0), (3, 1.0)], &idf);
        let b = unit(&[(3, 2.0), (2, 2.0), (1, 2.0)], &idf);
        let c = unit(&[(4, 1.0), (5, 1.0)], &idf);
        assert!((dot(&a, &b) - 1.0).abs() < 1e-6);
        assert_eq!(dot(&a, &c), 0.0);
        // Half the terms shared, equal weights: cos = 2 / (2 * 2).
        let d = unit(&[(1, 1.0), (2, 1.0), (8, 1.0), (9, 1.0)], &idf);
        let e = unit(&[(1, 1.0), (2, 1.0), (6, 1.0), (7, 1.0)], &idf);
        assert!((dot(&d, &e) - 0.5).abs() < 1e-6);
    }

    #[test]
    fn looking_up_a_short_vector_gives_the_walks_result() {
        let long: Vec<(u32, f32)> = (0..200).map(|t| (t * 3, 1.0 + t as f32 / 100.0)).collect();
        let short = [(3, 0.5), (4, 9.0), (300, 0.25), (597, 2.0), (900, 1.0)];
        let walked: f32 = short
            .iter()
            .filter_map(|&(t, w)| long.iter().find(|e| e.0 == t).map(|e| w * e.1))
            .sum();
        assert_eq!(dot(&short, &long), walked);
        assert_eq!(dot(&long, &short), walked);
    }
}
