//! Sentence segmentation for news text: a sentence ends at `.`, `!`, `?` or an ellipsis
//! (with any closing quote marks and brackets after it) when the next word starts a new
//! sentence, unless the period belongs to an abbreviation ("Mr.", "U.S.", "p.m."), an
//! initial ("J. R. Smith") or a number ("3.5").

use super::lexicon;
use crate::text::lower::Lower;
use crate::text::token::{Abbreviation, abbreviation};

/// Byte ranges of the sentences of one paragraph, trimmed of surrounding white space.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    split_into(text, &mut out);
    out
}

/// [`split`], appending to `out`. It walks the bytes: every mark it stops at is ASCII or
/// starts with the lead byte 0xE2, so every index it acts on is a char boundary.
pub fn split_into(text: &str, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let n = terminator_len(bytes, i);
        if n == 0 {
            i += 1;
            continue;
        }
        let dot = i;
        // The whole run of terminators and closers: "?!", "...", `."`, `.)”`.
        let mut end = i + n;
        loop {
            let m = terminator_len(bytes, end).max(closer_len(bytes, end));
            if m == 0 {
                break;
            }
            end += m;
        }
        i = end;
        if !next_starts_sentence(&text[end..]) {
            continue;
        }
        if bytes[dot] == b'.' && end == dot + 1 && !period_ends(text, dot, &text[end..]) {
            continue;
        }
        push_trimmed(text, start, end, out);
        start = end;
    }
    if start < bytes.len() {
        push_trimmed(text, start, bytes.len(), out);
    }
}

/// The byte length of a sentence terminator at `i` (`.`, `!`, `?`, `…`), or 0.
fn terminator_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'.' | b'!' | b'?') => 1,
        Some(0xe2) if b.get(i + 1..i + 3) == Some(&[0x80, 0xa6]) => 3,
        _ => 0,
    }
}

/// The byte length of a closing mark at `i` (quote marks and brackets), or 0.
fn closer_len(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"' | b'\'' | b')' | b']') => 1,
        // ” and ’
        Some(0xe2) if matches!(b.get(i + 1..i + 3), Some([0x80, 0x9d | 0x99])) => 3,
        _ => 0,
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// After white space, a capital letter, a digit or an opening mark before one.
fn next_starts_sentence(rest: &str) -> bool {
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        // No space: "3.5", "U.S.-China", "arrivalHe" — or the end of the text.
        return rest.is_empty();
    }
    let t = trimmed.trim_start_matches(['"', '“', '‘', '\'', '(', '[', '—', '-']);
    t.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether the single period at `dot` ends a sentence, given the word before it and the
/// text after.
fn period_ends(text: &str, dot: usize, rest: &str) -> bool {
    let word_start = text[..dot]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..dot];
    if word.is_empty() {
        return true;
    }
    // A lone capital is an initial ("J. R. Smith"), unless a sentence-starting word
    // follows ("... Vitamin C. The ...").
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let listed = abbreviation(word);
    if listed == Some(Abbreviation::Never) {
        return false;
    }
    if initial || listed.is_some() || is_dotted_acronym(word) {
        return next_word_starts_sentence(rest);
    }
    true
}

/// "U.S", "N.Y", "a.m": letters separated by periods.
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// True when the next word is one that usually begins a sentence ("The", "He", "But").
fn next_word_starts_sentence(rest: &str) -> bool {
    let t = rest
        .trim_start()
        .trim_start_matches(['"', '“', '‘', '\'', '(', '[']);
    let len = t
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(t.len(), |(i, _)| i);
    let word = &t[..len];
    if word.is_ascii() {
        return !word.is_empty() && lexicon::function_words().contains(Lower::new(word).as_str());
    }
    // Char by char, as `str::to_lowercase` treats a final sigma differently.
    let word: String = word.chars().flat_map(char::to_lowercase).collect();
    lexicon::function_words().contains(&word)
}

#[cfg(test)]
mod tests {
    use super::split;

    fn sents(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|(s, e)| &t[s..e]).collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            sents("The talks ended. Both sides left! Why? Nobody knows."),
            [
                "The talks ended.",
                "Both sides left!",
                "Why?",
                "Nobody knows."
            ]
        );
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        assert_eq!(
            sents("Mr. Haldane met Dr. Okafor and J. R. Smith at St. Paul's. They spoke."),
            [
                "Mr. Haldane met Dr. Okafor and J. R. Smith at St. Paul's.",
                "They spoke."
            ]
        );
        assert_eq!(
            sents("Gen. Ward and Sen. Ruiz, R-Texas, voted."),
            ["Gen. Ward and Sen. Ruiz, R-Texas, voted."]
        );
    }

    #[test]
    fn dotted_abbreviations_end_a_sentence_only_before_a_sentence_word() {
        assert_eq!(
            sents("The U.S. Navy left at 4 p.m. Monday. It came back at 9 a.m. The crew slept."),
            [
                "The U.S. Navy left at 4 p.m. Monday.",
                "It came back at 9 a.m.",
                "The crew slept."
            ]
        );
        assert_eq!(
            sents("Sanctions came from the U.S. But talks went on."),
            ["Sanctions came from the U.S.", "But talks went on."]
        );
    }

    #[test]
    fn numbers_months_and_numbering() {
        assert_eq!(
            sents("Growth was 3.5 percent, or $1.2 billion, on Jan. 5. See No. 4 below."),
            [
                "Growth was 3.5 percent, or $1.2 billion, on Jan. 5.",
                "See No. 4 below."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sents("\u{201c}We will win.\u{201d} She left. \"Go now.\" He went."),
            [
                "\u{201c}We will win.\u{201d}",
                "She left.",
                "\"Go now.\"",
                "He went."
            ]
        );
        assert_eq!(
            sents("\u{201c}Why?\u{201d} he asked. Then he left."),
            ["\u{201c}Why?\u{201d} he asked.", "Then he left."]
        );
    }

    #[test]
    fn ellipses_and_odd_punctuation() {
        assert_eq!(
            sents("We waited... Nothing came."),
            ["We waited...", "Nothing came."]
        );
        assert_eq!(sents("so far\u{2026} we wait"), ["so far\u{2026} we wait"]);
        assert_eq!(sents("he added. ."), ["he added. ."]);
        assert_eq!(sents(""), Vec::<&str>::new());
        assert_eq!(sents("  ."), ["."]);
    }
}
