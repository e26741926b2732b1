//! Building one person from the mentions merged into them: the fullest form of the name,
//! the other forms as aliases and outlet spellings, the roles as written, and each mention
//! with its sentence. People are independent of each other, so the merge builds them in
//! parallel; within one, each distinct spelling is title-cased once, not once per mention.

use super::super::credits::title_case;
use super::super::scan::ArticleScan;
use super::super::{Mention, Person, PersonKind, Sentence, Variant, lexicon};
use super::dedupe_roles;
use crate::corpus::Corpus;
use crate::ids::{ArticleId, SentenceId};
use crate::text::Span;
use crate::text::hash::{Map, Set};
use crate::text::lower::lower;
use std::ops::Range;

/// How a form of a name is used.
struct FormStat {
    form: String,
    /// Articles using it, sorted and without repeats once [`build`] has gathered them all.
    articles: Vec<ArticleId>,
    mentions: usize,
    /// First use in corpus order (article, then offset): breaks ties between forms.
    first: usize,
    /// The surname alone, in several words, of another form.
    surname_only: bool,
}

/// The forms of one person's name, each counted once per spelling met.
#[derive(Default)]
struct Forms {
    stats: Vec<FormStat>,
    by_form: Map<String, usize>,
    /// A candidate's words joined by spaces -> its form's index.
    by_words: Map<String, usize>,
}

impl Forms {
    /// The index of the form a candidate's words make ("ALEXEI DRUZHININ" → "Alexei Druzhinin").
    fn of_words(&mut self, words: &str) -> usize {
        if let Some(&i) = self.by_words.get(words) {
            return i;
        }
        let i = self.of_form(title_case(words));
        self.by_words.insert(words.to_string(), i);
        i
    }

    fn of_form(&mut self, form: String) -> usize {
        if let Some(&i) = self.by_form.get(&form) {
            return i;
        }
        let i = self.stats.len();
        self.by_form.insert(form.clone(), i);
        self.stats.push(FormStat {
            form,
            articles: Vec::new(),
            mentions: 0,
            first: usize::MAX,
            surname_only: false,
        });
        i
    }

    fn count(&mut self, i: usize, article: usize, start: usize) {
        let order = (article << 40) | start.min((1 << 40) - 1);
        let s = &mut self.stats[i];
        s.articles.push(ArticleId::new(article));
        s.mentions += 1;
        s.first = s.first.min(order);
    }
}

/// The person made of `members` ((article, candidate) pairs, or credits counted down from
/// `u32::MAX`), with a gender when an honorific or the given name tells it.
pub fn build(
    corpus: &Corpus,
    scans: &[ArticleScan],
    sentences: &[Sentence],
    ranges: &[Range<usize>],
    kind: PersonKind,
    members: &[(u32, u32)],
) -> (Person, Option<char>) {
    let mut forms = Forms::default();
    let mut raw_roles: Vec<&str> = Vec::new();
    let mut seen_roles: Set<&str> = Set::default();
    let mut mentions = Vec::with_capacity(members.len());
    let mut gender = None;
    for &(ai, ci) in members {
        let (ai, ci) = (ai as usize, ci as usize);
        let text = &corpus.articles[ai].text;
        let (form, start, end) = if kind == PersonKind::Credit {
            let (name, s, e) = &scans[ai].credits[u32::MAX as usize - ci];
            (forms.of_form(name.clone()), *s, *e)
        } else {
            let c = &scans[ai].cands[ci];
            if let Some((rs, re)) = c.role()
                && let Some(r) = text.get(rs as usize..re as usize)
                && seen_roles.insert(r)
            {
                raw_roles.push(r);
            }
            gender = gender.or(c.gender());
            (forms.of_words(c.name(text)), c.start(), c.end())
        };
        forms.count(form, ai, start);
        let sentence = if kind == PersonKind::Actor && !scans[ai].cands[ci].caption {
            sentence_of(sentences, ranges.get(ai), start)
        } else {
            None
        };
        mentions.push(Mention {
            article: ArticleId::new(ai),
            sentence,
            span: Span::new(start, end),
        });
    }
    mentions.sort_by_key(|m| (m.article, m.span.start()));
    let mut ranked = forms.stats;
    for f in &mut ranked {
        f.articles.sort_unstable();
        f.articles.dedup();
    }
    // A surname of several words written alone ("Fernández de la Vega") is not the name
    // when the full one is known.
    let surname_only: Vec<bool> = ranked
        .iter()
        .map(|f| {
            ranked
                .iter()
                .any(|o| super::is_surname_of(&f.form, &o.form))
        })
        .collect();
    for (f, s) in ranked.iter_mut().zip(surname_only) {
        f.surname_only = s;
    }
    ranked.sort_by(|a, b| {
        let multi = |f: &str| f.contains(' ');
        multi(&b.form)
            .cmp(&multi(&a.form))
            .then(a.surname_only.cmp(&b.surname_only))
            .then(b.articles.len().cmp(&a.articles.len()))
            .then(b.mentions.cmp(&a.mentions))
            .then(a.first.cmp(&b.first))
    });
    let variants = variants(&ranked);
    let mut ranked = ranked.into_iter().map(|f| f.form);
    let name = ranked.next().unwrap_or_default();
    let aliases: Vec<String> = ranked.collect();
    let mut articles: Vec<ArticleId> = mentions.iter().map(|m| m.article).collect();
    articles.dedup();
    let gender = gender
        .or_else(|| {
            name.split(' ')
                .next()
                .and_then(|f| lexicon::given_name(&lower(f)))
        })
        .filter(|g| *g != '?');
    // Roles are normalised once per distinct wording, in the order first met.
    let roles = raw_roles
        .iter()
        .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    (
        Person {
            name,
            aliases,
            roles: dedupe_roles(roles),
            kind,
            articles,
            mentions,
            variants,
        },
        gender,
    )
}

/// The sentence (index into `sentences`) of the article's `range` that holds `start`.
fn sentence_of(
    sentences: &[Sentence],
    range: Option<&Range<usize>>,
    start: usize,
) -> Option<SentenceId> {
    let r = range?;
    let local = &sentences[r.clone()];
    // Sentences are in text order: the last one starting at or before the name.
    let p = local
        .partition_point(|s| s.span.start() <= start)
        .checked_sub(1)?;
    (start < local[p].span.end().max(local[p].span.start() + 1))
        .then(|| SentenceId::new(r.start + p))
}

/// Spellings particular to some outlets: other full forms than the name's, and lone forms
/// other than the usual one. `ranked` is best first.
fn variants(ranked: &[FormStat]) -> Vec<Variant> {
    let mut variants = Vec::new();
    for f in &ranked[1.min(ranked.len())..] {
        if f.form.contains(' ') {
            variants.push(Variant {
                alias: f.form.clone(),
                articles: f.articles.clone(),
            });
        }
    }
    let lone: Vec<&FormStat> = ranked.iter().filter(|f| !f.form.contains(' ')).collect();
    if let Some(top) = lone.iter().max_by(|a, b| {
        a.articles
            .len()
            .cmp(&b.articles.len())
            .then(b.first.cmp(&a.first))
    }) {
        for f in &lone {
            if f.form != top.form && f.form.to_lowercase() != top.form.to_lowercase() {
                variants.push(Variant {
                    alias: f.form.clone(),
                    articles: f.articles.clone(),
                });
            }
        }
    }
    variants
}
