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
#[cfg(test)]
pub fn tokenize(text: &str, base: usize) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5);
    tokenize_into(text, base, &mut out);
    out
}

/// [`tokenize`] into a buffer the caller reuses across paragraphs (cleared first).
pub fn tokenize_into(text: &str, base: usize, out: &mut Vec<Tok>) {
    out.clear();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let n = c.len_utf8();
        if c.is_whitespace() {
            i += n;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                start: base + i,
                end: base + i + n,
                kind: Kind::Punct(c),
            });
            i += n;
            continue;
        }
        let word_end = word_end(text, i + n);
        let word = &text[i..word_end];
        // Keep the period of an abbreviation or an initial.
        let end = if char_at(text, word_end) == Some('.') && keeps_period(word) {
            word_end + 1
        } else {
            word_end
        };
        out.push(Tok {
            start: base + i,
            end: base + end,
            kind: Kind::Word,
        });
        i = end;
        // Possessive: "'s", or "s'" (a bare apostrophe after s, before a space and a word).
        if let Some(a) = char_at(text, i).filter(|&a| is_apostrophe(a)) {
            let after = i + a.len_utf8();
            let poss_end = match char_at(text, after) {
                Some('s' | 'S') if !char_at(text, after + 1).is_some_and(char::is_alphanumeric) => {
                    Some(after + 1)
                }
                Some(' ')
                    if word.ends_with(['s', 'S'])
                        && char_at(text, after + 1).is_some_and(char::is_uppercase) =>
                {
                    Some(after)
                }
                _ => None,
            };
            if let Some(e) = poss_end {
                out.push(Tok {
                    start: base + i,
                    end: base + e,
                    kind: Kind::Poss,
                });
                i = e;
            }
        }
    }
}

/// The char at byte `i` (a char boundary), ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some(char::from(b));
    }
    text.get(i..)?.chars().next()
}

/// The end of the word whose first letter ends at `j`: letters and digits, joined by inner
/// hyphens, periods and apostrophes, but not a final "'s" (a possessive, not part of it).
fn word_end(text: &str, mut j: usize) -> usize {
    let b = text.as_bytes();
    loop {
        // Most words are ASCII letters to their end: no decoding for those.
        while b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        let Some(d) = char_at(text, j) else { break };
        if d.is_alphanumeric() {
            j += d.len_utf8();
            continue;
        }
        if !matches!(d, '-' | '.' | '\'' | '’' | '‑') {
            break;
        }
        let next = j + d.len_utf8();
        let Some(e) = char_at(text, next).filter(|e| e.is_alphanumeric()) else {
            break;
        };
        if is_apostrophe(d)
            && matches!(e, 's' | 'S')
            && !char_at(text, next + 1).is_some_and(char::is_alphanumeric)
        {
            break;
        }
        j = next + e.len_utf8();
    }
    j
}

/// An initial ("J"), a dotted acronym ("U.S"), or a listed abbreviation ("Mr", "Gen").
fn keeps_period(word: &str) -> bool {
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        return c.is_uppercase();
    }
    // "U.S.", and a party tag's abbreviated state: "Johnson, R-La., said".
    if word.contains('.') || super::names::is_party_tag(word) {
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
