//! The corpus: articles as loaded from any input format, with their paragraphs classified (story,
//! caption, boilerplate) and every problem met on the way kept as a diagnostic.

pub mod article;
pub mod blocks;
pub mod clean;
pub mod formats;
pub mod load;
pub mod seeds;
mod spaces;

use crate::date::Date;
use serde::Serialize;

pub use load::{FileFormat, LoadError, load, load_bytes, load_seeds, load_with_progress};

/// What a paragraph is, so the analysis reads only the story and the reader can dim the rest.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Block {
    /// The article's own reporting: what the analysis reads.
    Story,
    /// A sub-heading inside the story ("What did the leaders say?").
    Heading,
    /// A photo caption or credit line.
    Caption,
    /// Site furniture: "Advertisement", copyright lines, teasers for other stories.
    Boilerplate,
}

/// One paragraph of an article. `start` is its byte offset in [`Article::text`]. (Stored as
/// u32: a large corpus has hundreds of thousands of paragraphs; the methods give indices.
/// The loader keeps no text past 4 GiB in an article.)
#[derive(Clone, Debug)]
pub struct Paragraph {
    start: u32,
    end: u32,
    pub kind: Block,
}

impl Paragraph {
    pub fn new(start: usize, end: usize, kind: Block) -> Paragraph {
        let narrow = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Paragraph {
            start: narrow(start),
            end: narrow(end),
            kind,
        }
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// One article, text already cleaned of control sequences.
#[derive(Clone, Debug)]
pub struct Article {
    /// Unique within the corpus: the file stem, the JSONL `id`, or `line-N`.
    pub id: String,
    pub outlet: String,
    pub title: String,
    pub date: Option<Date>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    /// All paragraphs joined by a blank line.
    pub text: String,
    pub paragraphs: Vec<Paragraph>,
    /// Words in the story paragraphs.
    pub words: usize,
}

impl Article {
    /// The text of paragraph `i`.
    pub fn paragraph_text(&self, i: usize) -> &str {
        let p = &self.paragraphs[i];
        &self.text[p.start()..p.end()]
    }

    /// The paragraphs the analysis reads, with their indices.
    pub fn story(&self) -> impl Iterator<Item = (usize, &Paragraph)> {
        self.paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind == Block::Story)
    }

    /// The date as `YYYY-MM-DD`, or "unknown".
    pub fn date_label(&self) -> String {
        self.date
            .map_or_else(|| "unknown".into(), |d| d.to_string())
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A problem with the input: where, what, and what was done about it.
#[derive(Clone, Debug, Serialize)]
pub struct Diagnostic {
    pub path: String,
    pub line: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

/// Everything loaded from one input.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// A short name for the status bar: "seeds" or the path given.
    pub name: String,
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Corpus {
    /// Total bytes of article text, for sizing and statistics.
    pub fn text_bytes(&self) -> usize {
        self.articles.iter().map(|a| a.text.len()).sum()
    }

    /// The index of the article with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.articles.iter().position(|a| a.id == id)
    }
}
