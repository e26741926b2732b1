//! The Quotes view: every direct quote with its speaker and outlet, weak attributions marked, and
//! a preview of the selected quote with how its speaker was found.

use super::{Ctx, inner, pane, select};
use crate::analysis::{Confidence, QuoteKind};
use crate::tui::app::View;
use crate::tui::layout;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Row, Table, Wrap};

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let (Some(list), Some(preview)) = layout::panes(View::Quotes, ctx.app.focus, body) else {
        return;
    };
    let Some(data) = &ctx.app.data else { return };
    let quotes = &data.analysis().quotes;
    frame.render_widget(
        pane(ctx, format!(" Quotes ({}) ", quotes.len()), true),
        list,
    );
    let cursor = ctx.app.quotes;
    let rows: Vec<Row> = cursor
        .window(layout::list_rows_in(list), quotes.len())
        .map(|i| {
            let q = &quotes[i];
            let row = Row::new([
                Text::raw(speaker(ctx, i)),
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
    if let Some(q) = quotes.get(cursor.selected) {
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
                Span::styled(speaker(ctx, cursor.selected), ctx.theme.person),
                Span::styled(
                    format!(
                        " · {} · {} · {how}{}",
                        a.outlet,
                        a.date_label(),
                        q.cue
                            .as_deref()
                            .map(|c| format!(" (\"{c}\")"))
                            .unwrap_or_default()
                    ),
                    ctx.theme.dim,
                ),
            ]),
            Line::styled(format!("“{}”", q.text), ctx.theme.quote),
        ];
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: true }),
            inner(preview),
        );
    }
}

/// The speaker as shown: the person, an organisation as written, or a dash; a "?" marks a
/// speaker found by a weak rule.
fn speaker(ctx: &Ctx, i: usize) -> String {
    let Some(data) = &ctx.app.data else {
        return String::new();
    };
    let q = &data.analysis().quotes[i];
    let name = q
        .speaker
        .map(|p| data.analysis().people[p].name.clone())
        .or_else(|| q.speaker_text.as_deref().map(String::from))
        .unwrap_or_else(|| "—".into());
    match q.confidence {
        Confidence::Pronoun | Confidence::Previous => format!("{name} ?"),
        _ => name,
    }
}
