//! The coverage matrix: a row per person, event and statement, a column per source; a filled
//! cell where the source covers it and an empty dot where it does not, so what an outlet leaves
//! out is easy to spot. Only the rows and columns on screen are drawn.

use super::{Ctx, inner, pane};
use crate::ids::ArticleId;
use crate::text::truncate;
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Columns of one source cell.
const CELL: usize = 6;
/// A cell whose source covers the row, and one whose source does not; [`CELL`] wide.
const COVERED: &str = "  ■   ";
const MISSING: &str = "  ·   ";

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let Some(data) = &ctx.app.data else { return };
    let m = data.story.matrix();
    frame.render_widget(
        pane(
            ctx,
            format!(
                " Coverage · {} rows × {} sources · s sort · h/l columns ",
                m.rows.len(),
                m.sources.len()
            ),
            true,
        ),
        body,
    );
    let area = inner(body);
    let label_width = (usize::from(area.width) / 3).clamp(16, 48);
    let fit = (usize::from(area.width).saturating_sub(label_width + 6) / CELL).max(1);
    let first_col = ctx
        .app
        .matrix_column
        .min(m.sources.len().saturating_sub(fit));
    let cols = first_col..(first_col + fit).min(m.sources.len());
    let outlet = |s: ArticleId| data.corpus().get(s).map_or("?", |a| a.outlet.as_str());
    let mut header = vec![Span::styled(
        format!("{:<w$} {:>4} ", "", "cov", w = label_width + 2),
        ctx.theme.title,
    )];
    for c in cols.clone() {
        header.push(Span::styled(
            format!("{:<CELL$}", truncate(outlet(m.sources[c]), CELL - 1)),
            ctx.theme.title,
        ));
    }
    let mut lines = vec![Line::from(header)];
    let cursor = ctx.app.matrix;
    let order = &ctx.app.matrix_order;
    for shown in cursor.window(layout::list_rows_in(body), order.len()) {
        let Some(row) = order.get(shown).and_then(|&r| m.rows.get(r)) else {
            continue;
        };
        let kind = match row.kind {
            crate::compare::RowKind::Person => "P",
            crate::compare::RowKind::Event => "E",
            crate::compare::RowKind::Quote => "Q",
        };
        let mut spans = vec![
            Span::styled(format!("{kind} "), ctx.theme.dim),
            Span::raw(format!(
                "{:<label_width$} ",
                truncate(&row.label, label_width)
            )),
            Span::styled(format!("{:>4} ", row.coverage()), ctx.theme.dim),
        ];
        for c in cols.clone() {
            let covered = row.cells.get(c).copied().unwrap_or(false);
            // Static cells: a screen of them is thousands, each once a string of its own.
            spans.push(if covered {
                Span::styled(COVERED, ctx.theme.key)
            } else {
                Span::styled(MISSING, ctx.theme.dim)
            });
        }
        let mut line = Line::from(spans);
        if shown == cursor.selected {
            line = line.style(ctx.theme.selected);
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), area);
}
