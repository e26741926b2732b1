//! Alignment, quote variants and coverage matrix, on small made-up stories (none from the
//! seeds), with corpora and analyses built by hand.

#[path = "compare/align.rs"]
mod align;
#[path = "compare/matrix.rs"]
mod matrix;
#[path = "compare/stories.rs"]
mod stories;
#[path = "compare/variants.rs"]
mod variants;

use parallax::analysis::{Analysis, Confidence, Quote, QuoteKind, Sentence};
use parallax::corpus::{Article, Block, Corpus, Paragraph};
use parallax::ids::{ArticleId, PersonId, SentenceId};
use parallax::text::Span;

/// A corpus of one article a slice of sentences (joined by a space, one paragraph), ids
/// "a0", "a1", …, and an analysis holding exactly those sentences.
pub fn corpus_of(articles: &[&[&str]]) -> (Corpus, Analysis) {
    let mut corpus = Corpus::default();
    let mut analysis = Analysis::default();
    for (k, sentences) in articles.iter().enumerate() {
        let mut text = String::new();
        let first = analysis.sentences.len();
        for s in *sentences {
            if !text.is_empty() {
                text.push(' ');
            }
            let span = Span::new(text.len(), text.len() + s.len());
            analysis
                .sentences
                .push(Sentence::new(ArticleId::new(k), 0, span));
            text.push_str(s);
        }
        analysis
            .article_sentences
            .push(first..analysis.sentences.len());
        corpus.articles.push(Article {
            id: format!("a{k}"),
            outlet: format!("Outlet {k}"),
            title: String::new(),
            date: None,
            date_inferred: false,
            url: None,
            authors: Vec::new(),
            paragraphs: vec![Paragraph::new(Span::new(0, text.len()), Block::Story)],
            words: text.split_whitespace().count(),
            text,
        });
    }
    (corpus, analysis)
}

/// Article ids from indices, for building and checking rows.
pub fn ids(indices: &[usize]) -> Vec<ArticleId> {
    indices.iter().map(|&i| ArticleId::new(i)).collect()
}

/// Adds the quote `text` (which must occur in the article) to the analysis.
pub fn add_quote(
    corpus: &Corpus,
    analysis: &mut Analysis,
    article: usize,
    text: &str,
    speaker: Option<usize>,
) -> usize {
    let start = corpus.articles[article]
        .text
        .find(text)
        .expect("quote text is in the article");
    let kind = if text.split_whitespace().count() <= 3 {
        QuoteKind::Fragment
    } else {
        QuoteKind::Full
    };
    let sentence = analysis.article_sentences[article].start;
    let mut quote = Quote::new(
        ArticleId::new(article),
        SentenceId::new(sentence),
        Span::new(start, start + text.len()),
        text.to_string(),
    )
    .with_speaker(speaker.map(PersonId::new));
    quote.kind = kind;
    quote.speaker_text = speaker.map(|p| analysis.people[p].name.as_str().into());
    quote.cue = Some("said".into());
    if speaker.is_some() {
        quote.confidence = Confidence::Named;
    }
    analysis.quotes.push(quote);
    analysis.quotes.len() - 1
}
