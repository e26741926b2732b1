//! The text layer, the ground floor every extractor and view stands on: spans of an article's
//! text, lowercasing and stemming words, the crate's hash maps and word keys, TF-IDF weights
//! and cosines, and widths and truncation in terminal columns.

pub mod display;
pub mod hash;
pub mod lower;
mod span;
pub mod stem;
pub mod tfidf;
pub mod token;

pub use display::{truncate, width};
pub use span::Span;
