//! Cutting an article body into paragraph pieces before they are classified: blank lines
//! separate paragraphs, hard-wrapped lines are joined, runs of white space collapse, and
//! inline markers ("Advertisement") are cut out into pieces of their own. Pieces borrow the
//! body wherever the text stays as it is, so a clean body is copied once, into the
//! article's text.

use super::super::spaces::has_odd_space;
use crate::text::lexicon::BOILERPLATE;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// Markers of site furniture, from `assets/boilerplate.txt`, lower case.
pub struct Markers {
    pub inline: Vec<String>,
    pub teaser: Vec<String>,
    /// The bytes an inline marker can start with, either case.
    inline_first: [bool; 256],
}

pub static MARKERS: LazyLock<Markers> = LazyLock::new(|| {
    let mut m = Markers {
        inline: Vec::new(),
        teaser: Vec::new(),
        inline_first: [false; 256],
    };
    let list = BOILERPLATE.list();
    let lower = |s| {
        list.section(s)
            .iter()
            .map(|e| e.text.to_lowercase())
            .collect()
    };
    m.inline = lower("inline");
    m.teaser = lower("teaser");
    for marker in &m.inline {
        if let Some(&b) = marker.as_bytes().first() {
            m.inline_first[usize::from(b)] = true;
            m.inline_first[usize::from(b.to_ascii_uppercase())] = true;
        }
    }
    m
});

/// A part of `whole` as a piece of the same kind: borrowed stays borrowed.
pub fn sub<'a>(whole: &Cow<'a, str>, r: Range<usize>) -> Cow<'a, str> {
    match whole {
        Cow::Borrowed(s) => Cow::Borrowed(&s[r]),
        Cow::Owned(s) => Cow::Owned(s[r].to_string()),
    }
}

/// Blank lines separate paragraphs. Within a block, short lines are a hard-wrapped paragraph
/// (joined); long lines are one paragraph each (files that put one paragraph on a line).
pub fn raw_paragraphs(body: &str) -> Vec<Cow<'_, str>> {
    let mut out = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for line in body.lines() {
        let line = line.trim_matches(|c: char| c.is_whitespace());
        if line.is_empty() {
            flush(&mut block, &mut out);
        } else {
            block.push(line);
        }
    }
    flush(&mut block, &mut out);
    out.into_iter()
        .map(collapse_spaces)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Ends a block of lines: one paragraph if its lines are hard-wrapped, else one a line.
fn flush<'a>(block: &mut Vec<&'a str>, out: &mut Vec<Cow<'a, str>>) {
    if block.is_empty() {
        return;
    }
    // A line of fewer than 100 bytes has fewer than 100 characters: no need to count.
    let wrapped = block[..block.len() - 1]
        .iter()
        .all(|l| l.len() < 100 || l.chars().count() < 100);
    if wrapped && !block.iter().any(|l| l.starts_with('#')) {
        out.push(match block.as_slice() {
            [one] => Cow::Borrowed(*one),
            _ => Cow::Owned(block.join(" ")),
        });
    } else {
        out.extend(block.iter().map(|l| Cow::Borrowed(*l)));
    }
    block.clear();
}

/// Tabs and runs of spaces inside a paragraph become one space: the reader wraps text itself.
fn collapse_spaces(s: Cow<'_, str>) -> Cow<'_, str> {
    let b = s.as_bytes();
    let double = memchr::memmem::find(b, b"  ").is_some();
    if !double && !has_odd_space(b) {
        return s;
    }
    Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Where a sentence could start: the start, and after a space that follows closing
/// punctuation (`.`, `!`, `?`, `"`, `”`), in order. The marks are found with SIMD searches
/// (the last byte of `”` is 0x9d), not by looking at every space.
fn sentence_starts(b: &[u8]) -> Vec<usize> {
    let spaced = |i: usize| b.get(i + 1) == Some(&b' ');
    let mut starts: Vec<usize> = memchr::memchr3_iter(b'.', b'!', b'?', b)
        .chain(memchr::memchr2_iter(b'"', 0x9d, b))
        .filter(|&i| spaced(i) && (b[i] != 0x9d || i >= 2 && b[i - 2..i] == [0xe2, 0x80]))
        .map(|i| i + 2)
        .collect();
    starts.sort_unstable();
    starts.insert(0, 0);
    starts
}

/// Cuts inline markers ("… the talks. Advertisement The plan …") out into their own pieces:
/// byte ranges of `text` (offset by `base`), each with whether it is a marker.
pub fn split_inline_markers(text: &str, base: usize, out: &mut Vec<(Range<usize>, bool)>) {
    if is_marker(text, &MARKERS.inline) {
        out.push((base..base + text.len(), true));
        return;
    }
    // A marker stands where a sentence could start: at the start or after closing punctuation.
    for pos in sentence_starts(text.as_bytes()) {
        if !text
            .as_bytes()
            .get(pos)
            .is_some_and(|&b| MARKERS.inline_first[usize::from(b)])
        {
            continue;
        }
        for marker in &MARKERS.inline {
            let end = pos + marker.len();
            let Some(found) = text.get(pos..end) else {
                continue;
            };
            if !found.eq_ignore_ascii_case(marker) || !found.starts_with(|c: char| c.is_uppercase())
            {
                continue;
            }
            let before = text[..pos].trim_end();
            let after = text[end..].trim_start();
            let before_sentence =
                after.is_empty() || after.starts_with(|c: char| c.is_uppercase() || c == '"');
            if before_sentence && !(before.is_empty() && after.is_empty()) {
                if !before.is_empty() {
                    out.push((base..base + before.len(), false));
                }
                out.push((base + pos..base + end, true));
                if !after.is_empty() {
                    let at = text.len() - after.len();
                    split_inline_markers(after, base + at, out);
                }
                return;
            }
        }
    }
    out.push((base..base + text.len(), false));
}

pub fn is_marker(text: &str, markers: &[String]) -> bool {
    // Markers are short; most paragraphs are not, and need no lowercasing.
    if text.len() > 64 {
        return false;
    }
    let t = text
        .trim()
        .trim_end_matches([':', '.'])
        .trim()
        .to_lowercase();
    markers.contains(&t)
}
