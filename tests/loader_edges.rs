//! The loader's smaller promises, each once broken: odd dates are diagnosed, hidden files and
//! links out of the corpus are reported (and followed only when asked), a duplicate id names
//! its file and line, a file that vanishes says so, and a zero-width character between two
//! words does not glue them.

use parallax::corpus::{Corpus, FileFormat, LoadOptions, load, load_bytes, load_with_options};
use std::fs;
use std::process::Command;

fn text(header: &str) -> Corpus {
    let body = format!("{header}\n\nThe ferry sailed on Monday, the harbour master said.\n");
    load_bytes(FileFormat::Text, "a.txt", body.as_bytes())
}

fn messages(c: &Corpus) -> Vec<String> {
    c.diagnostics
        .iter()
        .map(|d| format!("{}:{:?}: {}", d.path, d.line, d.message))
        .collect()
}

#[test]
fn a_signed_year_is_no_date_and_a_bad_time_is_diagnosed() {
    let c = text("Date: -2023-03-21");
    assert_eq!(c.articles[0].date, None, "a signed year is not 2023");
    assert!(
        messages(&c).iter().any(|m| m.contains("-2023-03-21")),
        "{:?}",
        messages(&c)
    );
    for bad in [
        "2023-03-21T10:00:00+99:99",
        "2023-03-21 25:61:00",
        "Tue, 21 Mar 2023 10:00:00 +9999",
    ] {
        let c = text(&format!("Date: {bad}"));
        assert_eq!(
            c.articles[0].date.map(|d| d.to_string()).as_deref(),
            Some("2023-03-21"),
            "{bad}: the day is still read"
        );
        let m = messages(&c);
        assert!(
            m.iter().any(|m| m.contains("time") && m.contains(bad)),
            "{bad}: {m:?}"
        );
    }
    for good in [
        "2023-03-21T10:00:00+05:30",
        "2023-03-21T10:00:00.000Z",
        "2023-03-21 10:05:00",
        "Tue, 21 Mar 2023 10:00:00 +0000",
        "March 21, 2023 5:30 PM",
    ] {
        let c = text(&format!("Date: {good}"));
        assert!(c.articles[0].date.is_some(), "{good}");
        assert!(c.diagnostics.is_empty(), "{good}: {:?}", messages(&c));
    }
}

#[test]
fn hidden_files_are_skipped_with_a_diagnostic() {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("a.txt"), "The ferry sailed on Monday.").unwrap();
    fs::write(d.path().join(".hidden.txt"), "A hidden story.").unwrap();
    fs::create_dir(d.path().join(".cache")).unwrap();
    fs::write(d.path().join(".cache/b.txt"), "A cached story.").unwrap();
    let c = load(d.path());
    assert_eq!(c.articles.len(), 1);
    for name in [".hidden.txt", ".cache"] {
        assert!(
            c.diagnostics
                .iter()
                .any(|x| x.path.ends_with(name) && x.message.contains("hidden")),
            "{name}: {:?}",
            messages(&c)
        );
    }
}

#[test]
fn a_link_out_of_the_corpus_is_followed_only_when_asked() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("b.txt"), "A story from elsewhere.").unwrap();
    fs::create_dir(outside.path().join("more")).unwrap();
    fs::write(outside.path().join("more/c.txt"), "Another one.").unwrap();
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("a.txt"), "The ferry sailed on Monday.").unwrap();
    std::os::unix::fs::symlink(outside.path().join("b.txt"), d.path().join("b.txt")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("more"), d.path().join("more")).unwrap();
    // A link that stays inside the corpus is no concern.
    fs::create_dir(d.path().join("sub")).unwrap();
    std::os::unix::fs::symlink("../a.txt", d.path().join("sub/again.txt")).unwrap();

    let c = load(d.path());
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "again"]);
    for name in ["b.txt", "more"] {
        assert!(
            c.diagnostics.iter().any(|x| x.path.ends_with(name)
                && x.message.contains("outside the corpus")
                && x.message.contains("--follow-symlinks")),
            "{name}: {:?}",
            messages(&c)
        );
    }
    let followed = load_with_options(
        d.path(),
        &LoadOptions {
            follow_symlinks: true,
        },
        &|_, _| {},
    );
    assert_eq!(followed.articles.len(), 4, "{:?}", messages(&followed));
    assert!(followed.diagnostics.is_empty(), "{:?}", messages(&followed));
    // And from the command line.
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["articles", "--json", "--follow-symlinks", "--corpus"])
        .arg(d.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.len(), 4);
}

#[test]
fn a_duplicate_id_names_its_file_and_line() {
    let body = b"{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n{\"id\":\"x\",\"text\":\"Three.\"}\n";
    let c = load_bytes(FileFormat::Jsonl, "feed.jsonl", body);
    let dup: Vec<_> = c
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("duplicate"))
        .collect();
    assert_eq!(dup.len(), 1, "{:?}", messages(&c));
    assert_eq!((dup[0].path.as_str(), dup[0].line), ("feed.jsonl", Some(3)));
    assert!(dup[0].message.contains("\"x-2\""), "{}", dup[0].message);

    let d = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        fs::create_dir(d.path().join(sub)).unwrap();
        fs::write(d.path().join(sub).join("same.txt"), "A story.").unwrap();
    }
    let c = load(d.path());
    let dup = c
        .diagnostics
        .iter()
        .find(|d| d.message.contains("duplicate"))
        .expect("a duplicate reported");
    assert!(dup.path.ends_with("b/same.txt"), "{}", dup.path);
}

#[test]
fn a_file_that_vanishes_while_loading_says_so() {
    let d = tempfile::tempdir().unwrap();
    let files = [d.path().join("a.txt"), d.path().join("b.txt")];
    for f in &files {
        fs::write(f, "The ferry sailed on Monday.").unwrap();
    }
    // One worker reads the files one after the other; once the first is read, both go.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let c = pool.install(|| {
        load_with_options(d.path(), &LoadOptions::default(), &|done, _| {
            if done == 1 {
                for f in &files {
                    let _ = fs::remove_file(f);
                }
            }
        })
    });
    assert_eq!(c.articles.len(), 1);
    let m = messages(&c);
    assert!(
        m.iter().any(|m| m.contains("vanished")) && !m.iter().any(|m| m.contains("symlink")),
        "{m:?}"
    );
}

#[test]
fn a_zero_width_joiner_between_two_words_is_a_space() {
    let body = "President Vladimir\u{200d}Putin met Xi\u{200b}Jinping. \
                Persian \u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645} stays one word.";
    let c = load_bytes(FileFormat::Text, "a.txt", body.as_bytes());
    let text = &c.articles[0].text;
    assert!(text.contains("Vladimir Putin met Xi Jinping."), "{text}");
    assert!(
        text.contains("\u{645}\u{6cc}\u{62e}\u{648}\u{627}\u{647}\u{645} stays"),
        "{text}"
    );
    let people = parallax::analysis::analyze(&c).people;
    assert!(
        people.iter().any(|p| p.name == "Vladimir Putin"),
        "{:?}",
        people.iter().map(|p| &p.name).collect::<Vec<_>>()
    );
}
