//! Filter and sort in every list, driven by real keys: `F` opens the list's filter line (the
//! search's syntax, answered on every key), Enter keeps it, Esc clears it; `s` cycles the sort
//! keys; the selection follows its row; the pane says what is shown.

use parallax::corpus::load_seeds;
use parallax::store::Store;
use parallax::tui::app::{App, Focus, View};
use parallax::tui::data::Data;
use parallax::tui::prepare;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn app(dir: &std::path::Path, size: (u16, u16)) -> App {
    let mut a = App::with_data(prepare(load_seeds()), size);
    a.store = Some(Store::open_at(dir, "seeds"));
    a
}

/// The interface on the seeds with a store in a temporary directory, and the same story
/// analysed apart, to read the expected rows from.
fn setup() -> (tempfile::TempDir, App, Data) {
    let d = tempfile::tempdir().unwrap();
    let a = app(d.path(), (120, 30));
    (d, a, prepare(load_seeds()))
}

fn key(a: &mut App, code: KeyCode) {
    a.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        key(a, KeyCode::Char(c));
    }
}

fn screen(a: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(a.size.0, a.size.1)).unwrap();
    t.draw(|f| view::render(a, &Theme::default(), f)).unwrap();
    t.backend().to_string()
}

#[test]
fn the_articles_list_filters_as_you_type_and_esc_clears() {
    let (_dir, mut a, r) = setup();
    let data = &r;
    let total = data.corpus().articles.len();
    let outlet = data.corpus().articles[2].outlet.clone();
    let of_outlet = (data.corpus().articles.iter())
        .filter(|x| x.outlet == outlet)
        .count();
    key(&mut a, KeyCode::Char('F'));
    // Keys that are bindings elsewhere ("j", "q", digits) are text in the filter line.
    typed(&mut a, &format!("'{}", outlet.to_lowercase()));
    assert!(!a.quit && a.view == View::Articles);
    let shown = a.articles_order.len();
    assert!(shown >= of_outlet && shown < total, "{shown} of {total}");
    let text = screen(&a);
    assert!(
        text.contains(&format!("Articles ({shown} of {total})")),
        "{text}"
    );
    assert!(
        text.contains("filter: '"),
        "the filter line is on the pane: {text}"
    );
    key(&mut a, KeyCode::Enter);
    // The filter stays; the keys move in the list again, over the rows shown.
    key(&mut a, KeyCode::Char('G'));
    assert_eq!(a.articles.selected, shown - 1);
    let last = a.selected_article().unwrap();
    assert_eq!(
        a.reader.article, last,
        "the reader follows the filtered list"
    );
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.articles_order.len(), total);
    assert_eq!(a.message.as_deref(), Some("Filter cleared"));
    assert_eq!(
        a.selected_article(),
        Some(last),
        "the selection follows its row"
    );
}

#[test]
fn articles_sort_by_date_outlet_and_title() {
    let (_dir, mut a, r) = setup();
    typed(&mut a, "s");
    assert_eq!(a.message.as_deref(), Some("Articles sorted by date"));
    let data = &r;
    let dates: Vec<_> = (a.articles_order.iter())
        .map(|&i| data.corpus().articles[i].date)
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    typed(&mut a, "s");
    let outlets: Vec<String> = (a.articles_order.iter())
        .map(|&i| data.corpus().articles[i].outlet.to_lowercase())
        .collect();
    assert!(outlets.windows(2).all(|w| w[0] <= w[1]), "{outlets:?}");
    assert!(screen(&a).contains("· by outlet"));
}

#[test]
fn quotes_filter_by_speaker_and_kind_and_sort_by_speaker() {
    let (_dir, mut a, r) = setup();
    let data = &r;
    let analysis = data.analysis();
    let total = analysis.quotes.len();
    let (name, count) = {
        let q = (analysis.quotes.iter())
            .find(|q| q.speaker.is_some())
            .unwrap();
        let name = analysis.speaker_name(q).unwrap().to_string();
        let surname = name.rsplit(' ').next().unwrap().to_lowercase();
        let count = (analysis.quotes.iter())
            .filter(|q| analysis.spoken_by(q, Some(&surname)))
            .count();
        (surname, count)
    };
    typed(&mut a, "3F");
    typed(&mut a, &format!("@{name}"));
    key(&mut a, KeyCode::Enter);
    assert_eq!(a.quotes_order.len(), count);
    assert!(count < total);
    let data = &r;
    let analysis = data.analysis();
    for &q in &a.quotes_order {
        let who = analysis.speaker_name(&analysis.quotes[q]).unwrap();
        assert!(who.to_lowercase().contains(&name), "{who}");
    }
    // Esc clears, then a filter on the kind: fragments only.
    key(&mut a, KeyCode::Esc);
    typed(&mut a, "F^fragment$");
    key(&mut a, KeyCode::Enter);
    let fragments = (analysis.quotes.iter())
        .filter(|q| q.kind == parallax::analysis::QuoteKind::Fragment)
        .count();
    assert_eq!(a.quotes_order.len(), fragments);
    key(&mut a, KeyCode::Esc);
    typed(&mut a, "s");
    assert_eq!(a.message.as_deref(), Some("Quotes sorted by speaker"));
    let names: Vec<Option<String>> = (a.quotes_order.iter())
        .map(|&q| {
            analysis
                .speaker_name(&analysis.quotes[q])
                .map(str::to_lowercase)
        })
        .collect();
    let credited: Vec<_> = names.iter().take_while(|n| n.is_some()).collect();
    assert!(credited.windows(2).all(|w| w[0] <= w[1]));
    assert!(
        names[credited.len()..].iter().all(Option::is_none),
        "no speaker last"
    );
}

#[test]
fn the_quote_preview_shows_the_sentence_with_the_cue() {
    let (_dir, mut a, r) = setup();
    typed(&mut a, "3");
    // The first quote whose cue is written in its own sentence.
    let data = &r;
    let analysis = data.analysis();
    let (row, q) = (a.quotes_order.iter().enumerate())
        .map(|(row, &q)| (row, &analysis.quotes[q]))
        .find(|(_, q)| {
            let s = analysis.sentence_text(data.corpus(), q.sentence);
            q.cue.as_deref().is_some_and(|c| s.contains(c)) && s.len() < 150
        })
        .expect("a quote with its cue in its sentence");
    let sentence = analysis
        .sentence_text(data.corpus(), q.sentence)
        .to_string();
    let cue = q.cue.as_deref().unwrap().to_string();
    for _ in 0..row {
        key(&mut a, KeyCode::Down);
    }
    let mut t = Terminal::new(TestBackend::new(120, 30)).unwrap();
    t.draw(|f| view::render(&a, &Theme::default(), f)).unwrap();
    let text = t.backend().to_string();
    let first_words: String = sentence
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(&first_words), "{first_words:?} in {text}");
    // The cue is marked (underlined) where the sentence prints it.
    let buffer = t.backend().buffer();
    let underlined: String = (buffer.content.iter())
        .filter(|c| c.modifier.contains(ratatui::style::Modifier::UNDERLINED))
        .map(|c| c.symbol())
        .collect();
    assert!(underlined.contains(&cue), "{underlined:?} holds {cue:?}");
}

#[test]
fn events_and_bookmarks_filter_and_sort_too() {
    let (_dir, mut a, r) = setup();
    // Two bookmarks: the first two articles.
    typed(&mut a, "bjb");
    typed(&mut a, "9");
    assert_eq!(a.bookmark_rows().len(), 2);
    let data = &r;
    let second = data.corpus().articles[1].title.clone();
    let word = second.split_whitespace().max_by_key(|w| w.len()).unwrap();
    typed(&mut a, &format!("F'{}", word.to_lowercase()));
    key(&mut a, KeyCode::Enter);
    let rows = a.bookmark_rows();
    assert!(!rows.is_empty() && rows.len() <= 2);
    let store = a.store.as_ref().unwrap();
    assert!(rows.iter().all(|&i| {
        store.shelf.bookmarks[i]
            .label
            .to_lowercase()
            .contains(&word.to_lowercase())
            || store.shelf.bookmarks[i]
                .article
                .contains(&word.to_lowercase())
    }));

    typed(&mut a, "4");
    let all = a.timeline_events.len();
    let t = r.story.timeline();
    let label = t.events[a.timeline_events[0]].label.clone();
    let word = label
        .split_whitespace()
        .max_by_key(|w| w.len())
        .unwrap()
        .to_lowercase();
    typed(&mut a, &format!("F'{word}"));
    assert!(!a.timeline_events.is_empty() && a.timeline_events.len() <= all);
    for &e in &a.timeline_events {
        let e = &t.events[e];
        let people = e
            .people
            .iter()
            .map(|&p| r.analysis().people[p].name.to_lowercase());
        assert!(
            e.label.to_lowercase().contains(&word) || people.into_iter().any(|n| n.contains(&word))
        );
    }
    key(&mut a, KeyCode::Esc);
    assert_eq!(a.timeline_events.len(), all, "Esc in the line clears it");
    assert_eq!(a.focus, Focus::List);
    typed(&mut a, "s");
    let sources: Vec<usize> = (a.timeline_events.iter())
        .map(|&e| t.events[e].reporting.len())
        .collect();
    assert!(sources.windows(2).all(|w| w[0] >= w[1]), "{sources:?}");
}

#[test]
fn exports_follow_the_filtered_sorted_list() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path(), (120, 30));
    a.export_dir = d.path().to_path_buf();
    let r = prepare(load_seeds());
    let analysis = r.analysis();
    let speaker = (analysis.quotes.iter())
        .find_map(|q| analysis.speaker_name(q))
        .unwrap()
        .rsplit(' ')
        .next()
        .unwrap()
        .to_lowercase();
    typed(&mut a, &format!("3F@{speaker}"));
    key(&mut a, KeyCode::Enter);
    typed(&mut a, "s"); // by speaker: the export keeps the order shown
    let shown = a.quotes_order.len();
    typed(&mut a, "E");
    let csv = std::fs::read_to_string(d.path().join("parallax-quotes.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines.len(),
        shown + 1,
        "the header and the rows shown: {csv}"
    );
    let texts: Vec<&str> = (a.quotes_order.iter())
        .map(|&q| analysis.quotes[q].text.as_str())
        .collect();
    for (line, text) in lines[1..].iter().zip(&texts) {
        let first_words: String = text
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(line.contains(&first_words), "{line} holds {first_words}");
    }
    typed(&mut a, "e");
    let md = std::fs::read_to_string(d.path().join("parallax-quotes.md")).unwrap();
    assert!(
        md.starts_with("# Quotes")
            && md
                .lines()
                .next()
                .unwrap()
                .contains(&format!("(filter: @{speaker})")),
        "{md}"
    );
}

#[test]
fn the_status_bar_says_what_keys_do_in_the_filter_line() {
    let d = tempfile::tempdir().unwrap();
    let mut a = app(d.path(), (100, 30));
    typed(&mut a, "3F");
    let status = screen(&a).lines().last().unwrap().to_string();
    assert!(
        status.contains("Enter keep the filter") && status.contains("Esc clear it"),
        "{status}"
    );
    key(&mut a, KeyCode::Enter);
    let status = screen(&a).lines().last().unwrap().to_string();
    assert!(!status.contains("keep the filter"), "{status}");
}
