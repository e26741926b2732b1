//! The coverage matrix of a whole corpus: its people, its timeline's events and its statements
//! (variant groups and single full quotes) as rows, the outlets as columns.

use super::matrix::{Matrix, RowKind, matrix, people_rows, quote_rows};
use super::variants::VariantGroup;
use crate::analysis::Analysis;
use crate::corpus::Outlets;
use crate::ids::ArticleId;
use crate::timeline::Timeline;

/// People, events (labelled with their date) and statements (the variant `groups` and single
/// quotes), widest coverage first.
pub fn coverage(
    outlets: &Outlets,
    analysis: &Analysis,
    timeline: &Timeline,
    groups: &[VariantGroup],
) -> Matrix {
    let mut rows = people_rows(analysis);
    rows.extend(timeline.events.iter().map(|e| {
        let mut articles: Vec<ArticleId> = e.sources.iter().map(|s| s.article).collect();
        articles.dedup();
        let label = match e.date {
            Some(d) => format!("{} ({})", e.label, d.iso()),
            None => e.label.clone(),
        };
        (RowKind::Event, label, articles)
    }));
    rows.extend(quote_rows(analysis, groups, true));
    let mut m = matrix(outlets, rows);
    m.sort_by_coverage();
    m
}
