//! The Compare view: two articles in columns, sentences that report the same thing on one row,
//! the words that differ within a pair highlighted, what only one side says marked, a pair out
//! of order linked, and quotes that other outlets word differently flagged.

use super::{Ctx, inner, pane};
use crate::compare::{DiffTag, Row, word_diff_spans};
use crate::ids::{ArticleId, SentenceId};
use crate::tui::wrap::wrap;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use std::ops::Range;

pub fn render(ctx: &Ctx, frame: &mut Frame, body: Rect) {
    let Some(data) = &ctx.app.data else { return };
    let c = &ctx.app.compare;
    let (Some(left), Some(right)) = (data.corpus().get(c.left), data.corpus().get(c.right)) else {
        return;
    };
    let rows = &c.alignment.rows;
    let pairs = rows.iter().filter(|r| matches!(r, Row::Pair(_))).count();
    let title = format!(
        " Compare · {pairs} pairs · {} rows · d/D differences · c next · x swap ",
        rows.len()
    );
    frame.render_widget(pane(ctx, title, true), body);
    let area = inner(body);
    let [head, cols] = area.layout(&Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
    ]));
    let [lh, _, rh] = head.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(3),
        Constraint::Fill(1),
    ]));
    let side = |a: &crate::corpus::Article| {
        vec![
            Line::styled(
                format!("{} · {}", a.outlet, a.date_label()),
                ctx.theme.title,
            ),
            Line::styled(a.title.clone(), ctx.theme.dim),
        ]
    };
    frame.render_widget(Paragraph::new(side(left)), lh);
    frame.render_widget(Paragraph::new(side(right)), rh);

    let [lc, mc, rc] = cols.layout(&Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(3),
        Constraint::Fill(1),
    ]));
    let width = usize::from(lc.width).saturating_sub(1).max(1);
    let (sent_l, sent_r) = (sentences(ctx, c.left), sentences(ctx, c.right));
    let (mut l_lines, mut m_lines, mut r_lines) = (Vec::new(), Vec::new(), Vec::new());
    for row in rows.iter().skip(c.scroll) {
        if l_lines.len() >= usize::from(cols.height) {
            break;
        }
        let (li, ri) = match *row {
            Row::Pair(p) => (Some(p.left), Some(p.right)),
            Row::LeftOnly(i) => (Some(i), None),
            Row::RightOnly(j) => (None, Some(j)),
        };
        let text_l = li.and_then(|i| sent_l.get(i)).map_or("", |s| s.1);
        let text_r = ri.and_then(|j| sent_r.get(j)).map_or("", |s| s.1);
        let (mut hl, mut hr) = (Vec::new(), Vec::new());
        if let Row::Pair(_) = row {
            for d in word_diff_spans(text_l, text_r) {
                match d.tag {
                    DiffTag::Delete => hl.push(d.left),
                    DiffTag::Insert => hr.push(d.right),
                    DiffTag::Equal => {}
                }
            }
        }
        let diff_style = ctx.theme.person.add_modifier(Modifier::UNDERLINED);
        let mut left_block = match li {
            Some(_) => wrapped(text_l, width, &hl, ctx.theme.text, diff_style),
            None => vec![Line::styled("  (not in this article)", ctx.theme.dim)],
        };
        let mut right_block = match ri {
            Some(_) => wrapped(text_r, width, &hr, ctx.theme.text, diff_style),
            None => vec![Line::styled("  (not in this article)", ctx.theme.dim)],
        };
        let variant = |k: Option<usize>, sents: &[(SentenceId, &str)]| {
            k.and_then(|k| sents.get(k))
                .is_some_and(|s| data.sentence_has_variant(s.0))
        };
        let mark = match row {
            Row::Pair(p) if p.crossing => "⤨",
            Row::Pair(_) => "═",
            Row::LeftOnly(_) => "◀",
            Row::RightOnly(_) => "▶",
        };
        let quoted = if variant(li, &sent_l) || variant(ri, &sent_r) {
            "❝"
        } else {
            " "
        };
        let height = left_block.len().max(right_block.len());
        left_block.resize(height, Line::raw(""));
        right_block.resize(height, Line::raw(""));
        let mut mid = vec![Line::from(vec![
            Span::styled(mark, ctx.theme.key),
            Span::styled(quoted, ctx.theme.quote),
        ])];
        mid.resize(height, Line::raw(""));
        l_lines.extend(left_block);
        r_lines.extend(right_block);
        m_lines.extend(mid);
        for v in [&mut l_lines, &mut r_lines, &mut m_lines] {
            v.push(Line::raw(""));
        }
    }
    frame.render_widget(Paragraph::new(l_lines), lc);
    frame.render_widget(Paragraph::new(m_lines), mc);
    frame.render_widget(Paragraph::new(r_lines), rc);
}

/// An article's story sentences: (index into the analysis's sentences, text).
fn sentences<'a>(ctx: &Ctx<'a>, article: ArticleId) -> Vec<(SentenceId, &'a str)> {
    let Some(data) = &ctx.app.data else {
        return Vec::new();
    };
    let Some(text) = data.corpus().get(article).map(|a| &a.text) else {
        return Vec::new();
    };
    data.analysis()
        .sentences_of(article)
        .filter_map(|i| {
            let s = data.analysis().sentences.get(i.index())?;
            Some((i, text.get(s.span.range())?.trim()))
        })
        .collect()
}

/// `text` wrapped to `width`, the byte ranges in `marks` drawn in `mark`.
pub fn wrapped<'a>(
    text: &'a str,
    width: usize,
    marks: &[Range<usize>],
    base: Style,
    mark: Style,
) -> Vec<Line<'a>> {
    wrap(text, width)
        .into_iter()
        .map(|(s, e)| {
            let mut cuts = vec![s, e];
            for m in marks {
                cuts.extend([m.start, m.end]);
            }
            cuts.retain(|&c| c >= s && c <= e && text.is_char_boundary(c));
            cuts.sort_unstable();
            cuts.dedup();
            Line::from(
                cuts.windows(2)
                    .map(|w| {
                        let marked = marks
                            .iter()
                            .any(|m| m.start <= w[0] && m.end >= w[1] && m.start < m.end);
                        Span::styled(&text[w[0]..w[1]], if marked { mark } else { base })
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}
