//! `@name`: which quotes a speaker filter allows. A speaker is picked by their name and aliases
//! (or the speaker as written, for unnamed speakers such as "the foreign ministry"), and only
//! the best kind of match counts, so `@xi` means Xi Jinping and not every name with an x
//! before an i.

use super::index::Index;
use super::scan::{self, Needle, Occurrence};
use rayon::prelude::*;

/// 3 whole word, 2 start of a word, 1 inside a word, 0 scattered letters.
fn tier(hay: &str, needle: &str, finder: &Needle) -> Option<u8> {
    if let Some(Occurrence { word, head, .. }) = scan::best_occurrence(hay, finder) {
        return Some(if word {
            3
        } else if head > 0 {
            2
        } else {
            1
        });
    }
    let scattered = if needle.is_ascii() {
        scan::subsequence(hay, needle.as_bytes())
    } else {
        scan::subsequence_chars(hay, needle)
    };
    scattered.then_some(0)
}

/// Per quote (position minus `Index::people`), whether `name` picks its speaker.
fn picked(index: &Index, name: &str) -> Vec<bool> {
    let sensitive = name.bytes().any(|b| b.is_ascii_uppercase());
    let fold = |s: &str| {
        if sensitive {
            s.to_string()
        } else {
            s.to_ascii_lowercase()
        }
    };
    let needle = fold(name);
    let finder = Needle::new(&needle);
    let people: Vec<Option<u8>> = (0..index.people)
        .into_par_iter()
        .with_min_len(2048)
        .map(|pos| tier(index.names_of(pos, sensitive), &needle, &finder))
        .collect();
    let labels: Vec<Option<u8>> = index
        .labels
        .iter()
        .map(|l| tier(&fold(l), &needle, &finder))
        .collect();
    let Some(best) = people.iter().chain(&labels).flatten().max().copied() else {
        return vec![false; index.quotes_len()];
    };
    let is_best =
        |tiers: &[Option<u8>], i: u32| tiers.get(i as usize).copied().flatten() == Some(best);
    index
        .quote_speakers
        .iter()
        .map(|&(person, label)| is_best(&people, person) || is_best(&labels, label))
        .collect()
}

/// Quotes (per position minus `Index::people`) by any of `include` (all quotes when empty)
/// and by none of `exclude`.
pub fn allowed(index: &Index, include: &[String], exclude: &[String]) -> Vec<bool> {
    let mut allowed = vec![include.is_empty(); index.quotes_len()];
    for name in include {
        allowed
            .iter_mut()
            .zip(picked(index, name))
            .for_each(|(a, p)| *a |= p);
    }
    for name in exclude {
        allowed
            .iter_mut()
            .zip(picked(index, name))
            .for_each(|(a, p)| *a &= !p);
    }
    allowed
}
