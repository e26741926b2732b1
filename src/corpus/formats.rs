//! The input formats' own shapes: a `Key: value` header on text files, the `corpus.json`
//! manifest, JSONL article lines and news-please's JSON; plus the lenient date parser they share.

use crate::date::{Date, month_names};
use serde::Deserialize;
use std::collections::HashMap;

/// Publication facts as any format gives them, before cleaning.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    #[serde(default, alias = "author")]
    pub authors: Authors,
}

/// One author or several, as the formats disagree.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(untagged)]
pub enum Authors {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl Authors {
    pub fn list(&self) -> Vec<String> {
        match self {
            Authors::None => Vec::new(),
            Authors::One(s) => s.split([',', ';']).map(|a| a.trim().to_string()).collect(),
            Authors::Many(v) => v.clone(),
        }
    }
}

impl Meta {
    /// Fills the fields `self` lacks from `other`.
    pub fn or(mut self, other: &Meta) -> Meta {
        self.title = self.title.or_else(|| other.title.clone());
        self.outlet = self.outlet.or_else(|| other.outlet.clone());
        self.date = self.date.or_else(|| other.date.clone());
        self.url = self.url.or_else(|| other.url.clone());
        if matches!(self.authors, Authors::None) {
            self.authors = other.authors.clone();
        }
        self
    }
}

/// A text file's optional header: `Key: value` lines (Title, Outlet, Date, URL, Author and common
/// synonyms) ended by a blank line, or a `---` front-matter block. Returns the facts, the byte
/// offset where the body starts, and keys it did not know.
pub fn parse_header(text: &str) -> (Meta, usize, Vec<String>) {
    let (block, body_start) = if let Some(rest) = text.strip_prefix("---\n") {
        match rest.find("\n---") {
            Some(end) => {
                let after = 4 + end + 4;
                (&rest[..end], after.min(text.len()))
            }
            None => return (Meta::default(), 0, Vec::new()),
        }
    } else {
        let end = text.find("\n\n").unwrap_or(text.len());
        (&text[..end], (end + 2).min(text.len()))
    };
    let mut meta = Meta::default();
    let mut unknown = Vec::new();
    let mut known = 0;
    for line in block.lines() {
        let Some((key, value)) = line.split_once(':') else {
            return (Meta::default(), 0, Vec::new());
        };
        let key = key.trim().to_lowercase();
        if key.is_empty() || key.len() > 20 || key.contains(' ') && key != "published at" {
            return (Meta::default(), 0, Vec::new());
        }
        let value = value.trim().trim_matches('"').to_string();
        let slot = match key.as_str() {
            "title" | "headline" => &mut meta.title,
            "outlet" | "source" | "publisher" | "site" => &mut meta.outlet,
            "date" | "published" | "published at" | "pubdate" => &mut meta.date,
            "url" | "link" => &mut meta.url,
            "author" | "authors" | "by" | "byline" => {
                meta.authors = Authors::One(value);
                known += 1;
                continue;
            }
            _ => {
                unknown.push(key);
                continue;
            }
        };
        *slot = Some(value);
        known += 1;
    }
    // One known key is what makes a header; otherwise the first paragraph is story text.
    if known == 0 {
        return (Meta::default(), 0, Vec::new());
    }
    (meta, body_start, unknown)
}

/// `corpus.json`: either `{ "file.txt": {fields}, … }` or `[ {"file": "file.txt", fields}, … ]`.
pub fn parse_manifest(text: &str) -> Result<HashMap<String, Meta>, String> {
    #[derive(Deserialize)]
    struct Entry {
        file: String,
        #[serde(flatten)]
        meta: Meta,
    }
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Manifest {
        Map(HashMap<String, Meta>),
        List(Vec<Entry>),
    }
    match serde_json::from_str::<Manifest>(text) {
        Ok(Manifest::Map(m)) => Ok(m),
        Ok(Manifest::List(l)) => Ok(l.into_iter().map(|e| (e.file, e.meta)).collect()),
        Err(e) => Err(e.to_string()),
    }
}

/// One JSONL line.
#[derive(Debug, Deserialize)]
pub struct JsonlArticle {
    pub id: Option<serde_json::Value>,
    pub text: Option<String>,
    #[serde(flatten)]
    pub meta: Meta,
}

/// news-please's article JSON (the fields we use).
#[derive(Debug, Deserialize)]
pub struct NewsPlease {
    pub title: Option<String>,
    pub maintext: Option<String>,
    pub description: Option<String>,
    pub date_publish: Option<String>,
    pub source_domain: Option<String>,
    pub url: Option<String>,
    #[serde(default)]
    pub authors: Option<Vec<String>>,
}

impl NewsPlease {
    /// news-please's JSON has `maintext`; that key tells its files from others.
    pub fn looks_like(value: &serde_json::Value) -> bool {
        value.get("maintext").is_some()
    }

    pub fn into_parts(self) -> (Meta, Option<String>) {
        let meta = Meta {
            title: self.title,
            outlet: self.source_domain,
            date: self.date_publish,
            url: self.url,
            authors: self.authors.map_or(Authors::None, Authors::Many),
        };
        (meta, self.maintext.or(self.description))
    }
}

/// Reads a publication date as [`parse_date`] does, saying what was odd about it: a sign
/// before the year (ISO 8601's form for years before 1 or after 9999, never a publication
/// date, so no date at all), or a time or UTC offset out of range (`25:61`, `+99:99`: the day
/// is kept, the time was ignored anyway).
pub fn read_date(s: &str) -> (Option<Date>, Option<&'static str>) {
    let s = s.trim();
    let mut chars = s.chars();
    if matches!(chars.next(), Some('-' | '+')) && chars.next().is_some_and(|c| c.is_ascii_digit()) {
        return (None, Some("a sign before the year"));
    }
    let date = parse_date(s);
    let odd =
        date.and(bad_time(s).then_some("its time or UTC offset is out of range and was ignored"));
    (date, odd)
}

/// True when the first `H:MM` in `s` (with its seconds, fraction and offset) is no valid time.
fn bad_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let Some(colon) = (1..b.len()).find(|&i| b[i] == b':' && digit(i - 1) && digit(i + 1)) else {
        return false;
    };
    let number = |from: usize, to: usize| s[from..to].parse::<u32>().unwrap_or(u32::MAX);
    let hour_start = if colon >= 2 && digit(colon - 2) {
        colon - 2
    } else {
        colon - 1
    };
    let hour = number(hour_start, colon);
    let mut i = colon + 1;
    let end = if digit(i + 1) { i + 2 } else { i + 1 };
    let minute = number(i, end);
    i = end;
    let mut second = 0;
    if b.get(i) == Some(&b':') && digit(i + 1) && digit(i + 2) {
        second = number(i + 1, i + 3);
        i += 3;
    }
    if matches!(b.get(i), Some(b'.' | b',')) {
        i += 1;
        while digit(i) {
            i += 1;
        }
    }
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    let mut offset_ok = true;
    if matches!(b.get(i), Some(b'+' | b'-')) && digit(i + 1) {
        let digits: Vec<u32> = s[i + 1..]
            .bytes()
            .take_while(|c| c.is_ascii_digit() || *c == b':')
            .filter(u8::is_ascii_digit)
            .map(|c| u32::from(c - b'0'))
            .collect();
        offset_ok = match digits.as_slice() {
            [h1, h2, rest @ ..] if rest.len() <= 2 => {
                let minutes = rest.iter().fold(0, |m, d| m * 10 + d);
                h1 * 10 + h2 <= 23 && minutes <= 59
            }
            _ => false,
        };
    }
    !(offset_ok && hour <= 23 && minute <= 59 && second <= 60)
}

/// Parses the publication dates scrapers produce: ISO (`2023-03-21`, with a time or not),
/// `2023/03/21`, `March 21, 2023`, `21 March 2023`, RFC 2822 (`Tue, 21 Mar 2023 10:00:00 +0000`).
pub fn parse_date(s: &str) -> Option<Date> {
    if let Some(d) = Date::parse_iso(s) {
        return Some(d);
    }
    let tokens: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .take(8)
        .collect();
    // A month's name or any word that starts with its first three letters ("Sept", "Mar").
    let month_of = |t: &str| {
        let t = t.to_lowercase();
        (t.len() >= 3)
            .then(|| {
                month_names()
                    .iter()
                    .position(|m| t.as_bytes()[..3].eq_ignore_ascii_case(&m.as_bytes()[..3]))
            })
            .flatten()
            .map(|i| i as u8 + 1)
    };
    let num = |t: &str| t.parse::<u32>().ok();
    // Year/month/day in numbers.
    if let [y, m, d, ..] = tokens.as_slice()
        && y.len() == 4
        && let (Some(y), Some(m), Some(d)) = (num(y), num(m), num(d))
    {
        return Date::new(y as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    }
    let month_pos = tokens.iter().position(|t| month_of(t).is_some())?;
    let month = month_of(tokens[month_pos])?;
    let year = tokens
        .iter()
        .filter_map(|t| (t.len() == 4).then(|| num(t)).flatten())
        .next()?;
    // "March 21, 2023" has the day after the month; "21 Mar 2023" before it.
    let day_at = |i: usize| tokens.get(i).filter(|t| t.len() <= 2).and_then(|t| num(t));
    let day = day_at(month_pos + 1).or_else(|| month_pos.checked_sub(1).and_then(day_at))?;
    Date::new(year as i32, month, u8::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_block_is_read_and_body_follows() {
        let text = "Title: Port strike ends\nOutlet: Harbor Daily\nDate: 2024-06-03\nURL: https://h.example/a\nAuthor: Ana Ruiz, Jan Smit\nMood: calm\n\nBody here.";
        let (meta, start, unknown) = parse_header(text);
        assert_eq!(meta.title.as_deref(), Some("Port strike ends"));
        assert_eq!(meta.outlet.as_deref(), Some("Harbor Daily"));
        assert_eq!(meta.authors.list(), ["Ana Ruiz", "Jan Smit"]);
        assert_eq!(&text[start..], "Body here.");
        assert_eq!(unknown, ["mood"]);
    }

    #[test]
    fn story_text_with_a_colon_is_not_a_header() {
        let text = "The mayor said: the bridge is open.\n\nMore text.";
        assert_eq!(parse_header(text).1, 0);
        let fm = "---\ntitle: A\ndate: 2024-01-02\n---\nBody";
        let (meta, start, _) = parse_header(fm);
        assert_eq!(meta.date.as_deref(), Some("2024-01-02"));
        assert_eq!(fm[start..].trim(), "Body");
    }

    #[test]
    fn dates_in_common_forms() {
        let d = Date::new(2023, 3, 21);
        for s in [
            "2023-03-21",
            "2023-03-21 10:05:00",
            "2023/03/21",
            "March 21, 2023",
            "21 March 2023",
            "Tue, 21 Mar 2023 10:00:00 +0000",
        ] {
            assert_eq!(parse_date(s), d, "{s}");
        }
        for s in ["", "yesterday", "2023-02-30", "soon 99"] {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }

    #[test]
    fn manifest_in_both_shapes() {
        let m = parse_manifest(r#"{"a.txt": {"outlet": "X", "date": "2024-01-01"}}"#).unwrap();
        assert_eq!(m["a.txt"].outlet.as_deref(), Some("X"));
        let m =
            parse_manifest(r#"[{"file": "b.txt", "title": "T", "authors": ["A", "B"]}]"#).unwrap();
        assert_eq!(m["b.txt"].authors.list().len(), 2);
        assert!(parse_manifest("{oops").is_err());
    }
}
