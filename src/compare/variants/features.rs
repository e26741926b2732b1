//! What a quote is compared on: its speaker, a hash of its exact wording, and its content terms
//! weighted by rarity among all the corpus's quotes. Terms are 64-bit hashes of their stems, so
//! quotes can be read in parallel with no shared dictionary.

use crate::analysis::{Confidence, Quote, QuoteKind};
use crate::compare::terms::{terms, words};
use crate::ids::{ArticleId, PersonId};
use crate::text::hash::Map;
use rayon::prelude::*;

/// Who a quote is attributed to, as far as grouping cares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpeakerKey {
    Person(PersonId),
    /// An organisation or unnamed source as written, lowercased ("the foreign ministry").
    Organisation(String),
    Unknown,
}

/// A quote's comparison features.
#[derive(Clone, Debug)]
pub struct Features {
    pub article: ArticleId,
    pub speaker: SpeakerKey,
    /// Words in the quote.
    pub words: usize,
    /// A fragment: groups only on exact wording.
    pub short: bool,
    /// Hash of the lowercased words, punctuation dropped.
    pub exact: u64,
    /// (term hash, weight), sorted by hash, one entry a term.
    pub terms: Vec<(u64, f32)>,
    /// Sum of the term weights.
    pub weight: f32,
}

/// FNV-1a: tiny, fast and good enough for term identity (a collision merely makes two rare
/// words count as one).
fn fnv(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn speaker_key(q: &Quote) -> SpeakerKey {
    if let Some(p) = q.speaker {
        return SpeakerKey::Person(p);
    }
    match &q.speaker_text {
        Some(t) if q.confidence == Confidence::Organisation => {
            let t = t.trim().to_lowercase();
            let t = t.strip_prefix("the ").unwrap_or(&t).to_string();
            SpeakerKey::Organisation(t)
        }
        _ => SpeakerKey::Unknown,
    }
}

fn read(q: &Quote) -> Features {
    let mut exact = FNV_START;
    let mut n = 0;
    let mut lower = String::new();
    for w in words(&q.text) {
        exact = fnv(b" ", exact);
        if w.is_ascii() {
            for b in w.bytes() {
                exact = fnv(&[b.to_ascii_lowercase()], exact);
            }
        } else {
            lower.clear();
            lower.extend(w.chars().flat_map(char::to_lowercase));
            exact = fnv(lower.as_bytes(), exact);
        }
        n += 1;
    }
    let mut found: Vec<(u64, f32)> = Vec::new();
    let mut buf = String::new();
    terms(&q.text, &mut buf, |t, kind| {
        found.push((fnv(t.as_bytes(), FNV_START), kind.weight()));
    });
    found.sort_unstable_by_key(|e| e.0);
    found.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1 = kept.1.max(later.1);
        }
        same
    });
    Features {
        article: q.article,
        speaker: speaker_key(q),
        words: n,
        short: q.kind == QuoteKind::Fragment || n <= 3,
        exact,
        terms: found,
        weight: 0.0,
    }
}

/// Features of every quote, terms weighted by IDF over the quotes, and each term's document
/// frequency (quotes containing it).
pub fn extract(quotes: &[Quote]) -> (Vec<Features>, Map<u64, u32>) {
    let mut feats: Vec<Features> = quotes.par_iter().map(read).collect();
    let mut df: Map<u64, u32> = Map::default();
    for f in &feats {
        for &(t, _) in &f.terms {
            *df.entry(t).or_insert(0) += 1;
        }
    }
    let n = feats.len() as f32;
    feats.par_iter_mut().for_each(|f| {
        for e in &mut f.terms {
            let d = df.get(&e.0).copied().unwrap_or(0) as f32;
            e.1 *= ((1.0 + n) / (1.0 + d)).ln() + 1.0;
        }
        f.weight = f.terms.iter().map(|e| e.1).sum();
    });
    (feats, df)
}
