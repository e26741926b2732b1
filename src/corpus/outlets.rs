//! The outlets of a corpus: each distinct outlet name once, in order of first appearance, and
//! each article's outlet among them. Coverage is counted by outlet, not by article: an outlet
//! with several articles on the story is one column of the Timeline and the Matrix.

use super::Corpus;
use crate::ids::{ArticleId, OutletId};
use crate::text::{self, truncate};
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

    /// How many articles each outlet has, in order.
    pub fn article_counts(&self) -> Vec<usize> {
        let mut n = vec![0; self.names.len()];
        for o in &self.of_article {
            n[o.index()] += 1;
        }
        n
    }

    /// Every outlet's name cut to at most `width` columns for a column header, in order:
    /// the name if it fits; else without a leading "The"; else its initials when it has three
    /// words or more ("The New York Times" → "NYT"); of two words, the first when it names no
    /// other outlet ("Fox News" → "Fox"), else the initials ("Washington Post" → "WP"); else
    /// cut with "…". Labels stay apart: where two would read
    /// the same, both are cut from the full names instead.
    pub fn labels(&self, width: usize) -> Vec<String> {
        let firsts: Vec<&str> = self.names.iter().map(|n| first_word(bare(n))).collect();
        let mut labels: Vec<String> = (self.names.iter().zip(&firsts))
            .map(|(name, first)| {
                let unique_first = firsts.iter().filter(|f| *f == first).count() == 1;
                short(name, first, unique_first, width)
            })
            .collect();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for l in &labels {
            *seen.entry(l.clone()).or_insert(0) += 1;
        }
        for (label, name) in labels.iter_mut().zip(&self.names) {
            if seen[label.as_str()] > 1 {
                *label = truncate(bare(name), width);
            }
        }
        labels
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

/// A name without a leading article.
fn bare(name: &str) -> &str {
    name.strip_prefix("The ")
        .or_else(|| name.strip_prefix("the "))
        .unwrap_or(name)
}

fn first_word(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

/// One outlet's header label (see [`Outlets::labels`]).
fn short(name: &str, first: &str, unique_first: bool, width: usize) -> String {
    if text::width(name) <= width {
        return name.to_string();
    }
    let bare = bare(name);
    if text::width(bare) <= width {
        return bare.to_string();
    }
    // A host named as the outlet ("cheriworld.com"): its name without the domain.
    if !bare.contains(' ')
        && let Some((host, _)) = bare.rsplit_once('.')
        && !host.is_empty()
    {
        return truncate(host.strip_prefix("www.").unwrap_or(host), width);
    }
    let words: Vec<&str> = bare
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "and" | "&" | "the" | "de" | "la"))
        .collect();
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    let initials = initials.to_uppercase();
    if words.len() >= 3 && text::width(&initials) <= width {
        return initials;
    }
    if words.len() == 2 {
        if unique_first && text::width(first) <= width {
            return first.to_string();
        }
        if text::width(&initials) <= width {
            return initials;
        }
    }
    truncate(bare, width)
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

    fn outlets(names: &[&str]) -> Outlets {
        let jsonl = names
            .iter()
            .map(|o| serde_json::json!({"outlet": o, "text": "Text."}).to_string())
            .collect::<Vec<_>>()
            .join("\n");
        Outlets::of(&load_bytes(FileFormat::Jsonl, "t.jsonl", jsonl.as_bytes()))
    }

    #[test]
    fn header_labels_are_short_and_stay_apart() {
        let o = outlets(&[
            "The New York Times",
            "Fox News",
            "USA Today",
            "The Washington Post",
            "The Washington Times",
            "HuffPost",
            "BBC",
            "www.cheriworld.com",
        ]);
        assert_eq!(
            o.labels(6),
            ["NYT", "Fox", "USA", "WP", "WT", "HuffP…", "BBC", "cheri…"]
        );
        assert!(o.labels(3).iter().all(|l| text::width(l) <= 3));
        // Wide enough, the names as they are.
        assert_eq!(o.labels(20)[0], "The New York Times");
        assert_eq!(o.labels(16)[0], "New York Times");
    }
}
