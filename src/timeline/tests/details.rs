//! Unit tests of the timeline's details: numbers, periods, unresolved dates, output, labels
//! and hostile input.

use super::super::testkit::{corpus, value};
use super::super::*;
use super::{ARRIVAL, timeline};
use crate::output::json::timeline as json;
use crate::output::text::timeline as text;

#[test]
fn conflicting_numbers_are_reported() {
    let (c, t) = timeline(&[
        (
            "h1",
            Some("2024-05-07"),
            &[
                "[Lopes#0] and [Weber#1] talked for four and a half hours at the chancellery {on Monday=2024-05-06}.",
            ],
        ),
        (
            "h2",
            Some("2024-05-07"),
            &[
                "[Lopes#0] and [Weber#1] talked for about five hours at the chancellery {on Monday=2024-05-06}.",
            ],
        ),
        (
            "h3",
            Some("2024-05-07"),
            &[
                "[Lopes#0] and [Weber#1] talked for 4.5 hours at the chancellery {on Monday=2024-05-06}, signing a 12-point plan.",
            ],
        ),
        (
            "h4",
            Some("2024-05-07"),
            &[
                "[Lopes#0] and [Weber#1] talked at the chancellery {on Monday=2024-05-06} about a plan of 12 points.",
            ],
        ),
    ]);
    assert_eq!(t.events.len(), 1, "{:#?}", t.events);
    let n = &t.events[0].numbers;
    assert_eq!(n.len(), 1, "{n:#?}");
    assert_eq!(n[0].unit, "hour");
    let vals: Vec<(&str, f64)> = n[0]
        .values
        .iter()
        .map(|q| (c.articles[q.article].id.as_str(), q.value))
        .collect();
    assert_eq!(vals, [("h1", 4.5), ("h2", 5.0), ("h3", 4.5)]);
    assert_eq!(n[0].values[0].text, "four and a half hours");
}

#[test]
fn background_periods_keep_their_granularity() {
    let (_, t) = timeline(&[
        (
            "i1",
            Some("2024-05-08"),
            &[
                "The prosecutor filed charges against [Paul Brandt#3] {last week=2024-W18}, after a long inquiry.",
            ],
        ),
        (
            "i2",
            Some("2024-05-08"),
            &["The inquiry into the city's contracts began {in February last year=2023-02}."],
        ),
        (
            "i3",
            Some("2024-05-08"),
            &["[Brandt#3] was elected mayor {in 2019=2019}."],
        ),
    ]);
    let got: Vec<(String, Option<Granularity>)> = t
        .events
        .iter()
        .map(|e| (e.date.unwrap().iso(), e.granularity()))
        .collect();
    assert_eq!(
        got,
        [
            ("2019".to_string(), Some(Granularity::Year)),
            ("2023-02".to_string(), Some(Granularity::Month)),
            ("2024-W18".to_string(), Some(Granularity::Week)),
        ]
    );
}

#[test]
fn unresolved_dates_group_by_expression_and_come_last() {
    let (_, t) = timeline(&[
        (
            "j1",
            None,
            &["The storm hit the coast {on Monday=?}, cutting power to thousands of homes."],
        ),
        (
            "j2",
            None,
            &["Thousands of homes lost power when the storm hit the coast {Monday morning=?}."],
        ),
        (
            "j3",
            Some("2024-05-08"),
            &["Crews restored power {on Tuesday=2024-05-07}."],
        ),
        // A dated article's unresolved expression is no date at all.
        (
            "j4",
            Some("2024-05-08"),
            &["Crews worked {that day=?} to restore power."],
        ),
    ]);
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
    assert_eq!(t.events[0].date, value("2024-05-07"));
    assert_eq!(t.events[1].date, None);
    // "on Monday" and "Monday morning" name one Monday.
    assert_eq!(t.events[1].written.as_deref(), Some("monday"));
    assert_eq!(t.events[1].sources.len(), 2);
}

#[test]
fn undated_articles_naming_a_day_differently_report_one_event_without_conflict() {
    let (_, t) = timeline(&[
        (
            "u1",
            None,
            &[
                "A fire destroyed the old cathedral library in Lund {on Saturday=?}, the city's fire chief said.",
                "Voters in Lund elected a new council {on Sunday=?}.",
            ],
        ),
        (
            "u2",
            None,
            &["Fire destroyed the old library of Lund cathedral {today=?}."],
        ),
    ]);
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
    let fire = t.events.iter().find(|e| e.sources.len() == 2);
    let fire = fire.unwrap_or_else(|| panic!("{:#?}", t.events));
    // "Saturday" in one and "today" in the other may be the same day: no disagreement.
    assert!(fire.conflicts.is_empty(), "{:#?}", fire.conflicts);
}

#[test]
fn json_has_the_contract_shape() {
    let (c, t) = timeline(ARRIVAL);
    let v = serde_json::to_value(json(&c, &crate::corpus::Outlets::of(&c), &t)).unwrap();
    let e = &v["events"][0];
    for key in [
        "id",
        "label",
        "date",
        "granularity",
        "sources",
        "missing_outlets",
        "first",
        "conflicts",
    ] {
        assert!(e.get(key).is_some(), "missing {key}");
    }
    assert_eq!(e["id"], "e1");
    assert_eq!(e["date"], "2024-05-06");
    assert_eq!(e["granularity"], "day");
    assert_eq!(e["first"], "b2");
    let b5 = c.articles.iter().find(|a| a.id == "b5").unwrap();
    assert_eq!(e["missing_outlets"], serde_json::json!([b5.outlet]));
    assert_eq!(e["conflicts"][0]["article"], "b3");
    assert_eq!(e["conflicts"][0]["date"], "2024-05-05");
    assert_eq!(e["sources"][0]["expression"], "on Monday");
    let s = text(&c, &crate::corpus::Outlets::of(&c), &t);
    assert!(s.contains("Monday 2024-05-06"), "{s}");
    assert!(s.contains("! b3 gives Sunday 2024-05-05"), "{s}");
}

#[test]
fn bad_offsets_and_odd_text_do_not_panic() {
    let (c, mut a) = corpus(&[(
        "k1",
        Some("2024-05-08"),
        &["Ünïcödé 🌧 storm hit {on Monday=2024-05-06} the coast — “quoted” [Zoë#0] said."],
    )]);
    let date = |sentence: usize, start: usize, end: usize, v: Option<TimeValue>| {
        crate::analysis::DateMention {
            article: ArticleId::new(0),
            sentence: SentenceId::new(sentence),
            span: Span::new(start, end),
            value: v,
        }
    };
    a.dates.push(date(0, 1, 2, value("2024-05-06")));
    a.dates.push(date(9, 0, 999, None));
    let m = &mut a.people[0].mentions[0];
    m.span = Span::new(m.span.start(), 10_000);
    let t = build(&c, &a);
    assert_eq!(t.events.len(), 1);
    let _ = text(&c, &crate::corpus::Outlets::of(&c), &t);
    assert!(
        build(&Corpus::default(), &Analysis::default())
            .events
            .is_empty()
    );
}

#[test]
fn labels_read_who_and_what() {
    let (_, t) = timeline(&[(
        "l1",
        Some("2024-05-11"),
        &[
            "U.S. Secretary of State [Jane Doe#0] said {Monday=2024-05-06} that the plan was a stalling tactic at best.",
            "[Marco Rossi#1], the party's leader, resigned {on Tuesday=2024-05-07} after the vote.",
            "Rescue teams reached the flooded village {on Wednesday=2024-05-08}, officials said.",
            "[Rossi#1] {on Thursday=2024-05-09} announced his candidacy for mayor of Turin.",
            "[Doe#0] and Italian Foreign Minister [Luca Bianchi#2] signed a treaty {on Friday=2024-05-10} in Rome.",
        ],
    )]);
    let labels: Vec<&str> = t.events.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Doe said the plan was a stalling tactic",
            "Rossi resigned",
            "Rescue teams reached the flooded village",
            "Rossi announced his candidacy for mayor of Turin",
            "Doe and Luca Bianchi signed a treaty",
        ]
    );
}
