//! The Bookmarks view: the articles, quotes and passages bookmarked in this corpus, and the notes
//! written on its articles.

use super::{Ctx, inner, list_pane, pane, select};
use crate::tui::app::List;
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Row, Table, Wrap};

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let (Some(list), Some(notes)) = layout::panes(ctx.app.view, ctx.app.focus, body) else {
        return;
    };
    let (Some(data), Some(store)) = (&ctx.app.data, &ctx.app.store) else {
        frame.render_widget(pane(ctx, " Bookmarks ", true), body);
        frame.render_widget(
            Paragraph::new("Bookmarks and notes are unavailable: no data directory could be used."),
            inner(body),
        );
        return;
    };
    let marks = &store.shelf.bookmarks;
    let order = ctx.app.bookmark_rows();
    let shown = (order.len(), marks.len());
    frame.render_widget(
        list_pane(ctx, "Bookmarks", List::Bookmarks, shown, true),
        list,
    );
    if marks.is_empty() {
        frame.render_widget(
            Paragraph::new("No bookmarks yet: press b on an article, a quote or a passage.")
                .style(ctx.theme.dim),
            inner(list),
        );
    }
    let cursor = ctx.app.bookmarks;
    let rows: Vec<Row> = cursor
        .window(layout::list_rows_in(list), order.len())
        .map(|i| {
            let b = &marks[order[i]];
            let outlet = data
                .corpus()
                .find(&b.article)
                .map_or("(not in corpus)", |a| {
                    data.corpus().articles[a].outlet.as_str()
                });
            let row = Row::new([
                Text::raw(format!("{:?}", b.kind).to_lowercase()),
                Text::raw(outlet),
                Text::raw(b.label.as_str()),
            ]);
            select(ctx, row, i == cursor.selected)
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Length(8),
            Constraint::Max(16),
            Constraint::Fill(1),
        ],
    )
    .header(Row::new(["Kind", "Outlet", "What"]).style(ctx.theme.title));
    if !marks.is_empty() {
        frame.render_widget(table, inner(list));
    }

    frame.render_widget(
        pane(ctx, format!(" Notes ({}) ", store.shelf.notes.len()), false),
        notes,
    );
    let lines: Vec<Line> = store
        .shelf
        .notes
        .iter()
        .map(|(id, note)| {
            let outlet = data
                .corpus()
                .find(id)
                .map_or(id.as_str(), |a| data.corpus().articles[a].outlet.as_str());
            Line::from(vec![
                Span::styled(format!("{outlet}: "), ctx.theme.title),
                Span::raw(note.replace('\n', " ⏎ ")),
            ])
        })
        .collect();
    let [area] = inner(notes).layout(&Layout::vertical([Constraint::Fill(1)]));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}
