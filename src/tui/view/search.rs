//! The Search view: the query line, the ranked results (people, quotes and sentences of the
//! text, a kind marker, the matched letters highlighted, long texts cut so the match stays in
//! view) and a preview.

use super::{Ctx, inner, pane};
use crate::corpus::Outlets;
use crate::ids::ArticleId;
use crate::search::{HitKind, Preview, byte_ranges, preview, text_hit, window};
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
                "  type: words (names, quotes, text), 'exact ^start end$ !not, p: q: @speaker"
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
        let index = data.story.index();
        let found = text_hit(data.corpus(), data.analysis(), hit, &ctx.app.query);
        let (text, indices) = match &found {
            Some(found) => (found.text(), found.indices()),
            None => (index.text(hit), hit.indices.clone()),
        };
        let marker = match hit.kind {
            HitKind::Person => Span::styled("P ", ctx.theme.person),
            HitKind::Quote => Span::styled("Q ", ctx.theme.quote),
            HitKind::Text => Span::styled("T ", ctx.theme.dim),
        };
        let source = match hit.outlets {
            0 | 1 => index.outlet(hit).unwrap_or("").to_string(),
            n => format!("{n} outlets"),
        };
        let who = match (hit.kind, &found) {
            (HitKind::Quote, _) => format!(" — {}, {source}", index.speaker(hit).unwrap_or("?")),
            (HitKind::Text, Some(found)) => {
                format!(" — {source}, {}", found.article.date_label())
            }
            _ => String::new(),
        };
        let room = width.saturating_sub(crate::text::width(&who)).max(10);
        let shown = window(text, &indices, room);
        let marks = byte_ranges(text, &indices);
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
    if let Some(found) = text_hit(data.corpus(), data.analysis(), hit, &ctx.app.query) {
        return render_text_preview(ctx, frame, area, &found, hit.outlets);
    }
    let lines = match preview(data.corpus(), data.analysis(), data.story.index(), hit) {
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
                l.push(Line::raw(format!("Roles: {}", some_of(&person.roles))));
            }
            if !person.aliases.is_empty() {
                l.push(Line::raw(format!("Also: {}", some_of(&person.aliases))));
            }
            l.push(Line::styled(
                outlets_line(data.story.outlets(), &person.articles),
                ctx.theme.dim,
            ));
            for &q in quotes.iter().take(8) {
                if let Some(q) = data.analysis().quotes.get(q) {
                    l.push(Line::styled(format!("“{}”", q.text), ctx.theme.quote));
                }
            }
            l
        }
        None => Vec::new(),
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner(area));
}

/// A sentence found in the text, in its paragraph: the sentence set apart, the words matched
/// highlighted.
fn render_text_preview(
    ctx: &Ctx,
    frame: &mut Frame,
    area: Rect,
    found: &crate::search::TextHit,
    outlets: usize,
) {
    let (article, text) = (found.article, &found.article.text);
    let mut head = format!("{} · {}", article.outlet, article.date_label());
    if outlets > 1 {
        head.push_str(&format!(" · printed by {outlets} outlets"));
    }
    let mut cuts = vec![found.paragraph.start, found.paragraph.end];
    cuts.extend([found.sentence.start, found.sentence.end]);
    for m in &found.marks {
        cuts.extend([m.start, m.end]);
    }
    cuts.retain(|&c| found.paragraph.contains(&c) || c == found.paragraph.end);
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts.windows(2).map(|w| {
        let style = if found.marks.iter().any(|m| m.start <= w[0] && m.end >= w[1]) {
            ctx.theme.key
        } else if found.sentence.start <= w[0] && found.sentence.end >= w[1] {
            ctx.theme.target
        } else {
            ctx.theme.text
        };
        Span::styled(&text[w[0]..w[1]], style)
    });
    let lines = vec![
        Line::styled(head, ctx.theme.title),
        Line::styled(article.title.as_str(), ctx.theme.dim),
        Line::from(spans.collect::<Vec<_>>()),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner(area));
}

/// Most outlets, roles or aliases named in a person's preview: enough to fill the pane's
/// few lines.
const LIST_SHOWN: usize = 8;

/// "In 3 articles: Wire, Tribune, Daily Sport", or on a large corpus "In 2,345 articles
/// from 12 outlets: Wire (310), Tribune (204), … and 4 more": each outlet once, those with
/// the most articles first, so the line stays short whatever the corpus.
fn outlets_line(outlets: &Outlets, articles: &[ArticleId]) -> String {
    let noun = if articles.len() == 1 {
        "article"
    } else {
        "articles"
    };
    let mut counts: Vec<(&str, usize)> = (outlets.tally(articles).into_iter())
        .map(|(o, n)| (outlets.name(o), n))
        .collect();
    if counts.iter().all(|&(_, n)| n == 1) && counts.len() <= LIST_SHOWN {
        let names: Vec<&str> = counts.iter().map(|&(o, _)| o).collect();
        return format!("In {} {noun}: {}", articles.len(), names.join(", "));
    }
    // Stable: outlets with as many articles keep the order they were first met in.
    counts.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
    let shown: Vec<String> = counts
        .iter()
        .take(LIST_SHOWN)
        .map(|(o, n)| format!("{o} ({n})"))
        .collect();
    let more = counts.len().saturating_sub(LIST_SHOWN);
    let rest = if more > 0 {
        format!(", … and {more} more")
    } else {
        String::new()
    };
    format!(
        "In {} {noun} from {} outlets: {}{rest}",
        group_digits(articles.len()),
        counts.len(),
        shown.join(", ")
    )
}

/// The first few of a person's roles or aliases, and how many more there are: a person
/// of a large corpus can have hundreds, and the pane shows a few lines.
fn some_of(items: &[String]) -> String {
    let shown = items[..items.len().min(LIST_SHOWN)].join("; ");
    match items.len().saturating_sub(LIST_SHOWN) {
        0 => shown,
        more => format!("{shown}; … and {more} more"),
    }
}

/// 12345 → "12,345".
fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, FileFormat, load_bytes};

    fn corpus(outlets: &[&str]) -> Corpus {
        let lines: Vec<String> = outlets
            .iter()
            .map(|o| serde_json::json!({"outlet": o, "text": "Words."}).to_string())
            .collect();
        load_bytes(FileFormat::Jsonl, "t.jsonl", lines.join("\n").as_bytes())
    }

    #[test]
    fn outlets_each_once_most_articles_first() {
        let line = |c: &Corpus, articles: &[usize]| {
            let ids: Vec<ArticleId> = articles.iter().map(|&a| ArticleId::new(a)).collect();
            outlets_line(&Outlets::of(c), &ids)
        };
        let c = corpus(&["Wire", "Tribune", "Daily"]);
        assert_eq!(line(&c, &[0]), "In 1 article: Wire");
        assert_eq!(line(&c, &[0, 1, 2]), "In 3 articles: Wire, Tribune, Daily");
        let mut names = vec!["Tribune", "Wire", "Wire"];
        names.extend(["Daily"; 1200]);
        names.extend((0..9).map(|_| "Post"));
        let letters: Vec<String> = ('a'..='j').map(|c| format!("Outlet {c}")).collect();
        names.extend(letters.iter().map(String::as_str));
        let c = corpus(&names);
        let all: Vec<usize> = (0..c.articles.len()).collect();
        assert_eq!(
            line(&c, &all),
            "In 1,222 articles from 14 outlets: Daily (1200), Post (9), Wire (2), \
             Tribune (1), Outlet a (1), Outlet b (1), Outlet c (1), Outlet d (1), … and 6 more"
        );
    }

    #[test]
    fn long_lists_cut_with_a_count() {
        let roles: Vec<String> = (1..=10).map(|i| format!("role {i}")).collect();
        assert_eq!(some_of(&roles[..2]), "role 1; role 2");
        assert_eq!(
            some_of(&roles),
            "role 1; role 2; role 3; role 4; role 5; role 6; role 7; role 8; … and 2 more"
        );
    }

    #[test]
    fn digits_grouped_by_thousands() {
        assert_eq!(group_digits(7), "7");
        assert_eq!(group_digits(1000), "1,000");
        assert_eq!(group_digits(1234567), "1,234,567");
    }
}
