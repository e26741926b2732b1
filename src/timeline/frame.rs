//! Who did what: the frame of a clause, for telling events apart beyond shared words.
//!
//! Two reports of one happening can share few words ("Putin met Xi on Tuesday" / "Xi and
//! Putin posed as peace brokers during a summit on Tuesday"), and two happenings on one day
//! can share many (the same people, the same city: an arrival and the talks that follow).
//! What decides, as in event coreference, is the kind of happening and its participants on
//! the same date. A clause's happenings are the happening words of its head (the verb phrase
//! after its actor: "met", "summit", "arrived", "said"; see `[happening]` in the cues);
//! its participants are the people it names, else those of the rest of its sentence, else
//! those of the sentences just before it ("The two leaders will reconvene ..."); a
//! statement's participant is its speaker.
//!
//! Clauses (and clusters) whose happenings are both known and share none are never one event;
//! those that share their kind and whose participants are a subset one of the other get a
//! bonus on top of their cosine.

use super::clauses::Clause;
use super::head::{Head, Item};
use super::index::SentenceIndex;
use super::read::ReadSentence;

/// How far back (in sentences of the same article) participants are looked for.
const LOOK_BACK: usize = 2;

#[derive(Clone, Debug, Default)]
pub(crate) struct Frame {
    /// Happening kinds (terms of their canonical words), in the order of the head.
    pub happenings: Vec<u32>,
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
pub(crate) fn of_clause(ix: &SentenceIndex, s: &ReadSentence, c: &Clause, head: &Head) -> Frame {
    let mut happenings = Vec::new();
    for i in &head.phrase {
        if let Item::Word(k) = *i {
            let h = s.toks[k].happening;
            if h != 0 && !happenings.contains(&h) {
                happenings.push(h);
            }
        }
    }
    // A statement is a happening of its own kind, whatever words the quote holds.
    let say = super::terms::say();
    if c.statement && !happenings.contains(&say) {
        happenings.insert(0, say);
    }
    let in_date = |at: usize| s.dates.iter().any(|d| at >= d.start && at < d.end);
    let outside = |at: usize| !in_date(at) && !c.dropped.iter().any(|d| d.contains(&at));
    let sorted = |mut p: Vec<usize>| {
        p.sort_unstable();
        p.dedup();
        p
    };
    if c.statement {
        // A statement's participant is its speaker, not the people it talks about; a speaker
        // that is no person ("the US warned") leaves the words to decide.
        let speakers = head
            .subject
            .iter()
            .filter_map(|&p| s.people.get(usize::from(p)))
            .map(|p| p.person)
            .collect();
        return Frame {
            happenings,
            participants: sorted(speakers),
        };
    }
    let mut participants = sorted(
        s.people
            .iter()
            .filter(|p| p.start >= c.own.start && p.end <= c.own.end && outside(p.start))
            .map(|p| p.person)
            .collect(),
    );
    if participants.is_empty() {
        participants = sorted(
            s.people
                .iter()
                .filter(|p| outside(p.start))
                .map(|p| p.person)
                .collect(),
        );
    }
    let first = ix
        .analysis
        .article_sentences
        .get(c.article)
        .map_or(c.sentence, |r| r.start);
    let mut back = c.sentence;
    while participants.is_empty() && back > first && c.sentence - back < LOOK_BACK {
        back -= 1;
        participants = sorted(ix.people(back).iter().map(|p| p.person).collect());
    }
    Frame {
        happenings,
        participants,
    }
}

/// Two sets of happenings can be one event: unknown on either side, or sharing a kind.
pub(crate) fn compatible(a: &[u32], b: &[u32]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|h| b.contains(h))
}

/// The kinds a cluster is about once `b` joins `a`: what both share, or what the known side
/// says.
pub(crate) fn core(a: &[u32], b: &[u32]) -> Vec<u32> {
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
pub(crate) fn same_frame(primary: Option<u32>, kinds: &[u32], a: &[usize], b: &[usize]) -> bool {
    primary.is_some_and(|h| kinds.contains(&h)) && nested(a, b)
}
