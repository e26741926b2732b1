//! The user's configuration: a TOML file in the platform's config directory (or the path in
//! `PARALLAX_CONFIG`), layered over the embedded default. A broken file never stops the program:
//! its problems become warnings naming the line, and the defaults stand in.

use crate::corpus::clean;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The embedded default, also printed by `parallax config --default`.
pub const DEFAULT: &str = include_str!("../assets/config.toml");

/// The colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    Mono,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub theme: ThemeName,
    /// The corpus to open when none is given.
    pub corpus: Option<PathBuf>,
    /// Action name → key specs, replacing that action's default keys.
    pub keys: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    theme: Option<ThemeName>,
    corpus: Option<String>,
    #[serde(default)]
    keys: BTreeMap<String, Vec<String>>,
}

/// Where the config file lives: `PARALLAX_CONFIG`, else the platform's config directory.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PARALLAX_CONFIG") {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "parallax").map(|d| d.config_dir().join("config.toml"))
}

/// The most a config file may hold: far more than any real one, little enough to read at once.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// How much of a value (a key name, a path) a warning repeats.
const SHOWN_CHARS: usize = 48;

/// How much of a parser's message a warning repeats (it may quote a whole value).
const MESSAGE_CHARS: usize = 120;

/// Loads the config: the defaults, overlaid with the user's file if it exists. Problems come
/// back as warnings, cleaned and cut to one readable line; they never stop the program.
pub fn load() -> (Config, Vec<String>) {
    let mut config = parse(DEFAULT).unwrap_or_default();
    let mut warnings = Vec::new();
    if let Some(path) = path() {
        let problem = match read_small(&path, MAX_CONFIG_BYTES) {
            Ok(Some(bytes)) => match parse(&String::from_utf8_lossy(&bytes)) {
                Ok(user) => {
                    config = config.overlay(user);
                    None
                }
                Err(e) => Some(e),
            },
            Ok(None) => None,
            Err(e) => Some(e),
        };
        if let Some(e) = problem {
            // A parser's message may repeat a whole value: it is cut, the path only cleaned.
            warnings.push(format!(
                "{}: {}; using the defaults",
                clean::sanitize_line(&path.display().to_string()),
                crate::text::truncate(&clean::sanitize_line(&e), MESSAGE_CHARS)
            ));
        }
    }
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        config.theme = ThemeName::Mono;
    }
    (config, warnings)
}

/// Parses config text; an error names the line.
pub fn parse(text: &str) -> Result<Config, String> {
    let file: File = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let msg = e.message().trim().to_string();
        match line {
            Some(l) => format!("line {l}: {msg}"),
            None => msg,
        }
    })?;
    Ok(Config {
        theme: file.theme.unwrap_or_default(),
        corpus: file
            .corpus
            .filter(|c| !c.trim().is_empty())
            .map(PathBuf::from),
        keys: file.keys,
    })
}

impl Config {
    fn overlay(mut self, user: Config) -> Config {
        self.theme = user.theme;
        self.corpus = user.corpus.or(self.corpus);
        self.keys.extend(user.keys);
        self
    }

    /// The corpus to open: the one asked for, else the configured one.
    pub fn corpus_or(&self, asked: Option<PathBuf>) -> Option<PathBuf> {
        asked.or_else(|| self.corpus.clone())
    }
}

/// A value from outside as a warning repeats it: cleaned, on one line, cut to a readable length.
pub fn shown(value: &str) -> String {
    crate::text::truncate(&clean::sanitize_line(value), SHOWN_CHARS)
}

/// Reads a small file of the program's own (the config, the state): only a regular file, since
/// a FIFO or a device such as `/dev/zero` could block or never end, and at most `limit` bytes.
/// `Ok(None)` when there is no file; an error says what was wrong, without the path.
pub fn read_small(path: &Path, limit: u64) -> Result<Option<Vec<u8>>, String> {
    use std::io::Read;
    let too_large = || format!("larger than {} MiB; not read", limit >> 20);
    let not_regular =
        || "not a regular file (a FIFO, a device or a directory); not read".to_string();
    let cannot = |e: std::io::Error| format!("cannot read ({e})");
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot(e)),
    };
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > limit {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    // The name may have been pointed elsewhere since: check what was opened, and read no more
    // than the limit whatever the size said.
    if !file.metadata().map_err(cannot)?.is_file() {
        return Err(not_regular());
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(Some(bytes))
}

/// Writes `text` to `path` atomically: a temporary file in the same directory, flushed to
/// disk, then renamed over the target, so a crash or a full disk leaves the old file whole.
pub fn write_atomic(path: &Path, text: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        // Make the rename itself durable where the platform allows syncing a directory.
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_default_parses() {
        let c = parse(DEFAULT).unwrap();
        assert_eq!(c.theme, ThemeName::Dark);
        assert_eq!(c.corpus, None);
    }

    #[test]
    fn user_values_overlay_the_default() {
        let user =
            parse("theme = \"light\"\ncorpus = \"/data/news\"\n[keys]\nquit = [\"x\"]\n").unwrap();
        let c = parse(DEFAULT).unwrap().overlay(user);
        assert_eq!(c.theme, ThemeName::Light);
        assert_eq!(c.corpus.as_deref(), Some(Path::new("/data/news")));
        assert_eq!(c.keys["quit"], ["x"]);
        assert_eq!(
            c.corpus_or(Some("/other".into())).unwrap(),
            Path::new("/other")
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("theme = \"dark\"\n\ntheme = = 3\n").unwrap_err();
        assert!(e.starts_with("line 3:"), "{e}");
        let e = parse("colour = \"red\"\n").unwrap_err();
        assert!(e.starts_with("line 1:") && e.contains("colour"), "{e}");
        let e = parse("theme = \"pink\"\n").unwrap_err();
        assert!(e.contains("pink") || e.contains("variant"), "{e}");
    }

    #[test]
    fn atomic_write_replaces_whole_files() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("sub/state.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
        let leftovers = std::fs::read_dir(p.parent().unwrap()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary files left behind");
    }
}
