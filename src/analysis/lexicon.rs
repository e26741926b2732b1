//! The word lists the extractors read, from `assets/` through the one loader
//! ([`crate::text::lexicon`]). The lists of words (function words, not-names, organisation
//! words, speech verbs, ...) are one table of per-word flags, so that asking whether a word is
//! on a list, or on any of several, costs one hash lookup: the name scanner asks for most words
//! of every paragraph. The lists that map a word to something (countries, given names, role
//! classes) and the case-sensitive abbreviations keep tables of their own.

use crate::text::lexicon::{
    self as files, ABBREVIATIONS, AGENCIES, ATTRIBUTION, CALENDAR, COUNTRIES, DEMONYM_NOUNS,
    FUNCTION_WORDS, NAMES, NOT_NAMES, ORG_NOUNS, ORG_WORDS, ROLE_CLASSES, ROLES, SPEECH_VERBS,
    Source,
};
use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::OnceLock;

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
            (&NOT_NAMES, &[("", bit::NOT_NAME)]),
            (&ORG_WORDS, &[("", bit::ORG_WORD)]),
            (&ORG_NOUNS, &[("", bit::ORG_NOUN)]),
            (&AGENCIES, &[("", bit::AGENCY)]),
            (&DEMONYM_NOUNS, &[("", bit::DEMONYM)]),
            (
                &NAMES,
                &[("honorific", bit::HONORIFIC), ("particle", bit::PARTICLE)],
            ),
            (
                &ATTRIBUTION,
                &[("between", bit::BETWEEN), ("source", bit::SOURCE_NOUN)],
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
            for form in std::iter::once(e.key()).chain(e.columns()) {
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
    pub fn iter(self) -> impl Iterator<Item = &'static str> {
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
pub fn not_names() -> Set {
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
}

/// Professions named by "-ologist" are role heads whether listed or not ("meteorologist",
/// "epidemiologist").
fn is_ologist(lower: &str) -> bool {
    lower.len() > 8 && lower.ends_with("ologist")
}

/// Role classes: which phrases name the same kind of office ("top diplomat" and
/// "secretary of state"), so a role mention can find the person who holds it.
/// Returns the classes of a role phrase's head (lower-cased).
pub fn role_classes(phrase: &str) -> &'static [String] {
    static MAP: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for e in ROLE_CLASSES.list().entries() {
            for p in e.column(0).unwrap_or("").split(',') {
                let p = p.trim().to_lowercase();
                if !p.is_empty() {
                    map.entry(p).or_default().push(e.key().to_string());
                }
            }
        }
        map
    });
    map.get(phrase).map_or(&[], Vec::as_slice)
}

/// The longest role-class phrase (up to four words) that ends `words`, with the number
/// of words it takes. `words` are lower-cased.
pub fn role_class_suffix(words: &[&str]) -> Option<(&'static [String], usize)> {
    let mut buf = String::new();
    for n in (1..=words.len().min(4)).rev() {
        buf.clear();
        for (i, w) in words[words.len() - n..].iter().enumerate() {
            if i > 0 {
                buf.push(' ');
            }
            buf.push_str(w);
        }
        let c = role_classes(&buf);
        if !c.is_empty() {
            return Some((c, n));
        }
    }
    None
}

/// Countries with their other names: adjective, capital, seat of government. Maps each
/// lower-cased form to the country's first name, so "Russian", "Moscow" and "Kremlin"
/// all qualify a role the same way.
pub fn country_of(lower: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for e in COUNTRIES.list().entries() {
            let first = e.key();
            map.insert(first.to_lowercase(), first);
            for f in e.columns() {
                map.insert(f.to_lowercase(), first);
            }
        }
        map
    })
    .get(lower)
    .copied()
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

/// True for a nationality or demonym adjective ("Russian", "Chinese"), as opposed to a
/// country's name or capital.
pub fn is_nationality(lower: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        COUNTRIES
            .list()
            .entries()
            .filter_map(|e| e.column(0))
            .map(str::to_lowercase)
            .filter(|f| f != "-")
            .collect()
    })
    .contains(lower)
}

/// A word that names one person of a nation: "Spaniard", "Briton", or a nationality
/// adjective that is also a noun ("Italian", "American"). Those ending like "Chinese",
/// "French", "Dutch" or "Swiss" name the people as a whole ("the French said"), not one.
pub fn is_demonym_noun(lower: &str) -> bool {
    demonym_nouns().contains(lower)
        || is_nationality(lower) && !["ese", "sh", "ch", "ss"].iter().any(|e| lower.ends_with(e))
}

/// Given names, with a gender where the name is mostly one: `Some('f')`, `Some('m')`,
/// or `Some('?')` for a known name of either.
pub fn given_name(lower: &str) -> Option<char> {
    static MAP: OnceLock<HashMap<String, char>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map = HashMap::new();
        // Several names a line; a name in two sections has the later one's gender.
        for (section, gender) in [("male", 'm'), ("female", 'f'), ("either", '?')] {
            for e in NAMES.list().section(section) {
                for n in e.text.split_whitespace() {
                    map.insert(n.to_lowercase(), gender);
                }
            }
        }
        map
    });
    if let Some(&g) = map.get(lower) {
        return Some(g);
    }
    // A compound of given names is one: "jean-luc", "anne-marie", with the first's gender.
    if let Some((first, rest)) = lower.split_once('-') {
        let first = given_name(first)?;
        return rest
            .split('-')
            .all(|p| given_name(p).is_some())
            .then_some(first);
    }
    // Accents as the list may not have them: "josé", "maría", "hélène".
    if !lower.is_ascii() {
        let folded: String = lower.chars().map(fold_accent).collect();
        return map.get(&folded).copied();
    }
    None
}

/// A lower-case Latin letter without its accent ('é' → 'e'); any other character as it is.
pub fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' | 'č' => 'c',
        'ñ' => 'n',
        'š' => 's',
        'ž' => 'z',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

/// Abbreviations for the sentence splitter: `(never_ends, may_end)` sets, case as written.
pub fn abbreviations() -> &'static (HashSet<String>, HashSet<String>) {
    static SETS: OnceLock<(HashSet<String>, HashSet<String>)> = OnceLock::new();
    SETS.get_or_init(|| {
        let list = ABBREVIATIONS.list();
        let set = |s| list.section(s).iter().map(|e| e.text.to_string());
        // The calendar's abbreviations ("Jan", "Tues") never end a sentence either.
        let cal = CALENDAR.list();
        let calendar = ["weekday", "month"]
            .into_iter()
            .flat_map(|s| cal.section(s))
            .flat_map(|e| e.forms().map(String::from));
        (
            set("never-final").chain(calendar).collect(),
            set("ambiguous").collect(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_in_compounds_and_without_their_accents() {
        assert_eq!(given_name("jean"), Some('?'));
        assert_eq!(given_name("jean-luc"), Some('?'));
        assert_eq!(given_name("anne-marie"), Some('f'));
        assert_eq!(given_name("hans-peter"), Some('m'));
        assert_eq!(given_name("jean-dupont"), None);
        assert_eq!(given_name("josé"), Some('m'));
        assert_eq!(given_name("maría"), Some('f'));
        assert_eq!(given_name("zürich"), None);
    }

    #[test]
    fn speech_verbs_by_who_speaks() {
        for w in [
            "said",
            "vowed",
            "revealed",
            "commented",
            "reported",
            "according",
            "saying",
        ] {
            assert!(speech_verbs().contains(w), "{w}");
        }
        assert!(is_sourcing("reported") && is_sourcing("according") && !is_sourcing("said"));
        assert!(is_person_speech_verb("said") && is_person_speech_verb("insisted"));
        // Organisations announce; "saying" and "say" do not follow their subject; "claims" is
        // also a noun.
        for w in [
            "announced",
            "reported",
            "saying",
            "say",
            "claims",
            "called",
            "walked",
        ] {
            assert!(!is_person_speech_verb(w), "{w}");
        }
    }

    /// The one set answers as the six lookups it replaces, for every word of every list
    /// and for words in none.
    #[test]
    fn usually_no_name_is_the_union_of_its_lists() {
        let slow = |w: &str| {
            not_names().contains(w)
                || demonym_nouns().contains(w)
                || country_of(w).is_some()
                || org_words().contains(w)
                || agencies().contains(w)
                || role_word(w).is_some()
                || is_nationality(w)
        };
        let mut words: Vec<String> = [
            not_names(),
            org_words(),
            agencies(),
            function_words(),
            demonym_nouns(),
        ]
        .iter()
        .flat_map(|s| s.iter().map(String::from))
        .collect();
        // Every form of a country, every role word and given name, and each of their words.
        let forms = COUNTRIES.list().entries().flat_map(|e| e.columns());
        let keys = [&COUNTRIES, &ROLES, &NAMES]
            .into_iter()
            .flat_map(|src| src.list().entries().map(|e| e.key()));
        for f in forms.chain(keys) {
            words.push(f.to_lowercase());
            words.extend(f.split(' ').map(str::to_lowercase));
        }
        words.extend(["meteorologist", "zoologist", "ologist", "tesvania", ""].map(String::from));
        assert!(words.len() > 1000);
        for w in &words {
            assert_eq!(usually_no_name(w), slow(w), "{w:?}");
        }
    }
}
