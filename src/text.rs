//! The text layer, the ground floor every extractor and view stands on: spans of an article's
//! text, widths and truncation in terminal columns, and the word lists of `assets/`.

pub mod display;
pub mod lexicon;
mod span;

pub use display::{truncate, width};
pub use span::Span;
