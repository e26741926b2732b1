//! The one table of key bindings. Lookups, the footer's hints and the help screen all read it, so
//! the keys shown can never disagree with the keys that work.

use super::action::Action;
use super::app::View;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies. Overlay bindings win over pane bindings, which win over global ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Global,
    /// Lists and readers: moving and opening.
    Navigate,
    /// The help and diagnostics overlays.
    Overlay,
}

impl Mode {
    pub fn title(self) -> &'static str {
        match self {
            Mode::Global => "Everywhere",
            Mode::Navigate => "Lists and reader",
            Mode::Overlay => "Help and diagnostics",
        }
    }
}

/// One binding: the keys, what they do, and how the help writes them.
pub struct Binding {
    pub mode: Mode,
    pub keys: Vec<(KeyCode, KeyModifiers)>,
    pub label: &'static str,
    pub action: Action,
    pub what: &'static str,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

fn bind(
    mode: Mode,
    keys: &[(KeyCode, KeyModifiers)],
    label: &'static str,
    action: Action,
    what: &'static str,
) -> Binding {
    Binding {
        mode,
        keys: keys.to_vec(),
        label,
        action,
        what,
    }
}

/// The default bindings, in the order the help lists them.
pub fn bindings() -> Vec<Binding> {
    use KeyCode::*;
    use Mode::*;
    let mut b = vec![
        bind(
            Global,
            &[(Char('q'), NONE), (Char('c'), CTRL)],
            "q",
            Action::Quit,
            "quit",
        ),
        bind(
            Global,
            &[(Char('?'), NONE), (Char('?'), SHIFT), (F(1), NONE)],
            "?",
            Action::Help,
            "help",
        ),
        bind(
            Global,
            &[(Char('!'), NONE), (Char('!'), SHIFT)],
            "!",
            Action::Diagnostics,
            "loading problems",
        ),
        bind(
            Global,
            &[(Char(']'), NONE)],
            "]",
            Action::NextView,
            "next view",
        ),
        bind(
            Global,
            &[(Char('['), NONE)],
            "[",
            Action::PrevView,
            "previous view",
        ),
        bind(Global, &[(Esc, NONE)], "Esc", Action::Back, "back / quit"),
    ];
    for (i, view) in View::ALL.iter().enumerate() {
        let key = char::from_digit(i as u32 + 1, 10).unwrap_or('0');
        b.push(Binding {
            mode: Global,
            keys: vec![(Char(key), NONE)],
            label: view.key_label(),
            action: Action::Show(*view),
            what: view.title(),
        });
    }
    b.extend([
        bind(
            Navigate,
            &[(Down, NONE), (Char('j'), NONE)],
            "j/↓",
            Action::Down,
            "down",
        ),
        bind(
            Navigate,
            &[(Up, NONE), (Char('k'), NONE)],
            "k/↑",
            Action::Up,
            "up",
        ),
        bind(
            Navigate,
            &[(PageDown, NONE), (Char(' '), NONE), (Char('d'), CTRL)],
            "PgDn",
            Action::PageDown,
            "page down",
        ),
        bind(
            Navigate,
            &[(PageUp, NONE), (Char('u'), CTRL)],
            "PgUp",
            Action::PageUp,
            "page up",
        ),
        bind(
            Navigate,
            &[(Home, NONE), (Char('g'), NONE)],
            "g/Home",
            Action::Top,
            "first",
        ),
        bind(
            Navigate,
            &[(End, NONE), (Char('G'), NONE), (Char('G'), SHIFT)],
            "G/End",
            Action::Bottom,
            "last",
        ),
        bind(Navigate, &[(Enter, NONE)], "Enter", Action::Open, "open"),
        bind(
            Navigate,
            &[(Tab, NONE), (BackTab, SHIFT), (BackTab, NONE)],
            "Tab",
            Action::FocusNext,
            "switch pane",
        ),
        bind(
            Overlay,
            &[(Down, NONE), (Char('j'), NONE)],
            "j/↓",
            Action::Down,
            "scroll down",
        ),
        bind(
            Overlay,
            &[(Up, NONE), (Char('k'), NONE)],
            "k/↑",
            Action::Up,
            "scroll up",
        ),
        bind(
            Overlay,
            &[(PageDown, NONE), (Char(' '), NONE)],
            "PgDn",
            Action::PageDown,
            "page down",
        ),
        bind(
            Overlay,
            &[(PageUp, NONE)],
            "PgUp",
            Action::PageUp,
            "page up",
        ),
        bind(
            Overlay,
            &[(Esc, NONE), (Char('?'), NONE), (Enter, NONE)],
            "Esc",
            Action::Back,
            "close",
        ),
    ]);
    b
}

/// Turns keys into actions for the modes active now (most specific first).
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            bindings: bindings(),
        }
    }
}

impl Keymap {
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The action for `key` in the first of `modes` that binds it.
    pub fn lookup(&self, modes: &[Mode], key: KeyEvent) -> Option<Action> {
        // Shifted letters arrive with SHIFT on some terminals and without on others.
        let mods = key.modifiers & (CTRL | SHIFT | KeyModifiers::ALT);
        let plain = match key.code {
            KeyCode::Char(c) if c.is_ascii_uppercase() || !c.is_alphanumeric() => mods - SHIFT,
            _ => mods,
        };
        modes.iter().find_map(|mode| {
            self.bindings
                .iter()
                .filter(|b| b.mode == *mode)
                .find(|b| {
                    b.keys
                        .iter()
                        .any(|(code, m)| *code == key.code && (*m == mods || *m == plain))
                })
                .map(|b| b.action)
        })
    }

    /// Short hints for the footer: for each wanted action, its binding in the first of `modes`
    /// that has one.
    pub fn hints(&self, modes: &[Mode], wanted: &[Action]) -> Vec<(&'static str, &'static str)> {
        wanted
            .iter()
            .filter_map(|a| {
                modes.iter().find_map(|m| {
                    self.bindings
                        .iter()
                        .find(|b| b.mode == *m && b.action == *a)
                })
            })
            .map(|b| (b.label, b.what))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn most_specific_mode_wins() {
        let k = Keymap::default();
        let esc = key(KeyCode::Esc, NONE);
        assert_eq!(
            k.lookup(&[Mode::Overlay, Mode::Global], esc),
            Some(Action::Back)
        );
        assert_eq!(
            k.lookup(
                &[Mode::Navigate, Mode::Global],
                key(KeyCode::Char('j'), NONE)
            ),
            Some(Action::Down)
        );
        assert_eq!(
            k.lookup(&[Mode::Global], key(KeyCode::Char('j'), NONE)),
            None
        );
        assert_eq!(
            k.lookup(&[Mode::Global], key(KeyCode::Char('c'), CTRL)),
            Some(Action::Quit)
        );
    }

    #[test]
    fn shifted_symbols_match_with_or_without_shift() {
        let k = Keymap::default();
        for m in [NONE, SHIFT] {
            assert_eq!(
                k.lookup(&[Mode::Global], key(KeyCode::Char('?'), m)),
                Some(Action::Help)
            );
            assert_eq!(
                k.lookup(&[Mode::Navigate], key(KeyCode::Char('G'), m)),
                Some(Action::Bottom)
            );
        }
    }

    #[test]
    fn every_view_has_a_number_key() {
        let k = Keymap::default();
        for (i, v) in View::ALL.iter().enumerate() {
            let c = char::from_digit(i as u32 + 1, 10).unwrap();
            assert_eq!(
                k.lookup(&[Mode::Global], key(KeyCode::Char(c), NONE)),
                Some(Action::Show(*v))
            );
        }
    }
}
