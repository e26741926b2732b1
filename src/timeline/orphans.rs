//! One-article events that another event already tells: an article that mentions a happening
//! the story's other outlets report, but dates its sentence by something else ("the arrest will
//! not affect his status for Sunday's game", "was charged Saturday after opening fire at the
//! party"), or by a day none of them gives. On its own such a cluster is a one-source event
//! beside the many-source event it names; it is joined to that event as undated evidence (its
//! date is not the event's, and it is no conflict either: the sentence dates something else).
//!
//! A cluster whose clauses all come from one article joins the many-article cluster it scores
//! best with when the score (cosine of centroids, plus the bonus for the same kind of happening
//! with the same people) reaches [`ORPHAN`] and their kinds of happening agree. Candidates come
//! from an index on the many-article clusters' heaviest terms and (happening, person) keys, at
//! most [`CANDIDATES`] each, so the pass stays linear.

use super::group::{CANDIDATES, Cluster, listed, ranked};
use super::merge::MAX_DAYS_APART;
use crate::text::hash::Map;

/// Score at which a one-article cluster is taken for the many-article event it names.
pub(crate) const ORPHAN: f32 = 0.55;

/// Splits off the one-article clusters that join a many-article one: the clusters left, and
/// the joined clauses as (cluster in the result, clause), by cluster then clause.
pub(crate) fn adopt(clusters: Vec<Cluster>) -> (Vec<Cluster>, Vec<(usize, usize)>) {
    let mut postings: Map<u64, Vec<usize>> = Map::default();
    for (c, cl) in clusters.iter().enumerate() {
        if cl.articles.len() > 1 {
            for k in cl.keys() {
                postings.entry(k).or_default().push(c);
            }
        }
    }
    let mut host: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut hits: Vec<usize> = Vec::new();
    for (x, cl) in clusters.iter().enumerate() {
        if cl.articles.len() != 1 {
            continue;
        }
        hits.clear();
        for k in cl.keys() {
            hits.extend_from_slice(listed(&postings, &k));
        }
        let mut best: Option<(f32, usize)> = None;
        let near = |y: usize| {
            let days = &clusters[y].days;
            cl.days.is_empty()
                || cl
                    .days
                    .iter()
                    .any(|d| days.iter().any(|e| (d - e).abs() <= MAX_DAYS_APART))
        };
        for y in ranked(&mut hits, near, CANDIDATES) {
            if let Some(s) = cl.score_cluster(&clusters[y])
                && s >= ORPHAN
                && best.is_none_or(|(b, bc)| s > b || (s == b && y < bc))
            {
                best = Some((s, y));
            }
        }
        host[x] = best.map(|(_, y)| y);
    }
    // New places of the clusters that stay.
    let mut place = vec![usize::MAX; clusters.len()];
    let mut n = 0;
    for (c, h) in host.iter().enumerate() {
        if h.is_none() {
            place[c] = n;
            n += 1;
        }
    }
    let mut joined = Vec::new();
    let mut kept = Vec::with_capacity(n);
    for (c, cl) in clusters.into_iter().enumerate() {
        match host[c] {
            Some(h) => joined.extend(cl.members.iter().map(|&m| (place[h], m))),
            None => kept.push(cl),
        }
    }
    joined.sort_unstable();
    (kept, joined)
}
