//! Colours and text styles in one place. Every distinction a colour makes is also made by a
//! modifier or a mark, so the views read in monochrome too.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Debug)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub heading: Style,
    pub selected: Style,
    pub border: Style,
    pub border_focus: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub status: Style,
    pub key: Style,
    pub person: Style,
    pub quote: Style,
    pub target: Style,
    pub warning: Style,
    pub error: Style,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::dark()
    }
}

impl Theme {
    pub fn named(name: crate::config::ThemeName) -> Theme {
        match name {
            crate::config::ThemeName::Dark => Theme::dark(),
            crate::config::ThemeName::Light => Theme::light(),
            crate::config::ThemeName::Mono => Theme::mono(),
        }
    }

    /// For light backgrounds: darker foregrounds, no grey on white.
    pub fn light() -> Theme {
        Theme {
            dim: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            heading: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::Gray),
            border_focus: Style::new().fg(Color::Blue),
            tab: Style::new().fg(Color::DarkGray),
            tab_active: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            status: Style::new().fg(Color::DarkGray),
            key: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            person: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            quote: Style::new().fg(Color::Green),
            ..Theme::dark()
        }
    }

    /// No colour at all (NO_COLOR, monochrome terminals): modifiers only.
    pub fn mono() -> Theme {
        let plain = Style::new();
        Theme {
            text: plain,
            dim: plain.add_modifier(Modifier::DIM | Modifier::ITALIC),
            title: plain.add_modifier(Modifier::BOLD),
            heading: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            selected: plain.add_modifier(Modifier::REVERSED),
            border: plain,
            border_focus: plain.add_modifier(Modifier::BOLD),
            tab: plain,
            tab_active: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            status: plain,
            key: plain.add_modifier(Modifier::BOLD),
            person: plain.add_modifier(Modifier::BOLD),
            quote: plain.add_modifier(Modifier::ITALIC),
            target: plain.add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            warning: plain.add_modifier(Modifier::BOLD),
            error: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    pub fn dark() -> Theme {
        Theme {
            text: Style::new(),
            dim: Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::ITALIC),
            title: Style::new().add_modifier(Modifier::BOLD),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            border: Style::new().fg(Color::DarkGray),
            border_focus: Style::new().fg(Color::Cyan),
            tab: Style::new().fg(Color::Gray),
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            status: Style::new().fg(Color::Gray),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            person: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            quote: Style::new().fg(Color::Green),
            target: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::UNDERLINED),
            warning: Style::new().fg(Color::Yellow),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
        }
    }
}
