//! The timeline of the seed corpus, end to end (load, analyse, build), against a hand
//! annotation of the events the five articles report: which sentence of which source belongs
//! to which event, at which date. Sentences are named by article and a snippet of their text.

use parallax::analysis::{self, Granularity};
use parallax::corpus::{self, Corpus};
use parallax::timeline::{self, Event, Timeline};

/// A source sentence: article id prefix, a snippet of its text, the date it gives
/// (TimeML form, `None` for undated evidence).
type Src = (&'static str, &'static str, Option<&'static str>);

struct Want {
    name: &'static str,
    date: &'static str,
    granularity: Granularity,
    /// Sources that must be in the event (and in no other event with the same date).
    must: &'static [Src],
    /// Sources that may be in it too: defensible either way.
    may: &'static [Src],
}

const D20: Option<&str> = Some("2023-03-20");
const D21: Option<&str> = Some("2023-03-21");

const WANT: &[Want] = &[
    Want {
        name: "arrival",
        date: "2023-03-20",
        granularity: Granularity::Day,
        must: &[
            ("000", "The Chinese president arrived in Moscow", D20),
            ("004", "Xi Jinping arrived in Moscow", D20),
        ],
        may: &[("003", "Hit about Xi’s arrival", D20)],
    },
    Want {
        name: "informal talks",
        date: "2023-03-20",
        granularity: Granularity::Day,
        must: &[
            ("000", "discussed peace proposals", D20),
            ("001", "hosted his Chinese counterpart", Some("2023-03-19")),
            ("004", "“informal” one-on-one meeting", D20),
        ],
        may: &[
            ("003", "All of our talks today and yesterday", D20),
            ("000", "The Chinese president arrived in Moscow", D20),
            ("001", "The discussions, described as", None),
        ],
    },
    Want {
        name: "formal meeting",
        date: "2023-03-21",
        granularity: Granularity::Day,
        must: &[
            ("001", "reconvene at the Grand Kremlin Palace", D21),
            ("002", "Vladimir Putin met with Chinese leader", D21),
            ("003", "posed as peace brokers", D21),
            ("004", "formal negotiations on Tuesday", D21),
        ],
        may: &[
            ("003", "Putin on Tuesday backed", D21),
            ("003", "Tuesday’s rapprochement", D21),
            ("003", "All of our talks today and yesterday", D21),
            ("003", "raised a toast", D21),
            ("000", "discussed peace proposals", D21),
        ],
    },
    Want {
        name: "Blinken's criticism",
        date: "2023-03-20",
        granularity: Granularity::Day,
        must: &[
            ("001", "Blinken said Monday that the", D20),
            ("003", "Anthony Blinken on Monday", D20),
        ],
        may: &[
            ("001", "Blinken said Monday that Xi’s visit", D20),
            ("003", "the US warned on Monday", D20),
            ("000", "Blinken alleged", None),
            ("000", "Antony Blinken said the trip suggests", None),
        ],
    },
    Want {
        name: "the court's warrant",
        date: "2023-W11",
        granularity: Granularity::Week,
        must: &[(
            "000",
            "International Criminal Court last week",
            Some("2023-W11"),
        )],
        // Background mentions in sentences of their own day's happening: undated evidence.
        may: &[
            (
                "001",
                "just days after the International Criminal Court",
                None,
            ),
            (
                "003",
                "this came days after the International Criminal Court",
                None,
            ),
        ],
    },
    Want {
        name: "the peace plan's release",
        date: "2023-02",
        granularity: Granularity::Month,
        must: &[("003", "position paper released last month", Some("2023-02"))],
        may: &[],
    },
    Want {
        name: "the war's start",
        date: "2022-02",
        granularity: Granularity::Month,
        must: &[
            (
                "002",
                "the war that started in February last year",
                Some("2022-02"),
            ),
            ("004", "since Putin launched his war", Some("2022-02")),
        ],
        may: &[],
    },
    Want {
        name: "NATO on Chinese arms",
        date: "2023-03-21",
        granularity: Granularity::Day,
        must: &[("003", "told reporters in Brussels", D21)],
        // The same remarks, but "the head of NATO" is not tied to the name by the analysis.
        may: &[
            ("003", "the head of NATO said on Tuesday", D21),
            ("002", "NATO chief Jens Stoltenberg said", None),
        ],
    },
    Want {
        name: "Mishustin meeting",
        date: "2023-03-21",
        granularity: Granularity::Day,
        must: &[(
            "003",
            "Xi invited Russian Prime Minister Mikhail Mishustin",
            D21,
        )],
        may: &[(
            "000",
            "Xi also met with Russian Prime Minister Mikhail Mishustin",
            None,
        )],
    },
];

fn load() -> (Corpus, Timeline) {
    let c = corpus::load_seeds();
    let a = analysis::analyze(&c);
    let t = timeline::build(&c, &a);
    (c, t)
}

fn matches(c: &Corpus, s: &timeline::Source, want: &Src) -> bool {
    c.articles[s.article].id.starts_with(want.0)
        && s.text(c).contains(want.1)
        && s.date.map(|d| d.iso()).as_deref() == want.2
}

fn holds(c: &Corpus, e: &Event, want: &Src) -> bool {
    e.sources.iter().any(|s| matches(c, s, want))
}

/// Checks one annotated event; the problems found, if any.
fn check(c: &Corpus, t: &Timeline, w: &Want) -> Vec<String> {
    let mut bad = Vec::new();
    let found: Vec<&Event> = t
        .events
        .iter()
        .filter(|e| holds(c, e, &w.must[0]))
        .collect();
    let [e] = found[..] else {
        return vec![format!(
            "{}: first source in {} events",
            w.name,
            found.len()
        )];
    };
    if e.date.map(|d| d.iso()).as_deref() != Some(w.date) || e.granularity() != Some(w.granularity)
    {
        bad.push(format!("{}: dated {:?}", w.name, e.date.map(|d| d.iso())));
    }
    for m in w.must {
        if !holds(c, e, m) {
            bad.push(format!("{}: lacks {m:?}", w.name));
        }
    }
    for s in &e.sources {
        if !w.must.iter().chain(w.may).any(|m| matches(c, s, m)) {
            bad.push(format!(
                "{}: extra {} {:?}",
                w.name,
                c.articles[s.article].id,
                s.text(c)
            ));
        }
    }
    // Every must-source dated differently from the event is a conflict, and nothing else is.
    let mut want_conflicts: Vec<usize> = w
        .must
        .iter()
        .filter(|m| m.2.is_some() && m.2 != Some(w.date))
        .filter_map(|m| c.articles.iter().position(|a| a.id.starts_with(m.0)))
        .collect();
    want_conflicts.sort_unstable();
    let got: Vec<usize> = e.conflicts.iter().map(|x| x.article.index()).collect();
    if got != want_conflicts {
        bad.push(format!(
            "{}: conflicts {got:?}, want {want_conflicts:?}",
            w.name
        ));
    }
    bad
}

#[test]
fn seed_events_match_the_annotation() {
    let (c, t) = load();
    let bad: Vec<String> = WANT.iter().flat_map(|w| check(&c, &t, w)).collect();
    assert!(
        bad.is_empty(),
        "{}\n\n{}",
        bad.join("\n"),
        parallax::output::text::timeline(&c, &parallax::corpus::Outlets::of(&c), &t)
    );
}

#[test]
fn every_day_disagreement_is_flagged_and_nothing_else() {
    let (c, t) = load();
    let conflicts: Vec<(String, String)> = t
        .events
        .iter()
        .flat_map(|e| {
            e.conflicts.iter().map(|x| {
                (
                    c.articles[x.article].id[..3].to_string(),
                    x.date.map(|d| d.iso()).unwrap_or_default(),
                )
            })
        })
        .collect();
    assert_eq!(
        conflicts,
        [("001".to_string(), "2023-03-19".to_string())],
        "{}",
        parallax::output::text::timeline(&c, &parallax::corpus::Outlets::of(&c), &t)
    );
}

#[test]
fn seed_events_have_readable_labels_and_coverage() {
    let (c, t) = load();
    let arrival = t
        .events
        .iter()
        .find(|e| holds(&c, e, &WANT[0].must[0]))
        .unwrap();
    assert_eq!(arrival.label, "Xi arrived in Moscow");
    // Published 2023-03-20, before 000 (2023-03-21).
    assert_eq!(c.articles[arrival.first.unwrap()].id[..3], *"004");
    let ids: Vec<String> = arrival
        .missing(t.articles)
        .iter()
        .map(|&a| c.articles[a].id[..3].to_string())
        .collect();
    assert_eq!(ids, ["001", "002", "003"]);
    // Who left it out, by outlet, in the text and the JSON alike.
    let outlets = parallax::corpus::Outlets::of(&c);
    let names: Vec<&str> = (arrival.missing_outlets(&outlets).into_iter())
        .map(|o| outlets.name(o))
        .collect();
    let expected: Vec<&str> = ["001", "002", "003"]
        .iter()
        .map(|p| {
            let a = c.articles.iter().find(|a| a.id.starts_with(p)).unwrap();
            a.outlet.as_str()
        })
        .collect();
    assert_eq!(names, expected);
    // JSON: events in date order, periods before the days they contain.
    let v = serde_json::to_value(parallax::output::json::timeline(&c, &outlets, &t)).unwrap();
    let starts: Vec<(String, u8)> = t
        .events
        .iter()
        .map(|e| {
            let d = e.date.unwrap();
            (d.start.to_string(), d.granularity as u8)
        })
        .collect();
    assert!(starts.windows(2).all(|w| w[0].0 <= w[1].0), "{starts:?}");
    assert_eq!(v["events"][0]["date"], "2022-02");
    assert_eq!(v["events"][0]["granularity"], "month");
    let at = t
        .events
        .iter()
        .position(|e| std::ptr::eq(e, arrival))
        .unwrap();
    assert_eq!(
        v["events"][at]["missing_outlets"],
        serde_json::json!(expected)
    );
}
