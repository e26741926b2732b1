//! The People view: everyone the analysis found (people in the story first, then photo credits),
//! and for the selected person their roles, spellings, and every mention and quote in context.

use super::{Ctx, inner, list_pane, pane, select};
use crate::analysis::PersonKind;
use crate::ids::ArticleId;
use crate::tui::app::{Focus, List, View};
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Row, Table, Wrap};

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let (Some(list), Some(detail)) = layout::panes(View::People, ctx.app.focus, body) else {
        return;
    };
    render_list(ctx, frame, list);
    render_detail(ctx, frame, detail);
}

fn render_list(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let Some(data) = &ctx.app.data else { return };
    let people = &data.analysis().people;
    let focused = ctx.app.focus == Focus::List;
    let shown = (ctx.app.people_order.len(), data.people().len());
    frame.render_widget(list_pane(ctx, "People", List::People, shown, focused), area);
    let rows = layout::list_rows_in(area);
    let cursor = ctx.app.people;
    // The role only where the name keeps room (not in a narrow list).
    let with_role = inner(area).width >= 50;
    let body: Vec<Row> = cursor
        .window(rows, ctx.app.people_order.len())
        .map(|shown| {
            let id = ctx.app.people_order[shown];
            let p = &people[id];
            let name = match p.kind {
                PersonKind::Actor => p.name.clone(),
                PersonKind::Credit => format!("{} (credit)", p.name),
            };
            let count = |n: usize| Text::raw(n.to_string()).right_aligned();
            let mut cells = vec![
                Text::raw(name),
                count(p.mentions.len()),
                count(data.quote_count(id)),
                count(p.articles.len()),
            ];
            if with_role {
                cells.push(Text::raw(p.roles.first().cloned().unwrap_or_default()));
            }
            select(ctx, Row::new(cells), shown == cursor.selected)
        })
        .collect();
    let mut widths = vec![
        Constraint::Fill(2),
        Constraint::Length(4),
        Constraint::Length(4),
        Constraint::Length(4),
    ];
    let mut header = vec![
        Text::raw("Name"),
        Text::raw("Ment").right_aligned(),
        Text::raw("Quot").right_aligned(),
        Text::raw("Arts").right_aligned(),
    ];
    if with_role {
        widths.push(Constraint::Fill(2));
        header.push(Text::raw("Role"));
    }
    let table = Table::new(body, widths).header(Row::new(header).style(ctx.theme.title));
    frame.render_widget(table, inner(area));
}

fn render_detail(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let Some(data) = &ctx.app.data else { return };
    let focused = ctx.app.focus == Focus::Detail;
    frame.render_widget(pane(ctx, " Mentions and quotes ", focused), area);
    let Some(index) = ctx.app.selected_person() else {
        return;
    };
    let p = &data.analysis().people[index];
    // Each outlet once, in order of first article: a much-covered person appears in
    // thousands of articles from a few dozen outlets.
    let outlets = |articles: &[ArticleId]| {
        let names: Vec<&str> = (data.story.outlets().tally(articles).iter())
            .map(|&(o, _)| data.story.outlets().name(o))
            .collect();
        names.join(", ")
    };
    let mut head = vec![Line::styled(p.name.as_str(), ctx.theme.person)];
    if !p.roles.is_empty() {
        head.push(Line::raw(format!("Roles: {}", p.roles.join("; "))));
    }
    if !p.aliases.is_empty() {
        head.push(Line::raw(format!("Also: {}", p.aliases.join("; "))));
    }
    for v in &p.variants {
        head.push(Line::styled(
            format!("Spelled \"{}\" by {}", v.alias, outlets(&v.articles)),
            ctx.theme.warning,
        ));
    }
    head.push(Line::styled(
        format!("In: {}", outlets(&p.articles)),
        ctx.theme.dim,
    ));
    let inside = inner(area);
    let head_height = (head.len() as u16 + 1).min(inside.height / 2);
    let [top, bottom] = inside.layout(&Layout::vertical([
        Constraint::Length(head_height),
        Constraint::Fill(1),
    ]));
    frame.render_widget(Paragraph::new(head).wrap(Wrap { trim: true }), top);

    let items = data.person_items(ctx.app.selected_person());
    let rows = usize::from(bottom.height);
    let cursor = ctx.app.person_items;
    let lines: Vec<Line> = cursor
        .window(rows, items.len())
        .map(|i| {
            let item = &items[i];
            let a = &data.corpus().articles[item.article];
            let kind = if item.quote { "quote" } else { "named" };
            let snippet = context(&a.text, item.range.clone(), usize::from(bottom.width));
            let mut line = Line::from(vec![
                Span::styled(format!("{:<10.10} ", a.outlet), ctx.theme.dim),
                Span::styled(
                    format!("{kind:<5} "),
                    if item.quote {
                        ctx.theme.quote
                    } else {
                        ctx.theme.person
                    },
                ),
                Span::raw(snippet),
            ]);
            if focused && i == cursor.selected {
                line = line.style(ctx.theme.selected);
            }
            line
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), bottom);
}

/// The text at `range` with some words of context before it, on one line.
pub fn context(text: &str, range: std::ops::Range<usize>, width: usize) -> String {
    let mut start = range.start.saturating_sub(12).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let line_start = text[..range.start.min(text.len())]
        .rfind("\n")
        .map_or(0, |i| i + 1);
    let start = start.max(line_start);
    let end = text[range.start.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |i| range.start + i);
    let s = text[start..end].trim_start();
    let prefix = if start > line_start { "…" } else { "" };
    crate::text::truncate(&format!("{prefix}{s}"), width.saturating_sub(18))
}
