//! Fuzz target `dates`: the date extractor on one sentence, with a publication date from the first four bytes.
//! The code and its invariant checks are in tests/support/fuzz.rs, shared with
//! tests/fuzz_regressions.rs, which replays the inputs kept in tests/fixtures/fuzz/dates/.
#![no_main]

#[path = "../../tests/support/fuzz.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::run("dates", data));
