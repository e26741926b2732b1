//! Lower-cased words without allocation. The scanners look every capitalised word and
//! every word around a quote up in the lists, lower-cased; a heap string for each of those
//! lookups was a large share of the analysis time. [`Lower`] keeps short ASCII words (nearly
//! all words of news text) on the stack and falls back to `str::to_lowercase` otherwise, so
//! the result is always exactly `to_lowercase`'s.

use arrayvec::ArrayString;
use std::fmt;
use std::ops::Deref;

/// Words up to this many bytes are lower-cased on the stack.
const INLINE: usize = 30;

/// A lower-cased word; derefs to `str`.
#[derive(Clone)]
pub enum Lower {
    /// On the stack: reading it back as `str` costs nothing (no UTF-8 check on every use,
    /// which a byte buffer would need).
    Inline(ArrayString<INLINE>),
    Heap(String),
}

impl Lower {
    /// `word.to_lowercase()`, without allocating for short ASCII words.
    pub fn new(word: &str) -> Lower {
        if word.is_ascii()
            && let Ok(mut s) = ArrayString::from(word)
        {
            s.make_ascii_lowercase();
            return Lower::Inline(s);
        }
        Lower::Heap(word.to_lowercase())
    }

    pub fn as_str(&self) -> &str {
        match self {
            Lower::Inline(s) => s,
            Lower::Heap(s) => s,
        }
    }
}

/// Lower-cased copy of a word without a final period.
pub fn lower(w: &str) -> Lower {
    Lower::new(w.trim_end_matches('.'))
}

impl Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Debug for Lower {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_to_lowercase() {
        for w in [
            "Putin",
            "U.S.",
            "ÉLYSÉE",
            "İstanbul",
            "",
            "X",
            &"Ab".repeat(40),
        ] {
            assert_eq!(Lower::new(w).as_str(), w.to_lowercase(), "{w}");
        }
        assert_eq!(lower("Gen."), "gen");
        assert!(matches!(Lower::new("Said"), Lower::Inline(_)));
    }
}
