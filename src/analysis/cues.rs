//! The speech cue around a quote: a speech verb after the quote (`"…," X said`, `"…,"
//! said X`, `"…," according to X`) or before it in the same sentence (`X said that
//! "…"`), and the subject it attributes the quote to, as written: a name candidate, a
//! pronoun, a role mention or an organisation.

mod subject;

use super::lexicon;
use super::names::{self, CandidateAt};
use crate::ids::narrow;
use crate::text::lower::{Lower, lower};
use crate::text::token::{Kind, Token};
use subject::{
    clean_subject, determined_before, is_determiner, named_before_appositive, np_after, np_before,
    np_between, sentence_subject,
};

/// Who a cue names, before it is resolved to a person.
///
/// Kept in 16 bytes (u32 indices, the rare written-out subject behind a thin pointer): a
/// large corpus holds one for each of hundreds of thousands of quotes until they are
/// resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// A name candidate (index into the article's candidates).
    Name(u32),
    /// "he" (m), "she" (f); the byte where it stands.
    Pronoun(char, u32),
    /// A role mention: "the Russian president", "Washington's top diplomat".
    Role(Box<Box<str>>),
    /// An organisation or unnamed source: "the foreign ministry", "a joint statement".
    Org(Box<Box<str>>),
    None,
}

impl Subject {
    /// Candidate `c` of the article.
    fn name(c: usize) -> Subject {
        Subject::Name(narrow(c))
    }

    /// Pronoun `g` at byte `pos`.
    fn pronoun(g: char, pos: usize) -> Subject {
        Subject::Pronoun(g, narrow(pos))
    }

    fn is_personal(&self) -> bool {
        matches!(
            self,
            Subject::Name(_) | Subject::Pronoun(..) | Subject::Role(_)
        )
    }
}

/// A cue's verb or phrase as written. A word of the text is kept as its byte span, not
/// copied: a large corpus holds a cue for each of hundreds of thousands of quotes until
/// their speakers are resolved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verb {
    /// The colon that introduces a quote.
    Colon,
    /// "according to".
    AccordingTo,
    /// A speech verb: its bytes in the article text.
    Word(u32, u32),
}

impl Verb {
    /// A word of the paragraph `p`, by token index.
    fn word(p: &Para, k: usize) -> Verb {
        let t = &p.toks[k];
        Verb::Word(narrow(t.span.start()), narrow(t.span.end()))
    }

    /// The verb as written; `text` is the article's text.
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        match *self {
            Verb::Colon => ":",
            Verb::AccordingTo => "according to",
            Verb::Word(s, e) => text.get(s as usize..e as usize).unwrap_or(""),
        }
    }
}

/// A cue: the verb or phrase as written, and its subject.
#[derive(Clone, Debug, PartialEq)]
pub struct Cue {
    pub verb: Verb,
    pub subject: Subject,
    /// True when the verb is a sourcing word ("reported", "according to") rather than a
    /// speech verb: weaker than a speech cue on the other side of the quote.
    pub sourcing: bool,
}

/// What the cue finder needs of a paragraph.
pub struct Para<'a> {
    pub text: &'a str,
    /// Byte where `text` starts in the article.
    pub base: usize,
    pub toks: &'a [Token],
    /// Per token: inside a quote (marks included).
    pub quoted: &'a [bool],
    /// Article-level candidates and the token range each covers in this paragraph.
    pub cands: &'a [CandidateAt],
    pub cand_ids: &'a [usize],
}

impl Para<'_> {
    fn word(&self, k: usize) -> &str {
        self.toks[k].text(self.text, self.base)
    }
    fn lw(&self, k: usize) -> Lower {
        lower(self.word(k))
    }
    /// Whether token `k`, a speech word, is written as a word of a name: capitalised inside
    /// the sentence and not only a verb ("States" of "the United States", "Notes" of a title;
    /// not "Said" in a title-case line).
    fn in_name(&self, k: usize, sent_start: usize) -> bool {
        k > sent_start
            && self.word(k).starts_with(char::is_uppercase)
            && !lexicon::is_finite_speech_verb(&self.lw(k))
    }

    /// A name within tokens `a..b` that is not a possessive's owner ("Reyes's son" names
    /// the son).
    fn cand_covering(&self, a: usize, b: usize) -> Option<usize> {
        self.cand_ids
            .iter()
            .copied()
            .filter(|&c| !self.cands[c].place)
            .find(|&c| {
                let end = self.cands[c].end_tok();
                self.cands[c].first_tok() >= a
                    && end <= b
                    && !(end < b && self.toks[end].kind == Kind::Possessive)
            })
    }
    fn cand_ending_at(&self, k: usize) -> Option<usize> {
        self.cand_ids
            .iter()
            .copied()
            .filter(|&c| !self.cands[c].place)
            .find(|&c| self.cands[c].end_tok() == k + 1)
    }
    fn cand_starting_at(&self, k: usize) -> Option<usize> {
        self.cand_ids
            .iter()
            .copied()
            .filter(|&c| !self.cands[c].place)
            .find(|&c| self.cands[c].first_tok() == k)
    }
}

/// A capitalised word that is not just a sentence-initial function word ("US" is one,
/// "The" is not).
fn is_content_capital(w: &str, lw: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && (!lexicon::function_words().contains(lw)
            || w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
                && w.len() > 1)
}

fn is_speech(lw: &str) -> bool {
    lexicon::speech_verbs().contains(lw)
}

fn pronoun(lw: &str) -> Option<char> {
    match lw {
        "he" => Some('m'),
        "she" => Some('f'),
        _ => None,
    }
}

/// The cue for a quote whose opening mark is token `open` and whose closing mark ends
/// before token `after` (the first token after the quote), within the sentence tokens
/// `sent.0..sent.1` (for the opening) and `close_sent.0..close_sent.1` (for the closing).
pub fn find(
    p: &Para,
    open: usize,
    after: usize,
    sent: (usize, usize),
    close_end: usize,
) -> Option<Cue> {
    if let Some(cue) = dash_credit(p, after) {
        return Some(cue);
    }
    let pre = before_cue(p, sent.0, open);
    // `X called it "…," while Y said …`: a conjunction after the quote starts another
    // clause, whose verb is someone else's.
    let post = after_cue(p, after, close_end, sent.0)
        .filter(|_| pre.is_none() || !starts_clause(p, after, close_end));
    match (post, pre) {
        (Some(a), Some(b)) => {
            // A person named by a speech verb beats a source ("…," reported Reuters).
            if a.subject.is_personal() && !(a.sourcing && b.subject.is_personal())
                || !b.subject.is_personal()
            {
                Some(a)
            } else {
                Some(b)
            }
        }
        (None, None) => colon_cue(p, sent.0, open),
        // "…, forecasters said, but Ibáñez was cautious: "…"": the clause the colon ends
        // names the speaker, not the source earlier in the sentence.
        (None, Some(b)) if !b.subject.is_personal() => {
            let clause = (sent.0..open)
                .rev()
                .find(|&k| {
                    p.toks[k].is_punct(',')
                        || p.toks[k].is_punct(';')
                        || p.toks[k].is_word() && matches!(p.lw(k).as_str(), "but" | "while")
                })
                .map_or(sent.0, |k| k + 1);
            // Only when the speech verb is in an earlier clause ("The governor says: …" keeps
            // its verb).
            let verb_in_clause = match b.verb {
                Verb::Word(at, _) => p
                    .toks
                    .get(clause)
                    .is_none_or(|t| at as usize >= t.span.start()),
                _ => true,
            };
            (!verb_in_clause)
                .then(|| colon_cue(p, clause, open))
                .flatten()
                .or(Some(b))
        }
        (a, b) => a.or(b),
    }
}

/// `“…” ― Maria Lopez`: vox pops and epigraphs credit a quote with a dash and the name after
/// it, which then ends the paragraph, the sentence or comes before the next quote. (A dash
/// that goes on with prose, "“…” — Lopez left early", credits nothing.)
fn dash_credit(p: &Para, after: usize) -> Option<Cue> {
    let dash = p.toks.get(after)?;
    if dash.mark() != Some('—') {
        return None;
    }
    let c = p.cand_starting_at(after + 1)?;
    let end = p.cands[c].end_tok();
    let closed = p
        .toks
        .get(end)
        .is_none_or(|t| t.is_punct('.') || p.quoted[end]);
    closed.then(|| Cue {
        verb: Verb::word(p, after),
        subject: Subject::name(c),
        sourcing: false,
    })
}

/// Whether the first word from token `from` (before `end`) is a conjunction that starts a
/// clause of its own: "while", "whereas", "but", "although", "when".
fn starts_clause(p: &Para, from: usize, end: usize) -> bool {
    (from..end.min(p.toks.len()))
        .find(|&k| p.toks[k].is_word())
        .is_some_and(|k| {
            matches!(
                p.lw(k).as_str(),
                "while" | "whereas" | "but" | "although" | "though" | "when"
            )
        })
}

/// `X was blunt: "…"`: a quote a colon introduces, with no speech verb, is given by the
/// clause's subject when that is a name.
fn colon_cue(p: &Para, sent_start: usize, open: usize) -> Option<Cue> {
    let colon = open.checked_sub(1).filter(|&c| c > sent_start)?;
    if !p.toks[colon].is_punct(':') {
        return None;
    }
    let subject = sentence_subject(p, sent_start, colon);
    matches!(subject, Subject::Name(_)).then(|| Cue {
        verb: Verb::Colon,
        subject,
        sourcing: false,
    })
}

/// `"…," Scott Pruitt, the attorney general of Oklahoma, one of the officials who sued, said`:
/// a name right after the quote, then an appositive however long (to the sentence's end),
/// then the verb after its closing comma. The name speaks.
fn named_then_appositive(p: &Para, from: usize, end: usize) -> Option<Cue> {
    let name = (from..end).find(|&k| p.toks[k].is_word())?;
    let c = p.cand_starting_at(name)?;
    let after_name = p.cands[c].end_tok();
    if !p
        .toks
        .get(after_name)
        .is_some_and(|t| t.is_punct(',') || t.is_punct('('))
    {
        return None;
    }
    let v = (after_name + 2..end.min(from + 64))
        .take_while(|&k| !p.quoted[k] && !p.toks[k].is_punct(';'))
        .find(|&k| {
            p.toks[k].is_word()
                && (p.toks[k - 1].is_punct(',') || p.toks[k - 1].is_punct(')'))
                && is_speech(&p.lw(k))
        })?;
    let lw = p.lw(v);
    (lw != "according").then(|| Cue {
        verb: Verb::word(p, v),
        subject: Subject::name(c),
        sourcing: lexicon::is_sourcing(&lw),
    })
}

/// Whether tokens `f..v` before a verb are a name with its title or role before it, nothing
/// else: "Trump lawyer Marc Kasowitz said", "psychotherapist Fran Sherman says". Not a name
/// a preposition governs ("a spokesman for Dan Varga said": the spokesman speaks).
fn titled_name(p: &Para, f: usize, v: usize) -> Option<usize> {
    // The place a person represents after the name: "Gov. Lisa Moreno of Ohio said".
    let v = place_tag(p, v).unwrap_or(v);
    let c = p.cand_ending_at(v.checked_sub(1)?)?;
    let first = p.cands[c].first_tok();
    let plain = first >= f
        && first - f <= 8
        && (f..first).all(|k| p.toks[k].is_word() || p.toks[k].kind == Kind::Possessive);
    let governed = first > f && names::after_preposition(p.text, p.base, p.toks, first);
    (plain && !governed).then_some(c)
}

/// Where "of" opens the capitalised place that ends right before token `v` ("… of Ohio",
/// "… of New Mexico"), if one does.
fn place_tag(p: &Para, v: usize) -> Option<usize> {
    let capital = |k: usize| p.toks[k].is_word() && p.word(k).starts_with(char::is_uppercase);
    let first = (v.saturating_sub(3)..v).find(|&k| (k..v).all(capital))?;
    let of = first.checked_sub(1)?;
    (p.toks[of].is_word() && p.lw(of) == "of").then_some(of)
}

/// `"…," X said`, `"…," said X`, `"…," according to X`, `"…" X, the …, told`.
fn after_cue(p: &Para, from: usize, end: usize, sent_start: usize) -> Option<Cue> {
    if let Some(cue) = named_then_appositive(p, from, end) {
        return Some(cue);
    }
    let mut k = from;
    let limit = end.min(from + 16);
    let mut first_word = None;
    while k < limit && !p.quoted[k] {
        if p.toks[k].is_word() {
            first_word.get_or_insert(k);
            let lw = p.lw(k);
            if is_speech(&lw) && !(lw == "according" && (k + 1 >= end || p.lw(k + 1) != "to")) {
                let subject_toks = first_word.filter(|&f| f < k);
                let sourcing = lexicon::is_sourcing(&lw);
                let verb = if lw == "according" {
                    Verb::AccordingTo
                } else {
                    Verb::word(p, k)
                };
                let subject = match subject_toks {
                    // "… and said": the sentence's subject said it.
                    Some(_) if p.lw(k - 1) == "and" => sentence_subject(p, sent_start, k),
                    Some(f) if let Some(c) = titled_name(p, f, k) => Subject::name(c),
                    // `"…," X, a taxi driver from Y, said`: the name next to the appositive.
                    Some(f) if named_before_appositive(p, f, k) => np_before(p, f, k),
                    Some(f) if clean_subject(p, f, k) => np_between(p, f, k),
                    // "…," with the Russian president, China's news agency reported":
                    // the clause after the last comma.
                    Some(f) => {
                        let last = (f..k.saturating_sub(1))
                            .rev()
                            .find(|&q| p.toks[q].is_punct(','))?;
                        if !clean_subject(p, last + 1, k) {
                            return None;
                        }
                        // "…," one nurse, who asked not to be named, told…": a relative
                        // clause is not who speaks, and what it hangs on is no name.
                        if matches!(p.lw(last + 1).as_str(), "who" | "whose" | "which") {
                            Subject::None
                        } else {
                            np_between(p, last + 1, k)
                        }
                    }
                    None => {
                        let s = if lw == "according" { k + 2 } else { k + 1 };
                        if matches!(lw.as_str(), "told" | "tells") {
                            Subject::None
                        } else {
                            np_after(p, s, end)
                        }
                    }
                };
                return Some(Cue {
                    verb,
                    subject,
                    sourcing,
                });
            }
        } else if p.toks[k].is_punct('.') || p.toks[k].is_punct(';') {
            break;
        }
        k += 1;
    }
    None
}

/// `X said (that) "…"`: the last speech verb before the quote in its sentence.
fn before_cue(p: &Para, sent_start: usize, open: usize) -> Option<Cue> {
    let v = (sent_start..open).rev().find(|&k| {
        !p.quoted[k] && p.toks[k].is_word() && !p.in_name(k, sent_start) && {
            let lw = p.lw(k);
            // (After a determiner it is a noun: "calling the reports "…"".)
            is_speech(&lw)
                && (lw != "according" || k + 1 < open && p.lw(k + 1) == "to")
                && !(k > sent_start && p.toks[k - 1].is_word() && {
                    // ("a report that said", "one said": those open a clause.)
                    let before = p.lw(k - 1);
                    is_determiner(&before) && !matches!(before.as_str(), "that" | "one")
                })
        }
    })?;
    let lw = p.lw(v);
    if lw == "according" {
        return Some(Cue {
            verb: Verb::AccordingTo,
            subject: np_after(p, v + 2, open),
            sourcing: true,
        });
    }
    let sourcing = lexicon::is_sourcing(&lw);
    // A coordinated or subordinate verb ("…, and said", "by calling") has the sentence's
    // subject.
    let prev = v
        .checked_sub(1)
        .filter(|&k| k >= sent_start)
        .map(|k| p.lw(k));
    let coordinated = matches!(
        prev.as_deref(),
        Some("and" | "by" | "after" | "before" | "while")
    ) || lw.ends_with("ing");
    // "Said Ellis: "…"": an inverted verb that opens the sentence has its subject after it.
    // (Not a noun that opens it: "Notes on the call describe …".)
    let inverted =
        (sent_start..v).all(|k| !p.toks[k].is_word()) && lexicon::is_finite_speech_verb(&lw);
    // "footage of Reyes saying", "with spokesman Dan Wheeler saying": a participle right
    // after a name is that person's.
    let participle_of = (lw.ends_with("ing") && v > sent_start)
        .then(|| p.cand_ending_at(v - 1))
        .flatten();
    let subject = if let Some(c) = participle_of {
        Subject::name(c)
    } else if coordinated {
        sentence_subject(p, sent_start, v)
    } else if inverted {
        np_after(p, v + 1, open)
    } else {
        match np_before(p, sent_start, v) {
            Subject::None => determined_before(p, sent_start, v),
            s => s,
        }
    };
    Some(Cue {
        verb: Verb::word(p, v),
        subject,
        sourcing,
    })
}
