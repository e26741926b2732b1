//! The analysis: sentences, people, quotes and date expressions found in a corpus's story text.
//! Pure functions of a [`Corpus`]; nothing here knows about terminals.

mod credits;
mod cues;
pub mod dates;
mod lexicon;
mod merge;
mod names;
pub mod people;
pub mod quotes;
mod resolve;
mod scan;
pub mod sentences;

use crate::corpus::Corpus;
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
}

/// Runs every extractor over the corpus, articles in parallel.
pub fn analyze(corpus: &Corpus) -> Analysis {
    let per_article: Vec<Vec<Sentence>> = corpus
        .articles
        .par_iter()
        .enumerate()
        .map(|(index, article)| {
            let id = ArticleId::new(index);
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
        .collect();
    let mut analysis = Analysis::default();
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
    let ((people, quotes), dates) = rayon::join(
        || people::find(corpus, &analysis.sentences, &analysis.article_sentences),
        || find_dates(corpus, &analysis.sentences, &analysis.article_sentences),
    );
    analysis.people = people;
    analysis.quotes = quotes;
    analysis.dates = dates;
    analysis
}

/// The date expressions of every article, in article and text order.
fn find_dates(
    corpus: &Corpus,
    sentences: &[Sentence],
    article_sentences: &[Range<usize>],
) -> Vec<DateMention> {
    let per_article: Vec<Vec<DateMention>> = corpus
        .articles
        .par_iter()
        .zip(article_sentences)
        .enumerate()
        .map(|(index, (article, range))| {
            let id = ArticleId::new(index);
            let mut exprs = Vec::new();
            for (si, s) in sentences[range.clone()].iter().enumerate() {
                for t in dates::extract(&article.text[s.span.range()], article.date) {
                    exprs.push((SentenceId::new(range.start + si), s.span.start(), t));
                }
            }
            // "that day", "the eve of his visit": resolved from the day the story is on.
            dates::link(exprs.iter_mut().map(|(_, _, t)| t));
            exprs
                .into_iter()
                .map(|(sentence, base, t)| DateMention {
                    article: id,
                    sentence,
                    span: Span::new(base + t.start, base + t.end),
                    value: t.value,
                })
                .collect()
        })
        .collect();
    let mut all = Vec::with_capacity(per_article.iter().map(Vec::len).sum());
    for found in per_article {
        all.extend(found);
    }
    all
}

impl Analysis {
    /// Who said quote `q`, as shown: the person's name, or the speaker as written.
    pub fn speaker_name<'a>(&'a self, q: &'a Quote) -> Option<&'a str> {
        q.speaker
            .and_then(|p| self.people.get(p.index()))
            .map(|p| p.name.as_str())
            .or(q.speaker_text.as_deref())
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
