//! Unit tests of disagreements about the day: a minority of sources, an article that gives two
//! days, statements on different days.

use super::super::testkit::value;
use super::{ids, timeline};
use crate::output::text::timeline as text;

#[test]
fn a_small_minority_on_the_next_day_is_a_conflict() {
    let (c, t) = timeline(&[
        (
            "m1",
            Some("2024-05-07"),
            &[
                "Prime Minister [Ana Lopes#0] signed the trade accord in Porto {on Monday=2024-05-06}.",
            ],
        ),
        (
            "m2",
            Some("2024-05-07"),
            &[
                "[Lopes#0] signed the trade accord in Porto {on Monday=2024-05-06} after long talks.",
            ],
        ),
        (
            "m3",
            Some("2024-05-07"),
            &[
                "[Ana Lopes#0] signed the trade accord in Porto {on Monday=2024-05-06}, her office said.",
            ],
        ),
        (
            "m4",
            Some("2024-05-08"),
            &["[Lopes#0] signed the trade accord in Porto {on Monday=2024-05-06}."],
        ),
        // The subject as a role, and another day.
        (
            "m5",
            Some("2024-05-08"),
            &["The prime minister signed the trade accord in Porto {on Tuesday=2024-05-07}."],
        ),
    ]);
    assert_eq!(t.events.len(), 1, "{:#?}", t.events);
    let e = &t.events[0];
    assert_eq!(e.date, value("2024-05-06"));
    assert_eq!(ids(&c, e), ["m1", "m2", "m3", "m4", "m5"]);
    assert_eq!(e.conflicts.len(), 1);
    assert_eq!(c.articles[e.conflicts[0].article].id, "m5");
}

#[test]
fn statements_on_two_days_stay_two_unless_the_same_words() {
    // (One person's statements on one day are one event: their remarks that day.)
    let (c, t) = timeline(&[
        (
            "s1",
            Some("2024-05-08"),
            &["[Maria Costa#2] said {on Monday=2024-05-06} that the economy was strong."],
        ),
        (
            "s2",
            Some("2024-05-08"),
            &["[Weber#1] said {on Tuesday=2024-05-07} that the border would stay open to trucks."],
        ),
        (
            "s3",
            Some("2024-05-08"),
            &["[Weber#1] said {on Monday=2024-05-06} that fishing quotas must be cut by half."],
        ),
        (
            "s4",
            Some("2024-05-08"),
            &[
                "[Klaus Weber#1] said {on Sunday=2024-05-05} that fishing quotas must be cut by half.",
            ],
        ),
    ]);
    let conflicts: Vec<&str> = t
        .events
        .iter()
        .flat_map(|e| &e.conflicts)
        .map(|x| c.articles[x.article].id.as_str())
        .collect();
    assert_eq!(conflicts.len(), 1, "{:#?}", t.events);
    let quota = t
        .events
        .iter()
        .find(|e| e.sources.len() == 2)
        .unwrap_or_else(|| panic!("{}", text(&c, &crate::corpus::Outlets::of(&c), &t)));
    assert_eq!(ids(&c, quota), ["s3", "s4"]);
    assert!(t.events.iter().any(|e| ids(&c, e) == ["s1"]));
    assert!(t.events.iter().any(|e| ids(&c, e) == ["s2"]));
}
