//! Strings that come from outside the article text — file names (and so article ids), JSONL ids,
//! outlets, URLs, paths in diagnostics — pass the same cleaner as the text: no control, escape,
//! bidi or zero-width character reaches a table, an export, the JSON or the screen, a newline in
//! a name never breaks a Markdown or CSV row, and an article is still found by its name as the
//! user types it.

use parallax::corpus::load;
use parallax::tui::action::Action;
use parallax::tui::app::{App, Focus, View};
use parallax::tui::prepare;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fs;
use std::path::Path;
use std::process::Command;

/// File stems that carry what a terminal would obey: ESC sequences, BEL, the C1 CSI, a bidi
/// override, a newline, a zero-width space.
const NAMES: [&str; 5] = [
    "esc\u{1b}[31mred",
    "bel\u{7}ring",
    "csi\u{9b}2Jwipe",
    "rtl\u{202e}gnp.exe",
    "two\nlines\u{200d}here",
];

/// What the cleaner makes of each name: the id `parallax articles` shows.
const IDS: [&str; 5] = [
    "escred",
    "belring",
    "csiwipe",
    "rtlgnp.exe",
    "two lineshere",
];

fn story(i: usize) -> String {
    let wording = ["ready to reopen the bridge", "ready to open the bridge"][i % 2];
    format!(
        "Outlet: Harbor\u{1b}]0;pwned\u{7} Daily {i}\nDate: 2024-06-0{}\nURL: https://h.example/\u{202e}{i}\n\n\
         Mayor Ana Ruiz said on Monday that the harbour bridge would reopen. \"We are {wording},\" \
         Ruiz told reporters in Portmouth.\n\nThe council met on Tuesday to approve the plan, \
         according to spokesman Tom Reyes.\n",
        3 + i % 2
    )
}

/// A corpus whose every file name is hostile, with a JSONL file whose id, outlet and URL are
/// too, and a binary file whose name reaches a diagnostic.
fn corpus() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    for (i, name) in NAMES.iter().enumerate() {
        fs::write(d.path().join(format!("{name}.txt")), story(i)).unwrap();
    }
    let line = serde_json::json!({
        "id": "jl\u{9b}0m\u{202e}one",
        "outlet": "Wire\u{202e} Service",
        "url": "https://w.example/\u{1b}[2J",
        "date": "2024-06-03",
        "text": "Mayor Ana Ruiz said on Monday the bridge would reopen. \"We are ready to reopen the bridge,\" Ruiz told reporters.",
    });
    fs::write(d.path().join("feed\u{7}.jsonl"), format!("{line}\n")).unwrap();
    fs::write(
        d.path().join("bi\u{200d}n\u{202e}x\u{1b}]2;x\u{7}.txt"),
        b"\x7fELF\0\0\0\0\0\0",
    )
    .unwrap();
    d
}

/// A character that must never reach the terminal or a file from a name: controls other than
/// the line ends a format uses, bidi controls, zero-width characters.
fn hostile(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\r')
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}' | '\u{feff}')
}

fn assert_clean(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|&c| hostile(c)) {
        panic!("{what}: {c:?} in the output:\n{text}");
    }
    // A CSV row ends with CRLF; a bare CR is not a line end any output uses.
    assert!(
        !text.replace("\r\n", "\n").contains('\r'),
        "{what}: a bare CR"
    );
}

fn run(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("--corpus")
        .arg(dir)
        .args(args)
        .env("PARALLAX_CONFIG", dir.join("no-config.toml"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{args:?}: {stderr}");
    assert_clean(&format!("{args:?} (stderr)"), &stderr);
    stdout
}

/// Every row of every Markdown table has as many cells as its header.
fn assert_markdown_rows(what: &str, md: &str) {
    let cells = |line: &str| line.replace("\\|", "").matches('|').count();
    let mut width = None;
    for line in md.lines() {
        if line.is_empty() || line.starts_with('#') {
            width = None;
            continue;
        }
        assert!(line.starts_with('|'), "{what}: a row broken in two:\n{md}");
        let w = *width.get_or_insert(cells(line));
        assert_eq!(cells(line), w, "{what}: {line}");
    }
}

/// A CSV file of ids and short fields has one record a line: no field is quoted across a line.
fn assert_csv_rows(what: &str, csv: &str) {
    for record in csv.split("\r\n") {
        assert!(
            !record.contains('\n'),
            "{what}: a record spans lines: {record:?}"
        );
    }
}

#[test]
fn ids_are_the_cleaned_file_stems() {
    let d = corpus();
    let c = load(d.path());
    let mut ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    ids.sort_unstable();
    let mut want: Vec<&str> = IDS.iter().copied().chain(["jlone"]).collect();
    want.sort_unstable();
    assert_eq!(ids, want);
    for a in &c.articles {
        for field in [&a.id, &a.outlet, &a.title, a.url.as_ref().unwrap()] {
            assert_clean(&a.id, field);
        }
    }
    for diag in &c.diagnostics {
        assert_clean("a diagnostic", &format!("{} {}", diag.path, diag.message));
    }
    assert_clean("the corpus name", &c.name);
    // An article is found by its id as shown, or by the name as the user types it.
    for (name, id) in NAMES.iter().zip(IDS) {
        assert_eq!(c.find(name), c.find(id), "{name:?}");
        assert!(c.find(id).is_some(), "{id}");
    }
}

#[test]
fn every_cli_output_is_clean() {
    let d = corpus();
    for cmd in [
        "articles", "check", "people", "quotes", "dates", "timeline", "variants", "matrix",
    ] {
        for json in [false, true] {
            let args: Vec<&str> = std::iter::once(cmd)
                .chain(json.then_some("--json"))
                .collect();
            let out = run(d.path(), &args);
            assert_clean(&format!("{args:?}"), &out);
        }
    }
    let articles = run(d.path(), &["articles"]);
    for id in IDS {
        assert!(articles.contains(id), "{id} listed:\n{articles}");
    }
    for json in [&["search", "ruiz"][..], &["search", "ruiz", "--json"]] {
        let out = run(d.path(), json);
        assert!(out.contains("Ruiz"), "{out}");
        assert_clean("search", &out);
    }
    // By the raw name (as a shell passes it) and by the id as shown.
    for (l, r) in [(NAMES[0], NAMES[4]), (IDS[0], IDS[4])] {
        let out = run(d.path(), &["compare", l, r]);
        assert!(
            out.contains("escred") && out.contains("two lineshere"),
            "{out}"
        );
        assert_clean("compare", &out);
        assert_clean(
            "compare --json",
            &run(d.path(), &["compare", l, r, "--json"]),
        );
    }
}

#[test]
fn an_error_repeating_a_name_is_one_clean_line() {
    let d = corpus();
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["--corpus"])
        .arg(d.path())
        .args(["compare", "no\u{1b}]0;x\u{7}\nsuch\u{202e}", IDS[0]])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no such"), "{stderr}");
    assert_clean("the error", &stderr);
}

#[test]
fn every_export_is_clean_and_keeps_its_rows() {
    let d = corpus();
    let exports: [&[&str]; 5] = [
        &["timeline"],
        &["people"],
        &["quotes"],
        &["matrix"],
        &["compare", NAMES[3], NAMES[4]],
    ];
    for what in exports {
        let mut args = vec!["export"];
        args.extend(what);
        let md = run(d.path(), &args);
        assert_clean(&format!("{args:?}"), &md);
        assert_markdown_rows(&format!("{args:?}"), &md);
        args.extend(["--format", "csv"]);
        let csv = run(d.path(), &args);
        assert_clean(&format!("{args:?}"), &csv);
        assert_csv_rows(&format!("{args:?}"), &csv);
    }
    let quotes = run(d.path(), &["export", "quotes"]);
    assert!(quotes.contains("| two lineshere |"), "{quotes}");
}

#[test]
fn the_screen_and_the_interface_exports_are_clean() {
    let d = corpus();
    let out = tempfile::tempdir().unwrap();
    let mut app = App::with_data(prepare(load(d.path())), (120, 40));
    app.export_dir = out.path().to_path_buf();
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut draw = |app: &App| {
        t.draw(|f| view::render(app, &Theme::default(), f)).unwrap();
        let screen: String = t
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert_clean(&format!("{:?} {:?}", app.view, app.focus), &screen);
    };
    for view in View::ALL {
        app.update(Action::Show(view));
        for step in [Action::Down, Action::Open, Action::FocusNext] {
            app.update(step);
            draw(&app);
            app.update(Action::Export);
            draw(&app);
        }
        app.focus = Focus::List;
        app.update(Action::Diagnostics);
        draw(&app);
        app.update(Action::Diagnostics);
    }
    let mut exported = 0;
    for entry in fs::read_dir(out.path()).unwrap() {
        let path = entry.unwrap().path();
        let md = fs::read_to_string(&path).unwrap();
        assert_clean(&path.display().to_string(), &md);
        assert_markdown_rows(&path.display().to_string(), &md);
        exported += 1;
    }
    assert!(exported >= 8, "{exported} exports written");
}
