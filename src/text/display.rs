//! Widths in terminal columns and truncation that never splits a character, for the CLI tables
//! and the interface.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Cuts `s` to at most `max` display columns, ending in "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.width() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    s.width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_by_columns() {
        assert_eq!(truncate("中文中文", 5), "中文…");
        assert_eq!(truncate("short", 9), "short");
        assert_eq!(width("中a"), 3);
    }
}
