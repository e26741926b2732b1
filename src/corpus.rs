//! The corpus: articles as loaded from any input format, with their paragraphs classified (story,
//! caption, boilerplate) and every problem met on the way kept as a diagnostic.

pub mod article;
pub mod blocks;
pub mod clean;
pub mod formats;
pub mod load;
mod outlets;
mod published;
pub mod seeds;
mod spaces;
mod walk;

use crate::date::Date;
use crate::ids::ArticleId;
use crate::text::Span;
use serde::Serialize;

pub use load::{
    FileFormat, LoadError, LoadOptions, load, load_bytes, load_seeds, load_with_options,
    load_with_progress,
};
pub use outlets::Outlets;

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

/// One paragraph of an article: `span` of [`Article::text`].
#[derive(Clone, Debug)]
pub struct Paragraph {
    pub span: Span,
    pub kind: Block,
}

impl Paragraph {
    pub fn new(span: Span, kind: Block) -> Paragraph {
        Paragraph { span, kind }
    }
}

/// One article, text already cleaned of control sequences.
#[derive(Clone, Debug)]
pub struct Article {
    /// Unique within the corpus: the file stem, the JSONL `id`, or `line-N`, cleaned as every
    /// one-line field is ([`clean::sanitize_line`]).
    pub id: String,
    pub outlet: String,
    pub title: String,
    pub date: Option<Date>,
    /// The date was read from the text ("Published … May 7, 2024", a dateline), not given
    /// by the file: the views say so.
    pub date_inferred: bool,
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
        &self.text[self.paragraphs[i].span.range()]
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

    /// The date with where it came from, for a header: "2024-05-07 (read from the text)".
    pub fn date_with_source(&self) -> String {
        if self.date_inferred {
            format!("{} (read from the text)", self.date_label())
        } else {
            self.date_label()
        }
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

    /// The article with this id, as `parallax articles` shows it or as the raw name it was
    /// made from (the file stem, the JSONL `id`): ids are cleaned names (see [`clean`]), so a
    /// name that is no id is cleaned the same way and looked up again.
    pub fn find(&self, id: &str) -> Option<ArticleId> {
        let at = |id: &str| self.articles.iter().position(|a| a.id == id);
        at(id)
            .or_else(|| {
                let cleaned = clean::sanitize_line(id);
                (cleaned != id).then(|| at(&cleaned)).flatten()
            })
            .map(ArticleId::new)
    }

    pub fn article(&self, id: ArticleId) -> &Article {
        &self.articles[id.index()]
    }

    /// The article `id` names, if it is one of this corpus's.
    pub fn get(&self, id: ArticleId) -> Option<&Article> {
        self.articles.get(id.index())
    }

    /// Every article's id, in corpus order.
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = ArticleId> + ExactSizeIterator {
        ArticleId::all(self.articles.len())
    }

    /// Every article with its id, in corpus order.
    pub fn iter(&self) -> impl Iterator<Item = (ArticleId, &Article)> {
        self.ids().zip(&self.articles)
    }
}
