//! The interface's one state and the one function that changes it (`update`). Everything the
//! views draw is read from here; everything the user does arrives as an [`Action`].

mod commands;
mod compare;
mod history;
mod input;
mod lists;
mod navigate;
mod search;
mod timeline;

pub use compare::CompareState;
pub use lists::{List, Shapes, Sort};

use super::action::Action;
use super::data::Data;
use super::keymap::{Keymap, Mode};
use super::list::Cursor;
use super::wrap::WrappedLine;
use crate::ids::{ArticleId, EventId, PersonId, QuoteId};
use crate::output::sheet;
use crate::store::Store;
use crate::story::Part;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use std::ops::Range;

/// The views, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Articles,
    People,
    Quotes,
    Timeline,
    Search,
    Compare,
    Variants,
    Matrix,
    Bookmarks,
}

impl View {
    pub const ALL: [View; 9] = [
        View::Articles,
        View::People,
        View::Quotes,
        View::Timeline,
        View::Search,
        View::Compare,
        View::Variants,
        View::Matrix,
        View::Bookmarks,
    ];

    pub fn title(self) -> &'static str {
        match self {
            View::Articles => "Articles",
            View::People => "People",
            View::Quotes => "Quotes",
            View::Timeline => "Timeline",
            View::Search => "Search",
            View::Compare => "Compare",
            View::Variants => "Variants",
            View::Matrix => "Matrix",
            View::Bookmarks => "Bookmarks",
        }
    }

    /// The parts of the story the view reads (the Articles list and the reader: none).
    pub fn parts(self) -> &'static [Part] {
        match self {
            View::Articles => &[],
            View::People | View::Quotes => &[Part::Analysis],
            View::Timeline | View::Bookmarks => &[Part::Analysis, Part::Timeline],
            View::Search => &[Part::Analysis, Part::Index],
            View::Compare => &[Part::Analysis, Part::Idf],
            View::Variants => &[Part::Analysis, Part::Variants],
            View::Matrix => &[Part::Analysis, Part::Timeline, Part::Variants, Part::Matrix],
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The key help; typing filters it.
    Help {
        scroll: usize,
        filter: String,
    },
    Diagnostics {
        scroll: usize,
    },
    /// Editing the note of an article.
    Note {
        article: ArticleId,
        text: String,
    },
}

/// Something for the runtime to do outside the state: terminal output, other programs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Put text on the clipboard (OSC 52).
    Copy(String),
    /// Open a URL with the system's opener.
    OpenUrl(String),
}

/// The reader: which article, wrapped to which width, scrolled where, highlighting what.
#[derive(Debug, Default)]
pub struct Reader {
    pub article: ArticleId,
    pub width: usize,
    pub lines: Vec<WrappedLine>,
    pub scroll: usize,
    /// A byte range to highlight (a jump target).
    pub target: Option<Range<usize>>,
}

/// Loading progress shown before the articles are loaded.
#[derive(Debug, Default, Clone, Copy)]
pub struct Loading {
    pub done: usize,
    pub total: usize,
}

pub struct App {
    pub data: Option<Data>,
    pub loading: Loading,
    /// A load that failed: the message shown instead of the views.
    pub failed: Option<String>,
    pub view: View,
    pub focus: Focus,
    pub articles: Cursor,
    /// The Articles list in display order (filtered and sorted, see [`lists`]).
    pub articles_order: Vec<ArticleId>,
    pub reader: Reader,
    pub people: Cursor,
    /// The People list in display order.
    pub people_order: Vec<PersonId>,
    /// The selected person's mentions and quotes.
    pub person_items: Cursor,
    pub quotes: Cursor,
    pub quotes_order: Vec<QuoteId>,
    /// Every list's filter and sort key.
    pub shapes: Shapes,
    pub compare: CompareState,
    /// Timeline events shown (all, or one person's), the selection and the selected source.
    pub timeline_events: Vec<EventId>,
    pub timeline_person: Option<PersonId>,
    pub timeline: Cursor,
    pub timeline_sources: Cursor,
    /// The first outlet column shown in the timeline matrix.
    pub timeline_column: usize,
    /// The search: what is typed, the live searcher and the selected result.
    pub query: String,
    /// The query changed since the searcher last answered it (see [`App::handle_events`]).
    search_due: bool,
    pub searcher: crate::search::Searcher,
    pub results: Cursor,
    /// Where Esc goes back to: the places before each jump, the last one last.
    history: Vec<history::Place>,
    /// The selected variant group, and the selected wording within it.
    pub variants: Cursor,
    pub variant_items: Cursor,
    pub matrix: Cursor,
    /// Matrix rows in display order (indices into `Data::matrix.rows`), and the first column shown.
    pub matrix_order: Vec<usize>,
    pub matrix_column: usize,
    pub bookmarks: Cursor,
    pub overlay: Option<Overlay>,
    pub keymap: Keymap,
    /// Bookmarks and notes; `None` when there is nowhere to keep them.
    pub store: Option<Store>,
    /// The last known terminal size, for page sizes and wrapping.
    pub size: (u16, u16),
    /// A one-line message for the status bar.
    pub message: Option<String>,
    /// Work for the runtime, taken after each update.
    pub effects: Vec<Effect>,
    /// Where `e` writes exports: the working directory.
    pub export_dir: std::path::PathBuf,
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
            articles_order: Vec::new(),
            reader: Reader::default(),
            people: Cursor::default(),
            people_order: Vec::new(),
            person_items: Cursor::default(),
            quotes: Cursor::default(),
            quotes_order: Vec::new(),
            shapes: Shapes::default(),
            compare: CompareState::default(),
            timeline_events: Vec::new(),
            timeline_person: None,
            timeline: Cursor::default(),
            timeline_sources: Cursor::default(),
            timeline_column: 0,
            query: String::new(),
            search_due: false,
            searcher: crate::search::Searcher::new(200, 80),
            results: Cursor::default(),
            history: Vec::new(),
            variants: Cursor::default(),
            variant_items: Cursor::default(),
            matrix: Cursor::default(),
            matrix_order: Vec::new(),
            matrix_column: 0,
            bookmarks: Cursor::default(),
            overlay: None,
            keymap: Keymap::default(),
            store: None,
            size,
            message: None,
            effects: Vec::new(),
            export_dir: std::path::PathBuf::from("."),
            quit: false,
        }
    }

    /// An app with its data already loaded (tests, and small corpora).
    pub fn with_data(data: Data, size: (u16, u16)) -> App {
        let mut app = App::new(size);
        app.set_data(data);
        app
    }

    /// Takes the loaded articles; their parts may still be building (each arrives through
    /// [`App::part_ready`], and those already built are taken now).
    pub fn set_data(&mut self, data: Data) {
        self.data = Some(data);
        self.reshape(List::Articles);
        self.open_article(ArticleId::new(0), None);
        for part in Part::ALL {
            if self.data.as_ref().is_some_and(|d| d.ready(part)) {
                self.part_ready(part);
            }
        }
    }

    /// Sets up what a view keeps of a part that has just been built.
    pub fn part_ready(&mut self, part: Part) {
        let Some(data) = &self.data else { return };
        match part {
            Part::Analysis => {
                self.reshape(List::People);
                self.reshape(List::Quotes);
            }
            Part::Timeline => self.reshape(List::Events),
            Part::Matrix => self.matrix_order = (0..data.story.matrix().rows.len()).collect(),
            Part::Idf => {
                let second = ArticleId::new(usize::from(data.corpus().articles.len() > 1));
                self.compare_articles(ArticleId::new(0), second);
            }
            Part::Index if self.search_due || self.view == View::Search => self.run_search(),
            _ => {}
        }
    }

    /// The person selected in the People list.
    pub fn selected_person(&self) -> Option<PersonId> {
        self.people_order.get(self.people.selected).copied()
    }

    /// Whether every part `view` reads is built.
    pub fn view_ready(&self, view: View) -> bool {
        self.data
            .as_ref()
            .is_some_and(|d| view.parts().iter().all(|&p| d.ready(p)))
    }

    /// Whether every part of the story is built.
    pub fn all_ready(&self) -> bool {
        self.data
            .as_ref()
            .is_some_and(|d| Part::ALL.iter().all(|&p| d.ready(p)))
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
        self.handle_events(std::slice::from_ref(event));
    }

    /// Applies the events that arrived together (fast typing, a paste sent as keys by a
    /// terminal without bracketed paste), answering the query they typed once, at the end:
    /// each key then costs an edit, and a flood of them one search, not one each.
    pub fn handle_events(&mut self, events: &[Event]) {
        for event in events {
            if self.quit {
                break;
            }
            self.apply_event(event);
        }
        self.settle_filter();
        self.settle();
    }

    fn apply_event(&mut self, event: &Event) {
        let action = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                // Ctrl-C quits whatever has the keys and whatever the config binds: the one
                // way out no config can take away.
                if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
                    self.quit = true;
                    return;
                }
                if self.type_into_overlay(*key)
                    || self.type_into_filter(*key)
                    || self.type_into_search(*key)
                {
                    return;
                }
                self.keymap.lookup(&self.modes(), *key)
            }
            Event::Paste(text) => {
                self.paste(text);
                None
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
            // Whatever the action reads of the results, they answer the query as typed.
            self.settle_filter();
            self.settle();
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
            Action::Help => self.toggle_help(),
            Action::Diagnostics => {
                self.overlay = match self.overlay {
                    Some(Overlay::Diagnostics { .. }) => None,
                    _ => Some(Overlay::Diagnostics { scroll: 0 }),
                }
            }
            _ if self.overlay.is_some() => self.update_overlay(action),
            _ if self.data.is_none() => {
                if action == Action::Back {
                    self.quit = true;
                }
            }
            // While parts are still building: views can be switched, and the view shown moved
            // through once its own parts are built; the rest (jumps, commands) waits for all.
            Action::Show(_) | Action::NextView | Action::PrevView | Action::Search => {
                self.switch(action)
            }
            _ if !(self.all_ready() || self.view_ready(self.view) && action.moves()) => {
                self.wait(action)
            }
            Action::FocusNext => {
                self.focus = match self.focus {
                    Focus::List => Focus::Detail,
                    Focus::Detail => Focus::List,
                };
            }
            Action::Back if self.clear_filter() => {}
            Action::Back if self.go_back() => {}
            Action::Back => match (self.view, self.focus) {
                (
                    View::Articles | View::People | View::Variants | View::Timeline,
                    Focus::Detail,
                ) => self.focus = Focus::List,
                // The top: Esc never quits at once.
                (View::Articles, Focus::List) => {
                    self.message = Some("Nothing to go back to: q quits".into());
                }
                _ => self.show(View::Articles),
            },
            Action::Bookmark => self.bookmark(),
            Action::Note => self.start_note(),
            Action::Copy => self.copy(),
            Action::OpenUrl => self.open_url(),
            Action::Export => self.export(sheet::Format::Markdown),
            Action::ExportCsv => self.export(sheet::Format::Csv),
            Action::Mark => self.mark(),
            Action::Compare => self.compare_selected(),
            Action::Swap => {
                let c = &self.compare;
                self.compare_articles(c.right, c.left);
            }
            Action::NextDiff => self.next_difference(true),
            Action::PrevDiff => self.next_difference(false),
            Action::Sort => self.cycle_sort(),
            Action::FilterList => self.start_filter(),
            Action::Left | Action::Right => self.sideways(action == Action::Right),
            Action::Filter => self.filter_timeline(),
            Action::ScrollAt { up, column, row } => self.scroll_at(up, column, row),
            Action::ClickAt { column, row } => self.click_at(column, row),
            _ => self.navigate(action),
        }
    }

    /// An action that must wait for the story's parts: Esc still leaves the detail pane, then
    /// goes to the Articles list (the history waits too); the rest is a message.
    fn wait(&mut self, action: Action) {
        match action {
            Action::Back if self.focus == Focus::Detail => self.focus = Focus::List,
            Action::Back if self.view != View::Articles => self.show(View::Articles),
            _ => {
                self.message = Some("Still analysing the corpus: that is ready in a moment".into())
            }
        }
    }

    /// Another view: by its key, the next or previous, or the search (opened from anywhere
    /// it is a jump: Esc comes back, once everything is built).
    fn switch(&mut self, action: Action) {
        match action {
            Action::Show(view) => self.show(view),
            Action::NextView => self.show(View::ALL[(self.view.index() + 1) % View::ALL.len()]),
            Action::PrevView => {
                let n = View::ALL.len();
                self.show(View::ALL[(self.view.index() + n - 1) % n]);
            }
            Action::Search if self.view != View::Search => {
                if self.all_ready() {
                    self.remember();
                }
                self.show(View::Search);
            }
            _ => {}
        }
    }

    fn toggle_help(&mut self) {
        self.overlay = match self.overlay {
            Some(Overlay::Help { .. }) => None,
            _ => Some(Overlay::Help {
                scroll: 0,
                filter: String::new(),
            }),
        };
    }

    pub fn show(&mut self, view: View) {
        if self.view != view {
            self.shapes.editing = None;
            self.view = view;
            self.focus = Focus::List;
            if view == View::Search {
                self.run_search();
            }
        }
    }

    fn sideways(&mut self, right: bool) {
        let column = match self.view {
            View::Timeline => &mut self.timeline_column,
            _ => &mut self.matrix_column,
        };
        *column = if right {
            *column + 1
        } else {
            column.saturating_sub(1)
        };
    }
}
