//! The publication date an undated article gives in its own text: a "Published …" or
//! "Updated …" line at its head ("Published 10:42 a.m. ET May 7, 2024"), or a wire dateline
//! that writes the year ("OSLO, May 7, 2024 (Reuters) -"). The loader takes it when the
//! article has no date of its own and says so in a warning, since it was read, not given.

use super::Paragraph;
use super::article::strip_dateline;
use super::formats::parse_date;
use crate::date::{Date, month_names};

/// How many paragraphs from the top a publication line or dateline is looked for in.
const HEAD: usize = 4;

/// Words that open a line stating when the piece was published or last updated; a
/// publication line beats an update, which comes later.
const STAMPS: [(&str, u8); 4] = [
    ("published", 0),
    ("first published", 0),
    ("posted", 1),
    ("updated", 2),
];

/// The date the head of `text` gives for publication, and the words it was read from.
pub fn from_text<'a>(text: &'a str, paragraphs: &[Paragraph]) -> Option<(Date, &'a str)> {
    let mut best: Option<(u8, Date, &str)> = None;
    for p in paragraphs.iter().take(HEAD) {
        let para = &text[p.span.range()];
        for line in para.lines().map(str::trim) {
            let rank = STAMPS.iter().find_map(|&(w, rank)| {
                line.get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w))
                    .then_some(rank)
            });
            if let Some(rank) = rank
                && best.is_none_or(|(r, ..)| rank < r)
                && let Some(d) = full_date(line)
            {
                best = Some((rank, d, line));
            }
        }
        let rest = strip_dateline(para);
        if best.is_none() && rest.len() < para.len() {
            let head = &para[..para.len() - rest.len()];
            if let Some(d) = full_date(head) {
                best = Some((3, d, head.trim()));
            }
        }
    }
    best.map(|(_, d, line)| (d, line))
}

/// A date with its year written in `line`, from its first month name on: "May 7, 2024",
/// "7 May 2024", or an ISO date.
fn full_date(line: &str) -> Option<Date> {
    let at = line
        .char_indices()
        .filter(|&(i, c)| {
            c.is_alphanumeric() && (i == 0 || !line[..i].ends_with(char::is_alphanumeric))
        })
        .map(|(i, _)| i)
        .find(|&i| {
            let w = &line[i..];
            month_names()
                .iter()
                .any(|m| w.get(..3).is_some_and(|h| h.eq_ignore_ascii_case(&m[..3])))
                || Date::parse_iso(w).is_some()
        })?;
    // "7 May 2024": the day may come first.
    let from = line[..at]
        .trim_end()
        .rfind(|c: char| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    let from = if line[from..at].trim().is_empty() {
        at
    } else {
        from
    };
    let part = &line[from..];
    let has_year = part
        .split(|c: char| !c.is_ascii_digit())
        .any(|t| t.len() == 4);
    has_year.then(|| parse_date(part)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::blocks::layout;

    fn found(body: &str) -> Option<(String, String)> {
        let laid = layout(body);
        from_text(&laid.text, &laid.paragraphs).map(|(d, l)| (d.to_string(), l.to_string()))
    }

    #[test]
    fn a_publication_line_or_a_dated_dateline_dates_the_article() {
        let got = found("Published 9:15 a.m. ET March 4, 2025\n\nThe ferry sank off Bodo.");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("2025-03-04"));
        // Publication beats a later update.
        let got =
            found("Updated 4 March 2025\n\nPublished 2 March 2025\n\nThe ferry sank off Bodo.");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("2025-03-02"));
        let got = found("BODO, March 4, 2025 (Nordpress) - The ferry sank.");
        assert_eq!(got.map(|g| g.0).as_deref(), Some("2025-03-04"));
        // A dateline without its year, or a date in the story, dates nothing.
        assert_eq!(found("BODO, March 4 (Nordpress) - The ferry sank."), None);
        assert_eq!(found("The ferry sank on March 4, 2025, off Bodo."), None);
        assert_eq!(found("Updated"), None);
    }
}
