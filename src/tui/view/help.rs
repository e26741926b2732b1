//! Overlays: the key help, generated from the keymap, and the list of loading problems.

use super::{Ctx, pane};
use crate::corpus::Severity;
use crate::ids::ArticleId;
use crate::tui::keymap::Mode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// The symbols of the views and the search syntax, under the keys.
const LEGENDS: &[(&str, &[(&str, &str)])] = &[
    (
        "Search (every word must match)",
        &[
            ("word", "fuzzy: the letters in order, close together"),
            ("'exact", "the exact text"),
            ("^prefix", "starts with"),
            ("suffix$", "ends with (closing punctuation ignored)"),
            ("!not", "leaves out what matches"),
            ("a | b", "either"),
            ("p:", "people only"),
            ("q:", "quotes only"),
            ("@name", "quotes by a speaker, any spelling"),
        ],
    ),
    (
        "Timeline",
        &[
            ("■", "the outlet reports the event"),
            ("·", "the outlet does not"),
            ("!", "the outlet puts it on another date"),
            ("Tue 03-21", "the day; with the year when events span years"),
        ],
    ),
    (
        "Compare",
        &[
            ("═", "both articles report it"),
            ("⤨", "both report it, in another order"),
            ("◀ ▶", "only the left or the right article has it"),
            ("underline", "the words that differ"),
            ("❝", "a quote other outlets word differently"),
        ],
    ),
    (
        "Matrix",
        &[
            ("■", "one of the outlet's articles covers the row"),
            ("2, 3, …", "that many of its articles do"),
            ("·", "the outlet leaves it out"),
            ("P E Q", "a person, an event, a quoted statement"),
        ],
    ),
];

fn popup(area: Rect) -> Rect {
    let w = area.width.saturating_sub(4).min(90);
    let h = area.height.saturating_sub(2);
    Rect::new(area.x + (area.width - w) / 2, area.y + 1, w, h)
}

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect, scroll: usize, filter: &str) {
    let wanted = filter.to_lowercase();
    let mut lines = vec![if filter.is_empty() {
        Line::styled("Type to filter the keys.", ctx.theme.dim)
    } else {
        Line::from(vec![
            Span::styled("Filter: ", ctx.theme.dim),
            Span::styled(filter.to_string(), ctx.theme.key),
        ])
    }];
    for mode in [Mode::Global, Mode::Navigate, Mode::Overlay] {
        let matching: Vec<_> = ctx
            .app
            .keymap
            .bindings()
            .iter()
            .filter(|b| b.mode == mode)
            .filter(|b| {
                wanted.is_empty()
                    || b.what.to_lowercase().contains(&wanted)
                    || b.label.to_lowercase().contains(&wanted)
            })
            .collect();
        if matching.is_empty() {
            continue;
        }
        lines.push(Line::styled(mode.title(), ctx.theme.heading));
        for b in matching {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<10}", b.label), ctx.theme.key),
                Span::raw(b.what),
            ]));
        }
        lines.push(Line::raw(""));
    }
    if !wanted.is_empty() {
        return show(
            ctx,
            frame,
            area,
            " Keys — Esc clears the filter ",
            lines,
            scroll,
        );
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
    for (heading, rows) in LEGENDS {
        lines.push(Line::raw(""));
        lines.push(Line::styled(*heading, ctx.theme.heading));
        for (symbol, meaning) in *rows {
            lines.push(Line::from(vec![
                Span::styled(format!("  {symbol:<10}"), ctx.theme.key),
                Span::raw(*meaning),
            ]));
        }
    }
    show(ctx, frame, area, " Keys — Esc closes ", lines, scroll);
}

pub fn diagnostics(ctx: &Ctx, frame: &mut Frame, area: Rect, scroll: usize) {
    let lines: Vec<Line> = match &ctx.app.data {
        Some(d) if d.diagnostics().next().is_some() => d
            .diagnostics()
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
        " Problems (loading and analysis) — Esc closes ",
        lines,
        scroll,
    );
}

pub fn note(ctx: &Ctx, frame: &mut Frame, area: Rect, article: ArticleId, text: &str) {
    let outlet = ctx
        .app
        .data
        .as_ref()
        .and_then(|d| d.corpus().get(article))
        .map_or("", |a| a.outlet.as_str());
    let lines = vec![
        Line::styled(
            format!(
                "Note on the {outlet} article. Enter saves, Alt-Enter adds a line, Esc cancels."
            ),
            ctx.theme.dim,
        ),
        Line::raw(""),
        Line::from(vec![
            Span::raw(text.to_string()),
            Span::styled("▏", ctx.theme.key),
        ]),
    ];
    let r = popup(area);
    let r = Rect::new(
        r.x,
        r.y + r.height / 4,
        r.width,
        (r.height / 2).max(5).min(r.height),
    );
    frame.render_widget(Clear, r);
    frame.render_widget(
        Paragraph::new(lines)
            .block(pane(ctx, " Note ".to_string(), true))
            .wrap(Wrap { trim: false }),
        r,
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
