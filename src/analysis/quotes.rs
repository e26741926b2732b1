//! Direct quotes: spans between straight or curly double marks (and the archive's `''…''`,
//! the treebank's ``…'', «…» and „…“), found paragraph by paragraph. Single quotes nest
//! inside and are kept. British style, single marks outside and double inside, is read as
//! such when the article's quotes open with single marks more often than with double ones.
//! A paragraph that ends inside a quote continues it when the next paragraph opens with a
//! mark (the newswire convention for multi-paragraph quotes); otherwise the quote closes at
//! the paragraph's end.

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
    /// “…” or "…", with ‘…’ inside (American and newswire style); also the archive's
    /// `''…''`, the treebank's ``…'', «…» and „…“.
    Double,
    /// ‘…’ or '…', with “…” inside (British style).
    Single,
}

impl Style {
    /// The style of the article's story paragraphs, by the evidence of all of them: single
    /// when more quotes open with a single mark than with a double one. Never the first
    /// mark alone: American papers put single marks in headlines (`Mayor 'won't back
    /// down'`) and double ones in the body. An apostrophe ("don't", "Putin's", "’90s")
    /// opens nothing.
    /// `found` holds each paragraph's marks, as [`marks`] gives them.
    fn of(text: &str, paras: &[(usize, usize)], found: &[Vec<(usize, Mark)>]) -> Style {
        let (mut single, mut double, mut straight) = (0usize, 0usize, 0usize);
        for (&(ps, pe), marks) in paras.iter().zip(found) {
            let para = text.get(ps..pe).unwrap_or("");
            for &(i, m) in marks {
                match m.c {
                    '“' | '„' | '«' => double += 1,
                    '"' => straight += 1,
                    '‘' | '\'' if single_opens(m.c, prev_char(para, i), next_char(para, i, m)) => {
                        single += 1;
                    }
                    _ => {}
                }
            }
        }
        // Straight double marks come in pairs, one opening each.
        if single > double + straight.div_ceil(2) {
            Style::Single
        } else {
            Style::Double
        }
    }

    /// Whether `m` is a quote mark here, and if so whether it closes (`Some(true)`) or
    /// opens. `opener` is the mark that opened the quote now open, if one is.
    fn mark(self, m: Mark, prev: char, next: Option<char>, opener: Option<char>) -> Option<bool> {
        let open = opener.is_some();
        match (self, m.c) {
            // „…“: the German pair closes with what opens in English.
            (Style::Double, '“') => Some(opener == Some('„')),
            (Style::Double, '„' | '«') => Some(false),
            (Style::Double, '”' | '»') => Some(true),
            (Style::Double, '"') => Some(open),
            (Style::Single, '‘' | '\'') if single_opens(m.c, prev, next) => Some(false),
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

    /// The length of the opening mark `para` starts with (after spaces), if it opens a quote
    /// in this style: a paragraph continuing a quote opens with one.
    fn opening(self, para: &str) -> Option<usize> {
        let t = para.trim_start();
        let (_, m) = marks(t).next().filter(|&(i, _)| i == 0)?;
        let opens = match self {
            Style::Double => matches!(m.c, '"' | '“' | '„' | '«'),
            Style::Single => matches!(m.c, '‘' | '\''),
        };
        opens.then_some(m.len)
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

/// A quote mark as written: the character it stands for and its length in bytes. Two
/// apostrophes stand for a straight double mark (`''`, as archives write it) and two
/// backticks for an opening one (``` `` ```, as the treebank writes it).
#[derive(Clone, Copy, Debug)]
struct Mark {
    c: char,
    len: usize,
}

/// The quote marks and apostrophes of `para`, with their offsets: a
/// byte search jumps between them (`"`, `'`, `` ` ``, and the lead bytes 0xE2 of the curly
/// marks and 0xC2 of the guillemets).
fn marks(para: &str) -> impl Iterator<Item = (usize, Mark)> + '_ {
    let bytes = para.as_bytes();
    let mut at = 0;
    // The next candidate of each of the two searches, kept until passed (`None`: not searched
    // yet; `usize::MAX`: none left, so the rest is never searched again).
    let (mut next_a, mut next_b) = (None::<usize>, None::<usize>);
    std::iter::from_fn(move || {
        loop {
            let rest = bytes.get(at..)?;
            if next_a.is_none_or(|a| a < at) {
                next_a =
                    Some(memchr::memchr3(b'"', b'\'', 0xE2, rest).map_or(usize::MAX, |i| at + i));
            }
            if next_b.is_none_or(|b| b < at) {
                next_b = Some(memchr::memchr2(b'`', 0xC2, rest).map_or(usize::MAX, |i| at + i));
            }
            let i = next_a
                .unwrap_or(usize::MAX)
                .min(next_b.unwrap_or(usize::MAX));
            if i == usize::MAX {
                return None;
            }
            let c = para.get(i..)?.chars().next()?;
            at = i + c.len_utf8();
            let doubled = |d: u8| bytes.get(i + 1) == Some(&d);
            let mark = match c {
                '\'' if doubled(b'\'') => Mark { c: '"', len: 2 },
                '`' if doubled(b'`') => Mark { c: '“', len: 2 },
                '"' | '\'' | '“' | '”' | '‘' | '’' | '„' | '«' | '»' => Mark {
                    c,
                    len: c.len_utf8(),
                },
                _ => continue,
            };
            at = i + mark.len;
            return Some((i, mark));
        }
    })
}

/// The character before byte `i`, or a space at the start.
fn prev_char(para: &str, i: usize) -> char {
    para.get(..i)
        .and_then(|s| s.chars().next_back())
        .unwrap_or(' ')
}

/// The character after mark `m` at byte `i`.
fn next_char(para: &str, i: usize, m: Mark) -> Option<char> {
    para.get(i + m.len..)?.chars().next()
}

/// A quote not yet closed: opening mark, start of the current part, parts so far,
/// paragraph, and the mark that opened it.
type Open = (usize, usize, Vec<(usize, usize)>, usize, char);

/// The quotes in the paragraphs `paras` (byte ranges of consecutive story paragraphs of
/// `text`, in order).
pub fn find(text: &str, paras: &[(usize, usize)]) -> Vec<Span> {
    let mut out = Vec::new();
    // An open quote: opening mark, start of the current part, parts so far, paragraph.
    let mut open: Option<Open> = None;
    // Read once: the style is decided by all of them, then they are paired.
    let found: Vec<Vec<(usize, Mark)>> = paras
        .iter()
        .map(|&(ps, pe)| marks(text.get(ps..pe).unwrap_or("")).collect())
        .collect();
    let style = Style::of(text, paras, &found);
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let para = text.get(ps..pe).unwrap_or("");
        let lead = para.len() - para.trim_start().len();
        let mut from = 0;
        if let Some(o) = open.as_mut() {
            // Continuing from the last paragraph: the part starts after the reopening mark.
            let mark = style.opening(para).unwrap_or(0);
            o.1 = ps + lead + mark;
            from = lead + mark;
        }
        for &(i, m) in found[pi].iter().filter(|&&(i, _)| i >= from) {
            let at = ps + i;
            let (prev, next) = (prev_char(para, i), next_char(para, i, m));
            let opener = open.as_ref().map(|o| o.4);
            if let Some(closing) = style.mark(m, prev, next, opener) {
                if closing {
                    if let Some((o, s, mut parts, p, _)) = open.take() {
                        parts.push((s, at));
                        out.push(Span {
                            open: o,
                            close: at + m.len,
                            parts,
                            para: p,
                        });
                    }
                } else {
                    if let Some((o, s, mut parts, p, _)) = open.take() {
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
                    open = Some((at, at + m.len, Vec::new(), pi, m.c));
                }
            }
        }
        if let Some((o, s, mut parts, p, opener)) = open.take() {
            let end = ps + para.trim_end().len();
            parts.push((s, end.max(s)));
            let next_opens = paras
                .get(pi + 1)
                .and_then(|&(ns, ne)| text.get(ns..ne))
                .is_some_and(|t| style.opening(t).is_some());
            if next_opens {
                open = Some((o, end, parts, p, opener));
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
    fn single_marks_in_a_headline_do_not_make_an_american_article_british() {
        assert_eq!(
            quotes(&[
                "Mayor \u{2018}won\u{2019}t back down\u{2019} on budget",
                "\u{201c}We will not cut a single school,\u{201d} Mayor Ines Varga said on Tuesday.",
                "\u{201c}The city can afford it,\u{201d} she added, calling the plan \u{2018}fair\u{2019}."
            ]),
            ["We will not cut a single school", "The city can afford it"]
        );
        // With straight marks too: two double quotes outweigh one single.
        assert_eq!(
            quotes(&[
                "Council 'split' on levy",
                "\"It passes,\" Varga said. \"Today.\""
            ]),
            ["It passes", "Today."]
        );
    }

    #[test]
    fn archive_treebank_guillemet_and_german_marks() {
        assert_eq!(
            quotes(&["''We will strike,'' Ms. Lund said, ''and soon.''"]),
            ["We will strike", "and soon."]
        );
        assert_eq!(
            quotes(&["``We will strike,'' Ms. Lund said."]),
            ["We will strike"]
        );
        assert_eq!(
            quotes(&["\u{ab}Nous sommes pr\u{ea}ts\u{bb}, a dit le ministre."]),
            ["Nous sommes pr\u{ea}ts"]
        );
        assert_eq!(
            quotes(&["\u{201e}Wir sind bereit\u{201c}, sagte der Minister."]),
            ["Wir sind bereit"]
        );
        // The archive's marks open the next paragraph of a quote that runs on.
        assert_eq!(
            quotes(&["''We start at dawn.", "''We stop at dusk,'' Lund said."]),
            ["We start at dawn. We stop at dusk"]
        );
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count("ceasing hostilities"), 2);
        assert_eq!(word_count(" a  - b "), 2);
    }
}
