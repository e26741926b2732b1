//! Undated evidence: a sentence with no date of its own that clearly reports an event ("Blinken
//! alleged the Chinese leader would rather provide diplomatic cover" beside "Blinken said
//! Monday that ..."). It joins when it names one of the event's people and its vector is at
//! least [`EVIDENCE`] alike to the event's centroid — a high bar, since nothing else ties it
//! to the date. Only articles that do not already report the event are looked at, one sentence
//! each (the closest): the point is to show who else covered it.

use super::group::Cluster;
use super::index::Index;
use super::terms::{Lexicon, TermMap};
use super::vector::{Idf, Scratch, sentence_vector};
use rayon::prelude::*;

/// Cosine an undated sentence needs with an event's centroid.
pub(crate) const EVIDENCE: f32 = 0.5;
/// Heaviest centroid terms indexed per event, heaviest sentence terms probed.
const INDEXED: usize = 12;
const PROBE: usize = 6;

/// Pairs (cluster, sentence) of undated evidence, by cluster then sentence.
pub(crate) fn find(
    ix: &Index,
    lex: &Lexicon,
    idf: &Idf,
    undated: &[usize],
    clusters: &[Cluster],
    people: &[Vec<usize>],
) -> Vec<(usize, usize)> {
    let mut postings: TermMap<Vec<usize>> = TermMap::default();
    for (c, cl) in clusters.iter().enumerate() {
        for t in cl.centroid.top(INDEXED) {
            postings.entry(t).or_default().push(c);
        }
    }
    let mut found: Vec<(usize, usize, usize, f32)> = undated
        .par_iter()
        .map_init(
            || (Scratch::default(), Vec::new()),
            |(s, cands), &si| {
                let named = ix.people(si);
                if named.is_empty() {
                    return None;
                }
                let article = ix.analysis.sentences[si].article;
                let v = sentence_vector(ix, lex, idf, si, s);
                cands.clear();
                for t in v.top(PROBE) {
                    cands.extend(postings.get(&t).into_iter().flatten().copied());
                }
                cands.sort_unstable();
                cands.dedup();
                let mut best: Option<(f32, usize)> = None;
                for &c in cands.iter() {
                    let cl = &clusters[c];
                    if cl.articles.binary_search(&article).is_ok()
                        || !named
                            .iter()
                            .any(|p| people[c].binary_search(&p.person).is_ok())
                    {
                        continue;
                    }
                    let score = cl.centroid.cosine(&v);
                    if score >= EVIDENCE && best.is_none_or(|(b, _)| score > b) {
                        best = Some((score, c));
                    }
                }
                best.map(|(score, c)| (c, article, si, score))
            },
        )
        .flatten()
        .collect();
    // The closest sentence per (event, article); ties to the earlier sentence.
    found.sort_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then(b.3.total_cmp(&a.3))
            .then(a.2.cmp(&b.2))
    });
    found.dedup_by_key(|f| (f.0, f.1));
    found.into_iter().map(|(c, _, si, _)| (c, si)).collect()
}
