//! Undated evidence: a sentence with no date of its own that clearly reports an event ("The
//! meeting comes days after the court issued an arrest warrant for Putin" beside "the court
//! last week issued an arrest warrant for Putin"). It joins when it names the same kind of
//! happening with one of the event's main participants and its vector is at least
//! [`EVIDENCE`] alike to the event's centroid — a high bar, since nothing else ties it to
//! the date (0.45 until ECB+ showed that 0.4 keeps precision). Only articles that do not already report the event are looked at, one sentence each
//! (the closest): the point is to show who else covered it.
//!
//! A dated sentence can report a second, earlier happening besides its own ("a neighbour was
//! charged on Saturday after Moss was shot dead outside her flat"): it is read the same way,
//! through the kinds of happening it names other than the ones its own clauses are grouped
//! by, against the events that do not already hold it, in any article.
//!
//! Only sentences that name someone are read, and each is compared with at most
//! [`MAX_CANDIDATES`] events found through (happening, person) keys (those met under
//! the most keys), so the pass stays linear.

use super::group::{Cluster, frame_key, listed, ranked};
use super::index::SentenceIndex;
use super::read::{self, Buffers};
use super::terms::{Lexicon, person_term};
use super::vector::finish;
use crate::text::hash::Map;
use crate::text::tfidf::Idf;
use rayon::prelude::*;

/// A dated clause's sentence and the cluster holding the clause (sorted so, a list of them
/// tells which events already hold a sentence).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Held {
    pub sentence: usize,
    pub cluster: usize,
}

/// Cosine an undated sentence needs with an event's centroid.
pub(crate) const EVIDENCE: f32 = 0.4;
const MAX_CANDIDATES: usize = 3;

/// Undated evidence as (cluster, sentence, holds a number), by cluster then sentence, from
/// the sentences `read` (undated ones and dated ones; `held` says which events hold each
/// dated one, sorted).
pub(crate) fn find(
    ix: &SentenceIndex,
    lex: &Lexicon,
    idf: &Idf,
    read: &[usize],
    clusters: &[Cluster],
    held: &[Held],
) -> Vec<(usize, usize, bool)> {
    let mut postings: Map<u64, Vec<usize>> = Map::default();
    // People who take a main part in some event: a sentence naming none of them is not read.
    let mut main = vec![false; ix.analysis.people.len()];
    for (c, cl) in clusters.iter().enumerate() {
        if cl.core.is_empty() {
            continue;
        }
        for p in cl.main_participants() {
            if let Some(m) = main.get_mut(p) {
                *m = true;
            }
        }
        for k in cl.frame_keys() {
            postings.entry(k).or_default().push(c);
        }
    }
    if postings.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(usize, usize, usize, f32, bool)> = read
        .par_iter()
        .map_init(
            || (Buffers::default(), Vec::new(), Vec::new(), Vec::new()),
            |(b, hits, raw, kinds), &si| {
                let named = ix.people(si);
                if !named
                    .iter()
                    .any(|p| main.get(p.person).copied().unwrap_or(false))
                {
                    return None;
                }
                let article = ix.analysis.sentences[si].article.index();
                let dated = &held[held.partition_point(|h| h.sentence < si)
                    ..held.partition_point(|h| h.sentence <= si)];
                let numeric = read::skim(ix, lex, si, b, kinds, raw);
                // A dated sentence reports another event through another kind of happening
                // than the one its own clauses are grouped by.
                kinds.retain(|k| !dated.iter().any(|h| clusters[h.cluster].core.contains(k)));
                hits.clear();
                for &h in kinds.iter() {
                    for p in named {
                        hits.extend(listed(&postings, &frame_key(h, person_term(p.person))));
                    }
                }
                // Those met under the most keys first, in articles that do not report them (for
                // a dated sentence: that do not hold it).
                let outside = |c: usize| {
                    if dated.is_empty() {
                        clusters[c].articles.binary_search(&article).is_err()
                    } else {
                        !dated.iter().any(|h| h.cluster == c)
                    }
                };
                let cands = ranked(hits, outside, MAX_CANDIDATES);
                if cands.is_empty() {
                    return None;
                }
                let v = finish(std::mem::take(raw), idf);
                let mut best: Option<(f32, usize)> = None;
                for &c in &cands {
                    let score = clusters[c].centroid.cosine(&v);
                    if score >= EVIDENCE && best.is_none_or(|(b, _)| score > b) {
                        best = Some((score, c));
                    }
                }
                best.map(|(score, c)| (c, article, si, score, numeric))
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
    found
        .into_iter()
        .map(|(c, _, si, _, numeric)| (c, si, numeric))
        .collect()
}
