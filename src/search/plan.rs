//! A query compiled against an index: terms with their scan forms, the range of entries in
//! scope, and the quotes a speaker filter allows. Answers, per entry, the three questions the
//! search asks in turn: does it match (and roughly how well), what is its exact score, which
//! characters to highlight.

use super::index::Index;
use super::query::{Match, Query, Scope, Term};
use super::scan::{self, Occurrence, SEP};
use fuzzy_matcher::FuzzyMatcher;
use std::ops::Range;

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
            text.lower
        }
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

/// An entry's text as the scans see it. The text as written is fetched only for the terms
/// that need it (case-sensitive ones): one memory region per entry is touched, not two.
pub(crate) struct Text<'a> {
    index: &'a Index,
    pos: usize,
    lower: &'a str,
    mask: u64,
}

impl<'a> Text<'a> {
    fn new(index: &'a Index, pos: usize) -> Text<'a> {
        Text {
            index,
            pos,
            lower: index.lower_of(pos),
            mask: index.masks[pos],
        }
    }
}

/// A compiled query.
#[derive(Clone, Debug)]
pub(crate) struct Plan {
    /// Positions of the entries in scope.
    pub domain: Range<usize>,
    groups: Vec<Vec<TermPlan>>,
    /// Per quote (position minus `Index::people`): allowed by the speaker filter.
    allowed: Option<Vec<bool>>,
    /// Some term scores: otherwise every match scores 0 and the index order decides.
    pub positive: bool,
}

impl Plan {
    pub fn compile(index: &Index, query: &Query) -> Plan {
        let (people, all) = (index.people, index.len());
        let domain = match (query.scope, query.by_speaker) {
            (Scope::People, true) => 0..0,
            (Scope::People, false) => 0..people,
            (Scope::Quotes, _) | (Scope::All, true) => people..all,
            (Scope::All, false) => 0..all,
        };
        let allowed = (!query.speakers.is_empty() || !query.not_speakers.is_empty())
            .then(|| speakers::allowed(index, &query.speakers, &query.not_speakers));
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
    /// `reuse[g] == Some(o)` says group `g` is group `o` of an earlier query this entry matched,
    /// with the estimates `old`: no need to scan for it again.
    pub fn check(
        &self,
        index: &Index,
        pos: usize,
        reuse: &[Option<usize>],
        old: &[i32],
        out: &mut Vec<i32>,
    ) -> bool {
        if !self.admits(index, pos) {
            return false;
        }
        let text = Text::new(index, pos);
        let start = out.len();
        for (g, group) in self.groups.iter().enumerate() {
            let estimate = match reuse.get(g).copied().flatten().and_then(|o| old.get(o)) {
                Some(&e) => Some(e),
                None => group.iter().filter_map(|t| t.estimate(&text)).max(),
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
        let (display, display_lower) = (&index.orig_of(pos)[..len], &text.lower[..len]);
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

mod speakers {
    //! `@name`: which quotes a speaker filter allows. A speaker is picked by their name and
    //! aliases (or the speaker as written, for unnamed speakers), and only the best kind of
    //! match counts, so `@xi` means Xi Jinping and not every name with an x before an i.

    use super::super::index::Index;
    use super::super::scan::{self, Occurrence};

    /// 3 whole word, 2 start of a word, 1 inside a word, 0 scattered letters.
    fn tier(hay: &str, needle: &str) -> Option<u8> {
        if let Some(Occurrence { word, head, .. }) = scan::best_occurrence(hay, needle) {
            return Some(if word {
                3
            } else if head > 0 {
                2
            } else {
                1
            });
        }
        scan::subsequence_chars(hay, needle).then_some(0)
    }

    /// Per quote, whether `name` picks its speaker.
    fn picked(index: &Index, name: &str) -> Vec<bool> {
        let sensitive = name.bytes().any(|b| b.is_ascii_uppercase());
        let needle = if sensitive {
            name.to_string()
        } else {
            name.to_ascii_lowercase()
        };
        let text = |start: usize, end: usize| {
            let buf = if sensitive { &index.orig } else { &index.lower };
            buf.get(start..end).unwrap_or("")
        };
        let people: Vec<Option<u8>> = index.entries[..index.people]
            .iter()
            .map(|e| tier(text(e.start, e.names_end), &needle))
            .collect();
        let quotes = &index.entries[index.people..];
        let unnamed: Vec<Option<u8>> = quotes
            .iter()
            .map(|e| match e.speaker {
                Some(_) => None,
                None => tier(text(e.display_end + 1, e.names_end), &needle),
            })
            .collect();
        let Some(best) = people.iter().chain(&unnamed).flatten().max().copied() else {
            return vec![false; quotes.len()];
        };
        quotes
            .iter()
            .zip(&unnamed)
            .map(|(e, &own)| match e.speaker {
                Some(p) => {
                    index
                        .pos(super::super::Kind::Person, p)
                        .and_then(|pos| people[pos])
                        == Some(best)
                }
                None => own == Some(best),
            })
            .collect()
    }

    /// Quotes by any of `include` (all quotes when empty) and by none of `exclude`.
    pub fn allowed(index: &Index, include: &[String], exclude: &[String]) -> Vec<bool> {
        let mut allowed = vec![include.is_empty(); index.quotes_len()];
        for name in include {
            allowed
                .iter_mut()
                .zip(picked(index, name))
                .for_each(|(a, p)| *a |= p);
        }
        for name in exclude {
            allowed
                .iter_mut()
                .zip(picked(index, name))
                .for_each(|(a, p)| *a &= !p);
        }
        allowed
    }
}
