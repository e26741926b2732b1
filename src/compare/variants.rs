//! Quote variants: the same statement as quoted by different outlets, grouped across the corpus.
//!
//! Two quotes are the same statement when their speakers agree and their content words overlap
//! enough: overlap is measured against the shorter quote, so a trimmed
//! quote still matches the full one, and on stemmed content words, so a reworded or translated
//! quote that keeps the substance still matches. A quote whose speaker was not found joins only
//! when nearly identical; two quotes of different known speakers never do. Fragments (one to
//! three words) group only on exact wording: "historic" is not a statement.
//!
//! Near-linear: quotes are compared only inside buckets keyed by each quote's rarest content
//! words, and inside a bucket only against a bounded number of exemplars (the first member of
//! each group formed there, longest quotes first), never all pairs.

mod features;

use super::diff::{DiffTag, word_diff};
use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::ids::{ArticleId, PersonId, QuoteId};
use crate::text::hash::Map;
use crate::text::tfidf::Idf;
use features::{Features, SpeakerKey, extract};
use rayon::prelude::*;

/// Content overlap (IDF-weighted, against the shorter quote) two quotes of the same speaker
/// need. Chosen on the made-up variants in tests/compare/variants.rs: trimmings score 1.0, a
/// rewording and a translation that keep the substance 0.71, another statement by the same
/// speaker on the same subject (sharing "pay offer") 0.51; 0.6 sits between.
pub const SAME_SPEAKER: f32 = 0.6;

/// The overlap needed when a speaker is missing on one side: nearly the same words (the
/// unattributed loose paraphrase in the tests scores 0.57 and must stay out).
pub const UNKNOWN_SPEAKER: f32 = 0.8;

/// Buckets per quote (its rarest terms) and exemplars compared per bucket: enough that a
/// variant meets its statement through some shared rare word, few enough that a corpus whose
/// "rare" words are common still costs a bounded number of comparisons a quote.
const KEYS: usize = 3;
const EXEMPLARS: usize = 8;

/// One wording of a statement: an index into [`Analysis::quotes`] and its article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteVariant {
    pub quote: QuoteId,
    pub article: ArticleId,
}

/// A statement quoted in at least two articles.
#[derive(Clone, Debug, PartialEq)]
pub struct VariantGroup {
    /// When the speaker is a known person.
    pub speaker: Option<PersonId>,
    /// The person's name, or an organisation as written ("the foreign ministry").
    pub speaker_name: Option<String>,
    /// Ordered by article, then position; the first is the reference for differences.
    pub variants: Vec<QuoteVariant>,
}

impl VariantGroup {
    /// The distinct articles carrying this statement, ascending.
    pub fn articles(&self) -> Vec<ArticleId> {
        let mut a: Vec<ArticleId> = self.variants.iter().map(|v| v.article).collect();
        a.dedup(); // variants are ordered by article
        a
    }

    /// Word-level differences of variant `k` against the group's first; `None` if `k` or a
    /// quote index is out of range.
    pub fn diff(&self, analysis: &Analysis, k: usize) -> Option<Vec<(DiffTag, String)>> {
        let first = &analysis
            .quotes
            .get(self.variants.first()?.quote.index())?
            .text;
        let other = &analysis
            .quotes
            .get(self.variants.get(k)?.quote.index())?
            .text;
        Some(word_diff(first, other))
    }
}

/// Groups the corpus's quotes into statements carried by at least two articles, widest first.
pub fn variants(corpus: &Corpus, analysis: &Analysis) -> Vec<VariantGroup> {
    let quotes = &analysis.quotes;
    let (feats, df) = extract(quotes);
    let mut sets = Sets::new(&feats);

    // Identical wording: one pass over a hash of the normalised words. Each wording keeps one
    // representative per speaker, so the same words from two people make two groups.
    let mut exact: Map<u64, Vec<usize>> = Map::default();
    for (q, f) in feats.iter().enumerate() {
        if f.words == 0 {
            continue;
        }
        let reps = exact.entry(f.exact).or_default();
        if !reps.iter().any(|&r| sets.union(r, q)) {
            reps.push(q);
        }
    }

    // Similar wording: each bucket (quotes sharing a rare term) is clustered on its own, in
    // parallel, each quote joining the first exemplar it matches; the links are then merged
    // in a fixed order, so the result does not depend on thread timing.
    let links: Vec<Vec<(usize, usize)>> = buckets(&feats, &df)
        .par_iter()
        .map(|bucket| {
            let mut exemplars: Vec<usize> = Vec::new();
            let mut links = Vec::new();
            for &q in bucket {
                match exemplars
                    .iter()
                    .find(|&&e| same_statement(&feats[e], &feats[q]))
                {
                    Some(&e) => links.push((e, q)),
                    None if exemplars.len() < EXEMPLARS => exemplars.push(q),
                    None => {}
                }
            }
            links
        })
        .collect();
    for (e, q) in links.into_iter().flatten() {
        sets.union(e, q);
    }

    let mut members: Map<usize, Vec<usize>> = Map::default();
    for (q, quote) in quotes.iter().enumerate() {
        // A quote pointing past the corpus (inconsistent input) is left out, not trusted.
        if corpus.get(quote.article).is_some() {
            members.entry(sets.find(q)).or_default().push(q);
        }
    }
    let mut groups: Vec<VariantGroup> = members
        .into_values()
        .filter_map(|mut qs| {
            qs.sort_by_key(|&q| (quotes[q].article, quotes[q].span.start(), q));
            let variants: Vec<QuoteVariant> = qs
                .iter()
                .map(|&q| QuoteVariant {
                    quote: QuoteId::new(q),
                    article: quotes[q].article,
                })
                .collect();
            let group = VariantGroup {
                speaker: None,
                speaker_name: None,
                variants,
            };
            (group.articles().len() >= 2).then_some(group)
        })
        .map(|mut g| {
            name_speaker(&mut g, analysis, &feats);
            g
        })
        .collect();
    groups.sort_by_cached_key(|g| (std::cmp::Reverse(g.articles().len()), g.variants[0].quote));
    groups
}

/// For each of `quotes` quotes, the index of its group in `groups`, if any: what the Compare
/// view needs to mark quotes that have variants.
pub fn group_of_quote(groups: &[VariantGroup], quotes: usize) -> Vec<Option<usize>> {
    let mut out = vec![None; quotes];
    for (g, group) in groups.iter().enumerate() {
        for v in &group.variants {
            if let Some(slot) = out.get_mut(v.quote.index()) {
                *slot = Some(g);
            }
        }
    }
    out
}

/// The group's speaker: the person or organisation any of its quotes is attributed to (the
/// union rules guarantee there is at most one).
fn name_speaker(g: &mut VariantGroup, analysis: &Analysis, feats: &[Features]) {
    for v in &g.variants {
        match &feats[v.quote.index()].speaker {
            SpeakerKey::Person(p) => {
                g.speaker = Some(*p);
                g.speaker_name = analysis
                    .people
                    .get(p.index())
                    .map(|person| person.name.clone());
                return;
            }
            SpeakerKey::Organisation(_) => {
                g.speaker_name = analysis.quotes[v.quote]
                    .speaker_text
                    .as_deref()
                    .map(String::from);
            }
            SpeakerKey::Unknown => {}
        }
    }
}

/// Quote indices sharing each rare term, every bucket ordered longest quote first so the
/// fullest wording becomes the exemplar that trimmed ones are compared against.
fn buckets(feats: &[Features], df: &Idf) -> Vec<Vec<usize>> {
    let mut by_term: Map<u32, Vec<usize>> = Map::default();
    let mut keys: Vec<(u32, u32)> = Vec::new();
    for (q, f) in feats.iter().enumerate() {
        if f.short {
            continue;
        }
        keys.clear();
        keys.extend(
            f.terms
                .iter()
                .map(|&(t, _)| (df.df(t), t))
                .filter(|k| k.0 >= 2),
        );
        keys.sort_unstable();
        for &(_, t) in keys.iter().take(KEYS) {
            by_term.entry(t).or_default().push(q);
        }
    }
    let mut out: Vec<Vec<usize>> = by_term.into_values().filter(|b| b.len() >= 2).collect();
    for b in &mut out {
        b.sort_by_key(|&q| (std::cmp::Reverse(feats[q].words), q));
    }
    // By content, whole buckets: two buckets may start with the same quote, and the order the
    // links are merged in must not depend on the map's.
    out.sort_unstable();
    out
}

/// Whether two quotes are the same statement (see the module docs).
fn same_statement(x: &Features, y: &Features) -> bool {
    if x.article == y.article || x.short || y.short {
        return false;
    }
    let need = match (&x.speaker, &y.speaker) {
        (SpeakerKey::Unknown, _) | (_, SpeakerKey::Unknown) => UNKNOWN_SPEAKER,
        (a, b) if a == b => SAME_SPEAKER,
        _ => return false,
    };
    let (mut i, mut j, mut shared, mut count) = (0, 0, 0.0f32, 0);
    while i < x.terms.len() && j < y.terms.len() {
        match x.terms[i].0.cmp(&y.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += x.terms[i].1.min(y.terms[j].1);
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let smaller = x.weight.min(y.weight);
    count >= 2 && smaller > 0.0 && shared / smaller >= need
}

/// Union-find over quote indices that refuses to merge two sets with different known speakers,
/// so an unattributed quote cannot bridge two people's statements.
struct Sets {
    parent: Vec<usize>,
    speaker: Vec<SpeakerKey>,
}

impl Sets {
    fn new(feats: &[Features]) -> Sets {
        Sets {
            parent: (0..feats.len()).collect(),
            speaker: feats.iter().map(|f| f.speaker.clone()).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Merges the sets of `a` and `b`; false if their speakers conflict.
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        let merged = match (&self.speaker[ra], &self.speaker[rb]) {
            (SpeakerKey::Unknown, s) | (s, SpeakerKey::Unknown) => s.clone(),
            (s, t) if s == t => s.clone(),
            _ => return false,
        };
        let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[child] = root;
        self.speaker[root] = merged;
        true
    }
}
