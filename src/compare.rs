//! Side-by-side comparison of the coverage: sentence alignment between two articles, word-level
//! differences within an aligned pair, the same quote as worded by different outlets, and the
//! coverage matrix (which source covers which person, event and quote). Pure functions of the
//! corpus and its analysis; the TUI and the CLI are front ends over these.

pub mod align;
pub mod coverage;
pub mod diff;
pub mod matrix;
pub mod terms;
pub mod variants;
pub mod vectors;
pub mod voices;

pub use crate::text::tfidf::Idf;
pub use align::{
    Alignment, MARGIN, Pair, Params, Row, STRONG, THRESHOLD, align, align_articles, align_with,
    article_sentences,
};
pub use coverage::coverage;
pub use diff::{DiffSpan, DiffTag, word_diff, word_diff_spans};
pub use matrix::{Matrix, MatrixRow, RowKind, RowSpec, matrix, people_rows, quote_rows};
pub use variants::{
    QuoteVariant, SAME_SPEAKER, UNKNOWN_SPEAKER, VariantGroup, group_of_quote, variants,
};
pub use vectors::{corpus_idf, idf_of_texts};
