//! People and their quotes: each article is scanned in parallel for name candidates,
//! credits and quotes ([`scan`](super::scan)); the candidates are merged into people
//! across the corpus ([`merge`](super::merge)); then each article's quotes get their
//! speakers ([`resolve`](super::resolve)), again in parallel.

use super::resolve::{self, Context, RoleKey};
use super::{Failure, Person, Quote, Sentence, isolate, merge, scan};
use crate::corpus::Corpus;
use crate::ids::ArticleId;
use rayon::prelude::*;
use std::ops::Range;

/// Articles resolved together on both cores before their quotes join the corpus's list:
/// enough to share out the work, few enough that their quotes, held twice for a moment,
/// are a small fraction of the whole.
const BATCH: usize = 256;

/// An article holding this (a private-use character) fails its scan, in unit tests only:
/// how the tests reach the second line of defence.
#[cfg(test)]
pub(crate) const FAILS_IN_TESTS: char = '\u{F8FF}';

/// Finds the people of the corpus and its quotes with their speakers. Quotes come in
/// article order, then text order; people most mentioned first.
/// `ranges` are the sentences of each article. An article a stage fails on is left out of
/// that stage, with a [`Failure`].
pub(crate) fn find(
    corpus: &Corpus,
    sentences: &[Sentence],
    ranges: &[Range<usize>],
) -> (Vec<Person>, Vec<Quote>, Vec<Failure>) {
    let scanned: Vec<Result<scan::ArticleScan, String>> = corpus
        .articles
        .par_iter()
        .zip(ranges)
        .map(|(a, r)| {
            isolate::article(|| {
                #[cfg(test)]
                if a.text.contains(FAILS_IN_TESTS) {
                    panic!("a rule met text it cannot read");
                }
                scan::article(a, &sentences[r.clone()])
            })
        })
        .collect();
    let mut failures = Vec::new();
    let scans: Vec<scan::ArticleScan> = scanned
        .into_iter()
        .enumerate()
        .map(|(ai, s)| {
            s.unwrap_or_else(|message| {
                failures.push(Failure {
                    article: ArticleId::new(ai),
                    left_out: "people and quotes",
                    message,
                });
                scan::ArticleScan::default()
            })
        })
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
        let resolved: Vec<(usize, Result<Vec<Quote>, String>)> = batch
            .into_par_iter()
            .map(|(ai, s)| {
                let a = &corpus.articles[ai];
                let r = ranges[ai].clone();
                (ai, isolate::article(|| resolve::article(ai, a, s, &ctx, r)))
            })
            .collect();
        for (ai, q) in resolved {
            match q {
                Ok(q) => quotes.extend(q),
                Err(message) => failures.push(Failure {
                    article: ArticleId::new(ai),
                    left_out: "quotes",
                    message,
                }),
            }
        }
    }
    (merged.people, quotes, failures)
}
