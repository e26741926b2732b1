//! The two passes of a search. First every entry in scope (or, while the query grows, every
//! entry that matched before) goes through the cheap byte scans, on both cores when there are
//! many: what survives is the exact set of matches, each with an estimate per group of terms.
//! Each part keeps its best few by estimate while the estimates are at hand; only those go to
//! the fuzzy matcher, and the best `limit` of them by its score are kept. The matcher costs microseconds per entry, the scans tens of nanoseconds:
//! scoring 100,000 quotes with the matcher would take a tenth of a second, a frame is 16 ms.

use super::index::Index;
use super::plan::{Hint, Plan};
use crate::ids::narrow;
use rayon::prelude::*;
use std::cmp::Reverse;

/// Below this many entries a pass stays on one thread: splitting costs more than it saves.
const PARALLEL_MIN: usize = 4096;
/// Entries per parallel task.
const CHUNK: usize = 2048;
/// Entries fetched from memory together when narrowing (see `Index::warm`).
const WARM: usize = 16;

/// How many entries, at least, the matcher scores to pick the results from. The estimate
/// orders contiguous matches above scattered ones and whole words first, as the matcher does,
/// but within a class only the matcher can tell; a shortlist this deep makes it very unlikely
/// that a result the matcher would rank in the top `limit` is missed.
pub const SHORTLIST: usize = 200;

/// The entries matching a query, in position order, with each group's estimate.
#[derive(Clone, Debug, Default)]
pub(crate) struct Matches {
    pub pos: Vec<u32>,
    /// `groups` estimates per entry, entry after entry.
    pub est: Vec<i32>,
    pub groups: usize,
    /// The best matches by estimate (position, total), as many as the ranking needs to pick
    /// from, in no order; empty when nothing scores.
    pub best: Vec<(u32, i32)>,
}

impl Matches {
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    fn estimates(&self, j: usize) -> &[i32] {
        self.est
            .get(j * self.groups..(j + 1) * self.groups)
            .unwrap_or(&[])
    }
}

/// Where to look instead of the whole index: the matches of an earlier query that the new one
/// refines, and what its groups tell about the new ones.
pub(crate) struct Narrow<'a> {
    pub found: &'a Matches,
    pub hints: Vec<Hint>,
}

/// How many matches the ranking picks from, for `limit` results.
fn keep(plan: &Plan, limit: usize) -> usize {
    if plan.positive && limit > 0 {
        limit.max(SHORTLIST)
    } else {
        0
    }
}

impl Index {
    /// Every entry matching `plan`, looking only at `from`'s entries when given, with the
    /// shortlist for [`Index::rank`] to `limit`.
    pub(crate) fn matches(&self, plan: &Plan, from: Option<&Narrow>, limit: usize) -> Matches {
        let people_end = self.people.clamp(plan.domain.start, plan.domain.end);
        match from {
            // A typo may find a person the query it grew from did not ("zelensk" finds
            // Zelensky, "zelenks" by a swap): the few people afresh, the rest narrowed.
            Some(n) if plan.typos && plan.domain.start < people_end => {
                let mut found = self.pass(plan, None, plan.domain.start..people_end, limit);
                let rest = self.pass(plan, Some(n), people_end..plan.domain.end, limit);
                found.pos.extend(rest.pos);
                found.est.extend(rest.est);
                found.best.extend(rest.best);
                shortlist(&mut found.best, keep(plan, limit));
                found
            }
            _ => self.pass(plan, from, plan.domain.clone(), limit),
        }
    }

    /// The matches among the entries at `domain`, of those `from` holds when given.
    fn pass(
        &self,
        plan: &Plan,
        from: Option<&Narrow>,
        domain: std::ops::Range<usize>,
        limit: usize,
    ) -> Matches {
        let groups = plan.groups();
        let keep = keep(plan, limit);
        let domain = narrow(domain.start)..narrow(domain.end);
        let hints = from.map_or(&[][..], |n| n.hints.as_slice());
        let scan = |items: std::ops::Range<usize>| {
            let mut part = Matches {
                groups,
                ..Matches::default()
            };
            let mut memo = plan.memo();
            for j in items.clone() {
                // Every few entries, fetch the next few together (see `Index::warm`).
                if let Some(n) = from.filter(|_| (j - items.start).is_multiple_of(WARM)) {
                    let ahead = j..items.end.min(j + WARM);
                    self.warm(
                        ahead
                            .filter_map(|a| n.found.pos.get(a))
                            .map(|&p| p as usize),
                    );
                }
                let (p, old) = match from {
                    Some(n) if domain.contains(&n.found.pos[j]) => {
                        (n.found.pos[j], n.found.estimates(j))
                    }
                    Some(_) => continue,
                    None => (domain.start + narrow(j), &[][..]),
                };
                if plan.check(self, p as usize, (hints, old), &mut memo, &mut part.est) {
                    part.pos.push(p);
                }
            }
            // This part's best, while its estimates are at hand: the ranking then picks
            // from a few hundred per part instead of from every match.
            if keep > 0 {
                // One row for a quote many outlets print: its copies are side by side.
                for j in 0..part.len() {
                    let (p, e) = (part.pos[j], total(part.estimates(j)));
                    match part.best.last_mut() {
                        Some(last) if self.group_of(last.0) == self.group_of(p) => {
                            if e > last.1 {
                                *last = (p, e);
                            }
                        }
                        _ => part.best.push((p, e)),
                    }
                }
                shortlist(&mut part.best, keep);
            }
            part
        };
        let n = from.map_or(domain.len(), |f| f.found.len());
        let mut found = if n >= PARALLEL_MIN {
            let parts: Vec<Matches> = (0..n.div_ceil(CHUNK))
                .into_par_iter()
                .map(|c| scan(c * CHUNK..n.min((c + 1) * CHUNK)))
                .collect();
            let sum = |f: fn(&Matches) -> usize| parts.iter().map(f).sum::<usize>();
            let mut all = Matches {
                pos: Vec::with_capacity(sum(|p| p.pos.len())),
                est: Vec::with_capacity(sum(|p| p.est.len())),
                groups,
                best: Vec::with_capacity(sum(|p| p.best.len())),
            };
            for part in parts {
                all.pos.extend(part.pos);
                all.est.extend(part.est);
                all.best.extend(part.best);
            }
            all
        } else {
            scan(0..n)
        };
        shortlist(&mut found.best, keep);
        found
    }

    /// The entries printing the same quote share a number (see `Index::groups`); any other
    /// entry has one of its own.
    pub(crate) fn group_of(&self, pos: u32) -> u64 {
        self.groups
            .get(pos as usize)
            .map_or(u64::from(pos) | 1 << 32, |g| u64::from(g.1))
    }

    /// How many rows `found` makes: a quote printed by many outlets is one.
    pub(crate) fn rows(&self, found: &Matches) -> usize {
        let mut last = None;
        found
            .pos
            .iter()
            .filter(|&&p| last.replace(self.group_of(p)) != Some(self.group_of(p)))
            .count()
    }

    /// How many outlets print the quote at `pos` among `found` (its copies matching too);
    /// 0 for a person.
    pub(crate) fn outlets_among(&self, found: &Matches, pos: usize) -> usize {
        if pos < self.people {
            return 0;
        }
        let p = narrow(pos);
        let group = self.group_of(p);
        let Ok(k) = found.pos.binary_search(&p) else {
            return 1;
        };
        let first = found.pos[..k]
            .iter()
            .rposition(|&q| self.group_of(q) != group)
            .map_or(0, |i| i + 1);
        let mut outlets: Vec<u32> = found.pos[first..]
            .iter()
            .take_while(|&&q| self.group_of(q) == group)
            .filter_map(|&q| self.quote_fields.get(q as usize - self.people))
            .map(|f| f.1)
            .collect();
        outlets.sort_unstable();
        outlets.dedup();
        outlets.len().max(1)
    }

    /// The best `limit` rows as (position, score), best first; equal scores in position
    /// order (people first, shorter text first). Of a quote many outlets print, the copy
    /// that scores best stands for them all.
    pub(crate) fn rank(&self, plan: &Plan, found: &Matches, limit: usize) -> Vec<(usize, i64)> {
        if !plan.positive {
            // Nothing to score: every match scores 0 and `found` is already in position order.
            let mut last = None;
            return found
                .pos
                .iter()
                .filter(|&&p| last.replace(self.group_of(p)) != Some(self.group_of(p)))
                .take(limit)
                .map(|&p| (p as usize, 0))
                .collect();
        }
        let best = &found.best;
        let score = |&(p, _): &(u32, i32)| (p as usize, plan.score(self, p as usize));
        let mut scored: Vec<(usize, i64)> = if best.len() >= 128 {
            best.par_iter().with_min_len(32).map(score).collect()
        } else {
            best.iter().map(score).collect()
        };
        scored.sort_unstable_by_key(|&(p, s)| (Reverse(s), p));
        // Copies split between two parts of the scan each came with their part's best.
        let mut seen = crate::text::hash::Set::<u64>::default();
        scored.retain(|&(p, _)| seen.insert(self.group_of(narrow(p))));
        scored.truncate(limit);
        scored
    }
}

/// An entry's estimate over all groups.
fn total(estimates: &[i32]) -> i32 {
    estimates.iter().fold(0i32, |a, &e| a.saturating_add(e))
}

/// Keeps the best `keep` by estimate, ties by position (people first, shorter first).
fn shortlist(best: &mut Vec<(u32, i32)>, keep: usize) {
    if best.len() > keep {
        best.select_nth_unstable_by_key(keep, |&(p, e)| (Reverse(e), p));
        best.truncate(keep);
    }
}
