//! Sentence segmentation for news text: a sentence ends at `.`, `!`, `?` or an ellipsis
//! (with any closing quote marks and brackets after it) when the next word starts a new
//! sentence, unless the period belongs to an abbreviation ("Mr.", "U.S.", "p.m."), an
//! initial ("J. R. Smith") or a number ("3.5").

use super::lexicon;

/// Byte ranges of the sentences of one paragraph, trimmed of surrounding white space.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // The whole run of terminators and closers: "?!", "...", `."`, `.)”`.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if matches!(
                d,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
            ) {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if !next_starts_sentence(&text[end..]) {
            continue;
        }
        if c == '.' && end == i + 1 && !period_ends(text, i, &text[end..]) {
            continue;
        }
        push_trimmed(text, start, end, &mut out);
        start = end;
    }
    if start < bytes.len() {
        push_trimmed(text, start, bytes.len(), &mut out);
    }
    out
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
    let (never, may) = lexicon::abbreviations();
    // A lone capital is an initial ("J. R. Smith"), unless a sentence-starting word
    // follows ("... Vitamin C. The ...").
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if never.contains(word) {
        return false;
    }
    if initial || may.contains(word) || is_dotted_acronym(word) {
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
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    !word.is_empty() && lexicon::function_words().contains(&word)
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
