//! People and their quotes: each article is scanned in parallel for name candidates,
//! credits and quotes ([`scan`](super::scan)); the candidates are merged into people
//! across the corpus ([`merge`](super::merge)); then each article's quotes get their
//! speakers ([`resolve`](super::resolve)), again in parallel.

use super::resolve::{self, Context, RoleKey};
use super::{Person, Quote, Sentence, merge, scan};
use crate::corpus::Corpus;
use rayon::prelude::*;
use std::ops::Range;

/// Articles resolved together on both cores before their quotes join the corpus's list:
/// enough to share out the work, few enough that their quotes, held twice for a moment,
/// are a small fraction of the whole.
const BATCH: usize = 256;

/// Finds the people of the corpus and its quotes with their speakers. Quotes come in
/// article order, then text order; people most mentioned first.
/// `ranges` are the sentences of each article.
pub fn find(
    corpus: &Corpus,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
) -> (Vec<Person>, Vec<Quote>) {
    let scans: Vec<scan::ArticleScan> = corpus
        .articles
        .par_iter()
        .zip(ranges)
        .map(|(a, r)| scan::article(a, &sentences[r.clone()]))
        .collect();
    let merged = merge::merge(corpus, &scans, sentences, ranges);
    let role_keys: Vec<Vec<RoleKey>> = merged
        .people
        .iter()
        .map(|p| {
            p.roles
                .iter()
                .filter_map(|r| resolve::role_key(r))
                .collect()
        })
        .collect();
    let mut by_class: std::collections::HashMap<&'static str, Vec<usize>> =
        std::collections::HashMap::new();
    for (p, keys) in role_keys.iter().enumerate() {
        for k in keys {
            for c in k.classes {
                by_class.entry(c.as_str()).or_default().push(p);
            }
        }
    }
    let ctx = Context {
        merged: &merged,
        role_keys: &role_keys,
        by_class: &by_class,
        sentences,
    };
    // Each scan is consumed (and freed) as its article's quotes are resolved, so the
    // scans and the quotes are not all held at once. The quotes go into one list sized
    // once, a batch of articles at a time: every article's own list, then all of them
    // joined, would hold every quote twice at the end.
    let mut quotes = Vec::with_capacity(scans.iter().map(|s| s.quotes.len()).sum());
    let mut scans = scans.into_iter().enumerate();
    loop {
        let batch: Vec<(usize, scan::ArticleScan)> = scans.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let resolved: Vec<Vec<Quote>> = batch
            .into_par_iter()
            .map(|(ai, s)| resolve::article(ai, &corpus.articles[ai], s, &ctx, ranges[ai].clone()))
            .collect();
        for q in resolved {
            quotes.extend(q);
        }
    }
    (merged.people, quotes)
}
