//! Fuzz target `load_text`: the .txt/.md loader (decoding, header and front matter, cleaning, paragraph classification) on any bytes.
//! The code and its invariant checks are in tests/support/fuzz.rs, shared with
//! tests/fuzz_regressions.rs, which replays the inputs kept in tests/fixtures/fuzz/load_text/.
#![no_main]

#[path = "../../tests/support/fuzz.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::run("load_text", data));
