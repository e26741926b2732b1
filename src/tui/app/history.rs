//! Back goes back: one navigation history for every jump (a quote, a person, an event, a
//! search result or a bookmark opened in the reader or in another view). Before a jump the app
//! remembers where it was — the view, the pane, every list's selection and scroll, the reader's
//! article, place and highlight, the timeline's filter — and Esc restores it, as many steps as
//! were taken.

use super::{App, Focus, View};
use crate::ids::{ArticleId, PersonId};
use crate::tui::list::Cursor;
use std::ops::Range;

/// How many steps back are kept: enough for any reading session, bounded for a long one.
const DEPTH: usize = 100;

/// Where the user was.
#[derive(Clone, Debug)]
pub struct Place {
    view: View,
    focus: Focus,
    lists: [Cursor; 11],
    article: ArticleId,
    scroll: usize,
    target: Option<Range<usize>>,
    timeline_person: Option<PersonId>,
}

impl App {
    /// Every list's place, in one order for remembering and restoring.
    fn lists(&mut self) -> [&mut Cursor; 11] {
        [
            &mut self.articles,
            &mut self.people,
            &mut self.person_items,
            &mut self.quotes,
            &mut self.timeline,
            &mut self.timeline_sources,
            &mut self.results,
            &mut self.variants,
            &mut self.variant_items,
            &mut self.matrix,
            &mut self.bookmarks,
        ]
    }

    /// Remembers the current place, before a jump.
    pub(super) fn remember(&mut self) {
        let lists = self.lists().map(|c| *c);
        let place = Place {
            view: self.view,
            focus: self.focus,
            lists,
            article: self.reader.article,
            scroll: self.reader.scroll,
            target: self.reader.target.clone(),
            timeline_person: self.timeline_person,
        };
        if self.history.len() == DEPTH {
            self.history.remove(0);
        }
        self.history.push(place);
    }

    /// Goes back to the place before the last jump; false when there is none.
    pub(super) fn go_back(&mut self) -> bool {
        let Some(place) = self.history.pop() else {
            return false;
        };
        if place.article != self.reader.article || place.target != self.reader.target {
            self.open_article(place.article, place.target);
        }
        self.reader.scroll = place.scroll;
        if place.timeline_person != self.timeline_person {
            self.set_timeline_base(place.timeline_person);
        }
        self.view = place.view;
        self.focus = place.focus;
        if self.view == View::Search {
            self.run_search();
        }
        for (cursor, kept) in self.lists().into_iter().zip(place.lists) {
            *cursor = kept;
        }
        true
    }
}
