//! The Variants view: statements quoted by several outlets, and for the selected one every
//! outlet's wording, with the words that differ from the first wording highlighted.

use super::compare::wrapped;
use super::{Ctx, inner, pane, select};
use crate::compare::{DiffTag, word_diff_spans};
use crate::tui::app::{Focus, View};
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Paragraph, Row, Table};

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let (Some(list), Some(detail)) = layout::panes(View::Variants, ctx.app.focus, body) else {
        return;
    };
    let Some(data) = &ctx.app.data else { return };
    let groups = data.story.variants();
    frame.render_widget(
        pane(
            ctx,
            format!(" Statements worded differently ({}) ", groups.len()),
            ctx.app.focus == Focus::List,
        ),
        list,
    );
    if groups.is_empty() {
        frame.render_widget(
            Paragraph::new("No statement is quoted by more than one outlet.").style(ctx.theme.dim),
            inner(list),
        );
    }
    let cursor = ctx.app.variants;
    let rows: Vec<Row> = cursor
        .window(layout::list_rows_in(list), groups.len())
        .map(|i| {
            let g = &groups[i];
            let first = g
                .variants
                .first()
                .and_then(|v| data.analysis().quotes.get(v.quote.index()))
                .map_or("", |q| q.text.as_str());
            let row = Row::new([
                Text::raw(g.speaker_name.clone().unwrap_or_else(|| "—".into())),
                Text::raw(g.articles().len().to_string()).right_aligned(),
                Text::raw(first),
            ]);
            select(ctx, row, i == cursor.selected)
        })
        .collect();
    if !groups.is_empty() {
        let table = Table::new(
            rows,
            [
                Constraint::Max(18),
                Constraint::Length(4),
                Constraint::Fill(1),
            ],
        )
        .header(Row::new(["Speaker", "Outl", "Statement"]).style(ctx.theme.title));
        frame.render_widget(table, inner(list));
    }

    frame.render_widget(
        pane(ctx, " Wordings ", ctx.app.focus == Focus::Detail),
        detail,
    );
    let Some(g) = groups.get(cursor.selected) else {
        return;
    };
    let area = inner(detail);
    let width = usize::from(area.width).max(1);
    let first = g
        .variants
        .first()
        .and_then(|v| data.analysis().quotes.get(v.quote.index()))
        .map_or("", |q| q.text.as_str());
    // A statement can be quoted by hundreds of articles: only the wordings on screen are
    // diffed and wrapped. From the top while the selected wording fits, else from it.
    let height = usize::from(area.height);
    let quote = |v: &crate::compare::QuoteVariant| data.analysis().quotes.get(v.quote.index());
    let selected = ctx.app.variant_items.selected;
    let mut used = 0;
    let mut start = 0;
    for v in g.variants.iter().take(selected + 1) {
        let text = quote(v).map_or("", |q| q.text.as_str());
        used += 2 + wrapped(text, width, &[], ctx.theme.quote, ctx.theme.quote).len();
        if used > height {
            start = selected;
            break;
        }
    }
    let mut lines = Vec::new();
    for (k, v) in g.variants.iter().enumerate().skip(start) {
        if lines.len() >= height {
            break;
        }
        let Some(q) = quote(v) else {
            continue;
        };
        let a = &data.corpus().articles[v.article];
        let mut head = Line::styled(
            format!("{} · {}", a.outlet, a.date_label()),
            ctx.theme.title,
        );
        if ctx.app.focus == Focus::Detail && k == ctx.app.variant_items.selected {
            head = head.style(ctx.theme.selected);
        }
        lines.push(head);
        let marks: Vec<_> = if k == 0 {
            Vec::new()
        } else {
            word_diff_spans(first, &q.text)
                .into_iter()
                .filter(|d| d.tag == DiffTag::Insert)
                .map(|d| d.right)
                .collect()
        };
        lines.extend(wrapped(
            &q.text,
            width,
            &marks,
            ctx.theme.quote,
            ctx.theme.person.add_modifier(Modifier::UNDERLINED),
        ));
        lines.push(Line::raw(""));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
