//! The coverage matrix: outlets as columns; people, events and quotes as rows; a cell says how
//! many of that outlet's articles cover that row. Rows come in as (kind, label, articles) so
//! any producer (people, quote variants, the timeline's events) can add its own.

use super::variants::VariantGroup;
use crate::analysis::{Analysis, PersonKind, QuoteKind};
use crate::corpus::Outlets;
use crate::ids::{ArticleId, OutletId};
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
    /// One cell an outlet, in the order of [`Matrix::outlets`]: how many of its articles
    /// cover this row (0: the outlet leaves it out).
    pub cells: Vec<u32>,
    /// How many articles cover it, all outlets together.
    pub articles: u32,
}

impl MatrixRow {
    /// How many outlets cover this row.
    pub fn coverage(&self) -> usize {
        self.cells.iter().filter(|&&c| c > 0).count()
    }
}

/// Who covered what: outlets as columns (an outlet with several articles is one column),
/// people, events and statements as rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matrix {
    /// The outlets, one a column.
    pub outlets: Vec<OutletId>,
    pub rows: Vec<MatrixRow>,
}

/// A matrix with every outlet of the corpus as a column and the given rows, in the given
/// order; each row's articles are counted by outlet. Articles of another corpus are ignored.
pub fn matrix<S>(outlets: &Outlets, rows: impl IntoIterator<Item = (RowKind, String, S)>) -> Matrix
where
    S: IntoIterator<Item = ArticleId>,
{
    let n = outlets.len();
    let rows = rows
        .into_iter()
        .map(|(kind, label, articles)| {
            let mut cells = vec![0u32; n];
            let mut count = 0;
            for o in articles.into_iter().filter_map(|a| outlets.of_article(a)) {
                cells[o.index()] += 1;
                count += 1;
            }
            MatrixRow {
                kind,
                label,
                cells,
                articles: count,
            }
        })
        .collect();
    Matrix {
        outlets: outlets.ids().collect(),
        rows,
    }
}

impl Matrix {
    /// Widest coverage first (outlets, then articles), then by label (case-insensitive),
    /// then kind: the story's core at the top, what few outlets report at the bottom.
    pub fn sort_by_coverage(&mut self) {
        self.rows.sort_by_cached_key(|r| {
            (
                Reverse(r.coverage()),
                Reverse(r.articles),
                r.label.to_lowercase(),
                r.kind,
            )
        });
    }

    /// How many rows each outlet covers, in the order of [`Matrix::outlets`].
    pub fn outlet_coverage(&self) -> Vec<usize> {
        let mut out = vec![0; self.outlets.len()];
        for r in &self.rows {
            for (o, &c) in out.iter_mut().zip(&r.cells) {
                *o += usize::from(c > 0);
            }
        }
        out
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
