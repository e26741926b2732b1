//! The word lists the extractors read, embedded from `assets/` and parsed once.
//! Each list is plain text, one entry a line, `#` starting a comment; lookups are by
//! lower-cased entry unless a list says otherwise. The sets hash with foldhash: they are
//! looked up for most words of every paragraph, where SipHash costs more than the lookup.

use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::OnceLock;

/// The entries of a list: trimmed, without blank lines and comments.
pub fn entries(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

fn lower_set(text: &str) -> HashSet<String> {
    entries(text).map(str::to_lowercase).collect()
}

macro_rules! list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static HashSet<String> {
            static SET: OnceLock<HashSet<String>> = OnceLock::new();
            SET.get_or_init(|| lower_set(include_str!(concat!("../../assets/", $file))))
        }
    };
}

list!(
    /// Function words: capitalised only at the start of a sentence.
    function_words,
    "function_words.txt"
);
list!(
    /// Capitalised words that are never part of a person's name: places, organisations,
    /// institutions, news outlets, months, weekdays, common nouns of headings.
    not_names,
    "not_names.txt"
);
list!(
    /// Words that head an organisation's name ("Council", "Ministry", "Court").
    org_words,
    "org_words.txt"
);
list!(
    /// Common nouns that introduce an organisation's name ("chipmaker", "lender").
    org_nouns,
    "org_nouns.txt"
);
list!(
    /// News agencies and photo services seen in credit lines.
    agencies,
    "agencies.txt"
);
list!(
    /// Speech verbs and cue words: "said", "told", "added", "according".
    speech_verbs,
    "speech_verbs.txt"
);
list!(
    /// Nouns for a person of a nation: "Spaniard", "Briton", "Dane".
    demonym_nouns,
    "demonym_nouns.txt"
);
list!(
    /// Honorifics right before a name: "Mr.", "Dr.", "Sen.".
    honorifics,
    "honorifics.txt"
);

/// A role vocabulary entry: whether a word is a role's head ("President", "spokesperson")
/// or only a modifier that can precede one ("Prime", "Deputy", "Foreign").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RoleWord {
    Head,
    Modifier,
    /// Introduces a name without being a role: "his counterpart, X".
    Relation,
}

/// Role words from `assets/roles.txt`: heads, then modifiers after a `[modifiers]` line.
pub fn role_word(lower: &str) -> Option<RoleWord> {
    static MAP: OnceLock<HashMap<String, RoleWord>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        let mut kind = RoleWord::Head;
        for e in entries(include_str!("../../assets/roles.txt")) {
            match e {
                "[modifiers]" => kind = RoleWord::Modifier,
                "[relations]" => kind = RoleWord::Relation,
                _ => {
                    // A word listed as a head stays a head when also listed as a modifier.
                    map.entry(e.to_lowercase()).or_insert(kind);
                }
            }
        }
        map
    })
    .get(lower)
    .copied()
    .or_else(|| is_ologist(lower).then_some(RoleWord::Head))
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
        for e in entries(include_str!("../../assets/role_classes.txt")) {
            let Some((class, phrases)) = e.split_once(':') else {
                continue;
            };
            for p in phrases.split(',') {
                let p = p.trim().to_lowercase();
                if !p.is_empty() {
                    map.entry(p).or_default().push(class.trim().to_string());
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
        for e in entries(include_str!("../../assets/countries.txt")) {
            let mut forms = e.split('|').map(str::trim);
            let Some(first) = forms.next() else { continue };
            map.insert(first.to_lowercase(), first);
            for f in forms {
                map.insert(f.to_lowercase(), first);
            }
        }
        map
    })
    .get(lower)
    .copied()
}

/// Every word of the lists that make a capitalised word usually no name: not-names,
/// countries and their forms, demonyms, organisation words, agencies and role words, in
/// one set.
/// The name scanner asks this of nearly every capitalised word; one lookup replaces six.
pub fn usually_no_name(lower: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = not_names().clone();
        set.extend(demonym_nouns().iter().cloned());
        set.extend(org_words().iter().cloned());
        set.extend(agencies().iter().cloned());
        for e in entries(include_str!("../../assets/countries.txt")) {
            set.extend(e.split('|').map(|f| f.trim().to_lowercase()));
        }
        for e in entries(include_str!("../../assets/roles.txt")) {
            if !e.starts_with('[') {
                set.insert(e.to_lowercase());
            }
        }
        set
    })
    .contains(lower)
        || is_ologist(lower)
}

/// True for a nationality or demonym adjective ("Russian", "Chinese"), as opposed to a
/// country's name or capital.
pub fn is_nationality(lower: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        entries(include_str!("../../assets/countries.txt"))
            .filter_map(|e| e.split('|').nth(1))
            .map(|f| f.trim().to_lowercase())
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
        let mut gender = '?';
        for e in entries(include_str!("../../assets/given_names.txt")) {
            match e {
                "[female]" => gender = 'f',
                "[male]" => gender = 'm',
                "[either]" => gender = '?',
                _ => {
                    for n in e.split_whitespace() {
                        map.insert(n.to_lowercase(), gender);
                    }
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
        .flat_map(|s| s.iter().cloned())
        .collect();
        for text in [
            include_str!("../../assets/countries.txt"),
            include_str!("../../assets/roles.txt"),
            include_str!("../../assets/given_names.txt"),
        ] {
            words.extend(
                entries(text)
                    .flat_map(|e| e.split(['|', ' ']))
                    .map(|f| f.trim().to_lowercase()),
            );
        }
        words.extend(["meteorologist", "zoologist", "ologist", "tesvania", ""].map(String::from));
        assert!(words.len() > 1000);
        for w in &words {
            assert_eq!(usually_no_name(w), slow(w), "{w:?}");
        }
    }
}
