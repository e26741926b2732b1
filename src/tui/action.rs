//! The vocabulary of the interface: everything a key, a click or the loader can ask for.
//! Keys become actions through the keymap; `App::update` is the only place actions take effect.

use super::app::View;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Close the topmost overlay, leave the detail pane for the list, or quit at the top level.
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
    /// Bookmark the selected article, quote or event (or remove the bookmark).
    Bookmark,
    /// Write a note on the selected article.
    Note,
    /// Copy the selected quote or passage with its citation (OSC 52).
    Copy,
    /// Open the selected article's URL with the system's opener.
    OpenUrl,
    /// Export what the view shows to a Markdown file.
    Export,
    /// Export the view as CSV.
    ExportCsv,
    /// Mark the selected article as the left side of a comparison.
    Mark,
    /// Compare the marked article with the selected one (in Compare: the next right article).
    Compare,
    /// Swap the two sides of the comparison.
    Swap,
    /// Jump to the next or previous difference between the two sides.
    NextDiff,
    PrevDiff,
    /// Change how the view is sorted.
    Sort,
    /// Scroll columns sideways.
    Left,
    Right,
    /// Show only the selected person's events in the timeline (again: all events).
    Filter,
    /// Type a filter over the view's list.
    FilterList,
    /// Open the search.
    Search,
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

/// Actions a user can bind keys to in the config, by name.
pub const NAMED: &[(&str, Action)] = &[
    ("quit", Action::Quit),
    ("back", Action::Back),
    ("up", Action::Up),
    ("down", Action::Down),
    ("page_up", Action::PageUp),
    ("page_down", Action::PageDown),
    ("top", Action::Top),
    ("bottom", Action::Bottom),
    ("open", Action::Open),
    ("focus_next", Action::FocusNext),
    ("next_view", Action::NextView),
    ("prev_view", Action::PrevView),
    ("help", Action::Help),
    ("diagnostics", Action::Diagnostics),
    ("bookmark", Action::Bookmark),
    ("note", Action::Note),
    ("copy", Action::Copy),
    ("open_url", Action::OpenUrl),
    ("export", Action::Export),
    ("export_csv", Action::ExportCsv),
    ("mark", Action::Mark),
    ("compare", Action::Compare),
    ("swap", Action::Swap),
    ("next_diff", Action::NextDiff),
    ("prev_diff", Action::PrevDiff),
    ("sort", Action::Sort),
    ("left", Action::Left),
    ("filter", Action::Filter),
    ("filter_list", Action::FilterList),
    ("search", Action::Search),
    ("right", Action::Right),
];

impl Action {
    /// The action a config name stands for ("quit", "view_people", …).
    pub fn from_name(name: &str) -> Option<Action> {
        if let Some(view) = name.strip_prefix("view_") {
            return View::ALL
                .iter()
                .find(|v| v.title().eq_ignore_ascii_case(view))
                .map(|v| Action::Show(*v));
        }
        NAMED.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
    }
}

impl Action {
    /// Moves the selection, the scroll or the focus within the view shown, reading nothing
    /// but what the view itself reads.
    pub fn moves(self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Top
                | Action::Bottom
                | Action::FocusNext
                | Action::Left
                | Action::Right
                | Action::Open
                | Action::FilterList
                | Action::ScrollAt { .. }
                | Action::Resize { .. }
        )
    }
}
