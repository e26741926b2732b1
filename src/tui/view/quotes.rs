//! The Quotes view: every direct quote with its speaker and outlet, weak attributions marked, and
//! a preview of the selected quote with how its speaker was found.

use super::{Ctx, inner, list_pane, pane, select};
use crate::analysis::{Confidence, Quote, QuoteKind};
use crate::text::token;
use crate::tui::app::{List, View};
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Row, Table, Wrap};
use std::ops::Range;

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let (Some(list), Some(preview)) = layout::panes(View::Quotes, ctx.app.focus, body) else {
        return;
    };
    let Some(data) = &ctx.app.data else { return };
    let quotes = &data.analysis().quotes;
    let order = &ctx.app.quotes_order;
    let shown = (order.len(), quotes.len());
    frame.render_widget(list_pane(ctx, "Quotes", List::Quotes, shown, true), list);
    let cursor = ctx.app.quotes;
    let rows: Vec<Row> = cursor
        .window(layout::list_rows_in(list), order.len())
        .map(|i| {
            let q = &quotes[order[i]];
            let row = Row::new([
                Text::raw(speaker(ctx, q)),
                Text::raw(data.corpus().articles[q.article].outlet.as_str()),
                Text::raw(match q.kind {
                    QuoteKind::Full => "",
                    QuoteKind::Fragment => "frag",
                }),
                Text::raw(q.text.as_str()),
            ]);
            select(ctx, row, i == cursor.selected)
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Max(22),
            Constraint::Max(14),
            Constraint::Length(4),
            Constraint::Fill(1),
        ],
    )
    .header(Row::new(["Speaker", "Outlet", "", "Quote"]).style(ctx.theme.title));
    frame.render_widget(table, inner(list));

    frame.render_widget(pane(ctx, " Preview ", false), preview);
    if let Some(q) = ctx.app.selected_quote().map(|q| &quotes[q]) {
        let a = &data.corpus().articles[q.article];
        let how = match q.confidence {
            Confidence::Named => "named at the quote",
            Confidence::Role => "from a role mention",
            Confidence::Pronoun => "from a pronoun",
            Confidence::Previous => "carried from the previous quote",
            Confidence::Organisation => "an organisation",
            Confidence::None => "no speaker found",
        };
        let text = vec![
            Line::from(vec![
                Span::styled(speaker(ctx, q), ctx.theme.person),
                Span::styled(
                    format!(
                        " · {} · {} · {how}{}",
                        a.outlet,
                        a.date_label(),
                        (q.cue.as_deref())
                            .map(|c| format!(" (\"{c}\")"))
                            .unwrap_or_default()
                    ),
                    ctx.theme.dim,
                ),
            ]),
            passage(ctx, q),
        ];
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: true }),
            inner(preview),
        );
    }
}

/// The sentences that hold the quote, as the article prints them, with the quote and its
/// speech cue marked: the attribution can be checked at a glance.
fn passage<'a>(ctx: &Ctx, q: &Quote) -> Line<'a> {
    let Some(data) = &ctx.app.data else {
        return Line::default();
    };
    let analysis = data.analysis();
    let text = &data.corpus().articles[q.article].text;
    let first = analysis.sentence(q.sentence).span;
    // Through the sentence the quote ends in: a quote may run over several.
    let end = (analysis.sentences_of(q.article))
        .map(|s| analysis.sentence(s).span)
        .skip_while(|s| s.end() <= first.start())
        .take_while(|s| s.start() < q.span.end())
        .last()
        .map_or(first.end(), |s| s.end());
    let (start, end) = (first.start().min(q.span.start()), end.max(q.span.end()));
    let quote = q.span.start()..q.span.end();
    // The cue where the reporter wrote it: after the quote, else before it.
    let cue = (q.cue.as_deref()).and_then(|cue| {
        find_words(text, quote.end..end, cue).or(find_words(text, start..quote.start, cue))
    });
    let mut marks = vec![(quote, ctx.theme.quote)];
    if let Some(c) = cue {
        marks.push((
            c,
            ctx.theme
                .person
                .add_modifier(ratatui::style::Modifier::UNDERLINED),
        ));
    }
    marks.sort_by_key(|(r, _)| r.start);
    let mut spans = Vec::new();
    let mut at = start;
    for (r, style) in marks {
        if r.start < at {
            continue;
        }
        spans.push(Span::raw(text[at..r.start].to_string()));
        spans.push(Span::styled(text[r.clone()].to_string(), style));
        at = r.end;
    }
    spans.push(Span::raw(text[at..end].to_string()));
    Line::from(spans)
}

/// Where the words of `phrase` ("said", "according to") first stand in `text[within]`, as
/// whole words in any case.
fn find_words(text: &str, within: Range<usize>, phrase: &str) -> Option<Range<usize>> {
    let mut tokens = Vec::new();
    token::words(text.get(within.clone())?, within.start, &mut tokens);
    let want: Vec<&str> = phrase.split_whitespace().collect();
    let n = want.len();
    if n == 0 || tokens.len() < n {
        return None;
    }
    let i = (0..=tokens.len() - n).find(|&i| {
        (tokens[i..].iter().take(n).zip(&want))
            .all(|(t, w)| text[t.span.range()].eq_ignore_ascii_case(w))
    })?;
    Some(tokens[i].span.start()..tokens[i + n - 1].span.end())
}

/// The speaker as shown: the person, an organisation as written, or a dash; a "?" marks a
/// speaker found by a weak rule.
fn speaker(ctx: &Ctx, q: &Quote) -> String {
    let Some(data) = &ctx.app.data else {
        return String::new();
    };
    let name = data.analysis().speaker_name(q).unwrap_or("—");
    match q.confidence {
        Confidence::Pronoun | Confidence::Previous => format!("{name} ?"),
        _ => name.to_string(),
    }
}
