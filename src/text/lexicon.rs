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
mod flags;

pub use files::*;
pub use flags::Flags;

use std::fmt;
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

#[cfg(test)]
mod tests;
