//! The interface's state machine driven by real key events, without a terminal: bookmarks and
//! notes reach the store, copy produces a citation, export writes a file, mouse clicks select.

use parallax::corpus::load_seeds;
use parallax::store::Store;
use parallax::tui::app::{App, Effect, Focus, Overlay, View};
use parallax::tui::prepare;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

fn app(dir: &std::path::Path) -> App {
    let mut a = App::with_data(prepare(load_seeds()), (100, 30));
    a.store = Some(Store::open_at(dir, "seeds"));
    a.export_dir = dir.to_path_buf();
    a
}

fn key(a: &mut App, code: KeyCode) {
    a.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        key(a, KeyCode::Char(c));
    }
}

#[test]
fn bookmark_an_article_and_find_it_in_the_bookmarks_view() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "jb");
    let tab = View::Bookmarks.key_label();
    assert_eq!(
        a.message,
        Some(format!("Bookmarked ({tab} lists bookmarks)"))
    );
    let saved = Store::open_at(d.path(), "seeds");
    assert_eq!(saved.shelf.bookmarks.len(), 1);
    assert_eq!(saved.shelf.bookmarks[0].article, "001_2cbdeb04ab9505fa");
    typed(&mut a, tab);
    assert_eq!(a.view, View::Bookmarks);
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        (a.view, a.focus, a.reader.article.index()),
        (View::Articles, Focus::Detail, 1)
    );
    // b in the Bookmarks view removes it.
    typed(&mut a, &format!("{tab}b"));
    assert!(Store::open_at(d.path(), "seeds").shelf.bookmarks.is_empty());
}

#[test]
fn notes_are_typed_saved_and_cancelled() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "n");
    assert!(matches!(a.overlay, Some(Overlay::Note { article, .. }) if article.index() == 0));
    // Keys that are bindings elsewhere are text here.
    typed(&mut a, "check q date");
    key(&mut a, KeyCode::Backspace);
    key(&mut a, KeyCode::Enter);
    assert!(!a.quit && a.overlay.is_none());
    assert_eq!(
        Store::open_at(d.path(), "seeds").shelf.notes["000_fc2525b00c8d14c7"],
        "check q dat"
    );
    typed(&mut a, "nxyz");
    key(&mut a, KeyCode::Esc);
    assert_eq!(
        Store::open_at(d.path(), "seeds").shelf.notes["000_fc2525b00c8d14c7"],
        "check q dat"
    );
}

#[test]
fn copy_gives_the_passage_with_its_citation() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "jj");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "y");
    let [Effect::Copy(text)] = a.effects.as_slice() else {
        panic!("{:?}", a.effects)
    };
    assert!(text.starts_with('“'), "{text}");
    assert!(text.ends_with("— Latin Times, 2023-03-21"), "{text}");
}

#[test]
fn export_writes_the_view_to_a_markdown_file() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "e");
    let path = d.path().join("parallax-articles.md");
    assert_eq!(a.message, Some(format!("Exported to {}", path.display())));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# Articles — seeds (bundled)"));
    assert_eq!(text.lines().filter(|l| l.starts_with("| ")).count(), 6);
    typed(&mut a, "e");
    assert!(
        d.path().join("parallax-articles-2.md").exists(),
        "a second export does not overwrite"
    );
}

#[test]
fn shift_e_exports_the_view_as_csv_under_a_new_name() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "E");
    let path = d.path().join("parallax-articles.csv");
    assert_eq!(a.message, Some(format!("Exported to {}", path.display())));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("id,outlet,date,words,title,url\r\n"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 6);
    typed(&mut a, "E");
    assert!(d.path().join("parallax-articles-2.csv").exists());
}

#[test]
fn open_url_asks_the_runtime_or_says_why_not() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "o");
    assert!(
        matches!(&a.effects[..], [Effect::OpenUrl(u)] if u.starts_with("https://www.upi.com/"))
    );
    typed(&mut a, "jjo");
    assert_eq!(
        a.message.as_deref(),
        Some("No URL is known for this article")
    );
}

#[test]
fn help_filters_as_you_type() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "?note");
    assert_eq!(
        a.overlay,
        Some(Overlay::Help {
            scroll: 0,
            filter: "note".into()
        })
    );
    key(&mut a, KeyCode::Esc);
    assert_eq!(
        a.overlay,
        Some(Overlay::Help {
            scroll: 0,
            filter: String::new()
        })
    );
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.overlay, None);
}

#[test]
fn clicks_select_rows_and_tabs() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    let click = |a: &mut App, column, row| {
        a.handle_event(&Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        }))
    };
    // Row 0 tabs; row 1 the list's border; row 2 its header; row 3 the first article.
    click(&mut a, 5, 5);
    assert_eq!(a.articles.selected, 2);
    assert_eq!(a.reader.article.index(), 2);
    let people_tab = parallax::tui::layout::tab_spans(100)[1].1 + 1;
    click(&mut a, people_tab, 0);
    assert_eq!(a.view, View::People);
}

/// A sentence found in the text opens in the reader at the words matched, highlighted; the
/// results and the preview say where it is from.
#[test]
fn search_finds_the_text_and_opens_the_reader_at_the_match() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "/honour guard");
    let hits = a.searcher.results().hits.clone();
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].kind, parallax::search::HitKind::Text);
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    term.draw(|f| parallax::tui::view::render(&a, &parallax::tui::theme::Theme::default(), f))
        .unwrap();
    let screen = format!("{}", term.backend());
    assert!(screen.contains("T An honour guard welcomed Xi"), "{screen}");
    assert!(screen.contains("The Wire, 2023-03-20"), "{screen}");
    key(&mut a, KeyCode::Enter);
    assert_eq!((a.view, a.focus), (View::Articles, Focus::Detail));
    let target = a.reader.target.clone().expect("the match is highlighted");
    let text = &a.data.as_ref().unwrap().corpus().articles[a.reader.article].text;
    assert_eq!(&text[target], "honour guard");
}

#[test]
fn search_types_opens_a_quote_and_esc_returns_with_the_query() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "/");
    assert_eq!(a.view, View::Search);
    typed(&mut a, "q: diplomatic cover");
    let hits = a.searcher.results().hits.clone();
    assert!(hits.len() >= 2, "{hits:?}");
    assert!(
        hits.iter()
            .all(|h| h.kind == parallax::search::HitKind::Quote)
    );
    key(&mut a, KeyCode::Enter);
    assert_eq!((a.view, a.focus), (View::Articles, Focus::Detail));
    let target = a.reader.target.clone().expect("the quote is highlighted");
    let text = &a.data.as_ref().unwrap().corpus().articles[a.reader.article].text;
    assert!(text[target].contains("diplomatic cover"));
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.view, View::Search);
    assert_eq!(a.query, "q: diplomatic cover");
}

#[test]
fn timeline_filters_to_a_person_and_opens_a_source() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    let all = a.timeline_events.len();
    typed(&mut a, "2f");
    assert_eq!(a.view, View::Timeline);
    let person = a.timeline_person.expect("filtered to the first person");
    assert!(a.timeline_events.len() < all && !a.timeline_events.is_empty());
    let data = a.data.as_ref().unwrap();
    for &e in &a.timeline_events {
        assert!(data.story.timeline().events[e].people.contains(&person));
    }
    key(&mut a, KeyCode::Enter);
    key(&mut a, KeyCode::Enter);
    assert_eq!((a.view, a.focus), (View::Articles, Focus::Detail));
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.view, View::Timeline);
    assert_eq!(a.timeline_person, Some(person), "the filter is kept");
}

/// Back goes back: each jump is remembered with the place it left (view, pane, selections,
/// the reader's article and scroll), and Esc returns there, step by step; at the top Esc does
/// not quit.
#[test]
fn esc_retraces_every_jump_and_never_quits_at_the_top() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    // People: the second person, their mentions, the third one opened in the reader.
    typed(&mut a, "2j");
    key(&mut a, KeyCode::Tab);
    typed(&mut a, "jj");
    let (person, item) = (a.people.selected, a.person_items.selected);
    key(&mut a, KeyCode::Enter);
    assert_eq!((a.view, a.focus), (View::Articles, Focus::Detail));
    let first_article = a.reader.article;
    // From the reader to a search result.
    typed(&mut a, "/");
    typed(&mut a, "q:peace");
    key(&mut a, KeyCode::Down);
    let result = a.results.selected;
    key(&mut a, KeyCode::Enter);
    assert_eq!((a.view, a.focus), (View::Articles, Focus::Detail));
    // Back to the search, its query and selected result kept.
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.view, View::Search);
    assert_eq!((a.query.as_str(), a.results.selected), ("q:peace", result));
    // In Search, Esc first clears the query (as fzf does); then back to the reader as it was
    // when search was opened, then to People with the same person and mention.
    key(&mut a, KeyCode::Esc);
    assert_eq!((a.view, a.query.as_str()), (View::Search, ""));
    key(&mut a, KeyCode::Esc);
    assert_eq!((a.view, a.reader.article), (View::Articles, first_article));
    key(&mut a, KeyCode::Esc);
    assert_eq!(
        (a.view, a.focus, a.people.selected, a.person_items.selected),
        (View::People, Focus::Detail, person, item)
    );
    // Nothing more to retrace: up to the list, then the Articles view, and there Esc stays.
    key(&mut a, KeyCode::Esc);
    assert_eq!((a.view, a.focus), (View::People, Focus::List));
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.view, View::Articles);
    key(&mut a, KeyCode::Esc);
    key(&mut a, KeyCode::Esc);
    assert!(!a.quit);
    assert_eq!(a.view, View::Articles);
    typed(&mut a, "q");
    assert!(a.quit);
}

/// `s` in People sorts by mentions, quotes, articles and name in turn, credits last, and
/// keeps the selected person selected.
#[test]
fn the_people_list_sorts_by_quotes_articles_and_name() {
    use parallax::analysis::PersonKind;
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path());
    typed(&mut a, "2j");
    let selected = a.selected_person();
    typed(&mut a, "s");
    assert_eq!(a.message.as_deref(), Some("People sorted by quotes"));
    assert_eq!(
        a.selected_person(),
        selected,
        "the selection follows the person"
    );
    let data = a.data.as_ref().unwrap();
    let people = &data.analysis().people;
    let keys: Vec<(bool, std::cmp::Reverse<usize>)> = (a.people_order.iter())
        .map(|&p| {
            let credit = people[p].kind == PersonKind::Credit;
            (credit, std::cmp::Reverse(data.quote_count(p)))
        })
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    assert!(data.quote_count(a.people_order[0]) > 0);
    typed(&mut a, "ss");
    assert_eq!(a.message.as_deref(), Some("People sorted by name"));
    let data = a.data.as_ref().unwrap();
    let actors: Vec<String> = (a.people_order.iter())
        .map(|&p| &data.analysis().people[p])
        .filter(|p| p.kind == PersonKind::Actor)
        .map(|p| p.name.to_lowercase())
        .collect();
    assert!(actors.windows(2).all(|w| w[0] <= w[1]), "{actors:?}");
}
