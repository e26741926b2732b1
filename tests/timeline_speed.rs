//! The timeline's speed on a generated corpus of 10,000 articles: a measurement, not a timed
//! test (`cargo test --release --test timeline_speed -- --ignored --nocapture`).

use parallax::{analysis, corpus, timeline};
use std::time::Instant;

/// CPU seconds used by this process so far (user + system), from /proc.
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

#[test]
#[ignore]
fn timeline_of_ten_thousand_articles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jsonl");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    parallax_gen::generate(10_000, 2023, &mut file).unwrap();
    drop(file);
    let c = corpus::load(&path);
    let t0 = Instant::now();
    let a = analysis::analyze(&c);
    let analysed = t0.elapsed();
    let dated = a.dates.iter().filter(|d| d.value.is_some()).count();
    let mut best = f64::MAX;
    let mut t = timeline::Timeline::default();
    for _ in 0..std::env::var("TL_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
    {
        let (t1, cpu1) = (Instant::now(), cpu());
        t = timeline::build(&c, &a);
        best = best.min(t1.elapsed().as_secs_f64());
        println!(
            "build: wall {:.0} ms, cpu {:.0} ms",
            t1.elapsed().as_secs_f64() * 1e3,
            (cpu() - cpu1) * 1e3
        );
    }
    let sources: usize = t.events.iter().map(|e| e.sources.len()).sum();
    let conflicts: usize = t.events.iter().map(|e| e.conflicts.len()).sum();
    println!(
        "{} articles, {} sentences, {} resolved dates; analysis {:.0} ms; timeline best of 3 {:.0} ms: {} events, {} sources, {} conflicts",
        c.articles.len(),
        a.sentences.len(),
        dated,
        analysed.as_secs_f64() * 1e3,
        best * 1e3,
        t.events.len(),
        sources,
        conflicts
    );
}
