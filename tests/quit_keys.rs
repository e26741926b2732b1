//! A config can rebind every key, but never lock the user in: Ctrl-C always quits, and a
//! `[keys]` table that leaves no working quit key is a warning, the default quit keys staying.

use parallax::corpus::load_seeds;
use parallax::tui::action::{Action, NAMED};
use parallax::tui::app::{App, Overlay, View};
use parallax::tui::keymap::{Keymap, Mode};
use parallax::tui::prepare;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;

/// Every action the config can name bound to `key`.
fn everything_on(key: &str) -> BTreeMap<String, Vec<String>> {
    let mut keys: BTreeMap<String, Vec<String>> = NAMED
        .iter()
        .map(|(name, _)| (name.to_string(), vec![key.to_string()]))
        .collect();
    for view in View::ALL {
        keys.insert(format!("view_{}", view.title()), vec![key.to_string()]);
    }
    keys
}

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

#[test]
fn a_config_that_leaves_no_quit_key_keeps_the_defaults() {
    for key in ["z", "q", "ctrl-c", "esc"] {
        let (map, warnings) = Keymap::with_overrides(&everything_on(key));
        assert!(
            warnings.iter().any(|w| w.contains("quit")),
            "{key}: {warnings:?}"
        );
        let top = [Mode::Navigate, Mode::Global];
        assert_eq!(
            map.lookup(&top, press(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(Action::Quit),
            "{key}"
        );
        assert_eq!(
            map.lookup(&top, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit),
            "{key}"
        );
    }
    // A config that moves quit to a free key is taken as it is, without a word.
    let mut keys = BTreeMap::new();
    keys.insert("quit".to_string(), vec!["ctrl-q".to_string()]);
    let (map, warnings) = Keymap::with_overrides(&keys);
    assert!(warnings.is_empty(), "{warnings:?}");
    let top = [Mode::Navigate, Mode::Global];
    assert_eq!(
        map.lookup(&top, press(KeyCode::Char('q'), KeyModifiers::CONTROL)),
        Some(Action::Quit)
    );
    assert_eq!(
        map.lookup(&top, press(KeyCode::Char('q'), KeyModifiers::NONE)),
        None
    );
}

fn app_with(keys: &BTreeMap<String, Vec<String>>) -> App {
    let mut app = App::with_data(prepare(load_seeds()), (100, 30));
    app.keymap = Keymap::with_overrides(keys).0;
    app
}

#[test]
fn ctrl_c_quits_from_everywhere_whatever_the_config() {
    let mut quit_elsewhere = BTreeMap::new();
    quit_elsewhere.insert("quit".to_string(), vec!["ctrl-q".to_string()]);
    let ctrl_c = Event::Key(press(KeyCode::Char('c'), KeyModifiers::CONTROL));
    for keys in [quit_elsewhere, everything_on("z"), everything_on("ctrl-c")] {
        // The article list, the search line (which takes letters), the help and a note.
        for place in 0..4 {
            let mut app = app_with(&keys);
            match place {
                1 => {
                    app.update(Action::Show(View::Search));
                    for c in "putin".chars() {
                        app.handle_event(&Event::Key(press(KeyCode::Char(c), KeyModifiers::NONE)));
                    }
                }
                2 => app.update(Action::Help),
                3 => app.update(Action::Note),
                _ => {}
            }
            assert_eq!(
                matches!(app.overlay, Some(Overlay::Note { .. })),
                place == 3
            );
            app.handle_event(&ctrl_c);
            assert!(app.quit, "Ctrl-C at place {place} with {keys:?}");
        }
    }
}

#[test]
fn q_quits_when_the_config_bound_everything_to_one_key() {
    let mut app = app_with(&everything_on("q"));
    app.handle_event(&Event::Key(press(KeyCode::Char('q'), KeyModifiers::NONE)));
    assert!(app.quit);
}
