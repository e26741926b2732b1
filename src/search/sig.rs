//! A small summary of each entry's text, read before the text itself. Most of a keystroke's
//! cost is fetching entries' text from memory; a summary of 72 bytes decides many entries
//! alone: which letters occur, which pairs of adjacent bytes occur (no contiguous occurrence of
//! a term without all of its pairs), and which letters start a field, a word or follow
//! punctuation (what a one-letter term's score depends on).

use super::scan::{SEP, bit};

/// The summary of one entry's lowercased text.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Sig {
    /// [`bit`] of every byte.
    pub bytes: u64,
    /// A 256-bit set of hashed adjacent byte pairs, within fields.
    pub pairs: [u64; 4],
    /// Bits of the letters and digits that start a field, start a word (after a space or
    /// bracket), follow other punctuation, and stand alone as a word.
    pub heads: [u64; 4],
}

/// Which of the 256 pair bits `(a, b)` sets: (word, bit).
#[inline]
fn pair(a: u8, b: u8) -> (usize, u64) {
    let h = (usize::from(a).wrapping_mul(0x9E) ^ usize::from(b).wrapping_mul(0x3B)) & 255;
    (h >> 6, 1 << (h & 63))
}

/// The pair set of a needle: an entry lacking any of these has no contiguous occurrence.
pub fn pairs(needle: &[u8]) -> [u64; 4] {
    let mut set = [0u64; 4];
    for w in needle.windows(2) {
        let (i, b) = pair(w[0], w[1]);
        set[i] |= b;
    }
    set
}

/// The head classes as the matcher sees them (SkimMatcherV2's character classes).
fn class(prev: Option<u8>) -> usize {
    match prev {
        None | Some(SEP) => 0,
        Some(b' ' | b'/' | b'\\' | b'|' | b'(' | b')' | b'[' | b']' | b'{' | b'}') => 1,
        Some(b'!'..=b'\'' | b'*'..=b'.' | b':'..=b'@' | b'^'..=b'`' | b'~') => 2,
        _ => 3,
    }
}

impl Sig {
    pub fn of(text: &[u8]) -> Sig {
        let mut sig = Sig::default();
        let word = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80);
        for (i, &b) in text.iter().enumerate() {
            sig.bytes |= bit(b);
            let prev = i.checked_sub(1).and_then(|p| text.get(p)).copied();
            if let Some(p) = prev.filter(|&p| p != SEP && b != SEP) {
                let (w, m) = pair(p, b);
                sig.pairs[w] |= m;
            }
            if b.is_ascii_alphanumeric() {
                let c = class(prev);
                if c < 3 {
                    sig.heads[c] |= bit(b);
                }
                if !word(prev.as_ref()) && !word(text.get(i + 1)) {
                    sig.heads[3] |= bit(b);
                }
            }
        }
        sig
    }

    /// Whether every pair of `needle_pairs` may occur.
    #[inline]
    pub fn has_pairs(&self, needle_pairs: &[u64; 4]) -> bool {
        self.pairs
            .iter()
            .zip(needle_pairs)
            .all(|(have, want)| have & want == *want)
    }

    /// For a one-letter term `b` (ASCII letter or digit, present): the matcher's bonus at its
    /// best place, and whether it stands alone somewhere.
    pub fn single(&self, b: u8) -> (i32, bool) {
        let m = bit(b);
        let head = if self.heads[0] & m != 0 {
            16
        } else if self.heads[1] & m != 0 {
            8
        } else if self.heads[2] & m != 0 {
            7
        } else {
            0
        };
        (head, self.heads[3] & m != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_reject_only_absent_runs() {
        let sig = Sig::of(b"vladimir putin\0kremlin");
        for present in ["vla", "putin", "r p", "kremlin", "in"] {
            assert!(sig.has_pairs(&pairs(present.as_bytes())), "{present}");
        }
        // "nk" spans the separator: never a contiguous occurrence.
        let absent = ["nk", "xq", "zz"];
        assert!(absent.iter().any(|a| !sig.has_pairs(&pairs(a.as_bytes()))));
    }

    #[test]
    fn heads_of_single_letters() {
        let sig = Sig::of(b"vote (a) x-ray\0zed");
        assert_eq!(sig.single(b'v'), (16, false));
        assert_eq!(sig.single(b'z'), (16, false));
        assert_eq!(sig.single(b'a'), (8, true));
        assert_eq!(sig.single(b'r'), (7, false));
        assert_eq!(sig.single(b'o'), (0, false));
        assert_eq!(sig.single(b'x'), (8, true), "punctuation ends a word");
    }
}
