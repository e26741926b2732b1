//! A query compiled against an index: terms with their scan forms, the range of entries in
//! scope, and the quotes a speaker filter allows. Answers, per entry, the three questions the
//! search asks in turn: does it match (and roughly how well), what is its exact score, which
//! characters to highlight.

use super::index::Index;
use super::query::{Match, Query, Scope, Term};
use super::scan::{self, Occurrence, SEP};
use super::speakers;
use fuzzy_matcher::FuzzyMatcher;
use std::ops::Range;
use std::sync::Arc;

/// One term, ready for the scans.
#[derive(Clone, Debug)]
pub(crate) struct TermPlan {
    /// As typed: what the matcher gets (it applies smart case itself).
    text: String,
    /// What the byte scans look for: `text`, lowercased unless case-sensitive.
    needle: String,
    kind: Match,
    negated: bool,
    case_sensitive: bool,
    mask: u64,
    ascii: bool,
    chars: usize,
}

impl TermPlan {
    fn new(t: &Term) -> TermPlan {
        let text = t.text.replace('\0', " ");
        let needle = if t.case_sensitive {
            text.clone()
        } else {
            text.to_ascii_lowercase()
        };
        TermPlan {
            mask: scan::mask(needle.as_bytes()),
            ascii: needle.is_ascii(),
            chars: needle.chars().count(),
            kind: t.kind,
            negated: t.negated,
            case_sensitive: t.case_sensitive,
            text,
            needle,
        }
    }

    fn hay<'a>(&self, text: &Text<'a>) -> &'a str {
        if self.case_sensitive {
            text.index.orig_of(text.pos)
        } else {
            text.index.lower_of(text.pos)
        }
    }

    /// Whether the entry has every letter the term needs (or, negated, cannot contain it).
    /// Reads one word per entry: most entries are decided here without touching their text.
    fn possible(&self, mask: u64) -> bool {
        self.negated || mask & self.mask == self.mask
    }

    /// The best contiguous (or anchored) occurrence in `hay`.
    fn locate(&self, hay: &str) -> Option<Occurrence> {
        match self.kind {
            Match::Fuzzy | Match::Exact => scan::best_occurrence(hay, &self.needle),
            Match::Prefix => scan::anchored(hay, &self.needle, true, false),
            Match::Suffix => scan::anchored(hay, &self.needle, false, true),
            Match::Whole => scan::anchored(hay, &self.needle, true, true),
        }
    }

    /// Whether the term holds for an entry, and if so an estimate of its score. Exact for every
    /// kind but fuzzy, whose exact score needs the matcher.
    fn estimate(&self, text: &Text) -> Option<i32> {
        let present = text.mask & self.mask == self.mask;
        if self.negated {
            return (!present || self.locate(self.hay(text)).is_none()).then_some(0);
        }
        if !present {
            return None;
        }
        let hay = self.hay(text);
        if let Some(occ) = self.locate(hay) {
            return Some(occ.score(self.chars));
        }
        (self.kind == Match::Fuzzy && self.matches_field(hay))
            .then(|| scan::scattered_estimate(self.chars))
    }

    /// The estimate of a fuzzy term known to have no contiguous occurrence (it grew from one
    /// that had none): only the subsequence test is left.
    fn scattered(&self, text: &Text) -> Option<i32> {
        let hay = self.hay(text);
        (self.possible(text.mask) && self.matches_field(hay))
            .then(|| scan::scattered_estimate(self.chars))
    }

    /// The exact score: the matcher's best over the entry's fields for a fuzzy term (plus the
    /// whole-word bonus), the estimate for the others.
    fn score(&self, text: &Text) -> Option<i64> {
        let estimate = self.estimate(text)?;
        if self.negated || self.kind != Match::Fuzzy {
            return Some(i64::from(estimate));
        }
        // The matcher only on the fields the scan says match: it costs microseconds a call.
        let hay = self.hay(text);
        let orig = text.index.orig_of(text.pos);
        let best = hay
            .split(SEP as char)
            .zip(orig.split(SEP as char))
            .filter(|(field, _)| self.matches_field(field))
            .filter_map(|(_, field)| text.index.matcher.fuzzy_match(field, &self.text))
            .max();
        let word = self.locate(hay).is_some_and(|o| o.word);
        // The scans and the matcher agree on what matches; should they ever not, keep the
        // entry with its estimate rather than drop what the count already includes.
        Some(best.map_or(i64::from(estimate), |s| {
            s + if word { i64::from(scan::WORD_BONUS) } else { 0 }
        }))
    }

    /// Whether the fuzzy term matches within one field of `hay` (in the scan form).
    fn matches_field(&self, hay: &str) -> bool {
        if self.ascii {
            scan::subsequence(hay, self.needle.as_bytes())
        } else {
            scan::subsequence_chars(hay, &self.needle)
        }
    }

    /// Character indices of this term's match in the displayed field, if it matches there.
    fn indices(&self, index: &Index, display: &str, display_lower: &str) -> Option<Vec<usize>> {
        let hay = if self.case_sensitive {
            display
        } else {
            display_lower
        };
        if self.kind == Match::Fuzzy && self.locate(hay).is_none() {
            return index
                .matcher
                .fuzzy_indices(display, &self.text)
                .map(|(_, ix)| ix);
        }
        let occ = self.locate(hay)?;
        let first = display.get(..occ.at)?.chars().count();
        Some((first..first + self.chars).collect())
    }
}

/// What an earlier query's group says about a group of the new query, for an entry that
/// matched the earlier query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    /// Nothing: scan.
    None,
    /// It is the same as old group `.0`: reuse the estimate.
    Same(usize),
    /// It is a single fuzzy term grown from old group `group`'s single fuzzy term of `chars`
    /// characters: where that had no contiguous occurrence, neither has this one.
    Grown { group: usize, chars: usize },
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
                    (Some(was), Some(now)) if now.starts_with(&was) => Hint::Grown {
                        group: g,
                        chars: was.chars().count(),
                    },
                    _ => Hint::None,
                },
                None => Hint::None,
            })
            .collect()
    }
}

/// An entry as the scans see it. Its text is sliced only when a term needs it, so entries
/// the masks reject, and groups whose estimates are reused, never touch the text's memory.
pub(crate) struct Text<'a> {
    index: &'a Index,
    pos: usize,
    mask: u64,
}

impl<'a> Text<'a> {
    fn new(index: &'a Index, pos: usize) -> Text<'a> {
        Text {
            index,
            pos,
            mask: index.masks.get(pos).copied().unwrap_or(0),
        }
    }
}

/// A compiled query.
#[derive(Clone, Debug)]
pub(crate) struct Plan {
    /// Positions of the entries in scope.
    pub domain: Range<usize>,
    groups: Vec<Vec<TermPlan>>,
    /// Per quote (position minus `Index::people`): allowed by the speaker filter. Shared with
    /// the next key's plan when the speakers did not change.
    allowed: Option<Arc<Vec<bool>>>,
    /// Some term scores: otherwise every match scores 0 and the index order decides.
    pub positive: bool,
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
        Plan {
            domain,
            groups: query
                .groups
                .iter()
                .map(|g| g.iter().map(TermPlan::new).collect())
                .collect(),
            allowed,
            positive: query.has_positive(),
        }
    }

    pub fn groups(&self) -> usize {
        self.groups.len()
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
    pub fn check(
        &self,
        index: &Index,
        pos: usize,
        hints: &[Hint],
        old: &[i32],
        out: &mut Vec<i32>,
    ) -> bool {
        if !self.admits(index, pos) {
            return false;
        }
        let text = Text::new(index, pos);
        let hint = |g: usize| hints.get(g).copied().unwrap_or(Hint::None);
        let fresh = |g: usize| !matches!(hint(g), Hint::Same(_));
        let impossible = |(g, group): (usize, &Vec<TermPlan>)| {
            fresh(g) && !group.iter().any(|t| t.possible(text.mask))
        };
        if self.groups.iter().enumerate().any(impossible) {
            return false;
        }
        let start = out.len();
        for (g, group) in self.groups.iter().enumerate() {
            let estimate = match hint(g) {
                Hint::Same(o) if o < old.len() => Some(old[o]),
                Hint::Grown { group: o, chars }
                    if old.get(o) == Some(&scan::scattered_estimate(chars)) =>
                {
                    group.first().and_then(|t| t.scattered(&text))
                }
                _ => group.iter().filter_map(|t| t.estimate(&text)).max(),
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
        let (display, display_lower) = (&index.orig_of(pos)[..len], &index.lower_of(pos)[..len]);
        let mut out = Vec::new();
        for group in &self.groups {
            let best = group
                .iter()
                .filter(|t| !t.negated)
                .filter_map(|t| Some((t.score(&text)?, t)))
                .max_by_key(|(s, _)| *s);
            if let Some(ix) = best.and_then(|(_, t)| t.indices(index, display, display_lower)) {
                out.extend(ix);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}
