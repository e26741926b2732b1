//! Search hits in the JSON shape of `parallax search --json`.

use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::search::{Hit, HitKind, Index, text_hit};
use serde::Serialize;

/// One result as the CLI prints it:
/// `{"kind":"person"|"quote"|"text","text","score","indices","article","speaker","outlet",
/// "date","outlets"}`. `text` is the name, the quote or the sentence, `indices` char indices
/// into it, `article` the article id (null for a person), `speaker` the quote's speaker (null
/// for a person, a sentence or when unknown), `outlet` and `date` the article's, `outlets`
/// how many outlets print the quote or sentence (one result for them all; 0 for a person).
#[derive(Clone, Debug, Serialize)]
pub struct Row<'a> {
    pub kind: HitKind,
    pub text: &'a str,
    pub score: i64,
    pub indices: Vec<usize>,
    pub article: Option<&'a str>,
    pub speaker: Option<&'a str>,
    pub outlet: Option<&'a str>,
    pub date: Option<String>,
    pub outlets: usize,
}

/// The rows for `hits` of `query`, in order.
pub fn rows<'a>(
    corpus: &'a Corpus,
    analysis: &Analysis,
    index: &'a Index,
    (query, hits): (&str, &'a [Hit]),
) -> Vec<Row<'a>> {
    hits.iter()
        .map(|hit| {
            let found = text_hit(corpus, analysis, hit, query);
            let article = index.article(hit).and_then(|a| corpus.get(a));
            Row {
                kind: hit.kind,
                text: found.as_ref().map_or(index.text(hit), |f| f.text()),
                score: hit.score,
                indices: found.map_or_else(|| hit.indices.clone(), |f| f.indices()),
                article: index.article_id(hit),
                speaker: index.speaker(hit),
                outlet: article.map(|a| a.outlet.as_str()),
                date: article.and_then(|a| a.date).map(|d| d.to_string()),
                outlets: hit.outlets,
            }
        })
        .collect()
}
