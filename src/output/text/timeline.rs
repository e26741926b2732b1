//! The timeline as readable text, grouped by day with weekday names.

use crate::analysis::{Granularity, TimeValue};
use crate::corpus::{Corpus, Outlets};
use crate::output::json::{event_id, id};
use crate::text::truncate;
use crate::timeline::{Event, Timeline};
use std::fmt::Write;

/// The heading of the day (or period) an event belongs to.
pub fn heading(e: &Event) -> String {
    match (e.date, &e.written) {
        (Some(v), _) => period(v),
        (None, Some(w)) => format!("Unresolved: \"{w}\""),
        (None, None) => "Undated".into(),
    }
}

/// "Monday 2023-03-20", "Week 2023-W11", "Month 2023-02", "Quarter 2023-Q1", "Season
/// 2023-SU", "Year 2022".
pub fn period(v: TimeValue) -> String {
    match v.granularity {
        Granularity::Day => format!("{} {}", v.start.weekday_name(), v.iso()),
        Granularity::Week => format!(
            "Week {} (from {} {})",
            v.iso(),
            v.start.weekday_name(),
            v.start
        ),
        Granularity::Month => format!("Month {}", v.iso()),
        Granularity::Quarter => format!("Quarter {}", v.iso()),
        Granularity::Season => format!("Season {}", v.iso()),
        Granularity::Year => format!("Year {}", v.iso()),
    }
}

/// A readable rendering, grouped by day with weekday names.
pub fn timeline(corpus: &Corpus, outlets: &Outlets, t: &Timeline) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Timeline: {} events from {} articles",
        t.events.len(),
        corpus.articles.len()
    );
    let mut last = String::new();
    for (i, e) in t.events.iter().enumerate() {
        let head = heading(e);
        if head != last {
            let _ = writeln!(out, "\n{head}");
            last = head;
        }
        let _ = writeln!(out, "  [{}] {}", event_id(i), e.label);
        let missing: Vec<&str> = e
            .missing_outlets(outlets)
            .into_iter()
            .map(|o| outlets.name(o))
            .collect();
        let _ = writeln!(
            out,
            "       first: {}   missing: {}",
            e.first.map_or("-", |a| id(corpus, a)),
            if missing.is_empty() {
                "none".into()
            } else {
                missing.join(", ")
            }
        );
        for s in &e.sources {
            let conflict = e.conflicts.iter().any(|c| c.article == s.article);
            let when = match (s.expression(corpus), s.date) {
                (Some(x), Some(d)) => format!("[{x} → {}]", d.iso()),
                (Some(x), None) => format!("[{x}]"),
                _ => "[undated]".into(),
            };
            let mark = if conflict { "!" } else { " " };
            let _ = writeln!(
                out,
                "     {mark} {:<8} {} {when}",
                id(corpus, s.article),
                truncate(s.text(corpus), 100)
            );
        }
        for c in &e.conflicts {
            let d = c.date.map_or_else(
                || "?".into(),
                |d| format!("{} {}", d.start.weekday_name(), d.iso()),
            );
            let _ = writeln!(out, "       ! {} gives {d}", id(corpus, c.article));
        }
        for n in &e.numbers {
            let vals: Vec<String> = n
                .values
                .iter()
                .map(|q| format!("{} \"{}\"", id(corpus, q.article), q.text))
                .collect();
            let _ = writeln!(out, "       ! {} differs: {}", n.unit, vals.join(", "));
        }
    }
    out
}
