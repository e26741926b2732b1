//! What a preview pane shows beside a search hit: a quote in its paragraph, or a person with
//! their quotes.

use super::{Hit, HitKind, Index};
use crate::analysis::{Analysis, Person, Quote};
use crate::corpus::{Article, Corpus};
use std::ops::Range;

/// What to show beside a result.
#[derive(Clone, Debug)]
pub enum Preview<'a> {
    /// A quote in its paragraph. Ranges are bytes in `article.text`, on char boundaries.
    Quote {
        quote: &'a Quote,
        article: &'a Article,
        /// The paragraph the quote starts in.
        paragraph: Range<usize>,
        /// The quote itself, inside the quote marks: the part to highlight.
        span: Range<usize>,
        speaker: Option<&'a str>,
    },
    /// A person with their roles and articles (in `person`) and the quotes attributed to them
    /// (indices into `Analysis::quotes`, ascending).
    Person {
        person: &'a Person,
        quotes: &'a [usize],
    },
}

/// The preview for `hit`, or None when the hit does not fit this corpus and analysis, or is a
/// sentence (see [`super::text_hit`], which needs the query).
pub fn preview<'a>(
    corpus: &'a Corpus,
    analysis: &'a Analysis,
    index: &'a Index,
    hit: &Hit,
) -> Option<Preview<'a>> {
    match hit.kind {
        HitKind::Person => {
            let person = analysis.people.get(hit.entry)?;
            Some(Preview::Person {
                person,
                quotes: index.quotes_by(hit.entry),
            })
        }
        HitKind::Text => None,
        HitKind::Quote => {
            let quote = analysis.quotes.get(hit.entry)?;
            let article = corpus.get(quote.article)?;
            let text = &article.text;
            let valid = |r: &Range<usize>| r.start <= r.end && text.get(r.clone()).is_some();
            let span = quote.span.start()..quote.span.end();
            if !valid(&span) {
                return None;
            }
            let from_sentence = analysis
                .sentences
                .get(quote.sentence.index())
                .filter(|s| s.article == quote.article)
                .and_then(|s| article.paragraphs.get(s.paragraph()));
            let paragraph = from_sentence
                .or_else(|| {
                    article
                        .paragraphs
                        .iter()
                        .find(|p| p.span.start() <= span.start && span.start < p.span.end())
                })
                // A quote running on past its paragraph is shown whole.
                .map(|p| p.span.start().min(span.start)..p.span.end().max(span.end))
                .filter(valid)
                .unwrap_or_else(|| span.clone());
            Some(Preview::Quote {
                quote,
                article,
                paragraph,
                span,
                speaker: index.speaker(hit),
            })
        }
    }
}
