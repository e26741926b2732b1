//! The one loader for the word lists of `assets/`: every extractor's vocabulary is a plain text
//! file read here, so that all of them follow one format and each idea has one list.
//!
//! The format: one entry a line, `#` starts a comment, blank lines are ignored. A `[name]` line
//! starts a section; a file declares the sections it may hold (see [`files`]), so a misspelt
//! header is an error rather than a silently empty list. An entry is a word or a phrase (its
//! *key*), optionally followed by columns after `|`: `Boxing Day | 12-26`. A file may instead
//! declare *tags*, words its entries carry in their columns (`reported | sourcing neutral`),
//! which mark a word without listing it twice.
//!
//! What a file gives: its sections' entries as written ([`List::section`]), and per-word flags
//! ([`List::flags`]): for each lower-cased key, the bits its caller gave to the entry's
//! section and tags, so that one hash lookup answers every list a word is in.

pub mod files;

pub use files::*;

use foldhash::fast::FixedState;
use std::fmt;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// An embedded word-list file with the sections and tags it may hold, parsed on first use.
pub struct Source {
    path: &'static str,
    text: &'static str,
    sections: &'static [&'static str],
    tags: &'static [&'static str],
    list: OnceLock<List>,
}

impl Source {
    /// A file's text (`include_str!`), named by its `path` for messages. `sections` empty: the
    /// file has none; `tags` empty: columns are data, not tags.
    pub const fn new(
        path: &'static str,
        text: &'static str,
        sections: &'static [&'static str],
        tags: &'static [&'static str],
    ) -> Source {
        Source {
            path,
            text,
            sections,
            tags,
            list: OnceLock::new(),
        }
    }

    /// The parsed file. The files are compiled in, so a malformed one is a bug of this program,
    /// caught by the test that parses every file; it panics with the file, line and problem.
    pub fn list(&'static self) -> &'static List {
        self.list.get_or_init(|| {
            List::parse(self.path, self.text, self.sections, self.tags)
                .unwrap_or_else(|e| panic!("{e}"))
        })
    }
}

/// One entry: its text (the line without its comment, trimmed), where it stands, and its tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub text: &'static str,
    /// 1-based line number in its file.
    pub line: u32,
    /// Bit `i` for the file's `i`th declared tag.
    tags: u64,
}

impl Entry {
    /// The word or phrase the entry is about: its text before the first `|`.
    pub fn key(&self) -> &'static str {
        self.text.split('|').next().unwrap_or("").trim()
    }

    /// The entry's columns after its key, trimmed: `Boxing Day | 12-26` has one, `12-26`.
    pub fn columns(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.text.split('|').skip(1).map(str::trim)
    }

    /// The words of its columns, for lists whose columns are other forms of the key
    /// (abbreviations, plurals): `Tuesday | Tue Tues` has `Tue` and `Tues`.
    pub fn forms(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.columns().flat_map(str::split_whitespace)
    }

    /// The `n`th column (0 is the first after the key).
    pub fn column(&self, n: usize) -> Option<&'static str> {
        self.columns().nth(n)
    }
}

/// A parsed file: its entries, section by section, in the order the file declares them.
#[derive(Debug)]
pub struct List {
    path: &'static str,
    /// Parallel to `names`; an unsectioned file has one, named "".
    sections: Vec<Vec<Entry>>,
    names: Vec<&'static str>,
    tags: &'static [&'static str],
}

/// What is wrong with a file: its path, the line and the problem.
#[derive(Debug, PartialEq, Eq)]
pub struct Error {
    pub path: &'static str,
    pub line: u32,
    pub problem: Problem,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    /// A `[section]` the file does not declare.
    UnknownSection(String),
    /// A section header in a file without sections, or an entry before the first header of a
    /// file with sections.
    OutsideSection,
    /// A tag the file does not declare.
    UnknownTag(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.path, self.line)?;
        match &self.problem {
            Problem::UnknownSection(s) => write!(f, "unknown section [{s}]"),
            Problem::OutsideSection => write!(f, "entry outside the file's sections"),
            Problem::UnknownTag(t) => write!(f, "unknown tag {t:?}"),
        }
    }
}

impl std::error::Error for Error {}

impl List {
    /// Parses `text`, which may hold the `sections` (none: an unsectioned list) and `tags`.
    pub fn parse(
        path: &'static str,
        text: &'static str,
        sections: &'static [&'static str],
        tags: &'static [&'static str],
    ) -> Result<List, Error> {
        let names: Vec<&'static str> = if sections.is_empty() {
            vec![""]
        } else {
            sections.to_vec()
        };
        let mut list = List {
            path,
            sections: vec![Vec::new(); names.len()],
            names,
            tags,
        };
        // Unsectioned files start in their one section; sectioned files in none.
        let mut current = sections.is_empty().then_some(0);
        for (n, line) in text.lines().enumerate() {
            let err = |problem| Error {
                path,
                line: n as u32 + 1,
                problem,
            };
            let entry = line.split('#').next().unwrap_or("").trim();
            if entry.is_empty() {
                continue;
            }
            if let Some(name) = entry.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
                if sections.is_empty() {
                    return Err(err(Problem::OutsideSection));
                }
                let at = sections.iter().position(|s| *s == name);
                current = Some(at.ok_or_else(|| err(Problem::UnknownSection(name.into())))?);
                continue;
            }
            let section = current.ok_or_else(|| err(Problem::OutsideSection))?;
            let mut e = Entry {
                text: entry,
                line: n as u32 + 1,
                tags: 0,
            };
            if !tags.is_empty() {
                for tag in e.columns().flat_map(str::split_whitespace) {
                    let bit = tags.iter().position(|t| *t == tag);
                    e.tags |= 1 << bit.ok_or_else(|| err(Problem::UnknownTag(tag.into())))?;
                }
            }
            list.sections[section].push(e);
        }
        Ok(list)
    }

    fn section_index(&self, name: &str) -> usize {
        self.names
            .iter()
            .position(|s| *s == name)
            .unwrap_or_else(|| panic!("{} has no section [{name}]", self.path))
    }

    /// The entries of a section, as written. Panics on a section the file does not declare: the
    /// caller asks by a name written in the code.
    pub fn section(&self, name: &str) -> &[Entry] {
        &self.sections[self.section_index(name)]
    }

    /// Every entry of the file, section after section.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.sections.iter().flatten()
    }

    /// Whether `e` carries `tag`. Panics on a tag the file does not declare.
    pub fn has_tag(&self, e: &Entry, tag: &str) -> bool {
        let bit = self
            .tags
            .iter()
            .position(|t| *t == tag)
            .unwrap_or_else(|| panic!("{} has no tag {tag:?}", self.path));
        e.tags & (1 << bit) != 0
    }

    /// Adds this file's words to `flags`: each entry's lower-cased key gets the bits `bits`
    /// gives to its section and to each of its tags (by name; a file without sections has the
    /// one section ""). Sections and tags `bits` does not name add nothing; a name the file
    /// does not declare panics, as [`List::section`] does.
    pub fn flags(&self, bits: &[(&str, u64)], flags: &mut Flags) {
        let mut by_section = vec![0u64; self.names.len()];
        let mut by_tag = [0u64; 64];
        for &(name, b) in bits {
            if let Some(s) = self.names.iter().position(|s| *s == name) {
                by_section[s] |= b;
            } else if let Some(t) = self.tags.iter().position(|t| *t == name) {
                by_tag[t] |= b;
            } else {
                panic!("{} has no section or tag {name:?}", self.path);
            }
        }
        for (s, entries) in self.sections.iter().enumerate() {
            for e in entries {
                let mut f = by_section[s];
                for (t, b) in by_tag.iter().enumerate().take(self.tags.len()) {
                    if e.tags & (1 << t) != 0 {
                        f |= b;
                    }
                }
                if f != 0 {
                    flags.add(e.key(), f);
                }
            }
        }
    }
}

/// Words (lower case) and their flags: a bitset a word, whose bits the caller names.
///
/// Looked up for most words of every paragraph, so a lookup hashes the word once and compares
/// 64-bit keys only, never the words themselves: with one table for all the lists, most
/// listed words are found by questions about some other list, and comparing their bytes each
/// time cost more than the hash. Two words sharing a key is a chance of about one in 10^15
/// per lookup; among the listed words it is checked when the table is built.
#[derive(Default, Debug)]
pub struct Flags {
    flags: KeyMap<u64>,
    words: KeyMap<Box<str>>,
}

/// Maps keyed by [`key`], which is already a hash.
type KeyMap<V> = std::collections::HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// The key of a lower-case word: foldhash with a fixed seed, so a run's tables are the same.
fn key(lower: &str) -> u64 {
    FixedState::default().hash_one(lower)
}

/// A hasher for keys that are hashes already.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl Flags {
    /// Sets `bits` on `word` (lower-cased), keeping the bits it has. The files write
    /// apostrophes as ASCII; a word with one is found with the typographic one too ("don’t"),
    /// as news text writes it.
    pub fn add(&mut self, word: &str, bits: u64) {
        if word.contains('\'') {
            self.insert(word.replace('\'', "\u{2019}").to_lowercase(), bits);
        }
        self.insert(word.to_lowercase(), bits);
    }

    fn insert(&mut self, lower: String, bits: u64) {
        let k = key(&lower);
        let w = self.words.entry(k).or_insert_with(|| lower.as_str().into());
        assert!(**w == *lower, "word-list keys collide: {w:?} and {lower:?}");
        *self.flags.entry(k).or_default() |= bits;
    }

    /// The flags of a lower-case word, 0 when it is on no list.
    #[inline]
    pub fn get(&self, lower: &str) -> u64 {
        self.flags.get(&key(lower)).copied().unwrap_or(0)
    }

    /// The table's own copy of a lower-case word, with its flags.
    pub fn entry(&self, lower: &str) -> Option<(&str, u64)> {
        let k = key(lower);
        Some((self.words.get(&k)?, self.flags.get(&k).copied()?))
    }

    /// Every word with its flags, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u64)> {
        self.words.iter().map(|(k, w)| (&**w, self.flags[k]))
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
# A header comment, then the first section.
[verbs]
said
reported | sourcing neutral   # a tag column
# a comment between entries

[phrases]
according to | sourcing
Boxing Day
";

    fn parse(text: &'static str) -> Result<List, Error> {
        List::parse(
            "test.txt",
            text,
            &["verbs", "phrases", "empty"],
            &["sourcing", "neutral"],
        )
    }

    #[test]
    fn reads_sections_entries_and_comments() {
        let l = parse(TEXT).unwrap();
        let keys = |s| l.section(s).iter().map(Entry::key).collect::<Vec<_>>();
        assert_eq!(keys("verbs"), ["said", "reported"]);
        assert_eq!(keys("phrases"), ["according to", "Boxing Day"]);
        assert!(l.section("empty").is_empty());
        assert_eq!(l.section("verbs")[1].line, 4);
        assert_eq!(l.section("verbs")[1].text, "reported | sourcing neutral");
        assert_eq!(l.entries().count(), 4);
    }

    #[test]
    fn entries_have_columns_and_tags() {
        let l = List::parse("t.txt", "Boxing Day | 12-26 | fixed\nEaster", &[], &[]).unwrap();
        let e = l.section("")[0];
        assert_eq!(e.key(), "Boxing Day");
        assert_eq!(e.columns().collect::<Vec<_>>(), ["12-26", "fixed"]);
        let l = List::parse("t.txt", "Tuesday | Tue Tues\nMay", &[], &[]).unwrap();
        assert_eq!(
            l.section("")[0].forms().collect::<Vec<_>>(),
            ["Tue", "Tues"]
        );
        assert_eq!(l.section("")[1].forms().count(), 0);
        assert_eq!(e.column(1), Some("fixed"));
        assert_eq!(l.section("")[1].column(0), None);
        let l = parse(TEXT).unwrap();
        let reported = l.section("verbs")[1];
        assert!(l.has_tag(&reported, "sourcing") && l.has_tag(&reported, "neutral"));
        assert!(!l.has_tag(&l.section("verbs")[0], "sourcing"));
    }

    #[test]
    fn flags_come_from_sections_and_tags() {
        let l = parse(TEXT).unwrap();
        let mut f = Flags::default();
        l.flags(&[("verbs", 1), ("sourcing", 2), ("neutral", 4)], &mut f);
        assert_eq!(f.get("said"), 1);
        assert_eq!(f.get("reported"), 1 | 2 | 4);
        // A section the caller gives no bit adds nothing; its tags still count.
        assert_eq!(f.get("according to"), 2);
        assert_eq!(f.get("boxing day"), 0);
        // Keys are lower-cased; bits from several lists add up.
        l.flags(&[("phrases", 8)], &mut f);
        assert_eq!(f.get("boxing day"), 8);
        assert_eq!(f.get("according to"), 2 | 8);
        assert_eq!(f.entry("said"), Some(("said", 1)));
        assert_eq!(f.len(), 4);
        f.add("Don't", 16);
        assert_eq!((f.get("don't"), f.get("don\u{2019}t")), (16, 16));
    }

    #[test]
    fn unknown_sections_and_tags_are_errors_with_their_line() {
        let e = parse("[verbs]\nsaid\n[verbz]\ntold").unwrap_err();
        assert_eq!(e.problem, Problem::UnknownSection("verbz".into()));
        assert_eq!(e.to_string(), "test.txt:3: unknown section [verbz]");
        let e = parse("[verbs]\nsaid | neutrall").unwrap_err();
        assert_eq!(
            (e.line, e.problem),
            (2, Problem::UnknownTag("neutrall".into()))
        );
        // An entry before the first header of a sectioned file, a header in a plain one.
        assert_eq!(
            parse("said\n[verbs]").unwrap_err().problem,
            Problem::OutsideSection
        );
        let plain = List::parse("p.txt", "a\n[b]\n", &[], &[]).unwrap_err();
        assert_eq!(plain.problem, Problem::OutsideSection);
    }

    #[test]
    #[should_panic(expected = "test.txt has no section [nouns]")]
    fn asking_for_an_undeclared_section_panics() {
        parse(TEXT).unwrap().section("nouns");
    }

    #[test]
    #[should_panic(expected = "has no section or tag")]
    fn flagging_an_undeclared_name_panics() {
        parse(TEXT)
            .unwrap()
            .flags(&[("nouns", 1)], &mut Flags::default());
    }

    /// Every file of `assets/` parses: the panics of [`Source::list`] cannot happen.
    #[test]
    fn every_asset_file_parses() {
        for src in files::ALL {
            List::parse(src.path, src.text, src.sections, src.tags).unwrap();
            assert!(src.list().entries().count() > 0, "{} is empty", src.path);
        }
    }
}
