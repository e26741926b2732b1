//! Drawing: a pure function of the [`App`] state. One file a view; this one lays out the frame
//! (tabs, body, status bar, overlays) and hands each part to its view.

mod articles;
mod bookmarks;
mod chrome;
mod compare;
mod help;
mod matrix;
mod people;
mod quotes;
mod reader;
mod search;
mod timeline;
mod variants;

use super::app::{App, List, Overlay, Sort, View};
use super::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use super::theme::Theme;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

/// The outlet columns of a Timeline or Matrix: as wide as `space` (the columns left of the
/// labels) allows for `outlets` of them, between 5 and 14 columns each, and how many fit.
/// Past what fits, the view scrolls sideways.
pub struct OutletColumns {
    pub width: usize,
    pub fit: usize,
}

impl OutletColumns {
    pub fn new(space: usize, outlets: usize) -> OutletColumns {
        let width = (space / outlets.max(1)).clamp(5, 14);
        OutletColumns {
            width,
            fit: (space / width).max(1),
        }
    }

    /// A cell's text, centred-left in the column: `·`, `■`, a count, or a mark.
    pub fn cell(&self, text: &str) -> String {
        format!(" {text:<w$}", w = self.width - 1)
    }
}

/// What every view needs besides its area.
pub struct Ctx<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

pub fn render(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    if layout::too_small(area) {
        let msg = format!(
            "Terminal too small: {}x{}; parallax needs at least {MIN_WIDTH}x{MIN_HEIGHT}.",
            area.width, area.height
        );
        frame.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), area);
        return;
    }
    let ctx = Ctx { app, theme };
    let c = layout::chrome(area);
    chrome::tabs(&ctx, frame, c.tabs);
    chrome::status(&ctx, frame, c.status);
    if let Some(message) = &app.failed {
        chrome::failed(&ctx, frame, c.body, message);
    } else if app.data.is_none() {
        chrome::loading(&ctx, frame, c.body);
    } else if !app.view_ready(app.view) {
        chrome::building(&ctx, frame, c.body, app.view);
    } else {
        match app.view {
            View::Articles => articles::render(&ctx, frame, c.body),
            View::People => people::render(&ctx, frame, c.body),
            View::Quotes => quotes::render(&ctx, frame, c.body),
            View::Bookmarks => bookmarks::render(&ctx, frame, c.body),
            View::Compare => compare::render(&ctx, frame, c.body),
            View::Timeline => timeline::render(&ctx, frame, c.body),
            View::Search => search::render(&ctx, frame, c.body),
            View::Variants => variants::render(&ctx, frame, c.body),
            View::Matrix => matrix::render(&ctx, frame, c.body),
        }
    }
    match &app.overlay {
        Some(Overlay::Help { scroll, filter }) => {
            help::render(&ctx, frame, c.body, *scroll, filter)
        }
        Some(Overlay::Diagnostics { scroll }) => help::diagnostics(&ctx, frame, c.body, *scroll),
        Some(Overlay::Note { article, text }) => help::note(&ctx, frame, c.body, *article, text),
        None => {}
    }
}

/// A bordered block with a title, highlighted when its pane has the keys.
pub fn pane<'a>(ctx: &Ctx, title: impl Into<Line<'a>>, focused: bool) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_style(if focused {
            ctx.theme.border_focus
        } else {
            ctx.theme.border
        })
        .title(title)
}

/// The inner area of a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Block::new().borders(Borders::ALL).inner(area)
}

/// A table row, reversed when it is the selected one.
pub fn select<'a>(
    ctx: &Ctx,
    row: ratatui::widgets::Row<'a>,
    selected: bool,
) -> ratatui::widgets::Row<'a> {
    if selected {
        row.style(ctx.theme.selected)
    } else {
        row
    }
}

/// A list's pane: `name` with the rows shown (of how many, when a filter hides some) and the
/// sort key in the title, and the filter on the bottom border while it is typed or in force.
pub fn list_pane<'a>(
    ctx: &Ctx,
    name: &str,
    list: List,
    (shown, total): (usize, usize),
    focused: bool,
) -> Block<'a> {
    let count = if ctx.app.shapes.get(list).filter.is_empty() {
        total.to_string()
    } else {
        format!("{shown} of {total}")
    };
    // The list's own order goes without saying.
    let sort = match ctx.app.shapes.sort(list) {
        Sort::Given => String::new(),
        s => format!(" · by {}", s.name(list)),
    };
    let block = pane(ctx, format!(" {name} ({count}){sort} "), focused);
    match filter_line(ctx, list) {
        Some(line) => block.title_bottom(line),
        None => block,
    }
}

/// The filter of `list` as a pane's bottom title, while it is typed or in force.
pub fn filter_line<'a>(ctx: &Ctx, list: List) -> Option<Line<'a>> {
    let filter = &ctx.app.shapes.get(list).filter;
    let editing = ctx.app.shapes.editing == Some(list);
    if !editing && filter.is_empty() {
        return None;
    }
    let mut line = vec![
        Span::styled(" filter: ", ctx.theme.dim),
        Span::styled(filter.clone(), ctx.theme.title),
    ];
    line.push(if editing {
        Span::styled("▏ Enter keeps · Esc clears ", ctx.theme.dim)
    } else {
        Span::styled(" (F edits, Esc clears) ", ctx.theme.dim)
    });
    Some(Line::from(line))
}
