//! The whole pipeline on the generated 10,000-article corpus (`parallax-gen 10000 --seed 1`,
//! made here in memory): loading the JSONL bytes, the analysis, the timeline,
//! the search index, everything the interface prepares, a search session typed key by key,
//! and one frame of each view at 200x60 on a `TestBackend`. After divan's table it prints
//! each keystroke's worst and mean time over repeated sessions.
//!
//! `cargo bench --bench pipeline`

use divan::Bencher;
use parallax::analysis::{Analysis, analyze};
use parallax::corpus::{Corpus, FileFormat, load_bytes};
use parallax::search::{Index, Searcher};
use parallax::story::Story;
use parallax::tui::app::{App, View};
use parallax::tui::data::Data;
use parallax::tui::theme::Theme;
use parallax::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

const ARTICLES: usize = 10_000;

/// The corpus as the generator writes it.
static JSONL: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut out = Vec::new();
    parallax_gen::generate(ARTICLES, 1, &mut out).expect("generating into memory");
    out
});

fn load() -> Corpus {
    load_bytes(FileFormat::Jsonl, "generated.jsonl", &JSONL)
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(load);
static ANALYSIS: LazyLock<Analysis> = LazyLock::new(|| analyze(&CORPUS));
static INDEX: LazyLock<Index> = LazyLock::new(|| Index::build(&CORPUS, &ANALYSIS));

/// The interface with everything prepared, for drawing.
static APP: LazyLock<Mutex<App>> = LazyLock::new(|| {
    let data = Data::new(Story::with_analysis(load(), ANALYSIS.clone()));
    Mutex::new(App::with_data(data, (200, 60)))
});

fn main() {
    divan::main();
    session_report(20);
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn load_jsonl(bencher: Bencher) {
    LazyLock::force(&JSONL);
    bencher.bench(load);
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn analysis(bencher: Bencher) {
    let corpus = &*CORPUS;
    bencher.bench(|| analyze(corpus));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn timeline(bencher: Bencher) {
    let (corpus, analysis) = (&*CORPUS, &*ANALYSIS);
    bencher.bench(|| parallax::timeline::build(corpus, analysis));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn index_build(bencher: Bencher) {
    let (corpus, analysis) = (&*CORPUS, &*ANALYSIS);
    bencher.bench(|| Index::build(corpus, analysis));
}

/// Everything the interface derives from the analysis (timeline, index, variants, matrix,
/// highlights), as the loader thread builds it.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn interface_data(bencher: Bencher) {
    bencher
        .with_inputs(|| (load(), ANALYSIS.clone()))
        .bench_local_values(|(corpus, analysis)| Data::new(Story::with_analysis(corpus, analysis)));
}

/// The queries typed key by key: the most mentioned person's name, the same person's quotes
/// with a word, a phrase over quotes only, words whose first letters match nearly every
/// entry (the costliest keys), the surname with a typo, and words of a sentence of the text
/// (every query but the scoped ones also searches the text). Names come from the analysis, not fixed here, so they stay
/// meaningful if the generator changes.
static SESSIONS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let top = ANALYSIS.people.first().map_or("anna", |p| p.name.as_str());
    let surname = top.rsplit(' ').next().unwrap_or(top).to_lowercase();
    // The surname with two letters swapped, as a hurried reader types it.
    let mut typo: Vec<char> = surname.chars().collect();
    if typo.len() > 4 {
        typo.swap(2, 3);
    }
    vec![
        top.to_lowercase(),
        format!("@{surname} talks"),
        "q:'peace ^we".to_string(),
        "state security talks".to_string(),
        typo.into_iter().collect(),
        "formal talks at the grand palace".to_string(),
    ]
});

fn prefixes(session: &str) -> Vec<&str> {
    session
        .char_indices()
        .map(|(i, c)| &session[..i + c.len_utf8()])
        .collect()
}

/// One whole session, each key answered by narrowing from the previous one, as in the view.
#[divan::bench(args = [0, 1, 2, 3, 4, 5], sample_count = 10, sample_size = 1)]
fn search_session(bencher: Bencher, session: usize) {
    let index = &*INDEX;
    let keys = prefixes(&SESSIONS[session]);
    bencher.bench(|| {
        let mut s = Searcher::default();
        keys.iter().map(|q| s.update(index, q).total).sum::<usize>()
    });
}

/// One frame of each view, with the data of 10,000 articles behind it.
#[divan::bench(args = View::ALL, sample_count = 50)]
fn draw_200x60(bencher: Bencher, view: View) {
    let mut app = APP.lock().unwrap_or_else(|e| e.into_inner());
    app.show(view);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("a test terminal");
    let theme = Theme::default();
    bencher.bench_local(|| terminal.draw(|f| view::render(&app, &theme, f)).map(|_| ()));
}

/// Types each session `rounds` times and prints every keystroke's worst and mean time.
fn session_report(rounds: usize) {
    let index = &*INDEX;
    println!(
        "\nsearch over {} people, {} quotes and {} distinct sentences of {ARTICLES} generated articles",
        index.people_len(),
        index.quotes_len(),
        index.sentences_len()
    );
    for session in SESSIONS.iter() {
        let keys = prefixes(session);
        let mut worst = vec![Duration::ZERO; keys.len()];
        let mut total = vec![Duration::ZERO; keys.len()];
        let mut found = vec![0; keys.len()];
        for _ in 0..rounds {
            let mut s = Searcher::default();
            for (k, q) in keys.iter().enumerate() {
                let t = Instant::now();
                found[k] = s.update(index, q).total;
                let took = t.elapsed();
                worst[k] = worst[k].max(took);
                total[k] += took;
            }
        }
        println!(
            "{:<24} {:>9} {:>9} {:>8}",
            session, "worst", "mean", "matches"
        );
        for (k, q) in keys.iter().enumerate() {
            println!(
                "  {:<22} {:>7.2}ms {:>7.2}ms {:>8}",
                q,
                worst[k].as_secs_f64() * 1e3,
                total[k].as_secs_f64() * 1e3 / rounds as f64,
                found[k]
            );
        }
        let all = worst.iter().max().copied().unwrap_or_default();
        println!("  worst keystroke: {:.2} ms", all.as_secs_f64() * 1e3);
    }
}
