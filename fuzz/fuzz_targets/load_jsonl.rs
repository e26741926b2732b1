//! Fuzz target `load_jsonl`: the JSONL loader (one article object a line, ids, dates, text fields) on any bytes.
//! The code and its invariant checks are in tests/support/fuzz.rs, shared with
//! tests/fuzz_regressions.rs, which replays the inputs kept in tests/fixtures/fuzz/load_jsonl/.
#![no_main]

#[path = "../../tests/support/fuzz.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::run("load_jsonl", data));
