//! A query compiled against an index: terms with their scan forms, the range of entries in
//! scope, and the quotes a speaker filter allows. Answers, per entry, the three questions the
//! search asks in turn: does it match (and roughly how well), what is its exact score, which
//! characters to highlight.

use super::index::Index;
use super::query::{Match, Query, Scope, Term};
use super::scan;
use super::speakers;
use super::term::{Seen, TermPlan, Text};
use std::ops::Range;
use std::sync::Arc;

/// What an earlier query's group says about a group of the new query, for an entry that
/// matched the earlier query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    /// Nothing: scan.
    None,
    /// It is the same as old group `.0`: reuse the estimate.
    Same(usize),
    /// It is a single fuzzy term grown from old group `.0`'s single fuzzy term: where that
    /// had no contiguous occurrence, neither has this one.
    Grown(usize),
}

impl Hint {
    /// The hints for `new`'s groups from `old`'s, paired by place as `Query::refines` pairs them.
    pub fn between(new: &Query, old: &Query) -> Vec<Hint> {
        let single_fuzzy = |g: &[Term]| match g {
            [t] if t.kind == Match::Fuzzy && !t.negated => Some(t.text.clone()),
            _ => None,
        };
        new.groups
            .iter()
            .enumerate()
            .map(|(g, group)| match old.groups.get(g) {
                Some(o) if o == group => Hint::Same(g),
                Some(o) => match (single_fuzzy(o), single_fuzzy(group)) {
                    (Some(was), Some(now)) if now.starts_with(&was) => Hint::Grown(g),
                    _ => Hint::None,
                },
                None => Hint::None,
            })
            .collect()
    }
}

/// A compiled query.
#[derive(Debug)]
pub(crate) struct Plan {
    /// Positions of the entries in scope.
    pub domain: Range<usize>,
    groups: Vec<Vec<TermPlan>>,
    /// Per quote (position minus `Index::people`): allowed by the speaker filter. Shared with
    /// the next key's plan when the speakers did not change.
    allowed: Option<Arc<Vec<bool>>>,
    /// Some term scores: otherwise every match scores 0 and the index order decides.
    pub positive: bool,
    /// Some term may find a person by a typo, whom the query it grew from did not find: the
    /// people are then judged afresh (see `Index::matches`).
    pub typos: bool,
}

impl Plan {
    /// Compiles `query`; `previous` (the last query and its plan, on the same index) lends
    /// its speaker filter when the speakers are the same.
    pub fn compile(index: &Index, query: &Query, previous: Option<(&Query, &Plan)>) -> Plan {
        let (people, all) = (index.people, index.len());
        let domain = match (query.scope, query.by_speaker) {
            (Scope::People, true) => 0..0,
            (Scope::People, false) => 0..people,
            (Scope::Quotes, _) | (Scope::All, true) => people..all,
            (Scope::All, false) => 0..all,
        };
        let same = |(q, _): &(&Query, &Plan)| {
            q.speakers == query.speakers && q.not_speakers == query.not_speakers
        };
        let allowed = match previous.filter(same) {
            Some((_, plan)) => plan.allowed.clone(),
            None => (!query.speakers.is_empty() || !query.not_speakers.is_empty()).then(|| {
                Arc::new(speakers::allowed(
                    index,
                    &query.speakers,
                    &query.not_speakers,
                ))
            }),
        };
        let groups: Vec<Vec<TermPlan>> = query
            .groups
            .iter()
            .map(|g| {
                g.iter()
                    .map(|t| TermPlan::new(t).with_fields(index))
                    .collect()
            })
            .collect();
        Plan {
            domain,
            typos: groups.iter().flatten().any(TermPlan::has_typos),
            groups,
            allowed,
            positive: query.has_positive(),
        }
    }

    pub fn groups(&self) -> usize {
        self.groups.len()
    }

    /// A fresh memo for [`Plan::check`]: one place per term.
    pub fn memo(&self) -> Vec<Seen> {
        vec![Seen::default(); self.groups.iter().map(Vec::len).sum()]
    }

    fn admits(&self, index: &Index, pos: usize) -> bool {
        self.domain.contains(&pos)
            && self.allowed.as_ref().is_none_or(|a| {
                a.get(pos.wrapping_sub(index.people))
                    .copied()
                    .unwrap_or(false)
            })
    }

    /// Whether the entry at `pos` matches; if so, pushes each group's estimate onto `out`.
    /// `hints[g]` says what group `g` has in common with a group of an earlier query that this
    /// entry matched, with the estimates `old`.
    /// `memo` (from [`Plan::memo`]) carries what the terms saw from one entry to the next.
    pub fn check(
        &self,
        index: &Index,
        pos: usize,
        (hints, old): (&[Hint], &[i32]),
        memo: &mut [Seen],
        out: &mut Vec<i32>,
    ) -> bool {
        if !self.admits(index, pos) {
            return false;
        }
        let text = Text::new(index, pos);
        let hint = |g: usize| hints.get(g).copied().unwrap_or(Hint::None);
        let fresh = |g: usize| !matches!(hint(g), Hint::Same(_));
        let impossible = |(g, group): (usize, &Vec<TermPlan>)| {
            fresh(g) && !group.iter().any(|t| t.possible(&text))
        };
        if self.groups.iter().enumerate().any(impossible) {
            return false;
        }
        let start = out.len();
        let mut rest = memo;
        for (g, group) in self.groups.iter().enumerate() {
            // Each term keeps its own place in the memo, whichever way it is judged.
            let n = group.len().min(rest.len());
            let (seen, after) = std::mem::take(&mut rest).split_at_mut(n);
            rest = after;
            let estimate = match hint(g) {
                Hint::Same(o) if o < old.len() => Some(old[o]),
                Hint::Grown(o) if old.get(o).is_some_and(|&e| scan::is_scattered(e)) => group
                    .first()
                    .zip(seen.first_mut())
                    .and_then(|(t, seen)| t.scattered(&text, seen)),
                _ => group
                    .iter()
                    .zip(seen)
                    .filter_map(|(t, seen)| t.estimate(&text, seen))
                    .max(),
            };
            match estimate {
                Some(e) => out.push(e),
                None => {
                    out.truncate(start);
                    return false;
                }
            }
        }
        true
    }

    /// The exact score of a matching entry: per group, its best term's score, summed.
    pub fn score(&self, index: &Index, pos: usize) -> i64 {
        let text = Text::new(index, pos);
        self.groups
            .iter()
            .map(|g| g.iter().filter_map(|t| t.score(&text)).max().unwrap_or(0))
            .sum()
    }

    /// Sorted character indices into the displayed text of every positive term that matches
    /// there (for a group, the alternative that scored best).
    pub fn indices(&self, index: &Index, pos: usize) -> Vec<usize> {
        let e = &index.entries[pos];
        let text = Text::new(index, pos);
        let len = e.display_end - e.start;
        let display = index.orig_of(pos).get(..len).unwrap_or("");
        let display_lower = index.lower_of(pos).get(..len).unwrap_or("");
        let mut out = Vec::new();
        for group in &self.groups {
            let mut terms = group.iter().filter(|t| !t.negated);
            // Of alternatives (`a | b`), the one that scored best; no scoring for a lone term.
            let best = if group.len() == 1 {
                terms.next()
            } else {
                terms
                    .filter_map(|t| Some((t.score(&text)?, t)))
                    .max_by_key(|(s, _)| *s)
                    .map(|(_, t)| t)
            };
            let scattered = e.kind == crate::search::HitKind::Person;
            if let Some(ix) =
                best.and_then(|t| t.indices(index, (display, display_lower), scattered))
            {
                out.extend(ix);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::corpus::{FileFormat, load_bytes};
    use crate::search::query::{Match, parse};

    /// The scans read a quote's words once for every outlet quoting them, and speakers and
    /// outlets once per term (`Index::groups`, `Index::fields`): every entry must be judged
    /// exactly as a scan of its whole text judges it, whichever way the term is judged.
    #[test]
    fn shared_fields_read_once_judge_as_a_whole_scan() {
        let mut jsonl = Vec::new();
        // The generator is a dev-dependency built on this crate's library, a copy apart from
        // the one under test: only its bytes cross over, never its types.
        parallax_gen::generate(40, 3, &mut jsonl).expect("generating into memory");
        let corpus = load_bytes(FileFormat::Jsonl, "generated.jsonl", &jsonl);
        let analysis = analyze(&corpus);
        let index = Index::build(&corpus, &analysis);
        let mut whole = Index::build(&corpus, &analysis);
        whole.groups.clear();
        whole.quote_fields.clear();
        let shared = index.groups.windows(2).filter(|w| w[0].1 == w[1].1).count();
        assert!(shared > 50, "outlets repeat quotes: {shared}");
        assert!(!index.fields.is_empty());
        let queries = [
            "st",
            "stat",
            "Stat",
            "said",
            "mnstr",
            "'talk",
            "^we",
            "ed$",
            "^peace$",
            "!st",
            "caf\u{e9}",
            "\u{e9}t",
            "a b",
            "xq",
        ];
        let scattered = [scan::estimate(0, true)];
        for q in queries {
            let query = parse(q);
            let (a, b) = (
                Plan::compile(&index, &query, None),
                Plan::compile(&whole, &query, None),
            );
            let (mut memo, mut fresh) = (a.memo(), b.memo());
            // A term grown from one found apart, as `Hint::between` gives it: one fuzzy term.
            let grows = matches!(query.groups.first().map(Vec::as_slice),
                Some([t]) if t.kind == Match::Fuzzy && !t.negated);
            let ways: &[(&[Hint], &[i32])] = if grows {
                &[(&[], &[]), (&[Hint::Grown(0)], &scattered)]
            } else {
                &[(&[], &[])]
            };
            for pos in 0..index.len() {
                for &(hints, old) in ways {
                    let (mut x, mut y) = (Vec::new(), Vec::new());
                    let got = a.check(&index, pos, (hints, old), &mut memo, &mut x);
                    let want = b.check(&whole, pos, (hints, old), &mut fresh, &mut y);
                    assert_eq!((got, x), (want, y), "{q:?} at {pos} {hints:?}");
                }
            }
        }
    }
}
