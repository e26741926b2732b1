//! What a quote is compared on: its speaker, a hash of its exact wording, and its content terms
//! weighted by rarity among all the corpus's quotes. Terms are the hashes of their normal forms
//! ([`term_of`], as in the alignment), so quotes can be read in parallel with no shared
//! dictionary, and weighed by the text layer's [`Idf`].

use crate::analysis::{Confidence, Quote, QuoteKind};
use crate::compare::terms::{terms, words};
use crate::ids::{ArticleId, PersonId};
use crate::text::hash::{key, term_of};
use crate::text::lower::push_lower;
use crate::text::tfidf::Idf;
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
    /// (term, weight), sorted by term, one entry a term.
    pub terms: Vec<(u32, f32)>,
    /// Sum of the term weights.
    pub weight: f32,
}

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
    let mut wording = String::with_capacity(q.text.len() + 1);
    let mut n = 0;
    for w in words(&q.text) {
        wording.push(' ');
        push_lower(w, &mut wording);
        n += 1;
    }
    let mut found: Vec<(u32, f32)> = Vec::new();
    let mut buf = String::new();
    terms(&q.text, &mut buf, |t, kind| {
        found.push((term_of(t.as_bytes()), kind.weight()));
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
        exact: key(wording.as_bytes()),
        terms: found,
        weight: 0.0,
    }
}

/// Features of every quote, terms weighted by IDF over the quotes, and the document
/// frequencies (quotes containing each term).
pub fn extract(quotes: &[Quote]) -> (Vec<Features>, Idf) {
    let mut feats: Vec<Features> = quotes.par_iter().map(read).collect();
    let mut df = Idf::default();
    let mut seen = Vec::new();
    for f in &feats {
        seen.clear();
        seen.extend(f.terms.iter().map(|e| e.0));
        df.add(&mut seen);
    }
    feats.par_iter_mut().for_each(|f| {
        for e in &mut f.terms {
            e.1 *= df.weight(e.0);
        }
        f.weight = f.terms.iter().map(|e| e.1).sum();
    });
    (feats, df)
}
