//! A small tokenizer for the name and cue scanners: words with their byte spans, the
//! possessive "'s" split off, punctuation one mark a token. Abbreviations and initials
//! keep their period ("Mr.", "U.S.", "J.") so the scanners see them whole.

use super::lexicon;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Word,
    /// A possessive ending: "'s", "’s", or a bare apostrophe after a final s.
    Poss,
    Punct(char),
}

/// One token; offsets are bytes in the text given to [`tokenize`] plus its base.
#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Tok {
    pub fn text<'a>(&self, text: &'a str, base: usize) -> &'a str {
        text.get(self.start - base..self.end - base).unwrap_or("")
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` (which starts at byte `base` of the article) into tokens.
pub fn tokenize(text: &str, base: usize) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let pos = |k: usize| if k < n { chars[k].0 } else { text.len() };
    let mut k = 0;
    while k < n {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                start: base + i,
                end: base + i + c.len_utf8(),
                kind: Kind::Punct(c),
            });
            k += 1;
            continue;
        }
        // A word: letters and digits, joined by inner hyphens, periods and apostrophes.
        let mut j = k + 1;
        while j < n {
            let d = chars[j].1;
            if d.is_alphanumeric() {
                j += 1;
            } else if matches!(d, '-' | '.' | '\'' | '’' | '‑')
                && j + 1 < n
                && chars[j + 1].1.is_alphanumeric()
            {
                // "'s" at the end of the word is a possessive, not part of it.
                if is_apostrophe(d)
                    && matches!(chars[j + 1].1, 's' | 'S')
                    && (j + 2 >= n || !chars[j + 2].1.is_alphanumeric())
                {
                    break;
                }
                j += 2;
            } else {
                break;
            }
        }
        let mut end = pos(j);
        let word = &text[i..end];
        // Keep the period of an abbreviation or an initial.
        if j < n && chars[j].1 == '.' && keeps_period(word) {
            end += 1;
            j += 1;
        }
        out.push(Tok {
            start: base + i,
            end: base + end,
            kind: Kind::Word,
        });
        k = j;
        // Possessive: "'s", or "s'" (a bare apostrophe after s, before a space and a word).
        if k < n && is_apostrophe(chars[k].1) {
            if k + 1 < n
                && matches!(chars[k + 1].1, 's' | 'S')
                && (k + 2 >= n || !chars[k + 2].1.is_alphanumeric())
            {
                out.push(Tok {
                    start: base + pos(k),
                    end: base + pos(k + 2),
                    kind: Kind::Poss,
                });
                k += 2;
            } else if word.ends_with(['s', 'S'])
                && k + 2 < n
                && chars[k + 1].1 == ' '
                && chars[k + 2].1.is_uppercase()
            {
                out.push(Tok {
                    start: base + pos(k),
                    end: base + pos(k + 1),
                    kind: Kind::Poss,
                });
                k += 1;
            }
        }
    }
    out
}

/// An initial ("J"), a dotted acronym ("U.S"), or a listed abbreviation ("Mr", "Gen").
fn keeps_period(word: &str) -> bool {
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        return c.is_uppercase();
    }
    if word.contains('.') {
        return true;
    }
    let (never, may) = lexicon::abbreviations();
    never.contains(word) || may.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t, 0).iter().map(|k| &t[k.start..k.end]).collect()
    }

    #[test]
    fn keeps_abbreviations_and_splits_possessives() {
        assert_eq!(
            words("U.S. Sen. Ruiz's aide, J. Okafor, said: \u{201c}No.\u{201d}"),
            [
                "U.S.", "Sen.", "Ruiz", "'s", "aide", ",", "J.", "Okafor", ",", "said", ":",
                "\u{201c}", "No.", "\u{201d}"
            ]
        );
        assert_eq!(
            words("Fox News\u{2019} Neil Cavuto"),
            ["Fox", "News", "\u{2019}", "Neil", "Cavuto"]
        );
        assert_eq!(
            words("R-Texas, one-on-one, don't"),
            ["R-Texas", ",", "one-on-one", ",", "don't"]
        );
        assert_eq!(words("the end."), ["the", "end", "."]);
    }
}
