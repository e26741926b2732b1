//! The text layer, the ground floor every extractor and view stands on: spans of an article's
//! text, lowercasing words, the crate's hash maps and word keys, and widths and truncation in
//! terminal columns.

pub mod display;
pub mod hash;
pub mod lower;
mod span;

pub use display::{truncate, width};
pub use span::Span;
