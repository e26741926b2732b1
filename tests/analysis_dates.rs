//! End-to-end checks of the date extractor on the seed articles and on invented stories.

use parallax::analysis::dates::extract;
use parallax::date::Date;

/// Splits a paragraph into sentences at `.`, `?` or `!` (and closing quotes) followed by a space
/// and a capital or an opening quote, except after initials and common abbreviations.
fn sentences(p: &str) -> Vec<&str> {
    const ABBR: [&str; 16] = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Gen",
        "Sen", "Rep", "Gov",
    ];
    let b = p.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..b.len() {
        if !matches!(b[i], b'.' | b'?' | b'!') {
            continue;
        }
        let mut j = i + 1;
        while j < b.len() && matches!(b[j], b'"' | b'\'' | 0x80..=0xBF | 0xE2) {
            j += 1;
        }
        if j >= b.len() || b[j] != b' ' {
            continue;
        }
        let next = p[j + 1..].chars().next().unwrap_or(' ');
        if !(next.is_uppercase() || matches!(next, '"' | '\u{201C}' | '\u{2018}')) {
            continue;
        }
        let word = p[start..i].rsplit([' ', '.']).next().unwrap_or("");
        if b[i] == b'.' && (word.chars().count() == 1 || ABBR.contains(&word)) {
            continue;
        }
        out.push(&p[start..j]);
        start = j + 1;
    }
    if start < p.len() && !p[start..].trim().is_empty() {
        out.push(&p[start..]);
    }
    out
}

/// (expression text, value) for every expression in `text`, paragraph by paragraph.
fn found(text: &str, published: Option<Date>) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    for para in text.lines() {
        for s in sentences(para) {
            for e in extract(s, published) {
                out.push((s[e.start..e.end].to_string(), e.value.map(|v| v.iso())));
            }
        }
    }
    out
}

fn seed(name: &str) -> String {
    let path = format!("{}/seeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("seed file")
}

#[test]
fn dump() {
    for (f, d) in [
        ("000_fc2525b00c8d14c7.txt", "2023-03-21"),
        ("001_2cbdeb04ab9505fa.txt", "2023-03-20"),
        ("002_b326717bc6cac3f5.txt", "2023-03-21"),
        ("003_a3dd53996d295934.txt", "2023-03-21"),
        ("004_77a85d0d6a0f7ddd.txt", "2023-03-20"),
    ] {
        println!("== {f}");
        for x in found(&seed(f), Date::parse_iso(d)) {
            println!("{x:?}");
        }
    }
}
