//! The user's own state — bookmarks and notes — kept per corpus in the platform's data
//! directory (or `PARALLAX_DATA_DIR`). Every change is one operation applied under a file lock to
//! a fresh read of the file and saved atomically, so two instances never lose each other's
//! changes, a crash never leaves half a file, and a corrupt file is moved aside, never overwritten.

use crate::config::write_atomic;
use crate::corpus::clean::sanitize_line;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

const FILE: &str = "state.json";
const LOCK: &str = "state.lock";
/// The state file version this program writes.
const VERSION: u32 = 1;
/// The most a state file may hold: bookmarks and notes of every corpus, with room to spare.
const MAX_BYTES: u64 = 16 << 20;

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

impl State {
    /// The state as the views may show it: the file is outside input like any other, so its
    /// ids pass the one-line cleaner and its labels and notes the text cleaner.
    fn cleaned(mut self) -> State {
        use crate::corpus::clean::sanitize;
        for shelf in self.corpora.values_mut() {
            for b in &mut shelf.bookmarks {
                b.article = sanitize_line(&b.article);
                b.label = sanitize(&b.label);
            }
            shelf.notes = std::mem::take(&mut shelf.notes)
                .into_iter()
                .map(|(id, note)| (sanitize_line(&id), sanitize(&note)))
                .collect();
        }
        self
    }
}

/// A change to the state.
#[derive(Clone, Debug)]
pub enum Op {
    /// Adds the bookmark, or removes it if it is already there.
    Toggle(Bookmark),
    /// Sets an article's note; an empty text removes it.
    Note { article: String, text: String },
}

/// What a save did, when it was not simply the change asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// The change as asked.
    AsAsked,
    /// Another instance had changed this note since this one read it: both versions are kept,
    /// theirs first, rather than the later save replacing the other.
    NoteMerged,
    /// The note was to be removed, but another instance had changed it meanwhile: their
    /// version is kept.
    NoteKept,
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
        if let Err(e) = writable(&state, dir) {
            warnings.push(e);
        }
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
    pub fn apply(&mut self, op: Op) -> Result<Saved, String> {
        let dir = sanitize_line(&self.dir.display().to_string());
        let fail = |e: std::io::Error| format!("cannot save to {dir}: {}", io_message(&e));
        std::fs::create_dir_all(&self.dir).map_err(fail)?;
        let lock_path = self.dir.join(LOCK);
        // Opening a FIFO for writing would wait for a reader forever.
        if std::fs::metadata(&lock_path).is_ok_and(|m| !m.is_file()) {
            return Err(format!(
                "cannot save to {dir}: {LOCK} is not a regular file (a FIFO, a device or a directory)"
            ));
        }
        let lock = File::create(lock_path).map_err(fail)?;
        lock.lock().map_err(fail)?;
        let mut warnings = Vec::new();
        // A file that exists but cannot be read is never replaced: that would lose it.
        let mut state = read(&self.dir, &mut warnings)?;
        self.warnings.extend(warnings);
        writable(&state, &self.dir)?;
        state.version = VERSION;
        let shelf = state.corpora.entry(self.corpus.clone()).or_default();
        let saved = match op {
            Op::Toggle(b) => {
                match shelf.bookmarks.iter().position(|x| *x == b) {
                    Some(i) => {
                        shelf.bookmarks.remove(i);
                    }
                    None => shelf.bookmarks.push(b),
                }
                Saved::AsAsked
            }
            Op::Note { article, text } => {
                let seen = self.shelf.notes.get(&article);
                merge_note(&mut shelf.notes, seen, article, text)
            }
        };
        let shelf = shelf.clone();
        let json = serde_json::to_vec_pretty(&state).map_err(|e| e.to_string())?;
        write_atomic(&self.path(), &json).map_err(fail)?;
        drop(lock);
        self.shelf = shelf;
        self.first_run = false;
        Ok(saved)
    }
}

/// Sets `article`'s note to `text` in `notes` (the file as it is now). `seen` is the note this
/// instance last read, which its editor started from: when the file's note differs from it,
/// another instance changed it meanwhile, and its version is kept beside this one (or instead
/// of removing it) rather than lost.
fn merge_note(
    notes: &mut BTreeMap<String, String>,
    seen: Option<&String>,
    article: String,
    text: String,
) -> Saved {
    let theirs = notes
        .get(&article)
        .filter(|now| Some(*now) != seen && now.trim() != text.trim())
        .cloned();
    match (theirs, text.trim().is_empty()) {
        (Some(_), true) => Saved::NoteKept,
        (Some(theirs), false) => {
            notes.insert(article, format!("{theirs}\n\n{text}"));
            Saved::NoteMerged
        }
        (None, true) => {
            notes.remove(&article);
            Saved::AsAsked
        }
        (None, false) => {
            notes.insert(article, text);
            Saved::AsAsked
        }
    }
}

/// A state file written by a newer version may hold what this one does not know; writing it
/// back as this version would drop that, so it is never written.
fn writable(state: &State, dir: &Path) -> Result<(), String> {
    if state.version <= VERSION {
        return Ok(());
    }
    Err(format!(
        "{} was written by a newer parallax (state version {}); bookmarks and notes are shown \
         but not saved, so nothing of it is lost",
        sanitize_line(&dir.join(FILE).display().to_string()),
        state.version
    ))
}

/// An I/O error as a user reads it; a file-size limit (`ulimit -f`) says so.
fn io_message(e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::FileTooLarge {
        "the file-size limit (ulimit -f) was reached".into()
    } else {
        e.to_string()
    }
}

/// Reads the state file; a corrupt one is renamed aside (never overwritten) with a warning.
/// An error means a file is there that can be neither read nor moved aside.
fn read(dir: &Path, warnings: &mut Vec<String>) -> Result<State, String> {
    let path = dir.join(FILE);
    let shown = |p: &Path| sanitize_line(&p.display().to_string());
    let bytes = match crate::config::read_small(&path, MAX_BYTES) {
        Ok(Some(b)) => b,
        Ok(None) => return Ok(State::default()),
        Err(e) => return Err(format!("{}: {e}", shown(&path))),
    };
    match serde_json::from_slice::<State>(&bytes) {
        Ok(state) => Ok(state.cleaned()),
        Err(e) => {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            let aside = dir.join(format!("{FILE}.corrupt-{secs}"));
            match std::fs::rename(&path, &aside) {
                Ok(()) => {
                    warnings.push(format!(
                        "{} was not valid ({e}); moved aside to {} and started empty",
                        shown(&path),
                        shown(&aside)
                    ));
                    Ok(State::default())
                }
                Err(m) => Err(format!(
                    "{} is not valid ({e}) and could not be moved aside ({m})",
                    shown(&path)
                )),
            }
        }
    }
}
