//! Filter and sort over every list. The Articles, People, Quotes, Timeline and Bookmarks lists
//! each keep a filter (the search's query syntax, typed after `F`, answered on every key) and a
//! sort key (`s` cycles), and show their rows in the order these give. The selection follows its
//! row when the order changes; when its row is filtered out, the first row is selected.

use super::search::add_bounded;
use super::{App, View};
use crate::analysis::{PersonKind, QuoteKind};
use crate::ids::{ArticleId, EventId, PersonId, QuoteId};
use crate::search::{Filter, MAX_QUERY_CHARS};
use crate::tui::list::Cursor;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use rayon::prelude::*;
use std::cmp::Reverse;

/// A list that can be filtered and sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Articles,
    People,
    Quotes,
    Events,
    Bookmarks,
}

impl List {
    /// The list a view shows, if any.
    pub fn of(view: View) -> Option<List> {
        match view {
            View::Articles => Some(List::Articles),
            View::People => Some(List::People),
            View::Quotes => Some(List::Quotes),
            View::Timeline => Some(List::Events),
            View::Bookmarks => Some(List::Bookmarks),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    pub fn title(self) -> &'static str {
        match self {
            List::Articles => "Articles",
            List::People => "People",
            List::Quotes => "Quotes",
            List::Events => "Events",
            List::Bookmarks => "Bookmarks",
        }
    }

    /// The sort keys `s` cycles through; the first is the list's own order.
    pub fn sorts(self) -> &'static [Sort] {
        match self {
            List::Articles => &[Sort::Given, Sort::Date, Sort::Outlet, Sort::Title],
            List::People => &[Sort::Mentions, Sort::Quotes, Sort::Articles, Sort::Name],
            List::Quotes => &[Sort::Given, Sort::Speaker, Sort::Outlet, Sort::Date],
            List::Events => &[Sort::Given, Sort::Sources],
            List::Bookmarks => &[Sort::Given, Sort::Date, Sort::Outlet, Sort::Kind],
        }
    }
}

/// What a list is sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// The list's own order: the corpus's, the articles', the timeline's, the bookmarking's.
    Given,
    /// The article's publication date, oldest first, undated last.
    Date,
    Outlet,
    Title,
    Speaker,
    Kind,
    /// Most first.
    Mentions,
    Quotes,
    Articles,
    Sources,
    Name,
}

impl Sort {
    pub fn name(self, list: List) -> &'static str {
        match (self, list) {
            (Sort::Given, List::Articles) => "corpus order",
            (Sort::Given, List::Quotes) => "article order",
            (Sort::Given, List::Events) => "date",
            (Sort::Given, _) => "when added",
            (Sort::Date, _) => "date",
            (Sort::Outlet, _) => "outlet",
            (Sort::Title, _) => "title",
            (Sort::Speaker, _) => "speaker",
            (Sort::Kind, _) => "kind",
            (Sort::Mentions, _) => "mentions",
            (Sort::Quotes, _) => "quotes",
            (Sort::Articles, _) => "articles",
            (Sort::Sources, _) => "sources",
            (Sort::Name, _) => "name",
        }
    }
}

/// A list's filter as typed, and which of its sort keys is in use.
#[derive(Clone, Debug, Default)]
pub struct Shape {
    pub filter: String,
    sort: usize,
}

/// The filters and sort keys of every list, and which filter line has the keys.
#[derive(Clone, Debug, Default)]
pub struct Shapes {
    shapes: [Shape; 5],
    /// The list whose filter line is being typed into.
    pub editing: Option<List>,
    /// A filter changed since the rows were last chosen (answered once per batch of keys).
    due: Option<List>,
    /// The filter each list's rows answer now: a filter typed longer narrows from them.
    answered: [String; 5],
}

impl Shapes {
    pub fn get(&self, list: List) -> &Shape {
        &self.shapes[list.index()]
    }

    pub fn sort(&self, list: List) -> Sort {
        list.sorts()[self.get(list).sort % list.sorts().len()]
    }
}

impl App {
    /// `F`: the filter line of the view's list takes the keys.
    pub(super) fn start_filter(&mut self) {
        match List::of(self.view) {
            Some(list) => {
                self.shapes.editing = Some(list);
                self.focus = super::Focus::List;
            }
            None => self.message = Some("This view has no list to filter".into()),
        }
    }

    /// While a filter line has the keys: printable keys edit it, Enter keeps it, Esc clears
    /// it. Other keys (arrows, pages) move in the list as ever. True when the key was used.
    pub(super) fn type_into_filter(&mut self, key: KeyEvent) -> bool {
        let Some(list) = self.shapes.editing.filter(|_| self.overlay.is_none()) else {
            return false;
        };
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let filter = &mut self.shapes.shapes[list.index()].filter;
        match key.code {
            KeyCode::Char(c) if plain => {
                if add_bounded(filter, c.encode_utf8(&mut [0; 4]), MAX_QUERY_CHARS) {
                    self.message = Some(format!(
                        "Filters are limited to {MAX_QUERY_CHARS} characters"
                    ));
                }
            }
            KeyCode::Char('u') if key.modifiers == KeyModifiers::CONTROL => filter.clear(),
            KeyCode::Backspace => {
                filter.pop();
            }
            KeyCode::Enter => {
                self.shapes.editing = None;
                return true;
            }
            KeyCode::Esc => {
                filter.clear();
                self.shapes.editing = None;
            }
            _ => return false,
        }
        self.shapes.due = Some(list);
        true
    }

    /// Esc over a filtered list clears its filter first. True when it did.
    pub(super) fn clear_filter(&mut self) -> bool {
        let Some(list) = List::of(self.view).filter(|_| self.focus == super::Focus::List) else {
            return false;
        };
        if self.shapes.get(list).filter.is_empty() {
            return false;
        }
        self.shapes.shapes[list.index()].filter.clear();
        self.reshape(list);
        self.message = Some("Filter cleared".into());
        true
    }

    /// Pasted text into the filter line being typed, as one bounded line.
    pub(super) fn paste_into_filter(&mut self, pasted: &str) -> bool {
        let Some(list) = self.shapes.editing else {
            return false;
        };
        add_bounded(
            &mut self.shapes.shapes[list.index()].filter,
            pasted,
            MAX_QUERY_CHARS,
        );
        self.shapes.due = Some(list);
        true
    }

    /// Chooses the rows of a list whose filter changed since the last batch of keys.
    pub(super) fn settle_filter(&mut self) {
        if let Some(list) = self.shapes.due.take() {
            let answered = Filter::new(&self.shapes.answered[list.index()]);
            let narrow = Filter::new(&self.shapes.get(list).filter).refines(&answered);
            self.choose_rows(list, narrow);
        }
    }

    /// `s`: the next sort key of the view's list (the Matrix has its own).
    pub(super) fn cycle_sort(&mut self) {
        let Some(list) = List::of(self.view) else {
            return self.sort_matrix();
        };
        let shape = &mut self.shapes.shapes[list.index()];
        shape.sort = (shape.sort + 1) % list.sorts().len();
        self.reshape(list);
        self.message = Some(format!(
            "{} sorted by {}",
            list.title(),
            self.shapes.sort(list).name(list)
        ));
    }

    /// The Timeline's rows before its filter: every event, or one person's.
    pub(super) fn set_timeline_base(&mut self, person: Option<PersonId>) {
        self.timeline_person = person;
        self.reshape(List::Events);
    }

    /// Chooses and orders the rows of `list` from its filter and sort key, from all its rows;
    /// the selected row stays selected where it is still shown.
    pub(super) fn reshape(&mut self, list: List) {
        self.choose_rows(list, false);
    }

    /// [`App::reshape`], from the rows shown now when `narrow` (the filter was typed longer).
    fn choose_rows(&mut self, list: List, narrow: bool) {
        let Some(data) = &self.data else { return };
        let typed = &self.shapes.get(list).filter;
        let filter = Filter::new(typed);
        self.shapes.answered[list.index()] = typed.clone();
        let sort = self.shapes.sort(list);
        let corpus = data.corpus();
        let keep = |text: &[&str], names: &[&str], speaker: Option<&str>| {
            filter.matches(text, names, speaker)
        };
        // The rows to test: those shown, when the filter narrows them, else all of them.
        fn choose<T: Copy + Send + Sync>(
            shown: &[T],
            all: impl FnOnce() -> Vec<T>,
            narrow: bool,
            empty: bool,
            keep: impl Fn(T) -> bool + Sync,
        ) -> Vec<T> {
            let from = if narrow { shown.to_vec() } else { all() };
            if empty {
                return from;
            }
            // Both cores: the quotes of a large corpus are a few hundred thousand rows.
            from.into_par_iter().filter(|&t| keep(t)).collect()
        }
        let empty = filter.is_empty();
        match list {
            List::Articles => {
                let a = &corpus.articles;
                let all = || ArticleId::all(a.len()).collect();
                let mut rows = choose(&self.articles_order, all, narrow, empty, |i| {
                    let x = &a[i];
                    let date = x.date_label();
                    let mut names = vec![x.outlet.as_str(), &date, &x.id];
                    names.extend(x.authors.iter().map(String::as_str));
                    keep(&[x.title.as_str()], &names, None)
                });
                match sort {
                    Sort::Date => rows.sort_by_key(|&i| undated_last(a[i].date)),
                    Sort::Outlet => rows.sort_by_cached_key(|&i| a[i].outlet.to_lowercase()),
                    Sort::Title => rows.sort_by_cached_key(|&i| a[i].title.to_lowercase()),
                    _ => {}
                }
                replace_rows(&mut self.articles_order, &mut self.articles, rows);
            }
            List::People => {
                let analysis = data.analysis();
                let people = &analysis.people;
                let all = || data.people().to_vec();
                let mut rows = choose(&self.people_order, all, narrow, empty, |p| {
                    let x = &people[p];
                    let mut names = vec![x.name.as_str()];
                    names.extend(x.aliases.iter().map(String::as_str));
                    let roles: Vec<&str> = x.roles.iter().map(String::as_str).collect();
                    keep(&roles, &names, None)
                });
                rows.sort_by_cached_key(|&p| {
                    let x = &people[p];
                    let count = match sort {
                        Sort::Quotes => data.quote_count(p),
                        Sort::Articles => x.articles.len(),
                        Sort::Name => 0,
                        _ => x.mentions.len(),
                    };
                    (
                        x.kind == PersonKind::Credit,
                        Reverse(count),
                        x.name.to_lowercase(),
                    )
                });
                if replace_rows(&mut self.people_order, &mut self.people, rows) {
                    self.person_items = Cursor::default();
                }
            }
            List::Quotes => {
                let analysis = data.analysis();
                let q = &analysis.quotes;
                let outlet = |i: QuoteId| corpus.articles[q[i].article].outlet.as_str();
                let all = || QuoteId::all(q.len()).collect();
                let mut rows = choose(&self.quotes_order, all, narrow, empty, |i| {
                    let kind = match q[i].kind {
                        QuoteKind::Full => "full",
                        QuoteKind::Fragment => "fragment",
                    };
                    let who = analysis.speaker_name(&q[i]);
                    let names = [outlet(i), kind, who.unwrap_or("")];
                    keep(&[q[i].text.as_str()], &names, who)
                });
                match sort {
                    Sort::Speaker => rows.sort_by_cached_key(|&i| {
                        let who = analysis.speaker_name(&q[i]);
                        (who.is_none(), who.map(str::to_lowercase))
                    }),
                    Sort::Outlet => rows.sort_by_cached_key(|&i| outlet(i).to_lowercase()),
                    Sort::Date => {
                        rows.sort_by_key(|&i| undated_last(corpus.articles[q[i].article].date))
                    }
                    _ => {}
                }
                replace_rows(&mut self.quotes_order, &mut self.quotes, rows);
            }
            List::Events => {
                let analysis = data.analysis();
                let timeline = data.story.timeline();
                let all = || match self.timeline_person {
                    Some(p) => timeline.events_of_person(p),
                    None => EventId::all(timeline.events.len()).collect(),
                };
                let mut rows = choose(&self.timeline_events, all, narrow, empty, |e| {
                    let x = &timeline.events[e.index()];
                    let names: Vec<&str> = (x.people.iter())
                        .map(|&p| analysis.people[p].name.as_str())
                        .collect();
                    keep(&[x.label.as_str()], &names, None)
                });
                if sort == Sort::Sources {
                    rows.sort_by_key(|&e| Reverse(timeline.events[e.index()].reporting.len()));
                }
                if replace_rows(&mut self.timeline_events, &mut self.timeline, rows) {
                    self.timeline_sources = Cursor::default();
                }
            }
            // Computed when shown ([`App::bookmark_rows`]): a shelf holds a few hundred at most,
            // and another parallax may change it meanwhile.
            List::Bookmarks => self.bookmarks = Cursor::default(),
        }
        let rows = crate::tui::layout::list_rows(self);
        self.cursor_of(list).reveal(rows);
        // The reader beside the Articles list shows the row selected.
        if list == List::Articles
            && let Some(a) = self.selected_article()
            && a != self.reader.article
        {
            self.open_article(a, None);
        }
    }

    fn cursor_of(&mut self, list: List) -> &mut Cursor {
        match list {
            List::Articles => &mut self.articles,
            List::People => &mut self.people,
            List::Quotes => &mut self.quotes,
            List::Events => &mut self.timeline,
            List::Bookmarks => &mut self.bookmarks,
        }
    }

    /// The bookmarks shown, as indices into the shelf: filtered and sorted.
    pub fn bookmark_rows(&self) -> Vec<usize> {
        let (Some(data), Some(store)) = (&self.data, &self.store) else {
            return Vec::new();
        };
        let marks = &store.shelf.bookmarks;
        let filter = Filter::new(&self.shapes.get(List::Bookmarks).filter);
        let article =
            |i: usize| (data.corpus().find(&marks[i].article)).map(|a| &data.corpus().articles[a]);
        let kind = |i: usize| format!("{:?}", marks[i].kind).to_lowercase();
        let mut rows: Vec<usize> = (0..marks.len())
            .filter(|&i| {
                let outlet = article(i).map_or("", |a| a.outlet.as_str());
                let kind = kind(i);
                let names = [outlet, &kind, &marks[i].article];
                filter.is_empty() || filter.matches(&[marks[i].label.as_str()], &names, None)
            })
            .collect();
        match self.shapes.sort(List::Bookmarks) {
            Sort::Date => rows.sort_by_key(|&i| undated_last(article(i).and_then(|a| a.date))),
            Sort::Outlet => {
                rows.sort_by_cached_key(|&i| article(i).map(|a| a.outlet.to_lowercase()))
            }
            Sort::Kind => rows.sort_by_cached_key(|&i| kind(i)),
            _ => {}
        }
        rows
    }

    /// The bookmark selected in the Bookmarks list, as an index into the shelf.
    pub(super) fn selected_bookmark(&self) -> Option<usize> {
        self.bookmark_rows().get(self.bookmarks.selected).copied()
    }

    /// The article selected in the Articles list.
    pub fn selected_article(&self) -> Option<ArticleId> {
        self.articles_order.get(self.articles.selected).copied()
    }

    /// The quote selected in the Quotes list.
    pub fn selected_quote(&self) -> Option<QuoteId> {
        self.quotes_order.get(self.quotes.selected).copied()
    }
}

/// Puts `rows` in place of the list `order` that `cursor` moves over, the selection following
/// its row (else the top). True when another row is selected now.
fn replace_rows<T: PartialEq + Copy>(
    order: &mut Vec<T>,
    cursor: &mut Cursor,
    rows: Vec<T>,
) -> bool {
    let before = order.get(cursor.selected).copied();
    cursor.selected = before
        .and_then(|b| rows.iter().position(|&r| r == b))
        .unwrap_or(0);
    let changed = rows.get(cursor.selected).copied() != before;
    *order = rows;
    changed
}

/// A date as a sort key: oldest first, undated last.
fn undated_last(date: Option<crate::date::Date>) -> (bool, Option<crate::date::Date>) {
    (date.is_none(), date)
}
