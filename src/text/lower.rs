//! Lowercasing words, one way for every module: ASCII words (nearly all words of news text)
//! in place, others character by character, with a curly apostrophe read as a straight one,
//! so that "won’t" meets "won't" in a word list and "Xi’s" is the same word as "Xi's".
//!
//! Two forms of the one rule: [`lower_into`] writes a word's normal form (possessive dropped)
//! into a reused buffer, for the timeline's and the comparison's terms; [`Lower`] keeps a
//! lowercased word on the stack, for the analysis's many short-lived list lookups, where a
//! heap string per lookup was a large share of the analysis time.

use arrayvec::ArrayString;
use std::fmt;
use std::ops::Deref;

/// Appends `word` lowercased to `buf`, a curly apostrophe made straight (for building a
/// lowercased phrase word by word).
#[inline]
pub fn push_lower(word: &str, buf: &mut String) {
    if word.is_ascii() {
        let from = buf.len();
        buf.push_str(word);
        buf[from..].make_ascii_lowercase();
    } else {
        buf.extend(
            word.chars()
                .map(|c| if c == '’' { '\'' } else { c })
                .flat_map(char::to_lowercase),
        );
    }
}

/// Writes the normal form of `word` into `buf` (cleared first): lowercased, a curly apostrophe
/// made straight, a possessive `'s` or a bare final apostrophe dropped ("Xi’s" → "xi",
/// "leaders'" → "leaders").
pub fn lower_into(word: &str, buf: &mut String) {
    buf.clear();
    push_lower(word, buf);
    if buf.ends_with("'s") {
        buf.truncate(buf.len() - 2);
    } else if buf.ends_with('\'') {
        buf.pop();
    }
}

/// Words up to this many bytes are lowercased on the stack.
const INLINE: usize = 30;

/// A lowercased word; derefs to `str`.
#[derive(Clone)]
pub enum Lower {
    /// On the stack: reading it back as `str` costs nothing (no UTF-8 check on every use,
    /// which a byte buffer would need).
    Inline(ArrayString<INLINE>),
    Heap(String),
}

impl Lower {
    /// `word` lowercased, without allocating for short ASCII words. Unlike [`lower_into`] it
    /// keeps a possessive: the analysis's tokens have theirs split off already.
    pub fn new(word: &str) -> Lower {
        if word.is_ascii()
            && let Ok(mut s) = ArrayString::from(word)
        {
            s.make_ascii_lowercase();
            return Lower::Inline(s);
        }
        let mut s = String::with_capacity(word.len());
        push_lower(word, &mut s);
        Lower::Heap(s)
    }

    pub fn as_str(&self) -> &str {
        match self {
            Lower::Inline(s) => s,
            Lower::Heap(s) => s,
        }
    }
}

/// Lowercased copy of a word without a final period ("Gen." → "gen").
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

    fn normal(w: &str) -> String {
        let mut buf = String::from("left over");
        lower_into(w, &mut buf);
        buf
    }

    #[test]
    fn both_forms_lowercase_alike() {
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
            assert_eq!(normal(w), w.to_lowercase(), "{w}");
        }
        assert_eq!(lower("Gen."), "gen");
        assert!(matches!(Lower::new("Said"), Lower::Inline(_)));
    }

    #[test]
    fn curly_apostrophes_read_straight_and_the_normal_form_drops_a_possessive() {
        for (word, want) in [
            ("DIDN’T", "didn't"),
            ("Xi’s", "xi"),
            ("Xi's", "xi"),
            ("leaders'", "leaders"),
            ("Zoë’s", "zoë"),
        ] {
            assert_eq!(normal(word), want, "{word}");
        }
        assert_eq!(Lower::new("Won’t").as_str(), "won't");
        assert_eq!(Lower::new("Xi’s").as_str(), "xi's");
    }
}
