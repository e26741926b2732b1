//! The analysis: sentences, people, quotes and date expressions found in a corpus's story text.
//! Pure functions of a [`Corpus`]; nothing here knows about terminals.

mod credits;
mod cues;
pub mod dates;
mod isolate;
pub(crate) mod lexicon;
mod merge;
mod names;
pub mod people;
pub mod quotes;
mod resolve;
mod scan;
pub mod sentences;

use crate::corpus::{Corpus, Diagnostic, Severity};
use crate::date::Date;
use crate::ids::{ArticleId, PersonId, QuoteId, SentenceId, narrow};
use crate::text::Span;
use rayon::prelude::*;
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;

pub use dates::{Granularity, TimeExpr, TimeValue};

/// A sentence of story text, at `span` of its article's text.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub article: ArticleId,
    paragraph: u32,
    pub span: Span,
}

impl Sentence {
    pub fn new(article: ArticleId, paragraph: usize, span: Span) -> Sentence {
        Sentence {
            article,
            paragraph: narrow(paragraph),
            span,
        }
    }

    /// Index into the article's paragraphs.
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PersonKind {
    /// Someone in the story.
    Actor,
    /// A photographer or agency credit from a caption.
    Credit,
}

/// One place a person is named: `span` of the article's text, in `sentence` (none for a
/// caption).
#[derive(Clone, Debug)]
pub struct Mention {
    pub article: ArticleId,
    pub sentence: Option<SentenceId>,
    pub span: Span,
}

/// A spelling of a name used by some articles and not by others.
#[derive(Clone, Debug)]
pub struct Variant {
    pub alias: String,
    pub articles: Vec<ArticleId>,
}

/// One individual, merged across mentions and articles.
#[derive(Clone, Debug)]
pub struct Person {
    /// The fullest form of the name.
    pub name: String,
    /// Other forms seen: surname alone, other spellings.
    pub aliases: Vec<String>,
    /// Roles as written ("Russian President", "Kremlin spokesperson").
    pub roles: Vec<String>,
    pub kind: PersonKind,
    /// The articles naming them, ascending.
    pub articles: Vec<ArticleId>,
    pub mentions: Vec<Mention>,
    /// Spellings particular to some outlets.
    pub variants: Vec<Variant>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Full,
    Fragment,
}

/// How a quote's speaker was found, strongest first.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// A name next to a speech cue.
    Named,
    /// A role mention ("the Russian president said") resolved to a person.
    Role,
    /// A pronoun ("he added") resolved to the last person named.
    Pronoun,
    /// No cue of its own; carried over from the previous quote's speaker.
    Previous,
    /// An organisation or unnamed speaker, kept as written.
    Organisation,
    /// No speaker found.
    None,
}

/// A direct quote: `span` of the article's text, inside the quote marks, in the sentence where
/// it starts.
#[derive(Clone, Debug)]
pub struct Quote {
    pub article: ArticleId,
    pub sentence: SentenceId,
    pub span: Span,
    pub speaker: Option<PersonId>,
    pub text: String,
    pub kind: QuoteKind,
    /// The speaker as written when it is not a person ("the foreign ministry"); None when
    /// `speaker` is set (see [`Analysis::speaker_name`]).
    pub speaker_text: Option<Box<str>>,
    /// The speech verb or phrase ("said", "according to"). The word list's own copy when it
    /// is one of the speech verbs, not a string per quote: a large corpus has hundreds of
    /// thousands of quotes, nearly all "said".
    pub cue: Option<Cow<'static, str>>,
    pub confidence: Confidence,
}

impl Quote {
    /// A full quote with no speaker.
    pub fn new(article: ArticleId, sentence: SentenceId, span: Span, text: String) -> Quote {
        Quote {
            article,
            sentence,
            span,
            speaker: None,
            text,
            kind: QuoteKind::Full,
            speaker_text: None,
            cue: None,
            confidence: Confidence::None,
        }
    }

    /// The same quote said by `speaker`.
    pub fn with_speaker(mut self, speaker: Option<PersonId>) -> Quote {
        self.speaker = speaker;
        self
    }
}

/// A temporal expression at `span` of an article's text, resolved where possible.
#[derive(Clone, Debug)]
pub struct DateMention {
    pub article: ArticleId,
    pub sentence: SentenceId,
    pub span: Span,
    pub value: Option<TimeValue>,
}

/// Everything the extractors found.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub sentences: Vec<Sentence>,
    /// The range of [`Analysis::sentences`] belonging to each article.
    pub article_sentences: Vec<Range<usize>>,
    pub people: Vec<Person>,
    pub quotes: Vec<Quote>,
    pub dates: Vec<DateMention>,
    /// Articles a stage of the analysis failed on, and what of them was left out.
    pub diagnostics: Vec<Diagnostic>,
}

/// Where the analysis of one article failed and what it left out, for the diagnostic.
pub(crate) struct Failure {
    pub article: ArticleId,
    pub left_out: &'static str,
    pub message: String,
}

impl Failure {
    fn diagnostic(&self, corpus: &Corpus) -> Diagnostic {
        Diagnostic {
            path: corpus
                .get(self.article)
                .map_or_else(String::new, |a| a.id.clone()),
            line: None,
            severity: Severity::Warning,
            message: format!(
                "the analysis failed on this article ({}); its {} are left out",
                self.message, self.left_out
            ),
        }
    }
}

/// Runs every extractor over the corpus, articles in parallel.
pub fn analyze(corpus: &Corpus) -> Analysis {
    let per_article: Vec<Result<Vec<Sentence>, Failure>> = corpus
        .articles
        .par_iter()
        .enumerate()
        .map(|(index, article)| {
            let id = ArticleId::new(index);
            isolate::article(|| {
                let mut sents = Vec::new();
                // Sentences keep u32 offsets: an article over 4 GiB (never met in news) goes
                // unread, as the people scan leaves it.
                if u32::try_from(article.text.len()).is_err() {
                    return sents;
                }
                for (pi, p) in article.story() {
                    let at = p.span.start();
                    for (s, e) in sentences::split(&article.text[p.span.range()]) {
                        sents.push(Sentence::new(id, pi, Span::new(at + s, at + e)));
                    }
                }
                sents
            })
            .map_err(|message| Failure {
                article: id,
                left_out: "sentences, and so everything found in them,",
                message,
            })
        })
        .collect();
    let mut analysis = Analysis::default();
    let mut failures = Vec::new();
    let per_article: Vec<Vec<Sentence>> = per_article
        .into_iter()
        .map(|r| {
            r.unwrap_or_else(|f| {
                failures.push(f);
                Vec::new()
            })
        })
        .collect();
    // Sized once: a large corpus has hundreds of thousands of sentences.
    analysis
        .sentences
        .reserve_exact(per_article.iter().map(Vec::len).sum());
    for sents in per_article {
        let base = analysis.sentences.len();
        analysis.article_sentences.push(base..base + sents.len());
        analysis.sentences.extend(sents);
    }
    // The dates need only the sentences: they are found while the people are merged,
    // whose first steps run on one core.
    let ((people, quotes, people_failures), (dates, date_failures)) = rayon::join(
        || people::find(corpus, &analysis.sentences, &analysis.article_sentences),
        || find_dates(corpus, &analysis.sentences, &analysis.article_sentences),
    );
    analysis.people = people;
    analysis.quotes = quotes;
    analysis.dates = dates;
    failures.extend(people_failures);
    failures.extend(date_failures);
    failures.sort_by_key(|f| f.article);
    analysis.diagnostics = failures.iter().map(|f| f.diagnostic(corpus)).collect();
    analysis
}

/// The date expressions of every article, in article and text order.
fn find_dates(
    corpus: &Corpus,
    sentences: &[Sentence],
    article_sentences: &[Range<usize>],
) -> (Vec<DateMention>, Vec<Failure>) {
    let per_article: Vec<Result<Vec<DateMention>, Failure>> = corpus
        .articles
        .par_iter()
        .zip(article_sentences)
        .enumerate()
        .map(|(index, (article, range))| {
            let id = ArticleId::new(index);
            isolate::article(|| {
                let mut exprs = Vec::new();
                for (si, s) in sentences[range.clone()].iter().enumerate() {
                    for t in dates::extract(&article.text[s.span.range()], article.date) {
                        exprs.push((SentenceId::new(range.start + si), s.span.start(), t));
                    }
                }
                // "that day", "the eve of his visit", "a year earlier": resolved from the day
                // or the quarter the story is on.
                dates::link(
                    article.date,
                    exprs.iter_mut().map(|(s, _, t)| (s.index(), t)),
                );
                exprs
                    .into_iter()
                    .map(|(sentence, base, t)| DateMention {
                        article: id,
                        sentence,
                        span: Span::new(base + t.start, base + t.end),
                        value: t.value,
                    })
                    .collect::<Vec<_>>()
            })
            .map_err(|message| Failure {
                article: id,
                left_out: "date expressions",
                message,
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut failures = Vec::new();
    for found in per_article {
        match found {
            Ok(found) => all.extend(found),
            Err(f) => failures.push(f),
        }
    }
    (all, failures)
}

impl Analysis {
    /// Who said quote `q`, as shown: the person's name, or the speaker as written.
    pub fn speaker_name<'a>(&'a self, q: &'a Quote) -> Option<&'a str> {
        q.speaker
            .and_then(|p| self.people.get(p.index()))
            .map(|p| p.name.as_str())
            .or(q.speaker_text.as_deref())
    }

    /// Whether `q`'s speaker's name contains `needle` (already lowercased), the one filter of
    /// every `--speaker` option; no needle keeps every quote, a needle drops unattributed ones.
    pub fn spoken_by(&self, q: &Quote, needle: Option<&str>) -> bool {
        needle.is_none_or(|n| {
            self.speaker_name(q)
                .is_some_and(|s| s.to_lowercase().contains(n))
        })
    }

    pub fn person(&self, id: PersonId) -> &Person {
        &self.people[id.index()]
    }

    pub fn sentence(&self, id: SentenceId) -> &Sentence {
        &self.sentences[id.index()]
    }

    pub fn quote(&self, id: QuoteId) -> &Quote {
        &self.quotes[id.index()]
    }

    /// The sentences of article `a`, in text order.
    pub fn sentences_of(&self, a: ArticleId) -> impl ExactSizeIterator<Item = SentenceId> {
        self.article_sentences
            .get(a.index())
            .cloned()
            .unwrap_or_default()
            .map(SentenceId::new)
    }

    /// The text of sentence `id`.
    pub fn sentence_text<'a>(&self, corpus: &'a Corpus, id: SentenceId) -> &'a str {
        let s = self.sentence(id);
        &corpus.article(s.article).text[s.span.range()]
    }
}

/// Convenience for tests and the CLI: the resolved day of a date mention, if it has one.
pub fn day_of(value: &TimeValue) -> Option<Date> {
    (value.granularity == Granularity::Day).then_some(value.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{FileFormat, load_bytes};

    #[test]
    fn an_article_whose_analysis_fails_is_left_out_and_named() {
        let line = |id: &str, text: &str| serde_json::json!({"id": id, "text": text}).to_string();
        let jsonl = [
            line(
                "a",
                "\"The bridge opens on Monday,\" Mayor Ines Varga said.",
            ),
            line(
                "b",
                &format!("\"It will not,\" said Tom Reyes.{}", people::FAILS_IN_TESTS),
            ),
            line("c", "\"We are ready,\" Mayor Ines Varga told reporters."),
        ]
        .join("\n");
        let corpus = load_bytes(FileFormat::Jsonl, "t.jsonl", jsonl.as_bytes());
        let a = analyze(&corpus);
        assert_eq!(a.diagnostics.len(), 1, "{:?}", a.diagnostics);
        assert_eq!(a.diagnostics[0].path, "b");
        assert!(
            a.diagnostics[0]
                .message
                .contains("people and quotes are left out"),
            "{}",
            a.diagnostics[0].message
        );
        let quoted: Vec<usize> = a.quotes.iter().map(|q| q.article.index()).collect();
        assert_eq!(quoted, [0, 2]);
        assert!(a.people.iter().any(|p| p.name == "Ines Varga"));
        assert!(!a.people.iter().any(|p| p.name.contains("Reyes")));
    }
}
