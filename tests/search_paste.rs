//! A query is one line of bounded length however it arrives: typed, pasted as one bracketed
//! paste, or pasted as a flood of key events by a terminal without bracketed paste. Each key's
//! work is bounded, so a 100 KB paste leaves the interface answering at once.

use parallax::corpus::load_seeds;
use parallax::search::MAX_QUERY_CHARS;
use parallax::tui::action::Action;
use parallax::tui::app::{App, View};
use parallax::tui::prepare;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::process::Command;
use std::time::{Duration, Instant};

/// 100 KB of what a careless paste holds: words, newlines, tabs, an escape sequence.
fn paste() -> String {
    "putin\tsaid \u{1b}[31mpeace\ntalks ".repeat(100_000 / 30)
}

/// `parallax search QUERY`, as a script runs it.
fn cli_search(query: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["search", query, "--json"])
        .output()
        .unwrap()
}

fn search_app() -> App {
    let mut app = App::with_data(prepare(load_seeds()), (100, 30));
    app.update(Action::Show(View::Search));
    app
}

#[test]
fn a_bracketed_paste_is_one_clean_line_cut_to_the_limit() {
    let mut app = search_app();
    app.handle_event(&Event::Paste(paste()));
    assert_eq!(
        app.query.chars().count(),
        MAX_QUERY_CHARS,
        "{:?}",
        app.query
    );
    assert!(
        app.query.starts_with("putin said peace talks putin"),
        "{:?}",
        app.query
    );
    assert!(
        !app.query.contains(|c: char| c.is_control()),
        "{:?}",
        app.query
    );
    let message = app.message.clone().unwrap_or_default();
    assert!(message.contains(&MAX_QUERY_CHARS.to_string()), "{message}");
    // The results are those of the query as it stands.
    assert_eq!(app.searcher.results().query, app.query);
    // Typing on at the limit is refused with the same message; Backspace still works.
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char('x'),
        KeyModifiers::NONE,
    )));
    assert_eq!(app.query.chars().count(), MAX_QUERY_CHARS);
    app.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Backspace,
        KeyModifiers::NONE,
    )));
    assert_eq!(app.query.chars().count(), MAX_QUERY_CHARS - 1);
}

#[test]
fn a_paste_as_a_flood_of_keys_is_answered_once_and_bounded() {
    let mut app = search_app();
    // One line (a newline sent as a key is Enter, which opens a result, as typed it would).
    let keys: Vec<Event> = paste()
        .replace(['\n', '\t'], " ")
        .chars()
        .map(|c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)))
        .collect();
    let start = Instant::now();
    app.handle_events(&keys);
    let took = start.elapsed();
    assert!(
        app.query.chars().count() <= MAX_QUERY_CHARS,
        "{}",
        app.query.len()
    );
    assert!(app.query.starts_with("putin"), "{:?}", app.query);
    assert_eq!(app.searcher.results().query, app.query);
    // Each key costs a push, not a search: the whole flood is well under a second even
    // unoptimised (searching on every key of it took minutes).
    assert!(took < Duration::from_secs(5), "{took:?}");
}

#[test]
fn the_cli_refuses_a_query_over_the_limit() {
    let long = "peace ".repeat(20_000);
    let out = cli_search(&long);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&MAX_QUERY_CHARS.to_string()), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let at_limit = "p".repeat(MAX_QUERY_CHARS);
    let out = cli_search(&at_limit);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_query_is_read_for_at_most_sixteen_distinct_terms() {
    use parallax::search::query::{MAX_TERMS, parse};
    // Repeating a term narrows nothing: it is read once, so it costs one scan, not a hundred.
    let repeated = parse(&"a ".repeat(128));
    assert_eq!(repeated.groups.len(), 1);
    assert_eq!(repeated.ignored, 0);
    let many: Vec<String> = (0..20).map(|i| format!("w{i}")).collect();
    let q = parse(&many.join(" "));
    assert_eq!(q.groups.len(), MAX_TERMS);
    assert_eq!(q.ignored, 20 - MAX_TERMS);
    let speakers = parse(&"@x @y ".repeat(40));
    assert_eq!((speakers.speakers.len(), speakers.ignored), (2, 0));
    // The interface says so; the CLI refuses.
    let mut app = search_app();
    app.handle_event(&Event::Paste(many.join(" ")));
    let message = app.message.clone().unwrap_or_default();
    assert!(message.contains(&MAX_TERMS.to_string()), "{message}");
    let out = cli_search(&many.join(" "));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("terms"));
}
