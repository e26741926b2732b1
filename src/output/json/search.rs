//! Search hits in the JSON shape of `parallax search --json`.

use crate::search::{Hit, HitKind, Index};
use serde::Serialize;

/// One result as the CLI prints it:
/// `{"kind":"person"|"quote","text","score","indices","article","speaker"}`.
/// `text` is the name or the quote, `indices` char indices into it, `article` the article id
/// (null for a person), `speaker` the quote's speaker (null for a person or when unknown).
#[derive(Clone, Debug, Serialize)]
pub struct Row<'a> {
    pub kind: HitKind,
    pub text: &'a str,
    pub score: i64,
    pub indices: &'a [usize],
    pub article: Option<&'a str>,
    pub speaker: Option<&'a str>,
}

/// The rows for `hits`, in order.
pub fn rows<'a>(index: &'a Index, hits: &'a [Hit]) -> Vec<Row<'a>> {
    hits.iter()
        .map(|hit| Row {
            kind: hit.kind,
            text: index.text(hit),
            score: hit.score,
            indices: &hit.indices,
            article: index.article_id(hit),
            speaker: index.speaker(hit),
        })
        .collect()
}
