//! Person-name candidates in one paragraph: runs of capitalised words, cut after the last
//! word that cannot belong to a name (a title, a place, an organisation, a function word),
//! with the evidence news writing gives that the rest is a person: a role or honorific
//! before it, an appositive, a party tag, a speech verb, a known given name.

use super::lexicon::{self, RoleWord};
use super::lower::Lower;
use super::tokens::{Kind, Tok};

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
#[derive(Clone, Debug)]
pub struct Cand {
    pub start: usize,
    pub end: usize,
    /// The name's words joined by single spaces, when that is not simply the text at
    /// `start..end` (a line break or a double space inside): a large corpus holds hundreds
    /// of thousands of candidates, nearly all spelled as in the text. See [`Cand::name`].
    spelled: Option<Box<str>>,
    /// The role as written, as a byte span ("Russian President", "Kremlin spokesperson").
    /// (u32: a large corpus holds hundreds of thousands of candidates until the merge;
    /// the article scan skips any article too long for it.)
    pub role: Option<(u32, u32)>,
    pub evidence: Evidence,
    /// 'm' or 'f' when an honorific says so.
    pub gender: Option<char>,
    /// Token index of the first and one past the last name word.
    tok_first: u32,
    tok_end: u32,
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
            None => text.get(self.start..self.end).unwrap_or(""),
        }
    }

    /// The name's words.
    pub fn words<'t>(&'t self, text: &'t str) -> std::str::Split<'t, char> {
        self.name(text).split(' ')
    }

    /// Token index of the first name word.
    pub fn first_tok(&self) -> usize {
        self.tok_first as usize
    }

    /// Token index one past the last name word.
    pub fn end_tok(&self) -> usize {
        self.tok_end as usize
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

pub use super::lower::lower;

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        || (w.starts_with("al-") || w.starts_with("el-"))
            && w.chars().nth(3).is_some_and(char::is_uppercase)
}

fn is_all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

pub const PARTICLES: [&str; 14] = [
    "von", "van", "der", "den", "de", "da", "di", "del", "bin", "ibn", "al", "le", "la", "dos",
];

/// Words that cannot be part of a name whatever comes before them.
fn hard_non_name(w: &str, lw: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        || is_all_caps(w)
        || w.contains('.') && w.len() > 2
        || lexicon::function_words().contains(lw)
        || lexicon::honorifics().contains(Lower::new(w).as_str())
        || is_title(lw)
}

/// Role heads that are never surnames ("President", "Minister"); other role words can be
/// ("Judge", "Prince"), so only the soft list catches them.
fn is_title(lw: &str) -> bool {
    matches!(
        lw,
        "president"
            | "minister"
            | "secretary"
            | "chancellor"
            | "premier"
            | "chairman"
            | "chairwoman"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "senator"
            | "governor"
            | "ambassador"
            | "sen"
            | "rep"
            | "gov"
            | "secretary-general"
    )
}

/// Words that are usually not names but can be surnames after a given name ("Jack White").
fn soft_non_name(lw: &str) -> bool {
    lexicon::not_names().contains(lw)
        || lexicon::country_of(lw).is_some()
        || lexicon::org_words().contains(lw)
        || lexicon::agencies().contains(lw)
        || lexicon::role_word(lw).is_some()
        || lexicon::is_nationality(lw)
}

/// Finds the name candidates among `toks` (tokens of one paragraph of `text`, which
/// starts at byte `base`). `sentence_starts` are the byte offsets where sentences begin.
pub fn candidates(text: &str, base: usize, toks: &[Tok], sentence_starts: &[usize]) -> Vec<Cand> {
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
            } else if PARTICLES.contains(&wj) {
                // "von der Leyen": particles up to a capitalised word.
                let mut q = j;
                while q < toks.len()
                    && toks[q].is_word()
                    && PARTICLES.contains(&toks[q].text(text, base))
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
        if let Some(c) = from_run(text, base, toks, i, j, sentence_starts) {
            out.push(c);
        }
        i = j;
    }
    out
}

fn from_run(
    text: &str,
    base: usize,
    toks: &[Tok],
    a: usize,
    b: usize,
    starts: &[usize],
) -> Option<Cand> {
    let word = |k: usize| toks[k].text(text, base);
    // A generational suffix belongs to the name ("Donald Trump Jr." is his own person) but
    // takes no part in telling names from other words.
    let full_end = b;
    let mut b = b;
    while b > a + 1
        && matches!(
            word(b - 1),
            "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV"
        )
    {
        b -= 1;
    }
    // The name starts after the last word that cannot be part of it.
    let mut s = a;
    for k in a..b {
        let w = word(k);
        let lw = lower(w);
        let after_given = k > a && lexicon::given_name(&lower(word(k - 1))).is_some();
        if hard_non_name(w, &lw) || soft_non_name(&lw) && !after_given || w.chars().count() == 1 {
            s = k + 1;
        }
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
        return Some(Cand {
            start: toks[a].start,
            end: toks[a].end,
            spelled: None,
            role: None,
            evidence: Evidence::None,
            gender: None,
            tok_first: a as u32,
            tok_end: b as u32,
            sentence_initial: a == 0 || starts.contains(&toks[a].start),
            place: true,
            caption: false,
            in_quote: false,
        });
    }
    if s >= b || b - s > 4 {
        return None;
    }
    let sentence_initial = s == a && (a == 0 || starts.contains(&toks[a].start));
    if sentence_initial && b - s >= 2 && lexicon::given_name(&lower(word(s))).is_none() {
        let lw = lower(word(s));
        if lw.ends_with("ing") || lw.ends_with("ed") || lw.ends_with("ly") {
            s += 1;
        }
    }
    let b = full_end;
    if (s..b).all(|k| is_initial(word(k))) {
        return None;
    }
    // Spelled as in the text when one space separates each word from the next.
    let as_written = (s + 1..b).all(|k| {
        toks[k].start == toks[k - 1].end + 1
            && text.as_bytes().get(toks[k - 1].end - base) == Some(&b' ')
    });
    let spelled = (!as_written).then(|| {
        let words: Vec<&str> = (s..b).map(word).collect();
        words.join(" ").into_boxed_str()
    });
    let mut c = Cand {
        start: toks[s].start,
        end: toks[b - 1].end,
        spelled,
        role: None,
        evidence: Evidence::None,
        gender: None,
        tok_first: s as u32,
        tok_end: b as u32,
        sentence_initial: s == a && (a == 0 || starts.contains(&toks[a].start)),
        place: false,
        caption: false,
        in_quote: false,
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

/// A role's byte span, as stored.
fn span(start: usize, end: usize) -> Option<(u32, u32)> {
    Some((u32::try_from(start).ok()?, u32::try_from(end).ok()?))
}

fn is_initial(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// Evidence before the name: a role or honorific right before it ("Kremlin spokesperson
/// Dmitry Peskov", "Mr. Peskov"), an appositive role ("the agency's director, Ursula
/// Kessler"), or an inverted speech verb ("said Peskov").
fn prefix_cues(text: &str, base: usize, toks: &[Tok], c: &mut Cand) {
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
                "mr" | "sir" | "lord" => Some('m'),
                "mrs" | "ms" | "miss" | "dame" | "lady" => Some('f'),
                _ => None,
            };
        }
        if let Some((rs, has_head, relation)) = role_before(text, base, toks, s) {
            if has_head || relation {
                c.evidence = Evidence::Strong;
            }
            if has_head {
                c.role = span(toks[rs].start, toks[s - 1].end);
            }
        } else if is_person_speech_verb(&lower(pw))
            && !matches!(lower(pw).as_str(), "told" | "tells" | "asked" | "asks")
            // "said Gazprom chief executive Alexei Miller", "said Karistani law professor
            // Elena Bianchi": the name qualifies a role.
            && !role_follows(text, base, toks, c.end_tok())
        {
            c.evidence = c.evidence.max(Evidence::Speech);
        }
    } else if prev.is_punct(',') && s >= 2 && toks[s - 2].is_word() {
        // "..., the alliance's secretary-general, Jens Stoltenberg"
        let hw = lower(word(s - 2));
        match lexicon::role_word(&hw) {
            Some(RoleWord::Head) => {
                c.evidence = Evidence::Strong;
                let mut rs = s - 2;
                while rs > 0
                    && toks[rs - 1].is_word()
                    && lexicon::role_word(&lower(word(rs - 1))).is_some()
                {
                    rs -= 1;
                }
                c.role = span(toks[rs].start, toks[s - 2].end);
            }
            Some(RoleWord::Relation) => c.evidence = Evidence::Strong,
            _ => {}
        }
    }
}

/// Whether a role's head comes within the few lower-case words from token `k` on.
fn role_follows(text: &str, base: usize, toks: &[Tok], k: usize) -> bool {
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
fn role_before(text: &str, base: usize, toks: &[Tok], s: usize) -> Option<(usize, bool, bool)> {
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
fn suffix_cues(text: &str, base: usize, toks: &[Tok], c: &mut Cand) {
    let word = |k: usize| toks[k].text(text, base);
    let mut k = c.end_tok();
    if k < toks.len() && toks[k].kind == Kind::Poss {
        return;
    }
    if k < toks.len() && (toks[k].is_punct(',') || toks[k].is_punct('(')) {
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
        // role inside the commas.
        let named_inside = head.is_some_and(|h| {
            (h + 1..m).any(|q| {
                toks[q].is_word()
                    && is_cap(word(q))
                    && !soft_non_name(&lower(word(q)))
                    && !hard_non_name(word(q), &lower(word(q)))
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
            let poss = (first..h).any(|q| toks[q].kind == Kind::Poss);
            if det || poss || is_cap(word(first)) && first < h {
                c.evidence = Evidence::Strong;
                let rs = if matches!(
                    lower(word(first)).as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "who"
                ) {
                    first + 1
                } else {
                    first
                };
                if c.role.is_none() && rs < m && lower(word(rs)) != "is" {
                    c.role = span(toks[rs].start, toks[m - 1].end);
                }
            }
        }
        // A name set off by commas is the subject in its own right ("The mayor of
        // Sundholm, Anna Lind, said"): this word before it is not the one speaking.
        let name_inside = head.is_none() && !tag && is_cap(word(first));
        if m < toks.len() && toks[m].kind != Kind::Punct('.') && !name_inside {
            k = m + 1;
        }
    }
    // Skip adverbs between subject and verb: "X also said", "X on Monday said".
    while k < toks.len()
        && toks[k].is_word()
        && matches!(
            lower(word(k)).as_str(),
            "also" | "later" | "then" | "has" | "had" | "have" | "previously" | "again" | "once"
        )
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
        && is_person_speech_verb(&lower(word(k)))
        && !placed
        && !itself
    {
        c.evidence = c.evidence.max(Evidence::Speech);
    }
}

/// Whether the token before `k` is a preposition that makes what follows a complement,
/// not a subject: a place ("officials in Kyiv said"), or what a role belongs to ("the
/// chief executive of Gazprom said", "a spokesperson for the firm said").
pub fn after_preposition(text: &str, base: usize, toks: &[Tok], k: usize) -> bool {
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

/// Speech verbs whose subject is almost always a person (not "reported", "announced").
pub fn is_person_speech_verb(lw: &str) -> bool {
    lexicon::speech_verbs().contains(lw)
        && !matches!(
            lw,
            "reported"
                | "reports"
                | "according"
                | "announced"
                | "announces"
                | "announcing"
                | "posted"
                | "called"
                | "calling"
                | "described"
                | "describes"
                | "describing"
                | "put"
                | "summed"
                | "confirmed"
                | "denied"
                | "states"
                | "say"
                | "saying"
                | "telling"
                | "adding"
                | "writing"
                | "hailed"
                | "praised"
                | "blasted"
                | "slammed"
                | "criticised"
                | "criticized"
                | "accused"
                | "accuses"
                | "urged"
                | "urges"
                | "notes"
                | "claims"
        )
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
