//! Properties over arbitrary input: whatever bytes a corpus holds, no cell of any view carries a
//! control character (so nothing can reach the terminal as a control sequence), and every view
//! survives any size from 1x1 to 300x100 and storms of resizes.

use parallax::corpus::{FileFormat, load_bytes};
use parallax::tui::action::Action;
use parallax::tui::app::{App, View};
use parallax::tui::prepare;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Text that leans towards what breaks terminals: escapes, C1 controls, bidi, wide characters.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("\u{1b}[31m".to_string()),
        Just("\u{1b}]0;title\u{7}".to_string()),
        Just("\u{1b}]8;;http://x\u{1b}\\".to_string()),
        Just("\u{9b}2J".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{200b}\u{200d}".to_string()),
        Just("中文".to_string()),
        Just("e\u{301}".to_string()),
        Just("😀".to_string()),
        Just("\r\n\n".to_string()),
        Just(" said Monday. \"".to_string()),
        Just("President Ana Ruiz".to_string()),
        "[a-zA-Z ,.]{1,20}",
        any::<String>(),
    ];
    prop::collection::vec(pieces, 1..40).prop_map(|v| v.concat())
}

fn all_views(app: &mut App, size: (u16, u16)) {
    app.update(Action::Resize {
        width: size.0,
        height: size.1,
    });
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    for view in View::ALL {
        app.update(Action::Show(view));
        for step in [
            Action::Open,
            Action::FocusNext,
            Action::Help,
            Action::Help,
            Action::Diagnostics,
            Action::Diagnostics,
        ] {
            app.update(step);
            t.draw(|f| view::render(app, &Theme::default(), f)).unwrap();
            for cell in t.backend().buffer().content() {
                assert!(
                    !cell.symbol().chars().any(|c| c.is_control()),
                    "control character in a cell: {:?}",
                    cell.symbol()
                );
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_control_sequence_reaches_the_screen(title in hostile_text(), body in hostile_text(), bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = format!("Title: {title}\nOutlet: {title}\n\n{body}\n\n{body}");
        let mut input = text.into_bytes();
        input.extend(bytes);
        let corpus = load_bytes(FileFormat::Text, "hostile.txt", &input);
        if corpus.articles.is_empty() {
            return Ok(());
        }
        let mut app = App::with_data(prepare(corpus), (100, 30));
        all_views(&mut app, (100, 30));
    }

    #[test]
    fn every_size_and_resize_storm_draws(sizes in prop::collection::vec((1u16..=300, 1u16..=100), 1..12)) {
        let mut app = App::with_data(prepare(parallax::corpus::load_seeds()), (80, 24));
        for (w, h) in sizes {
            all_views(&mut app, (w, h));
        }
    }
}
