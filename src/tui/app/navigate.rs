//! Moving around: lists, the reader, jumps from one view into the reader, and the mouse.

use super::{App, Focus, View};
use crate::ids::ArticleId;
use crate::tui::action::Action;
use crate::tui::layout;
use crate::tui::list::Cursor;
use crate::tui::wrap::wrap_article;
use std::ops::Range;

impl App {
    /// Moves within the focused pane of the current view, or opens its selection.
    pub(super) fn navigate(&mut self, action: Action) {
        let Some(data) = &self.data else { return };
        let rows = layout::list_rows(self);
        match (self.view, self.focus) {
            (View::Articles, Focus::List) => {
                if action == Action::Open {
                    self.focus = Focus::Detail;
                    return;
                }
                let before = self.articles.selected;
                self.articles.apply(action, self.articles_order.len(), rows);
                if let Some(a) = self
                    .selected_article()
                    .filter(|_| self.articles.selected != before)
                {
                    self.open_article(a, None);
                }
            }
            (View::Articles, Focus::Detail) => self.scroll_reader(action),
            (View::People, Focus::List) => {
                let before = self.people.selected;
                self.people.apply(action, self.people_order.len(), rows);
                if action == Action::Open {
                    self.focus = Focus::Detail;
                }
                if self.people.selected != before {
                    self.person_items = Cursor::default();
                }
            }
            (View::People, Focus::Detail) => {
                let items = data.person_items(self.selected_person());
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
                    if let Some(q) = self.selected_quote() {
                        let q = &data.analysis().quotes[q];
                        self.jump(q.article, q.span.start()..q.span.end());
                    }
                } else {
                    self.quotes.apply(action, self.quotes_order.len(), rows);
                }
            }
            (View::Compare, _) => self.navigate_compare(action),
            (View::Timeline, _) => self.navigate_timeline(action),
            (View::Search, _) => self.navigate_search(action),
            (View::Variants, _) => self.navigate_variants(action),
            (View::Matrix, _) => self.navigate_matrix(action),
            (View::Bookmarks, _) => {
                let marks = self.bookmark_rows().len();
                if action == Action::Open {
                    self.open_bookmark();
                } else {
                    self.bookmarks.apply(action, marks, rows);
                }
            }
        }
    }

    fn open_bookmark(&mut self) {
        let (Some(data), Some(store)) = (&self.data, &self.store) else {
            return;
        };
        let Some(b) = (self.selected_bookmark()).and_then(|i| store.shelf.bookmarks.get(i)) else {
            return;
        };
        let Some(article) = data.corpus().find(&b.article) else {
            self.message = Some(format!("Article \"{}\" is not in this corpus", b.article));
            return;
        };
        let text = &data.corpus().articles[article].text;
        let range = b
            .start
            .filter(|&s| text.is_char_boundary(s))
            .map(|s| s..(s + b.label.len()).min(text.len()));
        let range = range.filter(|r| text.is_char_boundary(r.end));
        match range {
            Some(r) => self.jump(article, r),
            None => {
                self.remember();
                self.view = View::Articles;
                self.focus = Focus::Detail;
                self.open_article(article, None);
            }
        }
    }

    fn scroll_reader(&mut self, action: Action) {
        let page = layout::reader_rows(self.size, self.focus).max(1);
        let max = self.reader.lines.len().saturating_sub(page);
        let r = &mut self.reader;
        let step = page.saturating_sub(1).max(1);
        r.scroll = match action {
            Action::Down => r.scroll + 1,
            Action::Up => r.scroll.saturating_sub(1),
            Action::PageDown => r.scroll + step,
            Action::PageUp => r.scroll.saturating_sub(step),
            Action::Top => 0,
            Action::Bottom => max,
            _ => r.scroll,
        }
        .min(max);
    }

    /// Opens article `index` in the reader, scrolled to show `target` if given.
    pub fn open_article(&mut self, article: ArticleId, target: Option<Range<usize>>) {
        let Some(data) = &self.data else { return };
        if data.corpus().get(article).is_none() {
            return;
        }
        if let Some(row) = self.articles_order.iter().position(|&a| a == article) {
            self.articles.selected = row;
        }
        self.reader.article = article;
        self.reader.target = target;
        self.reader.width = 0;
        self.reader.lines.clear();
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
    pub fn jump(&mut self, article: ArticleId, range: Range<usize>) {
        self.remember();
        self.view = View::Articles;
        self.focus = Focus::Detail;
        self.open_article(article, Some(range));
        let rows = layout::list_rows(self);
        self.articles.reveal(rows);
    }

    /// Re-wraps the reader when the width it needs has changed.
    pub(super) fn rewrap(&mut self) {
        let Some(data) = &self.data else { return };
        let width = layout::reader_width(self.size);
        if width == self.reader.width && !self.reader.lines.is_empty() {
            return;
        }
        let Some(article) = data.corpus().get(self.reader.article) else {
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

    pub(super) fn scroll_at(&mut self, up: bool, column: u16, row: u16) {
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
            // Scrolling the reader under the pointer does not take the keys from the list.
            if self.view == View::Articles {
                self.focus = before;
            }
        }
    }

    pub(super) fn click_at(&mut self, column: u16, row: u16) {
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
        let Some(index) = layout::list_row_at(self, column, row) else {
            return;
        };
        let len = match (&self.data, self.view, focus) {
            (Some(_), View::Articles, _) => self.articles_order.len(),
            (Some(_), View::People, Focus::List) => self.people_order.len(),
            (Some(d), View::People, Focus::Detail) => d.person_items(self.selected_person()).len(),
            (Some(_), View::Quotes, _) => self.quotes_order.len(),
            (_, View::Bookmarks, _) => self.bookmark_rows().len(),
            (Some(d), View::Variants, Focus::List) => d.story.variants().len(),
            (Some(d), View::Variants, Focus::Detail) => d
                .story
                .variants()
                .get(self.variants.selected)
                .map_or(0, |g| g.variants.len()),
            (_, View::Matrix, _) => self.matrix_order.len(),
            (_, View::Timeline, Focus::List) => self.timeline_events.len(),
            (Some(d), View::Timeline, Focus::Detail) => self
                .timeline_events
                .get(self.timeline.selected)
                .and_then(|&e| d.story.timeline().events.get(e.index()))
                .map_or(0, |e| e.sources.len()),
            (_, View::Search, _) => self.searcher.results().hits.len(),
            _ => 0,
        };
        if index >= len {
            return;
        }
        match (self.view, focus) {
            (View::Articles, _) => self.open_article(self.articles_order[index], None),
            (View::People, Focus::List) => {
                self.people.selected = index;
                self.person_items = Cursor::default();
            }
            (View::People, Focus::Detail) => self.person_items.selected = index,
            (View::Quotes, _) => self.quotes.selected = index,
            (View::Bookmarks, _) => self.bookmarks.selected = index,
            (View::Variants, Focus::List) => {
                self.variants.selected = index;
                self.variant_items = Cursor::default();
            }
            (View::Variants, Focus::Detail) => self.variant_items.selected = index,
            (View::Matrix, _) => self.matrix.selected = index,
            (View::Compare, _) => {}
            (View::Timeline, Focus::List) => {
                self.timeline.selected = index;
                self.timeline_sources = Cursor::default();
            }
            (View::Timeline, Focus::Detail) => self.timeline_sources.selected = index,
            (View::Search, _) => self.results.selected = index,
        }
    }
}
