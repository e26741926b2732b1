//! Test helper: a corpus built from plain texts, paragraphs split on blank lines (or on
//! single newlines when a text has no blank line). A short line without closing
//! punctuation is a heading, a line with a photo credit or ending on a full date a
//! caption, a copyright line boilerplate; everything else is story. (The real loader
//! classifies paragraphs itself; this stands in for it in the analysis tests.)
#![allow(dead_code)]

use parallax::corpus::{Article, Block, Corpus, Paragraph};
use parallax::ids::ArticleId;
use parallax::text::Span;

fn kind(p: &str) -> Block {
    let t = p.trim();
    let words = t.split_whitespace().count();
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let ends_date = t.trim_end_matches('.').len() >= 4
        && t.trim_end_matches('.')
            .chars()
            .rev()
            .take(4)
            .all(|c| c.is_ascii_digit())
        && months.iter().any(|m| t.contains(m));
    if t.starts_with('©') || t.starts_with("Copyright") {
        Block::Boilerplate
    } else if t.contains("Photo by")
        || t.contains("via REUTERS")
        || t.contains("Getty Images")
        || ends_date && !t.contains(['"', '“'])
    {
        Block::Caption
    } else if words <= 12 && !t.ends_with(['.', '!', ':', '"', '”', '…']) {
        Block::Heading
    } else {
        Block::Story
    }
}

/// An article from a text.
/// The positions of `ids`, to compare with a written list.
#[allow(dead_code)]
pub fn indices(ids: &[ArticleId]) -> Vec<usize> {
    ids.iter().map(|a| a.index()).collect()
}

pub fn article(id: &str, raw: &str) -> Article {
    let chunks: Vec<&str> = if raw.contains("\n\n") {
        raw.split("\n\n").collect()
    } else {
        raw.split('\n').collect()
    };
    let chunks: Vec<&str> = chunks
        .into_iter()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let mut text = String::new();
    let mut paragraphs = Vec::new();
    for c in chunks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(c);
        paragraphs.push(Paragraph::new(Span::new(start, text.len()), kind(c)));
    }
    let words = text.split_whitespace().count();
    Article {
        id: id.into(),
        outlet: id.into(),
        title: String::new(),
        date: None,
        date_inferred: false,
        url: None,
        authors: Vec::new(),
        text,
        paragraphs,
        words,
    }
}

/// A corpus from (id, text) pairs.
pub fn corpus(texts: &[(&str, &str)]) -> Corpus {
    Corpus {
        name: "test".into(),
        articles: texts.iter().map(|(id, t)| article(id, t)).collect(),
        diagnostics: Vec::new(),
    }
}

/// The five seed articles, read from `seeds/`.
pub fn seeds() -> Corpus {
    dir("seeds")
}

/// The articles of a directory (relative to the crate root), in file-name order, each
/// with the first three characters of its name as id.
pub fn dir(rel: &str) -> Corpus {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|p| {
            (
                p.file_stem()
                    .unwrap()
                    .to_string_lossy()
                    .chars()
                    .take(3)
                    .collect(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect();
    Corpus {
        name: rel.into(),
        articles: texts.iter().map(|(id, t)| article(id, t)).collect(),
        diagnostics: Vec::new(),
    }
}

/// A readable dump of what the analysis found, for eyeballing.
pub fn dump(corpus: &Corpus) -> String {
    use std::fmt::Write;
    let a = parallax::analysis::analyze(corpus);
    let mut out = String::new();
    for p in &a.people {
        let _ = writeln!(
            out,
            "{:?} {} | aliases {:?} | roles {:?} | arts {:?} | n={} | var {:?}",
            p.kind,
            p.name,
            p.aliases,
            p.roles,
            p.articles,
            p.mentions.len(),
            p.variants
                .iter()
                .map(|v| (&v.alias, &v.articles))
                .collect::<Vec<_>>()
        );
    }
    for q in &a.quotes {
        let _ = writeln!(
            out,
            "[{}] {:?} {:?} <{}> cue={:?} -- {}",
            corpus.articles[q.article].id,
            q.kind,
            q.confidence,
            a.speaker_name(q).unwrap_or("-"),
            q.cue,
            q.text
        );
    }
    out
}
