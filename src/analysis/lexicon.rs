//! The word lists the extractors read, from `assets/` through the one loader
//! ([`crate::text::lexicon`]). The lists of words (function words, not-names, organisation
//! words, speech verbs, ...) are one table of per-word flags, so that asking whether a word is
//! on a list, or on any of several, costs one hash lookup: the name scanner asks for most words
//! of every paragraph. The lists that map a word to something (countries, given names, role
//! classes) keep tables of their own ([`maps`]).

use crate::text::lexicon::{
    self as files, AGENCIES, ATTRIBUTION, CALENDAR, COUNTRIES, DEMONYM_NOUNS, FUNCTION_WORDS,
    NAMES, NOT_NAMES, ORG_NOUNS, ORG_WORDS, ROLES, SPEECH_VERBS, Source,
};
use std::sync::OnceLock;

mod maps;

pub use maps::{
    country_of, fold_accent, given_name, is_demonym_noun, is_nationality, role_class_suffix,
    short_form_of,
};

/// Which lists a word is on (bits of the word table).
mod bit {
    pub const FUNCTION: u64 = 1;
    pub const NOT_NAME: u64 = 1 << 1;
    pub const ORG_WORD: u64 = 1 << 2;
    pub const ORG_NOUN: u64 = 1 << 3;
    pub const AGENCY: u64 = 1 << 4;
    /// A speech verb of any section.
    pub const SPEECH: u64 = 1 << 5;
    pub const DEMONYM: u64 = 1 << 6;
    pub const HONORIFIC: u64 = 1 << 7;
    pub const ROLE_HEAD: u64 = 1 << 8;
    pub const ROLE_MODIFIER: u64 = 1 << 9;
    pub const ROLE_RELATION: u64 = 1 << 10;
    /// Any form of a country: its name, adjective, capital or other names.
    pub const COUNTRY: u64 = 1 << 11;
    /// A speech verb whose speaker is almost always a person.
    pub const SPEECH_PERSON: u64 = 1 << 12;
    /// A day named by a word: a weekday, "today", "yesterday", "the weekend".
    pub const DAY: u64 = 1 << 15;
    /// A role head that is never a surname ("President", "Minister").
    pub const TITLE: u64 = 1 << 19;
    /// A particle inside a name ("von", "bin").
    pub const PARTICLE: u64 = 1 << 16;
    /// A word that may stand between a speaker and the speech verb ("also", "had").
    pub const BETWEEN: u64 = 1 << 17;
    /// A noun that heads an unnamed or institutional source ("officials", "statement").
    pub const SOURCE_NOUN: u64 = 1 << 18;
    /// A speech verb that cites a source ("reported", "according").
    pub const SOURCING: u64 = 1 << 13;
    /// A speech verb's form whose subject is not one person right before it ("saying", "say"),
    /// or that is also a noun ("claims").
    pub const NOT_AFTER_SUBJECT: u64 = 1 << 14;
    /// A surname's prefix written joined ("Mac" of "MacArthur").
    pub const SURNAME_PREFIX: u64 = 1 << 21;
    /// A noun that ends a phrase of a name and a thing ("Garden", "Memos").
    pub const ENDS_NAME: u64 = 1 << 20;
    /// A text a source issues ("statement", "letter").
    pub const DOCUMENT: u64 = 1 << 22;
    /// A source noun for people, not an institution ("officials", "witnesses").
    pub const PERSON_SOURCE: u64 = 1 << 23;
    pub const ROLE: u64 = ROLE_HEAD | ROLE_MODIFIER | ROLE_RELATION;
}

/// Every listed word with its [`bit`]s.
fn words() -> &'static files::Flags {
    static WORDS: OnceLock<files::Flags> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut f = files::Flags::default();
        // Which section or tag of which file gives which bits ("": a file without sections).
        // The function words are capitalised only because they start a sentence, including
        // those that open one ("According to ...", "First, ..."); so are the days (below).
        let lists: [(&Source, &[(&str, u64)]); 10] = [
            (
                &FUNCTION_WORDS,
                &[
                    ("function", bit::FUNCTION),
                    ("adverb", bit::FUNCTION),
                    ("when", bit::FUNCTION),
                    ("opener", bit::FUNCTION),
                ],
            ),
            (
                &NOT_NAMES,
                &[
                    ("", bit::NOT_NAME),
                    ("ends-name", bit::NOT_NAME | bit::ENDS_NAME),
                ],
            ),
            (&ORG_WORDS, &[("", bit::ORG_WORD)]),
            (&ORG_NOUNS, &[("", bit::ORG_NOUN)]),
            (&AGENCIES, &[("", bit::AGENCY)]),
            (&DEMONYM_NOUNS, &[("", bit::DEMONYM)]),
            (
                &NAMES,
                &[
                    ("honorific", bit::HONORIFIC),
                    ("particle", bit::PARTICLE),
                    ("prefix", bit::SURNAME_PREFIX),
                ],
            ),
            (
                &ATTRIBUTION,
                &[
                    ("between", bit::BETWEEN),
                    ("source", bit::SOURCE_NOUN),
                    ("document", bit::DOCUMENT),
                    ("person", bit::PERSON_SOURCE),
                ],
            ),
            (
                &SPEECH_VERBS,
                &[
                    ("person", bit::SPEECH | bit::SPEECH_PERSON),
                    ("any", bit::SPEECH),
                    ("sourcing", bit::SPEECH | bit::SOURCING),
                    ("participle", bit::NOT_AFTER_SUBJECT),
                    ("base", bit::NOT_AFTER_SUBJECT),
                    ("noun", bit::NOT_AFTER_SUBJECT),
                ],
            ),
            (
                &ROLES,
                &[
                    ("heads", bit::ROLE_HEAD),
                    ("modifiers", bit::ROLE_MODIFIER),
                    ("relations", bit::ROLE_RELATION),
                    ("title", bit::TITLE),
                ],
            ),
        ];
        for (src, bits) in lists {
            src.list().flags(bits, &mut f);
        }
        for e in COUNTRIES.list().entries() {
            // An acronym is the country only in capitals: "Un" of "Kim Jong Un" is no "UN"
            // (and a word in capitals is never a name's anyway).
            let acronym = |w: &str| w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
            for form in std::iter::once(e.key()).chain(e.columns()) {
                if acronym(form) {
                    continue;
                }
                f.add(form, bit::COUNTRY);
            }
        }
        // Weekdays, months and days named without a date are no names, but for a month's
        // abbreviation that is a given name too ("Jan Hatzius"; the month's "Jan." keeps its
        // period).
        let cal = CALENDAR.list();
        for e in cal.section("weekday") {
            f.add(e.key(), bit::NOT_NAME | bit::DAY);
        }
        for e in cal.section("day") {
            f.add(e.key(), bit::NOT_NAME | bit::DAY | bit::FUNCTION);
        }
        for e in cal.section("month") {
            for w in std::iter::once(e.key()).chain(e.forms()) {
                if given_name(&w.to_lowercase()).is_none() {
                    f.add(w, bit::NOT_NAME);
                }
            }
        }
        f
    })
}

/// One list, as a view of the word table: `contains` is one lookup.
#[derive(Clone, Copy, Debug)]
pub struct Set(u64);

impl Set {
    /// Whether a lower-case word is on the list.
    pub fn contains(self, lower: &str) -> bool {
        words().get(lower) & self.0 != 0
    }

    /// The list's own copy of a lower-case word, if it is on the list.
    pub fn get(self, lower: &str) -> Option<&'static str> {
        words()
            .entry(lower)
            .filter(|&(_, f)| f & self.0 != 0)
            .map(|(w, _)| w)
    }

    /// Every word of the list, in no particular order.
    #[cfg(test)]
    fn iter(self) -> impl Iterator<Item = &'static str> {
        words()
            .iter()
            .filter(move |&(_, f)| f & self.0 != 0)
            .map(|(w, _)| w)
    }
}

/// Function words: capitalised only at the start of a sentence.
pub fn function_words() -> Set {
    Set(bit::FUNCTION)
}

/// Capitalised words that are never part of a person's name: places, organisations,
/// institutions, news outlets, months, weekdays, common nouns of headings. (The name scanner
/// asks [`usually_no_name`], which covers it.)
#[cfg(test)]
fn not_names() -> Set {
    Set(bit::NOT_NAME)
}

/// Words that head an organisation's name ("Council", "Ministry", "Court").
pub fn org_words() -> Set {
    Set(bit::ORG_WORD)
}

/// Common nouns that introduce an organisation's name ("chipmaker", "lender").
pub fn org_nouns() -> Set {
    Set(bit::ORG_NOUN)
}

/// News agencies and photo services seen in credit lines.
pub fn agencies() -> Set {
    Set(bit::AGENCY)
}

/// Speech verbs and cue words: "said", "told", "added", "according".
pub fn speech_verbs() -> Set {
    Set(bit::SPEECH)
}

/// A speech verb that cites a source rather than a speaker: "reported", "according (to)".
pub fn is_sourcing(lower: &str) -> bool {
    words().get(lower) & bit::SOURCING != 0
}

/// A speech verb whose subject, written right before it, is almost always a person: "said",
/// "insisted", not "reported", "announced" (organisations do), "saying" (the word before is
/// not its subject) or "claims" (also a noun).
pub fn is_person_speech_verb(lower: &str) -> bool {
    words().get(lower) & (bit::SPEECH_PERSON | bit::NOT_AFTER_SUBJECT) == bit::SPEECH_PERSON
}

/// A speech verb in a finite form that is no noun: "said", "says", "reported", not
/// "saying", "say" or "notes" (also a noun).
pub fn is_finite_speech_verb(lower: &str) -> bool {
    words().get(lower) & (bit::SPEECH | bit::NOT_AFTER_SUBJECT) == bit::SPEECH
}

/// Nouns for a person of a nation: "Spaniard", "Briton", "Dane".
pub fn demonym_nouns() -> Set {
    Set(bit::DEMONYM)
}

/// A word that may stand between a speaker and the speech verb: "X also said", "X had told",
/// "X on Monday said" (with the days named by a word).
pub fn is_between_speaker_and_verb(lower: &str) -> bool {
    words().get(lower) & (bit::BETWEEN | bit::DAY) != 0
}

/// A noun that heads an unnamed or institutional source: "the statement", "officials".
pub fn is_speaker_noun(lower: &str) -> bool {
    words().get(lower) & bit::SOURCE_NOUN != 0
}

/// A text a source issues: "statement", "letter", "report". "A statement from X" is X's word.
pub fn is_document(lower: &str) -> bool {
    words().get(lower) & bit::DOCUMENT != 0
}

/// A noun for people who speak unnamed: "officials", "witnesses" (attribution.txt's `person`
/// tag), or a role's head ("a spokeswoman", "two senior diplomats"; plural as written).
pub fn is_person_source(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    words().get(lower) & bit::PERSON_SOURCE != 0
        || [lower, singular]
            .iter()
            .any(|w| role_word(w) == Some(RoleWord::Head))
}

/// A noun that can head an unnamed or institutional source, an organisation word too: "the
/// statement", "officials", "the ministry", "the labour union".
pub fn is_source_noun(lower: &str) -> bool {
    words().get(lower) & (bit::SOURCE_NOUN | bit::ORG_WORD) != 0
}

/// A particle inside a name, as written: "von", "de", "bin" (a capitalised "Van" is a name
/// word of its own).
pub fn is_particle(word: &str) -> bool {
    words().get(word) & bit::PARTICLE != 0
}

/// A surname's prefix written joined to the rest with a capital ("Mac", "Van", "Del").
pub fn is_surname_prefix(lower: &str) -> bool {
    words().get(lower) & bit::SURNAME_PREFIX != 0
}

/// Honorifics right before a name: "Mr.", "Dr.", "Sen.".
pub fn honorifics() -> Set {
    Set(bit::HONORIFIC)
}

/// A role vocabulary entry: whether a word is a role's head ("President", "spokesperson")
/// or only a modifier that can precede one ("Prime", "Deputy", "Foreign").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RoleWord {
    Head,
    Modifier,
    /// Introduces a name without being a role: "his counterpart, X".
    Relation,
}

/// Role words from `assets/roles.txt`. A word listed as a head stays a head when also
/// listed as a modifier.
pub fn role_word(lower: &str) -> Option<RoleWord> {
    let f = words().get(lower);
    if f & bit::ROLE_HEAD != 0 || f & bit::ROLE == 0 && is_ologist(lower) {
        Some(RoleWord::Head)
    } else if f & bit::ROLE_MODIFIER != 0 {
        Some(RoleWord::Modifier)
    } else if f & bit::ROLE_RELATION != 0 {
        Some(RoleWord::Relation)
    } else {
        None
    }
}

/// What the lists say about one lower-case word, from one lookup, for the rules that ask
/// several questions of the same word.
#[derive(Clone, Copy, Debug)]
pub struct Word(u64);

/// The lists' word on `lower`.
pub fn word(lower: &str) -> Word {
    Word(words().get(lower))
}

impl Word {
    /// See [`function_words`].
    pub fn is_function(self) -> bool {
        self.0 & bit::FUNCTION != 0
    }

    /// A role head that is never a surname ("President", "Minister"); other role words can
    /// be ("Judge", "Prince").
    pub fn is_title(self) -> bool {
        self.0 & bit::TITLE != 0
    }

    /// A word after which a name ends, even after a given name: a day ("said Dragan
    /// Saturday" names Dragan) or a noun of a thing ("the Rose Garden", "the Whitfield
    /// Memos").
    pub fn ends_name(self) -> bool {
        self.0 & (bit::DAY | bit::ENDS_NAME) != 0
    }
}

/// Professions named by "-ologist" are role heads whether listed or not ("meteorologist",
/// "epidemiologist").
fn is_ologist(lower: &str) -> bool {
    lower.len() > 8 && lower.ends_with("ologist")
}

/// Whether a capitalised word is usually no name: on the not-names, a form of a country, a
/// demonym, an organisation word, an agency or a role word. The name scanner asks this of
/// nearly every capitalised word; one lookup answers the six lists.
pub fn usually_no_name(lower: &str) -> bool {
    words().get(lower)
        & (bit::NOT_NAME | bit::DEMONYM | bit::ORG_WORD | bit::AGENCY | bit::COUNTRY | bit::ROLE)
        != 0
        || is_ologist(lower)
}

#[cfg(test)]
mod tests;
