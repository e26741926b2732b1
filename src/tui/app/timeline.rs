//! The Timeline view's state changes: moving through events and their sources, and showing one
//! person's events only.

use super::{App, Focus, View};
use crate::tui::action::Action;
use crate::tui::layout;
use crate::tui::list::Cursor;

impl App {
    pub(super) fn navigate_timeline(&mut self, action: Action) {
        let Some(data) = &self.data else { return };
        let rows = layout::list_rows(self);
        match self.focus {
            Focus::List => {
                let before = self.timeline.selected;
                self.timeline
                    .apply(action, self.timeline_events.len(), rows);
                if action == Action::Open {
                    self.focus = Focus::Detail;
                }
                if before != self.timeline.selected {
                    self.timeline_sources = Cursor::default();
                }
            }
            Focus::Detail => {
                let Some(event) = self
                    .timeline_events
                    .get(self.timeline.selected)
                    .and_then(|&e| data.story.timeline().events.get(e.index()))
                else {
                    return;
                };
                if action == Action::Open {
                    let Some(source) = event.sources.get(self.timeline_sources.selected) else {
                        return;
                    };
                    let Some(s) = data.analysis().sentences.get(source.sentence.index()) else {
                        return;
                    };
                    let (article, range) = (source.article, s.span.start()..s.span.end());
                    self.jump(article, range);
                } else {
                    self.timeline_sources
                        .apply(action, event.sources.len(), rows);
                }
            }
        }
    }

    /// From People (or Timeline with a person chosen): the selected person's events only;
    /// again in the Timeline: every event.
    pub(super) fn filter_timeline(&mut self) {
        if self.view == View::People {
            self.remember();
        }
        let Some(data) = &self.data else { return };
        let person = match self.view {
            View::People => self.selected_person(),
            _ => None,
        };
        let name = person.map(|p| data.analysis().people[p].name.clone());
        self.timeline = Cursor::default();
        self.set_timeline_base(person);
        self.message = Some(match name {
            Some(name) => format!(
                "Timeline of {name}: {} events (f again shows all)",
                self.timeline_events.len()
            ),
            None => "Timeline: all events".into(),
        });
        self.timeline_sources = Cursor::default();
        self.show(View::Timeline);
    }
}
