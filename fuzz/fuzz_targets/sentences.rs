//! Fuzz target `sentences`: the sentence splitter on any text.
//! The code and its invariant checks are in tests/support/fuzz.rs, shared with
//! tests/fuzz_regressions.rs, which replays the inputs kept in tests/fixtures/fuzz/sentences/.
#![no_main]

#[path = "../../tests/support/fuzz.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::run("sentences", data));
