//! Loading a corpus from a path: a directory (walked recursively; hidden entries, symlink loops
//! and links out of the directory skipped with a diagnostic), a text file, a JSONL file or
//! news-please JSON. Files are parsed on both cores; each problem becomes a
//! diagnostic and the rest still loads. Nothing here panics on bad input.

use super::article::{ArticleBuilder, Sink};
use super::formats::{JsonlArticle, Meta, NewsPlease, parse_header, parse_manifest};
use super::walk::{VANISHED, Walk, extension};
use super::{Corpus, Diagnostic, Severity, clean};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Why a corpus could not be used at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: nothing could be loaded ({reason}); run `parallax check {path}` for details")]
    Empty { path: String, reason: String },
}

/// Loading progress, for the TUI's progress bar: files (or JSONL lines) done of total.
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// How a directory is walked.
#[derive(Clone, Copy, Debug, Default)]
pub struct LoadOptions {
    /// Follow symbolic links that lead out of the corpus directory (by default they are
    /// skipped with a diagnostic: a corpus should not read what lies elsewhere unasked).
    pub follow_symlinks: bool,
}

/// Loads whatever `path` names. Never fails: problems are in `diagnostics`; see [`Corpus::require`].
pub fn load(path: &Path) -> Corpus {
    load_with_options(path, &LoadOptions::default(), &|_, _| {})
}

/// [`load`], reporting progress as files are parsed.
pub fn load_with_progress(path: &Path, progress: Progress) -> Corpus {
    load_with_options(path, &LoadOptions::default(), progress)
}

/// [`load_with_progress`] with options.
pub fn load_with_options(path: &Path, options: &LoadOptions, progress: Progress) -> Corpus {
    let name = clean::sanitize_line(&path.display().to_string());
    let mut corpus = Corpus {
        name: name.clone(),
        ..Corpus::default()
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let message = io_message(&e).replace("; skipped", "");
            corpus.diagnostics.push(error(&name, None, message));
            return corpus;
        }
    };
    let mut sink = Sink::default();
    if meta.is_dir() {
        load_dir(path, options, &mut sink, progress);
    } else if !meta.is_file() {
        let message = "not a regular file (FIFO, socket or device); nothing read".to_string();
        corpus.diagnostics.push(error(&name, None, message));
        return corpus;
    } else {
        let manifest = HashMap::new();
        let files = [path.to_path_buf()];
        load_files(
            &files,
            path.parent().unwrap_or(Path::new("")),
            &manifest,
            &mut sink,
            progress,
        );
    }
    sink.finish_into(&mut corpus);
    corpus
}

/// The formats one file can be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileFormat {
    /// .txt or .md, with an optional header.
    Text,
    Jsonl,
    NewsPlease,
}

/// Loads one file's bytes held in memory, as if read from a file called `name` (tests, fuzzing).
pub fn load_bytes(format: FileFormat, name: &str, bytes: &[u8]) -> Corpus {
    let mut sink = Sink::default();
    match format {
        FileFormat::Text => text_article(name, bytes, Meta::default(), &mut sink),
        FileFormat::Jsonl => jsonl(name, bytes, &mut sink),
        FileFormat::NewsPlease => news_please(name, bytes, &mut sink),
    }
    let mut corpus = Corpus {
        name: clean::sanitize_line(name),
        ..Corpus::default()
    };
    sink.finish_into(&mut corpus);
    corpus
}

/// The bundled seed corpus, compiled into the binary.
pub fn load_seeds() -> Corpus {
    let manifest = parse_manifest(super::seeds::MANIFEST).unwrap_or_default();
    let mut sink = Sink::default();
    for (file, bytes) in super::seeds::FILES {
        let meta = manifest.get(*file).cloned().unwrap_or_default();
        text_article(&format!("seeds/{file}"), bytes, meta, &mut sink);
    }
    let mut corpus = Corpus {
        name: "seeds (bundled)".into(),
        ..Corpus::default()
    };
    sink.finish_into(&mut corpus);
    corpus
}

impl Corpus {
    /// An error when nothing loaded, naming the first problem.
    pub fn require(&self) -> Result<(), LoadError> {
        if !self.articles.is_empty() {
            return Ok(());
        }
        let reason = self
            .diagnostics
            .iter()
            .max_by_key(|d| d.severity)
            .map_or_else(|| "no articles found".into(), |d| d.message.clone());
        Err(LoadError::Empty {
            path: self.name.clone(),
            reason,
        })
    }
}

fn load_dir(root: &Path, options: &LoadOptions, sink: &mut Sink, progress: Progress) {
    let mut walk = Walk {
        root: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
        options: *options,
        files: Vec::new(),
        skipped: 0,
        seen: HashSet::new(),
    };
    walk.dir(root, 0, sink);
    let Walk { files, skipped, .. } = walk;
    let manifest_path = root.join("corpus.json");
    let manifest = if manifest_path.is_file() {
        match read(&manifest_path).map(|t| parse_manifest(&t)) {
            Ok(Ok(m)) => m,
            Ok(Err(e)) | Err(e) => {
                sink.diag(error(
                    &manifest_path.display().to_string(),
                    None,
                    format!("manifest not read ({e}); file headers only"),
                ));
                HashMap::new()
            }
        }
    } else {
        HashMap::new()
    };
    if skipped > 0 {
        sink.diag(warning(
            &root.display().to_string(),
            None,
            format!("{skipped} file(s) not in a known format skipped (.txt, .md, .jsonl, .json)"),
        ));
    }
    if files.is_empty() && sink.is_empty() {
        sink.diag(error(
            &root.display().to_string(),
            None,
            "no article files (.txt, .md, .jsonl, .json) in this directory".into(),
        ));
    }
    load_files(&files, root, &manifest, sink, progress);
}

/// Parses files in parallel, keeping their order.
fn load_files(
    files: &[PathBuf],
    root: &Path,
    manifest: &HashMap<String, Meta>,
    sink: &mut Sink,
    progress: Progress,
) {
    let done = AtomicUsize::new(0);
    let total = files.len();
    let parts: Vec<Sink> = files
        .par_iter()
        .map(|path| {
            let mut part = Sink::default();
            load_file(path, root, manifest, &mut part);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            part
        })
        .collect();
    for part in parts {
        sink.extend(part);
    }
}

fn load_file(path: &Path, root: &Path, manifest: &HashMap<String, Meta>, sink: &mut Sink) {
    let shown = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return sink.diag(error(&shown, None, VANISHED.into()));
        }
        Err(e) => return sink.diag(error(&shown, None, io_message(&e))),
    };
    match extension(path).as_str() {
        "jsonl" => jsonl(&shown, &bytes, sink),
        "json" => news_please(&shown, &bytes, sink),
        _ => {
            let rel = path.strip_prefix(root).unwrap_or(path);
            let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let meta = manifest
                .get(&rel.to_string_lossy().replace('\\', "/"))
                .or_else(|| manifest.get(file_name))
                .cloned()
                .unwrap_or_default();
            text_article(&shown, &bytes, meta, sink);
        }
    }
}

/// Decodes bytes, reporting a non-UTF-8 encoding; `None` (with an error) for binary data.
/// Plain UTF-8 is borrowed, not copied.
fn decode<'a>(shown: &str, bytes: &'a [u8], sink: &mut Sink) -> Option<Cow<'a, str>> {
    match clean::decode_borrowed(bytes) {
        Ok(d) => {
            if let Some(w) = d.warning {
                sink.diag(warning(shown, None, w));
            }
            Some(d.text)
        }
        Err(clean::Binary) => {
            sink.diag(error(shown, None, "binary data, not text; skipped".into()));
            None
        }
    }
}

/// A .txt or .md article: optional header, then the body. The id is the file stem.
fn text_article(shown: &str, bytes: &[u8], manifest_meta: Meta, sink: &mut Sink) {
    let Some(text) = decode(shown, bytes, sink) else {
        return;
    };
    let text = clean::sanitize_borrowed(&text);
    let (header, body_start, unknown) = parse_header(&text);
    if !unknown.is_empty() {
        sink.diag(warning(
            shown,
            Some(1),
            format!("unknown header key(s) ignored: {}", unknown.join(", ")),
        ));
    }
    ArticleBuilder {
        id: stem_id(shown),
        meta: header.or(&manifest_meta),
        body: &text[body_start..],
        path: shown,
        line: None,
    }
    .build(sink);
}

/// One article a line; a bad line is reported with its number and the rest still load.
fn jsonl(shown: &str, bytes: &[u8], sink: &mut Sink) {
    let Some(text) = decode(shown, bytes, sink) else {
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    let parts: Vec<Sink> = lines
        .par_iter()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let mut part = Sink::default();
            let n = i + 1;
            match serde_json::from_str::<JsonlArticle>(line) {
                Ok(a) => {
                    let id = match a.id {
                        Some(serde_json::Value::String(s)) => Some(clean::sanitize_line(&s)),
                        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
                        _ => None,
                    }
                    .filter(|id| !id.is_empty())
                    .unwrap_or_else(|| format!("line-{n}"));
                    match a.text {
                        Some(body) => ArticleBuilder {
                            id,
                            meta: a.meta,
                            body: &clean::sanitize_borrowed(&body),
                            path: shown,
                            line: Some(n),
                        }
                        .build(&mut part),
                        None => part.diag(error(
                            shown,
                            Some(n),
                            "no \"text\" field; line skipped".into(),
                        )),
                    }
                }
                Err(e) => part.diag(error(
                    shown,
                    Some(n),
                    format!("invalid JSON ({e}); line skipped"),
                )),
            }
            part
        })
        .collect();
    for part in parts {
        sink.extend(part);
    }
}

/// news-please writes one article a `.json` file.
fn news_please(shown: &str, bytes: &[u8], sink: &mut Sink) {
    let Some(text) = decode(shown, bytes, sink) else {
        return;
    };
    let value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            let line = Some(e.line()).filter(|l| *l > 0);
            return sink.diag(error(
                shown,
                line,
                format!("invalid JSON ({e}); file skipped"),
            ));
        }
    };
    if !NewsPlease::looks_like(&value) {
        return sink.diag(warning(
            shown,
            None,
            "JSON without a \"maintext\" field (not news-please output); skipped".into(),
        ));
    }
    let article: NewsPlease = match serde_json::from_value(value) {
        Ok(a) => a,
        Err(e) => {
            return sink.diag(error(
                shown,
                None,
                format!("unexpected field types ({e}); skipped"),
            ));
        }
    };
    let (meta, body) = article.into_parts();
    let Some(body) = body else {
        return sink.diag(error(shown, None, "\"maintext\" is empty; skipped".into()));
    };
    ArticleBuilder {
        id: stem_id(shown),
        meta,
        body: &clean::sanitize_borrowed(&body),
        path: shown,
        line: None,
    }
    .build(sink);
}

fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| io_message(&e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A file's article id: its name without the extension, cleaned as one-line fields are (a file
/// name may hold escape sequences, controls, bidi overrides, newlines); `article` when nothing
/// is left. The stem is taken before cleaning, so no sequence can swallow a `/` or a `.`.
fn stem_id(path: &str) -> String {
    let stem = Path::new(path)
        .file_stem()
        .map(|s| clean::sanitize_line(&s.to_string_lossy()))
        .unwrap_or_default();
    if stem.is_empty() {
        "article".into()
    } else {
        stem
    }
}

pub(super) fn io_message(e: &std::io::Error) -> String {
    let what = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    format!("cannot read: {what}; skipped")
}

/// A diagnostic, cleaned: paths come from file names and messages may repeat what a file holds,
/// so both pass the one-line cleaner before anything can print them.
pub(super) fn error(path: &str, line: Option<usize>, message: String) -> Diagnostic {
    Diagnostic {
        path: clean::sanitize_line(path),
        line,
        severity: Severity::Error,
        message: clean::sanitize_line(&message),
    }
}

pub(super) fn warning(path: &str, line: Option<usize>, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Warning,
        ..error(path, line, message)
    }
}
