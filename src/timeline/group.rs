//! Grouping dated clauses into events.
//!
//! Clauses are bucketed by their date (same day, week, month or year, or the same written
//! expression), then clustered inside each bucket in one greedy pass: a clause joins the
//! cluster it scores best with when the score reaches [`JOIN`], else it starts a cluster; a
//! second pass joins clusters that score as well with each other. The score is the cosine of
//! the clause's TF-IDF vector with the cluster's centroid, plus [`FRAME_BONUS`] when both name
//! the same kind of happening with the same people; clauses naming different kinds of
//! happening never join (see [`super::frame`]). Clear cases go first (one kind of happening,
//! then several, then none), in corpus order. Candidates come from inverted indexes (heaviest
//! terms; happening and participant), so the work grows with the number of clauses, not with
//! their square.
//!
//! Then the same happening put on different days by different sources is brought together:
//! two day clusters at most [`MAX_DAYS_APART`] apart, with no article in common, scoring at
//! least [`SAME_ACROSS_DAYS`], are one event, and the minority's date is a conflict.
//!
//! The thresholds were chosen on made-up coverage (see the tests) and checked on the seeds:
//! a cosine of 0.3 joins one happening worded differently by different outlets, a meeting and
//! a press conference on the same day (same people, same city) stay apart, and two sources
//! that agree on who did what need only a cosine of 0.05 more.

use super::clauses::{Clause, Key};
use super::frame::{self, Frame};
use super::index::Index;
use super::label;
use super::terms::{Lexicon, TermMap, person_term};
use super::vector::{Centroid, Idf, Scratch, Vector, add_terms, finish};
use crate::analysis::Granularity;
use rayon::prelude::*;
use std::collections::HashMap;
use std::ops::Range;

/// Score at which a clause joins a cluster of the same date.
pub(crate) const JOIN: f32 = 0.3;
/// Added to the score of the same kind of happening with the same people.
pub(crate) const FRAME_BONUS: f32 = 0.25;
/// Score at which clusters on nearby days are taken for the same happening.
pub(crate) const SAME_ACROSS_DAYS: f32 = 0.45;
/// How far apart two sources' days may be and still be a disagreement about one happening.
pub(crate) const MAX_DAYS_APART: i64 = 3;
/// Weight of the rest of a sentence beside a clause's own words: the subject often sits in
/// the other clause ("Xi met Putin on Monday before formal talks on Tuesday").
const CONTEXT: f32 = 0.3;
/// Extra weight of the clause's "what" (the verb phrase after its actor).
const HEAD: f32 = 1.0;
/// Terms of a clause looked up in the inverted index.
const PROBE: usize = 5;

/// A cluster of clauses (indices into the clause list).
#[derive(Default)]
pub(crate) struct Cluster {
    pub members: Vec<usize>,
    pub centroid: Centroid,
    /// The articles of its members, ascending.
    pub articles: Vec<usize>,
    /// The days its members give (days since 1970), ascending; empty for coarser dates.
    pub days: Vec<i64>,
    /// The kinds of happening all its members that name one share.
    pub core: Vec<u64>,
    /// Everyone taking part in any member, ascending.
    pub participants: Vec<usize>,
}

impl Cluster {
    fn absorb(&mut self, other: Cluster) {
        self.members.extend(other.members);
        self.centroid.merge(&other.centroid);
        self.articles = union(&self.articles, &other.articles);
        self.days = union(&self.days, &other.days);
        self.core = frame::core(&self.core, &other.core);
        self.participants = union(&self.participants, &other.participants);
    }

    fn add(&mut self, v: &Vector, f: &Frame, i: usize) {
        self.members.push(i);
        self.centroid.add(v);
        self.core = if self.members.len() == 1 {
            f.happenings.clone()
        } else {
            frame::core(&self.core, &f.happenings)
        };
        self.participants = union(&self.participants, &f.participants);
    }

    /// How well a clause fits; `None` when it names another kind of happening.
    fn score(&self, v: &Vector, f: &Frame) -> Option<f32> {
        if !frame::compatible(&f.happenings, &self.core) {
            return None;
        }
        let same = frame::same_frame(
            f.happenings.first().copied(),
            &self.core,
            &f.participants,
            &self.participants,
        );
        Some(self.centroid.cosine(v) + if same { FRAME_BONUS } else { 0.0 })
    }

    /// How well another cluster fits.
    fn score_cluster(&self, o: &Cluster) -> Option<f32> {
        if !frame::compatible(&self.core, &o.core) {
            return None;
        }
        let same = self.core.iter().any(|h| o.core.contains(h))
            && frame::nested(&self.participants, &o.participants);
        Some(self.centroid.cosine_centroid(&o.centroid) + if same { FRAME_BONUS } else { 0.0 })
    }

    /// Index keys: heaviest terms, and each kind of happening with each participant.
    fn keys(&self) -> Vec<u64> {
        let mut k = self.centroid.top(8);
        for &h in &self.core {
            k.extend(self.participants.iter().map(|&p| h ^ person_term(p)));
        }
        k
    }
}

fn union<T: Ord + Copy>(a: &[T], b: &[T]) -> Vec<T> {
    let mut v: Vec<T> = a.iter().chain(b).copied().collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The vector and frame of each clause: its own words, its head again at [`HEAD`] weight,
/// the rest of its sentence (without the parts that only report) at [`CONTEXT`] weight.
pub(crate) fn vectors(
    ix: &Index,
    lex: &Lexicon,
    idf: &Idf,
    clauses: &[Clause],
) -> (Vec<Vector>, Vec<Frame>) {
    clauses
        .par_iter()
        .map_init(Scratch::default, |s, c| {
            let sent = &ix.analysis.sentences[c.sentence];
            let text = ix.text(c.sentence);
            let (people, dates) = (ix.people(c.sentence), ix.dates(c.sentence));
            let mut raw = Vec::new();
            add_terms(
                lex,
                text,
                c.own.clone(),
                sent.start,
                people,
                dates,
                1.0,
                &mut raw,
                s,
            );
            let head = label::head(ix, lex, c);
            if let Some(p) = head.phrase.clone() {
                add_terms(lex, text, p, sent.start, people, dates, HEAD, &mut raw, s);
            }
            for r in rest(sent.start..sent.end, &c.own, &c.dropped) {
                add_terms(
                    lex, text, r, sent.start, people, dates, CONTEXT, &mut raw, s,
                );
            }
            (finish(&mut raw, idf), frame::of_clause(ix, lex, c, &head))
        })
        .unzip()
}

/// `whole` without `own` and `dropped`.
fn rest(whole: Range<usize>, own: &Range<usize>, dropped: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut holes: Vec<Range<usize>> = dropped.to_vec();
    holes.push(own.clone());
    holes.sort_by_key(|r| r.start);
    let mut out = Vec::new();
    let mut at = whole.start;
    for h in holes {
        if h.start > at {
            out.push(at..h.start.min(whole.end));
        }
        at = at.max(h.end);
    }
    if at < whole.end {
        out.push(at..whole.end);
    }
    out
}

/// Sort order of date keys: by time, coarser first on the same start, written ones last.
pub(crate) fn key_order(k: &Key) -> (u8, i64, u8, &str) {
    match k {
        Key::Time(v) => {
            let g = match v.granularity {
                Granularity::Year => 0,
                Granularity::Month => 1,
                Granularity::Week => 2,
                Granularity::Day => 3,
            };
            (0, v.start.days(), g, "")
        }
        Key::Written(s) => (1, 0, 0, s.as_str()),
    }
}

/// Clusters the clauses of each date bucket. Clauses without any term are left out.
pub(crate) fn cluster(clauses: &[Clause], vecs: &[Vector], frames: &[Frame]) -> Vec<Cluster> {
    let mut buckets: HashMap<&Key, Vec<usize>> = HashMap::new();
    for (i, c) in clauses.iter().enumerate() {
        if !vecs[i].is_empty() {
            buckets.entry(&c.key).or_default().push(i);
        }
    }
    let mut buckets: Vec<(&Key, Vec<usize>)> = buckets.into_iter().collect();
    buckets.sort_by(|a, b| key_order(a.0).cmp(&key_order(b.0)));
    buckets
        .par_iter()
        .flat_map_iter(|(_, members)| greedy(members, clauses, vecs, frames))
        .collect()
}

fn greedy(
    members: &[usize],
    clauses: &[Clause],
    vecs: &[Vector],
    frames: &[Frame],
) -> Vec<Cluster> {
    let mut order = members.to_vec();
    order.sort_by_key(|&i| (frames[i].tier(), i));
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut postings: TermMap<Vec<u32>> = TermMap::default();
    let mut stamp: Vec<usize> = Vec::new();
    for &i in &order {
        let (v, f) = (&vecs[i], &frames[i]);
        let keys = clause_keys(v, f);
        let mut best: Option<(f32, usize)> = None;
        for t in &keys {
            for &c in postings.get(t).map_or(&[][..], |p| p.as_slice()) {
                let c = c as usize;
                if stamp[c] == i + 1 {
                    continue;
                }
                stamp[c] = i + 1;
                if let Some(s) = clusters[c].score(v, f)
                    && s >= JOIN
                    && best.is_none_or(|(b, bc)| s > b || (s == b && c < bc))
                {
                    best = Some((s, c));
                }
            }
        }
        let c = match best {
            Some((_, c)) => c,
            None => {
                clusters.push(Cluster::default());
                stamp.push(0);
                clusters.len() - 1
            }
        };
        for &(t, _) in &v.0 {
            if !clusters[c].centroid.sum.contains_key(&t) {
                postings.entry(t).or_default().push(c as u32);
            }
        }
        for k in frame_keys(f) {
            let p = postings.entry(k).or_default();
            if p.last() != Some(&(c as u32)) {
                p.push(c as u32);
            }
        }
        clusters[c].add(v, f, i);
    }
    for c in &mut clusters {
        c.articles = c.members.iter().map(|&m| clauses[m].article).collect();
        c.articles.sort_unstable();
        c.articles.dedup();
        if let Some(v) = clauses[c.members[0]].key.value()
            && v.granularity == Granularity::Day
        {
            c.days = vec![v.start.days()];
        }
    }
    join_similar(clusters, |_, _| true, JOIN)
}

fn frame_keys(f: &Frame) -> impl Iterator<Item = u64> + '_ {
    f.happenings
        .iter()
        .flat_map(|&h| f.participants.iter().map(move |&p| h ^ person_term(p)))
}

fn clause_keys(v: &Vector, f: &Frame) -> Vec<u64> {
    let mut k = v.top(PROBE);
    k.extend(frame_keys(f));
    k
}

/// Joins clusters that score at least `threshold` with each other and that `may_join`
/// allows, smaller into larger.
fn join_similar(
    mut clusters: Vec<Cluster>,
    may_join: impl Fn(&Cluster, &Cluster) -> bool,
    threshold: f32,
) -> Vec<Cluster> {
    let n = clusters.len();
    if n < 2 {
        return clusters;
    }
    let mut postings: TermMap<Vec<usize>> = TermMap::default();
    let keys: Vec<Vec<u64>> = clusters.iter().map(Cluster::keys).collect();
    for (c, ks) in keys.iter().enumerate() {
        for &t in ks {
            postings.entry(t).or_default().push(c);
        }
    }
    let mut parent: Vec<usize> = (0..n).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&c| (clusters[c].members.len(), c));
    for &x in &order {
        let mut cands: Vec<usize> = keys[x]
            .iter()
            .flat_map(|t| postings.get(t).into_iter().flatten().copied())
            .map(|c| find(&mut parent, c))
            .filter(|&c| c != x)
            .collect();
        cands.sort_unstable();
        cands.dedup();
        let mut best: Option<(f32, usize)> = None;
        for y in cands {
            if clusters[y].members.len() < clusters[x].members.len()
                || !may_join(&clusters[x], &clusters[y])
            {
                continue;
            }
            if let Some(s) = clusters[x].score_cluster(&clusters[y])
                && s >= threshold
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
    let may_join = |x: &Cluster, y: &Cluster| {
        let all = || x.days.iter().chain(&y.days);
        let (Some(&lo), Some(&hi)) = (all().min(), all().max()) else {
            return false;
        };
        !x.days.is_empty()
            && !y.days.is_empty()
            && x.days != y.days
            && hi - lo <= MAX_DAYS_APART
            && !x
                .articles
                .iter()
                .any(|a| y.articles.binary_search(a).is_ok())
    };
    join_similar(clusters, may_join, SAME_ACROSS_DAYS)
}
