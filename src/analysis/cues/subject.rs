//! Who a speech verb's subject is: the name, pronoun, role or source before the verb
//! (over adverbs and an appositive), after an inverted one ("said Peskov"), or the
//! sentence's own subject for a coordinated verb ("…, adding that").

use super::{Para, Subject, is_content_capital, is_speech, pronoun};
use crate::analysis::lexicon::{self, RoleWord};
use crate::analysis::names;
use crate::text::lower::{Lower, lower};
use crate::text::token::Kind;

/// Whether the words `f..v` before the verb `v` end in an appositive set off by commas or
/// brackets, next to a name: "Farid Usman, a 54-year-old taxi driver from Kitenge," or
/// "the mayor of Sundholm, Anna Lind,".
pub(super) fn named_before_appositive(p: &Para, f: usize, v: usize) -> bool {
    v >= f + 3
        && (p.toks[v - 1].is_punct(',') || p.toks[v - 1].is_punct(')'))
        && matches!(np_before(p, f, v), Subject::Name(_))
}

/// Whether the words between a quote and its verb can all be its subject ("the
/// alliance's secretary-general, Jens Stoltenberg,"), rather than more of the writer's
/// sentence ("following Xi's visit and").
pub(super) fn clean_subject(p: &Para, a: usize, b: usize) -> bool {
    if a < b && descriptor(p, b) == Some(p.toks[a].span.start()) {
        return true;
    }
    if determined_np(p, a, b) {
        return true;
    }
    b - a <= 14
        && (a..b).all(|k| {
            let t = p.toks[k];
            if !t.is_word() {
                return t.kind == Kind::Possessive
                    || t.is_punct(',')
                    || t.is_punct('(')
                    || t.is_punct(')');
            }
            let w = p.word(k);
            let lw = lower(w);
            let source_head = lexicon::is_speaker_noun(&p.lw(b - 1));
            w.chars().next().is_some_and(char::is_uppercase)
                || source_head
                    && !lexicon::function_words().contains(lw.as_str())
                    && !is_speech(&lw)
                || matches!(
                    lw.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "of"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "top"
                        | "for"
                        | "former"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                        | "i"
                        | "it"
                        | "who"
                )
                || lexicon::is_between_speaker_and_verb(&lw)
                || adverb_after_subject(p, k)
                || super::names::is_party_tag(w)
                // A particle inside a name: "Erik ten Hag", "Ursula von der Leyen".
                || p.cand_ids
                    .iter()
                    .any(|&c| p.cands[c].first_tok() <= k && k < p.cands[c].end_tok())
                || lexicon::role_word(&lw).is_some()
                || lexicon::org_words().contains(lw.as_str())
                || lexicon::is_speaker_noun(&lw)
        })
}

/// A word that opens a noun phrase: "the", "a", "this", "one", "his".
pub(super) fn is_determiner(lw: &str) -> bool {
    matches!(
        lw,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "one"
            | "another"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
    )
}

/// `"…," the weekly wrote`, `"…," a narrator in the ad asks`: tokens `a..b` are a noun
/// phrase its determiner opens (plain words, possessives, what it is of or in), whatever its
/// noun: right before a speech verb after a quote, that is who speaks.
fn determined_np(p: &Para, a: usize, b: usize) -> bool {
    // A possessive determines a noun phrase as a determiner does: "Varga's former campaign
    // strategist".
    let owner = a + 2 < b
        && p.toks[a + 1].kind == Kind::Possessive
        && p.word(a).starts_with(char::is_uppercase);
    a < b
        && b - a <= 7
        && p.toks[a].is_word()
        && (is_determiner(&p.lw(a)) || owner)
        && (a + 1..b).all(|k| {
            p.toks[k].kind == Kind::Possessive
                || p.toks[k].is_word() && {
                    let lw = p.lw(k);
                    // What the noun is of, or in ("a narrator in the new ad"), but not last.
                    let joins = k + 1 < b
                        && matches!(
                            lw.as_str(),
                            "of" | "in" | "at" | "for" | "from" | "on" | "the" | "a" | "an"
                        );
                    joins || !lexicon::function_words().contains(lw.as_str()) && !is_speech(&lw)
                }
        })
}

/// `the announcer said, “…”`, `The Ohio developer says of Park, “…”`, `the nominee mockingly
/// responded, “…”`: before a quote, a noun phrase its determiner opens at the start of a
/// clause, right before the verb (over adverbs of manner), is who speaks, whatever its noun, as
/// after a quote.
pub(super) fn determined_before(p: &Para, start: usize, v: usize) -> Subject {
    let mut b = v;
    while b > start && p.toks[b - 1].is_word() && is_manner_adverb(p.word(b - 1)) {
        b -= 1;
    }
    let opens_clause =
        |a: usize| a == start || p.toks[a - 1].is_punct(',') || p.toks[a - 1].is_punct(';');
    // (A determiner alone is no noun phrase: "One put on a “…” cap".)
    let np = |a: usize| b >= a + 2 && opens_clause(a) && determined_np(p, a, b);
    match (start.max(b.saturating_sub(7))..b).find(|&a| np(a)) {
        Some(a) => classify(p, a, b),
        None => Subject::None,
    }
}

/// The subject written between a quote and its verb: `"…," the Russian president said`.
pub(super) fn np_between(p: &Para, a: usize, b: usize) -> Subject {
    // A name with a possessive owns the role that follows, and the speaker is named after it
    // if at all: "Santos's campaign manager, Pedro Ruiz".
    let owner = |c: usize| {
        p.toks
            .get(p.cands[c].end_tok())
            .is_some_and(|t| t.kind == Kind::Possessive)
    };
    // In a noun phrase a determiner opens, a name is who speaks only as its head, last and
    // not after "of": "a smiling Varga said", not "the Eskarian competition commissioner
    // said" or "the mayor of Wadi Kef said".
    let determined = determined_np(p, a, b);
    let in_range = |c: &usize| {
        p.cands[*c].first_tok() >= a
            && p.cands[*c].end_tok() <= b
            && (!determined
                || p.cands[*c].end_tok() == b
                    && !names::after_preposition(p.text, p.base, p.toks, p.cands[*c].first_tok()))
    };
    let named = p
        .cand_ids
        .iter()
        .copied()
        .filter(|c| !p.cands[*c].place && in_range(c));
    // An owner alone is not who speaks: "Reyes's son told".
    if let Some(c) = named.clone().find(|&c| !owner(c)) {
        return Subject::name(c);
    }
    if let Some(k) = (a..b).find(|&k| pronoun(&p.lw(k)).is_some()) {
        return Subject::pronoun(pronoun(&p.lw(k)).unwrap_or('?'), p.toks[k].span.start());
    }
    if (a..b).any(|k| matches!(p.lw(k).as_str(), "they" | "we" | "i" | "it")) {
        return Subject::None;
    }
    match np_before(p, a, b) {
        Subject::None => classify(p, a, b),
        // The whole phrase, not the end of it np_before collects ("the commerce secretary",
        // not "secretary").
        Subject::Org(_) | Subject::Role(_) if determined => classify(p, a, b),
        s => s,
    }
}

/// The subject after an inverted verb: `said Peskov`, `said the Kremlin's spokesman`.
pub(super) fn np_after(p: &Para, a: usize, end: usize) -> Subject {
    let mut b = a;
    while b < end
        && !p.quoted[b]
        && (p.toks[b].is_word()
            || p.toks[b].kind == Kind::Possessive
            || p.toks[b].is_punct(',') && b + 1 < end && p.cand_starting_at(b + 1).is_some())
    {
        // (A possessive takes its noun, whatever the word: "X's outside counsel".)
        let owned = b > a && p.toks[b - 1].kind == Kind::Possessive;
        if b > a && p.toks[b].is_word() && p.lw(b) != "of" && !owned && is_lower_non_np(&p.lw(b)) {
            break;
        }
        b += 1;
    }
    if b == a {
        return Subject::None;
    }
    // "said a statement from the mayor's office": the issuer speaks.
    if p.toks[b - 1].is_word()
        && lexicon::is_document(&p.lw(b - 1))
        && p.toks.get(b).is_some_and(|t| t.is_word())
        && matches!(p.lw(b).as_str(), "from" | "by")
    {
        match np_after(p, b + 1, end) {
            Subject::None => {}
            s => return s,
        }
    }
    np_between(p, a, b)
}

fn is_lower_non_np(lw: &str) -> bool {
    lexicon::function_words().contains(lw)
        && !matches!(
            lw,
            "the" | "a" | "an" | "of" | "his" | "her" | "its" | "their"
        )
        || matches!(
            lw,
            "on" | "in" | "at" | "during" | "after" | "before" | "when" | "that" | "while"
        )
}

/// An adverb in "-ly" between a subject and its verb: "he finally says", "Rinaldi quietly
/// added". Only after a pronoun or a name, so "the family said" keeps its noun.
fn adverb_after_subject(p: &Para, k: usize) -> bool {
    k > 0
        && is_manner_adverb(p.word(k))
        && p.toks[k - 1].is_word()
        && (pronoun(&p.lw(k - 1)).is_some() || p.cand_ending_at(k - 1).is_some())
}

/// A lower-case adverb in "-ly": "finally", "mockingly".
fn is_manner_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.starts_with(|c: char| c.is_ascii_lowercase())
}

/// The subject right before a verb, skipping adverbs ("X on Monday said") and an
/// appositive ("X, the agency's director, said").
pub(super) fn np_before(p: &Para, start: usize, v: usize) -> Subject {
    let mut k = v;
    while k > start
        && p.toks[k - 1].is_word()
        && (lexicon::is_between_speaker_and_verb(&p.lw(k - 1)) || adverb_after_subject(p, k - 1))
    {
        k -= 1;
    }
    if k > start && (p.toks[k - 1].is_punct(',') || p.toks[k - 1].is_punct(')')) {
        // Appositive: jump back to the comma or bracket that opens it.
        let close = p.toks[k - 1].kind;
        let opener = if close == Kind::Punct(')') {
            Kind::Punct('(')
        } else {
            Kind::Punct(',')
        };
        if let Some(o) = (start.max(k.saturating_sub(26))..k - 1)
            .rev()
            .find(|&q| p.toks[q].kind == opener)
            && (p.cand_ending_at(o.wrapping_sub(1)).is_some()
                || o > start && p.toks[o - 1].is_word())
        {
            // A full name set off by commas after a role or a place is the subject itself:
            // "The mayor of Sundholm, Anna Lind, said" (not a tag: "McCaul, R-Texas, said").
            if close == Kind::Punct(',')
                && let Some(c) = p.cand_starting_at(o + 1)
                && p.cands[c].end_tok() == k - 1
                && k > o + 3
            {
                return Subject::name(c);
            }
            k = o;
        }
    }
    if k == start {
        return Subject::None;
    }
    if let Some(c) = p.cand_ending_at(k - 1) {
        // "Correspondents in Sundholm said": the source is before the preposition.
        let f = p.cands[c].first_tok();
        if f > start + 1 && names::after_preposition(p.text, p.base, p.toks, f) {
            return np_before(p, start, f - 1);
        }
        return Subject::name(c);
    }
    let lw = p.lw(k - 1);
    if let Some(g) = pronoun(&lw) {
        return Subject::pronoun(g, p.toks[k - 1].span.start());
    }
    if let Some(at) = descriptor(p, k) {
        return Subject::pronoun('?', at);
    }
    if matches!(lw.as_str(), "they" | "we" | "i" | "it" | "who" | "which") {
        return Subject::None;
    }
    // Collect a noun phrase backwards: capitalised words, role and organisation words,
    // possessives, "of"; stop after a determiner.
    let mut a = k;
    while a > start && !p.quoted[a - 1] {
        let t = p.toks[a - 1];
        if t.kind == Kind::Possessive {
            a -= 1;
            continue;
        }
        if !t.is_word() {
            break;
        }
        let w = p.word(a - 1);
        let lw = lower(w);
        if matches!(lw.as_str(), "the" | "a" | "an") {
            a -= 1;
            break;
        }
        let capital = is_content_capital(w, &lw);
        let nounish = lexicon::role_word(&lw).is_some()
            || lexicon::org_words().contains(lw.as_str())
            || lexicon::is_speaker_noun(&lw);
        // Plain words can qualify a source noun: "China's Xinhua news agency", "the labour
        // union".
        let head_is_source = a < k && lexicon::is_source_noun(&p.lw(k - 1));
        let plain =
            head_is_source && !lexicon::function_words().contains(lw.as_str()) && !is_speech(&lw);
        let joins = lw == "of" && a < k;
        if !(capital || nounish || joins || plain) {
            break;
        }
        a -= 1;
    }
    // A possessive needs its owner, whatever word that is: "the port's owner".
    if a < k && p.toks[a].kind == Kind::Possessive && a > start && p.toks[a - 1].is_word() {
        a -= 1;
        if a > start && matches!(p.lw(a - 1).as_str(), "the" | "a" | "an") {
            a -= 1;
        }
    }
    if a == k {
        // A source noun a little further back: "a joint statement released by … said".
        let back = start.max(k.saturating_sub(10));
        if let Some(h) = (back..k)
            .rev()
            .find(|&q| !p.quoted[q] && p.toks[q].is_word() && lexicon::is_speaker_noun(&p.lw(q)))
        {
            return np_before(p, start, h + 1);
        }
        return Subject::None;
    }
    if let Some(c) = p.cand_covering(a, k) {
        return Subject::name(c);
    }
    classify(p, a, k)
}

/// "the 41-year-old", "the Spaniard" or "the 24-year-old Italian" ending at token `k`:
/// news writing names the person just named again by age or nation, as a pronoun does
/// (of either gender). Where the phrase starts, in the text.
fn descriptor(p: &Para, k: usize) -> Option<usize> {
    if let Some(at) = age_descriptor(p, k) {
        return Some(at);
    }
    let d = k.checked_sub(1)?;
    let nation = p.toks[d].is_word()
        && p.word(d).starts_with(char::is_uppercase)
        && lexicon::is_demonym_noun(&p.lw(d));
    if !nation {
        return None;
    }
    age_descriptor(p, d).or_else(|| {
        let the = d.checked_sub(1)?;
        (p.toks[the].is_word() && p.lw(the) == "the").then_some(p.toks[the].span.start())
    })
}

/// "the 41-year-old" ending at token `k`: news writing's way to name again the person just
/// named, as a pronoun does (of either gender). Where the phrase starts, in the text.
fn age_descriptor(p: &Para, k: usize) -> Option<usize> {
    let end = p
        .toks
        .get(k.checked_sub(1)?)?
        .span
        .end()
        .checked_sub(p.base)?;
    let head = p.text.get(..end)?.strip_suffix("-year-old")?;
    let number = head.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = head.len() - number.len();
    let the = number.strip_suffix(' ')?;
    let word_start = the.len().checked_sub(3)?;
    let is_the = the.get(word_start..)?.eq_ignore_ascii_case("the")
        && !the[..word_start].ends_with(|c: char| c.is_alphanumeric());
    ((1..=3).contains(&digits) && is_the).then_some(p.base + word_start)
}

/// The first noun phrase of the sentence, for coordinated verbs.
pub(super) fn sentence_subject(p: &Para, start: usize, v: usize) -> Subject {
    let mut k = start;
    // Skip an introductory phrase ending in a comma: "Ahead of his departure, he …"; one a
    // preposition opens however long ("After the vote on the budget in the council chamber
    // on Monday night, …"), one a determiner opens only when short (in "The paper took note
    // of her faults, writing", the paper writes).
    let reach = if p.toks.get(start).is_some_and(|t| t.is_word()) && is_determiner(&p.lw(start)) {
        10
    } else {
        32
    };
    if let Some(c) =
        (start..v.min(start + reach)).find(|&q| p.toks[q].is_punct(',') && !p.quoted[q])
        && p.toks.get(start).is_some_and(|t| {
            t.is_word() && lexicon::function_words().contains(p.lw(start).as_str())
        })
    {
        k = c + 1;
    }
    // The quote the sentence opens with is not its subject: `"We are ready," Erdogan said,
    // adding that …`.
    while k < v && (!p.toks[k].is_word() || p.quoted[k]) {
        k += 1;
    }
    if k >= v {
        return Subject::None;
    }
    if let Some(c) = p
        .cand_ids
        .iter()
        .copied()
        .filter(|&c| !p.cands[c].place)
        .find(|&c| {
            p.cands[c].first_tok() >= k
                && p.cands[c].first_tok() <= k + 6
                && p.cands[c].end_tok() <= v
        })
    {
        // Only when nothing verb-like stands before it.
        let clean = (k..p.cands[c].first_tok()).all(|q| {
            let lw = p.lw(q);
            p.toks[q].is_word()
                && (lexicon::role_word(&lw).is_some()
                    || lexicon::is_nationality(&lw)
                    || matches!(lw.as_str(), "the" | "a")
                    || p.word(q).chars().next().is_some_and(char::is_uppercase))
        });
        if clean {
            return Subject::name(c);
        }
    }
    if let Some(g) = pronoun(&p.lw(k)) {
        return Subject::pronoun(g, p.toks[k].span.start());
    }
    let mut b = k;
    while b < v && (p.toks[b].is_word() || p.toks[b].kind == Kind::Possessive) {
        if p.toks[b].kind == Kind::Possessive {
            b += 1;
            continue;
        }
        let w = p.word(b);
        let lw = lower(w);
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let nounish = |lw: &str| lexicon::role_word(lw).is_some() || lexicon::is_source_noun(lw);
        // Plain words qualifying a source noun right after them: "The labour union".
        let qualifies = || {
            let head =
                (b + 1..v.min(b + 3)).find(|&q| p.toks[q].is_word() && nounish(p.lw(q).as_str()));
            head.is_some_and(|h| {
                (b..h).all(|q| {
                    let lw = p.lw(q);
                    p.toks[q].is_word()
                        && !lexicon::function_words().contains(lw.as_str())
                        && !is_speech(&lw)
                })
            })
        };
        if !(capital
            || matches!(lw.as_str(), "of" | "to" | "the" | "a" | "an" | "for")
            || nounish(lw.as_str())
            || qualifies())
        {
            break;
        }
        b += 1;
    }
    if b == k {
        Subject::None
    } else {
        classify(p, k, b)
    }
}

/// A role mention if the phrase ends in a role ("the Russian president", "the head of
/// NATO"), else an organisation, kept as written.
pub(super) fn classify(p: &Para, a: usize, b: usize) -> Subject {
    let text = p
        .text
        .get(p.toks[a].span.start() - p.base..p.toks[b - 1].span.end() - p.base)
        .unwrap_or("")
        .trim_matches([',', ' '])
        .to_string();
    if text.is_empty() {
        return Subject::None;
    }
    let words: Vec<Lower> = (a..b)
        .filter(|&k| p.toks[k].is_word())
        .map(|k| p.lw(k))
        .collect();
    // Never a speaker: an article or a pronoun of a thing alone ("It"), or a relative
    // clause ("the radio show who").
    if matches!(
        words.as_slice(),
        [w] if matches!(
            w.as_str(),
            "the" | "a" | "an" | "it" | "this" | "that" | "there" | "these" | "those" | "what"
        )
    ) || words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "who" | "which" | "that"))
    {
        return Subject::None;
    }
    let head_part: Vec<&str> = words
        .iter()
        .map(Lower::as_str)
        .take_while(|w| *w != "of")
        .collect();
    // "a spokesperson said": someone unnamed, not the spokesperson named elsewhere.
    let indefinite = matches!(words.first().map(Lower::as_str), Some("a" | "an"));
    let is_role = !indefinite
        && head_part
            .last()
            .is_some_and(|h| lexicon::role_word(h) == Some(RoleWord::Head))
        && !head_part
            .last()
            .is_some_and(|h| lexicon::org_words().contains(h));
    let text = Box::new(text.into_boxed_str());
    if is_role {
        Subject::Role(text)
    } else {
        Subject::Org(text)
    }
}
