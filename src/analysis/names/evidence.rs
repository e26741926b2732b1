//! The evidence around a name candidate that news writing gives for a person: a role,
//! honorific or inverted speech verb before it, an appositive, a party tag or a speech verb
//! after it; and what takes that evidence away (a preposition before it, "it" after the
//! verb, a role it only qualifies).

use super::{CandidateAt, Evidence, hard_non_name, is_cap, lower, soft_non_name};
use crate::analysis::lexicon::{self, RoleWord};
use crate::text::lower::Lower;
use crate::text::token::{Kind, Token};
use std::num::NonZeroU32;

/// A role's byte span, as stored (its end is past its start, so never zero).
fn span(start: usize, end: usize) -> Option<(u32, NonZeroU32)> {
    Some((
        u32::try_from(start).ok()?,
        NonZeroU32::new(u32::try_from(end).ok()?)?,
    ))
}

/// Evidence before the name: a role or honorific right before it ("Kremlin spokesperson
/// Dmitry Peskov", "Mr. Peskov"), an appositive role ("the agency's director, Ursula
/// Kessler"), or an inverted speech verb ("said Peskov").
pub(super) fn prefix_cues(text: &str, base: usize, toks: &[Token], c: &mut CandidateAt) {
    let s = c.first_tok();
    if s == 0 {
        return;
    }
    let word = |k: usize| toks[k].text(text, base);
    let prev = toks[s - 1];
    if prev.is_word() {
        let pw = word(s - 1);
        let plw = Lower::new(pw);
        if lexicon::honorifics().contains(plw.as_str()) {
            c.evidence = Evidence::Strong;
            c.gender = match plw.trim_end_matches('.') {
                "mr" | "sir" | "lord" => b'm',
                "mrs" | "ms" | "miss" | "dame" | "lady" => b'f',
                _ => 0,
            };
        }
        if let Some((rs, has_head, relation)) = role_before(text, base, toks, s) {
            if has_head || relation {
                c.evidence = Evidence::Strong;
            }
            if has_head {
                // "health chief Dr. Marta Gil": the honorific is no part of the role.
                let mut re = s;
                while re > rs + 1
                    && lexicon::honorifics().contains(Lower::new(word(re - 1)).as_str())
                {
                    re -= 1;
                }
                c.role = span(toks[rs].span.start(), toks[re - 1].span.end());
            }
        } else if lexicon::is_person_speech_verb(&lower(pw))
            && !matches!(lower(pw).as_str(), "told" | "tells" | "asked" | "asks")
            // "said Gazprom chief executive Alexei Miller", "said Karistani law professor
            // Elena Bianchi": the name qualifies a role.
            && !role_follows(text, base, toks, c.end_tok())
        {
            c.evidence = c.evidence.max(Evidence::Speech);
        }
    }
    // An honorific may stand between the appositive and the name: "Orvex's chairman, Sir
    // David Hale".
    let s = before_honorifics(text, base, toks, s);
    if s >= 2 && toks[s - 1].is_punct(',') && toks[s - 2].is_word() {
        // "..., the alliance's secretary-general, Jens Stoltenberg"; a head with its
        // complement: "the minister's chief of staff, Helena Moura", "a spokesperson for
        // the company, Mark Oduya".
        let head = |k: usize| lexicon::role_word(&lower(word(k))) == Some(RoleWord::Head);
        let h = (s.saturating_sub(6)..s - 2)
            .rev()
            .find(|&q| {
                toks[q].is_word()
                    && is_preposition(&lower(word(q)))
                    && q >= 1
                    && toks[q - 1].is_word()
                    && head(q - 1)
            })
            .filter(|&of| !head(s - 2) && (of + 1..s - 1).all(|q| toks[q].is_word()))
            .map_or(s - 2, |of| of - 1);
        let hw = lower(word(h));
        match lexicon::role_word(&hw) {
            Some(RoleWord::Head) => {
                c.evidence = Evidence::Strong;
                let mut rs = h;
                while rs > 0
                    && toks[rs - 1].is_word()
                    && lexicon::role_word(&lower(word(rs - 1))).is_some()
                {
                    rs -= 1;
                }
                c.role = span(toks[rs].span.start(), toks[s - 2].span.end());
            }
            Some(RoleWord::Relation) => c.evidence = Evidence::Strong,
            _ => {}
        }
    }
}

/// Whether a role's head comes within the few lower-case words from token `k` on.
fn role_follows(text: &str, base: usize, toks: &[Token], k: usize) -> bool {
    toks.iter()
        .skip(k)
        .take(3)
        .take_while(|t| t.is_word())
        .map(|t| t.text(text, base))
        .take_while(|w| !is_cap(w) || lexicon::role_word(&lower(w)).is_some())
        .any(|w| lexicon::role_word(&lower(w)) == Some(RoleWord::Head))
}

/// Scans back from token `s` over a role phrase. Returns its first token, whether it has
/// a head ("President", "spokesperson") and whether it is a relation ("counterpart").
fn role_before(text: &str, base: usize, toks: &[Token], s: usize) -> Option<(usize, bool, bool)> {
    let word = |k: usize| toks[k].text(text, base);
    let mut j = s;
    let mut start = None;
    let mut has_head = false;
    let mut relation = false;
    while j > 0 {
        let t = toks[j - 1];
        if !t.is_word() {
            break;
        }
        let w = word(j - 1);
        let lw = lower(w);
        match lexicon::role_word(&lw) {
            Some(RoleWord::Head) => has_head = true,
            Some(RoleWord::Modifier) => {}
            Some(RoleWord::Relation) => {
                if j == s {
                    relation = true;
                } else {
                    break;
                }
            }
            None => {
                let qualifier = is_cap(w) && !lexicon::function_words().contains(lw.as_str());
                let joins = matches!(lw.as_str(), "of" | "the") && start.is_some() && j >= 2 && {
                    let l = lower(word(j - 2));
                    lexicon::role_word(&l).is_some()
                        || lw != "of" && is_cap(word(j - 2))
                        || l == "of"
                };
                if !(qualifier || joins) {
                    break;
                }
                if qualifier && (lexicon::is_nationality(&lw) || lexicon::country_of(&lw).is_some())
                {
                    // A nationality or a country is the leftmost part of a role
                    // ("Russian Deputy Prime Minister"), unless an "of" precedes it.
                    let of_before = j >= 2 && matches!(lower(word(j - 2)).as_str(), "of" | "the");
                    if !of_before {
                        start = Some(j - 1);
                        break;
                    }
                }
            }
        }
        start = Some(j - 1);
        j -= 1;
    }
    let mut rs = start?;
    // Drop connecting words and capitalised words left of the role that are not part of it.
    while rs < s && matches!(lower(word(rs)).as_str(), "of" | "the" | "and") {
        rs += 1;
    }
    (rs < s).then_some((rs, has_head, relation))
}

/// Evidence after the name: an appositive with a role ("X, the agency's director,"), a
/// party tag ("X, R-Texas,"), or a speech verb ("X said", "X, 52, told").
pub(super) fn suffix_cues(text: &str, base: usize, toks: &[Token], c: &mut CandidateAt) {
    let word = |k: usize| toks[k].text(text, base);
    let mut k = c.end_tok();
    if k < toks.len() && toks[k].kind == Kind::Possessive {
        return;
    }
    // "Her neighbour, Jean-Luc Martin, said": the comma closes an appositive that came
    // before the name, and the verb follows it. (Without the comma before the name, as
    // in "Xi met Putin, said Peskov", the verb has its own subject after it.)
    let open = before_honorifics(text, base, toks, c.first_tok());
    let verb_after_comma = open > 0
        && toks[open - 1].is_punct(',')
        && k + 1 < toks.len()
        && toks[k].is_punct(',')
        && toks[k + 1].is_word()
        && lexicon::is_person_speech_verb(&lower(word(k + 1)));
    if verb_after_comma {
        k += 1;
    } else if k < toks.len() && (toks[k].is_punct(',') || toks[k].is_punct('(')) {
        // Appositive or tag up to the next comma or bracket.
        let mut m = k + 1;
        let mut head = None;
        let first = m;
        while m < toks.len()
            && m < k + 14
            && toks[m].kind != Kind::Punct(',')
            && toks[m].kind != Kind::Punct(')')
            && toks[m].kind != Kind::Punct('.')
        {
            if toks[m].is_word()
                && head.is_none()
                && lexicon::role_word(&lower(word(m))) == Some(RoleWord::Head)
            {
                head = Some(m);
            }
            m += 1;
        }
        let tag = m == first + 1 && is_party_tag(word(first));
        // A list ("X, Defense Minister Y, and Z") is not an appositive: a name follows the
        // role inside the commas. What follows a preposition is where the role is held
        // ("an analyst at Berenberg", "a professor of law at Kingsford").
        let named_inside = head.is_some_and(|h| {
            (h + 1..m).any(|q| {
                toks[q].is_word()
                    && is_cap(word(q))
                    && !soft_non_name(&lower(word(q)))
                    && !hard_non_name(word(q), &lower(word(q)))
                    && !(h + 1..q).any(|r| is_preposition(&lower(word(r))))
            })
        });
        let head = head.filter(|_| !named_inside);
        if tag {
            c.evidence = Evidence::Strong;
        } else if let Some(h) = head {
            let det = matches!(
                lower(word(first)).as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "who" | "former"
            );
            let poss = (first..h).any(|q| toks[q].kind == Kind::Possessive);
            if det || poss || is_cap(word(first)) && first < h {
                c.evidence = Evidence::Strong;
                let rs = match lower(word(first)).as_str() {
                    // "who served as transport minister": the role after "as", if any.
                    "who" => (first + 1..h)
                        .find(|&q| toks[q].is_word() && lower(word(q)) == "as")
                        .map_or(m, |q| q + 1),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" => first + 1,
                    _ => first,
                };
                // Not the time the role was held ("… minister from 2017 to 2022"), nor a
                // clause about the person ("a retired officer who has lived here since").
                let re = (h + 1..m)
                    .find(|&q| {
                        let w = word(q);
                        w.starts_with(|ch: char| ch.is_ascii_digit())
                            || matches!(
                                lower(w).as_str(),
                                "from"
                                    | "since"
                                    | "until"
                                    | "between"
                                    | "during"
                                    | "who"
                                    | "whose"
                                    | "which"
                                    | "that"
                            )
                    })
                    .unwrap_or(m);
                if c.role.is_none() && rs < re && lower(word(rs)) != "is" {
                    c.role = span(toks[rs].span.start(), toks[re - 1].span.end());
                }
            }
        }
        // A name set off by commas is the subject in its own right ("The mayor of
        // Sundholm, Anna Lind, said"): this word before it is not the one speaking.
        let name_inside = head.is_none() && !tag && first < toks.len() && is_cap(word(first));
        if m < toks.len() && toks[m].kind != Kind::Punct('.') && !name_inside {
            k = m + 1;
        }
    }
    // Skip adverbs between subject and verb: "X also said", "X on Monday said".
    while k < toks.len()
        && toks[k].is_word()
        && lexicon::is_between_speaker_and_verb(&lower(word(k)))
    {
        k += 1;
    }
    // "Officials in Kyiv said": a place after a preposition is not who speaks.
    let placed = after_preposition(text, base, toks, c.first_tok());
    // "Gazprom said it would": a company or a body refers to itself as "it".
    let itself = toks
        .get(k + 1)
        .is_some_and(|t| t.is_word() && matches!(lower(word(k + 1)).as_str(), "it" | "its"));
    if k < toks.len()
        && toks[k].is_word()
        && lexicon::is_person_speech_verb(&lower(word(k)))
        && !placed
        && !itself
    {
        c.evidence = c.evidence.max(Evidence::Speech);
    }
}

/// The first token of the honorifics right before token `s` ("Sir", "Dr."), or `s`.
fn before_honorifics(text: &str, base: usize, toks: &[Token], mut s: usize) -> usize {
    while s > 0
        && toks[s - 1].is_word()
        && lexicon::honorifics().contains(Lower::new(toks[s - 1].text(text, base)).as_str())
    {
        s -= 1;
    }
    s
}

/// A preposition that ties a role to where it is held: "at", "of", "for", "with", "from",
/// "in".
fn is_preposition(lw: &str) -> bool {
    matches!(lw, "at" | "of" | "for" | "with" | "from" | "in")
}

/// Whether the token before `k` is a preposition that makes what follows a complement,
/// not a subject: a place ("officials in Kyiv said"), or what a role belongs to ("the
/// chief executive of Gazprom said", "a spokesperson for the firm said").
pub fn after_preposition(text: &str, base: usize, toks: &[Token], k: usize) -> bool {
    k > 0
        && toks[k - 1].is_word()
        && matches!(
            lower(toks[k - 1].text(text, base)).as_str(),
            "in" | "at"
                | "from"
                | "near"
                | "across"
                | "outside"
                | "inside"
                | "throughout"
                | "of"
                | "for"
        )
}

/// "R-Texas", "D-Calif.", "I-Vt.": a U.S. party and state tag.
pub fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}
