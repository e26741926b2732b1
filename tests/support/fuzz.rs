//! What each fuzz target runs, shared by the cargo-fuzz targets (`fuzz/fuzz_targets/*.rs`
//! include this file by path) and by `tests/fuzz_regressions.rs`, so an input the fuzzer found
//! is replayed through exactly the same code and the same checks by `cargo test`.
//!
//! Every check is an invariant the library documents: offsets are bytes in the article's text,
//! in range, on char boundaries, and indices point at things that exist. A violated check
//! panics, which libFuzzer reports as a crash.
#![allow(dead_code)]

use parallax::analysis::{self, Analysis};
use parallax::corpus::{Block, Corpus, FileFormat, load_bytes};
use parallax::date::Date;
use parallax::search::Index;
use parallax::timeline;
use std::ops::Range;

/// The fuzz targets, by name; also the folders under `tests/fixtures/fuzz/`.
pub const TARGETS: [&str; 6] = [
    "load_text",
    "load_jsonl",
    "load_newsplease",
    "sentences",
    "dates",
    "analyze",
];

/// Runs the target called `name` on `data`.
pub fn run(name: &str, data: &[u8]) {
    match name {
        "load_text" => load(FileFormat::Text, data),
        "load_jsonl" => load(FileFormat::Jsonl, data),
        "load_newsplease" => load(FileFormat::NewsPlease, data),
        "sentences" => sentences(data),
        "dates" => dates(data),
        "analyze" => analyze(data),
        _ => panic!("no fuzz target called {name}"),
    }
}

/// A loader: any bytes load without panicking into a well-formed corpus.
pub fn load(format: FileFormat, data: &[u8]) {
    let name = match format {
        FileFormat::Text => "fuzz.txt",
        FileFormat::Jsonl => "fuzz.jsonl",
        FileFormat::NewsPlease => "fuzz.json",
    };
    check_corpus(&load_bytes(format, name, data));
}

/// The sentence splitter on any text (invalid UTF-8 replaced, as the loader would).
pub fn sentences(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let found = analysis::sentences::split(&text);
    let mut prev = 0;
    for &(s, e) in &found {
        check_span(&text, s..e, "sentence");
        assert!(
            s >= prev,
            "sentences overlap or are out of order: {found:?}"
        );
        let sentence = &text[s..e];
        assert!(!sentence.is_empty(), "empty sentence at {s}");
        assert_eq!(sentence, sentence.trim(), "sentence not trimmed");
        prev = e;
    }
}

/// The date extractor on one sentence. The first four bytes are the publication date (a year
/// below 10,000, as the loader's date parser only reads four-digit years, then month and day;
/// an invalid month or day means no date), the rest the sentence.
pub fn dates(data: &[u8]) {
    let (published, rest) = match data {
        [y0, y1, m, d, rest @ ..] => {
            let year = i32::from(u16::from_le_bytes([*y0, *y1]) % 10_000);
            (Date::new(year, m % 13, d % 32), rest)
        }
        _ => (None, data),
    };
    let sentence = String::from_utf8_lossy(rest);
    let found = analysis::dates::extract(&sentence, published);
    let mut prev = 0;
    for t in &found {
        check_span(&sentence, t.start..t.end, "date expression");
        // "in order": the expressions are returned as they appear in the sentence.
        assert!(t.start >= prev, "date expressions out of order");
        prev = t.start;
        if let Some(v) = &t.value {
            check_date(v.start);
        }
    }
}

/// The whole analysis of a text article: sentences, people, quotes and dates, then the
/// timeline and the search index built on them, and one search.
pub fn analyze(data: &[u8]) {
    let corpus = load_bytes(FileFormat::Text, "fuzz.txt", data);
    check_corpus(&corpus);
    let a = analysis::analyze(&corpus);
    check_analysis(&corpus, &a);
    let t = timeline::build(&corpus, &a);
    check_timeline(&corpus, &a, &t);
    let _ = parallax::output::json::timeline(&corpus, &parallax::corpus::Outlets::of(&corpus), &t);
    let _ = parallax::output::text::timeline(&corpus, &parallax::corpus::Outlets::of(&corpus), &t);
    let index = Index::build(&corpus, &a);
    // A query from the text itself, so it sometimes matches.
    let query: String = String::from_utf8_lossy(data).chars().take(12).collect();
    for hit in index.search(&query, 20) {
        let text = index.text(&hit);
        let chars = text.chars().count();
        assert!(
            hit.indices.iter().all(|&i| i < chars),
            "highlight index past the end of {text:?}"
        );
    }
}

/// `span` is a non-inverted range of `text` whose ends are char boundaries.
fn check_span(text: &str, span: Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of range (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

/// A real calendar day.
fn check_date(d: Date) {
    assert_eq!(
        Date::new(d.year, d.month, d.day),
        Some(d),
        "invalid date {d:?}"
    );
}

/// Paragraphs in order, in range and on char boundaries; ids unique.
pub fn check_corpus(c: &Corpus) {
    let mut ids = std::collections::HashSet::new();
    for a in &c.articles {
        assert!(ids.insert(a.id.as_str()), "duplicate article id {:?}", a.id);
        assert!(!a.paragraphs.is_empty(), "an article without paragraphs");
        let mut prev = 0;
        for p in &a.paragraphs {
            check_span(&a.text, p.span.start()..p.span.end(), "paragraph");
            assert!(
                p.span.start() >= prev,
                "paragraphs overlap or are out of order"
            );
            prev = p.span.end();
        }
        if let Some(d) = a.date {
            check_date(d);
        }
    }
}

/// Every offset of the analysis is in its article's text, every index points at something.
pub fn check_analysis(c: &Corpus, a: &Analysis) {
    assert_eq!(a.article_sentences.len(), c.articles.len());
    for (ai, r) in a.article_sentences.iter().enumerate() {
        for s in &a.sentences[r.clone()] {
            assert_eq!(
                s.article.index(),
                ai,
                "sentence in the wrong article's range"
            );
        }
    }
    for s in &a.sentences {
        let article = &c.articles[s.article];
        check_span(&article.text, s.span.start()..s.span.end(), "sentence");
        let p = &article.paragraphs[s.paragraph()];
        assert_eq!(p.kind, Block::Story, "a sentence outside the story");
        assert!(
            p.span.start() <= s.span.start() && s.span.end() <= p.span.end(),
            "sentence outside its paragraph"
        );
    }
    for (pi, person) in a.people.iter().enumerate() {
        assert!(!person.name.is_empty(), "person {pi} has no name");
        assert!(
            person.articles.windows(2).all(|w| w[0] < w[1]),
            "person {pi}'s articles not ascending"
        );
        for m in &person.mentions {
            let text = &c.articles[m.article].text;
            check_span(text, m.span.start()..m.span.end(), "mention");
            if let Some(si) = m.sentence {
                assert_eq!(a.sentences[si].article, m.article, "mention's sentence");
            }
        }
    }
    for q in &a.quotes {
        let text = &c.articles[q.article].text;
        check_span(text, q.span.start()..q.span.end(), "quote");
        assert_eq!(
            a.sentences[q.sentence].article, q.article,
            "quote's sentence"
        );
        if let Some(p) = q.speaker {
            assert!(
                p.index() < a.people.len(),
                "quote speaker {p:?} out of range"
            );
        }
    }
    for d in &a.dates {
        let s = &a.sentences[d.sentence];
        assert_eq!(s.article, d.article, "date's sentence");
        check_span(
            &c.articles[d.article].text,
            d.span.start()..d.span.end(),
            "date mention",
        );
        assert!(
            s.span.start() <= d.span.start() && d.span.end() <= s.span.end(),
            "date outside its sentence"
        );
        if let Some(v) = &d.value {
            check_date(v.start);
        }
    }
}

/// Every source and conflict of the timeline quotes a real sentence.
pub fn check_timeline(c: &Corpus, a: &Analysis, t: &timeline::Timeline) {
    assert_eq!(t.articles, c.articles.len());
    for e in &t.events {
        assert!(
            e.reporting.windows(2).all(|w| w[0] < w[1]),
            "reporting not ascending"
        );
        assert!(
            e.people.iter().all(|&p| p.index() < a.people.len()),
            "event person"
        );
        for s in &e.sources {
            let text = &c.articles[s.article].text;
            check_span(text, s.span.range(), "source");
            assert_eq!(
                a.sentences[s.sentence].article, s.article,
                "source's sentence"
            );
            if let Some(x) = &s.expression {
                check_span(text, x.range(), "source expression");
                let inner = s
                    .expression_in_text()
                    .expect("expression inside its sentence");
                check_span(s.text(c), inner, "expression in sentence");
            }
        }
        for k in &e.conflicts {
            check_span(&c.articles[k.article].text, k.span.range(), "conflict");
            assert_eq!(
                a.sentences[k.sentence].article, k.article,
                "conflict's sentence"
            );
        }
    }
}
