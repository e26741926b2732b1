//! TF-IDF vectors over feature terms and the sparse cosine similarities between two lists of
//! texts. Each text (a sentence, a quote) is one document for IDF purposes: a term found in
//! most sentences of both articles (the story's main actor, its place) says little about which
//! two sentences report the same fact. The weights and unit vectors are the text layer's
//! ([`crate::text::tfidf`]); terms are the hashes of their normal forms ([`term_of`]), so the
//! corpus-wide counts allocate nothing.

use super::terms::{TermKind, terms};
use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::text::hash::{Map, term_of};
use crate::text::tfidf::{Idf, fold_repeats, idf, to_unit};
use rayon::prelude::*;

/// Counts `text` as one document into `counts`; `buf` and `seen` are reused buffers.
fn count(counts: &mut Idf, text: &str, buf: &mut String, seen: &mut Vec<u32>) {
    seen.clear();
    terms(text, buf, |t, _| seen.push(term_of(t.as_bytes())));
    counts.add(seen);
}

/// Document frequencies over any texts, each text one document: for when two articles alone
/// are too few to tell common terms from rare ones.
pub fn idf_of_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Idf {
    let mut counts = Idf::default();
    let (mut buf, mut seen) = (String::new(), Vec::new());
    for text in texts {
        count(&mut counts, text, &mut buf, &mut seen);
    }
    counts
}

/// Document frequencies over every story sentence of the corpus, counted on every core (the
/// counts are sums, so the order they are merged in does not matter).
pub fn corpus_idf(corpus: &Corpus, analysis: &Analysis) -> Idf {
    analysis
        .sentences
        .par_iter()
        .filter_map(|s| {
            corpus
                .articles
                .get(s.article.index())?
                .text
                .get(s.span.start()..s.span.end())
        })
        .fold(
            || (Idf::default(), String::new(), Vec::new()),
            |(mut counts, mut buf, mut seen), text| {
                count(&mut counts, text, &mut buf, &mut seen);
                (counts, buf, seen)
            },
        )
        .map(|(counts, _, _)| counts)
        .reduce(Idf::default, |mut a, b| {
            a.merge(b);
            a
        })
}

/// Unit-length sparse vectors for a list of texts, stored flat: entries of text `k` are
/// `entries[offsets[k]..offsets[k + 1]]`, sorted by term id. Term ids are dense, numbered per
/// comparison, so that the index over them is an array.
pub struct Vectors {
    offsets: Vec<usize>,
    entries: Vec<(u32, f32)>,
    /// Per term id: seen as (part of) a name somewhere. Shared by both sides' vectors.
    names: Vec<bool>,
}

impl Vectors {
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, k: usize) -> &[(u32, f32)] {
        &self.entries[self.offsets[k]..self.offsets[k + 1]]
    }
}

/// Vectors for two lists of texts in one term space. IDF comes from `idf` when given, else
/// from the texts of both lists together.
pub fn vectorize(a: &[&str], b: &[&str], idf_of: Option<&Idf>) -> (Vectors, Vectors) {
    // term → dense id, and back (the term, to look its weight up in an outside IDF)
    let mut ids: Map<u32, u32> = Map::default();
    let mut hashes: Vec<u32> = Vec::new();
    let mut is_name: Vec<bool> = Vec::new();
    let mut buf = String::new();
    let mut raw = |texts: &[&str]| {
        let mut offsets = Vec::with_capacity(texts.len() + 1);
        let mut entries: Vec<(u32, f32)> = Vec::new();
        offsets.push(0);
        for text in texts {
            let from = entries.len();
            terms(text, &mut buf, |t, kind| {
                let term = term_of(t.as_bytes());
                let id = *ids.entry(term).or_insert_with(|| {
                    hashes.push(term);
                    is_name.push(false);
                    hashes.len() as u32 - 1
                });
                if matches!(kind, TermKind::Name | TermKind::NamePart) {
                    is_name[id as usize] = true;
                }
                // Summing the kind weights gives term frequency times weight.
                entries.push((id, kind.weight()));
            });
            fold_repeats(&mut entries, from);
            offsets.push(entries.len());
        }
        Vectors {
            offsets,
            entries,
            names: Vec::new(),
        }
    };
    let mut va = raw(a);
    let mut vb = raw(b);
    let weights: Vec<f32> = match idf_of {
        Some(counts) => hashes.iter().map(|&t| counts.weight(t)).collect(),
        None => {
            let mut df = vec![0u32; hashes.len()];
            for &(id, _) in va.entries.iter().chain(&vb.entries) {
                df[id as usize] += 1; // entries are unique per text, so this is df
            }
            let docs = (a.len() + b.len()) as u32;
            df.into_iter().map(|d| idf(docs, d)).collect()
        }
    };
    for v in [&mut va, &mut vb] {
        for k in 0..v.len() {
            let range = v.offsets[k]..v.offsets[k + 1];
            to_unit(&mut v.entries[range], |id| weights[id as usize]);
        }
    }
    va.names.clone_from(&is_name);
    vb.names = is_name;
    (va, vb)
}

/// A pair of texts whose similarity reached the floor asked for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    pub left: usize,
    pub right: usize,
    pub similarity: f32,
}

/// Terms found in more sentences of the right-hand text than this are not followed (no news
/// article has this many sentences, so only very long texts are affected).
const MAX_POSTINGS: usize = 256;

/// Every pair with cosine similarity at least `floor` that also shares at least two terms (or
/// every term of the shorter text, if it has fewer), at least one of them not a name: one
/// shared word, however rare, is a coincidence more often than a shared report, and two
/// sentences naming the same person can say anything about them. Sorted by left, then right.
/// Runs over an inverted index of `b`, so pairs with nothing in common cost nothing.
pub fn candidates(a: &Vectors, b: &Vectors, floor: f32) -> Vec<Candidate> {
    let terms = b
        .entries
        .iter()
        .map(|e| e.0 as usize + 1)
        .max()
        .unwrap_or(0);
    // Postings of b in CSR form: term → (right index, weight).
    let mut start = vec![0usize; terms + 1];
    for &(id, _) in &b.entries {
        start[id as usize + 1] += 1;
    }
    for t in 0..terms {
        start[t + 1] += start[t];
    }
    let mut fill = start.clone();
    let mut postings = vec![(0u32, 0f32); b.entries.len()];
    for j in 0..b.len() {
        for &(id, w) in b.get(j) {
            postings[fill[id as usize]] = (j as u32, w);
            fill[id as usize] += 1;
        }
    }
    let mut acc = vec![0f32; b.len()];
    let mut shared = vec![0u16; b.len()];
    let mut facts = vec![0u16; b.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut out = Vec::new();
    for i in 0..a.len() {
        for &(id, w) in a.get(i) {
            let fact = u16::from(!b.names.get(id as usize).copied().unwrap_or(false));
            let Some(range) = start.get(id as usize..id as usize + 2) else {
                continue; // a term b never has
            };
            // A term in hundreds of b's sentences tells none of them apart, and following it
            // would make one very long article (a log, a live blog) quadratic.
            if range[1] - range[0] > MAX_POSTINGS {
                continue;
            }
            for &(j, wb) in &postings[range[0]..range[1]] {
                let j = j as usize;
                if shared[j] == 0 {
                    touched.push(j as u32);
                }
                shared[j] = shared[j].saturating_add(1);
                facts[j] = facts[j].saturating_add(fact);
                acc[j] += w * wb;
            }
        }
        touched.sort_unstable();
        for &j in &touched {
            let j = j as usize;
            let need = 2.min(a.get(i).len()).min(b.get(j).len()) as u16;
            if acc[j] >= floor && shared[j] >= need && facts[j] > 0 {
                out.push(Candidate {
                    left: i,
                    right: j,
                    similarity: acc[j].min(1.0),
                });
            }
            acc[j] = 0.0;
            shared[j] = 0;
            facts[j] = 0;
        }
        touched.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one_and_disjoint_none() {
        let a = ["Storm floods the harbour town of Porthleven."];
        let b = [
            "Storm floods the harbour town of Porthleven.",
            "Bakers strike over flour prices.",
        ];
        let (va, vb) = vectorize(&a, &b, None);
        let c = candidates(&va, &vb, 0.0);
        assert_eq!(c.len(), 1);
        assert_eq!((c[0].left, c[0].right), (0, 0));
        assert!((c[0].similarity - 1.0).abs() < 1e-4);
    }

    #[test]
    fn terms_in_hundreds_of_sentences_are_not_followed() {
        // A live blog repeating one line: every sentence shares every term with every other.
        let line = "The ferry to Ardmore sailed late again this morning.";
        let b = vec![line; MAX_POSTINGS + 1];
        let a = [line, "Crews repaired the Ardmore ferry ramp overnight."];
        let (va, vb) = vectorize(&a, &b, None);
        assert!(candidates(&va, &vb, 0.0).is_empty());
        // Under the limit the same line pairs with each copy.
        let (va, vb) = vectorize(&a, &b[..MAX_POSTINGS], None);
        let c = candidates(&va, &vb, 0.0);
        assert_eq!(c.iter().filter(|c| c.left == 0).count(), MAX_POSTINGS);
    }

    #[test]
    fn outside_idf_makes_a_common_term_weigh_less() {
        let idf = idf_of_texts(["harbour town", "harbour wall", "harbour boats", "flood"]);
        let w = |t: &str| idf.weight(term_of(t.as_bytes()));
        assert!(w("harbour") < w("flood"));
        assert!(w("flood") < w("never-seen"));
    }
}
