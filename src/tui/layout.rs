//! Screen geometry, shared by drawing and by `update` (page sizes, wrapping width, what a click
//! hit), so the two can never disagree about where things are.

use super::app::{App, Focus, View};
use ratatui::layout::{Constraint, Layout, Rect};

/// Below this size the views cannot be laid out; a one-line message is shown instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// From this width the Articles view shows list and reader side by side.
pub const WIDE: u16 = 120;
/// Rows of the reader's fixed header (title, then outlet · date · words).
pub const READER_HEADER: u16 = 2;
/// Columns of the reader's gutter (marks captions, boilerplate, headings).
pub const GUTTER: u16 = 2;
/// Rows of the Quotes view's preview pane.
pub const PREVIEW: u16 = 7;

pub struct Chrome {
    pub tabs: Rect,
    pub body: Rect,
    pub status: Rect,
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

pub fn chrome(area: Rect) -> Chrome {
    let [tabs, body, status] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    Chrome { tabs, body, status }
}

fn screen(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}

/// The list pane and the detail pane (reader, person details, preview) of a view.
pub fn panes(view: View, focus: Focus, body: Rect) -> (Option<Rect>, Option<Rect>) {
    match view {
        View::Articles if body.width >= WIDE => {
            let list_width = (body.width * 2 / 5).min(72);
            let [l, r] = body.layout(&Layout::horizontal([
                Constraint::Length(list_width),
                Constraint::Fill(1),
            ]));
            (Some(l), Some(r))
        }
        View::Articles => {
            // Stacked: a short list above the reader; the focused pane gets the larger share.
            let list_height = match focus {
                Focus::List => body.height * 2 / 5,
                Focus::Detail => body.height / 4,
            };
            let [l, r] = body.layout(&Layout::vertical([
                Constraint::Length(list_height.max(4)),
                Constraint::Fill(1),
            ]));
            (Some(l), Some(r))
        }
        View::Compare | View::Matrix => (Some(body), None),
        View::Timeline => {
            let [l, r] = body.layout(&Layout::vertical([
                Constraint::Percentage(50),
                Constraint::Fill(1),
            ]));
            (Some(l), Some(r))
        }
        View::Search => {
            // The query line sits in the list pane's first row.
            let split = if body.width >= WIDE {
                Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)])
            } else {
                Layout::vertical([Constraint::Fill(1), Constraint::Length(PREVIEW + 2)])
            };
            let [l, r] = body.layout(&split);
            (Some(l), Some(r))
        }
        View::People | View::Variants => {
            let [l, r] = body.layout(&Layout::horizontal([
                Constraint::Percentage(40),
                Constraint::Fill(1),
            ]));
            (Some(l), Some(r))
        }
        View::Quotes | View::Bookmarks => {
            let [l, r] = body.layout(&Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(PREVIEW),
            ]));
            (Some(l), Some(r))
        }
    }
}

/// Body rows below the tabs and above the status bar.
pub fn body_height(height: u16) -> usize {
    usize::from(height.saturating_sub(2))
}

/// Visible rows of a list pane (inside its border, below its header row).
pub fn list_rows_in(pane: Rect) -> usize {
    usize::from(pane.height.saturating_sub(3))
}

/// Visible list rows of the current view.
pub fn list_rows(app: &App) -> usize {
    let body = chrome(screen(app.size)).body;
    let (list, detail) = panes(app.view, app.focus, body);
    match (app.view, app.focus) {
        (View::People | View::Variants | View::Timeline, Focus::Detail) => {
            detail.map_or(1, list_rows_in)
        }
        _ => list.map_or(1, list_rows_in),
    }
}

fn reader_pane(size: (u16, u16), focus: Focus) -> Rect {
    let body = chrome(screen(size)).body;
    panes(View::Articles, focus, body).1.unwrap_or(body)
}

/// Rows of text the reader shows.
pub fn reader_rows(size: (u16, u16), focus: Focus) -> usize {
    usize::from(
        reader_pane(size, focus)
            .height
            .saturating_sub(2 + READER_HEADER),
    )
}

/// The width the reader wraps text to (the same whichever pane has the focus).
pub fn reader_width(size: (u16, u16)) -> usize {
    usize::from(
        reader_pane(size, Focus::Detail)
            .width
            .saturating_sub(2 + GUTTER),
    )
    .max(1)
}

/// The tab titles for a screen `width` wide: full titles where they fit, else short ones.
pub fn tab_titles(width: u16) -> Vec<(View, String)> {
    let full: Vec<(View, String)> = View::ALL
        .iter()
        .map(|v| (*v, format!(" {} {} ", v.key_label(), v.title())))
        .collect();
    let needed: usize = full
        .iter()
        .map(|(_, t)| t.chars().count() + 1)
        .sum::<usize>()
        + 1;
    if needed <= usize::from(width) {
        return full;
    }
    View::ALL
        .iter()
        .map(|v| {
            (
                *v,
                format!(
                    " {} {} ",
                    v.key_label(),
                    v.title().chars().take(4).collect::<String>()
                ),
            )
        })
        .collect()
}

/// Where each tab's title sits on the tab row: (view, first column, width).
pub fn tab_spans(width: u16) -> Vec<(View, u16, u16)> {
    let mut x = 1;
    tab_titles(width)
        .into_iter()
        .map(|(v, t)| {
            let w = t.chars().count() as u16;
            let span = (v, x, w);
            x += w + 1;
            span
        })
        .collect()
}

pub fn tab_at(size: (u16, u16), column: u16, row: u16) -> Option<View> {
    if row != chrome(screen(size)).tabs.y {
        return None;
    }
    tab_spans(size.0)
        .into_iter()
        .find(|&(_, x, w)| column >= x && column < x + w)
        .map(|(v, _, _)| v)
}

/// The pane under a point: the list or the detail pane.
pub fn pane_at(app: &App, column: u16, row: u16) -> Option<Focus> {
    let body = chrome(screen(app.size)).body;
    let (list, detail) = panes(app.view, app.focus, body);
    let hit = |r: Option<Rect>| r.is_some_and(|r| r.contains((column, row).into()));
    if hit(list) {
        Some(Focus::List)
    } else if hit(detail) {
        Some(Focus::Detail)
    } else {
        None
    }
}

/// The list index under a point in the focused list pane, if the point is on a row.
pub fn list_row_at(app: &App, _column: u16, row: u16) -> Option<usize> {
    let body = chrome(screen(app.size)).body;
    let (list, detail) = panes(app.view, app.focus, body);
    let (pane, cursor, header) = match (app.view, app.focus) {
        (View::People, Focus::Detail) => (detail?, app.person_items, 1),
        (View::Articles, _) => (list?, app.articles, 1),
        (View::People, _) => (list?, app.people, 1),
        (View::Quotes, _) => (list?, app.quotes, 1),
        (View::Bookmarks, _) => (list?, app.bookmarks, 1),
        (View::Variants, Focus::List) => (list?, app.variants, 1),
        (View::Variants, Focus::Detail) => (detail?, app.variant_items, 1),
        (View::Matrix, _) => (list?, app.matrix, 1),
        (View::Timeline, Focus::List) => (list?, app.timeline, 1),
        (View::Timeline, Focus::Detail) => (detail?, app.timeline_sources, 1),
        (View::Search, _) => (list?, app.results, 1),
        (View::Compare, _) => return None,
    };
    let first = pane.y + 1 + header;
    let rows = list_rows_in(pane);
    if row < first || usize::from(row - first) >= rows {
        return None;
    }
    let start = cursor.window(rows, usize::MAX).start;
    Some(start + usize::from(row - first))
}
