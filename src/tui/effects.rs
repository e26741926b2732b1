//! Carrying out what `update` asked for outside the state: the clipboard (OSC 52) and the
//! system's URL opener. Errors come back as a status-bar message.

use super::app::Effect;
use ratatui::crossterm::clipboard::CopyToClipboard;
use ratatui::crossterm::execute;
use std::process::{Command, Stdio};

pub fn run(effect: &Effect) -> Result<(), String> {
    match effect {
        Effect::Copy(text) => copy(text),
        Effect::OpenUrl(url) => open(url),
    }
}

/// Terminals known not to take OSC 52: the Linux console and dumb terminals.
fn takes_osc52() -> bool {
    !matches!(
        std::env::var("TERM").as_deref(),
        Ok("linux" | "dumb") | Err(_)
    )
}

fn copy(text: &str) -> Result<(), String> {
    if !takes_osc52() {
        return Err("This terminal cannot take the clipboard (OSC 52); nothing copied".into());
    }
    execute!(std::io::stdout(), CopyToClipboard::to_clipboard_from(text))
        .map_err(|e| format!("Copy failed: {e}"))
}

fn open(url: &str) -> Result<(), String> {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    Command::new(opener)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(|_| ())
        .map_err(|_| format!("No system opener ({opener}) found; the URL is {url}"))
}
