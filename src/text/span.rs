//! A stretch of an article's text, as every extractor reports it.

use crate::ids::narrow;
use std::ops::Range;

/// Bytes `start..end` of an article's text. Stored as u32 (a large corpus holds hundreds of
/// thousands of spans for its whole life); the methods give indices.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: narrow(start),
            end: narrow(end),
        }
    }

    pub fn start(self) -> usize {
        self.start as usize
    }

    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn range(self) -> Range<usize> {
        self.start()..self.end()
    }

    pub fn len(self) -> usize {
        self.end().saturating_sub(self.start())
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether byte `at` lies inside.
    pub fn contains(self, at: usize) -> bool {
        self.range().contains(&at)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
