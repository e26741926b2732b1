//! Resolving each quote's cue to a person: a name is that person; "he"/"she" is the
//! person in focus in the sentences before (the last speaker or the first person named,
//! gender permitting); a role mention ("the Russian president", "Washington's top
//! diplomat") is the person who holds a matching role, in this article first; a quote
//! with no cue of its own continues the previous quote's speaker when it follows it
//! directly. Anything else stays unresolved: never guessed.

use super::cues::{Cue, Subject, Verb};
use super::merge::Merged;
use super::quotes::word_count;
use super::scan::ArticleScan;
use super::{Confidence, Quote, QuoteKind, Sentence, lexicon};
use crate::corpus::Article;
use crate::ids::{ArticleId, PersonId, SentenceId};
use crate::text::Span;
use crate::text::lower::{Lower, lower};

/// A role reduced to what matches across wordings: its office classes and the country or
/// body that qualifies it.
#[derive(Clone, Debug)]
pub struct RoleKey {
    pub classes: &'static [String],
    pub qualifier: Option<&'static str>,
    /// The office as written, lower case ("chief executive", "top diplomat").
    pub office: String,
    /// The capitalised words of the body it is held in, lower case: "Meridian Savings
    /// Bank chief executive" and "the chief executive of Meridian Savings Bank" share them.
    pub body: Vec<String>,
}

impl RoleKey {
    /// How well a role mention (`self`) fits a role held: 0 when the country or the body
    /// differs, 3 when one is the same, 1 when neither says; one more for the same office.
    fn fit(&self, held: &RoleKey) -> u8 {
        if !held.classes.iter().any(|c| self.classes.contains(c)) {
            return 0;
        }
        let country = match (self.qualifier, held.qualifier) {
            (Some(a), Some(b)) => Some(a == b),
            _ => None,
        };
        let body = (!self.body.is_empty() && !held.body.is_empty())
            .then(|| self.body.iter().any(|w| held.body.contains(w)));
        let fit = match (country, body) {
            (Some(false), _) | (_, Some(false)) => return 0,
            (Some(true), _) | (_, Some(true)) => 3,
            _ => 1,
        };
        // The same office named the same way outranks another of its class: "the chief
        // executive" is the company's chief executive before its chairman.
        fit + u8::from(self.office == held.office)
    }
}

/// The key of a role phrase, if it names an office.
pub fn role_key(text: &str) -> Option<RoleKey> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace())
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '-');
            let w = w
                .strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w);
            w.to_string()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let lw: Vec<Lower> = words.iter().map(|w| lower(w)).collect();
    let refs: Vec<&str> = lw.iter().map(Lower::as_str).collect();
    let head: Vec<&str> = refs.iter().copied().take_while(|w| *w != "of").collect();
    let (classes, office) = match lexicon::role_class_suffix(&refs) {
        Some((classes, n)) => (classes, refs[refs.len() - n..].join(" ")),
        None => {
            let (classes, n) = lexicon::role_class_suffix(&head)?;
            (classes, head[head.len() - n..].join(" "))
        }
    };
    let mut qualifier = None;
    for (i, w) in words.iter().enumerate() {
        let pair = words
            .get(i + 1)
            .map(|n| format!("{} {}", w.to_lowercase(), n.to_lowercase()));
        if let Some(q) = pair
            .as_deref()
            .and_then(lexicon::country_of)
            .or_else(|| lexicon::country_of(&w.to_lowercase()))
        {
            qualifier = Some(q);
            break;
        }
    }
    let body = words
        .iter()
        .zip(&refs)
        .filter(|(w, lw)| {
            w.starts_with(char::is_uppercase)
                && lw.len() > 1
                && lexicon::role_word(lw).is_none()
                && !lexicon::function_words().contains(lw)
                && lexicon::country_of(lw).is_none()
        })
        .map(|(_, lw)| lw.to_string())
        .collect();
    Some(RoleKey {
        classes,
        qualifier,
        office,
        body,
    })
}

/// Everything resolution reads, shared by all articles.
pub struct Context<'a> {
    pub merged: &'a Merged,
    /// Per person, the keys of their roles.
    pub role_keys: &'a [Vec<RoleKey>],
    /// Office class -> the people holding a role of that class, so a role mention looks
    /// at a few people, not all.
    pub by_class: &'a std::collections::HashMap<&'static str, Vec<usize>>,
    pub sentences: &'a [Sentence],
}

/// The quotes of one article, with speakers.
pub fn article(
    ai: usize,
    a: &Article,
    scan: ArticleScan,
    ctx: &Context,
    range: std::ops::Range<usize>,
) -> Vec<Quote> {
    let sents = &ctx.sentences[range.clone()];
    // Sentences are in text order: the last one starting at or before `pos`.
    let sentence_of = |pos: usize| {
        sents
            .partition_point(|s| s.span.start() <= pos)
            .checked_sub(1)
    };
    // Person mentions in the story, outside quotes and captions, in text order.
    let ArticleScan { cands, quotes, .. } = scan;
    let mut events: Vec<(usize, usize)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.in_quote && !c.caption)
        .filter_map(|(i, c)| Some((c.start(), ctx.merged.person_of(ai, i)?)))
        .collect();
    events.sort_unstable();
    let story: Vec<usize> = a.story().map(|(i, _)| i).collect();
    let mut out: Vec<Quote> = Vec::with_capacity(quotes.len());
    // Resolved speakers so far: (opening mark, paragraph, person).
    let mut spoken: Vec<(usize, usize, Option<usize>)> = Vec::new();
    for rq in quotes {
        // The quote's words are copied out of the text only now, as its article's scan is
        // being freed, not for every article at once.
        let text = rq.text(&a.text);
        let words = word_count(&text);
        let fragment = words <= 3 || rq.cue.is_none() && rq.embedded;
        let (mut speaker, mut speaker_text, mut confidence) = (None, None, Confidence::None);
        match &rq.cue {
            Some(Cue { subject, .. }) => match subject {
                Subject::Name(c) => match ctx.merged.person_of(ai, *c as usize) {
                    Some(p) => (speaker, confidence) = (Some(p), Confidence::Named),
                    None => {
                        speaker_text = cands.get(*c as usize).map(|c| c.name(&a.text).to_string());
                        confidence = Confidence::Organisation;
                    }
                },
                Subject::Pronoun(g, pos) => {
                    if let Some(p) = focus(
                        *g,
                        *pos as usize,
                        &sentence_of,
                        sents,
                        &events,
                        &spoken,
                        ctx,
                    ) {
                        (speaker, confidence) = (Some(p), Confidence::Pronoun);
                    }
                }
                Subject::Role(t) => {
                    if let Some(p) = by_role(t, rq.open(), &events, ctx) {
                        (speaker, confidence) = (Some(p), Confidence::Role);
                    } else {
                        (speaker_text, confidence) =
                            (Some(t.to_string()), Confidence::Organisation);
                    }
                }
                Subject::Org(t) => match by_surname(t, rq.open(), &events, ctx) {
                    Some(p) => (speaker, confidence) = (Some(p), Confidence::Named),
                    None => {
                        (speaker_text, confidence) = (Some(t.to_string()), Confidence::Organisation)
                    }
                },
                // "…," Haddad said — then added: "…": a speech verb with no words of its
                // own before it goes on with the speaker of the paragraph's last quote. A
                // subject that was written but not found ("one nurse, who asked …") stays
                // unknown.
                Subject::None => {
                    let bare = match rq.cue.as_ref().map(|c| &c.verb) {
                        Some(Verb::Word(at, _)) => bare_verb(&a.text, *at as usize),
                        _ => false,
                    };
                    if let Some(&(_, pp, Some(p))) = spoken.last()
                        && bare
                        && pp == rq.paragraph()
                    {
                        (speaker, confidence) = (Some(p), Confidence::Previous);
                    }
                }
            },
            // A short quote standing alone as a sentence ("Not even close.") continues the
            // speaker as a full one does; one inside the writer's sentence does not.
            None if !fragment || !rq.embedded => {
                // Story paragraph indices ascend.
                let prev_para = story
                    .binary_search(&rq.paragraph())
                    .ok()
                    .and_then(|k| k.checked_sub(1))
                    .map(|k| story[k]);
                if let Some(&(_, pp, Some(p))) = spoken.last()
                    && (pp == rq.paragraph() || rq.opens_paragraph && Some(pp) == prev_para)
                {
                    (speaker, confidence) = (Some(p), Confidence::Previous);
                }
            }
            None => {}
        }
        // The person's name is theirs to give (`Analysis::speaker_name`), not a copy per quote.
        if speaker.is_some() {
            speaker_text = None;
        }
        spoken.push((rq.open(), rq.paragraph(), speaker));
        let sentence = sentence_of(rq.open()).map_or(range.start, |s| range.start + s);
        let quote = Quote::new(
            ArticleId::new(ai),
            SentenceId::new(sentence),
            Span::new(rq.start(), rq.end()),
            text,
        )
        .with_speaker(speaker.map(PersonId::new));
        out.push(Quote {
            kind: if fragment {
                QuoteKind::Fragment
            } else {
                QuoteKind::Full
            },
            speaker_text: speaker_text.map(String::into_boxed_str),
            cue: rq.cue.map(|c| cue_text(c.verb.as_str(&a.text))),
            confidence,
            ..quote
        });
    }
    out
}

/// The person "he" or "she" at `pos` refers to: walking back sentence by sentence, the
/// speakers of quotes there, then the people named outside quotes, first compatible.
fn focus(
    gender: char,
    pos: usize,
    sentence_of: &dyn Fn(usize) -> Option<usize>,
    sents: &[Sentence],
    events: &[(usize, usize)],
    spoken: &[(usize, usize, Option<usize>)],
    ctx: &Context,
) -> Option<usize> {
    let cur = sentence_of(pos)?;
    let ok = |p: usize| {
        ctx.merged
            .genders
            .get(p)
            .copied()
            .flatten()
            .is_none_or(|g| gender == '?' || g == gender)
    };
    for s in (cur.saturating_sub(6)..cur).rev() {
        let (a, b) = (sents[s].span.start(), sents[s].span.end());
        // Both lists are in text order, so a sentence's share is a binary search away.
        let speakers = between(spoken, |q| q.0, a, b).iter().filter_map(|q| q.2);
        let named = between(events, |e| e.0, a, b).iter().map(|e| e.1);
        if let Some(p) = speakers.chain(named).find(|&p| ok(p)) {
            return Some(p);
        }
    }
    None
}

/// A one-word "organisation" that is the surname of someone named earlier in the article
/// ("Sarah Green … Green added": the word is also a party's name, so it was never taken for
/// a name on its own).
fn by_surname(t: &str, pos: usize, events: &[(usize, usize)], ctx: &Context) -> Option<usize> {
    if t.contains(' ') || !t.starts_with(char::is_uppercase) {
        return None;
    }
    let before = events.partition_point(|e| e.0 < pos);
    events[..before].iter().rev().map(|e| e.1).find(|&p| {
        let name = &ctx.merged.people[p].name;
        name.contains(' ') && name.rsplit(' ').next() == Some(t)
    })
}

/// The items of `v` (in ascending `key` order) whose key is in `a..b`.
fn between<T>(v: &[T], key: impl Fn(&T) -> usize, a: usize, b: usize) -> &[T] {
    let lo = v.partition_point(|x| key(x) < a);
    &v[lo..lo.max(v.partition_point(|x| key(x) < b))]
}

/// The person holding the role a mention names: best qualifier match, then the person
/// named most recently in this article, then the only holder in the corpus.
fn by_role(text: &str, pos: usize, events: &[(usize, usize)], ctx: &Context) -> Option<usize> {
    let key = role_key(text)?;
    let score = |p: usize| -> u8 {
        ctx.role_keys[p]
            .iter()
            .map(|r| key.fit(r))
            .max()
            .unwrap_or(0)
    };
    let mut cands: Vec<usize> = key
        .classes
        .iter()
        .filter_map(|c| ctx.by_class.get(c.as_str()))
        .flatten()
        .copied()
        .collect();
    cands.sort_unstable();
    cands.dedup();
    let scores: Vec<(usize, u8)> = cands.iter().map(|&p| (p, score(p))).collect();
    let top = scores.iter().map(|s| s.1).max()?;
    if top == 0 {
        return None;
    }
    let holders: Vec<usize> = scores.iter().filter(|s| s.1 == top).map(|s| s.0).collect();
    let before = events.partition_point(|e| e.0 < pos);
    if let Some(&(_, p)) = events[..before]
        .iter()
        .rev()
        .find(|e| holders.contains(&e.1))
    {
        return Some(p);
    }
    let here: Vec<usize> = holders
        .iter()
        .copied()
        .filter(|p| events.iter().any(|e| e.1 == *p))
        .collect();
    match (here.as_slice(), holders.as_slice()) {
        ([p], _) | ([], [p]) => Some(*p),
        _ => None,
    }
}

/// A cue as a quote keeps it: the word list's copy of a speech verb, shared by every quote
/// it introduces; anything else as written.
fn cue_text(written: &str) -> std::borrow::Cow<'static, str> {
    match lexicon::speech_verbs().get(written) {
        Some(verb) => std::borrow::Cow::Borrowed(verb),
        None => std::borrow::Cow::Owned(written.to_string()),
    }
}

/// Whether only connectives ("then", "and", "later", "also") stand between the verb at byte
/// `at` and the punctuation before it: `Haddad said, then added`.
fn bare_verb(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let clause = before
        .rsplit([',', ';', '.', ':', '"', '\u{201d}', '\u{2014}', '\u{2013}'])
        .next()
        .unwrap_or("");
    clause
        .split_whitespace()
        .all(|w| matches!(lower(w).as_str(), "then" | "and" | "later" | "also" | "but"))
}
