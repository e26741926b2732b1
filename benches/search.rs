//! Search speed on an analysis the size of the 10,000-article corpus: ~20,000 people and
//! ~100,000 quotes of ~150 characters, generated here from word lists with a fixed seed.
//! Times the index build, each keystroke of two typed queries (live, narrowing from the
//! previous key, and fresh), and prints a per-keystroke summary after divan's table.
//!
//! `cargo bench --bench search`

use divan::Bencher;
use parallax::analysis::{Analysis, Confidence, Person, PersonKind, Quote, QuoteKind, Variant};
use parallax::corpus::{Article, Corpus};
use parallax::ids::{ArticleId, PersonId, SentenceId};
use parallax::search::{Index, Searcher};
use parallax::text::Span;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

const ARTICLES: usize = 10_000;
const PEOPLE: usize = 20_000;
const QUOTES: usize = 100_000;

/// The sessions typed key by key (the last with two letters of a name swapped).
const SESSIONS: [&str; 3] = ["vladimir putin peace", "@putin war", "vladimri putin"];

const FIRST: &str = "Anna Boris Carlos Dmitry Elena Fatima George Hana Ivan Julia Kenji Lena Marco Nadia Oleg \
    Pavel Qiang Rosa Sergei Tatiana Umar Vera Wei Xenia Yusuf Zara Ahmed Bianca Chen Daria Emre Farid Greta \
    Hugo Ines Jonas Kira Luis Maya Nikolai Olga Pedro Ravi Sofia Tomas Ursula Viktor Wanda Yuri Zoltan Alexei \
    Mikhail Antony Jake Linda Emmanuel Olaf Rishi Recep Narendra Luiz Cyril Kishida Volodymyr Dmytro Andriy \
    Maria Petro Igor Svetlana Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao";
const LAST: &str = "Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Solovyov \
    Vasiliev Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Fedorov Mikhailov Belyaev Tarasov \
    Belov Komarov Orlov Kiselev Makarov Andreev Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchenko \
    Garcia Martinez Lopez Gonzalez Rodriguez Fernandez Silva Santos Oliveira Souza Costa Pereira Mueller \
    Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Dubois \
    Martin Bernard Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Smith \
    Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White Harris Clark Lewis \
    Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter \
    Phillips Evans Turner Torres Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Peterson \
    Cooper Reed Bailey Bell Gomez Kelly Howard Ward Cox Diaz Richardson Wood Watson Brooks Bennett Gray \
    James Reyes Cruz Hughes Price Myers Long Foster Sanders Ross Morales Powell Sullivan Russell Ortiz \
    Jenkins Gutierrez Perry Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds";
const ROLES: &str = "President|Foreign Minister|Prime Minister|Defence Minister|Kremlin spokesperson|\
    ambassador|senator|analyst|professor|spokesperson|general|commander|Deputy Foreign Minister|\
    Secretary of State|governor|mayor|economist|photographer|correspondent|researcher";
const WORDS: &str = "the of and to in a is that for it as was with be by on not he this are or his from at \
    which but have an had they you were their one all we can her has there been if more when will would who \
    so no our us peace war talks president minister visit moscow beijing ukraine russia china meeting said \
    relations strategic partnership cooperation security western sanctions conflict agreement economic \
    energy trade military government officials foreign policy support international countries leaders \
    summit statement proposal ceasefire negotiations sovereignty territorial integrity development \
    friendship important historic dialogue stability world global order new era comprehensive coordination \
    pipeline power siberia grain deal nuclear weapons arrest warrant court criminal invasion troops front \
    offensive drone attack kyiv washington europe alliance expansion threat response crisis humanitarian \
    aid refugees civilians victory history future people nation state every never even have give believe \
    active valuable village average vote view live level very over above plan unity friend partner respect \
    equal mutual benefit principle position firmly oppose interference internal affairs hegemony bloc \
    confrontation cold mentality resolve crisis political settlement common concern legitimate interests \
    responsible major country role constructive efforts promote dialogue between parties positive signal";
const OUTLETS: &str = "Reuters|AP|AFP|BBC|CNN|Xinhua|TASS|RIA Novosti|The Guardian|Le Monde|Der Spiegel|\
    El País|NHK|Al Jazeera|The Wire|UPI|Latin Times|Kyiv Independent|Meduza|South China Morning Post";
const ORGS: &str = "the foreign ministry|the Kremlin|a spokesperson|the White House|the ministry of defence|\
    a senior official|the state department|the embassy";

/// xorshift64*: deterministic and good enough to spread picks.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Skewed towards the start of the list, like word and speaker frequencies.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        self.below(a + 1)
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

struct Data {
    corpus: Corpus,
    analysis: Analysis,
}

fn person(name: String, aliases: Vec<String>, roles: Vec<String>) -> Person {
    Person {
        name,
        aliases,
        roles,
        kind: PersonKind::Actor,
        articles: Vec::new(),
        mentions: Vec::new(),
        variants: Vec::new(),
    }
}

fn generate() -> Data {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let first: Vec<&str> = FIRST.split_whitespace().collect();
    let last: Vec<&str> = LAST.split_whitespace().collect();
    let roles: Vec<&str> = ROLES.split('|').collect();
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    let outlets: Vec<&str> = OUTLETS.split('|').map(str::trim).collect();
    let orgs: Vec<&str> = ORGS.split('|').map(str::trim).collect();

    let corpus = Corpus {
        name: "generated".into(),
        articles: (0..ARTICLES)
            .map(|i| Article {
                id: format!("gen-{i:05}"),
                outlet: rng.pick(&outlets).to_string(),
                title: String::new(),
                date: None,
                date_inferred: false,
                url: None,
                authors: Vec::new(),
                text: String::new(),
                paragraphs: Vec::new(),
                words: 0,
            })
            .collect(),
        diagnostics: Vec::new(),
    };

    let mut people = vec![
        person(
            "Vladimir Putin".into(),
            vec!["Putin".into()],
            vec!["Russian President".into()],
        ),
        person(
            "Xi Jinping".into(),
            vec!["Xi".into()],
            vec!["Chinese President".into()],
        ),
        person(
            "Volodymyr Zelenskyy".into(),
            vec!["Zelenskyy".into(), "Zelensky".into()],
            vec!["Ukrainian President".into()],
        ),
        person(
            "Antony Blinken".into(),
            vec!["Blinken".into()],
            vec!["U.S. Secretary of State".into()],
        ),
    ];
    people[2].variants.push(Variant {
        alias: "Zelenski".into(),
        articles: vec![ArticleId::new(3)],
    });
    // Every first-last pair in a scrambled order, then again with a middle initial: distinct
    // names, no two alike.
    let pairs = first.len() * last.len();
    let mut k = 0usize;
    while people.len() < PEOPLE && k < 2 * pairs {
        let j = (k * 7919) % (2 * pairs);
        k += 1;
        let (round, j) = (j / pairs, j % pairs);
        let surname = last[j % last.len()];
        let given = first[j / last.len()];
        let name = if round == 0 {
            format!("{given} {surname}")
        } else {
            format!("{given} {}. {surname}", char::from(b'A' + (j % 26) as u8))
        };
        let mut p = person(
            name,
            vec![surname.to_string()],
            vec![rng.pick(&roles).to_string()],
        );
        if rng.below(10) == 0 {
            p.roles.push(rng.pick(&roles).to_string());
        }
        people.push(p);
    }

    let quotes = (0..QUOTES)
        .map(|i| {
            let fragment = rng.below(10) == 0;
            let target = if fragment {
                8 + rng.below(20)
            } else {
                60 + rng.below(180)
            };
            let mut text = String::new();
            while text.len() < target {
                if !text.is_empty() {
                    text.push(' ');
                }
                if rng.below(40) == 0 {
                    text.push_str(people[rng.skewed(people.len())].name.as_str());
                } else {
                    text.push_str(words[rng.skewed(words.len())]);
                }
            }
            let roll = rng.below(10);
            let (speaker, speaker_text) = if roll < 2 {
                // The story's leaders: a fifth of the quotes, 5,000 each.
                let p = rng.below(4);
                (Some(p), Some(people[p].name.clone()))
            } else if roll < 8 {
                let p = rng.skewed(people.len());
                (Some(p), Some(people[p].name.clone()))
            } else if roll < 9 {
                (None, Some(rng.pick(&orgs).to_string()))
            } else {
                (None, None)
            };
            let article = (i * 31 + rng.below(7)) % ARTICLES;
            let mut quote = Quote::new(
                ArticleId::new(article),
                SentenceId::new(0),
                Span::default(),
                text,
            )
            .with_speaker(speaker.map(PersonId::new));
            if fragment {
                quote.kind = QuoteKind::Fragment;
            }
            quote.speaker_text = speaker_text.map(String::into_boxed_str);
            quote.cue = Some("said".into());
            if speaker.is_some() {
                quote.confidence = Confidence::Named;
            }
            quote
        })
        .collect();
    Data {
        corpus,
        analysis: Analysis {
            people,
            quotes,
            ..Analysis::default()
        },
    }
}

static DATA: LazyLock<Data> = LazyLock::new(generate);
static INDEX: LazyLock<Index> = LazyLock::new(|| Index::build(&DATA.corpus, &DATA.analysis));

fn prefixes(session: &str) -> Vec<&str> {
    session
        .char_indices()
        .map(|(i, c)| &session[..i + c.len_utf8()])
        .collect()
}

#[divan::bench(sample_count = 10)]
fn build(bencher: Bencher) {
    let data = &*DATA;
    bencher.bench(|| Index::build(&data.corpus, &data.analysis));
}

/// One key press of a live session: the searcher has just answered the query one key shorter.
fn live(bencher: Bencher, session: &str, key: usize) {
    let keys = prefixes(session);
    let index = &*INDEX;
    bencher
        .with_inputs(|| {
            let mut s = Searcher::default();
            if key > 0 {
                s.update(index, keys[key - 1]);
            }
            s
        })
        .bench_local_values(|mut s| {
            s.update(index, keys[key]);
            s
        });
}

#[divan::bench(args = 0..SESSIONS[0].len(), sample_count = 20)]
fn live_vladimir_putin_peace(bencher: Bencher, key: usize) {
    live(bencher, SESSIONS[0], key);
}

#[divan::bench(args = 0..SESSIONS[1].len(), sample_count = 20)]
fn live_at_putin_war(bencher: Bencher, key: usize) {
    live(bencher, SESSIONS[1], key);
}

/// The same queries answered from scratch, no narrowing (what the CLI does).
#[divan::bench(args = 0..SESSIONS[0].len(), sample_count = 10)]
fn fresh_vladimir_putin_peace(bencher: Bencher, key: usize) {
    let q = prefixes(SESSIONS[0])[key];
    bencher.bench(|| INDEX.search(q, 50));
}

/// CPU time of the whole process (all threads), from /proc on Linux: on a machine shared with
/// other work, CPU time per key says more about the cost than wall time.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // The kernel's USER_HZ is 100 on every common Linux.
    Some(Duration::from_millis(ticks * 10))
}

/// Types each session key by key `rounds` times and prints the worst and mean keystroke.
fn session_report(rounds: usize) {
    let index = &*INDEX;
    println!(
        "\n{} people, {} quotes, {} MB of quote text",
        index.people_len(),
        index.quotes_len(),
        DATA.analysis
            .quotes
            .iter()
            .map(|q| q.text.len())
            .sum::<usize>()
            / 1_000_000
    );
    for session in SESSIONS {
        let keys = prefixes(session);
        let mut worst = vec![Duration::ZERO; keys.len()];
        let mut wall = vec![Duration::ZERO; keys.len()];
        let mut cpu = vec![Duration::ZERO; keys.len()];
        let mut totals = vec![0; keys.len()];
        for _ in 0..rounds {
            let mut s = Searcher::default();
            for (k, q) in keys.iter().enumerate() {
                let c = cpu_time();
                let t = Instant::now();
                totals[k] = s.update(index, q).total;
                let d = t.elapsed();
                if let Some((a, b)) = c.zip(cpu_time()) {
                    cpu[k] += b.saturating_sub(a);
                }
                worst[k] = worst[k].max(d);
                wall[k] += d;
            }
        }
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let per_key = |d: Duration| ms(d) / rounds as f64;
        let mean_key =
            |v: &[Duration]| v.iter().map(|&d| ms(d)).sum::<f64>() / (keys.len() * rounds) as f64;
        let max = worst.iter().max().copied().unwrap_or_default();
        println!(
            "session {session:?}, {} keys x {rounds} rounds: mean {:.2} ms/key (CPU {:.2}), worst {:.2} ms",
            keys.len(),
            mean_key(&wall),
            mean_key(&cpu),
            ms(max),
        );
        println!(
            "  {:<24} {:>9} {:>9} {:>9} {:>8}",
            "query", "mean ms", "worst ms", "CPU ms", "matches"
        );
        for k in 0..keys.len() {
            println!(
                "  {:<24} {:>9.2} {:>9.2} {:>9.2} {:>8}",
                format!("{:?}", keys[k]),
                per_key(wall[k]),
                ms(worst[k]),
                per_key(cpu[k]),
                totals[k]
            );
        }
    }
}

fn main() {
    divan::main();
    session_report(20);
}
