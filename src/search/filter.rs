//! The search's query language over the rows of a list (articles, people, quotes, events,
//! bookmarks): a row is its running text (a quote, a title, a label), a few names (outlet,
//! speaker, id) and maybe a speaker, and matches when every group of terms has a term that
//! some field matches. No index: a list is filtered by one linear pass,
//! which for the largest list (every quote of a 10,000-article corpus) stays within a keystroke.

use super::query::{self, Match, Query, Term};

/// In running text, a fuzzy term's letters lie in one word, read for at most this many bytes
/// from the term's first letter. A bound that is the same for every term keeps a term typed
/// longer from matching rows its prefix did not (the list narrows from its previous rows, as
/// the search does).
const WINDOW: usize = 64;

/// A parsed filter, ready to test rows against.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    query: Query,
}

impl Filter {
    pub fn new(input: &str) -> Filter {
        Filter {
            query: query::parse(input),
        }
    }

    /// No terms and no speakers: every row matches.
    pub fn is_empty(&self) -> bool {
        let q = &self.query;
        q.groups.is_empty() && !q.by_speaker
    }

    /// Whether every row this filter passes also passed `old` (the filter typed longer), so
    /// only `old`'s rows need testing.
    pub fn refines(&self, old: &Filter) -> bool {
        self.query.refines(&old.query)
    }

    /// Whether a row passes the filter: its running text (where a fuzzy term's letters must
    /// stay inside one word), its names (where they may lie anywhere, as in fzf) and its
    /// speaker (a quote's; None for other rows, or a quote no one is credited with).
    pub fn matches(&self, text: &[&str], names: &[&str], speaker: Option<&str>) -> bool {
        let q = &self.query;
        if q.by_speaker {
            let Some(name) = speaker else { return false };
            let has = |n: &String| contains(name, n, false);
            if !q.speakers.is_empty() && !q.speakers.iter().any(has) {
                return false;
            }
            if q.not_speakers.iter().any(has) {
                return false;
            }
        }
        q.groups
            .iter()
            .all(|group| group.iter().any(|t| term_matches(t, text, names)))
    }
}

fn term_matches(t: &Term, text: &[&str], names: &[&str]) -> bool {
    let cs = t.case_sensitive;
    let fields = || {
        text.iter()
            .map(|f| (f, true))
            .chain(names.iter().map(|f| (f, false)))
    };
    if t.negated {
        return !fields().any(|(f, _)| contains(f, &t.text, cs));
    }
    fields().any(|(f, running)| match t.kind {
        Match::Exact => contains(f, &t.text, cs),
        Match::Prefix => starts_with(f, &t.text, cs),
        Match::Suffix => ends_with(trim_closing(f), &t.text, cs),
        Match::Whole => eq(trim_closing(f), &t.text, cs),
        Match::Fuzzy => fuzzy(f, &t.text, cs, running),
    })
}

/// Punctuation that closes a sentence or a quote: `peace$` matches `…peace.”`.
fn trim_closing(field: &str) -> &str {
    field.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | ')' | '”' | '’' | '»' | '…'
            )
    })
}

fn same(a: u8, b: u8, cs: bool) -> bool {
    if cs {
        a == b
    } else {
        a.eq_ignore_ascii_case(&b)
    }
}

/// Byte comparison folding ASCII case only, as the search's matcher does.
fn eq_at(hay: &[u8], at: usize, needle: &[u8], cs: bool) -> bool {
    hay.get(at..at + needle.len())
        .is_some_and(|h| h.iter().zip(needle).all(|(&a, &b)| same(a, b, cs)))
}

/// Each place in `hay` from `from` on that holds `first` (in either case unless `cs`).
fn places(hay: &[u8], first: u8, cs: bool) -> impl Iterator<Item = usize> + '_ {
    let (a, b) = match cs {
        true => (first, first),
        false => (first.to_ascii_lowercase(), first.to_ascii_uppercase()),
    };
    let mut from = 0;
    std::iter::from_fn(move || {
        let i = super::bytes::find2(hay, from, a, b)?;
        from = i + 1;
        Some(i)
    })
}

fn contains(hay: &str, needle: &str, cs: bool) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return true };
    places(h, first, cs).any(|i| eq_at(h, i, n, cs))
}

fn starts_with(hay: &str, needle: &str, cs: bool) -> bool {
    eq_at(hay.as_bytes(), 0, needle.as_bytes(), cs)
}

fn ends_with(hay: &str, needle: &str, cs: bool) -> bool {
    hay.len()
        .checked_sub(needle.len())
        .is_some_and(|at| eq_at(hay.as_bytes(), at, needle.as_bytes(), cs))
}

fn eq(hay: &str, needle: &str, cs: bool) -> bool {
    hay.len() == needle.len() && starts_with(hay, needle, cs)
}

/// The term's bytes in order inside the field; in running text, inside one word, so that a
/// word typed with a letter missing still matches ("goverment") and letters strewn across a
/// sentence do not. Bytewise: the bytes of a character outside ASCII match only themselves, so
/// a needle of any script is found as its characters would be.
fn fuzzy(hay: &str, needle: &str, cs: bool, running: bool) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    if n.len() > WINDOW {
        return contains(hay, needle, cs);
    }
    if !running {
        return in_order(h, 0, n, cs).is_some();
    }
    // One pass: jump to the next place of the first byte, then follow that word only.
    let mut at = 0;
    while let Some(i) = places_from(h, at, first, cs) {
        let mut k = 0;
        let mut j = i + 1;
        while let Some(&b) = h.get(j).filter(|_| j < i + WINDOW) {
            if b.is_ascii_whitespace() {
                break;
            }
            if k < rest.len() && same(b, rest[k], cs) {
                k += 1;
            }
            if k == rest.len() {
                return true;
            }
            j += 1;
        }
        if rest.is_empty() {
            return true;
        }
        at = i + 1;
    }
    false
}

/// The next place of `first` (in either case unless `cs`) at or after `from`.
fn places_from(hay: &[u8], from: usize, first: u8, cs: bool) -> Option<usize> {
    in_order(hay, from, &[first], cs).map(|end| end - 1)
}

/// Where the bytes of `needle` are found in order in `hay` from `from` on: the end of the last,
/// found a word at a time ([`super::bytes::find2`]) rather than byte by byte.
fn in_order(hay: &[u8], from: usize, needle: &[u8], cs: bool) -> Option<usize> {
    let mut at = from;
    for &b in needle {
        let (x, y) = match cs {
            true => (b, b),
            false => (b.to_ascii_lowercase(), b.to_ascii_uppercase()),
        };
        at = super::bytes::find2(hay, at, x, y)? + 1;
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Against running text.
    fn m(query: &str, text: &[&str]) -> bool {
        Filter::new(query).matches(text, &[], None)
    }

    /// Against names.
    fn n(query: &str, names: &[&str]) -> bool {
        Filter::new(query).matches(&[], names, None)
    }

    #[test]
    fn every_group_must_match_some_field() {
        let row = ["The Daily Ledger", "Mayor vows to rebuild the harbour"];
        assert!(m("ledger harbour", &row));
        assert!(!m("ledger airport", &row));
        assert!(m("airport | harbour", &row));
        assert!(m("", &row), "no terms: every row");
    }

    #[test]
    fn operators_mean_what_they_mean_in_search() {
        let row = ["Coast Post", "Ferry strike ends after talks."];
        assert!(m("'strike", &row));
        assert!(!m("'strik end", &["Coast Post", "Ferry strike"]));
        assert!(m("^ferry", &row));
        assert!(!m("^strike", &row));
        assert!(m("talks$", &row), "closing punctuation is ignored by $");
        assert!(m("^coast post$", &["Coast Post"]));
        assert!(m("^coast post$", &["Coast Post."]), "…and by ^…$");
        assert!(!m("!ferry", &row));
        assert!(m("!airport", &row));
        assert!(
            !m("Ferry", &["ferry strike"]),
            "an upper-case letter: exact case"
        );
        assert!(m("ferry", &["FERRY STRIKE"]));
    }

    #[test]
    fn fuzzy_letters_stay_together_in_running_text() {
        // A name (a person, an outlet) takes letters anywhere, as fzf does; a sentence, short
        // or long, does not.
        assert!(n("mrln", &["Marlene Voss"]));
        assert!(n("^coast post$", &["Coast Post"]));
        assert!(n("mvs", &["Marlene Voss"]) && !m("mvs", &["Marlene Voss"]));
        assert!(!m(
            "clear",
            &["Nobody at the office believes the figures any more"]
        ));
        let quote = [
            "We will not accept any budget that closes the clinics in the north of the \
                      county, and we have said so from the start.",
        ];
        assert!(
            m("clincs", &quote),
            "a letter left out still finds the word"
        );
        assert!(
            !m("wart", &quote),
            "w…a…r…t strewn across the sentence is no match"
        );
    }

    #[test]
    fn speakers_filter_quotes() {
        let f = Filter::new("@voss budget");
        assert!(f.matches(&["the budget is fair"], &[], Some("Marlene Voss")));
        assert!(!f.matches(&["the budget is fair"], &[], Some("Ari Lund")));
        assert!(!f.matches(&["the budget is fair"], &[], None));
        let not = Filter::new("!@voss");
        assert!(not.matches(&["x"], &[], Some("Ari Lund")));
        assert!(!not.matches(&["x"], &[], Some("Marlene Voss")));
    }

    #[test]
    fn fuzzy_search_is_bounded_on_long_text() {
        // A thousand-letter field against a long term: exact text, no window search.
        let hay = "a".repeat(1000);
        assert!(!m(&"ab".repeat(20), &[hay.as_str()]));
        assert!(m("aaaa", &[hay.as_str()]));
        // Letters outside ASCII are matched as themselves.
        let long = format!("{} Zürich hält", "x ".repeat(40));
        assert!(m("zrich", &[long.as_str()]) && m("hält", &[long.as_str()]));
        assert!(!m("zt", &[long.as_str()]), "not across two words");
        assert!(!m("hält", &["x ".repeat(40).as_str()]));
    }

    #[test]
    fn a_longer_term_narrows_what_its_prefix_matched() {
        let quote = ["The council met on Tuesday and voted to delay the harbour budget again."];
        let rows: Vec<&str> = vec!["harbour", "harbor", "hrbr", "ha"];
        for w in &rows {
            let (short, long) = (Filter::new(&w[..w.len() - 1]), Filter::new(w));
            assert!(long.refines(&short));
            assert!(
                !long.matches(&quote, &[], None) || short.matches(&quote, &[], None),
                "{w}"
            );
        }
    }
}
