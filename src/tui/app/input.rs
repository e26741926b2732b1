//! Overlays that take typing: the help's filter and the note editor; and scrolling overlays.

use super::search::add_bounded;
use super::{App, Overlay, View};
use crate::search::MAX_QUERY_CHARS;
use crate::store::{Op, Saved};
use crate::tui::action::Action;
use crate::tui::layout;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

impl App {
    /// Sends a key to an overlay that takes text. True when the key was used.
    pub(super) fn type_into_overlay(&mut self, key: KeyEvent) -> bool {
        let typing = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match &mut self.overlay {
            Some(Overlay::Note { text, .. }) => match key.code {
                KeyCode::Char(c) if typing => text.push(c),
                KeyCode::Char('u') if key.modifiers == KeyModifiers::CONTROL => text.clear(),
                KeyCode::Backspace => {
                    text.pop();
                }
                KeyCode::Enter if key.modifiers.contains(KeyModifiers::ALT) => text.push('\n'),
                KeyCode::Enter => self.save_note(),
                KeyCode::Esc => {
                    self.overlay = None;
                    self.message = Some("Note not changed".into());
                }
                _ => {}
            },
            // '?' still closes the help rather than filtering for question marks.
            Some(Overlay::Help { filter, scroll }) => match key.code {
                KeyCode::Char(c) if typing && c != '?' => {
                    add_bounded(filter, c.encode_utf8(&mut [0; 4]), MAX_QUERY_CHARS);
                    *scroll = 0;
                }
                KeyCode::Backspace => {
                    filter.pop();
                }
                KeyCode::Esc if !filter.is_empty() => filter.clear(),
                _ => return false,
            },
            _ => return false,
        }
        true
    }

    /// A bracketed paste: into the note as it is (cleaned), into the help's filter or the
    /// search line as one bounded line.
    pub(super) fn paste(&mut self, pasted: &str) {
        if self.overlay.is_none() && self.paste_into_filter(pasted) {
            return;
        }
        match &mut self.overlay {
            Some(Overlay::Note { text, .. }) => {
                text.push_str(&crate::corpus::clean::sanitize(pasted));
            }
            Some(Overlay::Help { filter, .. }) => {
                add_bounded(filter, pasted, MAX_QUERY_CHARS);
            }
            None if self.view == View::Search => self.add_to_query(pasted),
            Some(Overlay::Diagnostics { .. }) | None => {}
        }
    }

    pub(super) fn update_overlay(&mut self, action: Action) {
        let page = layout::body_height(self.size.1).saturating_sub(4).max(1);
        let scroll = match &mut self.overlay {
            Some(Overlay::Help { scroll, .. } | Overlay::Diagnostics { scroll }) => scroll,
            _ => return,
        };
        match action {
            Action::Back | Action::Open => self.overlay = None,
            Action::Down => *scroll += 1,
            Action::Up => *scroll = scroll.saturating_sub(1),
            Action::PageDown => *scroll += page,
            Action::PageUp => *scroll = scroll.saturating_sub(page),
            _ => {}
        }
    }

    /// Opens the note editor on the current article, with its note so far.
    pub(super) fn start_note(&mut self) {
        let Some(article) = self.current_article() else {
            return;
        };
        let Some(data) = &self.data else { return };
        let id = &data.corpus().articles[article].id;
        let text = self
            .store
            .as_ref()
            .and_then(|s| s.shelf.notes.get(id).cloned())
            .unwrap_or_default();
        self.overlay = Some(Overlay::Note { article, text });
    }

    fn save_note(&mut self) {
        let Some(Overlay::Note { article, text }) = self.overlay.take() else {
            return;
        };
        let (Some(data), Some(store)) = (&self.data, &mut self.store) else {
            self.message = Some("Notes cannot be saved: no data directory".into());
            return;
        };
        let id = data.corpus().articles[article].id.clone();
        self.message = Some(
            match store.apply(Op::Note {
                article: id,
                text: text.clone(),
            }) {
                Ok(Saved::NoteMerged) => {
                    "Note saved beside a version written meanwhile by another parallax".into()
                }
                Ok(Saved::NoteKept) => {
                    "Note not removed: another parallax changed it meanwhile (n shows it)".into()
                }
                Ok(Saved::AsAsked) if text.trim().is_empty() => "Note removed".into(),
                Ok(Saved::AsAsked) => "Note saved".into(),
                Err(e) => {
                    // Keep what was typed so nothing is lost.
                    self.overlay = Some(Overlay::Note { article, text });
                    e
                }
            },
        );
    }
}
