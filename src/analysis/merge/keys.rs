//! Spelling keys for the merge, computed once per distinct word. A corpus of thousands of
//! articles names the same few thousand people hundreds of thousands of times; working out
//! each mention's [`skeleton`] afresh (and hashing it as a string) dominated the merge.
//! Here each spelling gets a small number, its skeleton's, and the given-name test is
//! remembered per pair of skeletons.

use super::{compatible_skeletons, is_initial, skeleton};
use crate::text::hash::Map;

/// A skeleton, numbered: equal numbers are equal skeletons.
pub type Key = u32;

/// The skeletons of the words met so far, and the given-name comparisons made.
pub struct Keys<'a> {
    by_word: Map<&'a str, Key>,
    by_skeleton: Map<String, Key>,
    skeletons: Vec<String>,
    compatible: Map<(Key, Key), bool>,
}

impl<'a> Keys<'a> {
    pub fn new() -> Keys<'a> {
        Keys {
            by_word: Map::default(),
            by_skeleton: Map::default(),
            skeletons: Vec::new(),
            compatible: Map::default(),
        }
    }

    /// The key of `word`'s skeleton.
    pub fn key(&mut self, word: &'a str) -> Key {
        if let Some(&k) = self.by_word.get(word) {
            return k;
        }
        let s = skeleton(word);
        let k = match self.by_skeleton.get(&s) {
            Some(&k) => k,
            None => {
                let k = self.skeletons.len() as Key;
                self.by_skeleton.insert(s.clone(), k);
                self.skeletons.push(s);
                k
            }
        };
        self.by_word.insert(word, k);
        k
    }

    /// Given names that can belong to one person: same skeleton, one or two letters apart,
    /// an initial of the other, or a short form and its full one ("Bob", "Robert");
    /// remembered per pair of skeletons.
    pub fn given_compatible(&mut self, a: &'a str, b: &'a str) -> bool {
        let (ka, kb) = (self.key(a), self.key(b));
        if ka == kb {
            return true;
        }
        let (sa, sb) = (&self.skeletons[ka as usize], &self.skeletons[kb as usize]);
        if is_initial(a) || is_initial(b) {
            return sa.chars().next() == sb.chars().next();
        }
        if let Some(&ok) = self.compatible.get(&(ka, kb)) {
            return ok;
        }
        let ok = compatible_skeletons(sa, sb)
            || crate::analysis::lexicon::short_form_of(&a.to_lowercase(), &b.to_lowercase());
        self.compatible.insert((ka, kb), ok);
        ok
    }
}
