//! The one table of key bindings. Lookups, the footer's hints and the help screen all read it, so
//! the keys shown can never disagree with the keys that work.

use super::action::Action;
use super::app::View;
use crate::config;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::BTreeMap;

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
    pub label: String,
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
        label: label.to_string(),
        action,
        what,
    }
}

/// The default bindings, in the order the help lists them.
#[rustfmt::skip]
pub fn bindings() -> Vec<Binding> {
    use KeyCode::*;
    use Mode::*;
    let mut b = vec![
        bind(Global, &[(Char('q'), NONE), (Char('c'), CTRL)], "q", Action::Quit, "quit"),
        bind(Global, &[(Char('?'), NONE), (Char('?'), SHIFT), (F(1), NONE)], "?", Action::Help, "help (type to filter)"),
        bind(Global, &[(Char('!'), NONE), (Char('!'), SHIFT)], "!", Action::Diagnostics, "loading problems"),
        bind(Global, &[(Char('/'), NONE)], "/", Action::Search, "search people and quotes"),
        bind(Global, &[(Char(']'), NONE)], "]", Action::NextView, "next view"),
        bind(Global, &[(Char('['), NONE)], "[", Action::PrevView, "previous view"),
        bind(Global, &[(Esc, NONE)], "Esc", Action::Back, "back"),
    ];
    for (i, view) in View::ALL.iter().enumerate() {
        let key = char::from_digit(i as u32 + 1, 10).unwrap_or('0');
        b.push(Binding {
            mode: Global,
            keys: vec![(Char(key), NONE)],
            label: view.key_label().to_string(),
            action: Action::Show(*view),
            what: view.title(),
        });
    }
    b.extend([
        bind(Navigate, &[(Down, NONE), (Char('j'), NONE)], "j/↓", Action::Down, "down"),
        bind(Navigate, &[(Up, NONE), (Char('k'), NONE)], "k/↑", Action::Up, "up"),
        bind(Navigate, &[(PageDown, NONE), (Char(' '), NONE), (Char('d'), CTRL)], "PgDn", Action::PageDown, "page down"),
        bind(Navigate, &[(PageUp, NONE), (Char('u'), CTRL)], "PgUp", Action::PageUp, "page up"),
        bind(Navigate, &[(Home, NONE), (Char('g'), NONE)], "g/Home", Action::Top, "first"),
        bind(Navigate, &[(End, NONE), (Char('G'), NONE), (Char('G'), SHIFT)], "G/End", Action::Bottom, "last"),
        bind(Navigate, &[(Enter, NONE)], "Enter", Action::Open, "open"),
        bind(Navigate, &[(Tab, NONE), (BackTab, SHIFT), (BackTab, NONE)], "Tab", Action::FocusNext, "switch pane"),
        bind(Navigate, &[(Char('b'), NONE)], "b", Action::Bookmark, "bookmark / unbookmark"),
        bind(Navigate, &[(Char('n'), NONE)], "n", Action::Note, "note on the article"),
        bind(Navigate, &[(Char('y'), NONE)], "y", Action::Copy, "copy with citation"),
        bind(Navigate, &[(Char('o'), NONE)], "o", Action::OpenUrl, "open the article's URL"),
        bind(Navigate, &[(Char('e'), NONE)], "e", Action::Export, "export the view (Markdown)"),
        bind(Navigate, &[(Char('E'), SHIFT), (Char('E'), NONE)], "E", Action::ExportCsv, "export the view (CSV)"),
        bind(Navigate, &[(Char('m'), NONE)], "m", Action::Mark, "mark the article to compare"),
        bind(Navigate, &[(Char('c'), NONE)], "c", Action::Compare, "compare marked with selected (Compare: next right side)"),
        bind(Navigate, &[(Char('x'), NONE)], "x", Action::Swap, "swap the sides (Compare)"),
        bind(Navigate, &[(Char('d'), NONE)], "d", Action::NextDiff, "next difference (Compare)"),
        bind(Navigate, &[(Char('D'), NONE), (Char('D'), SHIFT)], "D", Action::PrevDiff, "previous difference (Compare)"),
        bind(Navigate, &[(Char('F'), SHIFT), (Char('F'), NONE)], "F", Action::FilterList, "filter the list (search syntax; Enter keeps, Esc clears)"),
        bind(Navigate, &[(Char('s'), NONE)], "s", Action::Sort, "sort the list: by date, outlet, speaker, counts…"),
        bind(Navigate, &[(Char('f'), NONE)], "f", Action::Filter, "timeline of this person (again: all)"),
        bind(Navigate, &[(Left, NONE), (Char('h'), NONE)], "h/←", Action::Left, "columns left"),
        bind(Navigate, &[(Right, NONE), (Char('l'), NONE)], "l/→", Action::Right, "columns right"),
        bind(Overlay, &[(Down, NONE)], "↓", Action::Down, "scroll down"),
        bind(Overlay, &[(Up, NONE)], "↑", Action::Up, "scroll up"),
        bind(Overlay, &[(PageDown, NONE)], "PgDn", Action::PageDown, "page down"),
        bind(Overlay, &[(PageUp, NONE)], "PgUp", Action::PageUp, "page up"),
        bind(Overlay, &[(Esc, NONE), (Enter, NONE)], "Esc", Action::Back, "close (help: clear the filter first)"),
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
    /// The defaults with the config's `[keys]` applied: each named action's keys replaced.
    /// Unknown actions and unreadable keys are reported and skipped.
    pub fn with_overrides(keys: &BTreeMap<String, Vec<String>>) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut warnings = Vec::new();
        for (name, specs) in keys {
            let Some(action) = Action::from_name(name) else {
                warnings.push(format!(
                    "config [keys]: unknown action \"{}\"",
                    config::shown(name)
                ));
                continue;
            };
            let mut parsed = Vec::new();
            for spec in specs {
                match parse_key(spec) {
                    Some(k) => parsed.push(k),
                    None => warnings.push(format!(
                        "config [keys] {name}: unknown key \"{}\"",
                        config::shown(spec)
                    )),
                }
            }
            if parsed.is_empty() {
                continue;
            }
            for b in map.bindings.iter_mut().filter(|b| b.action == action) {
                b.keys = parsed.clone();
                b.label = specs.join("/");
            }
        }
        map.keep_a_way_out(&mut warnings);
        (map, warnings)
    }

    /// A config can rebind quit, or give its keys to actions that are looked up first, until no
    /// key quits (Esc only goes back, and not from every view). Then the default quit keys come
    /// back, taken from whatever else the config gave them to, with a warning. (Ctrl-C quits in
    /// any case: the app reads it before the keymap.)
    fn keep_a_way_out(&mut self, warnings: &mut Vec<String>) {
        let top = [Mode::Navigate, Mode::Global];
        let quits = self
            .bindings
            .iter()
            .filter(|b| b.action == Action::Quit)
            .flat_map(|b| &b.keys)
            .any(|&(code, m)| self.lookup(&top, KeyEvent::new(code, m)) == Some(Action::Quit));
        let Some(default) = bindings().into_iter().find(|b| b.action == Action::Quit) else {
            return;
        };
        if quits {
            return;
        }
        for b in &mut self.bindings {
            if b.action == Action::Quit {
                b.keys.clone_from(&default.keys);
                b.label.clone_from(&default.label);
            } else if top.contains(&b.mode) && b.keys.iter().any(|k| default.keys.contains(k)) {
                b.keys.retain(|k| !default.keys.contains(k));
                b.label = b
                    .keys
                    .iter()
                    .map(|&k| spec(k))
                    .collect::<Vec<_>>()
                    .join("/");
            }
        }
        warnings.push(format!(
            "config [keys]: no key would quit; {} still quit",
            default
                .keys
                .iter()
                .map(|&k| spec(k))
                .collect::<Vec<_>>()
                .join(" and ")
        ));
    }

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
    pub fn hints(&self, modes: &[Mode], wanted: &[Action]) -> Vec<(&str, &'static str)> {
        wanted
            .iter()
            .filter_map(|a| {
                modes.iter().find_map(|m| {
                    self.bindings
                        .iter()
                        .find(|b| b.mode == *m && b.action == *a)
                })
            })
            .map(|b| (b.label.as_str(), b.what))
            .collect()
    }
}

/// Writes a key as the config does (the inverse of [`parse_key`]), for labels made from keys.
fn spec((code, mods): (KeyCode, KeyModifiers)) -> String {
    let mut out = String::new();
    for (m, name) in [
        (CTRL, "ctrl-"),
        (KeyModifiers::ALT, "alt-"),
        (SHIFT, "shift-"),
    ] {
        if mods.contains(m) {
            out.push_str(name);
        }
    }
    match code {
        KeyCode::Char(' ') => out.push_str("space"),
        KeyCode::Char(c) => out.push(c),
        KeyCode::F(n) => out.push_str(&format!("f{n}")),
        other => out.push_str(&format!("{other:?}").to_lowercase()),
    }
    out
}

/// Reads a key as the config writes it: "q", "G", "ctrl-c", "shift-tab", "pagedown", "f1".
pub fn parse_key(spec: &str) -> Option<(KeyCode, KeyModifiers)> {
    let mut mods = NONE;
    let mut rest = spec;
    loop {
        let lower = rest.to_ascii_lowercase();
        let (m, len) = if lower.starts_with("ctrl-") {
            (CTRL, 5)
        } else if lower.starts_with("alt-") {
            (KeyModifiers::ALT, 4)
        } else if lower.starts_with("shift-") {
            (SHIFT, 6)
        } else {
            break;
        };
        mods |= m;
        rest = &rest[len..];
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) => KeyCode::Char(c),
        _ => match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" | "pgup" => KeyCode::PageUp,
            "pagedown" | "pgdn" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            f if f.starts_with('f') => {
                KeyCode::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
            }
            _ => return None,
        },
    };
    Some((code, mods))
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

    #[test]
    fn config_overrides_replace_an_actions_keys() {
        let mut keys = BTreeMap::new();
        keys.insert(
            "quit".to_string(),
            vec!["x".to_string(), "ctrl-q".to_string()],
        );
        keys.insert("fly".to_string(), vec!["f".to_string()]);
        keys.insert("down".to_string(), vec!["ctrl-zz".to_string()]);
        keys.insert("view_people".to_string(), vec!["f2".to_string()]);
        let (k, warnings) = Keymap::with_overrides(&keys);
        assert_eq!(
            k.lookup(&[Mode::Global], key(KeyCode::Char('x'), NONE)),
            Some(Action::Quit)
        );
        assert_eq!(
            k.lookup(&[Mode::Global], key(KeyCode::Char('q'), CTRL)),
            Some(Action::Quit)
        );
        assert_eq!(
            k.lookup(&[Mode::Global], key(KeyCode::Char('q'), NONE)),
            None
        );
        assert_eq!(
            k.lookup(&[Mode::Global], key(KeyCode::F(2), NONE)),
            Some(Action::Show(View::People))
        );
        // A bad key leaves the defaults in place.
        assert_eq!(
            k.lookup(&[Mode::Navigate], key(KeyCode::Char('j'), NONE)),
            Some(Action::Down)
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(k.bindings().iter().any(|b| b.label == "x/ctrl-q"));
    }

    #[test]
    fn parses_key_specs() {
        assert_eq!(parse_key("G"), Some((KeyCode::Char('G'), NONE)));
        assert_eq!(
            parse_key("ctrl-alt-x"),
            Some((KeyCode::Char('x'), CTRL | KeyModifiers::ALT))
        );
        assert_eq!(parse_key("PageDown"), Some((KeyCode::PageDown, NONE)));
        assert_eq!(parse_key("f13"), None);
        assert_eq!(parse_key("nope"), None);
    }
}
