//! Unit tests of labels a person can read: a short elliptical clause of a sentence ("...; and
//! Weber, in 2019", "and Friday", "since 2016") is labelled by the sentence's own subject, verb
//! and object, never by a fragment, a lone word or a time phrase alone.

use super::timeline;

/// The label of the one event of a one-sentence article.
fn label(sentence: &str) -> String {
    let (_, t) = timeline(&[("a1", Some("2024-05-07"), &[sentence])]);
    let labels: Vec<&str> = t.events.iter().map(|e| e.label.as_str()).collect();
    assert!(!labels.is_empty(), "no event for {sentence}");
    labels.last().map(|l| (*l).to_string()).unwrap_or_default()
}

fn labels(sentence: &str) -> Vec<String> {
    let (_, t) = timeline(&[("a1", Some("2024-05-07"), &[sentence])]);
    t.events.iter().map(|e| e.label.clone()).collect()
}

#[test]
fn a_time_phrase_after_a_name_takes_the_sentence_head() {
    // The second clause is "and [Weber], in 2019": the actor with nothing done.
    let all = labels(
        "Only two chancellors have toured the islands by boat: [Anna Lopes#0], {in 2015=2015}; and [Karl Weber#1], {in 2019=2019}.",
    );
    assert!(
        all.iter().all(|l| l != "Weber" && l != "in 2019"),
        "{all:?}"
    );
    assert!(
        all.iter()
            .all(|l| l.starts_with("Only two chancellors have toured")),
        "{all:?}"
    );
}

#[test]
fn a_lone_name_before_a_relative_clause_is_no_label() {
    let l = label(
        "[Karl Weber#0], who promised {in March 2019=2019-03} to close the mine, said nothing.",
    );
    assert_ne!(l, "Weber");
    assert!(l.split_whitespace().count() > 1, "{l}");
}

#[test]
fn a_time_phrase_alone_is_no_label() {
    for s in [
        "The ferry to the islands has not sailed {since 2016=2016}.",
        "The port workers went on strike, and the bakers too {this week=2024-W19}.",
        "The harbour stays closed {until June 1=2024-06-01}.",
    ] {
        let l = label(s);
        assert!(
            !l.starts_with("Since")
                && !l.starts_with("since")
                && !l.eq_ignore_ascii_case("this week")
                && !l.starts_with("until"),
            "{s} -> {l}"
        );
        assert!(l.split_whitespace().count() >= 3, "{s} -> {l}");
    }
}

#[test]
fn an_elliptical_and_clause_takes_the_sentence_head() {
    let l = label(
        "The harbour authority closed the northern pier {on Thursday=2024-05-02}, and {Friday=2024-05-03}.",
    );
    assert!(l.starts_with("The harbour authority closed"), "{l}");
}

#[test]
fn a_lone_place_or_noun_is_no_label() {
    for s in [
        "Lopes and Weber last met {in January=2024-01} in Lisbon.",
        "Report: {on Monday=2024-05-06} ferry to sail again.",
    ] {
        let l = label(s);
        assert!(l.split_whitespace().count() >= 2, "{s} -> {l}");
        assert_ne!(l, "Lisbon");
        assert_ne!(l, "Report");
    }
}

#[test]
fn an_opening_prepositional_phrase_is_passed_over() {
    let l = label(
        "At the same time, the harbour authority reopened the southern pier {on Friday=2024-05-03}.",
    );
    assert!(l.starts_with("The harbour authority reopened"), "{l}");
}

#[test]
fn an_opening_adverbial_keeps_a_capitalised_function_word() {
    let l = label("Meanwhile, the US warned {on Monday=2024-05-06} that the pier was unsafe.");
    assert!(l.starts_with("The US warned"), "{l}");
}
