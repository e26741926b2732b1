//! The live search: a query typed key by key. It remembers the matches of recent queries, so a
//! query that grows (or shrinks back to one seen before) only looks at the entries that
//! matched then, instead of the whole index.

use super::Hit;
use super::engine::{Matches, Narrow};
use super::index::Index;
use super::plan::{Hint, Plan};
use super::query::{Query, parse};
use std::ops::Range;

/// How many recent queries keep their matches: enough to backspace through a typed query.
const HISTORY: usize = 32;
/// And at most this many numbers kept in all (positions and estimates, 4 bytes each).
const HISTORY_CELLS: usize = 6_000_000;

/// The answer to the current query.
#[derive(Clone, Debug, Default)]
pub struct Results {
    /// The query as given to [`Searcher::update`].
    pub query: String,
    /// The best people and quotes, best first, at most the searcher's limit; then as many
    /// sentences of the text, in their own order.
    pub hits: Vec<Hit>,
    /// How many results there are in all (exact, even beyond `hits`; a quote many outlets
    /// print is one).
    pub total: usize,
    /// `hits[..highlighted]` have their indices; the rest are filled by
    /// [`Searcher::highlight`] when they scroll into view.
    pub highlighted: usize,
}

/// Stateful search for an interface: call [`Searcher::update`] on every key.
#[derive(Debug)]
pub struct Searcher {
    limit: usize,
    visible: usize,
    index_id: Option<u64>,
    /// Recent queries with their matches, oldest first.
    history: Vec<(Query, Matches)>,
    /// The last query and its plan.
    plan: Option<(Query, Plan)>,
    results: Results,
    /// Per hit: indices computed.
    done: Vec<bool>,
}

impl Default for Searcher {
    fn default() -> Self {
        Searcher::new(200, 60)
    }
}

impl Searcher {
    /// Keeps the best `limit` hits per query and computes highlight indices for the first
    /// `visible` of them on each update.
    pub fn new(limit: usize, visible: usize) -> Searcher {
        Searcher {
            limit,
            visible,
            index_id: None,
            history: Vec::new(),
            plan: None,
            results: Results::default(),
            done: Vec::new(),
        }
    }

    /// The results of the last update.
    pub fn results(&self) -> &Results {
        &self.results
    }

    /// Answers `query`, reusing the matches of a recent query it refines.
    pub fn update(&mut self, index: &Index, query: &str) -> &Results {
        let query = super::bounded(query);
        if self.index_id != Some(index.id) {
            self.history.clear();
            self.plan = None;
            self.index_id = Some(index.id);
        } else if self.plan.is_some() && self.results.query == query {
            return &self.results;
        }
        let parsed = parse(query);
        let previous = self.plan.as_ref().map(|(q, p)| (q, p));
        let plan = Plan::compile(index, &parsed, previous);
        // Narrow from the smallest set of matches of a query this one refines.
        let from = self
            .history
            .iter()
            .filter(|(old, _)| parsed.refines(old))
            .min_by_key(|(_, found)| found.len())
            .map(|(old, found)| Narrow {
                found,
                hints: Hint::between(&parsed, old),
            });
        let found = index.matches(&plan, from.as_ref(), self.limit);
        let ranked = index.rank(&plan, &found, self.limit);
        let text = index.sentences.search(&parsed).unwrap_or_default();
        let mut hits: Vec<Hit> = ranked
            .into_iter()
            .map(|ranked| index.hit(&plan, &found, ranked, false))
            .collect();
        hits.extend(index.text_hits(&text, self.limit));
        self.results = Results {
            query: query.to_string(),
            total: index.rows(&found) + text.rows.len(),
            hits,
            highlighted: 0,
        };
        self.remember(parsed.clone(), found);
        self.plan = Some((parsed, plan));
        self.done = vec![false; self.results.hits.len()];
        self.highlight(index, 0..self.visible);
        &self.results
    }

    fn remember(&mut self, query: Query, found: Matches) {
        self.history.retain(|(q, _)| *q != query);
        self.history.push((query, found));
        let cells = |h: &[(Query, Matches)]| {
            h.iter()
                .map(|(_, f)| f.pos.len() + f.est.len())
                .sum::<usize>()
        };
        while self.history.len() > HISTORY
            || (self.history.len() > 1 && cells(&self.history) > HISTORY_CELLS)
        {
            self.history.remove(0);
        }
    }

    /// Computes highlight indices for `rows` of the current hits (call when they scroll into
    /// view). Cheap for rows already done.
    pub fn highlight(&mut self, index: &Index, rows: Range<usize>) {
        let Some((_, plan)) = &self.plan else { return };
        if self.index_id != Some(index.id) {
            return;
        }
        let end = rows.end.min(self.results.hits.len());
        for i in rows.start.min(end)..end {
            if !self.done[i] {
                let hit = &mut self.results.hits[i];
                if let Some(pos) = index.pos(hit.kind, hit.entry) {
                    hit.indices = plan.indices(index, pos);
                }
                self.done[i] = true;
            }
        }
        self.results.highlighted = self.done.iter().take_while(|d| **d).count();
    }
}
