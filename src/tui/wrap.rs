//! Word wrapping of an article into display lines, kept as byte ranges into the article's text so
//! the reader can scroll, highlight and jump without copying text. Computed once per article and
//! width (in `update`), never while drawing.

use crate::corpus::Article;
use unicode_width::UnicodeWidthChar;

/// One display line: a byte range of the article's text, or a blank line between paragraphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrappedLine {
    /// The paragraph index, or `None` for the blank line that separates paragraphs.
    pub paragraph: Option<usize>,
    pub start: usize,
    pub end: usize,
}

/// Wraps every paragraph of `article` to `width` columns, paragraphs separated by a blank line.
pub fn wrap_article(article: &Article, width: usize) -> Vec<WrappedLine> {
    let mut out = Vec::new();
    for (i, p) in article.paragraphs.iter().enumerate() {
        if i > 0 {
            out.push(WrappedLine {
                paragraph: None,
                start: p.span.start(),
                end: p.span.start(),
            });
        }
        for (s, e) in wrap(&article.text[p.span.start()..p.span.end()], width) {
            out.push(WrappedLine {
                paragraph: Some(i),
                start: p.span.start() + s,
                end: p.span.start() + e,
            });
        }
    }
    out
}

/// Greedy wrapping at spaces by display width; a word wider than the line is cut by characters.
pub fn wrap(text: &str, width: usize) -> Vec<(usize, usize)> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line: Option<(usize, usize, usize)> = None; // start, end, width
    for (ws, we) in words(text) {
        let word = &text[ws..we];
        let w = crate::text::width(word);
        match line {
            Some((s, _, lw)) if lw + 1 + w <= width => line = Some((s, we, lw + 1 + w)),
            _ => {
                if let Some((s, e, _)) = line.take() {
                    lines.push((s, e));
                }
                if w <= width {
                    line = Some((ws, we, w));
                } else {
                    let mut pieces = cut(word, width);
                    let last = pieces.pop().unwrap_or((0, 0, 0));
                    lines.extend(pieces.into_iter().map(|(s, e, _)| (ws + s, ws + e)));
                    line = Some((ws + last.0, ws + last.1, last.2));
                }
            }
        }
    }
    if let Some((s, e, _)) = line {
        lines.push((s, e));
    }
    if lines.is_empty() {
        lines.push((0, 0));
    }
    lines
}

/// Byte ranges of the space-separated words of `text`.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0;
    text.split(' ').filter_map(move |w| {
        let start = pos;
        pos += w.len() + 1;
        (!w.is_empty()).then_some((start, start + w.len()))
    })
}

/// Cuts a long word into pieces of at most `width` columns: (start, end, width) each.
fn cut(word: &str, width: usize) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let (mut start, mut w) = (0, 0);
    for (i, c) in word.char_indices() {
        let cw = c.width().unwrap_or(0);
        if w + cw > width && w > 0 {
            out.push((start, i, w));
            start = i;
            w = 0;
        }
        w += cw;
    }
    out.push((start, word.len(), w));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_within_width() {
        let t = "the quick brown fox jumps";
        let lines: Vec<&str> = wrap(t, 10).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(lines, ["the quick", "brown fox", "jumps"]);
    }

    #[test]
    fn cuts_long_words_and_respects_wide_chars() {
        let t = "abcdefghij xy";
        let lines: Vec<&str> = wrap(t, 4).iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(lines, ["abcd", "efgh", "ij", "xy"]);
        let t = "中文中文中";
        for (s, e) in wrap(t, 4) {
            assert!(crate::text::width(&t[s..e]) <= 4);
        }
        assert_eq!(wrap("", 5), [(0, 0)]);
        assert_eq!(wrap("a", 0), [(0, 1)]);
    }
}
