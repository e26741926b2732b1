//! The Search view's state changes: the query typed key by key (answered on every key by the
//! live searcher, which narrows from the previous results), moving through the results, and
//! opening one in the reader.

use super::{App, View};
use crate::corpus::clean;
use crate::search::query::MAX_TERMS;
use crate::search::{HitKind, MAX_QUERY_CHARS};
use crate::story::Part;
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
            KeyCode::Char(c) if plain => {
                let mut typed = [0; 4];
                self.add_to_query(c.encode_utf8(&mut typed));
                return true;
            }
            KeyCode::Char('u') if key.modifiers == KeyModifiers::CONTROL => self.query.clear(),
            KeyCode::Backspace => {
                self.query.pop();
            }
            KeyCode::Esc if !self.query.is_empty() => self.query.clear(),
            _ => return false,
        }
        self.search_due = true;
        true
    }

    /// Adds typed or pasted text to the query: cleaned, on one line, and no longer than the
    /// search answers, saying so when some is left out.
    pub(super) fn add_to_query(&mut self, text: &str) {
        if add_bounded(&mut self.query, text, MAX_QUERY_CHARS) {
            self.message = Some(format!(
                "Queries are limited to {MAX_QUERY_CHARS} characters"
            ));
        }
        self.search_due = true;
    }

    /// Answers the query if it changed since the searcher last did.
    pub(super) fn settle(&mut self) {
        if self.search_due && self.data.as_ref().is_some_and(|d| d.ready(Part::Index)) {
            self.run_search();
        }
    }

    /// Answers the current query (the searcher reuses the previous matches as it grows).
    pub(super) fn run_search(&mut self) {
        self.search_due = false;
        let Some(data) = &self.data else { return };
        if !data.ready(Part::Index) {
            // Answered when the index is built (App::part_ready).
            self.search_due = true;
            return;
        }
        self.searcher.update(data.story.index(), &self.query);
        if crate::search::parse(&self.query).ignored > 0 {
            self.message = Some(format!(
                "Only the first {MAX_TERMS} terms of a query are searched for"
            ));
        }
        self.results = Default::default();
        self.highlight_visible();
    }

    /// Computes the highlight indices of the results on screen only.
    fn highlight_visible(&mut self) {
        let Some(data) = self.data.as_ref().filter(|d| d.ready(Part::Index)) else {
            return;
        };
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

    /// Opens the selected result: a quote in its article with the quote highlighted, a
    /// sentence found in the text with the words matched highlighted, a person in the People
    /// view.
    fn open_result(&mut self) {
        let Some(data) = &self.data else { return };
        let Some(hit) = self.searcher.results().hits.get(self.results.selected) else {
            return;
        };
        match hit.kind {
            HitKind::Text => {
                let found =
                    crate::search::text_hit(data.corpus(), data.analysis(), hit, &self.query);
                let article = data.analysis().sentences.get(hit.entry).map(|s| s.article);
                if let (Some(found), Some(article)) = (found, article) {
                    self.jump(article, found.target());
                }
            }
            HitKind::Quote => {
                let Some(q) = data.analysis().quotes.get(hit.entry) else {
                    return;
                };
                let (article, range) = (q.article, q.span.start()..q.span.end());
                self.jump(article, range);
            }
            HitKind::Person => {
                if let Some(shown) = self
                    .people_order
                    .iter()
                    .position(|p| p.index() == hit.entry)
                {
                    self.remember();
                    self.people.selected = shown;
                    self.person_items = Default::default();
                    self.show(View::People);
                    self.people.reveal(layout::list_rows(self));
                }
            }
        }
    }
}

/// Appends `text` to `line`, cleaned and on one line (a pasted newline or tab is a space), up
/// to `max` characters in all. True when something was left out. The work is bounded by `max`,
/// not by the length of `text`.
pub(super) fn add_bounded(line: &mut String, text: &str, max: usize) -> bool {
    let room = max.saturating_sub(line.chars().count());
    // Cleaning reads at most a little more than fits (escape sequences shrink), never all of
    // a 100 KB paste.
    let head = text
        .char_indices()
        .nth(room.saturating_mul(4).max(64))
        .map_or(text, |(end, _)| &text[..end]);
    let cleaned = clean::sanitize(head).replace(['\n', '\t'], " ");
    let mut added = cleaned.chars();
    line.extend(added.by_ref().take(room));
    added.next().is_some() || head.len() < text.len()
}
