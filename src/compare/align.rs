//! Sentence alignment between two articles: which sentences report the same thing.
//!
//! Sentences become TF-IDF vectors over content words, names, numbers and date words
//! ([`super::vectors`]); pairs whose cosine similarity reaches [`THRESHOLD`] are candidates. The
//! main pass keeps the heaviest chain of candidates that runs in order on both sides (a
//! Needleman–Wunsch-style alignment with free gaps, solved sparsely as a weighted longest
//! increasing subsequence, so its cost follows the candidates, not the product of the two
//! lengths). Outlets do reorder, though: a second pass lets a candidate of at least [`STRONG`]
//! similarity pair out of order when its sentences are still unpaired, or when it beats a weak
//! in-order pair by a clear margin. Such a pair is marked `crossing` when it crosses the
//! in-order pairs; one that merely replaced a weak partner in place is not.

mod chain;

use super::vectors::{Candidate, candidates, vectorize};
use crate::analysis::Analysis;
use crate::corpus::Corpus;
use crate::ids::ArticleId;
use crate::text::tfidf::Idf;
use chain::chain;
use serde::Serialize;

/// The similarity two sentences need to pair. Chosen on hand-labelled made-up reports of three
/// stories (tests/compare/stories.rs, checked by `threshold_separates_labelled_pairs`): the 19
/// labelled pairs — paraphrases and a literal machine translation keeping names and numbers —
/// score 0.30 and up; every other pair, including sentences that share a place name, a date or
/// a stock phrase with a labelled one, at most 0.22. 0.25 sits in that gap. On the seed
/// articles the pairs it accepts read as the same report, and those just under it as related
/// but different facts.
pub const THRESHOLD: f32 = 0.25;

/// The similarity a pair needs to be accepted out of order: high enough that a moved sentence
/// is unmistakably the same one (the labelled moved and swapped sentences score 0.58 and up,
/// while a sentence sharing the topic but not the fact stays under 0.25).
pub const STRONG: f32 = 0.5;

/// How much an out-of-order pair must beat an in-order pair it displaces.
pub const MARGIN: f32 = 0.2;

/// Tunables of [`align_with`]; [`Params::default`] gives the documented constants.
#[derive(Clone, Copy, Debug)]
pub struct Params {
    pub threshold: f32,
    pub strong: f32,
    pub margin: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            threshold: THRESHOLD,
            strong: STRONG,
            margin: MARGIN,
        }
    }
}

/// Two sentences, one from each side, that report the same thing. Indices are positions in the
/// slices given to [`align`] (for [`align_articles`], within each article's sentences).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Pair {
    pub left: usize,
    pub right: usize,
    pub similarity: f32,
    /// Out of order with respect to the main chain of pairs: the view draws a link.
    pub crossing: bool,
}

/// One row of the side-by-side view.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Row {
    Pair(Pair),
    LeftOnly(usize),
    RightOnly(usize),
}

/// Rows in display order: every left sentence once, in order; every right sentence once, in
/// order except those in crossing pairs, which sit on their left partner's row.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Alignment {
    pub rows: Vec<Row>,
}

impl Alignment {
    pub fn pairs(&self) -> impl Iterator<Item = &Pair> {
        self.rows.iter().filter_map(|r| match r {
            Row::Pair(p) => Some(p),
            _ => None,
        })
    }

    pub fn left_only(&self) -> impl Iterator<Item = usize> + '_ {
        self.rows.iter().filter_map(|r| match r {
            Row::LeftOnly(i) => Some(*i),
            _ => None,
        })
    }

    pub fn right_only(&self) -> impl Iterator<Item = usize> + '_ {
        self.rows.iter().filter_map(|r| match r {
            Row::RightOnly(j) => Some(*j),
            _ => None,
        })
    }

    /// The pair holding left sentence `i`, if any.
    pub fn partner_of_left(&self, i: usize) -> Option<&Pair> {
        self.pairs().find(|p| p.left == i)
    }
}

/// Aligns two articles' sentences with IDF taken from these sentences alone.
pub fn align(a: &[&str], b: &[&str]) -> Alignment {
    align_with(a, b, None, &Params::default())
}

/// Aligns two lists of sentences; `idf` (from the whole corpus) replaces the two-article IDF.
pub fn align_with(a: &[&str], b: &[&str], idf: Option<&Idf>, params: &Params) -> Alignment {
    let (va, vb) = vectorize(a, b, idf);
    let cands = candidates(&va, &vb, params.threshold);
    let pairs = choose(&cands, a.len(), b.len(), params);
    layout(&pairs, a.len(), b.len())
}

/// Aligns the story sentences of articles `left` and `right`; `None` if either index is out of
/// range. Row indices count within each article (add `analysis.article_sentences[k].start` for
/// an index into [`Analysis::sentences`]).
pub fn align_articles(
    corpus: &Corpus,
    analysis: &Analysis,
    left: ArticleId,
    right: ArticleId,
    idf: Option<&Idf>,
) -> Option<Alignment> {
    let a = article_sentences(corpus, analysis, left)?;
    let b = article_sentences(corpus, analysis, right)?;
    Some(align_with(&a, &b, idf, &Params::default()))
}

/// The text of each story sentence of article `k`.
pub fn article_sentences<'a>(
    corpus: &'a Corpus,
    analysis: &Analysis,
    k: ArticleId,
) -> Option<Vec<&'a str>> {
    let text = &corpus.get(k)?.text;
    let range = analysis.article_sentences.get(k.index())?.clone();
    let sentences = analysis.sentences.get(range)?;
    Some(
        sentences
            .iter()
            .map(|s| text.get(s.span.start()..s.span.end()).unwrap_or(""))
            .collect(),
    )
}

/// The final pairs: the in-order chain, then strong out-of-order pairs; `crossing` set for
/// those that cross the in-order ones.
fn choose(cands: &[Candidate], n: usize, m: usize, params: &Params) -> Vec<Pair> {
    let mut pairs: Vec<Option<Candidate>> = chain(cands, m)
        .into_iter()
        .map(|k| Some(cands[k]))
        .collect();
    let mut left_of: Vec<Option<usize>> = vec![None; n];
    let mut right_of: Vec<Option<usize>> = vec![None; m];
    for (k, p) in pairs.iter().enumerate() {
        if let Some(p) = p {
            left_of[p.left] = Some(k);
            right_of[p.right] = Some(k);
        }
    }
    let in_chain = pairs.len();
    let mut rest: Vec<&Candidate> = cands
        .iter()
        .filter(|c| c.similarity >= params.strong)
        .collect();
    rest.sort_by(|x, y| {
        y.similarity
            .total_cmp(&x.similarity)
            .then((x.left, x.right).cmp(&(y.left, y.right)))
    });
    for c in rest {
        let displaced = match (left_of[c.left], right_of[c.right]) {
            (None, None) => None,
            (Some(k), None) | (None, Some(k)) => {
                let weak = pairs[k].is_some_and(|p| p.similarity + params.margin <= c.similarity);
                if k >= in_chain || !weak {
                    continue; // taken by a stronger out-of-order pair, or by a good in-order one
                }
                Some(k)
            }
            (Some(_), Some(_)) => continue,
        };
        if let Some(k) = displaced
            && let Some(old) = pairs[k].take()
        {
            left_of[old.left] = None;
            right_of[old.right] = None;
        }
        left_of[c.left] = Some(pairs.len());
        right_of[c.right] = Some(pairs.len());
        pairs.push(Some(*c));
    }
    // The surviving in-order pairs form the spine; an added pair joins it when it crosses no
    // spine pair (it only replaced a weak partner), strongest first, and is crossing otherwise.
    let mut spine: Vec<Pair> = Vec::new();
    let mut added: Vec<Pair> = Vec::new();
    for (k, c) in pairs.iter().enumerate() {
        if let Some(c) = c {
            let p = Pair {
                left: c.left,
                right: c.right,
                similarity: c.similarity,
                crossing: false,
            };
            if k < in_chain {
                spine.push(p)
            } else {
                added.push(p)
            }
        }
    }
    spine.sort_by_key(|p| p.left);
    // `added` is already strongest first: the order the second pass accepted them in.
    let mut out = Vec::with_capacity(spine.len() + added.len());
    for mut p in added {
        let at = spine.partition_point(|q| q.left < p.left);
        let fits = (at == 0 || spine[at - 1].right < p.right)
            && spine.get(at).is_none_or(|q| q.right > p.right);
        if fits {
            spine.insert(at, p);
        } else {
            p.crossing = true;
            out.push(p);
        }
    }
    out.extend(spine);
    out.sort_by_key(|p| (p.left, p.right));
    out
}

/// Rows in display order (see [`Alignment`]).
fn layout(pairs: &[Pair], n: usize, m: usize) -> Alignment {
    let mut at_left: Vec<Option<&Pair>> = vec![None; n];
    let mut right_in_crossing = vec![false; m];
    for p in pairs {
        at_left[p.left] = Some(p);
        if p.crossing {
            right_in_crossing[p.right] = true;
        }
    }
    let mut rows = Vec::with_capacity(n + m);
    let mut j = 0;
    for (i, slot) in at_left.iter().enumerate() {
        match slot {
            Some(p) if !p.crossing => {
                rows.extend(
                    (j..p.right)
                        .filter(|&r| !right_in_crossing[r])
                        .map(Row::RightOnly),
                );
                j = p.right + 1;
                rows.push(Row::Pair(**p));
            }
            Some(p) => rows.push(Row::Pair(**p)),
            None => rows.push(Row::LeftOnly(i)),
        }
    }
    rows.extend(
        (j..m)
            .filter(|&r| !right_in_crossing[r])
            .map(Row::RightOnly),
    );
    Alignment { rows }
}
