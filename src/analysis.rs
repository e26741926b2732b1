//! The analysis: sentences, people, quotes and date expressions found in a corpus's story text.
//! Pure functions of a [`Corpus`]; nothing here knows about terminals.

mod credits;
mod cues;
pub mod dates;
mod lexicon;
mod lower;
mod merge;
mod names;
pub mod people;
pub mod quotes;
mod resolve;
mod scan;
pub mod sentences;
mod tokens;

use crate::corpus::Corpus;
use crate::date::Date;
use rayon::prelude::*;
use serde::Serialize;
use std::borrow::Cow;
use std::ops::Range;

pub use dates::{Granularity, TimeExpr, TimeValue};

/// A sentence of story text. Offsets are bytes in the article's `text`. (Stored as u32: a
/// large corpus has hundreds of thousands of sentences, all kept for its whole life; the
/// methods give indices.)
#[derive(Clone, Debug)]
pub struct Sentence {
    article: u32,
    paragraph: u32,
    start: u32,
    end: u32,
}

impl Sentence {
    pub fn new(article: usize, paragraph: usize, start: usize, end: usize) -> Sentence {
        // Offsets past 4 GiB cannot occur: the analysis skips any article that long.
        let narrow = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Sentence {
            article: narrow(article),
            paragraph: narrow(paragraph),
            start: narrow(start),
            end: narrow(end),
        }
    }

    /// Index into [`Corpus::articles`].
    pub fn article(&self) -> usize {
        self.article as usize
    }

    /// Index into the article's paragraphs.
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
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

/// One place a person is named. Offsets are bytes in the article's `text`. (Stored as u32:
/// a large corpus has hundreds of thousands of mentions; the methods give indices.)
#[derive(Clone, Debug)]
pub struct Mention {
    article: u32,
    /// [`NO_SENTENCE`] for none: 16 bytes a mention, not the 20 of an `Option<u32>`.
    sentence: u32,
    start: u32,
    end: u32,
}

/// A mention's sentence when it has none (a caption). No corpus has that many sentences.
const NO_SENTENCE: u32 = u32::MAX;

impl Mention {
    pub fn new(article: usize, sentence: Option<usize>, start: usize, end: usize) -> Mention {
        // Offsets past 4 GiB cannot occur: the scan skips any article that long.
        let narrow = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Mention {
            article: narrow(article),
            sentence: sentence.map_or(NO_SENTENCE, narrow),
            start: narrow(start),
            end: narrow(end),
        }
    }

    pub fn article(&self) -> usize {
        self.article as usize
    }

    /// Index into [`Analysis::sentences`], or `None` for a caption.
    pub fn sentence(&self) -> Option<usize> {
        (self.sentence != NO_SENTENCE).then_some(self.sentence as usize)
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// A spelling of a name used by some articles and not by others.
#[derive(Clone, Debug, Serialize)]
pub struct Variant {
    pub alias: String,
    pub articles: Vec<usize>,
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
    /// Article indices, ascending.
    pub articles: Vec<usize>,
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

/// A direct quote. Offsets are bytes in the article's `text`, inside the quote marks.
#[derive(Clone, Debug)]
pub struct Quote {
    article: u32,
    sentence: u32,
    start: u32,
    end: u32,
    speaker: Option<u32>,
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

/// The offsets are stored as u32 (the analysis skips any article too long for them) and the
/// methods give indices: a large corpus has hundreds of thousands of quotes.
impl Quote {
    /// A full quote of article `article`, in sentence `sentence` (an index into
    /// [`Analysis::sentences`]), at bytes `start..end` of the article's text, with no speaker.
    pub fn new(article: usize, sentence: usize, start: usize, end: usize, text: String) -> Quote {
        Quote {
            article: narrow(article),
            sentence: narrow(sentence),
            start: narrow(start),
            end: narrow(end),
            speaker: None,
            text,
            kind: QuoteKind::Full,
            speaker_text: None,
            cue: None,
            confidence: Confidence::None,
        }
    }

    /// The same quote said by `speaker` (an index into [`Analysis::people`]).
    pub fn with_speaker(mut self, speaker: Option<usize>) -> Quote {
        self.set_speaker(speaker);
        self
    }

    pub fn set_speaker(&mut self, speaker: Option<usize>) {
        self.speaker = speaker.map(narrow);
    }

    /// Moves the quote to bytes `start..end` of its article's text.
    pub fn set_span(&mut self, start: usize, end: usize) {
        (self.start, self.end) = (narrow(start), narrow(end));
    }

    pub fn set_article(&mut self, article: usize) {
        self.article = narrow(article);
    }

    pub fn article(&self) -> usize {
        self.article as usize
    }

    /// Index into [`Analysis::sentences`] of the sentence where the quote starts.
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    /// Byte where the quote starts in the article's text.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Index into [`Analysis::people`].
    pub fn speaker(&self) -> Option<usize> {
        self.speaker.map(|p| p as usize)
    }
}

/// An index or offset as the analysis stores it. Offsets past 4 GiB cannot occur: the
/// analysis skips any article that long.
fn narrow(x: usize) -> u32 {
    u32::try_from(x).unwrap_or(u32::MAX)
}

/// A temporal expression in a sentence, resolved where possible. (Stored as u32: a large
/// corpus has hundreds of thousands of them, kept for its whole life; the methods give
/// indices.)
#[derive(Clone, Debug)]
pub struct DateMention {
    article: u32,
    sentence: u32,
    /// Bytes in the article's `text`.
    start: u32,
    end: u32,
    pub value: Option<TimeValue>,
}

impl DateMention {
    pub fn new(
        article: usize,
        sentence: usize,
        start: usize,
        end: usize,
        value: Option<TimeValue>,
    ) -> DateMention {
        DateMention {
            article: narrow(article),
            sentence: narrow(sentence),
            start: narrow(start),
            end: narrow(end),
            value,
        }
    }

    pub fn article(&self) -> usize {
        self.article as usize
    }

    /// Index into [`Analysis::sentences`].
    pub fn sentence(&self) -> usize {
        self.sentence as usize
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }
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
        .map(|(ai, article)| {
            let mut sents = Vec::new();
            // Sentences keep u32 offsets: an article over 4 GiB (never met in news) goes
            // unread, as the people scan leaves it.
            if u32::try_from(article.text.len()).is_err() {
                return sents;
            }
            for (pi, p) in article.story() {
                let para = &article.text[p.start()..p.end()];
                for (s, e) in sentences::split(para) {
                    sents.push(Sentence::new(ai, pi, p.start() + s, p.start() + e));
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
        || people::find(corpus, &analysis.sentences),
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
        .map(|(ai, (article, range))| {
            let mut exprs = Vec::new();
            for (si, s) in sentences[range.clone()].iter().enumerate() {
                for t in dates::extract(&article.text[s.start()..s.end()], article.date) {
                    exprs.push((range.start + si, s.start(), t));
                }
            }
            // "that day", "the eve of his visit": resolved from the day the story is on.
            dates::link(exprs.iter_mut().map(|(_, _, t)| t));
            exprs
                .into_iter()
                .map(|(si, base, t)| {
                    DateMention::new(ai, si, base + t.start, base + t.end, t.value)
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
        q.speaker()
            .and_then(|p| self.people.get(p))
            .map(|p| p.name.as_str())
            .or(q.speaker_text.as_deref())
    }

    /// The text of sentence `i`.
    pub fn sentence_text<'a>(&self, corpus: &'a Corpus, i: usize) -> &'a str {
        let s = &self.sentences[i];
        &corpus.articles[s.article()].text[s.start()..s.end()]
    }
}

/// Convenience for tests and the CLI: the resolved day of a date mention, if it has one.
pub fn day_of(value: &TimeValue) -> Option<Date> {
    (value.granularity == Granularity::Day).then_some(value.start)
}
