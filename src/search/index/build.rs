//! Building the index: entries in rank order, their fields laid out in one buffer.

use super::{Entry, Index};
use crate::analysis::{Analysis, PersonKind};
use crate::corpus::Corpus;
use crate::ids::narrow;
use crate::search::HitKind;
use crate::search::scan::SEP;
use crate::search::sig::Sig;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};

/// A field's text for the index: NUL is our separator, so it becomes a space.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains('\0') {
        s.replace('\0', " ").into()
    } else {
        s.into()
    }
}

/// The distinct speakers and outlets of quotes, each once.
#[derive(Default)]
struct Fields {
    list: Vec<String>,
    ids: HashMap<String, u32>,
}

impl Fields {
    fn intern(&mut self, s: &str) -> u32 {
        let s = clean(s);
        if let Some(&id) = self.ids.get(s.as_ref()) {
            return id;
        }
        let id = narrow(self.list.len());
        self.list.push(s.to_string());
        self.ids.insert(s.into_owned(), id);
        id
    }
}

impl Index {
    /// Indexes every person and every quote of `analysis`; `corpus` gives the outlets and article
    /// ids. Out-of-range references in the analysis are treated as absent, never a panic.
    pub fn build(corpus: &Corpus, analysis: &Analysis) -> Index {
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        let people = &analysis.people;
        let speaker_of =
            |q: &crate::analysis::Quote| q.speaker.filter(|p| p.index() < people.len());
        // The same words quoted by many outlets sit side by side, where the first of them
        // would be, so a scan reads them once (see `Index::groups`).
        let mut first_of: HashMap<&str, usize> = HashMap::new();
        let mut order: Vec<(u8, usize, usize, HitKind, usize)> = people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let credit = u8::from(p.kind == PersonKind::Credit);
                (credit, p.name.chars().count(), i, HitKind::Person, i)
            })
            .chain(analysis.quotes.iter().enumerate().map(|(i, q)| {
                let first = *first_of.entry(q.text.as_str()).or_insert(i);
                (2, q.text.chars().count(), first, HitKind::Quote, i)
            }))
            .collect();
        drop(first_of);
        order.sort_unstable_by_key(|&(rank, chars, first, _, item)| (rank, chars, first, item));

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
        let mut label_ids: HashMap<String, u32> = HashMap::new();
        let mut quote_labels: Vec<u32> = Vec::new();
        let mut fields = Fields::default();
        let mut quote_fields = Vec::with_capacity(analysis.quotes.len());
        let field = |orig: &mut String, s: &str| {
            orig.push_str(&clean(s));
            orig.push(SEP as char);
        };
        for &(_, _, _, kind, item) in &order {
            let start = orig.len();
            let entry = match kind {
                HitKind::Text => continue,
                HitKind::Person => {
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
                HitKind::Quote => {
                    let q = &analysis.quotes[item];
                    quote_pos[item] = entries.len();
                    let speaker = speaker_of(q);
                    if let Some(p) = speaker {
                        quotes_by[p.index()].push(item);
                    }
                    let article = corpus.get(q.article).map(|_| q.article);
                    field(&mut orig, &q.text);
                    let display_end = orig.len() - 1;
                    let label = speaker
                        .map(|p| people[p].name.as_str())
                        .or(q.speaker_text.as_deref());
                    let unnamed = label.filter(|l| speaker.is_none() && !l.is_empty());
                    quote_labels.push(unnamed.map_or(u32::MAX, |l| {
                        let l = clean(l).into_owned();
                        let next = narrow(labels.len());
                        *label_ids.entry(l.clone()).or_insert_with(|| {
                            labels.push(l);
                            next
                        })
                    }));
                    let outlet = article.map_or("", |a| corpus.articles[a].outlet.as_str());
                    quote_fields.push((fields.intern(label.unwrap_or("")), fields.intern(outlet)));
                    field(&mut orig, label.unwrap_or(""));
                    let names_end = orig.len() - 1;
                    field(&mut orig, outlet);
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
        let mut group = 0u32;
        let groups = entries
            .iter()
            .enumerate()
            .map(|(pos, e)| {
                let display = |e: &Entry| orig.get(e.start..e.display_end);
                let same = pos.checked_sub(1).map(|p| &entries[p]).is_some_and(|prev| {
                    prev.kind == HitKind::Quote
                        && e.kind == HitKind::Quote
                        && display(prev) == display(e)
                });
                if !same && pos > 0 {
                    group = group.wrapping_add(1);
                }
                (narrow(e.display_end - e.start), group)
            })
            .collect();
        let sigs = entries
            .iter()
            .map(|e| Sig::of(lower.as_bytes().get(e.start..e.end).unwrap_or(&[])))
            .collect();
        for list in &mut quotes_by {
            list.sort_unstable();
        }
        let quote_speakers = entries[person_pos.len()..]
            .iter()
            .zip(&quote_labels)
            .map(|(e, &label)| {
                (
                    e.speaker
                        .map_or(u32::MAX, |p| narrow(person_pos[p.index()])),
                    label,
                )
            })
            .collect();
        Index {
            people: person_pos.len(),
            orig,
            lower,
            entries,
            sigs,
            spans,
            groups,
            field_lower: fields.list.iter().map(|f| f.to_ascii_lowercase()).collect(),
            fields: fields.list,
            quote_fields,
            person_pos,
            quote_pos,
            article_ids: corpus.articles.iter().map(|a| a.id.clone()).collect(),
            outlets: corpus.articles.iter().map(|a| a.outlet.clone()).collect(),
            quotes_by,
            labels,
            quote_speakers,
            matcher: SkimMatcherV2::default().smart_case(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            sentences: crate::search::text::TextIndex::build(corpus, analysis),
        }
    }
}
