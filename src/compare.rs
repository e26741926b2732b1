//! Side-by-side comparison of the coverage: sentence alignment between two articles, word-level
//! differences within an aligned pair, the same quote as worded by different outlets, and the
//! coverage matrix (which source covers which person, event and quote). Pure functions of the
//! corpus and its analysis; the TUI and the CLI are front ends over these.

pub mod align;
pub mod diff;
pub mod terms;
pub mod vectors;

pub use align::{Alignment, Pair, Params, Row, align, align_articles, align_with};
pub use diff::{DiffSpan, DiffTag, word_diff, word_diff_spans};
pub use vectors::Idf;
