//! One term of a compiled query against one entry: does it match, how well roughly (from the
//! entry's summary and a byte scan), how well exactly (the fuzzy matcher), where to highlight.

use super::index::Index;
use super::place;
use super::query::{Match, Term};
use super::scan::{self, Occurrence, SEP};
use super::sig::{self, Sig};
use fuzzy_matcher::FuzzyMatcher;

/// An entry as the scans see it: its summary, and its text sliced only when a term needs it,
/// so the entries the summary decides never touch the text's memory.
pub(crate) struct Text<'a> {
    index: &'a Index,
    pos: usize,
    sig: Sig,
}

impl<'a> Text<'a> {
    pub fn new(index: &'a Index, pos: usize) -> Text<'a> {
        Text {
            index,
            pos,
            sig: index.sigs.get(pos).copied().unwrap_or_default(),
        }
    }

    fn lower(&self) -> &'a str {
        self.index.lower_of(self.pos)
    }

    fn orig(&self) -> &'a str {
        self.index.orig_of(self.pos)
    }
}

/// One term, ready for the scans.
#[derive(Clone, Debug)]
pub(crate) struct TermPlan {
    /// As typed: what the matcher gets (it applies smart case itself).
    text: String,
    /// What the byte scans look for: `text`, lowercased unless case-sensitive.
    needle: String,
    pub kind: Match,
    pub negated: bool,
    case_sensitive: bool,
    mask: u64,
    pairs: [u64; 4],
    /// A one-letter (or digit) term, case-insensitive: the summary alone answers.
    single: Option<u8>,
    /// [`scan::bit`] of each byte that is a letter or digit, 0 for the others.
    letters: Vec<u64>,
    ascii: bool,
    chars: usize,
}

impl TermPlan {
    pub fn new(t: &Term) -> TermPlan {
        let text = t.text.replace('\0', " ");
        let needle = if t.case_sensitive {
            text.clone()
        } else {
            text.to_ascii_lowercase()
        };
        let lower = needle.to_ascii_lowercase();
        let single = match lower.as_bytes() {
            [b] if b.is_ascii_alphanumeric()
                && !t.case_sensitive
                && matches!(t.kind, Match::Fuzzy | Match::Exact) =>
            {
                Some(*b)
            }
            _ => None,
        };
        TermPlan {
            mask: scan::mask(needle.as_bytes()),
            pairs: sig::pairs(lower.as_bytes()),
            single,
            letters: lower
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() {
                        scan::bit(b)
                    } else {
                        0
                    }
                })
                .collect(),
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
            text.orig()
        } else {
            text.lower()
        }
    }

    /// Whether the entry has every byte the term needs (or, negated, may lack it).
    pub fn possible(&self, text: &Text) -> bool {
        self.negated || text.sig.bytes & self.mask == self.mask
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

    /// Whether the term holds for an entry, and if so an estimate of its score (see
    /// [`scan::estimate`]). For every kind but fuzzy, whose exact score needs the matcher, the
    /// estimate is the score.
    pub fn estimate(&self, text: &Text) -> Option<i32> {
        self.judge(text)
            .map(|(score, scattered)| scan::estimate(score, scattered))
    }

    /// Whether the term holds, its score or estimated score, and whether only scattered.
    fn judge(&self, text: &Text) -> Option<(i32, bool)> {
        let present = text.sig.bytes & self.mask == self.mask;
        // No contiguous occurrence without every pair of adjacent bytes.
        let run = present && text.sig.has_pairs(&self.pairs);
        if self.negated {
            return (!run || self.locate(self.hay(text)).is_none()).then_some((0, false));
        }
        if !present {
            return None;
        }
        if let Some(b) = self.single {
            let (head, word) = text.sig.single(b);
            return Some((Occurrence { at: 0, head, word }.score(1), false));
        }
        let hay = self.hay(text);
        if let Some(occ) = run.then(|| self.locate(hay)).flatten() {
            let mut score = occ.score(self.chars);
            if self.kind == Match::Fuzzy && occ.head == 0 {
                // Inside a word, a placement on word starts may please the matcher more.
                score = score.max(self.scattered_score(text));
            }
            return Some((score, false));
        }
        if self.kind != Match::Fuzzy {
            return None;
        }
        self.scattered_guess(text, hay).map(|s| (s, true))
    }

    /// For a fuzzy term with no contiguous occurrence: whether it matches, and a guess at the
    /// matcher's score: what likely placements score (ASCII terms), else what the summary says.
    fn scattered_guess(&self, text: &Text, hay: &str) -> Option<i32> {
        if self.ascii {
            place::greedy(hay, self.needle.as_bytes())
        } else {
            scan::subsequence_chars(hay, &self.needle).then(|| self.scattered_score(text))
        }
    }

    /// The estimate for scattered letters, from the entry's summary: how many of the term's
    /// letters start a word there (the matcher's bonus), and whether the first starts a field.
    fn scattered_score(&self, text: &Text) -> i32 {
        let heads = text.sig.heads[0] | text.sig.heads[1] | text.sig.heads[2];
        let at_heads = self.letters.iter().filter(|&&b| b & heads != 0).count();
        let first = self
            .letters
            .first()
            .is_some_and(|&b| b & text.sig.heads[0] != 0);
        scan::scattered_score(self.chars, at_heads, first)
    }

    /// The estimate of a fuzzy term known to have no contiguous occurrence (it grew from one
    /// that had none): no search for a run, only the placements.
    pub fn scattered(&self, text: &Text) -> Option<i32> {
        if !self.possible(text) {
            return None;
        }
        self.scattered_guess(text, self.hay(text))
            .map(|s| scan::estimate(s, true))
    }

    /// The exact score: the matcher's best over the entry's fields for a fuzzy term (plus the
    /// whole-word bonus), the estimate for the others.
    pub fn score(&self, text: &Text) -> Option<i64> {
        let (estimate, _) = self.judge(text)?;
        if self.negated || self.kind != Match::Fuzzy {
            return Some(i64::from(estimate));
        }
        // The matcher only on the fields the scan says match: it costs microseconds a call.
        let hay = self.hay(text);
        let best = hay
            .split(SEP as char)
            .zip(text.orig().split(SEP as char))
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
    pub fn indices(&self, index: &Index, display: &str, display_lower: &str) -> Option<Vec<usize>> {
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
