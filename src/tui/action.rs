//! The vocabulary of the interface: everything a key, a click or the loader can ask for.
//! Keys become actions through the keymap; `App::update` is the only place actions take effect.

use super::app::View;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Close the topmost overlay, leave the reader for the list, or quit at the top level.
    Back,
    /// Move the selection or scroll by one line.
    Up,
    Down,
    /// By one screen.
    PageUp,
    PageDown,
    /// To the first or last item.
    Top,
    Bottom,
    /// Open the selection: an article in the reader, a person's mentions, a quote in context.
    Open,
    /// Move focus to the next pane of the view.
    FocusNext,
    /// Switch view.
    Show(View),
    NextView,
    PrevView,
    /// Show or hide the key help.
    Help,
    /// Show or hide the list of loading problems.
    Diagnostics,
    /// The mouse wheel over a point of the screen.
    ScrollAt {
        up: bool,
        column: u16,
        row: u16,
    },
    /// A click at a point of the screen.
    ClickAt {
        column: u16,
        row: u16,
    },
    /// The terminal changed size.
    Resize {
        width: u16,
        height: u16,
    },
}
