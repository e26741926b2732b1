//! Overlays: the key help, generated from the keymap, and the list of loading problems.

use super::{Ctx, pane};
use crate::corpus::Severity;
use crate::tui::keymap::Mode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

fn popup(area: Rect) -> Rect {
    let w = area.width.saturating_sub(4).min(90);
    let h = area.height.saturating_sub(2);
    Rect::new(area.x + (area.width - w) / 2, area.y + 1, w, h)
}

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect, scroll: usize) {
    let mut lines = Vec::new();
    for mode in [Mode::Global, Mode::Navigate, Mode::Overlay] {
        lines.push(Line::styled(mode.title(), ctx.theme.heading));
        for b in ctx.app.keymap.bindings().iter().filter(|b| b.mode == mode) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<10}", b.label), ctx.theme.key),
                Span::raw(b.what),
            ]));
        }
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled("In the reader", ctx.theme.heading));
    lines.push(Line::from(vec![
        Span::styled("  name      ", ctx.theme.person),
        Span::raw("a person the analysis found"),
    ]));
    lines.push(Line::from(vec![
        Span::styled("  quote     ", ctx.theme.quote),
        Span::raw("a direct quote"),
    ]));
    lines.push(Line::raw(
        "  ▏         a photo caption or credit (not read by the analysis)",
    ));
    lines.push(Line::raw(
        "  ·         site boilerplate: adverts, teasers, copyright",
    ));
    lines.push(Line::raw("  #         a headline or sub-heading"));
    lines.push(Line::raw(
        "  ?         (Quotes) a speaker found through a pronoun or the previous quote",
    ));
    show(ctx, frame, area, " Keys — Esc closes ", lines, scroll);
}

pub fn diagnostics(ctx: &Ctx, frame: &mut Frame, area: Rect, scroll: usize) {
    let lines: Vec<Line> = match &ctx.app.data {
        Some(d) if !d.corpus.diagnostics.is_empty() => d
            .corpus
            .diagnostics
            .iter()
            .map(|d| {
                let (tag, style) = match d.severity {
                    Severity::Error => ("error  ", ctx.theme.error),
                    Severity::Warning => ("warning", ctx.theme.warning),
                };
                let place = d.line.map_or(d.path.clone(), |l| format!("{}:{l}", d.path));
                Line::from(vec![
                    Span::styled(tag, style),
                    Span::raw(format!(" {place}: {}", d.message)),
                ])
            })
            .collect(),
        _ => vec![Line::raw("No problems: every file loaded cleanly.")],
    };
    show(
        ctx,
        frame,
        area,
        " Loading problems — Esc closes ",
        lines,
        scroll,
    );
}

fn show(ctx: &Ctx, frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>, scroll: usize) {
    let r = popup(area);
    frame.render_widget(Clear, r);
    let max = lines
        .len()
        .saturating_sub(usize::from(r.height.saturating_sub(2)));
    let p = Paragraph::new(lines)
        .block(pane(ctx, title.to_string(), true))
        .wrap(Wrap { trim: false })
        .scroll((scroll.min(max) as u16, 0));
    frame.render_widget(p, r);
}
