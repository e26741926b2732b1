//! The Timeline view: the story's events in date order (weekday names shown), as a matrix of
//! events by outlets — reported (■), not reported (·), on another date (!) — and below it every
//! source's sentence for the selected event, the date expression highlighted and conflicts
//! standing out.

use super::{Ctx, OutletColumns, inner, pane};
use crate::analysis::{Granularity, TimeValue};
use crate::ids::{ArticleId, OutletId};
use crate::text::truncate;
use crate::timeline::Coverage;
use crate::tui::app::{Focus, List, Sort, View};
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// "Mon 03-20", "wk 2023-W11", "2023-02", "2022", or "undated"; with `year`, a day says its
/// year too ("Mon 2023-03-20"), for a timeline whose days lie in more than one year.
pub fn date_label(value: Option<TimeValue>, year: bool) -> String {
    match value {
        Some(v) if v.granularity == Granularity::Day && year => {
            format!("{} {}", &v.start.weekday_name()[..3], v.start)
        }
        Some(v) if v.granularity == Granularity::Day => {
            format!(
                "{} {:02}-{:02}",
                &v.start.weekday_name()[..3],
                v.start.month,
                v.start.day
            )
        }
        // A weekend (the week from its Saturday) keeps the column's width: "we 2023-W11".
        Some(v) if v.granularity == Granularity::Week => {
            let (y, w) = v.start.iso_week();
            let tag = if v.start.weekday() == 5 { "we" } else { "wk" };
            format!("{tag} {y:04}-W{w:02}")
        }
        Some(v) => v.iso(),
        None => "undated".into(),
    }
}

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let (Some(top), Some(bottom)) = layout::panes(View::Timeline, ctx.app.focus, body) else {
        return;
    };
    let Some(data) = &ctx.app.data else { return };
    let t = data.story.timeline();
    let app = ctx.app;
    let who = app
        .timeline_person
        .map(|p| format!(" of {}", data.analysis().people[p].name))
        .unwrap_or_default();
    let sort = match app.shapes.sort(List::Events) {
        Sort::Given => String::new(),
        s => format!(" · by {}", s.name(List::Events)),
    };
    let shown = app.timeline_events.len();
    let count = match app.shapes.get(List::Events).filter.is_empty() {
        true => shown.to_string(),
        false => {
            let total = match app.timeline_person {
                Some(p) => t.events_of_person(p).len(),
                None => t.events.len(),
            };
            format!("{shown} of {total}")
        }
    };
    let title = format!(" Timeline{who} · {count} events{sort} · ■ reported  · not  ! other date ");
    let mut block = pane(ctx, title, app.focus == Focus::List);
    if let Some(filter) = super::filter_line(ctx, List::Events) {
        block = block.title_bottom(filter);
    }
    frame.render_widget(block, top);
    let area = inner(top);
    let outlets = data.story.outlets();
    let n = outlets.len();
    let label_width = (usize::from(area.width) * 2 / 5).clamp(20, 60);
    // "Mon 2023-03-20" with its year, "Mon 03-20" without.
    let date_width = if data.timeline_years() { 17 } else { 12 };
    let columns = OutletColumns::new(
        usize::from(area.width).saturating_sub(label_width + date_width + 2),
        n,
    );
    let first = app.timeline_column.min(n.saturating_sub(columns.fit));
    let cols: Vec<OutletId> = outlets.ids().skip(first).take(columns.fit).collect();
    let labels = outlets.labels(columns.width - 1);
    let mut header = vec![Span::styled(
        format!("{:<date_width$}{:<w$} ", "date", "event", w = label_width),
        ctx.theme.title,
    )];
    for &o in &cols {
        header.push(Span::styled(
            format!("{:<w$}", labels[o.index()], w = columns.width),
            ctx.theme.title,
        ));
    }
    let (reported, left_out, conflict) = (columns.cell("■"), columns.cell("·"), columns.cell("!"));
    let mut lines = vec![Line::from(header)];
    let mut previous_date = None;
    for shown in app
        .timeline
        .window(layout::list_rows_in(top), app.timeline_events.len())
    {
        let Some(e) = t.events.get(app.timeline_events[shown].index()) else {
            continue;
        };
        let date = date_label(e.date, data.timeline_years());
        let date_cell = if previous_date.as_ref() == Some(&date) {
            String::new()
        } else {
            date.clone()
        };
        previous_date = Some(date);
        let flag = if e.conflicts.is_empty() { " " } else { "!" };
        let mut spans = vec![
            Span::styled(format!("{date_cell:<date_width$}"), ctx.theme.heading),
            Span::styled(flag, ctx.theme.error),
            Span::raw(format!(
                "{:<w$}",
                truncate(&e.label, label_width - 1),
                w = label_width
            )),
        ];
        for c in outlets_coverage(data, e, &cols) {
            spans.push(match c {
                Coverage::Reported => Span::styled(reported.as_str(), ctx.theme.key),
                Coverage::NotReported => Span::styled(left_out.as_str(), ctx.theme.dim),
                Coverage::Conflict => Span::styled(conflict.as_str(), ctx.theme.error),
            });
        }
        let mut line = Line::from(spans);
        if shown == app.timeline.selected {
            line = line.style(ctx.theme.selected);
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), area);
    render_sources(ctx, frame, bottom);
}

/// What each outlet of `outlets` (consecutive, in order) does with event `e`, read in one
/// pass over its sources: a big event has thousands, and a row shows dozens of outlets.
fn outlets_coverage(
    data: &crate::tui::data::Data,
    e: &crate::timeline::Event,
    outlets: &[OutletId],
) -> Vec<Coverage> {
    let mut row = vec![Coverage::NotReported; outlets.len()];
    let first = outlets.first().map_or(0, |o| o.index());
    let mut mark = |article: ArticleId, c: Coverage| {
        if let Some(o) = data.story.outlets().of_article(article)
            && let Some(k) = o.index().checked_sub(first)
            && outlets.get(k) == Some(&o)
        {
            let cell = &mut row[k];
            // A conflict outranks a report.
            if *cell != Coverage::Conflict {
                *cell = c;
            }
        }
    };
    for s in &e.sources {
        mark(s.article, Coverage::Reported);
    }
    for c in &e.conflicts {
        mark(c.article, Coverage::Conflict);
    }
    row
}

/// Every source's sentence for the selected event.
fn render_sources(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let Some(data) = &ctx.app.data else { return };
    let app = ctx.app;
    let event = app
        .timeline_events
        .get(app.timeline.selected)
        .and_then(|&e| data.story.timeline().events.get(e.index()));
    frame.render_widget(pane(ctx, " Sources ", app.focus == Focus::Detail), area);
    let Some(e) = event else { return };
    let mut lines = vec![Line::from(vec![
        Span::styled(e.label.clone(), ctx.theme.title),
        Span::styled(
            format!(
                " · {} · first: {} · not in: {}",
                e.date.map_or_else(|| "undated".to_string(), |d| d.iso()),
                e.first
                    .map_or("—", |a| data.corpus().articles[a].outlet.as_str()),
                missing_outlets(data, e)
            ),
            ctx.theme.dim,
        ),
    ])];
    for (k, s) in e.sources.iter().enumerate() {
        let conflict = e
            .conflicts
            .iter()
            .any(|c| c.article == s.article && c.sentence == s.sentence);
        let outlet = &data.corpus().articles[s.article].outlet;
        let mut spans = vec![
            Span::styled(if conflict { "! " } else { "  " }, ctx.theme.error),
            Span::styled(
                format!("{outlet}: "),
                if conflict {
                    ctx.theme.error
                } else {
                    ctx.theme.title
                },
            ),
        ];
        // The expression's span is in the article's text, like the sentence's.
        let text = s.text(data.corpus());
        let local = s
            .expression_in_text()
            .filter(|r| text.get(r.clone()).is_some());
        match local {
            Some(r) => {
                spans.push(Span::raw(&text[..r.start]));
                spans.push(Span::styled(&text[r.clone()], ctx.theme.target));
                spans.push(Span::raw(&text[r.end..]));
            }
            None => spans.push(Span::raw(text)),
        }
        if s.undated {
            spans.push(Span::styled(" (undated evidence)", ctx.theme.dim));
        }
        if conflict {
            let when = s
                .date
                .map_or_else(|| "another date".to_string(), |d| d.iso());
            spans.push(Span::styled(format!(" — says {when}"), ctx.theme.error));
        }
        let mut line = Line::from(spans);
        if app.focus == Focus::Detail && k == app.timeline_sources.selected {
            line = line.style(ctx.theme.selected);
        }
        lines.push(line);
    }
    for n in &e.numbers {
        let values: Vec<String> = n
            .values
            .iter()
            .map(|q| format!("{} {}", data.corpus().articles[q.article].outlet, q.text))
            .collect();
        lines.push(Line::styled(
            format!("! {} differ: {}", n.unit, values.join(" / ")),
            ctx.theme.error,
        ));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner(area));
}

/// The outlets none of whose articles report the event, or how many when they are many.
fn missing_outlets(data: &crate::tui::data::Data, e: &crate::timeline::Event) -> String {
    let outlets = data.story.outlets();
    let missing: Vec<&str> = (e.missing_outlets(outlets).into_iter())
        .map(|o| outlets.name(o))
        .collect();
    match missing.len() {
        0 => "none".into(),
        n if n <= 6 => missing.join(", "),
        n => format!("{n} of {} outlets", data.story.outlets().len()),
    }
}
