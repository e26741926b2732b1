//! Joining clusters: the pass that joins similar clusters of one date, and the merge of the
//! same happening put on different days by different sources.
//!
//! Two day clusters at most [`MAX_DAYS_APART`] apart, with no article in common, scoring at
//! least [`SAME_ACROSS_DAYS`] (or [`JOIN`] when both name the same kind of happening and one
//! has [`MINORITY`] times the other's articles), are one event, and the minority's date is a
//! conflict. A minority sharing articles with the majority (a report that gives both days)
//! joins only when nearly the same ([`SELF_CONTRADICTION`]), and so do statements: people
//! speak every day, and only the same words put on two days are one statement misdated.
//!
//! Candidates come from an index on each cluster's heaviest terms and (happening, person)
//! keys, filed under each of its days and looked up on the days around: only clusters a few
//! days apart are ever compared.

use super::group::{CANDIDATES, Cluster, JOIN, UNDATED_DAYS, UNDATED_SLOTS, listed, ranked};
use crate::text::hash::Map;

/// Score at which clusters on nearby days are taken for the same happening.
pub(crate) const SAME_ACROSS_DAYS: f32 = 0.45;
/// A cluster with this many times the articles of another on a nearby day makes the other a
/// minority: it joins at [`JOIN`] rather than [`SAME_ACROSS_DAYS`].
pub(crate) const MINORITY: usize = 4;
/// Score at which a minority on a nearby day joins a cluster that shares articles with it (an
/// article that gives both days).
pub(crate) const SELF_CONTRADICTION: f32 = 0.75;
/// How far apart two sources' days may be and still be a disagreement about one happening.
pub(crate) const MAX_DAYS_APART: i64 = 3;

/// Joins clusters that score at least `threshold` with each other and that `may_join`
/// allows, smaller into larger. Each cluster is filed in an index under `filed` keys and
/// looks for partners under `probes` keys.
pub(crate) fn join_similar(
    mut clusters: Vec<Cluster>,
    filed: impl Fn(&Cluster, &[u64]) -> Vec<u64>,
    probes: impl Fn(&Cluster, &[u64]) -> Vec<u64>,
    may_join: impl Fn(&Cluster, &Cluster) -> bool,
    threshold: impl Fn(&Cluster, &Cluster) -> f32,
) -> Vec<Cluster> {
    let n = clusters.len();
    if n < 2 {
        return clusters;
    }
    let base: Vec<Vec<u64>> = clusters.iter().map(Cluster::keys).collect();
    let mut postings: Map<u64, Vec<usize>> = Map::default();
    for (c, cl) in clusters.iter().enumerate() {
        for t in filed(cl, &base[c]) {
            postings.entry(t).or_default().push(c);
        }
    }
    let probes: Vec<Vec<u64>> = clusters
        .iter()
        .zip(&base)
        .map(|(c, b)| probes(c, b))
        .collect();
    let mut parent: Vec<usize> = (0..n).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&c| (clusters[c].members.len(), c));
    let mut hits: Vec<usize> = Vec::new();
    for &x in &order {
        hits.clear();
        for t in &probes[x] {
            for &c in listed(&postings, t) {
                let c = find(&mut parent, c);
                if c != x {
                    hits.push(c);
                }
            }
        }
        let mut best: Option<(f32, usize)> = None;
        for y in ranked(&mut hits, |_| true, CANDIDATES) {
            if clusters[y].members.len() < clusters[x].members.len()
                || !may_join(&clusters[x], &clusters[y])
            {
                continue;
            }
            if let Some(s) = clusters[x].score_cluster(&clusters[y])
                && s >= threshold(&clusters[x], &clusters[y])
                && best.is_none_or(|(b, _)| s > b)
            {
                best = Some((s, y));
            }
        }
        if let Some((_, y)) = best {
            let moved = std::mem::take(&mut clusters[x]);
            clusters[y].absorb(moved);
            parent[x] = y;
        }
    }
    clusters.retain(|c| !c.members.is_empty());
    clusters
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Brings together day clusters that are the same happening put on different days by
/// different sources (see the module doc).
pub(crate) fn merge_across_days(clusters: Vec<Cluster>) -> Vec<Cluster> {
    let minority = |x: &Cluster, y: &Cluster| y.articles.len() >= MINORITY * x.articles.len();
    let overlap = |x: &Cluster, y: &Cluster| {
        x.articles
            .iter()
            .any(|a| y.articles.binary_search(a).is_ok())
    };
    // The day names of undated articles ("Saturday", "today") are all nearby: how they lie
    // to each other is unknown, so what the clauses say decides, at the bar of two days.
    let undated = |d: i64| (UNDATED_DAYS..UNDATED_DAYS + UNDATED_SLOTS).contains(&d);
    let may_join = |x: &Cluster, y: &Cluster| {
        let all = || x.days.iter().chain(&y.days);
        let (Some(&lo), Some(&hi)) = (all().min(), all().max()) else {
            return false;
        };
        let near = if undated(lo) || undated(hi) {
            undated(lo) && undated(hi)
        } else {
            hi - lo <= MAX_DAYS_APART
        };
        !x.days.is_empty()
            && !y.days.is_empty()
            && x.days != y.days
            && near
            && (!overlap(x, y) || minority(x, y))
    };
    // Filed under each key on each of its days, looked up on the days around its own: only
    // clusters a few days apart are ever compared.
    let on_day = |k: u64, d: i64| k ^ (d as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let filed = |c: &Cluster, keys: &[u64]| -> Vec<u64> {
        c.days
            .iter()
            .flat_map(|&d| keys.iter().map(move |&k| on_day(k, d)))
            .collect()
    };
    let probes = |c: &Cluster, keys: &[u64]| -> Vec<u64> {
        let (Some(&lo), Some(&hi)) = (c.days.first(), c.days.last()) else {
            return Vec::new();
        };
        let around = if undated(lo) {
            UNDATED_DAYS..=UNDATED_DAYS + UNDATED_SLOTS - 1
        } else {
            lo - MAX_DAYS_APART..=hi + MAX_DAYS_APART
        };
        around
            .filter(|d| c.days.binary_search(d).is_err())
            .flat_map(|d| keys.iter().map(move |&k| on_day(k, d)))
            .collect()
    };
    // A handful of sources against many: the few most likely got the day wrong. Articles
    // that give both days (one report contradicting itself) need the clauses to be nearly the
    // same.
    // Statements are made every day: two days' statements are one only when nearly the same.
    let say = super::terms::say();
    let talk = |c: &Cluster| !c.core.is_empty() && c.core.iter().all(|&h| h == say);
    let threshold = |x: &Cluster, y: &Cluster| {
        let same_kind = x.core.iter().any(|h| y.core.contains(h));
        match (
            overlap(x, y) || talk(x) || talk(y),
            minority(x, y) && same_kind,
        ) {
            (true, _) => SELF_CONTRADICTION,
            (false, true) => JOIN,
            (false, false) => SAME_ACROSS_DAYS,
        }
    };
    join_similar(clusters, filed, probes, may_join, threshold)
}
