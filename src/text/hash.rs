//! Hashing, one way for the whole crate: the hash map and set the hot loops use, and the keys
//! words and terms are filed under.
//!
//! The maps hash with foldhash: the keys are words and numbers from the corpus, nothing here
//! needs protection from crafted collisions, and std's SipHash costs more than the lookups
//! themselves. The seed is fixed rather than random, so that where code walks a map the order
//! is the same on every run and every machine (for a given foldhash version); code whose
//! output follows from a walk sorts or sums by content all the same, so that a new hasher
//! cannot change what is printed.
//!
//! Word keys are not hashers but identities: [`key`] and [`term_of`] are stored in tables and
//! vectors (the timeline's word lists, its terms, the comparison's terms) and compared, so they
//! must stay the same function of the word wherever they are computed.

use crate::text::lower::lower_into;
use foldhash::fast::FixedState;

/// A hash map with a fast, fixed-seed hasher.
pub type Map<K, V> = std::collections::HashMap<K, V, FixedState>;
/// A hash set with a fast, fixed-seed hasher.
pub type Set<K> = std::collections::HashSet<K, FixedState>;

/// The key of a lowercased word: FNV-1a over its bytes, then a final mix so that every bit
/// depends on every byte.
pub fn key(bytes: &[u8]) -> u64 {
    mix(fnv(bytes.iter().copied()))
}

/// The key of a word as [`lower_into`] would write it, without writing it for ASCII words
/// (most of them); `buf` holds the lowercased form only for the others.
pub fn word_key(word: &str, buf: &mut String) -> u64 {
    if !word.is_ascii() {
        lower_into(word, buf);
        return key(buf.as_bytes());
    }
    let mut b = word.as_bytes();
    if b.len() >= 2 && b[b.len() - 2] == b'\'' && b[b.len() - 1].eq_ignore_ascii_case(&b's') {
        b = &b[..b.len() - 2];
    } else if b.last() == Some(&b'\'') {
        b = &b[..b.len() - 1];
    }
    mix(fnv(b.iter().map(u8::to_ascii_lowercase)))
}

/// The term of a normal form or stem: 32 bits, never 0 (0 stands for "no term"). Two terms
/// may collide now and then among hundreds of thousands, which only nudges a similarity.
pub fn term_of(bytes: &[u8]) -> u32 {
    ((key(bytes) >> 32) as u32) | 1
}

fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A 64-bit finaliser (MurmurHash3's): spreads a value's bits over the whole word.
pub fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_keys_match_lowercased_keys() {
        let mut buf = String::new();
        for w in [
            "Xi's",
            "Xi’s",
            "TALKS",
            "Zoë",
            "one-on-one",
            "leaders'",
            "A'S",
        ] {
            let k = word_key(w, &mut buf);
            lower_into(w, &mut buf);
            assert_eq!(k, key(buf.as_bytes()), "{w}");
        }
    }

    #[test]
    fn terms_are_never_zero_and_follow_the_bytes() {
        assert_ne!(term_of(b""), 0);
        assert_eq!(term_of(b"talk"), term_of(b"talk"));
        assert_ne!(term_of(b"talk"), term_of(b"talks"));
    }

    #[test]
    fn maps_walk_in_the_same_order_every_time() {
        let build = || (0..1000u32).map(|i| (i, i)).collect::<Map<u32, u32>>();
        let a: Vec<u32> = build().into_keys().collect();
        let b: Vec<u32> = build().into_keys().collect();
        assert_eq!(a, b);
    }
}
