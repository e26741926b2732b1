//! The lists that map a word to something rather than flag it: role classes, countries and
//! their forms, given names with their gender, and the sentence splitter's abbreviations,
//! case as written.

use super::demonym_nouns;
use crate::text::lexicon::{COUNTRIES, NAMES, ROLE_CLASSES};
use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::OnceLock;

/// Role classes: which phrases name the same kind of office ("top diplomat" and
/// "secretary of state"), so a role mention can find the person who holds it.
/// Returns the classes of a role phrase's head (lower-cased).
fn role_classes(phrase: &str) -> &'static [String] {
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

/// Whether two lower-cased given names are a short form and its full one ("bob" and
/// "robert", "liz" and "elizabeth"), either way round.
pub fn short_form_of(a: &str, b: &str) -> bool {
    static MAP: OnceLock<HashSet<(String, String)>> = OnceLock::new();
    let pairs = MAP.get_or_init(|| {
        let mut pairs = HashSet::default();
        for e in NAMES.list().section("short") {
            let short = e.key().to_lowercase();
            for full in e.forms() {
                pairs.insert((short.clone(), full.to_lowercase()));
            }
        }
        pairs
    });
    let key = |x: &str, y: &str| (x.to_string(), y.to_string());
    pairs.contains(&key(a, b)) || pairs.contains(&key(b, a))
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
