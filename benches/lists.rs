//! Filter keystrokes over the interface's lists on the generated 10,000-article corpus
//! (`parallax-gen 10000 --seed 1`, made here in memory): each list's filter typed key by key
//! through the app, as a user types it, every key answered before the next. Prints each
//! keystroke's worst and mean time over repeated sessions; the budget is 16 ms a key.
//!
//! `cargo bench --bench lists`

use parallax::analysis::analyze;
use parallax::corpus::{FileFormat, load_bytes};
use parallax::story::Story;
use parallax::tui::app::App;
use parallax::tui::data::Data;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};

const ARTICLES: usize = 10_000;
const ROUNDS: usize = 10;

/// (view key, filter typed): the longest list (every quote) with a speaker and words, the
/// articles, the people, the events.
const SESSIONS: &[(char, &str)] = &[
    ('3', "clear signal to partners"),
    ('3', "@demirci options"),
    ('3', "signl$"),
    ('1', "'monitor talks"),
    ('2', "ostrowsky"),
    ('4', "talks end"),
];

fn key(app: &mut App, code: KeyCode) {
    app.handle_event(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn main() {
    let mut jsonl = Vec::new();
    parallax_gen::generate(ARTICLES, 1, &mut jsonl).expect("generating into memory");
    let corpus = load_bytes(FileFormat::Jsonl, "generated.jsonl", &jsonl);
    let analysis = analyze(&corpus);
    let quotes = analysis.quotes.len();
    let data = Data::new(Story::with_analysis(corpus, analysis));
    // Every part built, as once the interface has finished loading.
    let mut app = App::with_data(data, (200, 60));
    assert!(app.all_ready());
    println!("filter keystrokes over {ARTICLES} generated articles ({quotes} quotes)");
    for &(view, typed) in SESSIONS {
        let chars: Vec<char> = typed.chars().collect();
        let mut worst = vec![Duration::ZERO; chars.len()];
        let mut total = vec![Duration::ZERO; chars.len()];
        let mut shown = 0;
        for _ in 0..ROUNDS {
            key(&mut app, KeyCode::Char(view));
            key(&mut app, KeyCode::Char('F'));
            for (k, &c) in chars.iter().enumerate() {
                let t = Instant::now();
                key(&mut app, KeyCode::Char(c));
                let took = t.elapsed();
                worst[k] = worst[k].max(took);
                total[k] += took;
            }
            shown = match view {
                '1' => app.articles_order.len(),
                '2' => app.people_order.len(),
                '3' => app.quotes_order.len(),
                _ => app.timeline_events.len(),
            };
            key(&mut app, KeyCode::Esc);
        }
        println!(
            "{view} {typed:<24} {:>9} {:>9}   {shown} rows at the end",
            "worst", "mean"
        );
        for (k, _) in chars.iter().enumerate() {
            println!(
                "  {:<24} {:>7.2}ms {:>7.2}ms",
                &typed[..typed
                    .char_indices()
                    .nth(k + 1)
                    .map_or(typed.len(), |(i, _)| i)],
                worst[k].as_secs_f64() * 1e3,
                total[k].as_secs_f64() * 1e3 / ROUNDS as f64,
            );
        }
        let all = worst.iter().max().copied().unwrap_or_default();
        println!("  worst keystroke: {:.2} ms", all.as_secs_f64() * 1e3);
    }
}
