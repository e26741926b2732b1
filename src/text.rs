//! The text layer, the ground floor every extractor and view stands on: spans of an article's
//! text, lowercasing and stemming words, the crate's hash maps and word keys, TF-IDF weights
//! and cosines, the distance of a typo, widths and truncation in terminal columns, and the word lists of `assets/`.

pub mod display;
pub mod hash;
pub mod lexicon;
pub mod lower;
mod span;
pub mod stem;
pub mod tfidf;
pub mod token;
pub mod typo;

pub use display::{truncate, width};
pub use span::Span;
