//! One term of a compiled query against one entry: does it match, how well roughly (from the
//! entry's summary and a byte scan), how well exactly (the fuzzy matcher), where to highlight.
//! An entry's text is its first field (a name, or a quote's words) and the fields after it;
//! the same words quoted by many outlets are scanned once for them all ([`Seen`]), and a
//! quote's speaker and outlet once per term ([`TermPlan::fields`]).

use super::index::Index;
use super::place;
use super::query::{Match, Term};
use super::scan::{self, Needle, Occurrence, SEP};
use super::sig::{self, Sig};
use crate::text::typo::prefix_distance;
use fuzzy_matcher::FuzzyMatcher;
use std::sync::atomic::{AtomicU64, Ordering};

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

    /// A quote's speaker and outlet, the fields after the first (see `Index::fields`).
    fn fields(&self) -> Option<(u32, u32)> {
        let quote = self.pos.checked_sub(self.index.people)?;
        self.index.quote_fields.get(quote).copied()
    }

    fn lower(&self) -> &'a str {
        self.index.lower_of(self.pos)
    }

    fn orig(&self) -> &'a str {
        self.index.orig_of(self.pos)
    }

    /// A quote, whose first field is running text: its letters never match scattered.
    fn is_quote(&self) -> bool {
        self.pos >= self.index.people
    }

    /// `hay` (this entry's text in either form) as its first field and the fields after it,
    /// with the first field's group (None when the index shares no fields).
    fn parts(&self, hay: &'a str) -> (&'a str, &'a str, Option<u32>) {
        let (first, group) = match self.index.groups.get(self.pos) {
            Some(&(first, group)) => (first as usize, Some(group)),
            None => match self.index.entries.get(self.pos) {
                Some(e) => (e.display_end - e.start, None),
                None => return (hay, "", None),
            },
        };
        match (hay.get(..first), hay.get(first + 1..)) {
            (Some(head), Some(rest)) => (head, rest, group),
            _ => (hay, "", None),
        }
    }
}

/// What a term found in the first field of the entries of one group: the entries after the
/// first of a group reuse it instead of reading the same words again. One per term, per scan.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Seen {
    group: Option<u32>,
    run: Option<Option<Occurrence>>,
    apart: Option<Option<i32>>,
}

impl Seen {
    /// Forgets what was seen in another group; nothing is kept for an entry of no group.
    fn enter(&mut self, group: Option<u32>) -> &mut Seen {
        if group.is_none() || self.group != group {
            *self = Seen {
                group,
                ..Seen::default()
            };
        }
        self
    }
}

/// What a term finds in one field: its best occurrence, and whether its letters occur apart
/// (for an ASCII term, the placements' score).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct InField {
    run: Option<Occurrence>,
    apart: Option<i32>,
}

impl InField {
    const KNOWN: u64 = 1 << 63;
    const RUN: u64 = 1 << 62;
    const WORD: u64 = 1 << 61;
    const APART: u64 = 1 << 60;

    /// Packed into one word, for a table shared by the scanning threads; never 0.
    fn pack(self) -> u64 {
        let run = self.run.map_or(0, |o| {
            Self::RUN | if o.word { Self::WORD } else { 0 } | (u64::from(o.head as u8) << 32)
        });
        let apart = self.apart.map_or(0, |a| Self::APART | u64::from(a as u32));
        Self::KNOWN | run | apart
    }

    /// None for a word not packed yet.
    fn unpack(w: u64) -> Option<InField> {
        (w & Self::KNOWN != 0).then(|| InField {
            run: (w & Self::RUN != 0).then(|| Occurrence {
                at: 0,
                head: i32::from((w >> 32) as u8),
                word: w & Self::WORD != 0,
            }),
            apart: (w & Self::APART != 0).then_some(w as u32 as i32),
        })
    }
}

/// How many letters of `t` (in `lower` case) may be wrong in a name it finds: none in a
/// short term, where one wrong letter reaches half the names; one from five letters, two
/// from eight. Only a fuzzy term is read so, not an exact or anchored one, nor two words.
fn typos(t: &Term, lower: &str) -> usize {
    if t.kind != Match::Fuzzy || t.negated || lower.contains(' ') {
        return 0;
    }
    match lower.chars().count() {
        0..5 => 0,
        5..8 => 1,
        _ => 2,
    }
}

/// Of two occurrences in fields in this order, the one a scan of both would keep: the later
/// only if it is better.
fn better(a: Option<Occurrence>, b: Option<Occurrence>) -> Option<Occurrence> {
    match (a, b) {
        (Some(a), Some(b)) if b.value() > a.value() => Some(b),
        (a, b) => a.or(b),
    }
}

/// One term, ready for the scans.
#[derive(Debug)]
pub(crate) struct TermPlan {
    /// As typed: what the matcher gets (it applies smart case itself).
    text: String,
    /// What the byte scans look for: `text`, lowercased unless case-sensitive.
    needle: String,
    /// Finds `needle` in an entry's text.
    finder: Needle,
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
    /// How many letters a person's name may have wrong and still be found (see [`typos`]).
    typos: usize,
    /// `needle` lowercased, what a name's words are compared with for a typo.
    folded: String,
    /// What the term finds in each of `Index::fields` ([`InField::pack`]ed, 0 until a quote
    /// needs it): quotes' speakers and outlets repeat, so each is read once per term instead
    /// of once per quote.
    fields: Vec<AtomicU64>,
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
            finder: Needle::new(&needle),
            fields: Vec::new(),
            chars: needle.chars().count(),
            typos: typos(t, &lower),
            folded: lower.clone(),
            kind: t.kind,
            negated: t.negated,
            case_sensitive: t.case_sensitive,
            text,
            needle,
        }
    }

    /// Makes room for what the term finds in the index's speakers and outlets (see
    /// [`TermPlan::fields`]). A one-letter term needs none of it: the summary answers.
    pub fn with_fields(mut self, index: &Index) -> TermPlan {
        if self.single.is_none() {
            self.fields = index.fields.iter().map(|_| AtomicU64::new(0)).collect();
        }
        self
    }

    /// What the term finds in field `f` of the index, read on first need.
    fn in_field(&self, index: &Index, f: u32) -> Option<InField> {
        let slot = self.fields.get(f as usize)?;
        if let Some(known) = InField::unpack(slot.load(Ordering::Relaxed)) {
            return Some(known);
        }
        let list = if self.case_sensitive {
            &index.fields
        } else {
            &index.field_lower
        };
        let field = list.get(f as usize)?;
        let found = InField {
            run: self.locate(field).map(|o| Occurrence { at: 0, ..o }),
            apart: (self.kind == Match::Fuzzy && !self.negated)
                .then(|| self.field_apart(field))
                .flatten(),
        };
        // Two threads may both read it first: they store the same.
        slot.store(found.pack(), Ordering::Relaxed);
        Some(found)
    }

    fn hay<'a>(&self, text: &Text<'a>) -> &'a str {
        if self.case_sensitive {
            text.orig()
        } else {
            text.lower()
        }
    }

    /// Whether the entry has every byte the term needs (or, negated, may lack it, or a
    /// name with a typo may match it).
    pub fn possible(&self, text: &Text) -> bool {
        self.negated || text.sig.bytes & self.mask == self.mask || self.typo_possible(text)
    }

    /// Whether the term may find this entry with a typo: a person, whom only their names
    /// find so.
    fn typo_possible(&self, text: &Text) -> bool {
        self.typos > 0 && !text.is_quote()
    }

    /// Whether the term may find the entry only with a typo (see [`TermPlan::typo_possible`]):
    /// the score of the nearest of the person's names, below every match as typed.
    fn typo(&self, text: &Text) -> Option<(i32, bool)> {
        if !self.typo_possible(text) {
            return None;
        }
        let names = text.index.names_of(text.pos, false);
        let mut words = Vec::new();
        crate::text::token::pieces(names, 0, &mut words);
        let edits = words
            .iter()
            .filter(|w| w.is_word())
            .filter_map(|w| prefix_distance(&self.folded, w.text(names, 0), self.typos))
            .min()?;
        Some((scan::typo_score(edits), false))
    }

    /// Whether a term that does not match this entry as typed is known to find it with a typo:
    /// the plan then looks at every person afresh while the query grows.
    pub fn has_typos(&self) -> bool {
        self.typos > 0
    }

    /// The best contiguous (or anchored) occurrence in `hay`.
    fn locate(&self, hay: &str) -> Option<Occurrence> {
        match self.kind {
            Match::Fuzzy | Match::Exact => scan::best_occurrence(hay, &self.finder),
            Match::Prefix => scan::anchored(hay, &self.needle, true, false),
            Match::Suffix => scan::anchored(hay, &self.needle, false, true),
            Match::Whole => scan::anchored(hay, &self.needle, true, true),
        }
    }

    /// The best occurrence in the entry's text, the first field's as its group saw it: what
    /// [`TermPlan::locate`] finds in the whole text, but for the offset.
    fn locate_in(&self, text: &Text, seen: &mut Seen) -> Option<Occurrence> {
        let (first, rest, group) = text.parts(self.hay(text));
        let seen = seen.enter(group);
        let head = *seen.run.get_or_insert_with(|| self.locate(first));
        let later = match self.in_fields(text) {
            Some((speaker, outlet)) => better(speaker.run, outlet.run),
            None => self.locate(rest),
        };
        better(head, later)
    }

    /// What the term finds in a quote's speaker and outlet, when known.
    fn in_fields(&self, text: &Text) -> Option<(InField, InField)> {
        let (speaker, outlet) = text.fields()?;
        let of = |f: u32| self.in_field(text.index, f);
        of(speaker).zip(of(outlet))
    }

    /// Whether the term holds for an entry, and if so an estimate of its score (see
    /// [`scan::estimate`]). For every kind but fuzzy, whose exact score needs the matcher, the
    /// estimate is the score.
    pub fn estimate(&self, text: &Text, seen: &mut Seen) -> Option<i32> {
        self.judge(text, seen)
            .map(|(score, scattered)| scan::estimate(score, scattered))
    }

    /// Whether the term holds, its score or estimated score, and whether only scattered.
    fn judge(&self, text: &Text, seen: &mut Seen) -> Option<(i32, bool)> {
        let present = text.sig.bytes & self.mask == self.mask;
        // No contiguous occurrence without every pair of adjacent bytes.
        let run = present && text.sig.has_pairs(&self.pairs);
        if self.negated {
            return (!run || self.locate_in(text, seen).is_none()).then_some((0, false));
        }
        if !present {
            return self.typo(text);
        }
        if let Some(b) = self.single {
            let (head, word) = text.sig.single(b);
            return Some((Occurrence { at: 0, head, word }.score(1), false));
        }
        if let Some(occ) = run.then(|| self.locate_in(text, seen)).flatten() {
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
        self.apart(text, seen)
            .map(|s| (s, true))
            .or_else(|| self.typo(text))
    }

    /// For a fuzzy term with no contiguous occurrence: whether it matches, and a guess at the
    /// matcher's score from the first field that holds it (the first field's as its group saw
    /// it): what likely placements score (ASCII terms), else what the summary says. A quote's
    /// words are not searched so: letters scattered over a sentence are no match a reader
    /// means ("state talks" is in nearly every long quote), only its speaker and outlet are.
    fn apart(&self, text: &Text, seen: &mut Seen) -> Option<i32> {
        let (first, rest, group) = text.parts(self.hay(text));
        let seen = seen.enter(group);
        let head = if text.is_quote() {
            None
        } else {
            *seen.apart.get_or_insert_with(|| self.field_apart(first))
        };
        let found = head.or_else(|| match self.in_fields(text) {
            Some((speaker, outlet)) => speaker.apart.or(outlet.apart),
            None => self.field_apart(rest),
        })?;
        Some(if self.ascii {
            found
        } else {
            self.scattered_score(text)
        })
    }

    /// For a fuzzy term with no contiguous occurrence in `hay` (one field or more): whether
    /// it occurs there apart, and for an ASCII term a guess at the matcher's score, what likely
    /// placements score (for others the entry's summary gives the guess; 0 here).
    fn field_apart(&self, hay: &str) -> Option<i32> {
        if self.ascii {
            place::greedy(hay, self.needle.as_bytes())
        } else {
            scan::subsequence_chars(hay, &self.needle).then_some(0)
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
    pub fn scattered(&self, text: &Text, seen: &mut Seen) -> Option<i32> {
        if !self.possible(text) {
            return None;
        }
        self.apart(text, seen).map(|s| scan::estimate(s, true))
    }

    /// The exact score: the matcher's best over the entry's fields for a fuzzy term (plus the
    /// whole-word bonus), the estimate for the others.
    pub fn score(&self, text: &Text) -> Option<i64> {
        let (estimate, _) = self.judge(text, &mut Seen::default())?;
        if self.negated || self.kind != Match::Fuzzy {
            return Some(i64::from(estimate));
        }
        // The matcher only on the fields the scan says match: it costs microseconds a call.
        let hay = self.hay(text);
        // A quote's words count only where the term occurs in them as typed (see `apart`).
        let quote = text.is_quote();
        let best = hay
            .split(SEP as char)
            .zip(text.orig().split(SEP as char))
            .enumerate()
            .filter(|(i, (field, _))| {
                if quote && *i == 0 {
                    scan::best_occurrence(field, &self.finder).is_some()
                } else {
                    self.matches_field(field)
                }
            })
            .map(|(_, fields)| fields)
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

    /// Character indices of this term's match in the displayed field, if it matches there;
    /// `scattered` says whether its letters may match apart (not in a quote, see `apart`).
    pub fn indices(
        &self,
        index: &Index,
        (display, display_lower): (&str, &str),
        scattered: bool,
    ) -> Option<Vec<usize>> {
        let hay = if self.case_sensitive {
            display
        } else {
            display_lower
        };
        if self.kind == Match::Fuzzy && self.locate(hay).is_none() {
            if !scattered {
                return None;
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_field_packs_into_one_word() {
        let run = |head, word| Some(Occurrence { at: 0, head, word });
        for found in [
            InField::default(),
            InField {
                run: run(16, true),
                apart: None,
            },
            InField {
                run: run(0, false),
                apart: Some(-40),
            },
            InField {
                run: None,
                apart: Some(i32::MAX),
            },
            InField {
                run: run(7, true),
                apart: Some(0),
            },
        ] {
            assert_ne!(found.pack(), 0, "0 means not read yet");
            assert_eq!(InField::unpack(found.pack()), Some(found));
        }
        assert_eq!(InField::unpack(0), None);
    }
}
