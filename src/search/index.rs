//! The index: one entry per person and per quote, their searchable text laid out once in two
//! contiguous buffers (as written, and ASCII-lowercased for the case-insensitive scans), entries
//! sorted so that an entry's position is also its rank among equal scores, quotes of the same
//! words side by side. Quotes' speakers and outlets are also listed once each, for the scans.

mod build;

use super::sig::Sig;
use super::{Hit, HitKind};
use crate::ids::{ArticleId, PersonId};
use fuzzy_matcher::skim::SkimMatcherV2;

/// One searchable item. Offsets are bytes into [`Index::orig`] and [`Index::lower`].
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub kind: HitKind,
    /// Index into `Analysis::people` or `Analysis::quotes`.
    pub item: usize,
    pub start: usize,
    /// End of the displayed field (the name, or the quote), the first field.
    pub display_end: usize,
    /// End of the fields that name someone: a person's name and aliases, a quote's speaker.
    pub names_end: usize,
    pub end: usize,
    pub article: Option<ArticleId>,
    /// A quote's speaker.
    pub speaker: Option<PersonId>,
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
    /// The summary of each entry's lowercased text.
    pub(crate) sigs: Vec<Sig>,
    /// Each entry's (start, end) in the buffers: the scans' hot data, apart from the rest.
    spans: Vec<(usize, usize)>,
    /// Per entry: the length of its first field, and a number shared with the entries next
    /// to it whose first field is the same quote (many outlets quote the same words), so a
    /// scan of that field can be done once for them all.
    pub(crate) groups: Vec<(u32, u32)>,
    /// The distinct speakers and outlets of quotes as written and lowercased: a scan reads
    /// each once per term and looks the answer up for every quote (see `TermPlan::fields`).
    pub(crate) fields: Vec<String>,
    pub(crate) field_lower: Vec<String>,
    /// Per quote (position minus `people`): its speaker's and outlet's places in `fields`.
    pub(crate) quote_fields: Vec<(u32, u32)>,
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
    /// The articles' sentences, the third kind of result.
    pub(crate) sentences: super::text::TextIndex,
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

impl Index {
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

    /// The distinct sentences of the text searched (wire copy counted once).
    pub fn sentences_len(&self) -> usize {
        self.sentences.rows()
    }

    /// The position of a hit's entry, if the hit belongs to this index.
    pub(crate) fn pos(&self, kind: HitKind, item: usize) -> Option<usize> {
        let table = match kind {
            HitKind::Person => &self.person_pos,
            HitKind::Quote => &self.quote_pos,
            HitKind::Text => return None,
        };
        table.get(item).copied().filter(|&p| p < self.entries.len())
    }

    fn entry(&self, hit: &Hit) -> Option<&Entry> {
        self.pos(hit.kind, hit.entry).map(|p| &self.entries[p])
    }

    /// Reads a little of each entry's summary and text, all at once: the loads miss the cache
    /// together and wait for memory once, instead of once per entry when the scan gets there.
    /// Safe Rust has no prefetch instruction; independent loads issued back to back are one.
    pub(crate) fn warm(&self, positions: impl Iterator<Item = usize>) {
        let mut acc = 0u64;
        for pos in positions {
            let sig = self.sigs.get(pos).map_or(0, |s| s.bytes);
            let (start, end) = self.spans.get(pos).copied().unwrap_or_default();
            let text = self.lower.as_bytes();
            let first = text.get(start).copied().unwrap_or(0);
            let second = text.get((start + 64).min(end)).copied().unwrap_or(0);
            acc ^= sig ^ u64::from(first) ^ u64::from(second);
        }
        std::hint::black_box(acc);
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

    /// The displayed text: a person's name or a quote. Empty for a hit from another index,
    /// and for a sentence, whose text is the corpus's (see [`super::text_hit`]).
    pub fn text(&self, hit: &Hit) -> &str {
        self.entry(hit)
            .map_or("", |e| &self.orig[e.start..e.display_end])
    }

    /// The article a quote or sentence comes from; None for a person.
    pub fn article(&self, hit: &Hit) -> Option<ArticleId> {
        if hit.kind == HitKind::Text {
            return self
                .sentences
                .article(hit.entry)
                .filter(|a| a.index() < self.article_ids.len());
        }
        self.entry(hit).and_then(|e| e.article)
    }

    /// The id of the article a quote comes from.
    pub fn article_id(&self, hit: &Hit) -> Option<&str> {
        self.article(hit)
            .and_then(|a| self.article_ids.get(a.index()))
            .map(String::as_str)
    }

    /// The outlet a quote comes from.
    pub fn outlet(&self, hit: &Hit) -> Option<&str> {
        self.article(hit)
            .and_then(|a| self.outlets.get(a.index()))
            .map(String::as_str)
    }

    /// A quote's speaker: the person's name, or the speaker as written ("the foreign ministry").
    /// None for a person or an unattributed quote.
    pub fn speaker(&self, hit: &Hit) -> Option<&str> {
        let e = self.entry(hit).filter(|e| e.kind == HitKind::Quote)?;
        let label = &self.orig[e.display_end + 1..e.names_end];
        (!label.is_empty()).then_some(label)
    }

    /// The quotes (indices into `Analysis::quotes`) attributed to a person, ascending.
    pub fn quotes_by(&self, person: usize) -> &[usize] {
        self.quotes_by.get(person).map_or(&[], Vec::as_slice)
    }
}
