//! The timeline as JSON (the `timeline --json` contract):
//! `{"events":[{"id","label","date","granularity","sources":[{"article","text","date",
//! "expression"}],"missing_outlets":[outlet names],"first":id,"conflicts":[{"article","date","text"}],
//! "numbers":[{"unit","values":[{"article","value","text"}]}]}]}`. Articles are named by id,
//! dates in TimeML form (`2023-03-20`, `2023-W11`, `2023-03`, `2023`); an undated source has
//! `date` and `expression` null; an event whose date could not be resolved has `date` and
//! `granularity` null and comes last.

use crate::analysis::Granularity;
use crate::corpus::{Corpus, Outlets};
use crate::ids::ArticleId;
use crate::timeline::Timeline;
use serde::Serialize;

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
    /// The outlets none of whose articles report the event (a list per outlet, not per
    /// article, so the output grows with the corpus, not with events times articles).
    pub missing_outlets: Vec<&'a str>,
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

pub(crate) fn id(corpus: &Corpus, a: ArticleId) -> &str {
    corpus.get(a).map_or("?", |a| a.id.as_str())
}

/// The timeline in the JSON shape of the CLI contract.
pub fn timeline<'a>(corpus: &'a Corpus, outlets: &'a Outlets, t: &'a Timeline) -> TimelineJson<'a> {
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
            missing_outlets: e
                .missing_outlets(outlets)
                .into_iter()
                .map(|o| outlets.name(o))
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
