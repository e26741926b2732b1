//! The corpus and its analysis as JSON: `articles`, `check`, `people`, `quotes`, `dates`.

use crate::analysis::{Analysis, Confidence, Granularity, PersonKind, QuoteKind};
use crate::corpus::{Block, Corpus, Diagnostic};
use crate::ids::ArticleId;
use serde::Serialize;

#[derive(Serialize)]
pub struct ArticleRow {
    pub id: String,
    pub outlet: String,
    pub title: String,
    pub date: Option<String>,
    /// The date was read from the text, not given by the file.
    pub date_inferred: bool,
    pub url: Option<String>,
    pub authors: Vec<String>,
    pub words: usize,
    pub paragraphs: usize,
}

pub fn articles(corpus: &Corpus) -> Vec<ArticleRow> {
    corpus
        .articles
        .iter()
        .map(|a| ArticleRow {
            id: a.id.clone(),
            outlet: a.outlet.clone(),
            title: a.title.clone(),
            date: a.date.map(|d| d.to_string()),
            date_inferred: a.date_inferred,
            url: a.url.clone(),
            authors: a.authors.clone(),
            words: a.words,
            paragraphs: a
                .paragraphs
                .iter()
                .filter(|p| p.kind == Block::Story)
                .count(),
        })
        .collect()
}

#[derive(Serialize)]
pub struct Check<'a> {
    pub articles: usize,
    pub diagnostics: &'a [Diagnostic],
}

pub fn check(corpus: &Corpus) -> Check<'_> {
    Check {
        articles: corpus.articles.len(),
        diagnostics: &corpus.diagnostics,
    }
}

/// Articles by index, written out as their ids: a list of thousands for a person seen
/// everywhere, never copied.
#[derive(Clone, Copy)]
pub struct Ids<'a> {
    corpus: &'a Corpus,
    indices: &'a [ArticleId],
}

impl<'a> Ids<'a> {
    pub fn iter(self) -> impl Iterator<Item = &'a str> {
        let corpus = self.corpus;
        self.indices
            .iter()
            .filter_map(move |&i| corpus.get(i))
            .map(|a| a.id.as_str())
    }

    pub fn len(self) -> usize {
        self.indices.len()
    }

    pub fn is_empty(self) -> bool {
        self.indices.is_empty()
    }
}

impl Serialize for Ids<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[derive(Serialize)]
pub struct VariantRow<'a> {
    pub alias: &'a str,
    pub articles: Ids<'a>,
}

#[derive(Serialize)]
/// Borrowed from the corpus and the analysis: a person seen in thousands of articles would
/// otherwise copy thousands of article ids.
pub struct PersonRow<'a> {
    pub name: &'a str,
    pub aliases: &'a [String],
    pub roles: &'a [String],
    pub kind: PersonKind,
    pub articles: Ids<'a>,
    pub mentions: usize,
    pub variants: Vec<VariantRow<'a>>,
}

/// People, most mentioned first (then by name, for a stable order).
pub fn people<'a>(corpus: &'a Corpus, a: &'a Analysis) -> Vec<PersonRow<'a>> {
    let ids = |indices: &'a [ArticleId]| Ids { corpus, indices };
    let mut rows: Vec<PersonRow> = a
        .people
        .iter()
        .map(|p| PersonRow {
            name: &p.name,
            aliases: &p.aliases,
            roles: &p.roles,
            kind: p.kind,
            articles: ids(&p.articles),
            mentions: p.mentions.len(),
            variants: p
                .variants
                .iter()
                .map(|v| VariantRow {
                    alias: &v.alias,
                    articles: ids(&v.articles),
                })
                .collect(),
        })
        .collect();
    rows.sort_by(|x, y| y.mentions.cmp(&x.mentions).then_with(|| x.name.cmp(y.name)));
    rows
}

#[derive(Serialize)]
pub struct QuoteRow {
    pub article: String,
    pub speaker: Option<String>,
    pub text: String,
    pub kind: QuoteKind,
    pub cue: Option<std::borrow::Cow<'static, str>>,
    pub sentence: String,
    pub start: usize,
    pub end: usize,
    pub confidence: Confidence,
}

pub fn quotes(corpus: &Corpus, a: &Analysis) -> Vec<QuoteRow> {
    a.quotes
        .iter()
        .map(|q| {
            let article = &corpus.articles[q.article];
            QuoteRow {
                article: article.id.clone(),
                speaker: q
                    .speaker
                    .map(|p| a.people[p].name.clone())
                    .or_else(|| q.speaker_text.as_deref().map(String::from)),
                text: q.text.clone(),
                kind: q.kind,
                cue: q.cue.clone(),
                sentence: a.sentence_text(corpus, q.sentence).to_string(),
                start: chars_before(&article.text, q.span.start()),
                end: chars_before(&article.text, q.span.end()),
                confidence: q.confidence,
            }
        })
        .collect()
}

#[derive(Serialize)]
pub struct DateRow {
    pub article: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
    pub granularity: Option<Granularity>,
    pub sentence: String,
}

pub fn dates(corpus: &Corpus, a: &Analysis) -> Vec<DateRow> {
    a.dates
        .iter()
        .map(|d| {
            let article = &corpus.articles[d.article];
            DateRow {
                article: article.id.clone(),
                text: article.text[d.span.start()..d.span.end()].to_string(),
                start: chars_before(&article.text, d.span.start()),
                end: chars_before(&article.text, d.span.end()),
                value: d.value.map(|v| v.iso()),
                granularity: d.value.map(|v| v.granularity),
                sentence: a.sentence_text(corpus, d.sentence).to_string(),
            }
        })
        .collect()
}

/// The character offset of byte offset `byte` in `text`.
fn chars_before(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}
