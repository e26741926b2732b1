//! Fuzz target `analyze`: a text article loaded, then the whole analysis (sentences, people, quotes, dates), the timeline and the search index built on it, and one search.
//! The code and its invariant checks are in tests/support/fuzz.rs, shared with
//! tests/fuzz_regressions.rs, which replays the inputs kept in tests/fixtures/fuzz/analyze/.
#![no_main]

#[path = "../../tests/support/fuzz.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::run("analyze", data));
