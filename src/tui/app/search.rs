//! The Search view's state changes: the query typed key by key (answered on every key by the
//! live searcher, which narrows from the previous results), moving through the results, and
//! opening one in the reader.

use super::{App, View};
use crate::search::HitKind;
use crate::tui::action::Action;
use crate::tui::layout;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

impl App {
    /// In the Search view, printable keys edit the query. True when the key was used.
    pub(super) fn type_into_search(&mut self, key: KeyEvent) -> bool {
        if self.view != View::Search || self.overlay.is_some() {
            return false;
        }
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match key.code {
            KeyCode::Char(c) if plain => self.query.push(c),
            KeyCode::Char('u') if key.modifiers == KeyModifiers::CONTROL => self.query.clear(),
            KeyCode::Backspace => {
                self.query.pop();
            }
            KeyCode::Esc if !self.query.is_empty() => self.query.clear(),
            _ => return false,
        }
        self.run_search();
        true
    }

    /// Answers the current query (the searcher reuses the previous matches as it grows).
    pub(super) fn run_search(&mut self) {
        let Some(data) = &self.data else { return };
        self.searcher.update(data.story.index(), &self.query);
        self.results = Default::default();
        self.highlight_visible();
    }

    /// Computes the highlight indices of the results on screen only.
    fn highlight_visible(&mut self) {
        let Some(data) = &self.data else { return };
        let rows = layout::list_rows(self);
        let window = self
            .results
            .window(rows, self.searcher.results().hits.len());
        self.searcher.highlight(data.story.index(), window);
    }

    pub(super) fn navigate_search(&mut self, action: Action) {
        let len = self.searcher.results().hits.len();
        if action == Action::Open {
            return self.open_result();
        }
        self.results.apply(action, len, layout::list_rows(self));
        self.highlight_visible();
    }

    /// Opens the selected result: a quote in its article with the quote highlighted, a person
    /// in the People view.
    fn open_result(&mut self) {
        let Some(data) = &self.data else { return };
        let Some(hit) = self.searcher.results().hits.get(self.results.selected) else {
            return;
        };
        match hit.kind {
            HitKind::Quote => {
                let Some(q) = data.analysis().quotes.get(hit.entry) else {
                    return;
                };
                let (article, range) = (q.article, q.span.start()..q.span.end());
                self.return_to = Some(View::Search);
                self.jump(article, range);
            }
            HitKind::Person => {
                if let Some(shown) = data.people.iter().position(|p| p.index() == hit.entry) {
                    self.people.selected = shown;
                    self.person_items = Default::default();
                    self.show(View::People);
                    self.people.reveal(layout::list_rows(self));
                }
            }
        }
    }
}
