//! User state: bookmarks and notes survive, merge across instances, and are never lost to a
//! corrupt file, a read-only directory or a crash mid-save.

use parallax::store::{Bookmark, BookmarkKind, Op, Store};
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
