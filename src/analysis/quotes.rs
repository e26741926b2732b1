//! Direct quotes: spans between straight or curly double marks, found paragraph by
//! paragraph. Single quotes nest inside and are kept. British style, single marks outside
//! and double inside, is read as such when the article's first quote mark is a single
//! opening one. A paragraph that ends inside a quote continues it when the next paragraph
//! opens with a mark (the newswire convention for multi-paragraph quotes); otherwise the
//! quote closes at the paragraph's end.

/// A quote's place in the article text (bytes).
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    /// The opening mark.
    pub open: usize,
    /// Just after the closing mark, or the paragraph's end when it is missing.
    pub close: usize,
    /// Inside the marks, one part a paragraph.
    pub parts: Vec<(usize, usize)>,
    /// Index (into the paragraphs given) of the paragraph where it opens.
    pub para: usize,
}

impl Span {
    pub fn start(&self) -> usize {
        self.parts.first().map_or(self.open, |p| p.0)
    }
    pub fn end(&self) -> usize {
        self.parts.last().map_or(self.close, |p| p.1)
    }
    /// The quoted words, parts joined by a space, without a trailing comma.
    pub fn text(&self, text: &str) -> String {
        join_parts(text, self.parts.iter().copied())
    }
}

/// The words of a quote's parts (byte ranges in `text`), joined by a space, without a
/// trailing comma.
pub fn join_parts(text: &str, parts: impl IntoIterator<Item = (usize, usize)>) -> String {
    let mut out = String::new();
    for (s, e) in parts {
        let part = text.get(s..e).unwrap_or("").trim();
        if part.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    let trimmed = out.trim_end_matches([',', ' ']).len();
    out.truncate(trimmed);
    out
}

/// Which marks delimit quotes in an article.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    /// “…” or "…", with ‘…’ inside (American and newswire style).
    Double,
    /// ‘…’ or '…', with “…” inside (British style).
    Single,
}

impl Style {
    /// The style of the article's story paragraphs: single when its first quote mark is a
    /// single opening one. An apostrophe ("don't", "Putin's", "’90s") opens nothing.
    fn of(text: &str, paras: &[(usize, usize)]) -> Style {
        for &(ps, pe) in paras {
            let para = text.get(ps..pe).unwrap_or("");
            for (i, c) in marks(para, 0) {
                match c {
                    '"' | '“' => return Style::Double,
                    '‘' | '\'' if single_opens(c, prev_char(para, i), next_char(para, i, c)) => {
                        return Style::Single;
                    }
                    _ => {}
                }
            }
        }
        Style::Double
    }

    /// Whether `c` is a quote mark here, and if so whether it closes (`Some(true)`) or opens.
    fn mark(self, c: char, prev: char, next: Option<char>, open: bool) -> Option<bool> {
        match (self, c) {
            (Style::Double, '“') => Some(false),
            (Style::Double, '”') => Some(true),
            (Style::Double, '"') => Some(open),
            (Style::Single, '‘' | '\'') if single_opens(c, prev, next) => Some(false),
            // A closing mark ends a word or its punctuation; inside a word it is an
            // apostrophe ("don’t").
            (Style::Single, '’' | '\'')
                if open && !prev.is_whitespace() && !next.is_some_and(char::is_alphanumeric) =>
            {
                Some(true)
            }
            _ => None,
        }
    }

    fn opens(self, c: char) -> bool {
        match self {
            Style::Double => c == '"' || c == '“',
            Style::Single => c == '‘' || c == '\'',
        }
    }
}

/// A single mark that opens a quote: ‘ unless a digit follows, or ' before a letter and after
/// a space or bracket (so not "'90s", "don't" or "Putin's").
fn single_opens(c: char, prev: char, next: Option<char>) -> bool {
    c == '‘' && !next.is_some_and(char::is_numeric)
        || c == '\''
            && (prev.is_whitespace() || matches!(prev, '(' | '[' | '—'))
            && next.is_some_and(char::is_alphabetic)
}

/// The quote marks and apostrophes of `para` from byte `from` on, with their offsets: a
/// byte search jumps between them (every one starts with `"`, `'` or the byte 0xE2).
fn marks(para: &str, from: usize) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = para.as_bytes();
    let mut at = from;
    std::iter::from_fn(move || {
        loop {
            let i = at + memchr::memchr3(b'"', b'\'', 0xE2, bytes.get(at..)?)?;
            let c = para.get(i..)?.chars().next()?;
            at = i + c.len_utf8();
            if matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’') {
                return Some((i, c));
            }
        }
    })
}

/// The character before byte `i`, or a space at the start.
fn prev_char(para: &str, i: usize) -> char {
    para.get(..i)
        .and_then(|s| s.chars().next_back())
        .unwrap_or(' ')
}

fn next_char(para: &str, i: usize, c: char) -> Option<char> {
    para.get(i + c.len_utf8()..)?.chars().next()
}

/// A quote not yet closed: opening mark, start of the current part, parts so far,
/// paragraph.
type Open = (usize, usize, Vec<(usize, usize)>, usize);

/// The quotes in the paragraphs `paras` (byte ranges of consecutive story paragraphs of
/// `text`, in order).
pub fn find(text: &str, paras: &[(usize, usize)]) -> Vec<Span> {
    let mut out = Vec::new();
    // An open quote: opening mark, start of the current part, parts so far, paragraph.
    let mut open: Option<Open> = None;
    let style = Style::of(text, paras);
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let para = text.get(ps..pe).unwrap_or("");
        let mut skip_first = false;
        if let Some(o) = open.as_mut() {
            // Continuing from the last paragraph: the part starts after the reopening mark.
            let lead = para.len() - para.trim_start().len();
            let mark = para[lead..].chars().next().map_or(0, char::len_utf8);
            o.1 = ps + lead + mark;
            skip_first = true;
        }
        // A continued quote's reopening mark is the paragraph's first character.
        let from = if skip_first {
            para.chars().next().map_or(0, char::len_utf8)
        } else {
            0
        };
        for (i, c) in marks(para, from) {
            let at = ps + i;
            let (prev, next) = (prev_char(para, i), next_char(para, i, c));
            if let Some(closing) = style.mark(c, prev, next, open.is_some()) {
                if closing {
                    if let Some((o, s, mut parts, p)) = open.take() {
                        parts.push((s, at));
                        out.push(Span {
                            open: o,
                            close: at + c.len_utf8(),
                            parts,
                            para: p,
                        });
                    }
                } else {
                    if let Some((o, s, mut parts, p)) = open.take() {
                        // A new opening mark while a quote is open: the last one lost
                        // its closing mark; it ends before this one.
                        let end = ps + text[ps..at].trim_end().len();
                        parts.push((s, end.max(s)));
                        out.push(Span {
                            open: o,
                            close: end.max(s),
                            parts,
                            para: p,
                        });
                    }
                    open = Some((at, at + c.len_utf8(), Vec::new(), pi));
                }
            }
        }
        if let Some((o, s, mut parts, p)) = open.take() {
            let end = ps + para.trim_end().len();
            parts.push((s, end.max(s)));
            let next_opens = paras
                .get(pi + 1)
                .and_then(|&(ns, ne)| text.get(ns..ne))
                .and_then(|t| t.trim_start().chars().next())
                .is_some_and(|c| style.opens(c));
            if next_opens {
                open = Some((o, end, parts, p));
            } else {
                out.push(Span {
                    open: o,
                    close: end.max(s),
                    parts,
                    para: p,
                });
            }
        }
    }
    out
}

/// Words in a quote, for telling fragments (one to three words) from full quotes.
pub fn word_count(quote: &str) -> usize {
    quote
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(paras: &[&str]) -> Vec<String> {
        let text = paras.join("\n\n");
        let mut ranges = Vec::new();
        let mut at = 0;
        for p in paras {
            ranges.push((at, at + p.len()));
            at += p.len() + 2;
        }
        find(&text, &ranges).iter().map(|s| s.text(&text)).collect()
    }

    #[test]
    fn straight_and_curly_marks() {
        assert_eq!(
            quotes(&["\"We will strike,\" Ms. Lund said."]),
            ["We will strike"]
        );
        assert_eq!(
            quotes(&["\u{201c}No deal,\u{201d} she said. \u{201c}Not today.\u{201d}"]),
            ["No deal", "Not today."]
        );
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            quotes(&["\u{201c}He told me, \u{2018}Go home,\u{2019} and I did,\u{201d} Lund said."]),
            ["He told me, \u{2018}Go home,\u{2019} and I did"]
        );
    }

    #[test]
    fn multi_paragraph_quotes_join_and_missing_marks_close_at_the_end() {
        assert_eq!(
            quotes(&[
                "\u{201c}We start at dawn.",
                "\u{201c}We stop at dusk,\u{201d} Lund said.",
                "Then \"it ended"
            ]),
            ["We start at dawn. We stop at dusk", "it ended"]
        );
        let text = "\"One.\n\n\"Two.\"";
        let s = find(text, &[(0, 5), (7, 13)]);
        assert_eq!((s[0].start(), s[0].end(), s[0].close), (1, 12, 13));
    }

    #[test]
    fn a_reopened_quote_closes_the_unclosed_one() {
        assert_eq!(
            quotes(&["\u{201c}First part \u{201c}second\u{201d} end"]),
            ["First part", "second"]
        );
    }

    #[test]
    fn british_single_marks_with_double_inside() {
        assert_eq!(
            quotes(&[
                "\u{2018}We don\u{2019}t accept the ministers\u{2019}s plan,\u{2019} Ms Lund said.",
                "\u{2018}He told me, \u{201c}Go home,\u{201d} and I did.\u{2019}"
            ]),
            [
                "We don\u{2019}t accept the ministers\u{2019}s plan",
                "He told me, \u{201c}Go home,\u{201d} and I did."
            ]
        );
        assert_eq!(
            quotes(&["The '90s were over. 'We can't wait,' said Dr Okafor of the club's board."]),
            ["We can't wait"]
        );
        // An American article's apostrophes and nested marks change nothing.
        assert_eq!(
            quotes(&["Lund's aide said: \"It's 'over,' they say.\""]),
            ["It's 'over,' they say."]
        );
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("ceasing hostilities"), 2);
        assert_eq!(word_count(" a  - b "), 2);
    }
}
