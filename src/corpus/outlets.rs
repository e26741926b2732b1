//! The outlets of a corpus: each distinct outlet name once, in order of first appearance, and
//! each article's outlet among them. Coverage is counted by outlet, not by article: an outlet
//! with several articles on the story is one column of the Timeline and the Matrix.

use super::Corpus;
use crate::ids::{ArticleId, OutletId};
use std::collections::HashMap;

#[derive(Clone, Debug, Default)]
pub struct Outlets {
    names: Vec<String>,
    of_article: Vec<OutletId>,
}

impl Outlets {
    pub fn of(corpus: &Corpus) -> Outlets {
        let mut names: Vec<String> = Vec::new();
        let mut seen: HashMap<&str, OutletId> = HashMap::new();
        let of_article = corpus
            .articles
            .iter()
            .map(|a| {
                *seen.entry(a.outlet.as_str()).or_insert_with(|| {
                    names.push(a.outlet.clone());
                    OutletId::new(names.len() - 1)
                })
            })
            .collect();
        Outlets { names, of_article }
    }

    /// How many distinct outlets.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Every outlet's id, in order of first appearance.
    pub fn ids(&self) -> impl DoubleEndedIterator<Item = OutletId> + ExactSizeIterator {
        OutletId::all(self.names.len())
    }

    pub fn name(&self, id: OutletId) -> &str {
        self.names.get(id.index()).map_or("", String::as_str)
    }

    /// The outlet of article `a` (`None` for an article of another corpus).
    pub fn of_article(&self, a: ArticleId) -> Option<OutletId> {
        self.of_article.get(a.index()).copied()
    }

    /// Each outlet of `articles` once, in the order first met, with how many of them it has:
    /// a much-covered person is in thousands of articles from a few dozen outlets.
    pub fn tally(&self, articles: &[ArticleId]) -> Vec<(OutletId, usize)> {
        let mut slot = vec![usize::MAX; self.names.len()];
        let mut counts: Vec<(OutletId, usize)> = Vec::new();
        for o in articles.iter().filter_map(|&a| self.of_article(a)) {
            let s = &mut slot[o.index()];
            if *s == usize::MAX {
                *s = counts.len();
                counts.push((o, 0));
            }
            counts[*s].1 += 1;
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{FileFormat, load_bytes};

    #[test]
    fn one_outlet_however_many_articles() {
        let jsonl = [("a", "Wire"), ("b", "Daily"), ("c", "Wire"), ("d", "Post")]
            .map(|(id, o)| format!("{{\"id\":\"{id}\",\"outlet\":\"{o}\",\"text\":\"Text.\"}}"))
            .join("\n");
        let c = load_bytes(FileFormat::Jsonl, "t.jsonl", jsonl.as_bytes());
        let o = Outlets::of(&c);
        assert_eq!(o.len(), 3);
        let names: Vec<&str> = o.ids().map(|i| o.name(i)).collect();
        assert_eq!(names, ["Wire", "Daily", "Post"]);
        let of = |a: usize| o.of_article(ArticleId::new(a)).map(|i| o.name(i));
        assert_eq!(of(2), Some("Wire"));
        assert_eq!(of(3), Some("Post"));
        assert_eq!(of(9), None);
        let ids: Vec<ArticleId> = [3, 0, 2, 9].map(ArticleId::new).to_vec();
        let tally: Vec<(&str, usize)> =
            o.tally(&ids).iter().map(|&(i, n)| (o.name(i), n)).collect();
        assert_eq!(tally, [("Post", 1), ("Wire", 2)]);
    }
}
