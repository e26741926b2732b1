//! Word-level differences between two wordings of the same thing (an aligned sentence pair, two
//! variants of a quote), for highlighting. Words are compared ignoring case, edge punctuation
//! and the kind of quote mark or apostrophe, so "Peace," and "peace" are the same word; the
//! diff itself is `similar`'s Myers, O(ND), which stays fast on long quotes that barely differ.

use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices};
use std::ops::Range;

/// What a run of words is to the other side.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffTag {
    /// In both texts.
    Equal,
    /// Only in the left (old) text.
    Delete,
    /// Only in the right (new) text.
    Insert,
}

/// A run of words with one tag, as byte ranges into each text: `left` is empty for an insert,
/// `right` for a delete. A range spans the words and the spaces between them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DiffSpan {
    pub tag: DiffTag,
    pub left: Range<usize>,
    pub right: Range<usize>,
}

/// Whitespace-separated words with their byte ranges.
fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// The form two words are compared in.
fn key(word: &str) -> String {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    let core = if core.is_empty() { word } else { core };
    core.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

/// Word-level differences as byte ranges into `a` and `b`, in order.
pub fn word_diff_spans(a: &str, b: &str) -> Vec<DiffSpan> {
    let (wa, wb) = (split(a), split(b));
    let ka: Vec<String> = wa.iter().map(|r| key(&a[r.clone()])).collect();
    let kb: Vec<String> = wb.iter().map(|r| key(&b[r.clone()])).collect();
    let span = |words: &[Range<usize>], r: Range<usize>| match (
        words.get(r.start),
        r.end.checked_sub(1).and_then(|e| words.get(e)),
    ) {
        (Some(first), Some(last)) if !r.is_empty() => first.start..last.end,
        _ => 0..0,
    };
    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &ka, &kb) {
        let (old, new) = (op.old_range(), op.new_range());
        let (l, r) = (span(&wa, old), span(&wb, new));
        match op {
            DiffOp::Equal { .. } => out.push(DiffSpan {
                tag: DiffTag::Equal,
                left: l,
                right: r,
            }),
            DiffOp::Delete { .. } => out.push(DiffSpan {
                tag: DiffTag::Delete,
                left: l,
                right: 0..0,
            }),
            DiffOp::Insert { .. } => out.push(DiffSpan {
                tag: DiffTag::Insert,
                left: 0..0,
                right: r,
            }),
            DiffOp::Replace { .. } => {
                out.push(DiffSpan {
                    tag: DiffTag::Delete,
                    left: l,
                    right: 0..0,
                });
                out.push(DiffSpan {
                    tag: DiffTag::Insert,
                    left: 0..0,
                    right: r,
                });
            }
        }
    }
    out
}

/// Word-level differences as text: each entry a run of words with one tag, words joined by a
/// single space. Equal runs carry the left text's wording. Joining the Equal and Delete runs
/// with spaces gives back `a`'s words; the Equal and Insert runs, `b`'s (up to case and edge
/// punctuation in the Equal runs).
pub fn word_diff(a: &str, b: &str) -> Vec<(DiffTag, String)> {
    word_diff_spans(a, b)
        .into_iter()
        .map(|s| {
            let (text, range) = match s.tag {
                DiffTag::Insert => (b, s.right),
                _ => (a, s.left),
            };
            let words = text.get(range).unwrap_or("").split_whitespace();
            (s.tag, words.collect::<Vec<_>>().join(" "))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_changed_words_only() {
        let d = word_diff(
            "The mayor said the bridge will reopen in May.",
            "The mayor said the old bridge would reopen in May.",
        );
        assert_eq!(
            d,
            [
                (DiffTag::Equal, "The mayor said the".to_string()),
                (DiffTag::Insert, "old".to_string()),
                (DiffTag::Equal, "bridge".to_string()),
                (DiffTag::Delete, "will".to_string()),
                (DiffTag::Insert, "would".to_string()),
                (DiffTag::Equal, "reopen in May.".to_string()),
            ]
        );
    }

    #[test]
    fn case_punctuation_and_curly_apostrophes_are_not_differences() {
        let d = word_diff("“We won’t stop,” she said", "we won't stop she said.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].0, DiffTag::Equal);
    }

    #[test]
    fn spans_point_into_each_text() {
        let (a, b) = ("río grande floods", "río grande recedes");
        let s = word_diff_spans(a, b);
        assert_eq!(&a[s[0].left.clone()], "río grande");
        assert_eq!(&b[s[2].right.clone()], "recedes");
        assert!(word_diff("", "").is_empty());
        assert_eq!(
            word_diff("", "new words"),
            [(DiffTag::Insert, "new words".to_string())]
        );
    }
}
