//! Per-word flags: the table a loaded word list gives its readers, one bitset a lower-case
//! word, asked with one hash and no comparison of the word's bytes.

use foldhash::fast::FixedState;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

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
