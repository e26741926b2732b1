//! Fuzz regressions: every input kept under `tests/fixtures/fuzz/<target>/` (crashes, hangs and
//! slow inputs the fuzzers found, minimised, plus hand-written hostile inputs) is run through the
//! same code and the same invariant checks as the cargo-fuzz target of that name
//! (tests/support/fuzz.rs, shared with `fuzz/fuzz_targets/`), so `cargo test` keeps them fixed
//! without nightly or cargo-fuzz.

#[path = "support/fuzz.rs"]
mod fuzz;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A found input is slow when one run takes this long in a debug build (what `cargo test`
/// builds); the fuzzers run with a 10 s timeout on optimised code, so a fixed hang lands far
/// below it and a regression far above.
const SLOW: Duration = Duration::from_secs(2);

fn dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target)
}

/// Runs every kept input of `target`, naming each one that panics or is slow.
fn replay(target: &str) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir(target))
        .unwrap_or_else(|e| panic!("tests/fixtures/fuzz/{target}: {e}"))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs kept for {target}");
    let mut failed = Vec::new();
    for f in &files {
        let data = std::fs::read(f).unwrap();
        let started = Instant::now();
        // Caught so that one failure still shows which other inputs fail.
        if catch_unwind(AssertUnwindSafe(|| fuzz::run(target, &data))).is_err() {
            failed.push(format!("{} panicked", f.display()));
        } else if started.elapsed() > SLOW {
            failed.push(format!("{} took {:?}", f.display(), started.elapsed()));
        }
    }
    assert!(failed.is_empty(), "{target}:\n{}", failed.join("\n"));
}

#[test]
fn load_text() {
    replay("load_text");
}

#[test]
fn load_jsonl() {
    replay("load_jsonl");
}

#[test]
fn load_newsplease() {
    replay("load_newsplease");
}

#[test]
fn sentences() {
    replay("sentences");
}

#[test]
fn dates() {
    replay("dates");
}

#[test]
fn analyze() {
    replay("analyze");
}

/// Every folder of kept inputs belongs to a target, so none is silently never replayed.
#[test]
fn every_folder_is_a_target() {
    for e in std::fs::read_dir(dir("")).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        assert!(
            fuzz::TARGETS.contains(&name.as_str()),
            "tests/fixtures/fuzz/{name} is not a fuzz target"
        );
    }
}
