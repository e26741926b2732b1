//! The loader on every input format and on broken input: what loads, what is reported, and that
//! nothing panics. Corpora here are made up for the purpose.

use parallax::corpus::{Block, Corpus, Severity, load, load_seeds};
use std::fs;
use std::path::Path;
use tempfile::TempDir;

fn dir() -> TempDir {
    tempfile::tempdir().unwrap()
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, bytes).unwrap();
}

fn messages(c: &Corpus) -> String {
    c.diagnostics
        .iter()
        .map(|d| format!("{}:{:?}: {}", d.path, d.line, d.message))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn seeds_load_with_manifest_facts_and_no_problems() {
    let c = load_seeds();
    assert_eq!(c.articles.len(), 5);
    assert!(c.diagnostics.is_empty(), "{}", messages(&c));
    let upi = &c.articles[0];
    assert_eq!(upi.outlet, "UPI");
    assert_eq!(upi.date.unwrap().to_string(), "2023-03-21");
    assert!(upi.url.as_deref().unwrap().contains("upi.com"));
    // The seeds' captions and boilerplate are set apart from the story.
    for a in &c.articles {
        assert!(a.paragraphs.iter().any(|p| p.kind == Block::Story));
        assert!(a.words > 200, "{} has {} words", a.id, a.words);
    }
    let kinds: Vec<Block> = c
        .articles
        .iter()
        .flat_map(|a| a.paragraphs.iter().map(|p| p.kind))
        .collect();
    assert!(kinds.contains(&Block::Caption) && kinds.contains(&Block::Boilerplate));
}

#[test]
fn text_files_with_headers_and_a_manifest() {
    let d = dir();
    write(
        d.path(),
        "strike.txt",
        "Title: Dockers strike\nOutlet: Harbor Daily\nDate: 2024-06-03\nURL: https://harbor.example/s\nAuthor: Ana Ruiz\n\nDockers walked out on Monday.\n\nThe union said pay was the issue.",
    );
    write(
        d.path(),
        "notes.md",
        "# Port talks resume\n\nTalks resumed on Tuesday, officials said.",
    );
    write(
        d.path(),
        "bare.txt",
        "The mayor spoke at the port on Wednesday. She urged calm.",
    );
    write(
        d.path(),
        "corpus.json",
        r#"{"bare.txt": {"outlet": "City Wire", "date": "June 5, 2024", "title": "Mayor urges calm"}}"#,
    );
    write(d.path(), "image.png", [0x89, b'P', b'N', b'G', 0, 0]);
    let c = load(d.path());
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["bare", "notes", "strike"]);
    let bare = &c.articles[0];
    assert_eq!(
        (bare.outlet.as_str(), bare.title.as_str()),
        ("City Wire", "Mayor urges calm")
    );
    assert_eq!(bare.date.unwrap().to_string(), "2024-06-05");
    let notes = &c.articles[1];
    assert_eq!(notes.title, "Port talks resume");
    assert_eq!((notes.outlet.as_str(), notes.date), ("unknown", None));
    let strike = &c.articles[2];
    assert_eq!(strike.authors, ["Ana Ruiz"]);
    assert_eq!(strike.paragraphs.len(), 2);
    assert!(
        messages(&c).contains("1 file(s) not in a known format"),
        "{}",
        messages(&c)
    );
}

#[test]
fn jsonl_with_bad_lines_keeps_the_good_ones() {
    let d = dir();
    let body = [
        r#"{"id": "a1", "outlet": "Wire", "title": "One", "date": "2024-01-02", "url": "https://w.example/1", "text": "First story text here."}"#,
        r#"{"id": "a1", "outlet": "Wire", "text": "Same id again."}"#,
        "{not json",
        "",
        r#"{"outlet": "Wire", "text": "No id given."}"#,
        r#"{"id": "x", "outlet": "Wire"}"#,
        r#"{"id": "y", "text": "Bad date.", "date": "someday"}"#,
    ]
    .join("\n");
    write(d.path(), "c.jsonl", body);
    let c = load(&d.path().join("c.jsonl"));
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a1", "a1-2", "line-5", "y"]);
    let m = messages(&c);
    assert!(m.contains(":Some(3): invalid JSON"), "{m}");
    assert!(m.contains(":Some(6): no \"text\" field"), "{m}");
    assert!(m.contains("unrecognised date \"someday\""), "{m}");
    assert!(m.contains("duplicate article id \"a1\""), "{m}");
    assert_eq!(c.articles[0].date.unwrap().to_string(), "2024-01-02");
}

#[test]
fn news_please_files_one_or_a_directory() {
    let d = dir();
    let article = r#"{"title": "Rail strike", "maintext": "Rail workers struck on Friday.\n\nTrains stopped.", "date_publish": "2024-02-09 08:15:00", "source_domain": "rail.example", "url": "https://rail.example/s", "authors": ["Jan Smit"]}"#;
    write(d.path(), "2024/02/09/rail.example/one.json", article);
    write(d.path(), "other.json", r#"{"name": "not an article"}"#);
    write(d.path(), "broken.json", "{\n\"title\": ");
    let c = load(d.path());
    assert_eq!(c.articles.len(), 1, "{}", messages(&c));
    let a = &c.articles[0];
    assert_eq!(
        (a.id.as_str(), a.outlet.as_str(), a.title.as_str()),
        ("one", "rail.example", "Rail strike")
    );
    assert_eq!(a.date.unwrap().to_string(), "2024-02-09");
    assert_eq!(a.authors, ["Jan Smit"]);
    let m = messages(&c);
    assert!(m.contains("not news-please output"), "{m}");
    assert!(m.contains("broken.json:Some(2): invalid JSON"), "{m}");
    let single = load(&d.path().join("2024/02/09/rail.example/one.json"));
    assert_eq!(single.articles.len(), 1);
}

#[test]
fn nothing_loadable_is_one_clear_error() {
    let d = dir();
    let empty = load(d.path());
    assert!(empty.articles.is_empty());
    let err = empty.require().unwrap_err().to_string();
    assert!(err.contains("no article files"), "{err}");
    let missing = load(&d.path().join("nope"));
    assert!(
        missing
            .require()
            .unwrap_err()
            .to_string()
            .contains("no such file or directory")
    );
    write(d.path(), "empty.txt", "");
    write(d.path(), "blank.txt", "\n\n   \n");
    let c = load(d.path());
    assert!(c.articles.is_empty());
    assert_eq!(
        c.diagnostics
            .iter()
            .filter(|x| x.message.contains("no text"))
            .count(),
        2
    );
}

#[test]
fn encodings_are_decoded_with_a_warning() {
    let d = dir();
    write(
        d.path(),
        "latin.txt",
        b"Le pr\xe9sident a parl\xe9 \xe0 la presse mardi, a d\xe9clar\xe9 le minist\xe8re."
            .as_slice(),
    );
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(
            "Caf\u{e9} owners protested on Monday."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    write(d.path(), "wide.txt", utf16);
    write(
        d.path(),
        "blob.txt",
        [0u8, 1, 2, 3, 0, 0, 0xff, 0xfe, 0xfd, 0, 7],
    );
    let c = load(d.path());
    let text = |id: &str| c.articles.iter().find(|a| a.id == id).unwrap().text.clone();
    assert!(text("latin").contains("président"));
    assert!(text("wide").starts_with("Café owners"));
    let m = messages(&c);
    assert!(
        m.contains("latin.txt:None: not valid UTF-8; decoded as"),
        "{m}"
    );
    assert!(m.contains("UTF-16LE"), "{m}");
    assert!(m.contains("blob.txt:None: binary data"), "{m}");
}

#[test]
fn hostile_text_is_sanitised_everywhere() {
    let d = dir();
    write(
        d.path(),
        "evil.txt",
        "Title: \u{1b}]0;pwned\u{7}Evil\u{1b}[2J title\nOutlet: Bad\u{9b}31m Wire\n\nText \u{1b}[31mred\u{1b}[0m with \u{202e}bidi\u{202c} and \u{0}nul and \u{85}C1.",
    );
    let c = load(d.path());
    let a = &c.articles[0];
    for s in [&a.title, &a.outlet, &a.text] {
        assert!(!s.chars().any(|ch| ch.is_control() && ch != '\n'), "{s:?}");
        assert!(!s.contains('\u{202e}'));
    }
    assert_eq!(a.title, "Evil title");
    assert_eq!(a.outlet, "Bad Wire");
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_unreadable_files_are_reported() {
    let d = dir();
    write(d.path(), "sub/a.txt", "A story about the port on Monday.");
    std::os::unix::fs::symlink(d.path(), d.path().join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(d.path().join("missing.txt"), d.path().join("dangling.txt"))
        .unwrap();
    let c = load(d.path());
    assert_eq!(c.articles.len(), 1);
    let m = messages(&c);
    assert!(m.contains("symlink loop"), "{m}");
    assert!(m.contains("dangling.txt"), "{m}");
}

#[test]
fn missing_and_future_dates_are_allowed() {
    let d = dir();
    write(
        d.path(),
        "a.txt",
        "Date: 2999-01-01\n\nA story from the future, officials said.",
    );
    write(
        d.path(),
        "b.txt",
        "Date: 32/13/2024\n\nA story with a garbled date.",
    );
    let c = load(d.path());
    assert_eq!(c.articles[0].date.unwrap().to_string(), "2999-01-01");
    assert_eq!(c.articles[1].date, None);
    let m = messages(&c);
    assert!(m.contains("in the future"), "{m}");
    assert!(m.contains("unrecognised date"), "{m}");
    assert!(
        c.diagnostics
            .iter()
            .all(|x| x.severity == Severity::Warning)
    );
}
