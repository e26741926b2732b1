//! The query language: fzf's extended syntax plus scoping, parsed into terms (see the syntax
//! table in [`crate::search`]). Parsing never fails: whatever is not an operator is text to match.

/// The syntax in one table, (example, meaning), for a help screen: the same as the module's
/// documentation.
pub const SYNTAX: &[(&str, &str)] = &[
    ("putin peace", "every term must match (space-separated)"),
    (
        "ptn",
        "fuzzy: these letters in order (in a quote: as typed)",
    ),
    ("'peace", "exact: contains the text"),
    ("^peace", "a field starts with it"),
    ("talks$", "a field ends with it (closing . , ” ignored)"),
    ("!war", "does not contain it (also !^war, !war$)"),
    ("war | peace", "either term"),
    ("p:", "people only"),
    ("q:", "quotes only"),
    (
        "@blinken",
        "quotes by a speaker (name or alias); !@ excludes",
    ),
    ("Xi", "an upper-case letter makes a term case-sensitive"),
    (
        "zelenksy",
        "a name with a letter or two wrong still found, last",
    ),
];

/// Which entries a query looks at, from a `p:` or `q:` token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    #[default]
    All,
    People,
    Quotes,
}

/// How a term's text must occur in a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// The characters in order, anything between them (`word`).
    Fuzzy,
    /// A contiguous substring (`'word`, and every negated term).
    Exact,
    /// At the start of a field (`^word`).
    Prefix,
    /// At the end of a field (`word$`).
    Suffix,
    /// The whole field (`^word$`).
    Whole,
}

/// One term of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// The text to find, operators removed, never empty.
    pub text: String,
    pub kind: Match,
    /// `!term`: entries containing the text are dropped.
    pub negated: bool,
    /// Smart case: exact case only when the text has an upper-case (ASCII) letter, as the
    /// matcher decides.
    pub case_sensitive: bool,
}

/// A parsed query: every group must match, a group matches when any of its terms does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub scope: Scope,
    /// Terms joined by `|` form one group; groups are joined by AND.
    pub groups: Vec<Vec<Term>>,
    /// `@name` tokens: quotes by any of these speakers.
    pub speakers: Vec<String>,
    /// `!@name` tokens: quotes by none of these speakers.
    pub not_speakers: Vec<String>,
    /// Some `@` token was given (even a bare `@`): quotes only.
    pub by_speaker: bool,
    /// Terms and `@` names left out past [`MAX_TERMS`].
    pub ignored: usize,
}

/// The most terms (and `@` names) a query is read for. Each term the text does not narrow
/// (one that nearly every entry matches) costs a scan of its own, so a pasted line of a hundred
/// of them would take half a second; sixteen is more than any search needs. A term given twice
/// counts once: it matches nothing more.
pub const MAX_TERMS: usize = 16;

enum Token {
    Or,
    Scope(Scope, Option<String>),
    Speaker { name: String, negated: bool },
    Term(Term),
    Nothing,
}

/// Parses a query. Tokens are separated by spaces; `\ ` is a literal space inside a token.
pub fn parse(input: &str) -> Query {
    let mut query = Query::default();
    let mut joining = false;
    for raw in split(input) {
        match token(&raw) {
            Token::Or => joining = !query.groups.is_empty(),
            Token::Scope(scope, rest) => {
                query.scope = scope;
                if let Some(Token::Term(t)) = rest.as_deref().map(token) {
                    query.add_term(t, false);
                }
                joining = false;
            }
            Token::Speaker { name, negated } => {
                query.by_speaker = true;
                if !name.is_empty() {
                    query.add_speaker(name, negated);
                }
                joining = false;
            }
            Token::Term(t) => {
                query.add_term(t, joining);
                joining = false;
            }
            Token::Nothing => {}
        }
    }
    query
}

impl Query {
    fn full(&self) -> bool {
        let terms: usize = self.groups.iter().map(Vec::len).sum();
        terms + self.speakers.len() + self.not_speakers.len() >= MAX_TERMS
    }

    /// A term on its own, or joined by `|` to the last group; once only.
    fn add_term(&mut self, term: Term, joining: bool) {
        let group = self.groups.last_mut().filter(|_| joining);
        let known = match &group {
            Some(g) => g.contains(&term),
            None => self.groups.iter().any(|g| g.len() == 1 && g[0] == term),
        };
        if known {
            return;
        }
        if self.full() {
            self.ignored += 1;
            return;
        }
        match self.groups.last_mut().filter(|_| joining) {
            Some(g) => g.push(term),
            None => self.groups.push(vec![term]),
        }
    }

    fn add_speaker(&mut self, name: String, negated: bool) {
        let full = self.full();
        let list = if negated {
            &mut self.not_speakers
        } else {
            &mut self.speakers
        };
        if list.contains(&name) {
            return;
        }
        if full {
            self.ignored += 1;
            return;
        }
        list.push(name);
    }
}

fn split(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&' ') => {
                cur.push(' ');
                chars.next();
            }
            ' ' | '\t' | '\n' => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn token(raw: &str) -> Token {
    if raw == "|" {
        return Token::Or;
    }
    for (prefix, scope) in [("p:", Scope::People), ("q:", Scope::Quotes)] {
        if let Some(rest) = raw.strip_prefix(prefix) {
            return Token::Scope(scope, (!rest.is_empty()).then(|| rest.to_string()));
        }
    }
    let (negated, body) = match raw.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, raw),
    };
    if let Some(name) = body.strip_prefix('@') {
        return Token::Speaker {
            name: name.to_string(),
            negated,
        };
    }
    let (mut kind, mut text) = if let Some(rest) = body.strip_prefix('\'') {
        (Match::Exact, rest)
    } else if let Some(rest) = body.strip_prefix('^') {
        (Match::Prefix, rest)
    } else {
        (Match::Fuzzy, body)
    };
    // A lone `$` is text, as in fzf; otherwise a trailing `$` anchors at the end.
    if let Some(rest) = text.strip_suffix('$').filter(|r| !r.is_empty()) {
        text = rest;
        kind = if kind == Match::Prefix {
            Match::Whole
        } else {
            Match::Suffix
        };
    }
    if negated && kind == Match::Fuzzy {
        // fzf: negation is always an exact match, a fuzzy one would exclude nearly everything.
        kind = Match::Exact;
    }
    if text.is_empty() {
        return Token::Nothing;
    }
    Token::Term(Term {
        case_sensitive: text.bytes().any(|b| b.is_ascii_uppercase()),
        text: text.to_string(),
        kind,
        negated,
    })
}

impl Query {
    /// Whether every entry matching `self` also matches `old`, judged from the syntax alone, so
    /// the live search can re-score `old`'s matches instead of the whole index. True when the
    /// query grew by typing: a term got longer, a term was added, an anchor was added.
    pub fn refines(&self, old: &Query) -> bool {
        self.scope == old.scope
            && self.by_speaker == old.by_speaker
            && self.speakers == old.speakers
            && self.not_speakers == old.not_speakers
            && self.groups.len() >= old.groups.len()
            && old.groups.iter().zip(&self.groups).all(|(o, n)| {
                o.len() == n.len() && o.iter().zip(n).all(|(o, n)| term_refines(n, o))
            })
    }

    /// True when the query has something to score (not only filters and negations).
    pub fn has_positive(&self) -> bool {
        self.groups.iter().any(|g| g.iter().any(|t| !t.negated))
    }
}

fn term_refines(new: &Term, old: &Term) -> bool {
    if new == old {
        return true;
    }
    if new.negated || old.negated || (old.case_sensitive && !new.case_sensitive) {
        return false;
    }
    use Match::*;
    match (old.kind, new.kind) {
        // Every kind of occurrence of a longer text contains the shorter one as a subsequence.
        (Fuzzy, _) | (Exact, _) => new.text.starts_with(&old.text),
        (Prefix, Prefix | Whole) => new.text.starts_with(&old.text),
        (Suffix, Suffix | Whole) => new.text.ends_with(&old.text),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(q: &str) -> Term {
        let parsed = parse(q);
        assert_eq!(parsed.groups.len(), 1, "{q}");
        parsed.groups[0][0].clone()
    }

    #[test]
    fn the_help_table_examples_mean_what_they_say() {
        let q = |i: usize| parse(SYNTAX[i].0);
        assert_eq!(q(0).groups.len(), 2);
        assert_eq!(q(1).groups[0][0].kind, Match::Fuzzy);
        assert_eq!(q(2).groups[0][0].kind, Match::Exact);
        assert_eq!(q(3).groups[0][0].kind, Match::Prefix);
        assert_eq!(q(4).groups[0][0].kind, Match::Suffix);
        assert!(q(5).groups[0][0].negated);
        assert_eq!(q(6).groups[0].len(), 2);
        assert_eq!(q(7).scope, Scope::People);
        assert_eq!(q(8).scope, Scope::Quotes);
        assert_eq!(q(9).speakers, ["blinken"]);
        assert!(q(10).groups[0][0].case_sensitive);
    }

    #[test]
    fn operators() {
        assert_eq!(one("abc").kind, Match::Fuzzy);
        assert_eq!(one("'abc").kind, Match::Exact);
        assert_eq!(one("^abc").kind, Match::Prefix);
        assert_eq!(one("abc$").kind, Match::Suffix);
        assert_eq!(one("^abc$").kind, Match::Whole);
        assert_eq!(one("^abc$").text, "abc");
        let neg = one("!abc");
        assert!(neg.negated);
        assert_eq!(neg.kind, Match::Exact);
        assert_eq!(one("!^ab").kind, Match::Prefix);
        assert_eq!(one("!ab$").kind, Match::Suffix);
        assert_eq!(one("!'ab").text, "ab");
        assert_eq!(one("$").text, "$");
    }

    #[test]
    fn smart_case_per_term() {
        let q = parse("putin Xi");
        assert!(!q.groups[0][0].case_sensitive);
        assert!(q.groups[1][0].case_sensitive);
    }

    #[test]
    fn or_groups_and_scope() {
        let q = parse("p:xi a | b c");
        assert_eq!(q.scope, Scope::People);
        let texts: Vec<Vec<&str>> = q
            .groups
            .iter()
            .map(|g| g.iter().map(|t| t.text.as_str()).collect())
            .collect();
        assert_eq!(texts, vec![vec!["xi"], vec!["a", "b"], vec!["c"]]);
        assert_eq!(parse("| a |").groups.len(), 1);
    }

    #[test]
    fn speakers() {
        let q = parse("@blinken !@lavrov war @");
        assert!(q.by_speaker);
        assert_eq!(q.speakers, vec!["blinken"]);
        assert_eq!(q.not_speakers, vec!["lavrov"]);
        assert_eq!(q.groups.len(), 1);
    }

    #[test]
    fn operators_alone_are_ignored_and_escapes_kept() {
        assert!(parse("' ^ ! !'").groups.is_empty());
        assert_eq!(one(r"new\ york").text, "new york");
    }

    #[test]
    fn refinement_follows_typing() {
        let r = |new: &str, old: &str| parse(new).refines(&parse(old));
        assert!(r("put", "pu"));
        assert!(r("putin war", "putin"));
        assert!(r("putin ", "putin"));
        assert!(r("'pea", "'pe"));
        assert!(r("^ab$", "^ab"));
        assert!(r("ab$", "ab"));
        assert!(r("abC", "ab"));
        assert!(r("'a", "'"));
        assert!(!r("!ab", "!a"), "a longer negation excludes less");
        assert!(!r("p:", "p"), "scope changed");
        assert!(!r("@put", "@pu"), "speaker set changed");
        assert!(!r("a | b", "a |"), "a new alternative widens the group");
        assert!(!r("ab", "abc"));
    }
}
