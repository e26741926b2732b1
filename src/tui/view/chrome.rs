//! The frame around the views: the tab row, the status bar, and the loading and failure screens.

use super::Ctx;
use crate::story::Part;
use crate::tui::action::Action;
use crate::tui::app::{Focus, View};
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Gauge, Paragraph, Wrap};

pub fn tabs(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let mut spans = vec![Span::raw(" ")];
    for (view, title) in layout::tab_titles(area.width) {
        let style = if view == ctx.app.view {
            ctx.theme.tab_active
        } else {
            ctx.theme.tab
        };
        spans.push(Span::styled(title, style));
        spans.push(Span::raw(" "));
    }
    frame.render_widget(Line::from(spans), area);
}

pub fn status(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let app = ctx.app;
    let mut left = vec![];
    if let Some(data) = &app.data {
        let c = data.corpus();
        left.push(Span::styled(format!(" {} ", c.name), ctx.theme.title));
        let n = c.articles.len();
        let noun = if n == 1 { "article" } else { "articles" };
        left.push(Span::raw(format!("· {n} {noun} ")));
        let problems = data.diagnostics().count();
        if problems > 0 {
            left.push(Span::styled(
                format!("· {problems} problems (!) "),
                ctx.theme.warning,
            ));
        }
    }
    let right: Line = match &app.message {
        Some(m) => Line::from(Span::styled(format!("{m} "), ctx.theme.warning)),
        // The filter line has the keys: what they do there.
        None if app.shapes.editing.is_some() => Line::from(vec![
            Span::styled("Enter", ctx.theme.key),
            Span::raw(" keep the filter  "),
            Span::styled("Esc", ctx.theme.key),
            Span::raw(" clear it  "),
            Span::styled("↑↓", ctx.theme.key),
            Span::raw(" move "),
        ]),
        None => {
            let wanted: &[Action] = match (app.view, app.focus) {
                _ if app.overlay.is_some() => &[Action::Back, Action::Down, Action::Up],
                (View::Search, _) => &[Action::Open, Action::Back, Action::Help],
                (View::Articles, Focus::List) => {
                    &[Action::Open, Action::FocusNext, Action::Help, Action::Quit]
                }
                (View::Articles, Focus::Detail) => &[
                    Action::PageDown,
                    Action::FocusNext,
                    Action::Back,
                    Action::Help,
                ],
                _ => &[Action::Open, Action::NextView, Action::Help, Action::Quit],
            };
            // As many hints as fit beside the left part, in order of importance.
            let room = usize::from(area.width).saturating_sub(Line::from(left.clone()).width() + 1);
            let mut spans = Vec::new();
            let mut used = 0;
            for (key, what) in app.keymap.hints(&app.modes(), wanted) {
                let hint = format!(" {what}  ");
                let w = key.chars().count() + hint.chars().count();
                if used + w > room {
                    break;
                }
                used += w;
                spans.push(Span::styled(key, ctx.theme.key));
                spans.push(Span::styled(hint, ctx.theme.status));
            }
            Line::from(spans)
        }
    };
    let right_width = right.width() as u16;
    let [l, r] = area.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(right_width),
    ]));
    frame.render_widget(Line::from(left), l);
    frame.render_widget(right.right_aligned(), r);
}

pub fn loading(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let l = ctx.app.loading;
    let [_, label, bar, _] = area.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    let text = format!("Loading: {} of {} files", l.done, l.total);
    frame.render_widget(Line::from(text).centered(), label);
    let ratio = if l.total == 0 {
        0.0
    } else {
        l.done as f64 / l.total as f64
    };
    let [_, bar, _] = bar.layout(&Layout::horizontal([
        Constraint::Percentage(20),
        Constraint::Fill(1),
        Constraint::Percentage(20),
    ]));
    frame.render_widget(
        Gauge::default()
            .gauge_style(ctx.theme.key)
            .ratio(ratio.clamp(0.0, 1.0)),
        bar,
    );
}

/// In place of a view whose parts are still building: what it waits for, and each part of
/// the story built or not, in the order they are built.
pub fn building(ctx: &Ctx, frame: &mut Frame, area: Rect, view: View) {
    let Some(data) = &ctx.app.data else { return };
    let articles = data.corpus().articles.len();
    let mut lines = vec![
        Line::styled(
            format!("The {} view opens when its parts are built", view.title()),
            ctx.theme.title,
        ),
        Line::raw(""),
        Line::from(vec![
            Span::styled("  ✓ ", ctx.theme.key),
            Span::raw(format!(
                "{articles} articles: the Articles list and the reader (1)"
            )),
        ]),
    ];
    for part in Part::ALL {
        let (mark, style) = if data.ready(part) {
            ("  ✓ ", ctx.theme.key)
        } else if view.parts().contains(&part) {
            ("  … ", ctx.theme.title)
        } else {
            ("  · ", ctx.theme.dim)
        };
        lines.push(Line::from(vec![
            Span::styled(mark, style),
            Span::styled(part.name(), style),
        ]));
    }
    frame.render_widget(
        Paragraph::new(lines).block(super::pane(ctx, view.title(), true)),
        area,
    );
}

pub fn failed(ctx: &Ctx, frame: &mut Frame, area: Rect, message: &str) {
    let p = Paragraph::new(vec![
        Line::styled("Nothing could be loaded", ctx.theme.error),
        Line::raw(""),
        Line::raw(message.to_string()),
        Line::raw(""),
        Line::raw("Press q to quit, ! for the list of problems."),
    ])
    .wrap(Wrap { trim: true });
    frame.render_widget(p, area);
}
