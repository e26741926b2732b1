//! The CLI's JSON shapes for `compare`, `variants` and `matrix`: articles by id, sentences and
//! quotes as text. They derive `Deserialize` too, so tests can decode the output back.

use crate::analysis::Analysis;
use crate::compare::{
    Idf, Matrix, MatrixRow, Row, VariantGroup, align_articles, article_sentences,
};
use crate::corpus::Corpus;
use crate::ids::ArticleId;
use serde::{Deserialize, Serialize};

/// `parallax compare A B --json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareJson {
    /// Article ids.
    pub left: String,
    pub right: String,
    /// In display order.
    pub pairs: Vec<PairJson>,
    pub left_only: Vec<String>,
    pub right_only: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairJson {
    /// Sentence texts.
    pub left: String,
    pub right: String,
    /// Cosine similarity, three decimals.
    pub similarity: f32,
    /// Paired out of order.
    pub crossing: bool,
}

/// The comparison of articles `left` and `right`; `None` if either index is out of range.
pub fn compare(
    corpus: &Corpus,
    analysis: &Analysis,
    left: ArticleId,
    right: ArticleId,
    idf: Option<&Idf>,
) -> Option<CompareJson> {
    let alignment = align_articles(corpus, analysis, left, right, idf)?;
    let a = article_sentences(corpus, analysis, left)?;
    let b = article_sentences(corpus, analysis, right)?;
    let text = |side: &[&str], i: usize| {
        side.get(i)
            .map_or_else(String::new, |s| s.trim().to_string())
    };
    let mut out = CompareJson {
        left: corpus.articles[left].id.clone(),
        right: corpus.articles[right].id.clone(),
        pairs: Vec::new(),
        left_only: Vec::new(),
        right_only: Vec::new(),
    };
    for row in &alignment.rows {
        match *row {
            Row::Pair(p) => out.pairs.push(PairJson {
                left: text(&a, p.left),
                right: text(&b, p.right),
                similarity: (p.similarity * 1000.0).round() / 1000.0,
                crossing: p.crossing,
            }),
            Row::LeftOnly(i) => out.left_only.push(text(&a, i)),
            Row::RightOnly(j) => out.right_only.push(text(&b, j)),
        }
    }
    Some(out)
}

/// One element of `parallax variants --json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VariantGroupJson {
    pub speaker: Option<String>,
    pub variants: Vec<VariantJson>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VariantJson {
    /// Article id.
    pub article: String,
    pub text: String,
}

pub fn variants(
    corpus: &Corpus,
    analysis: &Analysis,
    groups: &[VariantGroup],
) -> Vec<VariantGroupJson> {
    groups
        .iter()
        .map(|g| VariantGroupJson {
            speaker: g.speaker_name.clone(),
            variants: g
                .variants
                .iter()
                .filter_map(|v| {
                    Some(VariantJson {
                        article: corpus.get(v.article)?.id.clone(),
                        text: analysis.quotes.get(v.quote.index())?.text.clone(),
                    })
                })
                .collect(),
        })
        .collect()
}

/// `parallax matrix --json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatrixJson {
    /// Article ids, one a column.
    pub sources: Vec<String>,
    pub rows: Vec<MatrixRow>,
}

/// The matrix `m` with its columns named by article id.
pub fn matrix(corpus: &Corpus, m: &Matrix) -> MatrixJson {
    MatrixJson {
        sources: m
            .sources
            .iter()
            .map(|&s| corpus.get(s).map_or_else(String::new, |a| a.id.clone()))
            .collect(),
        rows: m.rows.clone(),
    }
}
