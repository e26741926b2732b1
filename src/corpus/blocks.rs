//! Paragraphs and what they are. Scraped articles mix the story with photo captions, credits,
//! sub-headings and site furniture; general conventions of news pages tell them apart, so the
//! analysis reads only the story while the reader still shows everything, dimmed.

use super::{Block, Paragraph};
use std::collections::HashSet;
use std::sync::LazyLock;

/// An article body split into classified paragraphs.
#[derive(Debug, Default)]
pub struct Layout {
    /// Paragraphs joined by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// A headline found as the body's first line, for articles without a title.
    pub headline: Option<String>,
}

struct Markers {
    inline: Vec<String>,
    teaser: Vec<String>,
}

static MARKERS: LazyLock<Markers> = LazyLock::new(|| {
    let mut m = Markers {
        inline: Vec::new(),
        teaser: Vec::new(),
    };
    let mut section = "";
    for line in include_str!("../../assets/boilerplate.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line {
            "[inline]" | "[teaser]" => section = line,
            _ if section == "[inline]" => m.inline.push(line.to_lowercase()),
            _ => m.teaser.push(line.to_lowercase()),
        }
    }
    m
});

/// Splits `body` into paragraphs and classifies them.
pub fn layout(body: &str) -> Layout {
    let mut pieces: Vec<(String, Option<Block>)> = Vec::new();
    for raw in raw_paragraphs(body) {
        let (text, heading) = match raw.strip_prefix('#') {
            Some(rest) => (rest.trim_start_matches('#').trim().to_string(), true),
            None => (raw, false),
        };
        if heading {
            pieces.push((text, Some(Block::Heading)));
        } else {
            for (part, is_marker) in split_inline_markers(&text) {
                pieces.push((part, is_marker.then_some(Block::Boilerplate)));
            }
        }
    }
    let mut kinds: Vec<Block> = Vec::with_capacity(pieces.len());
    let mut headline = None;
    let mut teaser_from = None;
    let half = pieces.len() / 2;
    for (i, (text, preset)) in pieces.iter().enumerate() {
        let kind = if let Some(k) = preset {
            if i == 0 && *k == Block::Heading {
                headline = Some(text.clone());
            }
            *k
        } else if teaser_from.is_some() {
            Block::Boilerplate
        } else if i >= half.max(1) && is_marker(text, &MARKERS.teaser) {
            teaser_from = Some(i);
            Block::Boilerplate
        } else if is_copyright(text) {
            Block::Boilerplate
        } else if is_caption(text) {
            Block::Caption
        } else if i == 0 && is_headline(text) {
            headline = Some(text.clone());
            Block::Heading
        } else if is_subheading(text) {
            Block::Heading
        } else {
            Block::Story
        };
        kinds.push(kind);
    }
    mark_repeats(&pieces, &mut kinds);

    let mut out = Layout {
        headline,
        ..Layout::default()
    };
    for ((text, _), kind) in pieces.into_iter().zip(kinds) {
        if !out.text.is_empty() {
            out.text.push_str("\n\n");
        }
        let start = out.text.len();
        out.text.push_str(&text);
        out.paragraphs.push(Paragraph {
            start,
            end: out.text.len(),
            kind,
        });
    }
    out
}

/// Blank lines separate paragraphs. Within a block, short lines are a hard-wrapped paragraph
/// (joined); long lines are one paragraph each (files that put one paragraph on a line).
fn raw_paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut Vec<String>| {
        if block.is_empty() {
            return;
        }
        let wrapped = block[..block.len() - 1]
            .iter()
            .all(|l| l.chars().count() < 100);
        if wrapped && !block.iter().any(|l| l.starts_with('#')) {
            out.push(block.join(" "));
        } else {
            out.extend(block.iter().map(|l| l.to_string()));
        }
        block.clear();
    };
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
        .map(|p| collapse_spaces(&p))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Tabs and runs of spaces inside a paragraph become one space: the reader wraps text itself.
fn collapse_spaces(s: &str) -> String {
    if !s.contains("  ") && !has_odd_space(s.as_bytes()) {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whitespace other than a plain space, by its UTF-8 bytes: ASCII controls, NEL, no-break space,
/// the U+2000 block, line and paragraph separators, and the other Unicode spaces.
fn has_odd_space(b: &[u8]) -> bool {
    b.iter().enumerate().any(|(i, &x)| match x {
        b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => true,
        0xc2 => matches!(b.get(i + 1), Some(0x85 | 0xa0)),
        0xe1 => matches!((b.get(i + 1), b.get(i + 2)), (Some(0x9a), Some(0x80))),
        0xe2 => matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0x80), Some(0x80..=0x8a | 0xa8 | 0xa9 | 0xaf)) | (Some(0x81), Some(0x9f))
        ),
        0xe3 => matches!((b.get(i + 1), b.get(i + 2)), (Some(0x80), Some(0x80))),
        _ => false,
    })
}

/// The first position at or after `from` where `needle` (lowercase ASCII) occurs in `hay`,
/// ignoring ASCII case, without allocating. Matches start and end on ASCII bytes, so they are
/// char boundaries.
fn find_ci(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (from..=h.len() - n.len())
        .find(|&i| h[i].to_ascii_lowercase() == n[0] && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    find_ci(hay, needle, 0).is_some()
}

/// Cuts inline markers ("… the talks. Advertisement The plan …") out into their own pieces.
fn split_inline_markers(text: &str) -> Vec<(String, bool)> {
    if is_marker(text, &MARKERS.inline) {
        return vec![(text.to_string(), true)];
    }
    // A marker stands where a sentence could start: at the start or after closing punctuation.
    let starts = std::iter::once(0).chain(text.match_indices(' ').filter_map(|(i, _)| {
        text[..i]
            .ends_with(['.', '!', '?', '"', '”'])
            .then_some(i + 1)
    }));
    for pos in starts {
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
                let mut out = Vec::new();
                if !before.is_empty() {
                    out.push((before.to_string(), false));
                }
                out.push((found.to_string(), true));
                if !after.is_empty() {
                    out.extend(split_inline_markers(after));
                }
                return out;
            }
        }
    }
    vec![(text.to_string(), false)]
}

fn is_marker(text: &str, markers: &[String]) -> bool {
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

fn is_copyright(text: &str) -> bool {
    let starts = |p: &str| {
        text.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    (text.starts_with('©')
        || starts("(c) ")
        || starts("copyright")
        || contains_ci(text, "all rights reserved"))
        && words(text) < 40
}

/// Captions and credit lines by the conventions of photo desks: "Photo by …", an agency credit in
/// parentheses or at the end ("Name/Agency via REUTERS"), an upper-case "TOPSHOT - " slug, or a
/// one-sentence present-tense description that ends with the full date the photo was taken.
pub fn is_caption(text: &str) -> bool {
    // Every credit phrase names a photo, an image or a credit: a fast test for most paragraphs.
    let maybe_credit = ["hoto", "HOTO", "mage:", "MAGE:", "redit", "REDIT"]
        .iter()
        .any(|k| text.contains(k));
    if maybe_credit
        && [
            "photo by ",
            "photograph by ",
            "photo: ",
            "photograph: ",
            "image: ",
            "photo credit",
            "file photo",
        ]
        .iter()
        .any(|m| contains_ci(text, m))
    {
        return true;
    }
    if has_slug_prefix(text) || ends_with_credit(text) {
        return true;
    }
    is_photo_description(text)
}

/// "TOPSHOT - …", "FILE PHOTO - …": an upper-case slug, a dash, then the caption.
fn has_slug_prefix(text: &str) -> bool {
    let Some((slug, _)) = text.split_once(" - ").or_else(|| text.split_once(" – ")) else {
        return false;
    };
    slug.len() >= 4
        && slug.len() <= 24
        && slug.chars().any(char::is_alphabetic)
        && slug
            .chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '/')
}

/// A trailing credit: "(Sputnik/Alexei Maishev/Pool via REUTERS)", "(AP Photo/Jane Doe)",
/// "ALEXEI DRUZHININ/Sputnik/AFP via Getty Images". Credits name agencies with slashes or "via".
fn ends_with_credit(text: &str) -> bool {
    let t = text.trim_end_matches(['.', ' ']);
    let tail = if let Some(inner) = t.strip_suffix(')') {
        match inner.rfind('(') {
            Some(open) => &inner[open + 1..],
            None => return false,
        }
    } else {
        // The words after the last sentence end.
        match t.rfind(". ") {
            Some(dot) => &t[dot + 2..],
            None => return false,
        }
    };
    let has_agency_mark = tail.contains('/') || tail.contains(" via ");
    let credit_words = tail.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || matches!(w, "via" | "by" | "for" | "and" | "/")
    });
    has_agency_mark && credit_words && words(tail) <= 12
}

/// "X arrives at the Kremlin … in Moscow, Russia, March 20, 2023." Photo desks describe the
/// picture in the present tense and end with the date it was taken; story sentences report
/// in the past tense and rarely carry the year of a current event.
fn is_photo_description(text: &str) -> bool {
    if text.contains(". ") || text.contains(['"', '“', '”']) || !has_full_date(text) {
        return false;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    tokens.windows(2).any(|w| {
        let prev = w[0];
        let word = w[1].trim_end_matches([',', '.']);
        let subject_before = prev.ends_with(',') || prev.starts_with(|c: char| c.is_uppercase());
        subject_before
            && word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("'s")
            && !word.ends_with("’s")
            && word.chars().all(|c| c.is_ascii_lowercase())
    })
}

static MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// "March 20, 2023" or "20 March 2023".
fn has_full_date(text: &str) -> bool {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let tokens: Vec<&str> = text
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let is_month = |t: &str| MONTHS.iter().any(|m| m.eq_ignore_ascii_case(t));
    let is_day = |t: &str| t.len() <= 2 && t.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    let is_year = |t: &str| t.len() == 4 && t.parse::<u16>().is_ok_and(|y| y > 1800);
    tokens.windows(3).any(|w| {
        (is_month(w[0]) && is_day(w[1]) && is_year(w[2]))
            || (is_day(w[0]) && is_month(w[1]) && is_year(w[2]))
    })
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', '…', '"', '”', '’', '\'', ')', ':', ';'])
}

/// A first line with no closing punctuation and headline length is the headline.
fn is_headline(text: &str) -> bool {
    !ends_sentence(text) && (3..=30).contains(&words(text))
}

/// Short lines without sentence punctuation, and short questions, are sub-headings.
fn is_subheading(text: &str) -> bool {
    let n = words(text);
    let quoted = text.starts_with(['"', '“']);
    (!ends_sentence(text) && n <= 12)
        || (text.ends_with('?') && n <= 10 && !quoted)
        || ((text.starts_with('‘') && text.ends_with('’')) && n <= 6)
}

/// Later copies of a caption (with or without its credit) and exact repeats of a paragraph are
/// not the story again.
fn mark_repeats(pieces: &[(String, Option<Block>)], kinds: &mut [Block]) {
    let captions: Vec<&str> = pieces
        .iter()
        .zip(kinds.iter())
        .filter(|(_, k)| **k == Block::Caption)
        .map(|((p, _), _)| p.as_str())
        .collect();
    let mut seen = HashSet::new();
    for (i, (text, _)) in pieces.iter().enumerate() {
        let first = seen.insert(text.as_str());
        if kinds[i] != Block::Story {
            continue;
        }
        if captions.iter().any(|c| c.starts_with(text.as_str())) {
            kinds[i] = Block::Caption;
        } else if !first {
            kinds[i] = Block::Boilerplate;
        }
    }
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests;
