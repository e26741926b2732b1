//! Who did what: the frame of a clause, for telling events apart beyond shared words.
//!
//! Two reports of one happening can share few words ("Putin met Xi on Tuesday" / "Xi and
//! Putin posed as peace brokers during a summit on Tuesday"), and two happenings on one day
//! can share many (the same people, the same city: an arrival and the talks that follow).
//! What decides, as in event coreference, is the kind of happening and its participants on
//! the same date. A clause's happenings are the happening words of its head (the verb phrase
//! after its actor: "met", "summit", "arrived", "said"; see `[happening]` in the cues);
//! its participants are the people it names, else those of the rest of its sentence, else
//! those of the sentences just before it ("The two leaders will reconvene ...").
//!
//! Clauses (and clusters) whose happenings are both known and share none are never one event;
//! those that share their kind and whose participants are a subset one of the other get a
//! bonus on top of their cosine.

use super::clauses::Clause;
use super::index::Index;
use super::label::Head;
use super::terms::{Lexicon, hash, lower_into, words};

/// How far back (in sentences of the same article) participants are looked for.
const LOOK_BACK: usize = 2;

#[derive(Clone, Debug, Default)]
pub(crate) struct Frame {
    /// Happening kinds (hashes of their canonical words), in the order of the head.
    pub happenings: Vec<u64>,
    /// People taking part, ascending.
    pub participants: Vec<usize>,
}

impl Frame {
    /// Clauses with exactly one kind of happening first, then several, then none: clusters
    /// then start from clear cases ("arrived" before "arrived ... and met").
    pub fn tier(&self) -> u8 {
        match self.happenings.len() {
            1 => 0,
            0 => 2,
            _ => 1,
        }
    }
}

/// The frame of a clause whose head has been read.
pub(crate) fn of_clause(ix: &Index, lex: &Lexicon, c: &Clause, head: &Head) -> Frame {
    let text = ix.text(c.sentence);
    let mut happenings = Vec::new();
    if let Some(span) = head.phrase.clone()
        && let Some(part) = text.get(span)
    {
        let mut buf = String::new();
        for w in words(part) {
            lower_into(&part[w.start..w.end], &mut buf);
            if let Some(h) = lex.happening(&buf) {
                let h = hash(h.as_bytes());
                if !happenings.contains(&h) {
                    happenings.push(h);
                }
            }
        }
    }
    let dates = ix.dates(c.sentence);
    let in_date = |s: usize| dates.iter().any(|d| s >= d.start && s < d.end);
    let named = |si: usize, range: Option<&std::ops::Range<usize>>| -> Vec<usize> {
        let mut p: Vec<usize> = ix
            .people(si)
            .iter()
            .filter(|p| range.is_none_or(|r| p.start >= r.start && p.end <= r.end))
            .filter(|p| {
                si != c.sentence
                    || (!in_date(p.start)
                        && !c
                            .dropped
                            .iter()
                            .any(|d| p.start >= d.start && p.start < d.end))
            })
            .map(|p| p.person)
            .collect();
        p.sort_unstable();
        p.dedup();
        p
    };
    let mut participants = named(c.sentence, Some(&c.own));
    if participants.is_empty() {
        participants = named(c.sentence, None);
    }
    let first = ix
        .analysis
        .article_sentences
        .get(c.article)
        .map_or(c.sentence, |r| r.start);
    let mut back = c.sentence;
    while participants.is_empty() && back > first && c.sentence - back < LOOK_BACK {
        back -= 1;
        participants = named(back, None);
    }
    Frame {
        happenings,
        participants,
    }
}

/// Two sets of happenings can be one event: unknown on either side, or sharing a kind.
pub(crate) fn compatible(a: &[u64], b: &[u64]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|h| b.contains(h))
}

/// The kinds a cluster is about once `b` joins `a`: what both share, or what the known side
/// says.
pub(crate) fn core(a: &[u64], b: &[u64]) -> Vec<u64> {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_vec(),
        (_, true) => a.to_vec(),
        _ => a.iter().copied().filter(|h| b.contains(h)).collect(),
    }
}

/// One sorted set inside the other, both non-empty.
pub(crate) fn nested(a: &[usize], b: &[usize]) -> bool {
    let within = |x: &[usize], y: &[usize]| x.iter().all(|p| y.binary_search(p).is_ok());
    !a.is_empty() && !b.is_empty() && (within(a, b) || within(b, a))
}

/// Same kind of happening with the same people: `kinds` must hold `primary`.
pub(crate) fn same_frame(primary: Option<u64>, kinds: &[u64], a: &[usize], b: &[usize]) -> bool {
    primary.is_some_and(|h| kinds.contains(&h)) && nested(a, b)
}
