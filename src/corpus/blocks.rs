//! Paragraphs and what they are. Scraped articles mix the story with photo captions, credits,
//! sub-headings and site furniture; general conventions of news pages tell them apart, so the
//! analysis reads only the story while the reader still shows everything, dimmed.

mod pieces;

use super::spaces::count_words_upto;
use super::{Block, Paragraph};
use crate::date::month_names;
use crate::text::Span;
use crate::text::hash::Set;
use pieces::{MARKERS, is_marker, raw_paragraphs, split_inline_markers, sub};
use std::borrow::Cow;

/// An article body split into classified paragraphs.
#[derive(Debug, Default)]
pub struct Layout {
    /// Paragraphs joined by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// A headline found as the body's first line, for articles without a title.
    pub headline: Option<String>,
}

/// Splits `body` into paragraphs and classifies them.
pub fn layout(body: &str) -> Layout {
    let mut pieces: Vec<(Cow<'_, str>, Option<Block>)> = Vec::new();
    let mut parts = Vec::new();
    for raw in raw_paragraphs(body) {
        if let Some(rest) = raw.strip_prefix('#') {
            let heading = rest.trim_start_matches('#').trim();
            let at = heading.as_ptr() as usize - raw.as_ptr() as usize;
            pieces.push((sub(&raw, at..at + heading.len()), Some(Block::Heading)));
        } else {
            parts.clear();
            split_inline_markers(&raw, 0, &mut parts);
            for (r, is_marker) in parts.drain(..) {
                pieces.push((sub(&raw, r), is_marker.then_some(Block::Boilerplate)));
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
                headline = Some(text.to_string());
            }
            *k
        } else if teaser_from.is_some() {
            Block::Boilerplate
        } else if i >= half.max(1) && is_marker(text, &MARKERS.teaser) {
            teaser_from = Some(i);
            Block::Boilerplate
        } else if is_copyright(text) || is_staff_line(text) {
            Block::Boilerplate
        } else if is_dateline(text) {
            Block::Story
        } else if is_caption(text) {
            Block::Caption
        } else if i == 0 && is_headline(text) {
            headline = Some(text.to_string());
            Block::Heading
        } else if is_subheading(text) {
            Block::Heading
        } else {
            Block::Story
        };
        kinds.push(kind);
    }
    mark_repeats(&pieces, &mut kinds);
    join(pieces, kinds, headline)
}

/// The pieces joined by blank lines into the article's text, sized once.
fn join(
    pieces: Vec<(Cow<'_, str>, Option<Block>)>,
    kinds: Vec<Block>,
    headline: Option<String>,
) -> Layout {
    // As many bytes as the loop below writes (an empty first piece, a bare "#", gets no
    // separator after it).
    let mut len = 0;
    for (text, _) in &pieces {
        if len > 0 {
            len += 2;
        }
        len += text.len();
    }
    let mut out = Layout {
        text: String::with_capacity(len),
        paragraphs: Vec::with_capacity(pieces.len()),
        headline,
    };
    for ((text, _), kind) in pieces.into_iter().zip(kinds) {
        // Paragraphs keep u32 offsets: an article over 4 GiB (never met in news) ends at its
        // last whole paragraph below that.
        if u32::try_from(out.text.len() + 2 + text.len()).is_err() {
            break;
        }
        if !out.text.is_empty() {
            out.text.push_str("\n\n");
        }
        let start = out.text.len();
        out.text.push_str(&text);
        out.paragraphs
            .push(Paragraph::new(Span::new(start, out.text.len()), kind));
    }
    out
}

/// The first position at or after `from` where `needle` (lowercase ASCII) occurs in `hay`,
/// ignoring ASCII case, without allocating. Matches start and end on ASCII bytes, so they are
/// char boundaries.
fn find_ci(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    // Hop from one occurrence of the first byte, in either case, to the next: every
    // paragraph of every article is searched while loading.
    let last = h.len() - n.len();
    memchr::memchr2_iter(n[0], n[0].to_ascii_uppercase(), &h[from.min(h.len())..])
        .map(|i| i + from)
        .take_while(|&i| i <= last)
        .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    find_ci(hay, needle, 0).is_some()
}

fn is_copyright(text: &str) -> bool {
    let starts = |p: &str| {
        text.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    // The word count first: it stops early on a long paragraph, the search would not.
    count_words_upto(text, 40) < 40
        && (text.starts_with('©')
            || starts("(c) ")
            || starts("copyright")
            || contains_ci(text, "all rights reserved"))
}

/// A byline ("By Ahmed Aboulenein and Jane Doe") or a wire's staff credits ("(Reporting by …;
/// Editing by …)"): the writers of the piece, not people in the story.
fn is_staff_line(text: &str) -> bool {
    let t = text.trim().trim_start_matches('(');
    let starts = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    let credit = [
        "reporting by ",
        "additional reporting by ",
        "writing by ",
        "editing by ",
    ]
    .iter()
    .any(|p| starts(p));
    let byline = t.starts_with("By ")
        && count_words_upto(t, 10) <= 8
        && !t.ends_with(['.', '!', '?', '"', '”'])
        && t[3..]
            .split_whitespace()
            .all(|w| w == "and" || w.starts_with(char::is_uppercase));
    credit || byline
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
    // The slug is the text before the first " - " (or, when there is none, the first
    // " – "), and at most 24 bytes long: only the head of the paragraph needs searching,
    // except to rule out a later " - " when the head has only an en dash.
    let b = text.as_bytes();
    let find_in_head = |pat: &[u8]| {
        b[..b.len().min(24 + pat.len())]
            .windows(pat.len())
            .position(|w| w == pat)
    };
    let slug_end = match find_in_head(b" - ") {
        Some(p) => p,
        None => match find_in_head(" – ".as_bytes()) {
            Some(p) if !b.windows(3).any(|w| w == b" - ") => p,
            _ => return false,
        },
    };
    let slug = &text[..slug_end];
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
        match t.as_bytes().windows(2).rposition(|w| w == b". ") {
            Some(dot) => &t[dot + 2..],
            None => return false,
        }
    };
    let has_agency_mark = tail.contains('/') || tail.contains(" via ");
    let credit_words = || {
        tail.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(w, "via" | "by" | "for" | "and" | "/")
        })
    };
    has_agency_mark && credit_words() && count_words_upto(tail, 12) <= 12
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

/// "March 20, 2023" or "20 March 2023".
fn has_full_date(text: &str) -> bool {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let tokens: Vec<&str> = text
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let is_month = |t: &str| month_names().iter().any(|m| m.eq_ignore_ascii_case(t));
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
    !ends_sentence(text) && (3..=30).contains(&count_words_upto(text, 30))
}

/// A wire dateline standing alone ("OSLO, May 7 (Reuters) -"): no heading but the story's
/// first words, whose date is the day of writing.
fn is_dateline(text: &str) -> bool {
    let rest = super::article::strip_dateline(text);
    rest.len() < text.len() && rest.trim().is_empty()
}

/// Short lines without sentence punctuation, and short questions, are sub-headings.
fn is_subheading(text: &str) -> bool {
    // Counted only as far as needed, and only for the few paragraphs that could qualify.
    let at_most = |n: usize| count_words_upto(text, n) <= n;
    let quoted = text.starts_with(['"', '“']);
    (!ends_sentence(text) && at_most(12))
        || (text.ends_with('?') && !quoted && at_most(10))
        || ((text.starts_with('‘') && text.ends_with('’')) && at_most(6))
}

/// Later copies of a caption (with or without its credit) and exact repeats of a paragraph are
/// not the story again.
fn mark_repeats(pieces: &[(Cow<'_, str>, Option<Block>)], kinds: &mut [Block]) {
    let captions: Vec<&str> = pieces
        .iter()
        .zip(kinds.iter())
        .filter(|(_, k)| **k == Block::Caption)
        .map(|((p, _), _)| p.as_ref())
        .collect();
    let mut seen = Set::default();
    for (i, (text, _)) in pieces.iter().enumerate() {
        let first = seen.insert(text.as_ref());
        if kinds[i] != Block::Story {
            continue;
        }
        if captions.iter().any(|c| c.starts_with(text.as_ref())) {
            kinds[i] = Block::Caption;
        } else if !first {
            kinds[i] = Block::Boilerplate;
        }
    }
}

#[cfg(test)]
mod tests;
