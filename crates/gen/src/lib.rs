//! A generator of synthetic news coverage, for benchmarks and scale tests: `generate(n, seed)`
//! writes JSONL articles (`id`, `outlet`, `title`, `date`, `url`, `text`) about twenty invented
//! stories, covered by sixty invented outlets over about five months. The prose follows the
//! conventions the analysis reads — people with roles and later short references, quotes with
//! varied attribution in straight and curly marks, weekday and calendar dates in both tenses —
//! and carries the furniture it must skip: captions with credits, datelines, "Advertisement",
//! teasers and copyright lines. The same seed always gives the same bytes.
//!
//! A crate of its own, not a module of parallax, so that the user's binary carries none of it:
//! parallax's benchmarks and scale tests use it as a dev-dependency, and its binary
//! (`cargo run --release -p parallax-gen -- N --out FILE.jsonl`) writes a corpus to disk. It
//! depends on the parallax library only for [`parallax::date::Date`].

mod article;
mod compose;
mod dates;
mod furniture;
mod names;
mod outlets;
mod prose;
mod quotes;
mod rng;
mod slots;
mod story;
mod template;
mod words;
mod world;

use serde::Serialize;
use std::io::{self, Write};

/// What a run produced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenStats {
    pub articles: usize,
    /// Bytes written, newlines included.
    pub bytes: usize,
    /// Pairs of quotation marks in the texts (full quotes and fragments).
    pub quotes: usize,
    /// Invented people in the stories (casts, experts, bystanders; not photographers).
    pub people: usize,
}

/// One JSONL line. `date` is `null` for the few articles without one.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    outlet: &'a str,
    title: &'a str,
    date: Option<&'a str>,
    url: &'a str,
    text: &'a str,
}

/// Writes `n` articles for `seed` to `out`, one JSON object a line.
pub fn generate(n: usize, seed: u64, out: &mut impl Write) -> io::Result<GenStats> {
    let world = world::World::build(seed);
    let mut stats = GenStats {
        people: world.people.len(),
        ..GenStats::default()
    };
    let mut buf = Vec::with_capacity(16 * 1024);
    for i in 0..n {
        let a = compose::write_article(&world, seed, i);
        buf.clear();
        let line = Line {
            id: &a.id,
            outlet: &a.outlet,
            title: &a.title,
            date: a.date.as_deref(),
            url: &a.url,
            text: &a.text,
        };
        serde_json::to_writer(&mut buf, &line)?;
        buf.push(b'\n');
        out.write_all(&buf)?;
        stats.articles += 1;
        stats.bytes += buf.len();
        stats.quotes += a.quotes;
    }
    Ok(stats)
}
