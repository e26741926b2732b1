//! The user's own state — bookmarks and notes — kept per corpus in the platform's data
//! directory (or `PARALLAX_DATA_DIR`). Every change is one operation applied under a file lock to
//! a fresh read of the file and saved atomically, so two instances never lose each other's
//! changes, a crash never leaves half a file, and a corrupt file is moved aside, never overwritten.

use crate::config::write_atomic;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

const FILE: &str = "state.json";
const LOCK: &str = "state.lock";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BookmarkKind {
    Article,
    Quote,
    Event,
}

/// A bookmarked thing: an article, a quote in it, or a timeline event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    pub kind: BookmarkKind,
    /// The article id (for an event: the first source's).
    pub article: String,
    /// What to show: the title, the quote, the event label.
    pub label: String,
    /// Where in the article, in bytes, for quotes.
    #[serde(default)]
    pub start: Option<usize>,
}

/// One corpus's bookmarks and notes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shelf {
    #[serde(default)]
    pub bookmarks: Vec<Bookmark>,
    /// Article id → note.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct State {
    version: u32,
    #[serde(default)]
    corpora: BTreeMap<String, Shelf>,
}

/// A change to the state.
#[derive(Clone, Debug)]
pub enum Op {
    /// Adds the bookmark, or removes it if it is already there.
    Toggle(Bookmark),
    /// Sets an article's note; an empty text removes it.
    Note { article: String, text: String },
}

/// The state of one corpus, as last read or written.
pub struct Store {
    dir: PathBuf,
    corpus: String,
    pub shelf: Shelf,
    /// Problems met while opening (a corrupt file moved aside, an unreadable directory).
    pub warnings: Vec<String>,
    /// True when no state file existed yet: the first run.
    pub first_run: bool,
}

/// The data directory: `PARALLAX_DATA_DIR`, else the platform's.
pub fn data_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("PARALLAX_DATA_DIR") {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("", "", "parallax").map_or_else(
        || PathBuf::from(".parallax"),
        |d| d.data_dir().to_path_buf(),
    )
}

impl Store {
    /// Opens the state of the corpus named `corpus` in the default data directory.
    pub fn open(corpus: &str) -> Store {
        Store::open_at(&data_dir(), corpus)
    }

    pub fn open_at(dir: &Path, corpus: &str) -> Store {
        let mut warnings = Vec::new();
        let first_run = !dir.join(FILE).exists();
        let state = read(dir, &mut warnings).unwrap_or_else(|e| {
            warnings.push(e);
            State::default()
        });
        Store {
            dir: dir.to_path_buf(),
            corpus: corpus.to_string(),
            shelf: state.corpora.get(corpus).cloned().unwrap_or_default(),
            warnings,
            first_run,
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    pub fn is_bookmarked(&self, b: &Bookmark) -> bool {
        self.shelf.bookmarks.contains(b)
    }

    /// Applies `op` to the file as it is now (another instance may have changed it), saves it
    /// atomically, and refreshes this store. On error nothing on disk has changed.
    pub fn apply(&mut self, op: Op) -> Result<(), String> {
        let fail = |e: std::io::Error| format!("cannot save to {}: {e}", self.dir.display());
        std::fs::create_dir_all(&self.dir).map_err(fail)?;
        let lock = File::create(self.dir.join(LOCK)).map_err(fail)?;
        lock.lock().map_err(fail)?;
        let mut warnings = Vec::new();
        // A file that exists but cannot be read is never replaced: that would lose it.
        let mut state = read(&self.dir, &mut warnings)?;
        self.warnings.extend(warnings);
        state.version = 1;
        let shelf = state.corpora.entry(self.corpus.clone()).or_default();
        match op {
            Op::Toggle(b) => match shelf.bookmarks.iter().position(|x| *x == b) {
                Some(i) => {
                    shelf.bookmarks.remove(i);
                }
                None => shelf.bookmarks.push(b),
            },
            Op::Note { article, text } => {
                if text.trim().is_empty() {
                    shelf.notes.remove(&article);
                } else {
                    shelf.notes.insert(article, text);
                }
            }
        }
        let shelf = shelf.clone();
        let json = serde_json::to_vec_pretty(&state).map_err(|e| e.to_string())?;
        write_atomic(&self.path(), &json).map_err(fail)?;
        drop(lock);
        self.shelf = shelf;
        self.first_run = false;
        Ok(())
    }
}

/// Reads the state file; a corrupt one is renamed aside (never overwritten) with a warning.
/// An error means a file is there that can be neither read nor moved aside.
fn read(dir: &Path, warnings: &mut Vec<String>) -> Result<State, String> {
    let path = dir.join(FILE);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(State::default()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    match serde_json::from_slice(&bytes) {
        Ok(state) => Ok(state),
        Err(e) => {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            let aside = dir.join(format!("{FILE}.corrupt-{secs}"));
            match std::fs::rename(&path, &aside) {
                Ok(()) => {
                    warnings.push(format!(
                        "{} was not valid ({e}); moved aside to {} and started empty",
                        path.display(),
                        aside.display()
                    ));
                    Ok(State::default())
                }
                Err(m) => Err(format!(
                    "{} is not valid ({e}) and could not be moved aside ({m})",
                    path.display()
                )),
            }
        }
    }
}
