//! Benchmarks of the comparison stage on generated text: aligning two 5,000-word articles
//! (budget: under 50 ms) and grouping the quote variants of a 100,000-quote corpus. Text comes
//! from a fixed-seed PRNG over word lists kept here, so runs are comparable.

use divan::{Bencher, black_box};
use parallax::analysis::{Analysis, Confidence, Quote};
use parallax::compare::{align, variants, word_diff};
use parallax::corpus::{Article, Corpus};
use parallax::ids::{ArticleId, PersonId, SentenceId};
use parallax::text::Span;

fn main() {
    divan::main();
}

/// SplitMix64: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Skewed towards the front of a list, like word frequencies.
    fn zipfish(&mut self, n: usize) -> usize {
        let x = (self.next() % 10_000) as f64 / 10_000.0;
        ((x * x * x) * n as f64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const STOP: &[&str] = &[
    "the", "a", "of", "to", "in", "and", "on", "for", "that", "with", "was", "is", "by", "at",
    "it", "as", "from", "said", "has", "have", "be", "were", "had", "after", "their",
];
const CONTENT: &[&str] = &[
    "talks",
    "leaders",
    "meeting",
    "government",
    "minister",
    "president",
    "visit",
    "agreement",
    "trade",
    "energy",
    "pipeline",
    "border",
    "security",
    "sanctions",
    "economy",
    "peace",
    "war",
    "troops",
    "support",
    "officials",
    "statement",
    "summit",
    "relations",
    "partnership",
    "cooperation",
    "military",
    "exports",
    "imports",
    "prices",
    "markets",
    "investment",
    "strategy",
    "region",
    "conflict",
    "ceasefire",
    "negotiations",
    "treaty",
    "delegation",
    "capital",
    "parliament",
    "election",
    "vote",
    "court",
    "ruling",
    "protest",
    "police",
    "crowds",
    "city",
    "village",
    "farmers",
    "workers",
    "union",
    "strike",
    "factory",
    "port",
    "shipping",
    "grain",
    "harvest",
    "drought",
    "flood",
    "storm",
    "rescue",
    "hospital",
    "vaccine",
    "outbreak",
    "schools",
    "students",
    "teachers",
    "budget",
    "taxes",
    "deficit",
    "debt",
    "bank",
    "currency",
    "inflation",
    "growth",
    "jobs",
    "wages",
    "pensions",
    "reform",
    "plan",
    "proposal",
    "warning",
    "threat",
    "attack",
    "drone",
    "missile",
    "defence",
    "alliance",
    "observers",
    "reporters",
    "journalists",
    "analysts",
    "experts",
    "critics",
    "supporters",
    "opponents",
    "rivals",
    "allies",
    "neighbours",
    "history",
    "future",
    "promise",
    "pledge",
    "deal",
    "dispute",
    "crisis",
    "tension",
    "dialogue",
    "message",
    "speech",
    "interview",
    "press",
    "conference",
    "report",
    "document",
    "letter",
    "record",
    "agency",
    "ministry",
    "council",
    "committee",
    "commission",
    "board",
    "company",
    "firm",
    "sector",
    "industry",
    "technology",
    "network",
    "satellite",
    "railway",
    "bridge",
    "road",
    "airport",
    "flight",
    "passengers",
    "tourists",
    "visitors",
    "guests",
    "dinner",
    "ceremony",
    "welcome",
    "honour",
    "anniversary",
    "tradition",
    "culture",
    "language",
    "friendship",
];
const NAMES: &[&str] = &[
    "Moreau",
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Petrov",
    "Silva",
    "Haddad",
    "Kowalski",
    "Nguyen",
    "Abebe",
    "Fischer",
    "Rossi",
    "Kaplan",
    "Mendes",
    "Ivanova",
    "Brennan",
    "Valdivia",
    "Oyelaran",
    "Sorensen",
    "Castellano",
    "Geneva",
    "Nairobi",
    "Lisbon",
    "Riga",
];
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "March",
    "April",
];

fn word(rng: &mut Rng) -> String {
    match rng.below(100) {
        0..40 => STOP[rng.zipfish(STOP.len())].to_string(),
        40..85 => CONTENT[rng.zipfish(CONTENT.len())].to_string(),
        85..94 => NAMES[rng.zipfish(NAMES.len())].to_string(),
        94..97 => DAYS[rng.below(DAYS.len())].to_string(),
        _ => (rng.below(5000) + 1).to_string(),
    }
}

fn sentence(rng: &mut Rng) -> String {
    let n = 12 + rng.below(17); // 12–28 words, about 20 on average
    let mut words: Vec<String> = (0..n).map(|_| word(rng)).collect();
    if let Some(first) = words.first_mut() {
        let mut c = first.chars();
        if let Some(h) = c.next() {
            *first = h.to_uppercase().chain(c).collect();
        }
    }
    format!("{}.", words.join(" "))
}

/// Another outlet's take on a sentence: about a third of its words replaced.
fn reword(rng: &mut Rng, s: &str) -> String {
    let words: Vec<String> = s
        .trim_end_matches('.')
        .split(' ')
        .map(|w| {
            if rng.chance(30) {
                word(rng)
            } else {
                w.to_string()
            }
        })
        .collect();
    format!("{}.", words.join(" "))
}

/// Two 5,000-word articles: the second keeps 60% of the first's sentences reworded, drops the
/// rest, adds its own, and moves a few far from where they were.
fn two_articles() -> (Vec<String>, Vec<String>) {
    let mut rng = Rng(0x5eed);
    let left: Vec<String> = (0..250).map(|_| sentence(&mut rng)).collect();
    let mut right = Vec::new();
    for s in &left {
        match rng.below(10) {
            0..6 => right.push(reword(&mut rng, s)),
            6..8 => {}
            _ => right.push(sentence(&mut rng)),
        }
        if rng.chance(20) {
            right.push(sentence(&mut rng));
        }
    }
    for _ in 0..8 {
        let from = rng.below(right.len());
        let moved = right.remove(from);
        right.insert(rng.below(right.len()), moved);
    }
    (left, right)
}

#[divan::bench]
fn align_two_5000_word_articles(bencher: Bencher) {
    let (left, right) = two_articles();
    let a: Vec<&str> = left.iter().map(String::as_str).collect();
    let b: Vec<&str> = right.iter().map(String::as_str).collect();
    bencher.bench(|| align(black_box(&a), black_box(&b)));
}

#[divan::bench]
fn word_diff_of_every_pair(bencher: Bencher) {
    let (left, right) = two_articles();
    let a: Vec<&str> = left.iter().map(String::as_str).collect();
    let b: Vec<&str> = right.iter().map(String::as_str).collect();
    let pairs: Vec<(usize, usize)> = align(&a, &b).pairs().map(|p| (p.left, p.right)).collect();
    bencher.bench(|| {
        pairs
            .iter()
            .map(|&(l, r)| word_diff(black_box(a[l]), black_box(b[r])).len())
            .sum::<usize>()
    });
}

/// 10,000 articles with 10 quotes each, drawn from 20,000 statements by 500 speakers: most
/// statements recur in several articles, trimmed or reworded.
fn quote_corpus() -> (Corpus, Analysis) {
    let mut rng = Rng(0xc0ffee);
    let statements: Vec<(String, usize)> = (0..20_000)
        .map(|_| (sentence(&mut rng), rng.zipfish(500)))
        .collect();
    let mut corpus = Corpus::default();
    let mut analysis = Analysis::default();
    for k in 0..10_000 {
        corpus.articles.push(Article {
            id: format!("g{k}"),
            outlet: String::new(),
            title: String::new(),
            date: None,
            date_inferred: false,
            url: None,
            authors: Vec::new(),
            text: String::new(),
            paragraphs: Vec::new(),
            words: 0,
        });
        for _ in 0..10 {
            let (text, speaker) = &statements[rng.zipfish(statements.len())];
            let text = match rng.below(10) {
                0..6 => text.clone(),
                6..8 => reword(&mut rng, text),
                _ => text.split(' ').take(8).collect::<Vec<_>>().join(" "),
            };
            let speaker = (!rng.chance(10)).then_some(*speaker);
            let mut quote =
                Quote::new(ArticleId::new(k), SentenceId::new(0), Span::default(), text)
                    .with_speaker(speaker.map(PersonId::new));
            quote.confidence = Confidence::Named;
            analysis.quotes.push(quote);
        }
    }
    (corpus, analysis)
}

#[divan::bench(sample_count = 10)]
fn variants_of_100k_quotes(bencher: Bencher) {
    let (corpus, analysis) = quote_corpus();
    bencher.bench(|| variants(black_box(&corpus), black_box(&analysis)).len());
}
