//! The timeline as JSON (the `timeline --json` contract) and as readable text grouped by day.
//!
//! JSON: `{"events":[{"id","label","date","granularity","sources":[{"article","text","date",
//! "expression"}],"missing":[ids],"first":id,"conflicts":[{"article","date","text"}],
//! "numbers":[{"unit","values":[{"article","value","text"}]}]}]}`. Articles are named by id,
//! dates in TimeML form (`2023-03-20`, `2023-W11`, `2023-03`, `2023`); an undated source has
//! `date` and `expression` null; an event whose date could not be resolved has `date` and
//! `granularity` null and comes last.

use super::{Event, Timeline};
use crate::analysis::{Granularity, TimeValue};
use crate::corpus::Corpus;
use crate::ids::ArticleId;
use crate::text::truncate;
use serde::Serialize;
use std::fmt::Write;

#[derive(Serialize, Debug)]
pub struct TimelineJson<'a> {
    pub events: Vec<EventJson<'a>>,
}

#[derive(Serialize, Debug)]
pub struct EventJson<'a> {
    pub id: String,
    pub label: &'a str,
    pub date: Option<String>,
    pub granularity: Option<Granularity>,
    pub sources: Vec<SourceJson<'a>>,
    pub missing: Vec<&'a str>,
    pub first: Option<&'a str>,
    pub conflicts: Vec<ConflictJson<'a>>,
    pub numbers: Vec<NumberJson<'a>>,
}

#[derive(Serialize, Debug)]
pub struct SourceJson<'a> {
    pub article: &'a str,
    pub text: &'a str,
    pub date: Option<String>,
    pub expression: Option<&'a str>,
}

#[derive(Serialize, Debug)]
pub struct ConflictJson<'a> {
    pub article: &'a str,
    pub date: Option<String>,
    pub text: &'a str,
}

#[derive(Serialize, Debug)]
pub struct NumberJson<'a> {
    pub unit: &'a str,
    pub values: Vec<QuantityJson<'a>>,
}

#[derive(Serialize, Debug)]
pub struct QuantityJson<'a> {
    pub article: &'a str,
    pub value: f64,
    pub text: &'a str,
}

/// The event's id in JSON and text: `e1`, `e2`, … in timeline order.
pub fn event_id(i: usize) -> String {
    format!("e{}", i + 1)
}

fn id(corpus: &Corpus, a: ArticleId) -> &str {
    corpus.get(a).map_or("?", |a| a.id.as_str())
}

/// The timeline in the JSON shape of the CLI contract.
pub fn json<'a>(corpus: &'a Corpus, t: &'a Timeline) -> TimelineJson<'a> {
    let events = t
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| EventJson {
            id: event_id(i),
            label: &e.label,
            date: e.date.map(|d| d.iso()),
            granularity: e.granularity(),
            sources: e
                .sources
                .iter()
                .map(|s| SourceJson {
                    article: id(corpus, s.article),
                    text: s.text(corpus),
                    date: s.date.map(|d| d.iso()),
                    expression: s.expression(corpus),
                })
                .collect(),
            missing: e
                .missing(t.articles)
                .into_iter()
                .map(|a| id(corpus, a))
                .collect(),
            first: e.first.map(|a| id(corpus, a)),
            conflicts: e
                .conflicts
                .iter()
                .map(|c| ConflictJson {
                    article: id(corpus, c.article),
                    date: c.date.map(|d| d.iso()),
                    text: c.text(corpus),
                })
                .collect(),
            numbers: e
                .numbers
                .iter()
                .map(|n| NumberJson {
                    unit: &n.unit,
                    values: n
                        .values
                        .iter()
                        .map(|q| QuantityJson {
                            article: id(corpus, q.article),
                            value: q.value,
                            text: &q.text,
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    TimelineJson { events }
}

/// The heading of the day (or period) an event belongs to.
pub fn heading(e: &Event) -> String {
    match (e.date, &e.written) {
        (Some(v), _) => period(v),
        (None, Some(w)) => format!("Unresolved: \"{w}\""),
        (None, None) => "Undated".into(),
    }
}

/// "Monday 2023-03-20", "Week 2023-W11", "Month 2023-02", "Year 2022".
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
        Granularity::Year => format!("Year {}", v.iso()),
    }
}

/// A readable rendering, grouped by day with weekday names.
pub fn text(corpus: &Corpus, t: &Timeline) -> String {
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
            .missing(t.articles)
            .into_iter()
            .map(|a| id(corpus, a))
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
