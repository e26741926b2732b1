//! The text layer, the ground floor every extractor and view stands on: spans of an article's
//! text, and widths and truncation in terminal columns.

pub mod display;
mod span;
pub mod token;

pub use display::{truncate, width};
pub use span::Span;
