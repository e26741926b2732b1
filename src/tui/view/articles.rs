//! The Articles view: the list (outlet, date, words, title) and, beside it or instead of it on a
//! narrow terminal, the reader.

use super::{Ctx, inner, list_pane, reader, select};
use crate::tui::app::{Focus, List, View};
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Text;
use ratatui::widgets::{Row, Table};

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let app = ctx.app;
    let (list, detail) = layout::panes(View::Articles, app.focus, body);
    if let Some(area) = list {
        render_list(ctx, frame, area);
    }
    if let Some(area) = detail {
        reader::render(ctx, frame, area);
    }
}

fn render_list(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let Some(data) = &ctx.app.data else { return };
    let articles = &data.corpus().articles;
    let focused = ctx.app.focus == Focus::List;
    let order = &ctx.app.articles_order;
    let shown = (order.len(), articles.len());
    frame.render_widget(
        list_pane(ctx, "Articles", List::Articles, shown, focused),
        area,
    );
    let rows = layout::list_rows_in(area);
    let window = ctx.app.articles.window(rows, order.len());
    // A narrow list drops the word count so the title keeps some room.
    let roomy = area.width >= 70;
    let body: Vec<Row> = window
        .map(|i| {
            let a = &articles[order[i]];
            let mut cells = vec![Text::raw(a.outlet.as_str()), Text::raw(a.date_label())];
            if roomy {
                cells.push(Text::raw(a.words.to_string()).right_aligned());
            }
            cells.push(Text::raw(a.title.as_str()));
            let row = Row::new(cells);
            select(ctx, row, i == ctx.app.articles.selected)
        })
        .collect();
    let (widths, header) = if roomy {
        (
            vec![
                Constraint::Max(16),
                Constraint::Length(10),
                Constraint::Length(6),
                Constraint::Fill(1),
            ],
            vec!["Outlet", "Date", "Words", "Title"],
        )
    } else {
        (
            vec![
                Constraint::Max(12),
                Constraint::Length(10),
                Constraint::Fill(1),
            ],
            vec!["Outlet", "Date", "Title"],
        )
    };
    let table = Table::new(body, widths).header(Row::new(header).style(ctx.theme.title));
    frame.render_widget(table, inner(area));
}
