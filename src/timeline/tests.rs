//! Unit tests of the timeline on small made-up corpora (a prime minister's visit to Berlin, a
//! storm, a trial), written in the markup of [`super::testkit`].

mod days;
mod details;
mod joins;
mod labels;

use super::testkit::{Spec, corpus, value};
use super::*;

fn timeline(specs: &[Spec]) -> (Corpus, Timeline) {
    let (c, a) = corpus(specs);
    let t = build(&c, &a);
    (c, t)
}

/// Article ids of an event's sources, in order, deduplicated.
fn ids(c: &Corpus, e: &Event) -> Vec<String> {
    let mut v: Vec<String> = e
        .sources
        .iter()
        .map(|s| c.articles[s.article].id.clone())
        .collect();
    v.dedup();
    v
}

fn on<'a>(t: &'a Timeline, day: &str) -> Vec<&'a Event> {
    t.events.iter().filter(|e| e.date == value(day)).collect()
}

const MEETING: &[Spec] = &[
    (
        "a1",
        Some("2024-05-07"),
        &[
            "Prime Minister [Ana Lopes#0] met Chancellor [Klaus Weber#1] at the chancellery in Berlin {on Tuesday=2024-05-07} to discuss energy prices and gas supplies.",
            "[Lopes#0] later gave a press conference at the Bundestag {on Tuesday=2024-05-07}, where reporters asked about fuel taxes.",
        ],
    ),
    (
        "a2",
        Some("2024-05-07"),
        &[
            "Portuguese Prime Minister [Ana Lopes#0] held talks with [Weber#1] on energy prices and gas supplies at the Berlin chancellery {on Tuesday=2024-05-07}.",
        ],
    ),
    (
        "a3",
        Some("2024-05-08"),
        &[
            "At a press conference in the Bundestag {on Tuesday=2024-05-07}, [Lopes#0] answered questions about fuel taxes and pensions.",
            "Storms flooded streets in Hamburg {on Tuesday=2024-05-07}.",
        ],
    ),
];

#[test]
fn two_events_on_one_day_stay_apart() {
    let (c, t) = timeline(MEETING);
    let day = on(&t, "2024-05-07");
    assert_eq!(day.len(), 3, "{:#?}", t.events);
    let meeting = day
        .iter()
        .find(|e| e.sources.iter().any(|s| s.text(&c).contains("chancellery")))
        .unwrap();
    let press = day
        .iter()
        .find(|e| {
            e.sources
                .iter()
                .any(|s| s.text(&c).contains("press conference"))
        })
        .unwrap();
    assert_eq!(ids(&c, meeting), ["a1", "a2"]);
    assert_eq!(ids(&c, press), ["a1", "a3"]);
    assert!(
        meeting
            .sources
            .iter()
            .all(|s| !s.text(&c).contains("press"))
    );
    assert!(meeting.conflicts.is_empty() && press.conflicts.is_empty());
}

const ARRIVAL: &[Spec] = &[
    (
        "b1",
        Some("2024-05-07"),
        &[
            "Prime Minister [Ana Lopes#0] arrived in Berlin {on Monday=2024-05-06} for a two-day visit, her first since taking office.",
        ],
    ),
    (
        "b2",
        Some("2024-05-06"),
        &[
            "[Lopes#0] landed at Berlin Brandenburg airport {on Monday=2024-05-06}, where an honour guard welcomed her.",
            "The visit is the first by a Portuguese leader in a decade.",
        ],
    ),
    (
        "b3",
        Some("2024-05-06"),
        &[
            "Portuguese Prime Minister [Ana Lopes#0] arrived in Berlin {on Sunday=2024-05-05}, her office said.",
        ],
    ),
    (
        "b4",
        Some("2024-05-07"),
        &[
            "Portuguese leader [Ana Lopes#0] arrived in Berlin {on Monday=2024-05-06} for talks on energy.",
            "Fans of the football club celebrated all night.",
        ],
    ),
    ("b5", None, &["Markets in Lisbon were calm."]),
];

#[test]
fn one_event_from_several_sources_with_a_conflicting_day() {
    let (c, t) = timeline(ARRIVAL);
    let arrivals: Vec<&Event> = t
        .events
        .iter()
        .filter(|e| e.label.contains("arrived"))
        .collect();
    assert_eq!(arrivals.len(), 1, "{:#?}", t.events);
    let e = arrivals[0];
    assert_eq!(e.date, value("2024-05-06"));
    assert_eq!(ids(&c, e), ["b1", "b2", "b3", "b4"]);
    assert_eq!(e.conflicts.len(), 1);
    assert_eq!(c.articles[e.conflicts[0].article].id, "b3");
    assert_eq!(e.conflicts[0].date, value("2024-05-05"));
    assert_eq!(e.coverage(ArticleId::new(2)), Coverage::Conflict);
    assert_eq!(e.coverage(ArticleId::new(0)), Coverage::Reported);
    assert_eq!(e.coverage(ArticleId::new(4)), Coverage::NotReported);
    // First by publication date, ties by corpus order; missing is everyone else.
    assert_eq!(e.first, Some(ArticleId::new(1)));
    assert_eq!(e.missing(t.articles), [ArticleId::new(4)]);
    assert_eq!(e.label, "Lopes arrived in Berlin");
}

#[test]
fn a_tie_goes_to_the_calendar_date_then_the_earliest_source() {
    let (_, t) = timeline(&[
        (
            "c1",
            Some("2024-05-09"),
            &["The bridge over the Elbe collapsed {on Wednesday=2024-05-08} after heavy rain."],
        ),
        (
            "c2",
            Some("2024-05-08"),
            &["The bridge over the Elbe collapsed {on May 7=2024-05-07} after heavy rain."],
        ),
    ]);
    assert_eq!(t.events.len(), 1, "{:#?}", t.events);
    assert_eq!(t.events[0].date, value("2024-05-07"));
    let (_, t) = timeline(&[
        (
            "c1",
            Some("2024-05-09"),
            &["The bridge over the Elbe collapsed {on Wednesday=2024-05-08} after heavy rain."],
        ),
        (
            "c2",
            Some("2024-05-08"),
            &["The bridge over the Elbe collapsed {on Tuesday=2024-05-07} after heavy rain."],
        ),
    ]);
    assert_eq!(t.events[0].date, value("2024-05-07"));
    assert_eq!(t.events[0].conflicts[0].date, value("2024-05-08"));
}

#[test]
fn the_event_date_wins_over_the_statement_date() {
    let (c, t) = timeline(&[
        (
            "d1",
            Some("2024-05-09"),
            &[
                "[Klaus Weber#1] said {on Wednesday=2024-05-08} that [Ana Lopes#0] signed the gas agreement in Berlin {on Tuesday=2024-05-07}.",
                "[Weber#1] said {on Wednesday=2024-05-08} that the partnership would last for decades.",
            ],
        ),
        (
            "d2",
            Some("2024-05-08"),
            &["[Lopes#0] signed the gas agreement {on Tuesday=2024-05-07} in Berlin."],
        ),
    ]);
    let signing = on(&t, "2024-05-07");
    assert_eq!(signing.len(), 1, "{:#?}", t.events);
    assert_eq!(ids(&c, signing[0]), ["d1", "d2"]);
    assert_eq!(signing[0].sources[0].expression(&c), Some("on Tuesday"));
    assert!(
        signing[0]
            .label
            .starts_with("Lopes signed the gas agreement"),
        "{}",
        signing[0].label
    );
    // A sentence dated only by its statement: the statement is the event.
    let said = on(&t, "2024-05-08");
    assert_eq!(said.len(), 1);
    assert!(
        said[0].label.starts_with("Weber said the partnership"),
        "{}",
        said[0].label
    );
    assert_eq!(said[0].sources.len(), 1);
}

#[test]
fn reporting_cues_before_and_after_the_date() {
    let (_, t) = timeline(&[(
        "e1",
        Some("2024-05-09"),
        &[
            "The rescue teams reached the village {on Monday=2024-05-06}, state media reported {on Tuesday=2024-05-07}.",
            "Officials {on Thursday=2024-05-09} announced that the dam burst {on Wednesday=2024-05-08}.",
            "March 21 (Agency) -- Firefighters contained the blaze {on Sunday=2024-05-05}.",
        ],
    )]);
    let days: Vec<String> = t.events.iter().map(|e| e.date.unwrap().iso()).collect();
    assert_eq!(days, ["2024-05-05", "2024-05-06", "2024-05-08"]);
}

#[test]
fn a_sentence_with_two_happenings_is_cut_between_them() {
    let (c, t) = timeline(&[
        (
            "f1",
            Some("2024-05-06"),
            &[
                "[Lopes#0] and [Weber#1] will hold an informal dinner {on Monday=2024-05-06} before formal negotiations {on Tuesday=2024-05-07}.",
            ],
        ),
        (
            "f2",
            Some("2024-05-08"),
            &[
                "Formal negotiations between [Lopes#0] and [Weber#1] opened {on Tuesday=2024-05-07} in the chancellery.",
            ],
        ),
        (
            "f3",
            Some("2024-05-07"),
            &[
                "[Weber#1] hosted [Lopes#0] for an informal dinner {on Monday=2024-05-06} at his residence.",
            ],
        ),
    ]);
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
    assert_eq!(ids(&c, on(&t, "2024-05-06")[0]), ["f1", "f3"]);
    assert_eq!(ids(&c, on(&t, "2024-05-07")[0]), ["f1", "f2"]);
}

#[test]
fn undated_sentences_join_only_when_they_clearly_match() {
    let (c, t) = timeline(&[
        (
            "g1",
            Some("2024-05-08"),
            &[
                "Judge [Maria Costa#2] sentenced former mayor [Paul Brandt#3] to six years in prison for bribery {on Tuesday=2024-05-07}.",
            ],
        ),
        (
            "g2",
            Some("2024-05-08"),
            &[
                "Former mayor [Paul Brandt#3] was sentenced to six years in prison for bribery by judge [Maria Costa#2].",
                "[Brandt#3] once ran the city's football club.",
            ],
        ),
        (
            "g3",
            Some("2024-05-08"),
            &["[Brandt#3] said the weather in Hamburg was cold."],
        ),
    ]);
    assert_eq!(t.events.len(), 1);
    let e = &t.events[0];
    assert_eq!(ids(&c, e), ["g1", "g2"]);
    let ev = e.sources.iter().find(|s| s.undated).unwrap();
    assert!(
        ev.text(&c).starts_with("Former mayor") && ev.date.is_none() && ev.expression.is_none()
    );
    assert_eq!(t.missing(EventId::new(0)), [ArticleId::new(2)]);
    assert_eq!(t.events_of_person(PersonId::new(3)), [EventId::new(0)]);
    assert_eq!(t.events_of_person(PersonId::new(2)), [EventId::new(0)]);
    assert!(t.events_of_person(PersonId::new(7)).is_empty());
}

#[test]
fn an_escape_worded_two_ways_is_one_event_and_the_recapture_another() {
    let (c, t) = timeline(&[
        (
            "e1",
            Some("2024-06-14"),
            &[
                "A convicted robber escaped from a prison van near the harbour in Tartu {on Friday=2024-06-14}.",
            ],
        ),
        (
            "e2",
            Some("2024-06-15"),
            &[
                "A robber fled a prison van by the Tartu harbour {on Friday=2024-06-14}, officials said.",
            ],
        ),
        (
            "e3",
            Some("2024-06-15"),
            &["Police recaptured the robber in a Tartu harbour warehouse {on Friday=2024-06-14}."],
        ),
    ]);
    let day = on(&t, "2024-06-14");
    assert_eq!(day.len(), 2, "{:#?}", t.events);
    let sources: Vec<Vec<String>> = day.iter().map(|e| ids(&c, e)).collect();
    assert!(
        sources.contains(&vec!["e1".to_string(), "e2".to_string()]),
        "{sources:?}"
    );
    assert!(sources.contains(&vec!["e3".to_string()]), "{sources:?}");
}
