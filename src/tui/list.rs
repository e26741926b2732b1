//! A cursor over a list that may hold 10,000 rows: the selection and the first visible row, so
//! views draw only the rows on screen.

use super::action::Action;
use std::ops::Range;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    /// The first visible row, as last adjusted.
    pub offset: usize,
}

impl Cursor {
    /// Moves the selection for a navigation action over `len` rows with `rows` visible.
    pub fn apply(&mut self, action: Action, len: usize, rows: usize) {
        if len == 0 {
            *self = Cursor::default();
            return;
        }
        let page = rows.max(1);
        let last = len - 1;
        self.selected = match action {
            Action::Down => (self.selected + 1).min(last),
            Action::Up => self.selected.saturating_sub(1),
            Action::PageDown => (self.selected + page).min(last),
            Action::PageUp => self.selected.saturating_sub(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => self.selected.min(last),
        };
        self.reveal(rows);
    }

    /// Scrolls so the selection is visible.
    pub fn reveal(&mut self, rows: usize) {
        self.offset = self.window_start(rows);
    }

    /// The visible rows for a pane of `rows` rows over `len` items.
    pub fn window(&self, rows: usize, len: usize) -> Range<usize> {
        let start = self.window_start(rows).min(len);
        start..(start + rows).min(len)
    }

    fn window_start(&self, rows: usize) -> usize {
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.selected
        } else if self.selected >= self.offset + rows {
            self.selected + 1 - rows
        } else {
            self.offset
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_selection_visible() {
        let mut c = Cursor::default();
        c.apply(Action::PageDown, 100, 10);
        assert_eq!((c.selected, c.offset), (10, 1));
        c.apply(Action::Bottom, 100, 10);
        assert_eq!(c.window(10, 100), 90..100);
        c.apply(Action::Top, 100, 10);
        assert_eq!(c.window(10, 100), 0..10);
        c.apply(Action::Up, 100, 10);
        assert_eq!(c.selected, 0);
        c.apply(Action::Down, 0, 10);
        assert_eq!(c, Cursor::default());
    }

    #[test]
    fn window_follows_a_selection_moved_elsewhere() {
        let c = Cursor {
            selected: 50,
            offset: 0,
        };
        assert_eq!(c.window(10, 100), 41..51);
        assert_eq!(c.window(10, 45), 41..45);
    }
}
