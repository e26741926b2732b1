//! Words of story text as the timeline reads them (the text layer's words), and the terms
//! standing for people. Words are lowercased, stemmed and keyed by the text layer
//! ([`lower_into`], [`stem`], [`key`], [`word_key`], [`term_of`]), re-exported here for the
//! timeline's modules.

use crate::text::Span;
use crate::text::hash::mix;
pub(crate) use crate::text::hash::{key, term_of, word_key};
pub(crate) use crate::text::lower::lower_into;
pub(crate) use crate::text::stem::stem;
use crate::text::token::{self, Kind, Token};

/// The words of `text` as the timeline reads them, into `out`: the text layer's words and
/// numbers, a possessive ending kept with its word ("Beijing’s", as labels quote it; its key
/// is the word's, see [`lower_into`]), marks left out.
pub(crate) fn words(text: &str, out: &mut Vec<Token>) {
    token::words(text, 0, out);
    let mut kept = 0;
    for k in 0..out.len() {
        let t = out[k];
        if t.is_word() {
            out[kept] = t;
            kept += 1;
        } else if t.kind == Kind::Possessive
            && let Some(w) = kept.checked_sub(1).map(|i| &mut out[i])
            && w.span.end() == t.span.start()
        {
            w.span = Span::new(w.span.start(), t.span.end());
        }
    }
    out.truncate(kept);
}

/// The text of word `w` of `text` as the word lists hold it (see [`token::without_period`]).
pub(crate) fn word_text<'a>(text: &'a str, w: &Token) -> &'a str {
    token::without_period(text.get(w.span.range()).unwrap_or(""))
}

/// The kind of happening of verbs of saying.
pub(crate) fn say() -> u32 {
    term_of(b"say")
}

/// The term standing for person `id` (even, so never equal to a word's term).
pub(crate) fn person_term(id: usize) -> u32 {
    (mix(0x7065_7273_6f6e ^ (id as u64)) as u32) & !1 | 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_compounds_and_leaves_out_possessives_and_marks() {
        let t = "Xi’s one-on-one talks -- in the U.S. (Moscow)";
        let mut ws = Vec::new();
        words(t, &mut ws);
        let ws: Vec<&str> = ws.iter().map(|w| word_text(t, w)).collect();
        assert_eq!(
            ws,
            ["Xi’s", "one-on-one", "talks", "in", "the", "U.S", "Moscow"]
        );
        let mut buf = String::new();
        lower_into("Xi’s", &mut buf);
        assert_eq!(buf, "xi");
    }
}
