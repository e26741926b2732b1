//! The head of a clause: who did what, read from its tokens.
//!
//! News sentences put the actor first, behind a title ("Chinese President Xi Jinping arrived in
//! Moscow on Monday for talks ..."). The head is that actor and the verb phrase after it, cut
//! at the date, at punctuation, at a clause word ("that", "after", ...) or after eight words:
//! "Xi | arrived in Moscow". A bare statement ("Blinken said Monday that ...") runs on into
//! what was said; a statement with its speaker after the quote takes that speaker ("...,”
//! Jens Stoltenberg told reporters on Tuesday"). Without an actor up front, the clause's own
//! opening words serve, past an opening adverbial ("Meanwhile, the US warned"), and a relative
//! clause borrows its antecedent ("the war that started ...").

use super::clauses::Clause;
use super::read::{ReadSentence, gap};
use super::terms::flag;
use std::ops::Range;

const MAX_WORDS: usize = 8;

/// A word of a head: a token, or a person's name standing for its tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Item {
    Word(usize),
    /// Index into the sentence's people.
    Person(u16),
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Head {
    /// The actor: indices into the sentence's people.
    pub subject: Vec<u16>,
    /// Whether the actor was found in the clause (else the label starts with `antecedent`
    /// or the phrase itself).
    pub found: bool,
    /// Words before a relative clause that stand for its actor (token indices).
    pub antecedent: Vec<usize>,
    /// What happened.
    pub phrase: Vec<Item>,
}

impl Head {
    /// The bytes the phrase covers.
    pub fn span(&self, s: &ReadSentence) -> Option<Range<usize>> {
        let bounds = |i: &Item| match *i {
            Item::Word(k) => s.toks.get(k).map(|t| t.start..t.end),
            Item::Person(p) => s.people.get(usize::from(p)).map(|p| p.start..p.end),
        };
        let a = bounds(self.phrase.first()?)?;
        let b = bounds(self.phrase.last()?)?;
        Some(a.start..b.end)
    }
}

struct Reader<'s, 'a> {
    s: &'s ReadSentence<'a>,
    /// Token indices of the clause.
    lo: usize,
    hi: usize,
}

impl Reader<'_, '_> {
    fn is(&self, k: usize, f: u16) -> bool {
        self.s.toks[k].is(f)
    }
    fn break_before(&self, k: usize) -> bool {
        k > self.lo && k < self.hi && self.s.toks[k].gap & gap::BREAK != 0
    }
    fn past_person(&self, mut k: usize, p: u16) -> usize {
        while k < self.hi && self.s.toks[k].person == Some(p) {
            k += 1;
        }
        k
    }
    fn trail(&self, i: &Item) -> bool {
        matches!(*i, Item::Word(k) if self.is(k, flag::TRAIL))
    }

    /// Words from `k` until a cut; no trailing preposition. `over_dates`: a date is passed
    /// over rather than ending the phrase (with no actor up front, the subject may come before
    /// the date: "the court last week issued a warrant"). `continued`: the phrase goes on
    /// after a speech verb.
    fn phrase(&self, mut k: usize, over_dates: bool, continued: bool) -> Vec<Item> {
        let mut out: Vec<Item> = Vec::new();
        let limit = if continued { MAX_WORDS - 1 } else { MAX_WORDS };
        while k < self.hi && out.len() < limit {
            let t = &self.s.toks[k];
            if !out.is_empty() && self.break_before(k) {
                break;
            }
            if t.date.is_some() {
                // "Putin on Tuesday backed ...": a date before the verb is passed over.
                if out.iter().all(|i| self.trail(i)) {
                    out.clear();
                    k += 1;
                    continue;
                }
                if over_dates {
                    while out.last().is_some_and(|i| self.trail(i)) {
                        out.pop();
                    }
                    k += 1;
                    continue;
                }
                break;
            }
            if t.is(flag::CUT) && !(continued && out.is_empty()) {
                break;
            }
            if let Some(p) = t.person {
                out.push(Item::Person(p));
                k = self.past_person(k, p);
                continue;
            }
            out.push(Item::Word(k));
            k += 1;
        }
        while out.last().is_some_and(|i| self.trail(i)) {
            out.pop();
        }
        out
    }
}

/// Reads the head of a clause (see the module doc).
pub(crate) fn read(s: &ReadSentence, c: &Clause) -> Head {
    let own = s.within(&c.own);
    let r = Reader {
        s,
        lo: own.start,
        hi: own.end,
    };
    let mut head = Head::default();
    // Skip an opening clause word ("that Xi met ...", "before formal talks ...").
    let mut k = r.lo;
    while k < r.hi && (r.is(k, flag::BOUNDARY) || r.is(k, flag::SUBORDINATE)) {
        k += 1;
    }
    // The actor: a person after nothing but title words ("U.S. Secretary of State").
    let mut j = k;
    while j < r.hi && j < k + MAX_WORDS {
        let t = &s.toks[j];
        if t.date.is_some() {
            j += 1;
            continue;
        }
        if let Some(p) = t.person {
            head.subject.push(p);
            j = r.past_person(j, p);
            // "Xi and Putin", "Xi and Russian President Vladimir Putin".
            if j < r.hi && s.toks[j].key == super::terms::lexicon().k_and {
                let mut n = j + 1;
                while n < r.hi && s.toks[n].person.is_none() && s.toks[n].upper {
                    n += 1;
                }
                if let Some(p2) = s.toks.get(n).filter(|_| n < r.hi).and_then(|t| t.person) {
                    head.subject.push(p2);
                    j = r.past_person(n, p2);
                }
            }
            break;
        }
        let lex = super::terms::lexicon();
        if !(t.upper || t.key == lex.k_of || t.key == lex.k_the || t.key == lex.k_and || t.digits) {
            break;
        }
        j += 1;
    }
    if head.subject.is_empty() && c.statement {
        // A speaker after the quote ("...,” Jens Stoltenberg told reporters on Tuesday").
        // Or after an apposition: "..., McCaul, R-Texas, told Fox News on Monday".
        for (pi, p) in s.people.iter().enumerate() {
            let n = s.at(p.end);
            if p.start < c.own.start || n >= r.hi {
                continue;
            }
            let verb = if r.is(n, flag::SPEECH) {
                Some(n)
            } else if s.toks[n].gap & gap::COMMA != 0 {
                (n + 1..r.hi.min(n + 8))
                    .find(|&m| s.toks[m].gap & gap::COMMA != 0 && r.is(m, flag::SPEECH))
            } else {
                None
            };
            if let Some(v) = verb {
                head.subject.push(pi as u16);
                j = v;
                break;
            }
        }
    }
    head.found = !head.subject.is_empty();
    let mut start = if head.found { j } else { k };
    // An apposition after the actor ("McCaul, R-Texas, told") is passed over.
    if head.found
        && r.break_before(start)
        && let Some(n) = (start + 1..(start + 14).min(r.hi)).find(|&n| r.break_before(n))
    {
        start = n;
    }
    let mut phrase = r.phrase(start, !head.found, false);
    // An opening adverbial ("Meanwhile, the US warned ...", "At the same time, the court
    // ruled ...") is passed over.
    let mut tries = 0;
    let adverbial = |p: &[Item]| {
        p.len() <= 3
            || matches!(p.first(), Some(Item::Word(w)) if r.is(*w, flag::TRAIL) && !r.is(*w, flag::DETERMINER))
    };
    while !head.found && tries < 2 && adverbial(&phrase) {
        let Some(n) = (start + 1..r.hi.min(start + 5)).find(|&n| r.break_before(n)) else {
            break;
        };
        start = n;
        phrase = r.phrase(start, true, false);
        tries += 1;
    }
    if head.found && matches!(phrase[..], [Item::Word(w)] if r.is(w, flag::SPEECH)) {
        // "Blinken said Monday that X": what was said, after "that" if it comes soon, else
        // after the date and prepositions.
        let lex = super::terms::lexicon();
        let mut n = start + 1;
        let that = (n..r.hi.min(n + 7)).find(|&t| s.toks[t].key == lex.k_that);
        if let Some(t) = that {
            n = t + 1;
        }
        while n < r.hi && (s.toks[n].date.is_some() || (that.is_none() && r.is(n, flag::TRAIL))) {
            n += 1;
        }
        phrase.extend(r.phrase(n, false, true));
    }
    if !head.found && k > r.lo && r.is(r.lo, flag::RELATIVE) {
        head.antecedent = antecedent(s, r.lo);
    }
    head.phrase = phrase;
    head
}

/// Up to three words before a relative clause starting at token `rel`, back to a determiner
/// ("the war").
fn antecedent(s: &ReadSentence, rel: usize) -> Vec<usize> {
    let mut start = rel;
    for i in (rel.saturating_sub(3)..rel).rev() {
        if s.toks[i + 1].gap & gap::BREAK != 0 {
            break;
        }
        let t = &s.toks[i];
        if t.is(flag::DETERMINER) {
            start = i;
            break;
        }
        if t.is(flag::TRAIL) || t.is(flag::STOP) {
            break;
        }
        start = i;
    }
    (start..rel).collect()
}
