//! User state: bookmarks and notes survive, merge across instances, and are never lost to a
//! corrupt file, a read-only directory or a crash mid-save.

use parallax::store::{Bookmark, BookmarkKind, Op, Saved, Store};
use std::fs;

fn quote(label: &str) -> Bookmark {
    Bookmark {
        kind: BookmarkKind::Quote,
        article: "a1".into(),
        label: label.into(),
        start: Some(10),
    }
}

#[test]
fn bookmarks_and_notes_persist_per_corpus() {
    let d = tempfile::tempdir().unwrap();
    let mut s = Store::open_at(d.path(), "seeds");
    assert!(s.first_run);
    s.apply(Op::Toggle(quote("we will win"))).unwrap();
    s.apply(Op::Note {
        article: "a1".into(),
        text: "check the date".into(),
    })
    .unwrap();
    let again = Store::open_at(d.path(), "seeds");
    assert!(!again.first_run);
    assert!(again.is_bookmarked(&quote("we will win")));
    assert_eq!(again.shelf.notes["a1"], "check the date");
    assert!(
        Store::open_at(d.path(), "/other/corpus")
            .shelf
            .bookmarks
            .is_empty()
    );
    // Toggling again removes; an empty note deletes.
    let mut s = again;
    s.apply(Op::Toggle(quote("we will win"))).unwrap();
    s.apply(Op::Note {
        article: "a1".into(),
        text: " ".into(),
    })
    .unwrap();
    let s = Store::open_at(d.path(), "seeds");
    assert!(s.shelf.bookmarks.is_empty() && s.shelf.notes.is_empty());
}

#[test]
fn two_instances_keep_each_others_changes() {
    let d = tempfile::tempdir().unwrap();
    let mut one = Store::open_at(d.path(), "c");
    let mut two = Store::open_at(d.path(), "c");
    one.apply(Op::Toggle(quote("first"))).unwrap();
    two.apply(Op::Toggle(quote("second"))).unwrap();
    one.apply(Op::Note {
        article: "a1".into(),
        text: "n".into(),
    })
    .unwrap();
    let s = Store::open_at(d.path(), "c");
    assert_eq!(s.shelf.bookmarks, [quote("first"), quote("second")]);
    assert_eq!(s.shelf.notes.len(), 1);
}

#[test]
fn concurrent_writers_lose_nothing() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().to_path_buf();
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let dir = dir.clone();
            std::thread::spawn(move || {
                let mut s = Store::open_at(&dir, "c");
                for i in 0..10 {
                    s.apply(Op::Toggle(quote(&format!("{t}-{i}")))).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(Store::open_at(&dir, "c").shelf.bookmarks.len(), 40);
}

#[test]
fn a_corrupt_file_is_moved_aside_not_overwritten() {
    let d = tempfile::tempdir().unwrap();
    fs::write(d.path().join("state.json"), "{ not json").unwrap();
    let mut s = Store::open_at(d.path(), "c");
    assert!(s.warnings[0].contains("moved aside"), "{:?}", s.warnings);
    s.apply(Op::Toggle(quote("q"))).unwrap();
    let aside: Vec<_> = fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("state.json.corrupt-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read_to_string(aside[0].path()).unwrap(), "{ not json");
}

#[test]
fn a_failed_save_is_reported_and_nothing_is_lost() {
    let d = tempfile::tempdir().unwrap();
    let mut s = Store::open_at(d.path(), "c");
    s.apply(Op::Toggle(quote("kept"))).unwrap();
    let before = fs::read(d.path().join("state.json")).unwrap();
    // The save's temporary file cannot be created (as on a full disk or a read-only directory,
    // which root would not feel): a directory stands in its way.
    let tmp = d
        .path()
        .join(format!(".state.json.{}.tmp", std::process::id()));
    fs::create_dir(&tmp).unwrap();
    let err = s.apply(Op::Toggle(quote("new"))).unwrap_err();
    assert!(err.starts_with("cannot save to"), "{err}");
    assert_eq!(fs::read(d.path().join("state.json")).unwrap(), before);
    assert_eq!(s.shelf.bookmarks, [quote("kept")]);
    // A data directory that cannot be created at all is reported too.
    let file = d.path().join("plain-file");
    fs::write(&file, "x").unwrap();
    let err = Store::open_at(&file.join("sub"), "c")
        .apply(Op::Toggle(quote("x")))
        .unwrap_err();
    assert!(err.starts_with("cannot save to"), "{err}");
}

fn note(s: &mut Store, text: &str) -> Result<Saved, String> {
    s.apply(Op::Note {
        article: "a1".into(),
        text: text.into(),
    })
}

#[test]
fn two_instances_writing_one_note_keep_both_versions() {
    let d = tempfile::tempdir().unwrap();
    let mut one = Store::open_at(d.path(), "c");
    let mut two = Store::open_at(d.path(), "c");
    assert_eq!(note(&mut one, "first thoughts"), Ok(Saved::AsAsked));
    // The second never saw the first's note: its save must not silently replace it.
    assert_eq!(note(&mut two, "second thoughts"), Ok(Saved::NoteMerged));
    let saved = &Store::open_at(d.path(), "c").shelf.notes["a1"];
    assert!(
        saved.contains("first thoughts") && saved.contains("second thoughts"),
        "{saved:?}"
    );
    assert_eq!(two.shelf.notes["a1"], *saved);
    // Once seen, the merged note is edited as any other.
    assert_eq!(note(&mut two, "settled"), Ok(Saved::AsAsked));
    // Removing a note that another instance changed meanwhile keeps theirs.
    assert_eq!(note(&mut one, "changed elsewhere"), Ok(Saved::NoteMerged));
    assert_eq!(note(&mut two, ""), Ok(Saved::NoteKept));
    let kept = &Store::open_at(d.path(), "c").shelf.notes["a1"];
    assert!(kept.contains("changed elsewhere"), "{kept:?}");
}

#[test]
fn a_state_file_of_a_newer_version_is_never_rewritten() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("state.json");
    let newer = r#"{"version": 2, "corpora": {"c": {"notes": {"a1": "kept"}, "tags": ["x"]}}, "sync": {"peer": 1}}"#;
    fs::write(&path, newer).unwrap();
    let mut s = Store::open_at(d.path(), "c");
    assert_eq!(
        s.shelf.notes["a1"], "kept",
        "what this version knows is read"
    );
    assert!(
        s.warnings.iter().any(|w| w.contains("newer")),
        "{:?}",
        s.warnings
    );
    let err = s.apply(Op::Toggle(quote("q"))).unwrap_err();
    assert!(err.contains("newer") && err.contains("not saved"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
}

/// Runs `f` on a thread, failing if it has not finished in 10 s (a read that blocks).
fn promptly<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(f()));
    rx.recv_timeout(std::time::Duration::from_secs(10))
        .unwrap_or_else(|_| panic!("{what} hangs"))
}

#[test]
fn a_state_file_that_is_a_device_or_a_fifo_is_not_read() {
    let d = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/zero", d.path().join("state.json")).unwrap();
    let dir = d.path().to_path_buf();
    let (warnings, saved) = promptly("a state file linked to /dev/zero", move || {
        let mut s = Store::open_at(&dir, "c");
        (s.warnings.clone(), s.apply(Op::Toggle(quote("q"))))
    });
    assert!(
        warnings.iter().any(|w| w.contains("not a regular file")),
        "{warnings:?}"
    );
    assert!(saved.is_err(), "never replaced");
    assert!(
        fs::symlink_metadata(d.path().join("state.json"))
            .unwrap()
            .is_symlink()
    );

    let made = |p: &std::path::Path| {
        std::process::Command::new("mkfifo")
            .arg(p)
            .status()
            .is_ok_and(|s| s.success())
    };
    for name in ["state.json", "state.lock"] {
        let d = tempfile::tempdir().unwrap();
        if !made(&d.path().join(name)) {
            return; // no mkfifo on this system
        }
        let dir = d.path().to_path_buf();
        let saved = promptly(&format!("a FIFO as {name}"), move || {
            Store::open_at(&dir, "c").apply(Op::Toggle(quote("q")))
        });
        assert!(saved.unwrap_err().contains("not a regular file"), "{name}");
    }
    // A data directory that is a device.
    let saved = promptly("PARALLAX_DATA_DIR=/dev/zero", || {
        Store::open_at(std::path::Path::new("/dev/zero"), "c").apply(Op::Toggle(quote("q")))
    });
    assert!(saved.is_err());
}

#[test]
fn a_huge_state_file_is_refused_and_kept() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("state.json");
    let huge = format!(
        r#"{{"version": 1, "corpora": {{"c": {{"notes": {{"a1": "{}"}}}}}}}}"#,
        "x".repeat(17 << 20)
    );
    fs::write(&path, &huge).unwrap();
    let mut s = Store::open_at(d.path(), "c");
    assert!(
        s.warnings.iter().any(|w| w.contains("larger than")),
        "{:?}",
        s.warnings
    );
    assert!(s.apply(Op::Toggle(quote("q"))).is_err());
    assert_eq!(fs::metadata(&path).unwrap().len(), huge.len() as u64);
}

#[test]
fn what_the_state_file_holds_is_cleaned_when_read() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("state.json"),
        r#"{"version": 1, "corpora": {"c": {"bookmarks": [{"kind": "quote", "article": "a\u001b[2J1", "label": "we \u001b]0;x\u0007will\u202e win"}], "notes": {"a1": "line\u009b2J one\nline two"}}}}"#,
    )
    .unwrap();
    let s = Store::open_at(d.path(), "c");
    assert_eq!(s.shelf.bookmarks[0].article, "a1");
    assert_eq!(s.shelf.bookmarks[0].label, "we will win");
    assert_eq!(s.shelf.notes["a1"], "line one\nline two");
}
