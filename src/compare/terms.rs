//! The features two sentences (or two quotes) are compared on: content words, lowercased and
//! lightly stemmed, minus stop words; capitalised names; numbers (words and digits alike); and
//! day and month words. Each feature has a kind whose weight says how strongly sharing it
//! suggests the same fact is being reported.

mod lists;

use crate::text::lower::lower_into;
use crate::text::stem::stem;
use crate::text::token::{self, Token};
use lists::{Class, class_of};
use std::cell::RefCell;

/// What a feature term is; names, numbers and dates weigh more than ordinary words because two
/// outlets reporting the same fact keep them while rewording everything else.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TermKind {
    Content,
    /// A capitalised word inside the text, or the last word of a run of them ("Arnaud" in
    /// "Transport Minister Felix Arnaud").
    Name,
    /// Any other word of such a run: titles and first names. A full name with its title is one
    /// thing mentioned, not four, so it must not outweigh what the sentence says about it.
    NamePart,
    Number,
    Date,
}

impl TermKind {
    /// The multiplier applied on top of the term's IDF weight.
    pub fn weight(self) -> f32 {
        match self {
            // A weekday is shared by everything that happened that day: no stronger than a word.
            TermKind::Content | TermKind::Date => 1.0,
            TermKind::Name | TermKind::Number => 1.5,
            TermKind::NamePart => 0.5,
        }
    }
}

/// The words of `text` compared: the text layer's words, a compound's parts each a word
/// ("well-known" → "well", "known": reworded sentences split and join compounds freely),
/// possessive endings and an abbreviation's period left out.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut spans = Vec::new();
    for_each_word(text, |s, e| spans.push((s, e)));
    spans.into_iter().map(|(s, e)| &text[s..e])
}

/// Calls `f(start, end)` with the bytes of each of [`words`], in order.
fn for_each_word(text: &str, mut f: impl FnMut(usize, usize)) {
    thread_local! {
        static TOKENS: RefCell<Vec<Token>> = const { RefCell::new(Vec::new()) };
    }
    let mut read = |toks: &mut Vec<Token>| {
        token::words(text, 0, toks);
        for t in toks.iter().filter(|t| t.is_word()) {
            let word = token::without_period(t.text(text, 0));
            let start = t.span.start();
            // Most words hold no hyphen (U+2011 starts with 0xE2): no decoding for those.
            if !word.bytes().any(|b| b == b'-' || b == 0xE2) {
                f(start, start + word.len());
                continue;
            }
            let mut from = 0;
            for (i, c) in word.char_indices().filter(|&(_, c)| matches!(c, '-' | '‑')) {
                if i > from {
                    f(start + from, start + i);
                }
                from = i + c.len_utf8();
            }
            if word.len() > from {
                f(start + from, start + word.len());
            }
        }
    };
    // A nested call (from `f`) finds the buffer taken and uses a fresh one.
    TOKENS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut toks) => read(&mut toks),
        Err(_) => read(&mut Vec::new()),
    });
}

/// Calls `f(term, kind)` for every feature of `text`, in order. `buf` is scratch space reused
/// across calls so the hot loop does not allocate. A capitalised word is held back until the
/// next word shows whether it continues a name (only spaces between, also capitalised).
pub fn terms(text: &str, buf: &mut String, mut f: impl FnMut(&str, TermKind)) {
    let mut held = String::new();
    let mut held_kind: Option<TermKind> = None;
    let mut last_end = 0;
    let mut n = 0;
    for_each_word(text, |s, e| {
        let first = n == 0;
        n += 1;
        let word = &text[s..e];
        let joined = text[last_end..s].chars().all(char::is_whitespace);
        last_end = e;
        let kind = classify(word, first, buf);
        let capital = word.starts_with(char::is_uppercase);
        let in_name = capital && matches!(kind, Some(TermKind::Name | TermKind::Content));
        if let Some(k) = held_kind.take() {
            f(
                &held,
                if in_name && joined {
                    TermKind::NamePart
                } else {
                    k
                },
            );
        }
        match kind {
            Some(k) if in_name => {
                held.clear();
                held.push_str(buf);
                held_kind = Some(k);
            }
            Some(k) => f(buf, k),
            None => {}
        }
    });
    if let Some(k) = held_kind {
        f(&held, k);
    }
}

/// Normalises one word into `buf` and says what kind of feature it is, or `None` to drop it.
fn classify(word: &str, first: bool, buf: &mut String) -> Option<TermKind> {
    buf.clear();
    let lead = word.chars().next()?;
    if lead.is_ascii_digit() {
        return number(word, buf);
    }
    let capital = lead.is_uppercase();
    lower_into(word, buf);
    if word.contains('.') {
        // A dotted initialism: a name, and never a stop word ("U.S" is not "us").
        buf.retain(|c| c != '.');
        return Some(TermKind::Name);
    }
    match class_of(buf) {
        Some(Class::Date {
            canonical,
            needs_capital,
            ..
        }) if capital || !needs_capital => {
            buf.clear();
            buf.push_str(canonical);
            return Some(TermKind::Date);
        }
        Some(Class::Stop) => return None,
        Some(Class::Number(digits)) => {
            buf.clear();
            buf.push_str(digits);
            return Some(TermKind::Number);
        }
        // A lowercase month or weekday word ("may", "march") is read as an ordinary word,
        // unless it is also a stop word.
        Some(Class::Date { stop: true, .. }) => return None,
        _ => {}
    }
    buf.chars().nth(1)?; // stray single letters carry no content
    stem(buf);
    // A capital at the start of a sentence says nothing; elsewhere it marks a name.
    Some(if capital && !first {
        TermKind::Name
    } else {
        TermKind::Content
    })
}

/// "1,200" → "1200", "3.5" → "3.5", "21st" → "21", "1990s" → "1990". Digits followed by other
/// letters ("5G") are a word, kept whole.
fn number(word: &str, buf: &mut String) -> Option<TermKind> {
    let end = word
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(word.len());
    let rest = &word[end..];
    if rest.is_empty() || matches!(rest, "st" | "nd" | "rd" | "th" | "s") {
        buf.extend(word[..end].chars().filter(|&c| c != ','));
        Some(TermKind::Number)
    } else {
        lower_into(word, buf);
        Some(TermKind::Content)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<(String, TermKind)> {
        let mut out = Vec::new();
        terms(text, &mut String::new(), |t, k| {
            out.push((t.to_string(), k))
        });
        out
    }

    #[test]
    fn words_keep_numbers_initialisms_and_contractions_whole() {
        let w: Vec<_> = words("The U.S. pledged $1,200.50 -- it didn't (well-known).").collect();
        assert_eq!(
            w,
            [
                "The", "U.S", "pledged", "1,200.50", "it", "didn't", "well", "known"
            ]
        );
    }

    #[test]
    fn kinds_and_normal_forms() {
        let t = all("Officials in Lagos said two ferries sank on Friday, killing 35 people.");
        let kinds: Vec<_> = t.iter().map(|(s, k)| (s.as_str(), *k)).collect();
        assert_eq!(
            kinds,
            [
                ("official", TermKind::Content),
                ("lago", TermKind::Name),
                ("2", TermKind::Number),
                ("ferry", TermKind::Content),
                ("sank", TermKind::Content),
                ("friday", TermKind::Date),
                ("kill", TermKind::Content),
                ("35", TermKind::Number),
                ("peopl", TermKind::Content),
            ]
        );
    }

    #[test]
    fn a_run_of_capitalised_words_is_one_name() {
        let t = all("Fisheries Minister Ana Ruiz met Ruiz's critics, Port Officials said.");
        let kinds: Vec<_> = t.iter().map(|(s, k)| (s.as_str(), *k)).collect();
        assert_eq!(
            kinds,
            [
                ("fishery", TermKind::NamePart),
                ("minister", TermKind::NamePart),
                ("ana", TermKind::NamePart),
                ("ruiz", TermKind::Name),
                ("met", TermKind::Content),
                ("ruiz", TermKind::Name),
                ("critic", TermKind::Content),
                ("port", TermKind::NamePart),
                ("official", TermKind::Name),
            ]
        );
    }

    #[test]
    fn month_names_count_only_when_capitalised() {
        let t = all("They may march in May.");
        assert_eq!(
            t,
            [
                ("march".to_string(), TermKind::Content),
                ("may".to_string(), TermKind::Date)
            ]
        );
        assert_eq!(all("U.S. and us")[0], ("us".to_string(), TermKind::Name));
    }

    #[test]
    fn curly_contractions_are_stop_words() {
        assert!(all("won\u{2019}t don't").is_empty());
    }

    #[test]
    fn odd_text_does_not_panic() {
        for s in [
            "",
            "'",
            "’s",
            "..",
            "1,",
            "ÉLAN’S façade",
            "x\u{301}y",
            "2,000s",
            "1st",
        ] {
            let _ = all(s);
        }
    }
}
