//! Search over the people, the quotes and the text of an analysis, fast enough to answer every
//! key press.
//!
//! [`Index::build`] makes one entry per person (shown as the name; the aliases, spelling
//! variants and roles are searchable too) and one per quote (shown as the quote; the speaker's
//! name and the outlet are searchable too). Every quote is its own entry, but one phrase quoted
//! by three outlets is one result, the copy that scores best, which says how many outlets
//! print it ([`Hit::outlets`]). [`Index::search`] answers one query;
//! a [`Searcher`] answers a query typed key by key, re-scoring only the previous matches while
//! the query grows. [`rows`] gives the CLI's JSON shape, [`preview()`] what a preview pane shows.
//!
//! # Query syntax
//!
//! (Also as data for a help screen: [`SYNTAX`].)
//!
//! | Query          | Matches                                                        |
//! |----------------|----------------------------------------------------------------|
//! | `putin peace`  | entries matching every term (terms are separated by spaces)    |
//! | `ptn`          | fuzzy: the letters in this order, anything between them; in a  |
//! |                | quote's words only as typed (scattered letters match names)    |
//! | `'peace`       | exact: contains the text as written                            |
//! | `^peace`       | a field (name, alias, role, quote, speaker, outlet) starts so  |
//! | `talks$`       | a field ends so (closing marks after it ignored: `talks.”`)    |
//! | `^xi jinping$` | (with `\ ` for the space) a field is exactly this              |
//! | `!war`         | does not contain `war` (also `!^war`, `!war$`)                 |
//! | `war \| peace` | either term (`\|` joins the terms beside it)                   |
//! | `p:`           | people only (`p:xi` is `p: xi`)                                |
//! | `q:`           | quotes only                                                    |
//! | `zelenksy`     | also a person's name with a letter or two wrong (see below)    |
//! | `@blinken`     | quotes whose speaker matches `blinken` (name or any alias);    |
//! |                | several `@` terms mean any of them, `!@name` excludes a speaker|
//!
//! The articles' text is searched too, unless the query is scoped (`p:`, `q:`, `@`): a sentence
//! holding every term (of [`TEXT_MIN_CHARS`] letters or more) at the start of a word, `'term`
//! anywhere in a word, `term$` at its end; see `text.rs`. Its hits come after the people and
//! quotes, as [`HitKind::Text`], best where every term is a whole word, then in corpus order.
//!
//! A query is read for at most [`MAX_QUERY_CHARS`] characters and [`query::MAX_TERMS`]
//! distinct terms; a term given twice counts once.
//!
//! Smart case, per term: a term with an upper-case letter matches case exactly, others ignore
//! case. Case folding is ASCII-only, as in the matcher: `e` does not find `É`. A term must match
//! within one field, never across two. Negated terms are exact, as in fzf. For `@name`, only the
//! best kind of name match counts: a whole word, else the start of a word, else inside a word,
//! else scattered letters, so `@xi` picks Xi and not Alexei.
//!
//! # Ranking
//!
//! Fuzzy terms are scored by fuzzy-matcher's `SkimMatcherV2` (best field), plus a bonus when the
//! term occurs as a whole word; anchored and exact terms get the score the matcher gives a run
//! of that length at that place. A query's score is the sum of its terms'.
//!
//! A fuzzy term of five letters or more that does not match a person as typed still finds
//! them when a word of their names starts with it give or take one letter (two from eight
//! letters): inserted, left out, changed, or swapped with the next ([`crate::text::typo`]).
//! Such a match scores below zero, so it ranks below every match as typed. Equal scores go
//! people first (actors before photo credits), then shorter text first.
//!
//! # Speed
//!
//! The matcher costs microseconds per entry, too much for 100,000 quotes per key. So every
//! entry in scope first goes through byte scans (a 72-byte summary per entry rejects most
//! without reading their text), which decide exactly whether it matches and estimate its score
//! the way the matcher would; only the best [`SHORTLIST`] (or `limit`, if larger) by estimate
//! are scored by the matcher. The ranking is therefore exact within that shortlist, the count
//! of matches always exact. While a query grows, a [`Searcher`] scans only the previous
//! matches, and only for the terms that changed; both cores share the scans. A searcher's
//! `limit` is also how many entries the matcher scores per key: 200 costs about 1 ms.
//!
//! # Highlighting
//!
//! [`Hit::indices`] are **char** indices (not bytes, not graphemes) into the displayed text
//! ([`Index::text`]), sorted. [`byte_ranges`] turns them into byte ranges widened to whole
//! grapheme clusters, ready to style; [`window`] picks the part of a long text to show so the
//! first match stays in view.

mod bytes;
mod engine;
pub mod filter;
mod highlight;
mod index;
mod place;
mod plan;
mod preview;
pub mod query;
mod scan;
mod searcher;
mod sig;
mod speakers;
mod term;
mod text;

pub use engine::SHORTLIST;
pub use filter::Filter;
pub use highlight::{byte_ranges, window};
pub use index::Index;
pub use preview::{Preview, preview};
pub use query::{Query, SYNTAX, parse};
pub use searcher::{Results, Searcher};
pub use text::{MIN_CHARS as TEXT_MIN_CHARS, TextHit, text_hit};

use engine::Matches;
use plan::Plan;
use serde::Serialize;

/// The longest query answered, in characters: more than any search needs, and a bound on the
/// work one key can cause (a 100 KB paste would otherwise be parsed and matched whole). The CLI
/// refuses a longer query and the interface's search line takes no more.
pub const MAX_QUERY_CHARS: usize = 256;

/// `query` cut to [`MAX_QUERY_CHARS`], whoever asks.
fn bounded(query: &str) -> &str {
    query
        .char_indices()
        .nth(MAX_QUERY_CHARS)
        .map_or(query, |(end, _)| &query[..end])
}

/// What an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    Person,
    Quote,
    /// A sentence of an article's text (see [`text_hit`]).
    Text,
}

/// One result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: HitKind,
    /// Index into `Analysis::people`, `Analysis::quotes` or `Analysis::sentences`, by `kind`.
    pub entry: usize,
    /// Higher is better.
    pub score: i64,
    /// Char indices into [`Index::text`], sorted; empty when nothing matched in the displayed
    /// text (a quote found by its speaker) or when not computed yet (see [`Results`]).
    pub indices: Vec<usize>,
    /// How many outlets print this quote or sentence among the matches (its copies are one
    /// result); 0 for a person.
    pub outlets: usize,
}

impl Index {
    /// The best `limit` entries for `query`, best first, with highlight indices.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let parsed = parse(bounded(query));
        let plan = Plan::compile(self, &parsed, None);
        let found = self.matches(&plan, None, limit);
        let mut hits: Vec<Hit> = self
            .rank(&plan, &found, limit)
            .into_iter()
            .map(|(pos, score)| self.hit(&plan, &found, (pos, score), true))
            .collect();
        if let Some(text) = self.sentences.search(&parsed) {
            hits.extend(self.text_hits(&text, limit));
        }
        hits
    }

    /// How many results `query` has (a quote or sentence many outlets print is one).
    pub fn count(&self, query: &str) -> usize {
        let parsed = parse(bounded(query));
        let plan = Plan::compile(self, &parsed, None);
        let text = self.sentences.search(&parsed).map_or(0, |t| t.rows.len());
        self.rows(&self.matches(&plan, None, 0)) + text
    }

    /// The first `limit` rows of a text search as hits, after the people and quotes: their
    /// scores are not comparable, and the order is the text search's own.
    pub(crate) fn text_hits<'a>(
        &'a self,
        text: &'a text::TextMatches,
        limit: usize,
    ) -> impl Iterator<Item = Hit> + 'a {
        text.rows.iter().take(limit).filter_map(|&r| {
            Some(Hit {
                kind: HitKind::Text,
                entry: *self.sentences.members(r).first()? as usize,
                score: 0,
                indices: Vec::new(),
                outlets: self.sentences.outlets(r),
            })
        })
    }

    fn hit(&self, plan: &Plan, found: &Matches, (pos, score): (usize, i64), indices: bool) -> Hit {
        let e = &self.entries[pos];
        Hit {
            kind: e.kind,
            entry: e.item,
            score,
            indices: if indices {
                plan.indices(self, pos)
            } else {
                Vec::new()
            },
            outlets: self.outlets_among(found, pos),
        }
    }
}
