//! The Search view: the query line, the ranked results (people and quotes, a kind marker, the
//! matched letters highlighted, long texts cut so the match stays in view) and a preview.

use super::{Ctx, inner, pane};
use crate::search::{Kind, Preview, byte_ranges, preview, window};
use crate::tui::app::View;
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let (Some(list), Some(side)) = layout::panes(View::Search, ctx.app.focus, body) else {
        return;
    };
    let Some(data) = &ctx.app.data else { return };
    let results = ctx.app.searcher.results();
    let title = format!(
        " Search “{}” · {} of {} ",
        ctx.app.query,
        results.hits.len(),
        results.total
    );
    frame.render_widget(pane(ctx, title, true), list);
    let area = inner(list);
    let [query, rows_area] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    let prompt = Line::from(vec![
        Span::styled("> ", ctx.theme.key),
        Span::raw(ctx.app.query.as_str()),
        Span::styled(
            if ctx.app.query.is_empty() {
                "  type: words, 'exact ^start end$ !not, p: people, q: quotes, @speaker"
            } else {
                ""
            },
            ctx.theme.dim,
        ),
    ]);
    frame.render_widget(prompt, query);
    let caret = query.x + 2 + crate::text::width(&ctx.app.query) as u16;
    if caret < query.right() {
        frame.set_cursor_position(Position::new(caret, query.y));
    }
    let width = usize::from(rows_area.width).saturating_sub(4);
    let mut lines = Vec::new();
    for i in ctx
        .app
        .results
        .window(usize::from(rows_area.height), results.hits.len())
    {
        let hit = &results.hits[i];
        let text = data.index.text(hit);
        let marker = match hit.kind {
            Kind::Person => Span::styled("P ", ctx.theme.person),
            Kind::Quote => Span::styled("Q ", ctx.theme.quote),
        };
        let who = match hit.kind {
            Kind::Person => String::new(),
            Kind::Quote => format!(
                " — {}, {}",
                data.index.speaker(hit).unwrap_or("?"),
                data.index.outlet(hit).unwrap_or("")
            ),
        };
        let room = width.saturating_sub(crate::text::width(&who)).max(10);
        let shown = window(text, &hit.indices, room);
        let marks = byte_ranges(text, &hit.indices);
        let mut spans = vec![marker];
        if shown.start > 0 {
            spans.push(Span::styled("…", ctx.theme.dim));
        }
        let mut cuts = vec![shown.start, shown.end];
        for m in &marks {
            cuts.extend([m.start, m.end]);
        }
        cuts.retain(|&c| c >= shown.start && c <= shown.end && text.is_char_boundary(c));
        cuts.sort_unstable();
        cuts.dedup();
        for w in cuts.windows(2) {
            let hot = marks.iter().any(|m| m.start <= w[0] && m.end >= w[1]);
            spans.push(Span::styled(
                &text[w[0]..w[1]],
                if hot { ctx.theme.key } else { ctx.theme.text },
            ));
        }
        if shown.end < text.len() {
            spans.push(Span::styled("…", ctx.theme.dim));
        }
        spans.push(Span::styled(who, ctx.theme.dim));
        let mut line = Line::from(spans);
        if i == ctx.app.results.selected {
            line = line.style(ctx.theme.selected);
        }
        lines.push(line);
    }
    if results.hits.is_empty() && !ctx.app.query.is_empty() {
        lines.push(Line::styled("No match.", ctx.theme.dim));
    }
    frame.render_widget(Paragraph::new(lines), rows_area);
    render_preview(ctx, frame, side);
}

fn render_preview(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    frame.render_widget(pane(ctx, " Preview · Enter opens ", false), area);
    let Some(data) = &ctx.app.data else { return };
    let Some(hit) = ctx
        .app
        .searcher
        .results()
        .hits
        .get(ctx.app.results.selected)
    else {
        return;
    };
    let lines = match preview(&data.corpus, &data.analysis, &data.index, hit) {
        Some(Preview::Quote {
            article,
            paragraph,
            span,
            speaker,
            ..
        }) => {
            let text = &article.text;
            vec![
                Line::styled(
                    format!(
                        "{} · {} · {}",
                        speaker.unwrap_or("unknown speaker"),
                        article.outlet,
                        article.date_label()
                    ),
                    ctx.theme.title,
                ),
                Line::from(vec![
                    Span::raw(&text[paragraph.start..span.start]),
                    Span::styled(&text[span.clone()], ctx.theme.target),
                    Span::raw(&text[span.end..paragraph.end]),
                ]),
            ]
        }
        Some(Preview::Person { person, quotes }) => {
            let mut l = vec![Line::styled(person.name.clone(), ctx.theme.person)];
            if !person.roles.is_empty() {
                l.push(Line::raw(format!("Roles: {}", person.roles.join("; "))));
            }
            if !person.aliases.is_empty() {
                l.push(Line::raw(format!("Also: {}", person.aliases.join("; "))));
            }
            let outlets: Vec<&str> = person
                .articles
                .iter()
                .map(|&a| data.corpus.articles[a].outlet.as_str())
                .collect();
            let noun = if outlets.len() == 1 {
                "article"
            } else {
                "articles"
            };
            l.push(Line::styled(
                format!("In {} {noun}: {}", outlets.len(), outlets.join(", ")),
                ctx.theme.dim,
            ));
            for &q in quotes.iter().take(8) {
                if let Some(q) = data.analysis.quotes.get(q) {
                    l.push(Line::styled(format!("“{}”", q.text), ctx.theme.quote));
                }
            }
            l
        }
        None => Vec::new(),
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner(area));
}
