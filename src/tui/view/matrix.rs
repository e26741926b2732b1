//! The coverage matrix: a row per person, event and statement, a column per outlet; a filled
//! cell where one of the outlet's articles covers it (a number where several do) and a dot
//! where none does, so what an outlet leaves out is easy to spot. Only the rows and columns on
//! screen are drawn.

use super::{Ctx, OutletColumns, inner, pane};
use crate::text::truncate;
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let Some(data) = &ctx.app.data else { return };
    let m = data.story.matrix();
    let outlets = data.story.outlets();
    frame.render_widget(
        pane(
            ctx,
            format!(
                " Coverage · {} rows × {} outlets · ■ one article, a number: that many · s sort · h/l columns ",
                m.rows.len(),
                m.outlets.len()
            ),
            true,
        ),
        body,
    );
    let area = inner(body);
    let label_width = (usize::from(area.width) / 3).clamp(16, 48);
    let columns = OutletColumns::new(
        usize::from(area.width).saturating_sub(label_width + 8),
        m.outlets.len(),
    );
    let first_col = ctx
        .app
        .matrix_column
        .min(m.outlets.len().saturating_sub(columns.fit));
    let cols = first_col..(first_col + columns.fit).min(m.outlets.len());
    let labels = outlets.labels(columns.width - 1);
    let mut header = vec![Span::styled(
        format!("{:<w$} {:>4} ", "", "out", w = label_width + 2),
        ctx.theme.title,
    )];
    for c in cols.clone() {
        let label = m.outlets.get(c).and_then(|o| labels.get(o.index()));
        header.push(Span::styled(
            format!(
                "{:<w$}",
                label.map_or("", String::as_str),
                w = columns.width
            ),
            ctx.theme.title,
        ));
    }
    let mut lines = vec![Line::from(header)];
    let (covered, missing) = (columns.cell("■"), columns.cell("·"));
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
            // Two cells borrowed all over the screen: a screen of them is thousands.
            spans.push(match row.cells.get(c).copied().unwrap_or(0) {
                0 => Span::styled(missing.as_str(), ctx.theme.dim),
                1 => Span::styled(covered.as_str(), ctx.theme.key),
                n => Span::styled(columns.cell(&n.to_string()), ctx.theme.key),
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
