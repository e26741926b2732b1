//! Made-up corpora for the timeline's tests, written in a small markup so each test reads as
//! the coverage it describes: `{on Monday=2023-03-20}` is a date expression and its value
//! (`2023-W11`, `2023-02`, `2022`, or `?` for unresolved), `[Xi Jinping#0]` names person 0.
//! Each sentence is its own story paragraph.

use crate::analysis::{
    Analysis, DateMention, Granularity, Mention, Person, PersonKind, Sentence, TimeValue,
};
use crate::corpus::{Article, Block, Corpus, Paragraph};
use crate::date::Date;
use crate::ids::{ArticleId, SentenceId};
use crate::text::Span;

/// One article: id, publication date (`None` for unknown), sentences in markup.
pub(crate) type Spec<'a> = (&'a str, Option<&'a str>, &'a [&'a str]);

pub(crate) fn value(v: &str) -> Option<TimeValue> {
    let day = |start, granularity| Some(TimeValue { start, granularity });
    if let Some(d) = Date::parse_iso(v) {
        return day(d, Granularity::Day);
    }
    if let Some((y, w)) = v.split_once("-W") {
        let jan4 = Date::new(y.parse().ok()?, 1, 4)?;
        let monday = jan4.week_start().add_days((w.parse::<i64>().ok()? - 1) * 7);
        return day(monday, Granularity::Week);
    }
    if let Some((y, m)) = v.split_once('-') {
        return day(
            Date::new(y.parse().ok()?, m.parse().ok()?, 1)?,
            Granularity::Month,
        );
    }
    day(Date::new(v.parse().ok()?, 1, 1)?, Granularity::Year)
}

/// Builds the corpus and the analysis the extractors would have produced.
pub(crate) fn corpus(specs: &[Spec]) -> (Corpus, Analysis) {
    let mut corpus = Corpus {
        name: "test".into(),
        ..Corpus::default()
    };
    let mut an = Analysis::default();
    let mut people: Vec<(usize, Mention, String)> = Vec::new();
    for (ai, (id, date, sentences)) in specs.iter().enumerate() {
        let mut text = String::new();
        let mut paragraphs = Vec::new();
        let first = an.sentences.len();
        for raw in sentences.iter() {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            let si = an.sentences.len();
            let mut rest = *raw;
            while let Some(i) = rest.find(['{', '[']) {
                text.push_str(&rest[..i]);
                let close = if rest[i..].starts_with('{') { '}' } else { ']' };
                let end = rest[i..].find(close).map_or(rest.len(), |j| i + j);
                let inner = &rest[i + 1..end];
                let at = text.len();
                if close == '}' {
                    let (expr, v) = inner.split_once('=').unwrap_or((inner, "?"));
                    text.push_str(expr);
                    an.dates.push(DateMention {
                        article: ArticleId::new(ai),
                        sentence: SentenceId::new(si),
                        span: Span::new(at, text.len()),
                        value: value(v),
                    });
                } else {
                    let (name, p) = inner.split_once('#').unwrap_or((inner, "0"));
                    text.push_str(name);
                    let m = Mention {
                        article: ArticleId::new(ai),
                        sentence: Some(SentenceId::new(si)),
                        span: Span::new(at, text.len()),
                    };
                    people.push((p.parse().unwrap_or(0), m, name.to_string()));
                }
                rest = rest.get(end + 1..).unwrap_or("");
            }
            text.push_str(rest);
            let span = Span::new(start, text.len());
            paragraphs.push(Paragraph::new(span, Block::Story));
            an.sentences.push(Sentence::new(
                ArticleId::new(ai),
                paragraphs.len() - 1,
                span,
            ));
        }
        an.article_sentences.push(first..an.sentences.len());
        corpus.articles.push(Article {
            id: id.to_string(),
            outlet: format!("Outlet {id}"),
            title: String::new(),
            date: date.and_then(Date::parse_iso),
            date_inferred: false,
            url: None,
            authors: Vec::new(),
            words: text.split_whitespace().count(),
            text,
            paragraphs,
        });
    }
    let n = people.iter().map(|p| p.0 + 1).max().unwrap_or(0);
    an.people = (0..n)
        .map(|pi| {
            let mine: Vec<&(usize, Mention, String)> =
                people.iter().filter(|p| p.0 == pi).collect();
            let name = mine
                .iter()
                .map(|p| p.2.clone())
                .max_by_key(String::len)
                .unwrap_or_default();
            let mut articles: Vec<ArticleId> = mine.iter().map(|p| p.1.article).collect();
            articles.dedup();
            Person {
                name,
                aliases: Vec::new(),
                roles: Vec::new(),
                kind: PersonKind::Actor,
                articles,
                mentions: mine.iter().map(|p| p.1.clone()).collect(),
                variants: Vec::new(),
            }
        })
        .collect();
    (corpus, an)
}
