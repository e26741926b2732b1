//! TF-IDF vectors over feature terms and the sparse cosine similarities between two lists of
//! texts. Each text (a sentence, a quote) is one document for IDF purposes: a term found in
//! most sentences of both articles (the story's main actor, its place) says little about which
//! two sentences report the same fact.

use super::terms::{TermKind, terms};
use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::text::hash::Map;

/// Document frequencies gathered over a larger collection (every sentence of a corpus), for
/// when two articles alone are too few to tell common terms from rare ones.
#[derive(Clone, Debug, Default)]
pub struct Idf {
    df: Map<String, u32>,
    docs: u32,
}

impl Idf {
    /// Counts each text as one document. Allocates only for a term's first sighting, so it
    /// can run over every sentence of a large corpus.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Idf {
        // term → (document frequency, last document counted in)
        let mut counts: Map<String, (u32, u32)> = Map::default();
        let mut buf = String::new();
        let mut docs = 0u32;
        for text in texts {
            docs += 1;
            terms(text, &mut buf, |t, _| match counts.get_mut(t) {
                Some((df, last)) => {
                    if *last != docs {
                        *df += 1;
                        *last = docs;
                    }
                }
                None => {
                    counts.insert(t.to_string(), (1, docs));
                }
            });
        }
        Idf {
            df: counts.into_iter().map(|(t, (df, _))| (t, df)).collect(),
            docs,
        }
    }

    /// Every story sentence of the corpus as a document.
    pub fn from_analysis(corpus: &Corpus, analysis: &Analysis) -> Idf {
        Idf::from_texts(analysis.sentences.iter().filter_map(|s| {
            corpus
                .articles
                .get(s.article.index())?
                .text
                .get(s.span.start()..s.span.end())
        }))
    }

    /// The weight of a term: smoothed `ln((1 + N) / (1 + df)) + 1`, so an unseen term counts
    /// as rare and a term in every document still counts a little.
    pub fn weight(&self, term: &str) -> f32 {
        let df = self.df.get(term).copied().unwrap_or(0);
        smooth_idf(self.docs, df)
    }
}

fn smooth_idf(docs: u32, df: u32) -> f32 {
    ((1.0 + docs as f32) / (1.0 + df as f32)).ln() + 1.0
}

/// Unit-length sparse vectors for a list of texts, stored flat: entries of text `k` are
/// `entries[offsets[k]..offsets[k + 1]]`, sorted by term id.
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
pub fn vectorize(a: &[&str], b: &[&str], idf: Option<&Idf>) -> (Vectors, Vectors) {
    let mut ids: Map<String, u32> = Map::default();
    let mut names: Vec<String> = Vec::new(); // id → term, only needed for an outside IDF
    let mut is_name: Vec<bool> = Vec::new();
    let mut buf = String::new();
    let mut raw = |texts: &[&str]| {
        let mut offsets = Vec::with_capacity(texts.len() + 1);
        let mut entries: Vec<(u32, f32)> = Vec::new();
        offsets.push(0);
        for text in texts {
            let from = entries.len();
            terms(text, &mut buf, |t, kind| {
                let id = match ids.get(t) {
                    Some(&id) => id,
                    None => {
                        let id = ids.len() as u32;
                        ids.insert(t.to_string(), id);
                        if idf.is_some() {
                            names.push(t.to_string());
                        }
                        is_name.push(false);
                        id
                    }
                };
                if matches!(kind, TermKind::Name | TermKind::NamePart) {
                    is_name[id as usize] = true;
                }
                entries.push((id, kind.weight()));
            });
            merge_repeats(&mut entries, from);
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
    let weights: Vec<f32> = match idf {
        Some(idf) => names.iter().map(|t| idf.weight(t)).collect(),
        None => {
            let mut df = vec![0u32; ids.len()];
            for &(id, _) in va.entries.iter().chain(&vb.entries) {
                df[id as usize] += 1; // entries are unique per text, so this is df
            }
            let docs = (a.len() + b.len()) as u32;
            df.into_iter().map(|d| smooth_idf(docs, d)).collect()
        }
    };
    finish(&mut va, &weights);
    finish(&mut vb, &weights);
    va.names.clone_from(&is_name);
    vb.names = is_name;
    (va, vb)
}

/// Sorts one text's entries by id and folds repeats of a term into one entry.
fn merge_repeats(entries: &mut Vec<(u32, f32)>, from: usize) {
    let tail = &mut entries[from..];
    tail.sort_unstable_by_key(|e| e.0);
    let mut w = from;
    for r in from..entries.len() {
        let (id, kw) = entries[r];
        if w > from && entries[w - 1].0 == id {
            // Summing the kind weights gives term frequency times weight.
            entries[w - 1].1 += kw;
        } else {
            entries[w] = (id, kw);
            w += 1;
        }
    }
    entries.truncate(w);
}

/// Applies IDF weights and normalises each text's vector to unit length.
fn finish(v: &mut Vectors, weights: &[f32]) {
    for k in 0..v.len() {
        let range = v.offsets[k]..v.offsets[k + 1];
        let slice = &mut v.entries[range];
        let mut norm = 0.0f32;
        for e in slice.iter_mut() {
            e.1 *= weights[e.0 as usize];
            norm += e.1 * e.1;
        }
        let norm = norm.sqrt();
        if norm > 0.0 {
            slice.iter_mut().for_each(|e| e.1 /= norm);
        }
    }
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
        let idf = Idf::from_texts(["harbour town", "harbour wall", "harbour boats", "flood"]);
        assert!(idf.weight("harbour") < idf.weight("flood"));
        assert!(idf.weight("flood") < idf.weight("never-seen"));
    }
}
