//! The index: one entry per person and per quote, their searchable text laid out once in two
//! contiguous buffers (as written, and ASCII-lowercased for the case-insensitive scans), entries
//! sorted so that an entry's position is also its rank among equal scores.

use super::scan::{self, SEP};
use super::{Hit, Kind};
use crate::analysis::{Analysis, PersonKind};
use crate::corpus::Corpus;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::sync::atomic::{AtomicU64, Ordering};

/// One searchable item. Offsets are bytes into [`Index::orig`] and [`Index::lower`].
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub kind: Kind,
    /// Index into `Analysis::people` or `Analysis::quotes`.
    pub item: usize,
    pub start: usize,
    /// End of the displayed field (the name, or the quote), the first field.
    pub display_end: usize,
    /// End of the fields that name someone: a person's name and aliases, a quote's speaker.
    pub names_end: usize,
    pub end: usize,
    pub article: Option<usize>,
    /// A quote's speaker, an index into `Analysis::people`.
    pub speaker: Option<usize>,
}

/// Fuzzy index over the people and quotes of one analysis. Immutable once built, `Send + Sync`:
/// share it behind an `Arc` to search from another thread.
pub struct Index {
    /// Every entry's fields, NUL between fields and between entries.
    pub(crate) orig: String,
    /// `orig` with ASCII letters lowercased: the same byte layout, so offsets carry over.
    pub(crate) lower: String,
    /// Sorted: people (actors, then credits) before quotes, shorter before longer.
    pub(crate) entries: Vec<Entry>,
    /// [`scan::mask`] of each entry's text.
    pub(crate) masks: Vec<u64>,
    /// Each entry's (start, end) in the buffers: the scans' hot data, apart from the rest.
    spans: Vec<(usize, usize)>,
    /// Entries `0..people` are people, the rest quotes.
    pub(crate) people: usize,
    person_pos: Vec<usize>,
    quote_pos: Vec<usize>,
    article_ids: Vec<String>,
    outlets: Vec<String>,
    quotes_by: Vec<Vec<usize>>,
    /// The distinct speakers as written of quotes with no person as speaker.
    pub(crate) labels: Vec<String>,
    /// Per quote (position minus `people`): the speaker's position among the people, and the
    /// index into `labels`; `u32::MAX` for none.
    pub(crate) quote_speakers: Vec<(u32, u32)>,
    pub(crate) matcher: SkimMatcherV2,
    /// Distinguishes indexes, so a `Searcher` never narrows from another index's results.
    pub(crate) id: u64,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("people", &self.people)
            .field("quotes", &(self.entries.len() - self.people))
            .field("bytes", &self.orig.len())
            .finish()
    }
}

/// A field's text for the index: NUL is our separator, so it becomes a space.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\0') {
        s.replace('\0', " ").into()
    } else {
        s.into()
    }
}

impl Index {
    /// Indexes every person and every quote of `analysis`; `corpus` gives the outlets and article
    /// ids. Out-of-range references in the analysis are treated as absent, never a panic.
    pub fn build(corpus: &Corpus, analysis: &Analysis) -> Index {
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        let people = &analysis.people;
        let speaker_of = |q: &crate::analysis::Quote| q.speaker.filter(|&p| p < people.len());
        let mut order: Vec<(u8, usize, Kind, usize)> = people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let credit = u8::from(p.kind == PersonKind::Credit);
                (credit, p.name.chars().count(), Kind::Person, i)
            })
            .chain(
                analysis
                    .quotes
                    .iter()
                    .enumerate()
                    .map(|(i, q)| (2, q.text.chars().count(), Kind::Quote, i)),
            )
            .collect();
        order.sort_unstable_by_key(|&(rank, chars, _, item)| (rank, chars, item));

        let bytes: usize = people
            .iter()
            .map(|p| {
                p.name.len()
                    + p.aliases
                        .iter()
                        .chain(&p.roles)
                        .map(|s| s.len() + 1)
                        .sum::<usize>()
            })
            .chain(analysis.quotes.iter().map(|q| q.text.len() + 40))
            .sum();
        let mut orig = String::with_capacity(bytes);
        let mut entries = Vec::with_capacity(order.len());
        let mut person_pos = vec![usize::MAX; people.len()];
        let mut quote_pos = vec![usize::MAX; analysis.quotes.len()];
        let mut quotes_by = vec![Vec::new(); people.len()];
        let mut labels: Vec<String> = Vec::new();
        let mut label_ids: std::collections::HashMap<String, u32> =
            std::collections::HashMap::new();
        let mut quote_labels: Vec<u32> = Vec::new();
        let field = |orig: &mut String, s: &str| {
            orig.push_str(&clean(s));
            orig.push(SEP as char);
        };
        for &(_, _, kind, item) in &order {
            let start = orig.len();
            let entry = match kind {
                Kind::Person => {
                    let p = &people[item];
                    person_pos[item] = entries.len();
                    field(&mut orig, &p.name);
                    let display_end = orig.len() - 1;
                    let mut seen = vec![p.name.to_lowercase()];
                    let variants = p.variants.iter().map(|v| &v.alias);
                    for alias in p.aliases.iter().chain(variants) {
                        if !seen.contains(&alias.to_lowercase()) {
                            seen.push(alias.to_lowercase());
                            field(&mut orig, alias);
                        }
                    }
                    let names_end = orig.len() - 1;
                    for role in &p.roles {
                        field(&mut orig, role);
                    }
                    Entry {
                        kind,
                        item,
                        start,
                        display_end,
                        names_end,
                        end: orig.len() - 1,
                        article: None,
                        speaker: None,
                    }
                }
                Kind::Quote => {
                    let q = &analysis.quotes[item];
                    quote_pos[item] = entries.len();
                    let speaker = speaker_of(q);
                    if let Some(p) = speaker {
                        quotes_by[p].push(item);
                    }
                    let article = corpus.articles.get(q.article).map(|_| q.article);
                    field(&mut orig, &q.text);
                    let display_end = orig.len() - 1;
                    let label = speaker
                        .map(|p| people[p].name.as_str())
                        .or(q.speaker_text.as_deref());
                    let unnamed = label.filter(|l| speaker.is_none() && !l.is_empty());
                    quote_labels.push(unnamed.map_or(u32::MAX, |l| {
                        let l = clean(l).into_owned();
                        let next = u32::try_from(labels.len()).unwrap_or(u32::MAX);
                        *label_ids.entry(l.clone()).or_insert_with(|| {
                            labels.push(l);
                            next
                        })
                    }));
                    field(&mut orig, label.unwrap_or(""));
                    let names_end = orig.len() - 1;
                    field(
                        &mut orig,
                        article.map_or("", |a| corpus.articles[a].outlet.as_str()),
                    );
                    Entry {
                        kind,
                        item,
                        start,
                        display_end,
                        names_end,
                        end: orig.len() - 1,
                        article,
                        speaker,
                    }
                }
            };
            entries.push(entry);
        }
        let lower = orig.to_ascii_lowercase();
        let spans = entries.iter().map(|e| (e.start, e.end)).collect();
        let masks = entries
            .iter()
            .map(|e| scan::mask(&lower.as_bytes()[e.start..e.end]))
            .collect();
        for list in &mut quotes_by {
            list.sort_unstable();
        }
        let as_u32 = |p: usize| u32::try_from(p).unwrap_or(u32::MAX);
        let quote_speakers = entries[person_pos.len()..]
            .iter()
            .zip(&quote_labels)
            .map(|(e, &label)| (e.speaker.map_or(u32::MAX, |p| as_u32(person_pos[p])), label))
            .collect();
        Index {
            people: person_pos.len(),
            orig,
            lower,
            entries,
            masks,
            spans,
            person_pos,
            quote_pos,
            article_ids: corpus.articles.iter().map(|a| a.id.clone()).collect(),
            outlets: corpus.articles.iter().map(|a| a.outlet.clone()).collect(),
            quotes_by,
            labels,
            quote_speakers,
            matcher: SkimMatcherV2::default().smart_case(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Number of entries (people and quotes).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn people_len(&self) -> usize {
        self.people
    }

    pub fn quotes_len(&self) -> usize {
        self.entries.len() - self.people
    }

    /// The position of a hit's entry, if the hit belongs to this index.
    pub(crate) fn pos(&self, kind: Kind, item: usize) -> Option<usize> {
        let table = match kind {
            Kind::Person => &self.person_pos,
            Kind::Quote => &self.quote_pos,
        };
        table.get(item).copied().filter(|&p| p < self.entries.len())
    }

    fn entry(&self, hit: &Hit) -> Option<&Entry> {
        self.pos(hit.kind, hit.entry).map(|p| &self.entries[p])
    }

    /// The entry's text as written, NUL-separated fields.
    pub(crate) fn orig_of(&self, pos: usize) -> &str {
        let (start, end) = self.spans.get(pos).copied().unwrap_or_default();
        self.orig.get(start..end).unwrap_or("")
    }

    /// The entry's text with ASCII lowercased, same layout as [`Index::orig_of`].
    pub(crate) fn lower_of(&self, pos: usize) -> &str {
        let (start, end) = self.spans.get(pos).copied().unwrap_or_default();
        self.lower.get(start..end).unwrap_or("")
    }

    /// A person's name and aliases (the fields before the roles), as written or lowercased.
    pub(crate) fn names_of(&self, pos: usize, as_written: bool) -> &str {
        let Some(e) = self.entries.get(pos) else {
            return "";
        };
        let buf = if as_written { &self.orig } else { &self.lower };
        buf.get(e.start..e.names_end).unwrap_or("")
    }

    /// The displayed text: a person's name or a quote. Empty for a hit from another index.
    pub fn text(&self, hit: &Hit) -> &str {
        self.entry(hit)
            .map_or("", |e| &self.orig[e.start..e.display_end])
    }

    /// The article a quote comes from (index into `Corpus::articles`); None for a person.
    pub fn article(&self, hit: &Hit) -> Option<usize> {
        self.entry(hit).and_then(|e| e.article)
    }

    /// The id of the article a quote comes from.
    pub fn article_id(&self, hit: &Hit) -> Option<&str> {
        self.article(hit)
            .and_then(|a| self.article_ids.get(a))
            .map(String::as_str)
    }

    /// The outlet a quote comes from.
    pub fn outlet(&self, hit: &Hit) -> Option<&str> {
        self.article(hit)
            .and_then(|a| self.outlets.get(a))
            .map(String::as_str)
    }

    /// A quote's speaker: the person's name, or the speaker as written ("the foreign ministry").
    /// None for a person or an unattributed quote.
    pub fn speaker(&self, hit: &Hit) -> Option<&str> {
        let e = self.entry(hit).filter(|e| e.kind == Kind::Quote)?;
        let label = &self.orig[e.display_end + 1..e.names_end];
        (!label.is_empty()).then_some(label)
    }

    /// The quotes (indices into `Analysis::quotes`) attributed to a person, ascending.
    pub fn quotes_by(&self, person: usize) -> &[usize] {
        self.quotes_by.get(person).map_or(&[], Vec::as_slice)
    }
}
