//! The Compare, Variants and Matrix views' state changes: choosing the two sides, moving between
//! differences, and sorting the coverage matrix.

use super::{App, Focus, View};
use crate::compare::{Alignment, Row, align_articles};
use crate::ids::ArticleId;
use crate::tui::action::Action;
use crate::tui::layout;

/// Two articles side by side, aligned sentence by sentence.
#[derive(Clone, Debug, Default)]
pub struct CompareState {
    pub left: ArticleId,
    pub right: ArticleId,
    pub alignment: Alignment,
    /// The first alignment row shown.
    pub scroll: usize,
    /// The article marked in the list (`m`) as the next comparison's left side.
    pub marked: Option<ArticleId>,
}

impl App {
    /// Aligns `left` with `right` (computed here, once, not while drawing).
    pub fn compare_articles(&mut self, left: ArticleId, right: ArticleId) {
        let Some(data) = &self.data else { return };
        let alignment = align_articles(
            data.corpus(),
            data.analysis(),
            left,
            right,
            Some(data.story.idf()),
        )
        .unwrap_or_default();
        let marked = self.compare.marked;
        self.compare = CompareState {
            left,
            right,
            alignment,
            scroll: 0,
            marked,
        };
    }

    pub(super) fn mark(&mut self) {
        if self.view != View::Articles {
            return;
        }
        self.compare.marked = self.selected_article();
        self.message = Some("Marked: select another article and press c to compare".into());
    }

    /// In the Articles view: the marked (or selected) article against the selected (or next)
    /// one. In Compare: the next article on the right.
    pub(super) fn compare_selected(&mut self) {
        let Some(n) = self.data.as_ref().map(|d| d.corpus().articles.len()) else {
            return;
        };
        if n < 2 {
            self.message = Some("Comparing needs two articles".into());
            return;
        }
        let next = |a: ArticleId| ArticleId::new((a.index() + 1) % n);
        let (left, right) = if self.view == View::Compare {
            let mut right = next(self.compare.right);
            if right == self.compare.left {
                right = next(right);
            }
            (self.compare.left, right)
        } else {
            let Some(selected) = self.current_article().or(self.selected_article()) else {
                return;
            };
            match self.compare.marked {
                Some(m) if m != selected => (m, selected),
                _ => (selected, next(selected)),
            }
        };
        if self.view != View::Compare {
            self.remember();
        }
        self.compare_articles(left, right);
        self.show(View::Compare);
    }

    /// Scrolls to the next (or previous) row where the sides differ: a sentence only one side
    /// has, or a pair reported in another order.
    pub(super) fn next_difference(&mut self, forward: bool) {
        let rows = &self.compare.alignment.rows;
        let differs = |r: &Row| !matches!(r, Row::Pair(p) if !p.crossing);
        let from = self.compare.scroll;
        let found = if forward {
            (from + 1..rows.len()).find(|&i| differs(&rows[i]))
        } else {
            (0..from).rev().find(|&i| differs(&rows[i]))
        };
        match found {
            Some(i) => self.compare.scroll = i,
            None => self.message = Some("No more differences".into()),
        }
    }

    pub(super) fn navigate_compare(&mut self, action: Action) {
        let len = self.compare.alignment.rows.len();
        let page = layout::body_height(self.size.1).saturating_sub(3).max(1);
        let c = &mut self.compare;
        match action {
            Action::Down => c.scroll = (c.scroll + 1).min(len.saturating_sub(1)),
            Action::Up => c.scroll = c.scroll.saturating_sub(1),
            Action::PageDown => c.scroll = (c.scroll + page / 2).min(len.saturating_sub(1)),
            Action::PageUp => c.scroll = c.scroll.saturating_sub(page / 2),
            Action::Top => c.scroll = 0,
            Action::Bottom => c.scroll = len.saturating_sub(1),
            Action::Open => self.open_compare_row(),
            _ => {}
        }
    }

    /// Opens the reader at the top row's sentence (left side, or right for a right-only row).
    fn open_compare_row(&mut self) {
        let Some(data) = &self.data else { return };
        let Some(row) = self.compare.alignment.rows.get(self.compare.scroll) else {
            return;
        };
        let (article, k) = match *row {
            Row::Pair(p) => (self.compare.left, p.left),
            Row::LeftOnly(i) => (self.compare.left, i),
            Row::RightOnly(j) => (self.compare.right, j),
        };
        let Some(range) = data.analysis().article_sentences.get(article.index()) else {
            return;
        };
        if let Some(s) = data.analysis().sentences.get(range.start + k) {
            let (start, end) = (s.span.start(), s.span.end());
            self.jump(article, start..end);
        }
    }

    pub(super) fn navigate_variants(&mut self, action: Action) {
        let Some(data) = &self.data else { return };
        let rows = layout::list_rows(self);
        match self.focus {
            Focus::List => {
                let before = self.variants.selected;
                self.variants
                    .apply(action, data.story.variants().len(), rows);
                if action == Action::Open {
                    self.focus = Focus::Detail;
                }
                if before != self.variants.selected {
                    self.variant_items = Default::default();
                }
            }
            Focus::Detail => {
                let Some(group) = data.story.variants().get(self.variants.selected) else {
                    return;
                };
                if action == Action::Open {
                    if let Some(q) = group
                        .variants
                        .get(self.variant_items.selected)
                        .and_then(|v| data.analysis().quotes.get(v.quote.index()))
                    {
                        let (article, range) = (q.article, q.span.start()..q.span.end());
                        self.jump(article, range);
                    }
                } else {
                    self.variant_items.apply(action, group.variants.len(), rows);
                }
            }
        }
    }

    pub(super) fn navigate_matrix(&mut self, action: Action) {
        let rows = layout::list_rows(self);
        self.matrix.apply(action, self.matrix_order.len(), rows);
        if action != Action::Open {
            return;
        }
        // A person's row opens that person in the People view.
        let Some(data) = &self.data else { return };
        let Some(row) = self
            .matrix_order
            .get(self.matrix.selected)
            .and_then(|&r| data.story.matrix().rows.get(r))
        else {
            return;
        };
        let shown = self
            .people_order
            .iter()
            .position(|&p| data.analysis().people[p].name == row.label);
        if let Some(shown) = shown {
            self.remember();
            self.people.selected = shown;
            self.person_items = Default::default();
            self.show(View::People);
            self.people.reveal(layout::list_rows(self));
        }
    }

    /// Toggles the matrix between widest coverage first and grouped by kind.
    pub(super) fn sort_matrix(&mut self) {
        let Some(data) = &self.data else { return };
        let rows = &data.story.matrix().rows;
        let by_coverage = self.matrix_order.windows(2).all(|w| w[0] < w[1]);
        if by_coverage {
            self.matrix_order.sort_by(|&a, &b| {
                (rows[a].kind, rows[a].label.to_lowercase())
                    .cmp(&(rows[b].kind, rows[b].label.to_lowercase()))
            });
            self.message = Some("Matrix sorted by kind, then name".into());
        } else {
            self.matrix_order = (0..rows.len()).collect();
            self.message = Some("Matrix sorted by coverage, widest first".into());
        }
        self.matrix = Default::default();
    }
}
