//! People and their quotes: each article is scanned in parallel for name candidates,
//! credits and quotes ([`scan`](super::scan)); the candidates are merged into people
//! across the corpus ([`merge`](super::merge)); then each article's quotes get their
//! speakers ([`resolve`](super::resolve)), again in parallel.

use super::resolve::{self, Context, RoleKey};
use super::{Person, Quote, Sentence, merge, scan};
use crate::corpus::Corpus;
use rayon::prelude::*;
use std::ops::Range;

/// The range of `sentences` (grouped by article, in order) that belongs to each article.
fn article_ranges(n: usize, sentences: &[Sentence]) -> Vec<Range<usize>> {
    let mut out = vec![0..0; n];
    let mut i = 0;
    while i < sentences.len() {
        let a = sentences[i].article();
        let mut j = i;
        while j < sentences.len() && sentences[j].article() == a {
            j += 1;
        }
        if let Some(r) = out.get_mut(a) {
            *r = i..j;
        }
        i = j;
    }
    // Articles without sentences get an empty range at the right place.
    let mut last = 0;
    for r in &mut out {
        if r.start == r.end {
            *r = last..last;
        } else {
            last = r.end;
        }
    }
    out
}

/// The lists joined in order, allocated once at the final size.
fn concat<T>(lists: Vec<Vec<T>>) -> Vec<T> {
    let mut out = Vec::with_capacity(lists.iter().map(Vec::len).sum());
    for l in lists {
        out.extend(l);
    }
    out
}

/// Finds the people of the corpus and its quotes with their speakers. Quotes come in
/// article order, then text order; people most mentioned first.
pub fn find(corpus: &Corpus, sentences: &[Sentence]) -> (Vec<Person>, Vec<Quote>) {
    let ranges = article_ranges(corpus.articles.len(), sentences);
    let scans: Vec<scan::Scan> = corpus
        .articles
        .par_iter()
        .zip(&ranges)
        .map(|(a, r)| scan::article(a, &sentences[r.clone()]))
        .collect();
    let merged = merge::merge(corpus, &scans, sentences, &ranges);
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
    // scans and the quotes are not all held at once.
    let quotes: Vec<Vec<Quote>> = scans
        .into_par_iter()
        .enumerate()
        .map(|(ai, s)| resolve::article(ai, &corpus.articles[ai], s, &ctx, ranges[ai].clone()))
        .collect();
    (merged.people, concat(quotes))
}
