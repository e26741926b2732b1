//! The reader: an article wrapped to the pane, captions and boilerplate dimmed and marked in the
//! gutter, people and quotes highlighted, and a jump target standing out. Only the visible lines
//! are styled and drawn.

use super::{Ctx, inner, pane};
use crate::corpus::Block;
use crate::tui::app::Focus;
use crate::tui::data::Segment;
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use std::ops::Range;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let Some(data) = &ctx.app.data else { return };
    let r = &ctx.app.reader;
    let Some(article) = data.corpus().get(r.article) else {
        return;
    };
    let focused = ctx.app.focus == Focus::Detail;
    let total = r.lines.len();
    let rows = layout::reader_rows(ctx.app.size, ctx.app.focus);
    let position = if total <= rows {
        "all".to_string()
    } else {
        format!("{}%", (r.scroll + rows).min(total) * 100 / total.max(1))
    };
    frame.render_widget(pane(ctx, format!(" Reader · {position} "), focused), area);
    let body = inner(area);
    let mut lines = vec![
        Line::styled(article.title.as_str(), ctx.theme.title),
        Line::styled(
            format!(
                "{}{} · {} · {} words{}",
                article.outlet,
                if article.authors.is_empty() {
                    String::new()
                } else {
                    format!(" · by {}", article.authors.join(", "))
                },
                article.date_with_source(),
                article.words,
                article
                    .url
                    .as_deref()
                    .map(|u| format!(" · {u}"))
                    .unwrap_or_default()
            ),
            ctx.theme.dim,
        ),
    ];
    let segments = data.segments(r.article);
    for l in r.lines.iter().skip(r.scroll).take(rows) {
        let Some(p) = l.paragraph else {
            lines.push(Line::raw(""));
            continue;
        };
        let kind = article.paragraphs[p].kind;
        let (mark, base) = match kind {
            Block::Story => ("  ", ctx.theme.text),
            Block::Heading => ("# ", ctx.theme.heading),
            Block::Caption => ("▏ ", ctx.theme.dim),
            Block::Boilerplate => ("· ", ctx.theme.dim),
        };
        let mut spans = vec![Span::styled(mark, ctx.theme.dim)];
        spans.extend(styled(
            &article.text,
            l.start..l.end,
            segments,
            r.target.as_ref(),
            base,
            ctx,
        ));
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), body);
}

/// Cuts `range` of `text` at highlight boundaries and styles each piece.
fn styled<'a>(
    text: &'a str,
    range: Range<usize>,
    segments: &[Segment],
    target: Option<&Range<usize>>,
    base: Style,
    ctx: &Ctx,
) -> Vec<Span<'a>> {
    let first = segments.partition_point(|s| s.end <= range.start);
    let relevant = segments[first..].iter().take_while(|s| s.start < range.end);
    let mut cuts = vec![range.start, range.end];
    for s in relevant.clone() {
        cuts.extend([s.start, s.end]);
    }
    if let Some(t) = target {
        cuts.extend([t.start, t.end]);
    }
    cuts.retain(|c| (range.start..=range.end).contains(c) && text.is_char_boundary(*c));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let (s, e) = (w[0], w[1]);
            let mut style = base;
            if let Some(seg) = relevant.clone().find(|g| g.start <= s && g.end >= e) {
                if seg.quote {
                    style = style.patch(ctx.theme.quote);
                }
                if seg.person {
                    style = style.patch(ctx.theme.person);
                }
            }
            if target.is_some_and(|t| t.start <= s && t.end >= e) {
                style = style.patch(ctx.theme.target);
            }
            Span::styled(&text[s..e], style)
        })
        .collect()
}
