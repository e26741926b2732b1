//! From the matcher's char indices to what a view draws: byte ranges that never split a
//! character cluster, and the slice of a long text to show so the match stays in view.

use std::ops::Range;
use unicode_width::UnicodeWidthChar;

/// Characters that belong to the cluster of the character before them: combining marks, joiners,
/// variation selectors, skin tones, and the character after a zero-width joiner. Covers the
/// scripts news text mostly uses, without a segmentation table.
fn extends(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF..=0x05C7
        | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963
        | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x20D0..=0x20FF
        | 0x302A..=0x302F | 0x3099..=0x309A | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F
        | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
}

/// The byte ranges of `text` covering the chars at `indices` (char indices, any order), merged
/// where adjacent and widened to whole clusters, so styling them never splits "é" written as
/// `e` + combining accent, or an emoji sequence. Indices past the end are ignored.
pub fn byte_ranges(text: &str, indices: &[usize]) -> Vec<Range<usize>> {
    let mut wanted: Vec<usize> = indices.to_vec();
    wanted.sort_unstable();
    wanted.dedup();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out: Vec<Range<usize>> = Vec::new();
    for &i in &wanted {
        let Some(&(_, _)) = chars.get(i) else { break };
        // Back to the cluster's base, forward over everything that extends it.
        let mut first = i;
        while first > 0 && (extends(chars[first].1) || chars[first - 1].1 == '\u{200D}') {
            first -= 1;
        }
        let mut last = i;
        while let Some(&(_, next)) = chars.get(last + 1) {
            if extends(next) || chars[last].1 == '\u{200D}' {
                last += 1;
            } else {
                break;
            }
        }
        let start = chars[first].0;
        let end = chars[last].0 + chars[last].1.len_utf8();
        match out.last_mut() {
            Some(prev) if prev.end >= start => prev.end = prev.end.max(end),
            _ => out.push(start..end),
        }
    }
    out
}

/// The byte range of `text` to show in `width` columns: all of it when it fits, otherwise a
/// slice on character boundaries that starts a little before the first matched char (char
/// index into `text`), so the match is visible with some context. The caller adds ellipses.
pub fn window(text: &str, indices: &[usize], width: usize) -> Range<usize> {
    let cols = |c: char| c.width().unwrap_or(0);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    if chars.iter().map(|&(_, c)| cols(c)).sum::<usize>() <= width {
        return 0..text.len();
    }
    let first = indices
        .iter()
        .copied()
        .min()
        .unwrap_or(0)
        .min(chars.len().saturating_sub(1));
    // Up to a third of the width of context before the match.
    let mut start = first;
    let mut used = 0;
    while start > 0 && used + cols(chars[start - 1].1) <= width / 3 {
        start -= 1;
        used += cols(chars[start].1);
    }
    let mut end = start;
    let mut used = 0;
    while end < chars.len() && used + cols(chars[end].1) <= width {
        used += cols(chars[end].1);
        end += 1;
    }
    // At the end of the text, spend what is left on more context before the match.
    while end == chars.len() && start > 0 && used + cols(chars[start - 1].1) <= width {
        start -= 1;
        used += cols(chars[start].1);
    }
    // Never start on a combining mark, nor end inside a cluster.
    while start < end && extends(chars[start].1) {
        start += 1;
    }
    while end > start
        && end < chars.len()
        && (extends(chars[end].1) || chars[end - 1].1 == '\u{200D}')
    {
        end -= 1;
    }
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    byte(start)..byte(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_merge_and_follow_chars() {
        let text = "Zelenskyy\u{2019}s caf\u{e9}";
        // "’" is three bytes: the chars after it are shifted in bytes, not in chars.
        assert_eq!(byte_ranges(text, &[0, 1, 9]), vec![0..2, 9..12]);
        let e = text.char_indices().nth(15).unwrap().0;
        assert_eq!(&text[byte_ranges(text, &[15])[0].clone()], "\u{e9}");
        assert_eq!(e, 17);
        assert!(byte_ranges(text, &[99]).is_empty());
    }

    #[test]
    fn ranges_cover_whole_clusters() {
        let text = "cafe\u{301} ok"; // e + combining acute
        assert_eq!(byte_ranges(text, &[3]), vec![3..6]);
        assert_eq!(byte_ranges(text, &[4]), vec![3..6]);
        let family = "a\u{1F468}\u{200D}\u{1F469}b";
        let r = byte_ranges(family, &[1]);
        assert_eq!(&family[r[0].clone()], "\u{1F468}\u{200D}\u{1F469}");
    }

    #[test]
    fn window_keeps_the_match_in_view() {
        let text = format!("{}needle{}", "x".repeat(100), "y".repeat(100));
        let w = window(&text, &[100, 101], 30);
        assert!(w.start <= 100 && w.end >= 106, "{w:?}");
        assert!(w.end - w.start <= 30);
        assert_eq!(window("short", &[0], 30), 0..5);
        let tail = window(&text, &[205], 30);
        assert_eq!(tail.end, text.len());
        assert_eq!(tail.end - tail.start, 30);
    }
}
