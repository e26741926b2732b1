//! Whole screens drawn on a `TestBackend` at fixed sizes, driven by real key events: snapshots of
//! the text, plus assertions on the styles that carry meaning.

use parallax::corpus::load_seeds;
use parallax::tui::app::{App, View};
use parallax::tui::prepare;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

fn app(w: u16, h: u16) -> App {
    App::with_data(prepare(load_seeds()), (w, h))
}

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\t' => KeyCode::Tab,
            c => KeyCode::Char(c),
        };
        app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::render(app, &Theme::default(), f)).unwrap();
    t
}

fn screen_text(t: &Terminal<TestBackend>) -> String {
    t.backend().to_string()
}

#[test]
fn article_list_80x24() {
    let mut a = app(80, 24);
    press(&mut a, "j");
    let t = draw(&a);
    insta::assert_snapshot!(screen_text(&t));
    // The selected row is drawn reversed.
    let buf = t.backend().buffer();
    let row = (0..24).find(|&y| buf[(1, y)].symbol() == "c").unwrap();
    assert!(buf[(1, row)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn reader_80x24() {
    let mut a = app(80, 24);
    press(&mut a, "\n");
    insta::assert_snapshot!(screen_text(&draw(&a)));
}

#[test]
fn list_and_reader_side_by_side_160x48() {
    let mut a = app(160, 48);
    press(&mut a, "jj\t");
    let t = draw(&a);
    insta::assert_snapshot!(screen_text(&t));
    // Captions are dimmed (and marked in the gutter, for monochrome terminals).
    let buf = t.backend().buffer();
    let caption_row = (0..48)
        .find(|&y| (0..160).any(|x| buf[(x, y)].symbol() == "▏"))
        .expect("a caption line is visible");
    let x = (0..160)
        .find(|&x| buf[(x, caption_row)].symbol() == "▏")
        .unwrap()
        + 2;
    assert!(buf[(x, caption_row)].modifier.contains(Modifier::ITALIC));
}

#[test]
fn help_80x24_and_160x48() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut a = app(w, h);
        press(&mut a, "?");
        insta::assert_snapshot!(format!("help_{w}x{h}"), screen_text(&draw(&a)));
    }
}

#[test]
fn too_small_says_so() {
    let a = app(50, 10);
    let text = screen_text(&draw(&a));
    assert!(text.contains("Terminal too small: 50x10"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn every_size_draws_without_panic() {
    let mut a = app(80, 24);
    press(&mut a, "\n");
    for (w, h) in [
        (1, 1),
        (2, 30),
        (59, 15),
        (60, 15),
        (61, 16),
        (119, 40),
        (120, 40),
        (300, 100),
    ] {
        a.handle_event(&Event::Resize(w, h));
        draw(&a);
    }
}

#[test]
fn compare_variants_and_matrix_views() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut a = app(w, h);
        press(&mut a, "jjmjc");
        assert_eq!(
            (a.compare.left.index(), a.compare.right.index()),
            (2, 3),
            "marked left, selected right"
        );
        insta::assert_snapshot!(format!("compare_{w}x{h}"), screen_text(&draw(&a)));
        press(&mut a, "7");
        assert_eq!(a.view, View::Variants);
        insta::assert_snapshot!(format!("variants_{w}x{h}"), screen_text(&draw(&a)));
        press(&mut a, "8");
        assert_eq!(a.view, View::Matrix);
        insta::assert_snapshot!(format!("matrix_{w}x{h}"), screen_text(&draw(&a)));
    }
}

#[test]
fn people_and_quotes_views() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut a = app(w, h);
        press(&mut a, "2");
        insta::assert_snapshot!(format!("people_{w}x{h}"), screen_text(&draw(&a)));
        press(&mut a, "3jj");
        insta::assert_snapshot!(format!("quotes_{w}x{h}"), screen_text(&draw(&a)));
    }
}

#[test]
fn timeline_and_search_views() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut a = app(w, h);
        press(&mut a, "4");
        insta::assert_snapshot!(format!("timeline_{w}x{h}"), screen_text(&draw(&a)));
        press(&mut a, "/stoltenberg");
        let t = draw(&a);
        insta::assert_snapshot!(format!("search_{w}x{h}"), screen_text(&t));
        // Matched letters are highlighted in the results.
        let buf = t.backend().buffer();
        let styled = buf
            .content()
            .iter()
            .filter(|c| c.fg == Theme::default().key.fg.unwrap())
            .count();
        assert!(styled > 10, "matched letters drawn in the key colour");
    }
}

/// One statement quoted by 30 outlets, half of them with a word changed.
fn widely_quoted() -> parallax::corpus::Corpus {
    let lines: Vec<String> = (1..=30)
        .map(|i| {
            let word = if i % 2 == 0 { "this" } else { "the" };
            format!(
                r#"{{"id":"a{i:02}","outlet":"Outlet {i:02}","date":"2024-05-0{}","text":"The minister spoke on Monday.\n\n\"We will never accept {word} plan, not now and not later,\" Foreign Minister Lena Ortiz said."}}"#,
                1 + i % 9
            )
        })
        .collect();
    parallax::corpus::load_bytes(
        parallax::corpus::FileFormat::Jsonl,
        "quoted.jsonl",
        lines.join("\n").as_bytes(),
    )
}

#[test]
fn variants_detail_scrolls_to_the_selected_wording() {
    let mut a = App::with_data(prepare(widely_quoted()), (80, 24));
    a.show(parallax::tui::app::View::Variants);
    press(&mut a, "\n");
    let first = screen_text(&draw(&a));
    assert!(first.contains("Outlet 01"), "{first}");
    assert!(
        !first.contains("Outlet 30"),
        "30 wordings cannot fit 24 rows"
    );
    press(&mut a, "G");
    let last = screen_text(&draw(&a));
    assert!(
        last.contains("Outlet 30"),
        "the selected wording is drawn:\n{last}"
    );
}

#[test]
fn the_status_line_counts_one_article_in_the_singular() {
    let c = parallax::corpus::load_bytes(
        parallax::corpus::FileFormat::Text,
        "one.txt",
        b"Title: Ferry\n\nThe ferry sailed on Monday.",
    );
    let screen = screen_text(&draw(&App::with_data(prepare(c), (80, 24))));
    assert!(screen.contains("1 article "), "{screen}");
    assert!(!screen.contains("1 articles"));
}

/// The Timeline's columns are outlets: an outlet with several articles is one column, and
/// each column is labelled with its own outlet (they were labelled by article position, so
/// from the first repeated outlet on every header named the wrong outlet).
#[test]
fn timeline_columns_are_labelled_by_outlet_when_outlets_have_several_articles() {
    let line = |id: &str, outlet: &str| {
        serde_json::json!({
            "id": id,
            "outlet": outlet,
            "date": "2024-05-08",
            "text": "The harbour bridge reopened on Monday after repairs, the council said.",
        })
        .to_string()
    };
    let jsonl = [
        line("a1", "AP"),
        line("a2", "AP"),
        line("b1", "BBC"),
        line("c1", "CNN"),
    ]
    .join("\n");
    let corpus = parallax::corpus::load_bytes(
        parallax::corpus::FileFormat::Jsonl,
        "t.jsonl",
        jsonl.as_bytes(),
    );
    let mut a = App::with_data(prepare(corpus), (120, 30));
    press(&mut a, "4");
    let text = screen_text(&draw(&a));
    let header = text
        .lines()
        .find(|l| l.split_whitespace().any(|w| w == "event"))
        .expect("the timeline's header row");
    let labels: Vec<&str> = header
        .split_whitespace()
        .skip_while(|w| *w != "event")
        .skip(1)
        .filter(|w| !w.starts_with('│'))
        .collect();
    assert_eq!(labels, ["AP", "BBC", "CNN"], "{text}");
    // Every outlet reports the reopening: one mark per outlet column, none for an article.
    let row = text
        .lines()
        .find(|l| l.contains("reopened"))
        .expect("the event's row");
    assert_eq!(row.matches('■').count(), 3, "{text}");
}

/// Where the timeline's days lie in more than one year, every day says its year: the same
/// weekday and month of two years must not read alike.
#[test]
fn timeline_days_say_their_year_when_the_story_spans_years() {
    let line = |id: &str, date: &str| {
        serde_json::json!({
            "id": id,
            "outlet": id,
            "date": date,
            "text": "The harbour council voted on Wednesday to close the old ferry pier.",
        })
        .to_string()
    };
    let jsonl = [line("a", "2017-02-09"), line("b", "2018-02-08")].join("\n");
    let corpus = parallax::corpus::load_bytes(
        parallax::corpus::FileFormat::Jsonl,
        "t.jsonl",
        jsonl.as_bytes(),
    );
    let mut a = App::with_data(prepare(corpus), (120, 30));
    press(&mut a, "4");
    let text = screen_text(&draw(&a));
    assert!(
        text.contains("Wed 2017-02-08") && text.contains("Wed 2018-02-07"),
        "{text}"
    );
    // One year only: the short form.
    let mut a = app(120, 30);
    press(&mut a, "4");
    assert!(screen_text(&draw(&a)).contains("Mon 03-20"));
}

/// The interface is usable before the story's parts are built: the Articles list and the
/// reader at once; a view whose parts are still building says which, and refuses what it
/// cannot do yet; each part arriving opens its views.
#[test]
fn views_open_as_their_parts_are_built() {
    use parallax::story::{Part, Story};
    use parallax::tui::data::Data;
    use std::sync::Arc;
    let data = Data::pending(Arc::new(Story::new(parallax::corpus::load_seeds())));
    let builder = data.builder();
    let mut a = App::with_data(data, (100, 30));
    // Articles and the reader: moved through, opened, with no part built.
    press(&mut a, "j\n");
    assert_eq!(a.reader.article.index(), 1);
    assert!(screen_text(&draw(&a)).contains("Articles (5)"));
    // The People view waits, and says for what.
    press(&mut a, "2");
    assert_eq!(a.view, parallax::tui::app::View::People);
    let s = screen_text(&draw(&a));
    assert!(
        s.contains("The People view opens when its parts are built"),
        "{s}"
    );
    assert!(s.contains("… people, quotes and dates"), "{s}");
    // A command there waits for the analysis, with a message.
    press(&mut a, "b");
    assert!(
        a.message
            .as_deref()
            .unwrap_or("")
            .contains("Still analysing")
    );
    // The parts arrive as the loader's thread reports them.
    let parts = std::sync::Mutex::new(Vec::new());
    builder.build(|p| parts.lock().unwrap().push(p));
    let parts = parts.into_inner().unwrap();
    assert_eq!(parts.len(), Part::ALL.len());
    assert_eq!(parts[0], Part::Analysis, "the analysis first");
    for p in parts {
        a.part_ready(p);
    }
    let s = screen_text(&draw(&a));
    assert!(!s.contains("opens when its parts are built"), "{s}");
    assert!(s.contains("Vladimir Putin"), "{s}");
    press(&mut a, "4");
    assert!(screen_text(&draw(&a)).contains("events"));
}

/// The help says what the symbols of Timeline, Compare and Matrix mean and the search syntax,
/// under the keys (a screen tall enough to hold it all).
#[test]
fn the_help_has_the_legends_and_the_search_syntax() {
    let mut a = app(120, 200);
    press(&mut a, "?");
    let s = screen_text(&draw(&a));
    for needle in [
        "Search (every word must match)",
        "@name",
        "the outlet puts it on another date",
        "only the left or the right article has it",
        "that many of its articles do",
    ] {
        assert!(s.contains(needle), "{needle} not in the help:\n{s}");
    }
}
