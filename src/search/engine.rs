//! The two passes of a search. First every entry in scope (or, while the query grows, every
//! entry that matched before) goes through the cheap byte scans, on both cores when there are
//! many: what survives is the exact set of matches, each with an estimate. Then only the best
//! few by estimate go to the fuzzy matcher, and the best `limit` of those by its score are kept.
//! The matcher costs microseconds per entry, the scans tens of nanoseconds: scoring 100,000
//! quotes with the matcher would take a tenth of a second, the frame budget is 16 ms.

use super::index::Index;
use super::plan::Plan;
use rayon::prelude::*;
use std::cmp::Reverse;

/// Below this many entries a pass stays on one thread: splitting costs more than it saves.
const PARALLEL_MIN: usize = 4096;

/// How many entries, at least, the matcher scores to pick the results from. The estimate
/// orders contiguous matches above scattered ones and whole words first, as the matcher does,
/// but within a class only the matcher can tell; a shortlist this deep makes it very unlikely
/// that a result the matcher would rank in the top `limit` is missed.
pub const SHORTLIST: usize = 400;

/// A matching entry: its position and the estimate of its score.
pub(crate) type Candidate = (u32, i32);

fn position(pos: usize) -> u32 {
    u32::try_from(pos).unwrap_or(u32::MAX)
}

impl Index {
    /// Every entry matching `plan`, in position order, looking only at `from` when given (the
    /// matches of a query this one refines).
    pub(crate) fn matches(&self, plan: &Plan, from: Option<&[u32]>) -> Vec<Candidate> {
        let check = |pos: u32| plan.estimate(self, pos as usize).map(|e| (pos, e));
        match from {
            Some(from) if from.len() >= PARALLEL_MIN => from
                .par_iter()
                .with_min_len(1024)
                .filter_map(|&p| check(p))
                .collect(),
            Some(from) => from.iter().filter_map(|&p| check(p)).collect(),
            None => {
                let range = position(plan.domain.start)..position(plan.domain.end);
                if range.len() >= PARALLEL_MIN {
                    range
                        .into_par_iter()
                        .with_min_len(1024)
                        .filter_map(check)
                        .collect()
                } else {
                    range.filter_map(check).collect()
                }
            }
        }
    }

    /// The best `limit` matches as (position, score), best first; equal scores in position
    /// order (people first, shorter text first).
    pub(crate) fn rank(
        &self,
        plan: &Plan,
        mut found: Vec<Candidate>,
        limit: usize,
    ) -> Vec<(usize, i64)> {
        if !plan.positive {
            // Nothing to score: every match scores 0 and `found` is already in position order.
            return found
                .iter()
                .take(limit)
                .map(|&(p, _)| (p as usize, 0))
                .collect();
        }
        let keep = limit.max(SHORTLIST);
        if found.len() > keep {
            found.select_nth_unstable_by_key(keep, |&(p, e)| (Reverse(e), p));
            found.truncate(keep);
        }
        let score = |&(p, _): &Candidate| (p as usize, plan.score(self, p as usize));
        let mut scored: Vec<(usize, i64)> = if found.len() >= 256 {
            found.par_iter().with_min_len(32).map(score).collect()
        } else {
            found.iter().map(score).collect()
        };
        scored.sort_unstable_by_key(|&(p, s)| (Reverse(s), p));
        scored.truncate(limit);
        scored
    }
}
