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
//! Then [`super::merge`] brings together the same happening put on different days.
//!
//! The thresholds were chosen on made-up coverage (see the tests) and checked on the seeds:
//! a cosine of 0.3 joins one happening worded differently by different outlets, a meeting and
//! a press conference on the same day (same people, same city) stay apart, and two sources
//! that agree on who did what need only a cosine of 0.05 more.

use super::clauses::{Clause, Key};
use super::frame::{self, Frame};
use super::terms::person_term;
use super::vector::{Centroid, Vector};
use crate::analysis::Granularity;
use crate::text::hash::Map;
use rayon::prelude::*;
use std::collections::HashMap;

/// Score at which a clause joins a cluster of the same date.
pub(crate) const JOIN: f32 = 0.3;
/// Added to the score of the same kind of happening with the same people.
pub(crate) const FRAME_BONUS: f32 = 0.25;
/// Added to the score of clauses (and clusters) whose people are the same, one set inside the
/// other, when no shared kind of happening earns [`FRAME_BONUS`]: one happening is told
/// with different words far more often than the same people do two different things on one
/// day ("Hansbrough became the all-time leading scorer on Thursday" / "Hansbrough scored 20
/// points Thursday night to break the mark").
pub(crate) const PEOPLE_BONUS: f32 = 0.2;
/// Terms of a clause looked up in the inverted index.
const PROBE: usize = 5;
/// Clusters a clause (or cluster) is compared with, at most.
pub(crate) const CANDIDATES: usize = 8;
/// Index entries beyond which a key is ignored.
const CROWDED: usize = 64;

/// Where the days named by undated articles ("Saturday", "today" with no publication date)
/// are filed among the days of [`Cluster::days`]: far before any news, one slot per day name.
/// How they lie to each other is unknown, so [`super::merge`] compares all of them as nearby.
pub(crate) const UNDATED_DAYS: i64 = -1_000_000;
/// How many slots [`UNDATED_DAYS`] spans, at most.
pub(crate) const UNDATED_SLOTS: i64 = 16;

/// A cluster of clauses (indices into the clause list).
#[derive(Default)]
pub(crate) struct Cluster {
    pub members: Vec<usize>,
    pub centroid: Centroid,
    /// The articles of its members, ascending.
    pub articles: Vec<usize>,
    /// The days its members give (days since 1970), ascending; empty for coarser dates. An
    /// undated article's day name has a slot from [`UNDATED_DAYS`].
    pub days: Vec<i64>,
    /// The kinds of happening all its members that name one share.
    pub core: Vec<u32>,
    /// Everyone taking part in any member, ascending.
    pub participants: Vec<usize>,
    /// How many members each participant takes part in, by person.
    counts: Vec<(usize, u32)>,
}

/// Adds `n` to `p`'s count in a list sorted by person.
fn bump(counts: &mut Vec<(usize, u32)>, p: usize, n: u32) {
    match counts.binary_search_by_key(&p, |c| c.0) {
        Ok(i) => counts[i].1 += n,
        Err(i) => counts.insert(i, (p, n)),
    }
}

impl Cluster {
    pub(crate) fn absorb(&mut self, other: Cluster) {
        self.members.extend(other.members);
        self.centroid.merge(&other.centroid);
        self.articles = union(&self.articles, &other.articles);
        self.days = union(&self.days, &other.days);
        self.core = frame::core(&self.core, &other.core);
        self.participants = union(&self.participants, &other.participants);
        for (p, n) in other.counts {
            bump(&mut self.counts, p, n);
        }
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
        for &p in &f.participants {
            bump(&mut self.counts, p, 1);
        }
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
        let people = frame::nested(&f.participants, &self.participants);
        Some(self.centroid.cosine(v) + bonus(same, people))
    }

    /// How well another cluster fits.
    pub(crate) fn score_cluster(&self, o: &Cluster) -> Option<f32> {
        if !frame::compatible(&self.core, &o.core) {
            return None;
        }
        let same = self.core.iter().any(|h| o.core.contains(h))
            && frame::nested(&self.participants, &o.participants);
        let people = frame::nested(&self.participants, &o.participants);
        Some(self.centroid.cosine_centroid(&o.centroid) + bonus(same, people))
    }

    /// Index keys: heaviest terms, and each kind of happening with each main participant.
    pub fn keys(&self) -> Vec<u64> {
        let mut k: Vec<u64> = self.centroid.top(8).into_iter().map(u64::from).collect();
        k.extend(self.frame_keys());
        k
    }

    /// The (at most twelve) participants taking part in most of its members.
    pub fn main_participants(&self) -> Vec<usize> {
        let mut main = self.counts.clone();
        main.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        main.truncate(12);
        main.into_iter().map(|(p, _)| p).collect()
    }

    /// Each kind of happening with each main participant.
    pub fn frame_keys(&self) -> Vec<u64> {
        let main = self.main_participants();
        self.core
            .iter()
            .flat_map(|&h| main.iter().map(move |&p| frame_key(h, person_term(p))))
            .collect()
    }
}

/// What agreeing on who did what adds to a cosine: [`FRAME_BONUS`] for the same kind of
/// happening with the same people, [`PEOPLE_BONUS`] for the same people alone (their kinds
/// compatible: one side names none, or they share one).
fn bonus(same_frame: bool, same_people: bool) -> f32 {
    if same_frame {
        FRAME_BONUS
    } else if same_people {
        PEOPLE_BONUS
    } else {
        0.0
    }
}

fn union<T: Ord + Copy>(a: &[T], b: &[T]) -> Vec<T> {
    let mut v: Vec<T> = a.iter().chain(b).copied().collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Sort order of date keys: by time, coarser first on the same start, written ones last.
pub(crate) fn key_order(k: &Key) -> (u8, i64, u8, &str) {
    match k {
        Key::Time(v) => {
            let g = match v.granularity {
                Granularity::Year => 0,
                Granularity::Quarter => 1,
                Granularity::Season => 2,
                Granularity::Month => 3,
                Granularity::Week => 4,
                Granularity::Day => 5,
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
    let mut postings: Map<u64, Vec<u32>> = Map::default();
    let mut hits: Vec<usize> = Vec::new();
    for &i in &order {
        let (v, f) = (&vecs[i], &frames[i]);
        hits.clear();
        for t in clause_keys(v, f) {
            hits.extend(listed(&postings, &t).iter().map(|&c| c as usize));
        }
        let mut best: Option<(f32, usize)> = None;
        for c in ranked(&mut hits, |_| true, CANDIDATES) {
            if let Some(s) = clusters[c].score(v, f)
                && s >= JOIN
                && best.is_none_or(|(b, bc)| s > b || (s == b && c < bc))
            {
                best = Some((s, c));
            }
        }
        let c = match best {
            Some((_, c)) => c,
            None => {
                clusters.push(Cluster::default());
                clusters.len() - 1
            }
        };
        for &(t, _) in &v.0 {
            if !clusters[c].centroid.has(t) {
                postings.entry(u64::from(t)).or_default().push(c as u32);
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
        match &clauses[c.members[0]].key {
            Key::Time(v) if v.granularity == Granularity::Day => c.days = vec![v.start.days()],
            Key::Written(w) => {
                if let Some(i) = super::terms::lexicon().undated_day(w) {
                    c.days = vec![UNDATED_DAYS + i as i64];
                }
            }
            Key::Time(_) => {}
        }
    }
    super::merge::join_similar(
        clusters,
        |_, k| k.to_vec(),
        |_, k| k.to_vec(),
        |_, _| true,
        |_, _| JOIN,
    )
}

/// Candidates met in an index that `keep` accepts, most often met first, at most `cap`:
/// those sharing the most keys are the likely matches, and the cap keeps crowded days linear.
pub(crate) fn ranked(hits: &mut [usize], keep: impl Fn(usize) -> bool, cap: usize) -> Vec<usize> {
    hits.sort_unstable();
    let mut counted: Vec<(usize, usize)> = Vec::new();
    for &c in hits.iter() {
        match counted.last_mut() {
            Some(last) if last.0 == c => last.1 += 1,
            _ => counted.push((c, 1)),
        }
    }
    counted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counted
        .into_iter()
        .map(|(c, _)| c)
        .filter(|&c| keep(c))
        .take(cap)
        .collect()
}

/// The entries under `key`, unless there are more than [`CROWDED`]: a key that crowded
/// (a common word, the story's protagonist saying things) tells nothing apart.
pub(crate) fn listed<'p, T>(postings: &'p Map<u64, Vec<T>>, key: &u64) -> &'p [T] {
    postings
        .get(key)
        .map_or(&[], |p| if p.len() > CROWDED { &[] } else { p.as_slice() })
}

/// The index key of a kind of happening with a person's term: above the range of terms.
pub(crate) fn frame_key(happening: u32, person: u32) -> u64 {
    (u64::from(happening) << 32) | u64::from(person)
}

pub(crate) fn frame_keys(f: &Frame) -> impl Iterator<Item = u64> + '_ {
    f.happenings.iter().flat_map(|&h| {
        f.participants
            .iter()
            .map(move |&p| frame_key(h, person_term(p)))
    })
}

fn clause_keys(v: &Vector, f: &Frame) -> Vec<u64> {
    let mut k: Vec<u64> = v.top(PROBE).into_iter().map(u64::from).collect();
    k.extend(frame_keys(f));
    k
}
