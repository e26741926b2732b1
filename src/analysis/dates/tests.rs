//! Unit tests: at least one per rule, on sentences written for them. Reference days:
//! 2023-03-20 is a Monday, 2023-03-21 a Tuesday.

use super::*;

const MON: &str = "2023-03-20";
const TUE: &str = "2023-03-21";
const THU: &str = "2023-03-23";
const SUN: &str = "2023-03-26";

/// (text, value) of every expression.
fn all(s: &str, published: Option<&str>) -> Vec<(String, Option<String>)> {
    let p = published.and_then(Date::parse_iso);
    extract(s, p)
        .into_iter()
        .map(|e| (s[e.start..e.end].to_string(), e.value.map(|v| v.iso())))
        .collect()
}

/// The single expression's text and value.
fn one(s: &str, published: &str) -> (String, String) {
    let found = all(s, Some(published));
    assert_eq!(found.len(), 1, "{s:?} gave {found:?}");
    let (t, v) = found.into_iter().next().unwrap();
    (t, v.unwrap_or_else(|| "none".into()))
}

fn value(s: &str, published: &str) -> String {
    one(s, published).1
}

fn pair(t: &str, v: &str) -> (String, String) {
    (t.to_string(), v.to_string())
}

#[test]
fn past_weekday_is_the_latest_on_or_before_publication() {
    assert_eq!(
        value("The ministry said Monday that talks failed.", TUE),
        "2023-03-20"
    );
    assert_eq!(value("The two leaders met on Tuesday.", TUE), "2023-03-21");
    assert_eq!(
        value("Troops arrived Sunday in the capital.", TUE),
        "2023-03-19"
    );
    assert_eq!(value("The vote was held Friday.", THU), "2023-03-17");
}

#[test]
fn future_weekday_is_the_first_on_or_after_publication() {
    assert_eq!(
        value("The leaders will meet on Tuesday.", MON),
        "2023-03-21"
    );
    assert_eq!(value("Xi is expected to arrive Monday.", MON), "2023-03-20");
    assert_eq!(
        value("The vote is scheduled for Monday.", THU),
        "2023-03-27"
    );
    assert_eq!(
        value("The ministers are to sign the deal Friday.", MON),
        "2023-03-24"
    );
    assert_eq!(
        value("He won't attend Friday's meeting.", MON),
        "2023-03-24"
    );
    assert_eq!(
        value("The summit will be held on Friday.", MON),
        "2023-03-24"
    );
}

#[test]
fn aux_before_a_future_cue_is_future() {
    let s = "Xi and Putin were scheduled to dine on Monday before formal talks on Tuesday.";
    let got = all(s, Some(MON));
    assert_eq!(got[0].1.as_deref(), Some("2023-03-20"));
    assert_eq!(got[1].1.as_deref(), Some("2023-03-21"));
}

#[test]
fn the_verb_of_the_own_clause_beats_an_attribution() {
    let s = "Kishida will visit Kyiv on Wednesday, public broadcaster NHK reported.";
    assert_eq!(value(s, TUE), "2023-03-22");
    let s = "On Monday, the president said the offer was final.";
    assert_eq!(value(s, TUE), "2023-03-20");
}

#[test]
fn weekday_without_tense_leans_to_the_past() {
    assert_eq!(value("Friday's vote: a preview", MON), "2023-03-17");
    // Five days back is too far: the coming Wednesday is nearer.
    assert_eq!(value("Wednesday's vote: a preview", MON), "2023-03-22");
}

#[test]
fn weekday_spans_possessives_parts_of_day_and_written_dates() {
    assert_eq!(one("Tuesday's meeting ended early.", TUE).0, "Tuesday");
    let s = "They will meet again on Tuesday afternoon.";
    let e = &extract(s, Date::parse_iso(MON))[0];
    assert_eq!(&s[e.start..e.end], "Tuesday afternoon");
    assert_eq!(e.part_of_day, Some(PartOfDay::Afternoon));
    assert_eq!(e.kind, TimeKind::Weekday);
    assert_eq!(e.tense, Some(Tense::Future));
    let got = one("Fighting resumed late Monday night.", TUE);
    assert_eq!(got, pair("late Monday night", "2023-03-20"));
    let got = one("He spoke on Monday, March 13, in Paris.", TUE);
    assert_eq!(got, pair("Monday, March 13", "2023-03-13"));
}

#[test]
fn last_and_next_weekday_skip_the_publication_day() {
    assert_eq!(value("They met last Monday.", MON), "2023-03-13");
    assert_eq!(value("They meet next Monday.", MON), "2023-03-27");
    assert_eq!(value("They meet next Tuesday.", MON), "2023-03-21");
}

#[test]
fn names_and_habits_with_weekdays_are_not_dates() {
    for s in [
        "Biden won Super Tuesday in 2020s fashion.",
        "The Sunday Times reported the deal.",
        "Shops opened for Black Friday sales.",
        "Markets open every Monday at nine.",
        "She told USA Today the plan was final.",
    ] {
        assert!(all(s, Some(MON)).is_empty(), "{s}");
    }
}

#[test]
fn today_yesterday_tomorrow_tonight() {
    assert_eq!(value("Talks resume today.", TUE), "2023-03-21");
    assert_eq!(value("Talks ended yesterday.", TUE), "2023-03-20");
    assert_eq!(value("Talks resume tomorrow.", TUE), "2023-03-22");
    let s = "He will speak tonight.";
    let e = &extract(s, Date::parse_iso(TUE))[0];
    assert_eq!(e.part_of_day, Some(PartOfDay::Night));
    assert_eq!(
        one("The blast hit yesterday morning.", TUE).0,
        "yesterday morning"
    );
}

#[test]
fn parts_of_day_with_this_and_last() {
    assert_eq!(
        one("He left this morning.", TUE),
        pair("this morning", "2023-03-21")
    );
    assert_eq!(
        one("Shelling went on last night.", TUE),
        pair("last night", "2023-03-20")
    );
}

#[test]
fn weeks_are_iso_weeks() {
    assert_eq!(value("The court ruled last week.", TUE), "2023-W11");
    assert_eq!(value("Talks continue this week.", TUE), "2023-W12");
    assert_eq!(value("Talks resume next week.", TUE), "2023-W13");
    assert_eq!(value("Talks resume later this week.", TUE), "2023-W12");
    assert_eq!(value("Prices rose last week.", "2021-01-05"), "2020-W53");
}

#[test]
fn the_weekend_is_a_week_starting_on_its_saturday() {
    let s = "Biden said over the weekend that the warrant was justified.";
    let e = &extract(s, Date::parse_iso(MON))[0];
    assert_eq!(&s[e.start..e.end], "the weekend");
    assert_eq!(e.value.map(|v| v.start), Date::new(2023, 3, 18));
    assert_eq!(e.value.map(|v| v.iso()).as_deref(), Some("2023-W11-WE"));
    // On a Sunday, the weekend just past is the current one.
    assert_eq!(
        value("Crowds gathered over the weekend.", SUN),
        "2023-W12-WE"
    );
    assert_eq!(
        value("Crowds will gather this weekend.", TUE),
        "2023-W12-WE"
    );
    assert_eq!(value("Crowds gathered last weekend.", TUE), "2023-W11-WE");
    assert_eq!(
        value("Crowds will gather next weekend.", TUE),
        "2023-W13-WE"
    );
}

#[test]
fn months_and_years_relative_to_publication() {
    assert_eq!(value("The paper was released last month.", TUE), "2023-02");
    assert_eq!(value("Prices fell last month.", "2023-01-10"), "2022-12");
    assert_eq!(value("Rates rise next month.", TUE), "2023-04");
    assert_eq!(value("He visited earlier this month.", TUE), "2023-03");
    assert_eq!(value("He was elected last year.", TUE), "2022");
    assert_eq!(value("Elections are due this year.", TUE), "2023");
    assert_eq!(
        one("The law passed late last year.", TUE),
        pair("late last year", "2022")
    );
}

#[test]
fn calendar_dates_with_a_year() {
    assert_eq!(value("It began on March 20, 2023.", TUE), "2023-03-20");
    assert_eq!(value("It began on 20 March 2023.", TUE), "2023-03-20");
    assert_eq!(
        value("The attacks of Sept. 11, 2001 changed it.", TUE),
        "2001-09-11"
    );
    assert_eq!(
        value("It began on the 20th of March 2023.", TUE),
        "2023-03-20"
    );
    assert_eq!(value("Filed 2023-03-20 in Geneva.", TUE), "2023-03-20");
    assert_eq!(value("It began in February 2022.", TUE), "2022-02");
    assert_eq!(value("It started in February last year.", TUE), "2022-02");
    assert_eq!(value("It has lasted since March of 2020.", TUE), "2020-03");
    let got = one("It began on 24 February last year.", TUE);
    assert_eq!(got, pair("24 February last year", "2022-02-24"));
    assert_eq!(
        value("March 21 (UPI) -- The talks went on.", TUE),
        "2023-03-21"
    );
}

#[test]
fn dates_without_a_year_take_the_nearest_sensible_year() {
    assert_eq!(value("The vote is on March 25.", TUE), "2023-03-25");
    assert_eq!(
        value("It was released on Dec. 28.", "2023-01-05"),
        "2022-12-28"
    );
    assert_eq!(
        value("He will take office on Jan. 20.", "2023-12-20"),
        "2024-01-20"
    );
    assert_eq!(value("Census day is Jan 5.", "2023-12-20"), "2024-01-05");
    assert!(all("He was born on 30 February.", Some(TUE)).is_empty());
}

#[test]
fn month_alone_after_a_preposition() {
    assert_eq!(value("Talks stalled in February.", TUE), "2023-02");
    assert_eq!(value("He was elected in November.", TUE), "2022-11");
    assert_eq!(value("Voters will decide in May.", TUE), "2023-05");
    assert_eq!(
        value("The law will take effect in February.", TUE),
        "2024-02"
    );
    assert_eq!(value("Fighting has raged since mid-March.", TUE), "2023-03");
}

#[test]
fn may_and_march_as_words_are_not_dates() {
    for s in [
        "The talks may resume soon.",
        "May I ask a question?",
        "Theresa May said the deal was dead.",
        "Police broke up a protest march in the capital.",
        "The March on Washington drew thousands.",
        "Jan Egeland warned of famine.",
        "Tickets went to Bob and June Smith.",
        "Unions marched in May Day parades.",
    ] {
        assert!(all(s, Some(TUE)).is_empty(), "{s}");
    }
}

#[test]
fn bare_years_in_a_years_place() {
    assert_eq!(value("The war began in 2022.", TUE), "2022");
    assert_eq!(one("Since the 2014 annexation, ties froze.", TUE).1, "2014");
    assert_eq!(value("It was 2022's biggest deal.", TUE), "2022");
    for s in [
        "About 2000 troops crossed.",
        "A force of 2000 soldiers crossed.",
        "Music of the 1990s returned.",
        "© 2024 Latin Times.",
        "The 2022-23 season ended.",
        "Some 2,023 people signed.",
    ] {
        assert!(all(s, Some(TUE)).is_empty(), "{s}");
    }
}

#[test]
fn numbers_that_are_not_dates() {
    for s in [
        "It came during the 13-month-long invasion.",
        "It was unveiled on the one-year anniversary of the war.",
        "China put forward a 12-point plan.",
        "The talks ran from 4:30 p.m. to 9:00 p.m.",
        "He ended his three-day visit.",
        "The rate rose 2023.5 points.",
        "Filed 2023-13-01 in error.",
    ] {
        assert!(all(s, Some(TUE)).is_empty(), "{s}");
    }
}

#[test]
fn a_clock_time_extends_a_day() {
    let s = "The talks began Monday at 4:30 p.m. in Moscow.";
    let e = &extract(s, Date::parse_iso(TUE))[0];
    assert_eq!(&s[e.start..e.end], "Monday at 4:30 p.m.");
    assert_eq!(e.time, Some((16, 30)));
    let s = "Polls close at 8 p.m. on Tuesday.";
    let e = &extract(s, Date::parse_iso(MON))[0];
    assert_eq!(&s[e.start..e.end], "8 p.m. on Tuesday");
    assert_eq!(e.time, Some((20, 0)));
    assert_eq!(e.value.map(|v| v.iso()).as_deref(), Some("2023-03-21"));
}

#[test]
fn ago_counts_back_from_publication() {
    assert_eq!(
        one("He left two days ago.", TUE),
        pair("two days ago", "2023-03-19")
    );
    assert_eq!(value("He left 3 weeks ago.", TUE), "2023-W09");
    assert_eq!(one("It began a year ago.", TUE), pair("a year ago", "2022"));
    assert_eq!(one("It began days ago.", TUE), pair("days ago", "none"));
    assert_eq!(
        one("It began a few days ago.", TUE),
        pair("a few days ago", "none")
    );
}

#[test]
fn the_eve_of_resolves_only_with_a_dated_event() {
    let s = "On the eve of Xi's visit, Putin praised him.";
    assert_eq!(one(s, MON), pair("the eve of Xi's visit", "none"));
    assert_eq!(
        extract(s, Date::parse_iso(MON))[0].anchor,
        Some(Anchor::Days(-1))
    );
    let s = "Protesters gathered on the eve of Tuesday's summit.";
    assert_eq!(value(s, MON), "2023-03-20");
    let s = "Leaders will dine on the eve of the March 25 vote.";
    assert_eq!(value(s, MON), "2023-03-24");
    // The event's phrase ends where a participle starts a clause about it.
    let s = "The vote came on the eve of a March 25 deadline set by the White House.";
    assert_eq!(
        one(s, MON),
        pair("the eve of a March 25 deadline", "2023-03-24")
    );
    let s = "They met on the eve of the long-awaited summit.";
    assert_eq!(one(s, MON).0, "the eve of the long-awaited summit");
}

#[test]
fn weekday_ranges_run_forward() {
    let got = all("He will be in Paris from Monday to Wednesday.", Some(TUE));
    let values: Vec<_> = got.iter().map(|(_, v)| v.as_deref()).collect();
    assert_eq!(values, [Some("2023-03-27"), Some("2023-03-29")]);
}

#[test]
fn a_delay_points_forward() {
    assert_eq!(
        value("The vote has been postponed until Friday.", TUE),
        "2023-03-24"
    );
    assert_eq!(value("The vote was held on Friday.", TUE), "2023-03-17");
}

#[test]
fn a_year_written_once_serves_the_sentence() {
    let got = all("The trial ran from Feb. 2 to Feb. 5, 2021.", Some(TUE));
    assert_eq!(got[0], ("Feb. 2".into(), Some("2021-02-02".into())));
    let s = "His term ends in January 2025, and he will leave office Jan. 20.";
    assert_eq!(all(s, Some(TUE))[1].1.as_deref(), Some("2025-01-20"));
    // A full date is its own event: it lends no year to another day.
    let s = "Xi visited on March 20, 2013, and returns on March 28.";
    assert_eq!(all(s, Some(TUE))[1].1.as_deref(), Some("2023-03-28"));
    // And without a publication date, the written year still resolves the range.
    let got = all("The trial ran from Feb. 2 to Feb. 5, 2021.", None);
    assert_eq!(got[0].1.as_deref(), Some("2021-02-02"));
}

#[test]
fn anchored_expressions_wait_for_the_article() {
    let s = "Later that day, rebels took the airport; the next morning they lost it.";
    let got = extract(s, Date::parse_iso(TUE));
    let texts: Vec<_> = got.iter().map(|e| &s[e.start..e.end]).collect();
    assert_eq!(texts, ["Later that day", "the next morning"]);
    assert_eq!(
        got.iter().map(|e| e.anchor).collect::<Vec<_>>(),
        [Some(Anchor::Days(0)), Some(Anchor::Days(1))]
    );
    assert!(
        got.iter()
            .all(|e| e.value.is_none() && e.kind == TimeKind::Anchored)
    );
    assert!(all("He said that days were long.", Some(TUE)).is_empty());
}

#[test]
fn link_resolves_anchors_from_the_latest_day_before_them() {
    let p = Date::parse_iso(TUE);
    let mut exprs = Vec::new();
    for s in [
        "The minister flew in on Sunday.",
        "Later that day, he met the rebels.",
        "They signed the deal the following day.",
        "On the eve of the talks, crowds gathered.",
    ] {
        exprs.extend(extract(s, p));
    }
    let first = "On the previous day, nothing happened.";
    let mut orphan = extract(first, p);
    link(p, exprs.iter_mut().enumerate());
    link(p, orphan.iter_mut().enumerate());
    let values: Vec<_> = exprs.iter().map(|e| e.value.map(|v| v.iso())).collect();
    let want = ["2023-03-19", "2023-03-19", "2023-03-20", "2023-03-19"];
    assert_eq!(values, want.map(|w| Some(w.to_string())));
    // With no day named before it, an anchor stays unresolved.
    assert_eq!(orphan[0].value, None);
}

#[test]
fn without_a_publication_date_only_absolute_expressions_resolve() {
    let s = "He said Monday that the March 20, 2023 deal and the 2022 war changed last week.";
    let got = all(s, None);
    let values: Vec<_> = got.iter().map(|(_, v)| v.as_deref()).collect();
    assert_eq!(values, [None, Some("2023-03-20"), Some("2022"), None]);
}

#[test]
fn sentences_without_candidates_are_rejected_untouched() {
    assert!(!tokens::may_have_dates(
        "Putin greeted Xi as a dear friend."
    ));
    assert!(tokens::may_have_dates("Putin greeted Xi on Monday."));
    // Digits count only as a possible year: a day or a time needs a calendar word anyway.
    assert!(!tokens::may_have_dates(
        "It cost 12 roubles, or 4,500 in all, at 4:30 p.m."
    ));
    assert!(tokens::may_have_dates("It cost 1999 roubles."));
    assert!(tokens::may_have_dates("Filed 2023-03-20."));
}

#[test]
fn never_panics_on_odd_text() {
    let s = "Mon\u{e9}day’s “March” 20— 2023-0 ‘May’ 4:3 p. m. the eve of, 1990s ago é1999 日曜日 March 31 Feb. 30 \u{a0}Tuesday's";
    for (i, _) in s.char_indices() {
        for (j, _) in s[i..].char_indices() {
            let _ = extract(&s[i..i + j], Date::parse_iso(TUE));
        }
        let _ = extract(&s[i..], None);
    }
}

#[test]
fn a_day_something_is_put_off_to_is_still_to_come() {
    // Tuesday's article: the adjourned hearing resumes on the coming Thursday.
    assert_eq!(
        value("The judge adjourned the hearing until Thursday.", TUE),
        "2023-03-23"
    );
    assert_eq!(
        value("The vote was postponed to Friday after a row.", TUE),
        "2023-03-24"
    );
    // Without a verb of putting off, "until" keeps the tense: talks that ran until Sunday.
    assert_eq!(value("The talks lasted until Sunday.", TUE), "2023-03-19");
}

#[test]
fn a_participle_after_is_and_an_adverb_is_no_past() {
    // Thursday's article: "is already sold out" says nothing of the past, so the coming
    // Saturday is meant, as with no verb at all (the last one is five days back).
    assert_eq!(
        value(
            "According to organisers, Saturday's final is already sold out.",
            THU
        ),
        "2023-03-25"
    );
    // "was already sold out" still reports the past.
    assert_eq!(
        value("Saturday's concert was already sold out.", THU),
        "2023-03-18"
    );
}

#[test]
fn the_present_of_a_schedule_is_its_future() {
    // A March article: the treaty's Dec. 31 is the one to come, though nearer back.
    assert_eq!(
        value("The treaty expires on Dec. 31.", "2026-03-18"),
        "2026-12-31"
    );
    assert_eq!(value("The law takes effect on Friday.", MON), "2023-03-24");
    // The past of the same verb is the past.
    assert_eq!(
        value("The treaty expired on Dec. 31.", "2026-03-18"),
        "2025-12-31"
    );
}

/// A results story's sentences, linked, as (text, value) of every expression.
fn story(sentences: &[&str], published: &str) -> Vec<(String, Option<String>)> {
    let p = Date::parse_iso(published);
    let mut exprs = Vec::new();
    for (n, s) in sentences.iter().enumerate() {
        exprs.extend(extract(s, p).into_iter().map(|e| (n, s, e)));
    }
    link(p, exprs.iter_mut().map(|(n, _, e)| (*n, e)));
    exprs
        .into_iter()
        .map(|(_, s, e)| (s[e.start..e.end].to_string(), e.value.map(|v| v.iso())))
        .collect()
}

#[test]
fn quarters_by_number_take_the_latest_year_that_began_one() {
    // A November article: the third quarter is this year's, written either way.
    let nov = "2025-11-04";
    assert_eq!(
        one("Brevik Foods said third-quarter profit fell 12%.", nov),
        pair("third-quarter", "2025-Q3")
    );
    assert_eq!(
        one("Sales in the fourth quarter should recover.", nov),
        pair("the fourth quarter", "2025-Q4")
    );
    // In January, last quarter's results are last year's.
    assert_eq!(
        value("Fourth-quarter net rose 4%.", "2026-01-20"),
        "2025-Q4"
    );
    // Long ended, and not in the past tense: the coming one.
    assert_eq!(
        value("The mill expects first-quarter output to double.", nov),
        "2026-Q1"
    );
    // A written year, before or after; a fiscal quarter keeps the publication year.
    assert_eq!(
        value("Losses peaked in the third quarter of 2019.", nov),
        "2019-Q3"
    );
    assert_eq!(
        value("It took a charge in the 2024 second quarter.", nov),
        "2024-Q2"
    );
    assert_eq!(
        one("Net rose in the fiscal first quarter.", nov),
        pair("the fiscal first quarter", "2025-Q1")
    );
    assert_eq!(
        value("Orders slowed in last year's fourth quarter.", nov),
        "2024-Q4"
    );
    assert_eq!(value("Sales dipped last quarter.", nov), "2025-Q3");
    // A capital is a place, a compound is no period, and a share is no date.
    for s in [
        "Crowds filled the Latin Quarter on Monday night.",
        "The bank made a quarter-point cut.",
        "A quarter of the voters stayed home.",
    ] {
        assert!(
            all(s, Some(nov)).iter().all(|(t, _)| !t.contains("uarter")),
            "{s}"
        );
    }
}

#[test]
fn a_results_story_compares_its_quarter_with_the_same_one_a_year_before() {
    let got = story(
        &[
            "Halvorsen Marine reported a third-quarter loss of $4 million.",
            "A year earlier, it earned $2 million.",
            "Revenue in the quarter fell to $90 million from $99 million a year ago.",
            "The year-ago results included a gain on a sale.",
            "Costs were lower than in the year-earlier period.",
        ],
        "2025-10-28",
    );
    let values: Vec<_> = got
        .iter()
        .map(|(_, v)| v.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(
        values,
        [
            "2025-Q3", "2024-Q3", "2025-Q3", "2024-Q3", "2024-Q3", "2024-Q3"
        ]
    );
    // Without a quarter in view, "a year ago" is the year before publication.
    let got = story(
        &["The shelter housed 40 families a year ago."],
        "2025-10-28",
    );
    assert_eq!(got[0].1.as_deref(), Some("2024"));
    // "the quarter ended July 31" is the quarter of its months, whatever came before.
    let got = all(
        "In the quarter ended July 31, sales rose.",
        Some("2025-10-28"),
    );
    assert_eq!(got[0], ("the quarter".into(), Some("2025-Q2".into())));
}

#[test]
fn a_day_without_a_year_stays_near_publication_whatever_the_tense() {
    // A November article: a past verb nearby does not make next month's date last year's,
    // since news writes the year for dates that far back.
    let nov = "2025-11-04";
    assert_eq!(
        value("The board approved a bonus, payable Dec. 12 to staff.", nov),
        "2025-12-12"
    );
    assert_eq!(
        value(
            "The offer, which was extended, now runs through Nov. 28.",
            "2025-10-20"
        ),
        "2025-11-28"
    );
    // Three months on and more, the past tense still means last year.
    assert_eq!(value("The plant closed on Feb. 3.", nov), "2025-02-03");
    assert_eq!(
        value("The plant closed on Aug. 3.", "2026-04-10"),
        "2025-08-03"
    );
    // "since March" has begun; "supposed to" looks ahead.
    assert_eq!(
        value(
            "The ship, which was due home, has patrolled since March.",
            "2025-02-10"
        ),
        "2024-03"
    );
    assert_eq!(
        value("The talks are supposed to end by May.", "2025-03-22"),
        "2025-05"
    );
}

#[test]
fn a_year_dating_a_noun_after_a_possessive_or_for() {
    let nov = "2025-11-04";
    assert_eq!(
        one("Sanctions followed its 2014 annexation of the port.", nov),
        pair("2014", "2014")
    );
    assert_eq!(value("The firm's 2024 results were restated.", nov), "2024");
    assert_eq!(value("For 2023, the mill earned $3 million.", nov), "2023");
    let got = all("It sold notes due 2031 on Friday.", Some(nov));
    assert_eq!(got[0], ("2031".into(), Some("2031".into())));
    // A count elsewhere (news writes "2,000 workers" after a possessive too).
    assert!(all("It hired 1500 workers.", Some(nov)).is_empty());
}

#[test]
fn the_end_of_a_period_is_one_expression_with_its_value() {
    let nov = "2025-11-04";
    assert_eq!(
        one("Cuts are due by the end of 2026.", nov),
        pair("the end of 2026", "2026")
    );
    assert_eq!(
        one("She left at the beginning of October.", nov),
        pair("the beginning of October", "2025-10")
    );
    // A day has no end of its own in news: "the start of Tuesday's talks" is the talks'.
    assert_eq!(
        one("Police came at the start of Tuesday's talks.", nov).0,
        "Tuesday"
    );
}

#[test]
fn the_year_of_a_results_story_is_the_year_of_publication() {
    let nov = "2025-11-04";
    assert_eq!(
        one("Sales for the full year rose 4% at the ferry line.", nov),
        pair("the full year", "2025")
    );
    assert_eq!(
        value("Orlund expects a loss in the current fiscal year.", nov),
        "2025"
    );
    assert_eq!(value("For the year, cargo volume was flat.", nov), "2025");
    assert_eq!(
        value("Thefts rose over the past year, the port said.", nov),
        "2024"
    );
    assert_eq!(
        one("The mill shut by the end of the year.", nov),
        pair("the end of the year", "2025")
    );
    // The year reckoned from another time, or named, is not publication's.
    // ("The year before" is the narrative's: see that_year_is_the_year_the_narrative_is_in.)
    assert_eq!(
        all("The year before, the mill was sold.", Some(nov)),
        [("The year before".to_string(), None)]
    );
    assert!(all("It was the year of the flood.", Some(nov)).is_empty());
    assert!(all("She was named Skipper of the Year.", Some(nov)).is_empty());
    assert_eq!(
        one("Plans for the year 2040 were shelved.", nov),
        pair("the year 2040", "2040")
    );
}

#[test]
fn year_end_is_the_last_day_of_the_year() {
    let oct = "2025-10-14";
    assert_eq!(
        one("The sale should close by year-end.", oct),
        pair("year-end", "2025-12-31")
    );
    assert_eq!(
        one("Rates should ease by year's end.", oct),
        pair("year's end", "2025-12-31")
    );
    // What has run since year end ran from the last one.
    assert_eq!(
        one("The index has gained 6% since year end.", oct),
        pair("year end", "2024-12-31")
    );
    assert!(all("Year-end bonuses were cut.", Some(oct)).is_empty());
    // An approximate date is one expression with "around".
    assert_eq!(
        one("The deal should close around year end.", oct),
        pair("around year end", "2025-12-31")
    );
}

#[test]
fn seasons_get_a_season_granularity() {
    let feb = "2026-02-10";
    assert_eq!(
        one("The ferry ran aground last fall.", feb),
        pair("last fall", "2025-FA")
    );
    // In January and February, the winter under way is this winter.
    assert_eq!(value("Ice closed the harbour this winter.", feb), "2025-WI");
    assert_eq!(value("The quay will reopen this summer.", feb), "2026-SU");
    let oct = "2025-10-14";
    // "last" is before the season publication is in; "this past" too.
    assert_eq!(value("The strike began last fall.", oct), "2024-FA");
    assert_eq!(
        one("It was sold this past spring.", oct),
        pair("this past spring", "2025-SP")
    );
    assert_eq!(value("Work starts next spring.", oct), "2026-SP");
    // A bare season by tense, after a preposition.
    assert_eq!(
        one("Orders rose over the summer.", oct),
        pair("the summer", "2025-SU")
    );
    assert_eq!(
        one("Orders were low in the early summer.", oct),
        pair("the early summer", "2025-SU")
    );
    assert_eq!(
        one("The yard built it in the winter of 1994.", oct),
        pair("the winter of 1994", "1994-WI")
    );
    assert_eq!(
        value("They will meet in the fall.", "2025-12-05"),
        "2026-FA"
    );
    // A fall, a spring and a habit are no season.
    assert!(all("After the fall of the wall, it closed.", Some(oct)).is_empty());
    assert!(all("Prices may fall in the spring in Oslo.", Some(oct)).is_empty());
    assert!(all("They sail every summer.", Some(oct)).is_empty());
    assert!(all("The Summer Games opened in the rain.", Some(oct)).is_empty());
    assert_eq!(
        serde_json::to_string(&Granularity::Season).ok().as_deref(),
        Some("\"season\"")
    );
}

#[test]
fn years_written_out_as_transcripts_write_them() {
    let mar = "1999-03-02";
    assert_eq!(
        one("In nineteen ninety-one the yard closed.", mar),
        pair("nineteen ninety-one", "1991")
    );
    assert_eq!(
        one("Bodo, nineteen eighty-four. A storm hits.", mar),
        pair("nineteen eighty-four", "1984")
    );
    assert_eq!(
        one("It reopened in March nineteen ninety-seven.", mar),
        pair("March nineteen ninety-seven", "1997-03")
    );
    assert_eq!(
        one("Plans run to the year two thousand.", mar),
        pair("the year two thousand", "2000")
    );
    assert_eq!(
        value("The winter of nineteen ninety-four was cold.", mar),
        "1994-WI"
    );
    // A count is no year, nor is a bare "ninety-six".
    assert!(all("He counted nineteen boats and ninety-six nets.", Some(mar)).is_empty());
}

#[test]
fn that_year_is_the_year_the_narrative_is_in() {
    let got = story(
        &[
            "On May 2, 2011, Dahl took command of the yard.",
            "The following year he sold it, and later that year he left Bodo.",
            "The year before, the yard had lost money.",
        ],
        "2025-11-04",
    );
    let values: Vec<_> = got
        .iter()
        .map(|(t, v)| (t.as_str(), v.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        values,
        [
            ("May 2, 2011", "2011-05-02"),
            ("The following year", "2012"),
            ("later that year", "2012"),
            ("The year before", "2011"),
        ]
    );
    // Without a year named before, it waits unresolved; "the year before the vote" is the
    // vote's.
    assert_eq!(story(&["That year he left."], "2025-11-04")[0].1, None);
    assert!(all("He left the year before the vote.", Some("2025-11-04")).is_empty());
}

#[test]
fn holidays_on_a_weekday_fall_on_it_in_the_year_found() {
    // Thanksgiving 2024 was Thursday, November 28.
    assert_eq!(
        one("The boat was found on Thanksgiving Day.", "2025-01-10"),
        pair("Thanksgiving Day", "2024-11-28")
    );
    assert_eq!(
        one("It sank last Thanksgiving, the crew said.", "2025-02-03"),
        pair("last Thanksgiving", "2024-11-28")
    );
    // US Election Day 2026 is Tuesday, November 3; Labor Day 2025 was Monday, September 1.
    assert_eq!(
        value("The ads will run until Election Day.", "2026-10-20"),
        "2026-11-03"
    );
    assert_eq!(
        value("The yard shut on Labor Day.", "2025-10-20"),
        "2025-09-01"
    );
    assert_eq!(
        value("Crowds came last Labor Day.", "2025-10-20"),
        "2025-09-01"
    );
    assert_eq!(
        value("Crowds came last Labor Day.", "2025-08-20"),
        "2024-09-02"
    );
}

#[test]
fn numeric_dates_month_first_as_us_news_writes_them() {
    let feb = "2017-02-01";
    assert_eq!(
        one("The ferry sank on 1/6/17, officials said.", feb),
        pair("1/6/17", "2017-01-06")
    );
    assert_eq!(value("It sank on 12/30/1998.", feb), "1998-12-30");
    assert_eq!(value("It sank on 25/12/2016.", feb), "2016-12-25");
    assert_eq!(value("It sank on 6.1.2017 off Bodo.", feb), "2017-01-06");
    // Versions, scores and fractions are no dates.
    assert!(all("Install 1.2.3 or 2/3 of it.", Some(feb)).is_empty());
    assert!(all("It won 13/14/15 in sets.", Some(feb)).is_empty());
}

#[test]
fn an_approximate_count_is_part_of_its_expression() {
    assert_eq!(
        one("The bridge opened nearly three years ago.", TUE),
        pair("nearly three years ago", "2020")
    );
    assert_eq!(
        one("The mill closed almost two years ago.", TUE),
        pair("almost two years ago", "2021")
    );
}

#[test]
fn an_open_end_after_a_date_is_part_of_it() {
    assert_eq!(
        one("The plant may not reopen until 2026 or later.", TUE),
        pair("2026 or later", "2026")
    );
    assert_eq!(
        one("The board is upbeat on sales for 2024 and beyond.", TUE),
        pair("2024 and beyond", "2024")
    );
}

#[test]
fn earlier_or_later_in_a_period_is_a_time_within_it() {
    assert_eq!(
        one("Floods slowed shipments earlier in the year.", TUE),
        pair("earlier in the year", "2023")
    );
    assert_eq!(
        one("Prices fell later in the month.", TUE),
        pair("later in the month", "2023-03")
    );
    // The day is the narrative's: unresolved alone, the day before it in a story.
    let got = story(
        &["The mayor spoke on Monday.", "Later in the day he left."],
        TUE,
    );
    assert_eq!(
        got[1],
        ("Later in the day".into(), Some("2023-03-20".into()))
    );
}

#[test]
fn a_month_after_early_or_late_with_a_hyphen_is_a_date() {
    assert_eq!(
        one("The pair met on a late-October trip.", TUE),
        pair("late-October", "2022-10")
    );
    assert_eq!(
        one("Output peaked in the early-1990 boom.", TUE),
        pair("early-1990", "1990")
    );
}

#[test]
fn a_month_between_an_article_and_its_noun_dates_the_noun() {
    let nov = "2023-11-06";
    assert_eq!(
        one("Police reopened the October shooting case.", nov),
        pair("October", "2023-10")
    );
    // The nearer one, whatever the clause's tense.
    assert_eq!(
        one("The firm is still selling assets under a June pact.", nov),
        pair("June", "2023-06")
    );
    assert_eq!(
        one("Fans recall the February storm.", "2023-03-20"),
        pair("February", "2023-02")
    );
    for s in [
        "He joined the March on Rome.",
        "Critics of the May government spoke.",
        "It was a March of hope.",
    ] {
        assert!(all(s, Some(nov)).is_empty(), "{s}");
    }
}

#[test]
fn a_month_after_for_is_a_date() {
    assert_eq!(
        one("Turnover for October is well down.", "2023-11-06"),
        pair("October", "2023-10")
    );
}

#[test]
fn the_current_year_stays_current_before_a_clause() {
    assert_eq!(
        one(
            "It sees sales in the current fiscal year that beat forecasts.",
            TUE
        ),
        pair("the current fiscal year", "2023")
    );
}

#[test]
fn the_latest_period_is_found_with_no_calendar_word_beside_it() {
    assert_eq!(
        one("The latest period had a gain of $4 million.", "2023-11-06"),
        pair("The latest period", "2023-Q3")
    );
}

#[test]
fn half_a_year_either_way_without_a_tense_is_the_past() {
    assert_eq!(
        value(
            "The index sits near its record high of Aug. 6.",
            "2024-02-06"
        ),
        "2023-08-06"
    );
}

#[test]
fn the_second_day_of_a_range_in_one_month_is_a_day_of_it() {
    let s = "The fair runs on June 14 and 15 in Oslo.";
    assert_eq!(
        all(s, Some(MON)),
        [
            ("June 14".to_string(), Some("2023-06-14".to_string())),
            ("15".to_string(), Some("2023-06-15".to_string())),
        ]
    );
    let s = "Talks were held Sept. 4-6, 2019, in Doha.";
    assert_eq!(
        all(s, Some(MON)),
        [
            ("Sept. 4".to_string(), Some("2019-09-04".to_string())),
            ("6, 2019".to_string(), Some("2019-09-06".to_string())),
        ]
    );
    // A number with a noun after it is a count; a smaller one is no later day.
    assert_eq!(all("On May 2 and 30 people left.", Some(MON)).len(), 1);
    assert_eq!(
        all("On May 20 and 3 in June it rained.", Some(MON)).len(),
        2
    );
}

#[test]
fn the_week_of_a_day_is_the_week_that_holds_it() {
    assert_eq!(
        one("A hearing may come the week of April 10.", MON),
        pair("the week of April 10", "2023-W15")
    );
}

#[test]
fn a_weekday_or_month_counted_from_the_narrative() {
    let got = story(
        &[
            "Shares closed at a peak on Friday, March 17.",
            "They had been lower the previous Friday.",
            "The following Monday they fell.",
        ],
        "2023-03-21",
    );
    assert_eq!(
        got[1],
        ("the previous Friday".into(), Some("2023-03-10".into()))
    );
    // The narrative is on that earlier Friday now.
    assert_eq!(
        got[2],
        ("The following Monday".into(), Some("2023-03-13".into()))
    );
    let got = story(
        &[
            "In March 2019 the family urged a sale.",
            "The following month the firm put itself up for sale.",
        ],
        "2023-03-21",
    );
    assert_eq!(
        got[1],
        ("The following month".into(), Some("2019-04".into()))
    );
    // Alone, the following month waits; the previous Friday is the last one.
    assert_eq!(story(&["That month he left."], TUE)[0].1, None);
    assert_eq!(
        value("Prices were lower than the previous Friday.", TUE),
        "2023-03-17"
    );
}

#[test]
fn a_companys_own_quarter_takes_its_possessive() {
    assert_eq!(
        one(
            "The maker posted a loss for its third quarter.",
            "2023-11-06"
        ),
        pair("its third quarter", "2023-Q3")
    );
}
