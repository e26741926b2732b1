//! The interface's one state and the one function that changes it (`update`). Everything the
//! views draw is read from here; everything the user does arrives as an [`Action`].

use super::action::Action;
use super::data::Data;
use super::keymap::{Keymap, Mode};
use super::layout;
use super::list::Cursor;
use super::wrap::{WrappedLine, wrap_article};
use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};
use std::ops::Range;

/// The views, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Articles,
    People,
    Quotes,
}

impl View {
    pub const ALL: [View; 3] = [View::Articles, View::People, View::Quotes];

    pub fn title(self) -> &'static str {
        match self {
            View::Articles => "Articles",
            View::People => "People",
            View::Quotes => "Quotes",
        }
    }

    pub fn key_label(self) -> &'static str {
        ["1", "2", "3", "4", "5", "6", "7", "8", "9"][self.index()]
    }

    pub fn index(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
}

/// Which pane of a two-pane view has the keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    List,
    Detail,
}

/// An overlay over the current view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: usize },
    Diagnostics { scroll: usize },
}

/// The reader: which article, wrapped to which width, scrolled where, highlighting what.
#[derive(Debug, Default)]
pub struct Reader {
    pub article: usize,
    pub width: usize,
    pub lines: Vec<WrappedLine>,
    pub scroll: usize,
    /// A byte range to highlight (a jump target).
    pub target: Option<Range<usize>>,
}

/// Loading progress shown before the data is ready.
#[derive(Debug, Default, Clone, Copy)]
pub struct Loading {
    pub done: usize,
    pub total: usize,
    pub analysing: bool,
}

pub struct App {
    pub data: Option<Data>,
    pub loading: Loading,
    /// A load that failed: the message shown instead of the views.
    pub failed: Option<String>,
    pub view: View,
    pub focus: Focus,
    pub articles: Cursor,
    pub reader: Reader,
    pub people: Cursor,
    /// The selected person's mentions and quotes.
    pub person_items: Cursor,
    pub quotes: Cursor,
    pub overlay: Option<Overlay>,
    pub keymap: Keymap,
    /// The last known terminal size, for page sizes and wrapping.
    pub size: (u16, u16),
    /// A one-line message for the status bar.
    pub message: Option<String>,
    pub quit: bool,
}

impl App {
    pub fn new(size: (u16, u16)) -> App {
        App {
            data: None,
            loading: Loading::default(),
            failed: None,
            view: View::Articles,
            focus: Focus::List,
            articles: Cursor::default(),
            reader: Reader::default(),
            people: Cursor::default(),
            person_items: Cursor::default(),
            quotes: Cursor::default(),
            overlay: None,
            keymap: Keymap::default(),
            size,
            message: None,
            quit: false,
        }
    }

    /// An app with its data already loaded (tests, and small corpora).
    pub fn with_data(data: Data, size: (u16, u16)) -> App {
        let mut app = App::new(size);
        app.set_data(data);
        app
    }

    pub fn set_data(&mut self, data: Data) {
        self.data = Some(data);
        self.open_article(0, None);
    }

    /// The modes whose bindings apply now, most specific first.
    pub fn modes(&self) -> Vec<Mode> {
        if self.overlay.is_some() {
            vec![Mode::Overlay, Mode::Global]
        } else {
            vec![Mode::Navigate, Mode::Global]
        }
    }

    /// Turns a terminal event into an action and applies it.
    pub fn handle_event(&mut self, event: &Event) {
        let action = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                self.keymap.lookup(&self.modes(), *key)
            }
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollUp | MouseEventKind::ScrollDown => Some(Action::ScrollAt {
                    up: m.kind == MouseEventKind::ScrollUp,
                    column: m.column,
                    row: m.row,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::ClickAt {
                    column: m.column,
                    row: m.row,
                }),
                _ => None,
            },
            Event::Resize(width, height) => Some(Action::Resize {
                width: *width,
                height: *height,
            }),
            _ => None,
        };
        if let Some(action) = action {
            self.update(action);
        }
    }

    /// Applies one action. The only place the state changes in answer to the user.
    pub fn update(&mut self, action: Action) {
        self.message = None;
        match action {
            Action::Quit => self.quit = true,
            Action::Resize { width, height } => {
                self.size = (width, height);
                self.rewrap();
            }
            Action::Help => self.toggle(Overlay::Help { scroll: 0 }),
            Action::Diagnostics => self.toggle(Overlay::Diagnostics { scroll: 0 }),
            _ if self.overlay.is_some() => self.update_overlay(action),
            _ if self.data.is_none() => {
                if action == Action::Back {
                    self.quit = true;
                }
            }
            Action::Show(view) => self.show(view),
            Action::NextView => self.show(View::ALL[(self.view.index() + 1) % View::ALL.len()]),
            Action::PrevView => {
                let n = View::ALL.len();
                self.show(View::ALL[(self.view.index() + n - 1) % n]);
            }
            Action::FocusNext => {
                self.focus = match self.focus {
                    Focus::List => Focus::Detail,
                    Focus::Detail => Focus::List,
                };
            }
            Action::Back => match self.focus {
                Focus::Detail if self.view != View::Quotes => self.focus = Focus::List,
                _ => self.quit = true,
            },
            Action::ScrollAt { up, column, row } => self.scroll_at(up, column, row),
            Action::ClickAt { column, row } => self.click_at(column, row),
            _ => self.navigate(action),
        }
    }

    fn toggle(&mut self, overlay: Overlay) {
        let same = std::mem::discriminant(&overlay);
        self.overlay = match self.overlay {
            Some(o) if std::mem::discriminant(&o) == same => None,
            _ => Some(overlay),
        };
    }

    fn update_overlay(&mut self, action: Action) {
        let Some(Overlay::Help { scroll } | Overlay::Diagnostics { scroll }) = &mut self.overlay
        else {
            return;
        };
        let page = layout::body_height(self.size.1).saturating_sub(4).max(1);
        match action {
            Action::Back | Action::Open => self.overlay = None,
            Action::Down => *scroll += 1,
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::PageDown => *scroll += page,
            Action::PageUp => *scroll = scroll.saturating_sub(page),
            _ => {}
        }
    }

    pub fn show(&mut self, view: View) {
        if self.view != view {
            self.view = view;
            self.focus = Focus::List;
        }
    }

    /// Moves within the focused pane of the current view.
    fn navigate(&mut self, action: Action) {
        let Some(data) = &self.data else { return };
        let rows = layout::list_rows(self);
        match (self.view, self.focus) {
            (View::Articles, Focus::List) => {
                let before = self.articles.selected;
                if action == Action::Open {
                    self.focus = Focus::Detail;
                    return;
                }
                self.articles
                    .apply(action, data.corpus.articles.len(), rows);
                if self.articles.selected != before {
                    self.open_article(self.articles.selected, None);
                }
            }
            (View::Articles, Focus::Detail) => self.scroll_reader(action),
            (View::People, Focus::List) => {
                let before = self.people.selected;
                self.people.apply(action, data.people.len(), rows);
                if action == Action::Open {
                    self.focus = Focus::Detail;
                }
                if self.people.selected != before {
                    self.person_items = Cursor::default();
                }
            }
            (View::People, Focus::Detail) => {
                let items = data.person_items(self.people.selected);
                if action == Action::Open {
                    if let Some(item) = items.get(self.person_items.selected) {
                        self.jump(item.article, item.range.clone());
                    }
                } else {
                    self.person_items.apply(action, items.len(), rows);
                }
            }
            (View::Quotes, _) => {
                if action == Action::Open {
                    if let Some(q) = data.analysis.quotes.get(self.quotes.selected) {
                        self.jump(q.article, q.start..q.end);
                    }
                } else {
                    self.quotes.apply(action, data.analysis.quotes.len(), rows);
                }
            }
        }
    }

    fn scroll_reader(&mut self, action: Action) {
        let page = layout::reader_rows(self.size, self.focus).max(1);
        let max = self.reader.lines.len().saturating_sub(page);
        let r = &mut self.reader;
        r.scroll = match action {
            Action::Down => r.scroll + 1,
            Action::Up => r.scroll.saturating_sub(1),
            Action::PageDown => r.scroll + page.saturating_sub(1).max(1),
            Action::PageUp => r.scroll.saturating_sub(page.saturating_sub(1).max(1)),
            Action::Top => 0,
            Action::Bottom => max,
            _ => r.scroll,
        }
        .min(max);
    }

    /// Opens article `index` in the reader, scrolled to show `target` if given.
    pub fn open_article(&mut self, index: usize, target: Option<Range<usize>>) {
        let Some(data) = &self.data else { return };
        if index >= data.corpus.articles.len() {
            return;
        }
        self.articles.selected = index;
        self.reader.article = index;
        self.reader.target = target;
        self.reader.width = 0;
        self.rewrap();
        self.reader.scroll = 0;
        if let Some(t) = &self.reader.target {
            let line = self
                .reader
                .lines
                .iter()
                .position(|l| l.paragraph.is_some() && l.end >= t.start)
                .unwrap_or(0);
            let max = self
                .reader
                .lines
                .len()
                .saturating_sub(layout::reader_rows(self.size, self.focus));
            self.reader.scroll = line.saturating_sub(2).min(max);
        }
    }

    /// Opens the reader at a place in an article (from People, Quotes, and later views).
    pub fn jump(&mut self, article: usize, range: Range<usize>) {
        self.view = View::Articles;
        self.focus = Focus::Detail;
        self.open_article(article, Some(range));
        let rows = layout::list_rows(self);
        self.articles.reveal(rows);
    }

    /// Re-wraps the reader when the width it needs has changed.
    fn rewrap(&mut self) {
        let Some(data) = &self.data else { return };
        let width = layout::reader_width(self.size);
        if width == self.reader.width && !self.reader.lines.is_empty() {
            return;
        }
        let Some(article) = data.corpus.articles.get(self.reader.article) else {
            return;
        };
        let top = self.reader.lines.get(self.reader.scroll).map(|l| l.start);
        self.reader.lines = wrap_article(article, width);
        self.reader.width = width;
        // Keep the same text at the top after a resize.
        if let Some(top) = top {
            self.reader.scroll = self
                .reader
                .lines
                .iter()
                .position(|l| l.end >= top)
                .unwrap_or(0);
        }
    }

    fn scroll_at(&mut self, up: bool, column: u16, row: u16) {
        let action = if up { Action::Up } else { Action::Down };
        if self.overlay.is_some() {
            return self.update_overlay(action);
        }
        if let Some(focus) = layout::pane_at(self, column, row) {
            let before = self.focus;
            self.focus = focus;
            for _ in 0..3 {
                self.navigate(action);
            }
            if self.view == View::Articles {
                self.focus = before;
            }
        }
    }

    fn click_at(&mut self, column: u16, row: u16) {
        if self.overlay.is_some() {
            self.overlay = None;
            return;
        }
        if let Some(view) = layout::tab_at(self.size, column, row) {
            return self.show(view);
        }
        let Some(focus) = layout::pane_at(self, column, row) else {
            return;
        };
        self.focus = focus;
        if let Some(index) = layout::list_row_at(self, column, row) {
            let len = match (&self.data, self.view, focus) {
                (Some(d), View::Articles, _) => d.corpus.articles.len(),
                (Some(d), View::People, Focus::List) => d.people.len(),
                (Some(d), View::People, Focus::Detail) => {
                    d.person_items(self.people.selected).len()
                }
                (Some(d), View::Quotes, _) => d.analysis.quotes.len(),
                _ => 0,
            };
            let cursor = match (self.view, focus) {
                (View::Articles, Focus::List) => &mut self.articles,
                (View::People, Focus::List) => &mut self.people,
                (View::People, Focus::Detail) => &mut self.person_items,
                (View::Quotes, _) => &mut self.quotes,
                _ => return,
            };
            if index < len {
                cursor.selected = index;
                if self.view == View::Articles {
                    self.open_article(index, None);
                }
            }
        }
    }
}
