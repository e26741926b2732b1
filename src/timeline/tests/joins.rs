//! Reports of one happening that share few words: the same people on the same day, a
//! one-article event the other outlets tell on their own day, a later happening's sentence
//! that also names the earlier one.

use super::*;

#[test]
fn the_same_people_on_one_day_worded_differently_are_one_event() {
    let (c, t) = timeline(&[
        (
            "s1",
            Some("2024-03-15"),
            &[
                "[Nora Vik#0] became the club's all-time leading scorer in the win over Leeds {on Thursday=2024-03-14}.",
            ],
        ),
        (
            "s2",
            Some("2024-03-15"),
            &[
                "[Vik#0] scored twice {on Thursday night=2024-03-14} to pass [Tom Hale#1] for the club record.",
            ],
        ),
    ]);
    let day = on(&t, "2024-03-14");
    assert_eq!(day.len(), 1, "{:#?}", t.events);
    assert_eq!(ids(&c, day[0]), ["s1", "s2"]);
}

#[test]
fn a_one_article_event_dated_by_something_else_joins_the_event_it_names() {
    let (c, t) = timeline(&[
        (
            "r1",
            Some("2024-01-09"),
            &[
                "Receiver [Ken Ode#0] was arrested on suspicion of drunk driving in San Jose {on Tuesday=2024-01-09}.",
            ],
        ),
        (
            "r2",
            Some("2024-01-09"),
            &[
                "Police arrested [Ken Ode#0] on suspicion of drunk driving in San Jose {early Tuesday=2024-01-09}.",
            ],
        ),
        (
            "r3",
            Some("2024-01-10"),
            &[
                "The arrest of [Ode#0] on suspicion of drunk driving in San Jose will not affect his status for the game {this week=2024-W02}.",
            ],
        ),
    ]);
    assert_eq!(t.events.len(), 1, "{:#?}", t.events);
    let e = &t.events[0];
    assert_eq!(ids(&c, e), ["r1", "r2", "r3"]);
    let adopted = e.sources.iter().find(|s| s.undated).unwrap();
    assert!(adopted.text(&c).starts_with("The arrest of Ode"));
    // It dates another thing: no conflict.
    assert!(e.conflicts.is_empty(), "{:#?}", e.conflicts);
}

#[test]
fn a_later_happenings_sentence_also_reports_the_earlier_one_it_names() {
    let (c, t) = timeline(&[
        (
            "k1",
            Some("2024-02-02"),
            &["[Eva Moss#0] was shot dead outside her flat in Leith {on Friday=2024-02-02}."],
        ),
        (
            "k2",
            Some("2024-02-03"),
            &[
                "[Eva Moss#0], 40, was shot dead outside her flat in Leith {on Friday=2024-02-02}, police said.",
            ],
        ),
        (
            "k3",
            Some("2024-02-03"),
            &[
                "A neighbour of [Moss#0] was charged {on Saturday=2024-02-03} with the murder.",
                "A neighbour was charged {on Saturday=2024-02-03} after [Eva Moss#0] was shot dead outside her flat in Leith.",
            ],
        ),
    ]);
    let killing = on(&t, "2024-02-02");
    assert_eq!(killing.len(), 1, "{:#?}", t.events);
    let later = killing[0]
        .sources
        .iter()
        .find(|s| c.articles[s.article].id == "k3")
        .unwrap();
    assert!(later.undated && later.text(&c).contains("after Eva Moss"));
    // The sentence still reports its own day's happening.
    let charge = on(&t, "2024-02-03");
    assert!(charge.iter().any(|e| {
        e.sources
            .iter()
            .any(|s| s.text(&c).contains("after Eva Moss"))
    }));
}
