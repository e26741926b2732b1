//! White space recognised by its UTF-8 bytes: exactly what `char::is_whitespace` accepts,
//! without decoding characters. Word counts and space checks run over every paragraph of
//! every article while loading, where decoding each character was a large share of the time.

/// The byte length of the white-space character starting at byte `i`, or 0 when the
/// character there is not white space (or `i` is not a char boundary).
pub fn space_len(b: &[u8], i: usize) -> usize {
    let at = |k: usize| b.get(i + k).copied();
    match b[i] {
        b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => 1,
        // NEL, no-break space
        0xc2 if matches!(at(1), Some(0x85 | 0xa0)) => 2,
        // Ogham space mark
        0xe1 if at(1) == Some(0x9a) && at(2) == Some(0x80) => 3,
        // the U+2000 block, line and paragraph separators, narrow no-break and math spaces
        0xe2 if matches!(
            (at(1), at(2)),
            (Some(0x80), Some(0x80..=0x8a | 0xa8 | 0xa9 | 0xaf)) | (Some(0x81), Some(0x9f))
        ) =>
        {
            3
        }
        // ideographic space
        0xe3 if at(1) == Some(0x80) && at(2) == Some(0x80) => 3,
        _ => 0,
    }
}

/// ASCII white space, as `char::is_whitespace` has it.
fn is_ascii_space(x: u8) -> bool {
    x == b' ' || (0x09..=0x0d).contains(&x)
}

/// `s.split_whitespace().count()`, stopping once it passes `limit`: exact up to `limit`,
/// and any larger answer only means "more than `limit`".
pub fn count_words_upto(s: &str, limit: usize) -> usize {
    let b = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    while i < b.len() {
        // Thirty-two ASCII bytes at a time, as bit masks: most text is ASCII.
        if let Some(chunk) = b.get(i..i + 32) {
            let (mut space, mut high) = (0u32, 0u8);
            for (k, &x) in chunk.iter().enumerate() {
                space |= u32::from(is_ascii_space(x)) << k;
                high |= x;
            }
            if high.is_ascii() {
                // A word starts at each byte that is no space after one that is (before
                // the chunk: after a space unless a word was going on).
                let after_space = (space << 1) | u32::from(!in_word);
                n += (!space & after_space).count_ones() as usize;
                in_word = space >> 31 == 0;
                i += 32;
                if n > limit {
                    return n;
                }
                continue;
            }
        }
        // The rest of the chunk (or of the text) byte by byte: a byte of a multi-byte
        // letter is no space, and a multi-byte space is skipped whole.
        let end = (i + 32).min(b.len());
        while i < end {
            match space_len(b, i) {
                0 => {
                    if !in_word {
                        n += 1;
                        if n > limit {
                            return n;
                        }
                        in_word = true;
                    }
                    i += 1;
                }
                len => {
                    in_word = false;
                    i += len;
                }
            }
        }
    }
    n
}

/// `s.split_whitespace().count()`.
pub fn count_words(s: &str) -> usize {
    count_words_upto(s, usize::MAX)
}

/// White space other than a plain space: tabs, newlines, no-break and other Unicode spaces.
pub fn has_odd_space(b: &[u8]) -> bool {
    let odd = |i: usize| b[i] != b' ' && space_len(b, i) > 0;
    // The bytes such a character can start with, tested sixteen at a time without
    // branches; the exact test runs only on chunks that hold one.
    let may_start = |x: u8| (0x09..=0x0d).contains(&x) | (x == 0xc2) | (0xe1..=0xe3).contains(&x);
    let mut at = 0;
    for chunk in b.chunks_exact(16) {
        if chunk.iter().fold(false, |any, &x| any | may_start(x)) && (at..at + 16).any(odd) {
            return true;
        }
        at += 16;
    }
    (at..b.len()).any(odd)
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        let spaces: Vec<char> = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        for c in &spaces {
            let s = format!("a{c}b{c}{c}c \u{e9}t\u{e9}{c}");
            assert_eq!(count_words(&s), s.split_whitespace().count(), "{c:?}");
            assert_eq!(has_odd_space(s.as_bytes()), *c != ' ', "{c:?}");
        }
        for s in ["", "  ", "one", " two  words ", "x\u{2029}y\u{feff}z"] {
            assert_eq!(count_words(s), s.split_whitespace().count(), "{s:?}");
        }
        assert_eq!(count_words_upto("a b c d", 2), 3);
    }

    /// Long texts, where whole chunks are counted at once, mixed with letters and spaces
    /// of several bytes at every position.
    #[test]
    fn long_texts_agree_with_the_standard_library() {
        let pieces = [
            "a", "word", " ", "  ", "\n", "\t", "é", "\u{a0}", "\u{2003}", "“", "x y", ".",
        ];
        let mut seed = 7u64;
        for _ in 0..400 {
            let mut s = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 33) % 300;
            for _ in 0..len {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let words = s.split_whitespace().count();
            assert_eq!(count_words(&s), words, "{s:?}");
            for limit in [0, 1, 5, 40] {
                let got = count_words_upto(&s, limit);
                if words <= limit {
                    assert_eq!(got, words, "{s:?} up to {limit}");
                } else {
                    assert!(got > limit, "{s:?} up to {limit}: {got}");
                }
            }
        }
    }
}
