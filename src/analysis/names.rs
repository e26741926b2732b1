//! Person-name candidates in one paragraph: runs of capitalised words, cut after the last
//! word that cannot belong to a name (a title, a place, an organisation, a function word),
//! with the evidence news writing gives that the rest is a person: a role or honorific
//! before it, an appositive, a party tag, a speech verb, a known given name.

mod evidence;

use super::lexicon;
use crate::ids::narrow;
use crate::text::lower::Lower;
use crate::text::token::Token;
pub use evidence::{after_preposition, is_party_tag};
use evidence::{prefix_cues, suffix_cues};
use std::num::NonZeroU32;

/// How sure a candidate is to be a person, weakest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Evidence {
    /// A capitalised word or run with nothing else: only a mention of a known person.
    None,
    /// A known given name followed by a surname.
    Given,
    /// Subject or inverted subject of a speech verb.
    Speech,
    /// A role, honorific, appositive or party tag.
    Strong,
}

/// A name candidate. Offsets are bytes in the article text.
///
/// A large corpus holds hundreds of thousands of candidates, all alive from the article
/// scan until the quotes are resolved, so the fields are packed (32 bytes, not 64): u32
/// offsets (the article scan skips any article too long for them), one pointer for the
/// rare respelled name, the gender as a byte, and the token range only while the scan
/// needs it (see [`CandidateAt`]).
#[derive(Clone, Debug)]
pub struct Cand {
    start: u32,
    end: u32,
    /// The name's words joined by single spaces, when that is not simply the text at
    /// `start..end` (a line break or a double space inside). Nearly all candidates are
    /// spelled as in the text, so the exceptions sit behind a thin pointer (8 bytes, null
    /// when `None`) rather than a fat one. See [`Cand::name`].
    spelled: Option<Box<Box<str>>>,
    /// The role as written, as a byte span ("Russian President", "Kremlin spokesperson").
    /// A role ends after it starts, so its end is never zero: that niche keeps the option
    /// in 8 bytes. See [`Cand::role`].
    role: Option<(u32, NonZeroU32)>,
    pub evidence: Evidence,
    /// b'm' or b'f' when an honorific says so, else 0. See [`Cand::gender`].
    gender: u8,
    /// The name is the first word of its sentence ("Officials said" looks like a name).
    pub sentence_initial: bool,
    /// A lone place name that may be a surname ("Jordan"): a mention of a known person at
    /// most, never a speaker cue by itself.
    pub place: bool,
    /// In a caption, or a story paragraph that reads like one (set by the article scan).
    pub caption: bool,
    /// Inside a direct quote (set by the article scan).
    pub in_quote: bool,
}

impl Cand {
    /// The name's words as written (possessive removed), joined by single spaces. `text` is
    /// the article's text, where the candidate's offsets point.
    pub fn name<'t>(&'t self, text: &'t str) -> &'t str {
        match &self.spelled {
            Some(s) => s,
            None => text.get(self.start()..self.end()).unwrap_or(""),
        }
    }

    /// Byte where the name starts in the article text.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte just after the name's last word.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The role's byte span in the article text, if one was written next to the name.
    pub fn role(&self) -> Option<(u32, u32)> {
        self.role.map(|(s, e)| (s, e.get()))
    }

    /// 'm' or 'f' when an honorific says so.
    pub fn gender(&self) -> Option<char> {
        (self.gender != 0).then_some(char::from(self.gender))
    }

    /// The name's words.
    pub fn words<'t>(&'t self, text: &'t str) -> std::str::Split<'t, char> {
        self.name(text).split(' ')
    }

    pub fn word_count(&self, text: &str) -> usize {
        1 + self.name(text).bytes().filter(|&b| b == b' ').count()
    }

    pub fn first_word<'t>(&'t self, text: &'t str) -> &'t str {
        self.words(text).next().unwrap_or("")
    }

    pub fn last_word<'t>(&'t self, text: &'t str) -> &'t str {
        self.name(text).rsplit(' ').next().unwrap_or("")
    }
}

/// A candidate as the article scan finds it: with its token range in the paragraph, which
/// the cue finder needs and nothing after the scan does, so it is left behind when the
/// scan ends ([`CandidateAt::cand`]). Reads as the candidate itself.
#[derive(Clone, Debug)]
pub struct CandidateAt {
    pub cand: Cand,
    /// Token index of the first and one past the last name word.
    tok_first: u32,
    tok_end: u32,
}

impl CandidateAt {
    /// Token index of the first name word.
    pub fn first_tok(&self) -> usize {
        self.tok_first as usize
    }

    /// Token index one past the last name word.
    pub fn end_tok(&self) -> usize {
        self.tok_end as usize
    }
}

impl std::ops::Deref for CandidateAt {
    type Target = Cand;
    fn deref(&self) -> &Cand {
        &self.cand
    }
}

impl std::ops::DerefMut for CandidateAt {
    fn deref_mut(&mut self) -> &mut Cand {
        &mut self.cand
    }
}

pub use crate::text::lower::lower;

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        || (w.starts_with("al-") || w.starts_with("el-"))
            && w.chars().nth(3).is_some_and(char::is_uppercase)
}

fn is_all_caps(w: &str) -> bool {
    // Bytes for ASCII words (nearly all): asked of every capitalised word.
    if w.is_ascii() {
        let b = w.as_bytes();
        return b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2
            && !b.iter().any(u8::is_ascii_lowercase);
    }
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// Words that cannot be part of a name whatever comes before them.
fn hard_non_name(w: &str, lw: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
        || is_all_caps(w)
        || is_party_tag(w)
        || two_capitals(w)
        || w.contains('.') && w.len() > 2
        || {
            let lists = lexicon::word(lw);
            lists.is_function() || lists.is_title()
        }
        || lexicon::honorifics().contains(Lower::new(w).as_str())
        || headline_verb(lw)
        || brand_capital(w)
        || plural_demonym(lw)
        || w.contains('-')
            && w.split('-')
                .any(|part| part.len() >= 4 && lexicon::country_of(&lower(part)).is_some())
}

/// A speech verb in a title-case headline ("North Korean Leader Says"), not a given name
/// ("Said").
fn headline_verb(lw: &str) -> bool {
    (lw.ends_with('s') || lw.ends_with("ed"))
        && lexicon::is_finite_speech_verb(lw)
        && lexicon::given_name(lw).is_none()
}

/// A brand's capital inside the word after four letters or more, or after three with four
/// more after it ("WikiLeaks", "YouTube", "HuffPost"), which names have only after a
/// surname's prefix ("MacArthur", "VanDyke") or a short part ("McCain", "DeSantis",
/// "LeBron", "AshLee").
fn brand_capital(w: &str) -> bool {
    let Some(k) = w
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c.is_uppercase())
        .map(|(k, _)| k)
    else {
        return false;
    };
    let (prefix, rest) = w.split_at(k);
    let (p, r) = (prefix.chars().count(), rest.chars().count());
    (p >= 4 || p == 3 && r >= 4)
        && prefix.chars().all(char::is_alphabetic)
        && !lexicon::is_surname_prefix(&lower(prefix))
}

/// The people of a nation ("Russians", "Iranians"), never one person's name.
fn plural_demonym(lw: &str) -> bool {
    lw.strip_suffix('s')
        .is_some_and(|one| lexicon::is_demonym_noun(one) || lexicon::is_nationality(one))
}

/// A brand or acronym in mixed case ("PhRMA", "JPMorgan"): two capitals in a row, which
/// names written in mixed case do not have ("DeSantis", "McCain", "O'Connor"). (Asked
/// once the word is known not to be all capitals.)
fn two_capitals(w: &str) -> bool {
    w.as_bytes()
        .windows(2)
        .any(|p| p[0].is_ascii_uppercase() && p[1].is_ascii_uppercase())
}

/// Words that are usually not names but can be surnames after a given name ("Jack White").
fn soft_non_name(lw: &str) -> bool {
    lexicon::usually_no_name(lw)
}

/// Finds the name candidates among `toks` (tokens of one paragraph of `text`, which
/// starts at byte `base`). `sentence_starts` are the byte offsets where sentences begin.
pub fn candidates(
    text: &str,
    base: usize,
    toks: &[Token],
    sentence_starts: &[usize],
) -> Vec<CandidateAt> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let w = toks[i].text(text, base);
        if !(toks[i].is_word() && is_cap(w)) {
            i += 1;
            continue;
        }
        // A run of capitalised words, with particles inside.
        let mut j = i + 1;
        while j < toks.len() && toks[j].is_word() {
            let wj = toks[j].text(text, base);
            if is_cap(wj) {
                j += 1;
            } else if lexicon::is_particle(wj) {
                // "von der Leyen": particles up to a capitalised word.
                let mut q = j;
                while q < toks.len()
                    && toks[q].is_word()
                    && lexicon::is_particle(toks[q].text(text, base))
                {
                    q += 1;
                }
                if q < toks.len() && toks[q].is_word() && is_cap(toks[q].text(text, base)) {
                    j = q + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // "chipmaker Lumenta", "the lender Barclays", "Carmaker Voltra" at a sentence's start:
        // an organisation, not a person.
        let org_noun = |k: usize| {
            toks[k].is_word()
                && lexicon::org_nouns().contains(lower(toks[k].text(text, base)).as_str())
        };
        let org = i.checked_sub(1).is_some_and(org_noun) || j > i + 1 && org_noun(i);
        if let Some(c) = from_run(text, base, toks, i, j, sentence_starts).filter(|_| !org) {
            out.push(c);
        }
        i = j;
    }
    out
}

/// Whether a word can be part of a name, as [`from_run`] asks it of each word of a run.
#[derive(Clone, Copy)]
struct NonName {
    /// [`hard_non_name`]
    hard: bool,
    /// [`soft_non_name`], asked only when not `hard`.
    soft: bool,
}

impl NonName {
    fn of(w: &str, lw: &str) -> NonName {
        let hard = hard_non_name(w, lw);
        NonName {
            hard,
            soft: !hard && soft_non_name(lw),
        }
    }
}

/// What a word tells about the word after it in a run of capitalised words.
struct Prev {
    /// A given name: a usual non-name word after it is a surname ("Jack White").
    given: bool,
    /// A title or a role's head: a surname may come first after it ("President Moon Jae-in").
    titled: bool,
    /// An honorific: any surname follows ("Mr. Park").
    honorific: bool,
}

impl Prev {
    fn of(w: &str, lw: &str) -> Prev {
        Prev {
            given: lexicon::given_name(lw).is_some(),
            // Every title is a role's head.
            titled: lexicon::role_word(lw) == Some(lexicon::RoleWord::Head),
            honorific: lexicon::honorifics().contains(Lower::new(w).as_str()),
        }
    }
}

fn from_run(
    text: &str,
    base: usize,
    toks: &[Token],
    a: usize,
    b: usize,
    starts: &[usize],
) -> Option<CandidateAt> {
    let word = |k: usize| toks[k].text(text, base);
    // A generational suffix belongs to the name ("Donald Trump Jr." is his own person) but
    // takes no part in telling names from other words.
    // A weekday after a name is the time of the verb before it ("said Oskar Saturday"); a
    // noun of a thing ends a name ("the Rose Garden").
    let mut b = b;
    while b > a && lexicon::word(&lower(word(b - 1))).ends_name() {
        b -= 1;
    }
    if b == a {
        return None;
    }
    let full_end = b;
    while b > a + 1
        && matches!(
            word(b - 1),
            "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV"
        )
    {
        b -= 1;
    }
    // The name starts after the last word that cannot be part of it. Each word's lists
    // are looked up once: what a word is, as the one before the next, is carried over.
    let mut s = a;
    let mut prev = None;
    let mut next: Option<NonName> = None;
    for k in a..b {
        let w = word(k);
        let lw = lower(w);
        let this = next.take().unwrap_or_else(|| NonName::of(w, &lw));
        // Whether the next word of the run can be a name's (looked up once, for both uses).
        let named_next = |next: &mut Option<NonName>| {
            k + 1 < b && {
                let n = word(k + 1);
                let n = *next.get_or_insert_with(|| NonName::of(n, &lower(n)));
                !n.hard && !n.soft
            }
        };
        let (after_given, surname_first) = match prev.take() {
            None => (false, false),
            Some(Prev {
                given,
                titled,
                honorific,
            }) => {
                // After a title and before another name word, a surname written first
                // ("Chief Executive Park Ji-hoon", "President Moon Jae-in").
                // After an honorific, any surname ("Mr. Park", "Mrs. May").
                // (Not a role word: "Attorney General Rod Rosenstein" starts at "Rod".)
                (
                    given,
                    titled && lexicon::role_word(&lw).is_none() && named_next(&mut next)
                        || honorific,
                )
            }
        };
        // A given name that is also a place, before a surname: "Sofia Marchetti".
        let given_first = this.soft && lexicon::given_name(&lw).is_some() && named_next(&mut next);
        // A month after a given name or an honorific is a surname ("Theresa May", "Mrs.
        // May"), though "may" is a function word.
        let month_surname =
            (after_given || surname_first) && crate::date::month_names().contains(&w);
        if this.hard && !month_surname
            || this.soft && !after_given && !surname_first && !given_first
            || w.chars().count() == 1
        {
            s = k + 1;
        }
        if k + 1 < b {
            prev = Some(Prev::of(w, &lw));
        }
    }
    // A run of words that are none of a name's, nor a lone country, goes no further: most
    // runs are a capitalised word at a sentence's start ("The", "But").
    if s >= b
        && !is_initial(word(b - 1))
        && (b > a + 1 || lexicon::country_of(&lower(word(a))).is_none())
    {
        return None;
    }
    // The rest of an organisation's name ("Atlético Valencia", "Bank Leumi"), unless a role
    // goes with the organisation ("Ministry spokesman Ivan Petrov") or it follows "of" (the
    // role came first: "Chairman of the Dockers Council Ivo Maric").
    let org = (a..s.min(b)).any(|k| lexicon::org_words().contains(lower(word(k)).as_str()));
    let of_role = (a.saturating_sub(2)..a).any(|q| toks[q].is_word() && word(q) == "of");
    if org && !of_role && !(a..s).any(|q| lexicon::role_word(&lower(word(q))).is_some()) {
        return None;
    }
    // Initials are name words: "J. R. Smith" starts at "J.".
    while s > a && is_initial(word(s - 1)) {
        s -= 1;
    }
    // In a long run the name starts at its given name: "Foreign Minster Sergey Lavrov".
    if b > s + 2
        && lexicon::given_name(&lower(word(s))).is_none()
        && let Some(k) = (s + 1..b - 1).find(|&k| lexicon::given_name(&lower(word(k))).is_some())
    {
        s = k;
    }
    if s >= b
        && b == a + 1
        && lexicon::country_of(&lower(word(a))).is_some()
        && !lexicon::is_nationality(&lower(word(a)))
    {
        // A lone word that is also a country ("Jordan"): only ever a mention of a person
        // already known by that surname, never evidence of one.
        return Some(CandidateAt {
            cand: Cand {
                start: narrow(toks[a].span.start()),
                end: narrow(toks[a].span.end()),
                spelled: None,
                role: None,
                evidence: Evidence::None,
                gender: 0,
                sentence_initial: a == 0 || starts.contains(&toks[a].span.start()),
                place: true,
                caption: false,
                in_quote: false,
            },
            tok_first: a as u32,
            tok_end: b as u32,
        });
    }
    // Four name words at most, particles aside: "Ana Fernández de la Vega", "Andrés Manuel
    // López Obrador" are names; a longer run of capitals is a heading or an organisation.
    let particles = (s..b).filter(|&k| lexicon::is_particle(word(k))).count();
    if s >= b || b - s - particles > 4 || b - s > 7 {
        return None;
    }
    let sentence_initial = s == a && (a == 0 || starts.contains(&toks[a].span.start()));
    if sentence_initial && b - s >= 2 && lexicon::given_name(&lower(word(s))).is_none() {
        let lw = lower(word(s));
        // "Speaking Monday, …", "Asked about …", "Said Ellis: …": a verb that opens the
        // sentence, not a given name.
        if lw.ends_with("ing")
            || lw.ends_with("ed")
            || lw.ends_with("ly")
            || lexicon::speech_verbs().contains(&lw)
        {
            s += 1;
        }
    }
    let b = full_end;
    if (s..b).all(|k| is_initial(word(k))) {
        return None;
    }
    // Spelled as in the text when one space separates each word from the next.
    let as_written = (s + 1..b).all(|k| {
        toks[k].span.start() == toks[k - 1].span.end() + 1
            && text.as_bytes().get(toks[k - 1].span.end() - base) == Some(&b' ')
    });
    let spelled = (!as_written).then(|| {
        let words: Vec<&str> = (s..b).map(word).collect();
        Box::new(words.join(" ").into_boxed_str())
    });
    let mut c = CandidateAt {
        cand: Cand {
            start: narrow(toks[s].span.start()),
            end: narrow(toks[b - 1].span.end()),
            spelled,
            role: None,
            evidence: Evidence::None,
            gender: 0,
            sentence_initial: s == a && (a == 0 || starts.contains(&toks[a].span.start())),
            place: false,
            caption: false,
            in_quote: false,
        },
        tok_first: s as u32,
        tok_end: b as u32,
    };
    prefix_cues(text, base, toks, &mut c);
    suffix_cues(text, base, toks, &mut c);
    if c.evidence < Evidence::Given && b - s >= 2 {
        let first = lower(word(s));
        let last = lower(word(b - 1));
        if lexicon::given_name(&first).is_some() && !soft_non_name(&last) {
            c.evidence = Evidence::Given;
        }
    }
    Some(c)
}

/// "J." or joined initials "C.C.", "J.R.R." (not a country's: "U.S.", "U.K.").
fn is_initial(w: &str) -> bool {
    let b = w.as_bytes();
    let pairs = b.len() / 2;
    b.len().is_multiple_of(2)
        && (1..=3).contains(&pairs)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
        && (pairs == 1 || lexicon::country_of(&lower(w)).is_none())
        || {
            let mut cs = w.chars();
            matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
        }
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
