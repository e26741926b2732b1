//! Walking a corpus directory: which entries are articles, which are directories to enter,
//! and why every other one is skipped (hidden, a symlink loop, a link to nothing or out of the
//! corpus, a FIFO or device, a file gone since the listing), each with a diagnostic.

use super::article::Sink;
use super::load::{LoadOptions, error, io_message, warning};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Directories nested deeper than this are not followed (a guard against pathological trees).
const MAX_DEPTH: usize = 64;

/// What a directory walk has found so far.
pub(super) struct Walk {
    /// The corpus directory, canonical: links that lead out of it are not followed unasked.
    pub root: PathBuf,
    pub options: LoadOptions,
    pub files: Vec<PathBuf>,
    /// Files in no known format.
    pub skipped: usize,
    /// Directories visited, canonical (a symlink loop comes back to one).
    pub seen: HashSet<PathBuf>,
}

/// What one directory entry is, as far as loading goes.
#[derive(Debug, PartialEq, Eq)]
enum Entry {
    Dir,
    /// A file in a known format.
    Article,
    /// A file in no known format.
    Other,
}

impl Walk {
    pub fn dir(&mut self, dir: &Path, depth: usize, sink: &mut Sink) {
        let shown = dir.display().to_string();
        let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !self.seen.insert(canonical) {
            sink.diag(warning(
                &shown,
                None,
                "directory already visited (symlink loop); skipped".into(),
            ));
            return;
        }
        if depth > MAX_DEPTH {
            sink.diag(warning(&shown, None, "nested too deep; skipped".into()));
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => return sink.diag(error(&shown, None, io_message(&e))),
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for path in entries {
            if path.file_name().is_some_and(|n| n == "corpus.json") {
                continue;
            }
            match classify(&path, &self.root, self.options) {
                Ok(Entry::Dir) => self.dir(&path, depth + 1, sink),
                Ok(Entry::Article) => self.files.push(path),
                Ok(Entry::Other) => self.skipped += 1,
                Err(why) => sink.diag(warning(&path.display().to_string(), None, why)),
            }
        }
    }
}

/// What the entry at `path` of the corpus at `root` is, or why it is skipped. Read from the
/// entry itself (not through a link) first, so that a file deleted since the directory was
/// listed is told from a link to nothing.
fn classify(path: &Path, root: &Path, options: LoadOptions) -> Result<Entry, String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let own = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(VANISHED.into()),
        Err(e) => return Err(io_message(&e)),
    };
    if name.starts_with('.') {
        let what = if own.is_dir() { "directory" } else { "file" };
        return Err(format!(
            "hidden {what} (its name starts with a dot); skipped"
        ));
    }
    if own.is_symlink() {
        let Ok(target) = std::fs::canonicalize(path) else {
            return Err("broken symlink; skipped".into());
        };
        if !options.follow_symlinks && !target.starts_with(root) {
            return Err(format!(
                "symbolic link to {} outside the corpus; skipped (--follow-symlinks follows it)",
                target.display()
            ));
        }
    }
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(VANISHED.into()),
        Err(e) => return Err(io_message(&e)),
    };
    if meta.is_dir() {
        Ok(Entry::Dir)
    } else if !meta.is_file() {
        // Reading a FIFO or a device could block forever or never end.
        Err("not a regular file (FIFO, socket or device); skipped".into())
    } else if matches!(
        extension(path).as_str(),
        "txt" | "md" | "markdown" | "jsonl" | "json"
    ) {
        Ok(Entry::Article)
    } else {
        Ok(Entry::Other)
    }
}

/// A file listed a moment ago and gone now: deleted or moved while the corpus loaded.
pub(super) const VANISHED: &str = "vanished while loading (deleted or moved meanwhile); skipped";

pub(super) fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_gone_since_the_listing_vanished_and_a_dangling_link_is_broken() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().canonicalize().unwrap();
        let gone = classify(&root.join("gone.txt"), &root, LoadOptions::default());
        assert_eq!(gone, Err(VANISHED.to_string()));
        std::os::unix::fs::symlink(root.join("nothing"), root.join("link.txt")).unwrap();
        let link = classify(&root.join("link.txt"), &root, LoadOptions::default());
        assert_eq!(link, Err("broken symlink; skipped".to_string()));
    }
}
