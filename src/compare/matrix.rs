//! The coverage matrix: sources as columns; people, events and quotes as rows; a cell says
//! whether that source covers that row. Rows come in as (kind, label, articles) so any
//! producer (people, quote variants, the timeline's events) can add its own.

use super::variants::VariantGroup;
use crate::analysis::{Analysis, PersonKind, QuoteKind};
use crate::corpus::Corpus;
use crate::ids::ArticleId;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;

/// What a row stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RowKind {
    Person,
    Event,
    Quote,
}

/// A row to put in the matrix: its kind, its label and the articles covering it.
pub type RowSpec = (RowKind, String, Vec<ArticleId>);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatrixRow {
    pub kind: RowKind,
    pub label: String,
    /// One cell a source, in the order of [`Matrix::sources`].
    pub cells: Vec<bool>,
}

impl MatrixRow {
    /// How many sources cover this row.
    pub fn coverage(&self) -> usize {
        self.cells.iter().filter(|&&c| c).count()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matrix {
    /// The articles, one a column.
    pub sources: Vec<ArticleId>,
    pub rows: Vec<MatrixRow>,
}

/// A matrix with every article of the corpus as a column and the given rows, in the given order.
/// Articles out of range are ignored.
pub fn matrix<S>(corpus: &Corpus, rows: impl IntoIterator<Item = (RowKind, String, S)>) -> Matrix
where
    S: IntoIterator<Item = ArticleId>,
{
    let n = corpus.articles.len();
    let rows = rows
        .into_iter()
        .map(|(kind, label, articles)| {
            let mut cells = vec![false; n];
            for a in articles {
                if let Some(c) = cells.get_mut(a.index()) {
                    *c = true;
                }
            }
            MatrixRow { kind, label, cells }
        })
        .collect();
    Matrix {
        sources: corpus.ids().collect(),
        rows,
    }
}

impl Matrix {
    /// Widest coverage first, then by label (case-insensitive), then kind: the story's core at
    /// the top, what few outlets report at the bottom.
    pub fn sort_by_coverage(&mut self) {
        self.rows
            .sort_by_cached_key(|r| (Reverse(r.coverage()), r.label.to_lowercase(), r.kind));
    }

    /// How many rows each source covers, in the order of [`Matrix::sources`].
    pub fn source_coverage(&self) -> Vec<usize> {
        (0..self.sources.len())
            .map(|c| {
                self.rows
                    .iter()
                    .filter(|r| r.cells.get(c) == Some(&true))
                    .count()
            })
            .collect()
    }
}

/// One row per person in the story (photo credits left out): covered where an article
/// mentions them.
pub fn people_rows(analysis: &Analysis) -> Vec<RowSpec> {
    analysis
        .people
        .iter()
        .filter(|p| p.kind == PersonKind::Actor)
        .map(|p| (RowKind::Person, p.name.clone(), p.articles.clone()))
        .collect()
}

/// One row per statement: each variant group (covered by the articles carrying it), and, with
/// `singles`, each full quote carried by one article only.
pub fn quote_rows(analysis: &Analysis, groups: &[VariantGroup], singles: bool) -> Vec<RowSpec> {
    let mut grouped = vec![false; analysis.quotes.len()];
    let mut rows = Vec::new();
    for g in groups {
        let Some(first) = g
            .variants
            .first()
            .and_then(|v| analysis.quotes.get(v.quote.index()))
        else {
            continue;
        };
        for v in &g.variants {
            if let Some(slot) = grouped.get_mut(v.quote.index()) {
                *slot = true;
            }
        }
        rows.push((
            RowKind::Quote,
            label(g.speaker_name.as_deref(), &first.text),
            g.articles(),
        ));
    }
    if singles {
        for (q, quote) in analysis.quotes.iter().enumerate() {
            if !grouped[q] && quote.kind == QuoteKind::Full {
                let speaker = quote
                    .speaker
                    .and_then(|p| analysis.people.get(p.index()))
                    .map(|p| p.name.as_str())
                    .or(quote.speaker_text.as_deref());
                rows.push((
                    RowKind::Quote,
                    label(speaker, &quote.text),
                    vec![quote.article],
                ));
            }
        }
    }
    rows
}

/// `Speaker: “opening words…”`, the quote cut at a word boundary near 60 characters.
fn label(speaker: Option<&str>, text: &str) -> String {
    const MAX: usize = 60;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let short = if text.chars().count() <= MAX {
        text
    } else {
        let cut = text.char_indices().nth(MAX).map_or(text.len(), |(i, _)| i);
        let head = &text[..cut];
        let head = head.rfind(' ').map_or(head, |sp| &head[..sp]);
        format!("{head}…")
    };
    match speaker {
        Some(s) => format!("{s}: “{short}”"),
        None => format!("“{short}”"),
    }
}
