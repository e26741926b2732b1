//! Search in the articles' text: the third kind of result beside people and quotes, a sentence
//! that holds every term of the query at the start of one of its words (a reader remembers
//! words, not letters: scattered letters never match running text). A sentence many outlets
//! print (wire copy) is one row.
//!
//! The index is a word list: the distinct sentences ("rows"), the distinct lowercased words
//! of them in sorted order, and for each word the rows it occurs in. A term is then a range of
//! the sorted words (those it starts), its rows a set of bits, and a query the intersection of
//! its terms' sets: per key the cost is the number of rows the terms' words occur in, never a
//! scan of the text. Built in one pass over the sentences, each distinct one tokenized once.

use super::query::{Match, Query, Scope, Term};
use super::{Hit, HitKind};
use crate::analysis::Analysis;
use crate::corpus::{Article, Corpus};
use crate::ids::narrow;
use crate::text::hash::{self, Map};
use crate::text::lower::push_lower;
use crate::text::token::{Token, pieces};
use rayon::prelude::*;
use std::ops::Range;

/// The shortest term the text is searched for: two letters start a tenth of all words, and a
/// reader who remembers a word types more of it.
pub const MIN_CHARS: usize = 3;

/// What one chunk of rows holds while the index is built: (word key, row) once per word of
/// a row, and the lowercased text of each word key.
type Chunk = (Vec<(u64, u32)>, Map<u64, Box<str>>);

/// The word list over the sentences of one analysis.
#[derive(Debug, Default)]
pub(crate) struct TextIndex {
    /// Per row (a distinct sentence text), its sentences (indices into `Analysis::sentences`),
    /// in corpus order: `members[row_start[r]..row_start[r + 1]]`.
    row_start: Vec<u32>,
    members: Vec<u32>,
    /// The distinct lowercased words, sorted, and per word its rows, ascending:
    /// `postings[word_start[w]..word_start[w + 1]]`.
    words: Vec<Box<str>>,
    word_start: Vec<u32>,
    postings: Vec<u32>,
    /// Per article, its outlet's number, to count the outlets printing a row.
    outlet_of: Vec<u32>,
    /// Per sentence, its article.
    article_of: Vec<u32>,
}

/// The rows a query finds: the best first (every term a whole word), then the others, each
/// part in corpus order.
#[derive(Clone, Debug, Default)]
pub(crate) struct TextMatches {
    pub rows: Vec<u32>,
}

impl TextIndex {
    pub fn build(corpus: &Corpus, analysis: &Analysis) -> TextIndex {
        let text_of = |s: &crate::analysis::Sentence| {
            corpus
                .get(s.article)
                .and_then(|a| a.text.get(s.span.start()..s.span.end()))
                .unwrap_or("")
        };
        // Each sentence's key on both cores, then its row: the first sentence of its text
        // makes one (wire copy printed twelve times is one row, read once).
        let keys: Vec<u64> = analysis
            .sentences
            .par_iter()
            .with_min_len(4096)
            .map(|s| hash::key(text_of(s).as_bytes()))
            .collect();
        let mut rows: Map<u64, u32> = Map::default();
        let mut firsts: Vec<u32> = Vec::new();
        let sentence_row: Vec<u32> = (keys.iter().enumerate())
            .map(|(i, &k)| {
                let next = narrow(rows.len());
                let row = *rows.entry(k).or_insert(next);
                if row == next {
                    firsts.push(narrow(i));
                }
                row
            })
            .collect();
        drop(keys);
        // The words of each row, on both cores, by the key of their lowercased form: per
        // chunk of rows, (word key, row) once per word of a row, and the new words' text.
        let chunks: Vec<Chunk> = firsts
            .par_chunks(8192)
            .enumerate()
            .map(|(c, chunk)| {
                let (mut tokens, mut buf) = (Vec::<Token>::new(), String::new());
                let (mut pairs, mut spelled) = (Vec::new(), Map::<u64, Box<str>>::default());
                let mut seen: Vec<u64> = Vec::new();
                for (k, &first) in chunk.iter().enumerate() {
                    let row = narrow(c * 8192 + k);
                    let text = text_of(&analysis.sentences[first as usize]);
                    pieces(text, 0, &mut tokens);
                    seen.clear();
                    for t in tokens.iter().filter(|t| t.is_word()) {
                        let word = t.text(text, 0);
                        let key = hash::word_key(word, &mut buf);
                        spelled.entry(key).or_insert_with(|| {
                            buf.clear();
                            push_lower(word, &mut buf);
                            buf.as_str().into()
                        });
                        seen.push(key);
                    }
                    // A word twice in a sentence is one posting.
                    seen.sort_unstable();
                    seen.dedup();
                    pairs.extend(seen.iter().map(|&key| (key, row)));
                }
                (pairs, spelled)
            })
            .collect();
        // One list of words, sorted; each pair's word by its place in it.
        let mut spelled: Map<u64, Box<str>> = Map::default();
        for (_, words) in &chunks {
            for (&k, w) in words {
                spelled.entry(k).or_insert_with(|| w.clone());
            }
        }
        let mut words: Vec<(Box<str>, u64)> = spelled.into_iter().map(|(k, w)| (w, k)).collect();
        words.sort_unstable();
        let rank: Map<u64, u32> = (words.iter().enumerate())
            .map(|(i, (_, k))| (*k, narrow(i)))
            .collect();
        let pairs: Vec<(u32, u32)> = (chunks.into_iter())
            .flat_map(|(pairs, _)| pairs)
            .map(|(k, row)| (rank[&k], row))
            .collect();
        drop(rank);
        // Chunks in row order, so each word's rows come out ascending.
        let (word_start, postings) = group(&pairs, words.len());
        drop(pairs);
        let by_row: Vec<(u32, u32)> = (sentence_row.iter().enumerate())
            .map(|(s, &r)| (r, narrow(s)))
            .collect();
        let (row_start, members) = group(&by_row, rows.len());
        let mut outlets: Map<&str, u32> = Map::default();
        let outlet_of = corpus
            .articles
            .iter()
            .map(|a| {
                let next = narrow(outlets.len());
                *outlets.entry(a.outlet.as_str()).or_insert(next)
            })
            .collect();
        TextIndex {
            row_start,
            members,
            words: words.into_iter().map(|(w, _)| w).collect(),
            word_start,
            postings,
            outlet_of,
            article_of: analysis
                .sentences
                .iter()
                .map(|s| narrow(s.article.index()))
                .collect(),
        }
    }

    /// The article of sentence `s`.
    pub fn article(&self, s: usize) -> Option<crate::ids::ArticleId> {
        self.article_of
            .get(s)
            .map(|&a| crate::ids::ArticleId::new(a as usize))
    }

    pub fn rows(&self) -> usize {
        self.row_start.len().saturating_sub(1)
    }

    /// The sentences of row `r`, the first of them standing for it.
    pub fn members(&self, r: u32) -> &[u32] {
        let r = r as usize;
        match (self.row_start.get(r), self.row_start.get(r + 1)) {
            (Some(&a), Some(&b)) => &self.members[a as usize..b as usize],
            _ => &[],
        }
    }

    /// How many outlets print row `r`.
    pub fn outlets(&self, r: u32) -> usize {
        let mut seen: Vec<u32> = self
            .members(r)
            .iter()
            .filter_map(|&s| self.article_of.get(s as usize))
            .filter_map(|&a| self.outlet_of.get(a as usize).copied())
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }

    /// The rows matching `query`, or None when the query does not look in the text (scoped
    /// to people or quotes, by speaker, or with no term of [`MIN_CHARS`]).
    pub fn search(&self, query: &Query) -> Option<TextMatches> {
        if query.scope != Scope::All || query.by_speaker {
            return None;
        }
        let positive = || query.groups.iter().flatten().filter(|t| !t.negated);
        if positive().all(|t| t.text.chars().count() < MIN_CHARS) {
            return None;
        }
        let n = self.rows();
        let (mut any, mut whole) = (Bits::full(n), Bits::full(n));
        for group in &query.groups {
            let (mut some, mut all) = (Bits::new(n), Bits::new(n));
            for t in group {
                let (found, exact) = self.term(t, n);
                if t.negated {
                    any.minus(&found);
                    whole.minus(&found);
                    continue;
                }
                some.or(&found);
                all.or(&exact);
            }
            if group.iter().all(|t| t.negated) {
                continue;
            }
            any.and(&some);
            whole.and(&all);
        }
        let mut rows = Vec::new();
        let mut push = |bits: &[u64], skip: Option<&[u64]>| {
            for (i, &w) in bits.iter().enumerate() {
                let mut w = w & !skip.map_or(0, |s| s[i]);
                while w != 0 {
                    let r = i * 64 + w.trailing_zeros() as usize;
                    if r < n {
                        rows.push(narrow(r));
                    }
                    w &= w - 1;
                }
            }
        };
        push(&whole.0, None);
        push(&any.0, Some(&whole.0));
        Some(TextMatches { rows })
    }

    /// The rows a term finds, and those where it is a whole word. A term of several words
    /// (`new\ york`) finds the rows holding each (all but the last whole); that they follow
    /// one another is checked by [`marks`], for the rows shown.
    fn term(&self, t: &Term, n: usize) -> (Bits, Bits) {
        let parts: Vec<&str> = t.text.split(' ').filter(|p| !p.is_empty()).collect();
        let (mut found, mut exact) = (Bits::full(n), Bits::full(n));
        for (k, part) in parts.iter().enumerate() {
            let kind = if k + 1 < parts.len() {
                Match::Whole
            } else {
                t.kind
            };
            let (words, word) = self.words_of(part, kind);
            let (mut a, mut b) = (Bits::new(n), Bits::new(n));
            self.set(&mut a, words);
            if let Some(w) = word {
                self.set(&mut b, w..w + 1);
            }
            found.and(&a);
            exact.and(&b);
        }
        (found, exact)
    }

    /// The words `part` finds as `kind` reads it (a range of the sorted words for a start,
    /// else the words read one by one), and the word it is, if it is one.
    fn words_of(&self, part: &str, kind: Match) -> (WordSet, Option<usize>) {
        let mut typed = String::new();
        push_lower(part, &mut typed);
        let typed = typed.as_str();
        let start = self.words.partition_point(|w| &**w < typed);
        let exact = self
            .words
            .get(start)
            .filter(|w| &***w == typed)
            .map(|_| start);
        let set = match kind {
            Match::Fuzzy | Match::Prefix => {
                let len = self.words[start..].partition_point(|w| w.starts_with(typed));
                WordSet::Range(start..start + len)
            }
            Match::Whole => WordSet::Range(exact.map_or(0..0, |w| w..w + 1)),
            Match::Exact => WordSet::List(self.scan_words(|w| w.contains(typed))),
            Match::Suffix => WordSet::List(self.scan_words(|w| w.ends_with(typed))),
        };
        (set, exact)
    }

    fn scan_words(&self, keep: impl Fn(&str) -> bool) -> Vec<usize> {
        (0..self.words.len())
            .filter(|&w| keep(&self.words[w]))
            .collect()
    }

    /// Sets the rows of `words` in `bits`.
    fn set(&self, bits: &mut Bits, words: impl Into<WordSet>) {
        let mut one = |w: usize| {
            let (a, b) = (self.word_start[w] as usize, self.word_start[w + 1] as usize);
            for &r in &self.postings[a..b] {
                bits.0[r as usize / 64] |= 1 << (r % 64);
            }
        };
        match words.into() {
            WordSet::Range(r) => r.for_each(&mut one),
            WordSet::List(l) => l.into_iter().for_each(&mut one),
        }
    }
}

/// Some of the sorted words.
enum WordSet {
    Range(Range<usize>),
    List(Vec<usize>),
}

impl From<Range<usize>> for WordSet {
    fn from(r: Range<usize>) -> WordSet {
        WordSet::Range(r)
    }
}

/// A set of rows.
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }

    fn full(n: usize) -> Bits {
        Bits(vec![!0; n.div_ceil(64)])
    }

    fn or(&mut self, other: &Bits) {
        self.0.iter_mut().zip(&other.0).for_each(|(a, b)| *a |= b);
    }

    fn and(&mut self, other: &Bits) {
        self.0.iter_mut().zip(&other.0).for_each(|(a, b)| *a &= b);
    }

    fn minus(&mut self, other: &Bits) {
        self.0.iter_mut().zip(&other.0).for_each(|(a, b)| *a &= !b);
    }
}

/// The values of (group, value) pairs grouped, in the order met within a group (a counting
/// sort): `values[start[g]..start[g + 1]]` are group `g`'s.
fn group(pairs: &[(u32, u32)], groups: usize) -> (Vec<u32>, Vec<u32>) {
    let mut start = vec![0u32; groups + 1];
    for &(g, _) in pairs {
        start[g as usize + 1] += 1;
    }
    for i in 1..start.len() {
        start[i] += start[i - 1];
    }
    let mut fill = start.clone();
    let mut values = vec![0u32; pairs.len()];
    for &(g, v) in pairs {
        values[fill[g as usize] as usize] = v;
        fill[g as usize] += 1;
    }
    (start, values)
}

/// A sentence the text search found, as a view or the CLI shows it.
#[derive(Clone, Debug)]
pub struct TextHit<'a> {
    pub article: &'a Article,
    /// The sentence: bytes of `article.text`.
    pub sentence: Range<usize>,
    /// The paragraph it is in, bytes of `article.text`.
    pub paragraph: Range<usize>,
    /// Where the query's terms match, bytes of `article.text`, in order.
    pub marks: Vec<Range<usize>>,
}

impl<'a> TextHit<'a> {
    pub fn text(&self) -> &'a str {
        &self.article.text[self.sentence.clone()]
    }

    /// The marks as char indices into [`TextHit::text`], as [`super::Hit::indices`] are.
    pub fn indices(&self) -> Vec<usize> {
        let text = self.text();
        let mut out = Vec::new();
        for (i, (at, _)) in text.char_indices().enumerate() {
            let at = at + self.sentence.start;
            if self.marks.iter().any(|m| m.contains(&at)) {
                out.push(i);
            }
        }
        out
    }

    /// Where the reader should open: from the first mark to the last, else the sentence.
    pub fn target(&self) -> Range<usize> {
        match (self.marks.first(), self.marks.last()) {
            (Some(a), Some(b)) => a.start..b.end.max(a.end),
            _ => self.sentence.clone(),
        }
    }
}

/// The sentence of a [`HitKind::Text`] hit with where `query` matches in it; None for another
/// kind of hit or one that does not fit this corpus and analysis.
pub fn text_hit<'a>(
    corpus: &'a Corpus,
    analysis: &Analysis,
    hit: &Hit,
    query: &str,
) -> Option<TextHit<'a>> {
    if hit.kind != HitKind::Text {
        return None;
    }
    let s = analysis.sentences.get(hit.entry)?;
    let article = corpus.get(s.article)?;
    let sentence = s.span.start()..s.span.end();
    let text = article.text.get(sentence.clone())?;
    let paragraph = article
        .paragraphs
        .get(s.paragraph())
        .map(|p| p.span.start().min(sentence.start)..p.span.end().max(sentence.end))
        .filter(|p| article.text.get(p.clone()).is_some())
        .unwrap_or_else(|| sentence.clone());
    let marks = marks(text, &super::parse(super::bounded(query)))
        .into_iter()
        .map(|m| m.start + sentence.start..m.end + sentence.start)
        .collect();
    Some(TextHit {
        article,
        sentence,
        paragraph,
        marks,
    })
}

/// The byte ranges of `sentence` where the query's positive terms match as the text search
/// reads them (the start of a word, or as `'`, `^`, `$` say, within a word), in order. A term
/// of several words matches where they follow one another.
pub fn marks(sentence: &str, query: &Query) -> Vec<Range<usize>> {
    let mut tokens = Vec::new();
    pieces(sentence, 0, &mut tokens);
    let words: Vec<(Range<usize>, String)> = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| {
            let mut w = String::new();
            push_lower(t.text(sentence, 0), &mut w);
            (t.span.start()..t.span.end(), w)
        })
        .collect();
    let mut out = Vec::new();
    for t in query.groups.iter().flatten().filter(|t| !t.negated) {
        let parts: Vec<String> = t
            .text
            .split(' ')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let mut w = String::new();
                push_lower(p, &mut w);
                w
            })
            .collect();
        let Some(last) = parts.len().checked_sub(1) else {
            continue;
        };
        for i in 0..words.len().saturating_sub(last) {
            let hit = parts.iter().enumerate().all(|(k, p)| {
                let w = words[i + k].1.as_str();
                match t.kind {
                    _ if k < last => w == p,
                    Match::Fuzzy | Match::Prefix => w.starts_with(p.as_str()),
                    Match::Whole => w == p,
                    Match::Exact => w.contains(p.as_str()),
                    Match::Suffix => w.ends_with(p.as_str()),
                }
            });
            if hit {
                out.push(words[i].0.start..words[i + last].0.end);
            }
        }
    }
    out.sort_unstable_by_key(|r| (r.start, r.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::parse;

    #[test]
    fn marks_are_word_starts_and_phrases() {
        let s = "Ferry crews in Tromsø struck again, ferrymen said.";
        let at = |q: &str| {
            marks(s, &parse(q))
                .into_iter()
                .map(|r| &s[r])
                .collect::<Vec<_>>()
        };
        assert_eq!(at("ferry"), ["Ferry", "ferrymen"]);
        assert_eq!(at("^ferry$"), ["Ferry"]);
        assert_eq!(at("'rome"), Vec::<&str>::new());
        assert_eq!(at("'rry"), ["Ferry", "ferrymen"]);
        assert_eq!(at("tromsø"), ["Tromsø"]);
        assert_eq!(at(r"struck\ ag"), ["struck again"]);
        assert_eq!(at("erry"), Vec::<&str>::new(), "not inside a word");
        assert_eq!(at("!ferry"), Vec::<&str>::new());
    }

    #[test]
    fn whole_words_first_negation_and_scope() {
        use crate::corpus::{FileFormat, load_bytes};
        let line = |id: &str, outlet: &str, text: &str| {
            format!(
                "{{\"id\":\"{id}\",\"outlet\":\"{outlet}\",\"title\":\"t\",\"text\":\"{text}\"}}\n"
            )
        };
        let jsonl = [
            line(
                "a",
                "Quay Post",
                "Ferrymen walked out at dawn. The pier stayed shut.",
            ),
            line(
                "b",
                "Harbor Daily",
                "The ferry left late. The pier stayed shut.",
            ),
            line("c", "Coast Wire", "A ferry strike began. Nobody sailed."),
        ]
        .concat();
        let corpus = load_bytes(FileFormat::Jsonl, "t.jsonl", jsonl.as_bytes());
        let analysis = crate::analysis::analyze(&corpus);
        let index = TextIndex::build(&corpus, &analysis);
        let found = |q: &str| {
            index.search(&parse(q)).map(|m| {
                m.rows
                    .iter()
                    .map(|&r| {
                        let s = &analysis.sentences[index.members(r)[0] as usize];
                        corpus.articles[s.article].text[s.span.start()..s.span.end()].to_string()
                    })
                    .collect::<Vec<_>>()
            })
        };
        // "ferry" as a word before "ferrymen", which it starts; each part in corpus order.
        assert_eq!(
            found("ferry").unwrap(),
            [
                "The ferry left late.",
                "A ferry strike began.",
                "Ferrymen walked out at dawn."
            ]
        );
        assert_eq!(found("ferry !strike").unwrap().len(), 2);
        assert_eq!(found("'rymen").unwrap(), ["Ferrymen walked out at dawn."]);
        // The sentence two outlets print is one row, counting both.
        let pier = index.search(&parse("pier shut")).unwrap();
        assert_eq!(pier.rows.len(), 1);
        assert_eq!(index.outlets(pier.rows[0]), 2);
        assert_eq!(found("q:ferry"), None, "scoped to quotes");
        assert_eq!(found("@ruiz ferry"), None, "by a speaker");
        assert_eq!(found("fe"), None, "too short to search the text");
        assert_eq!(found("ferry lat").unwrap(), ["The ferry left late."]);
    }

    #[test]
    fn rows_are_grouped_in_order() {
        let pairs: Vec<(u32, u32)> = [0, 1, 0, 2, 1].into_iter().zip(0..).collect();
        let (start, members) = group(&pairs, 3);
        assert_eq!(start, [0, 2, 4, 5]);
        assert_eq!(members, [0, 2, 1, 4, 3]);
    }
}
