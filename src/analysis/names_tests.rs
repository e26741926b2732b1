//! Unit tests for the name scanner, one rule each, on sentences about other stories.

use super::*;
use crate::analysis::sentences;
use crate::text::token;

fn cands(t: &str) -> Vec<(String, Evidence, Option<String>)> {
    let mut toks = Vec::new();
    token::words(t, 0, &mut toks);
    let starts: Vec<usize> = sentences::split(t).iter().map(|s| s.0).collect();
    candidates(t, 0, &toks, &starts)
        .into_iter()
        .map(|c| {
            let role = c.role().map(|(s, e)| t[s as usize..e as usize].to_string());
            (c.name(t).to_string(), c.evidence, role)
        })
        .collect()
}

fn people(t: &str) -> Vec<String> {
    cands(t)
        .into_iter()
        .filter(|c| c.1 >= Evidence::Given)
        .map(|c| c.0)
        .collect()
}

#[test]
fn titles_and_nationality_roles() {
    let c = cands("German Chancellor Helga Brandt met Finance Minister Tomas Ek in Paris.");
    assert_eq!(
        c[0],
        (
            "Helga Brandt".into(),
            Evidence::Strong,
            Some("German Chancellor".into())
        )
    );
    assert_eq!(
        c[1],
        (
            "Tomas Ek".into(),
            Evidence::Strong,
            Some("Finance Minister".into())
        )
    );
    assert_eq!(c.len(), 3, "{c:?}");
    assert_eq!(
        (c[2].0.as_str(), c[2].1),
        ("Paris", Evidence::None),
        "a place is at most a weak candidate"
    );
    let c = cands("Oslo welcomed Tomas Ek and Brandt.");
    assert_eq!((c[2].0.as_str(), c[2].1), ("Brandt", Evidence::None));
}

#[test]
fn lower_case_roles_and_of_phrases() {
    let c = cands(
        "Union spokesperson Ada Moreno and Deputy Chairman of the Dockers Council Ivo Maric spoke.",
    );
    assert_eq!(c[0].2.as_deref(), Some("Union spokesperson"));
    assert_eq!(c[0].0, "Ada Moreno");
    assert_eq!(
        c[1].2.as_deref(),
        Some("Deputy Chairman of the Dockers Council")
    );
    assert_eq!(c[1].0, "Ivo Maric");
    assert_eq!(
        cands("Then U.S. Secretary of State Anna Ford left.")[0]
            .2
            .as_deref(),
        Some("U.S. Secretary of State")
    );
}

#[test]
fn appositives_and_party_tags() {
    let c = cands(
        "Rina Osei, the agency's director, said. The port's chief executive, Paolo Conte, left.",
    );
    assert_eq!(c[0].1, Evidence::Strong);
    assert_eq!(c[0].2.as_deref(), Some("agency's director"));
    assert!(
        c.iter()
            .any(|x| x.0 == "Paolo Conte" && x.1 == Evidence::Strong),
        "{c:?}"
    );
    assert_eq!(cands("Walsh, R-Ohio, objected.")[0].1, Evidence::Strong);
    // A relative clause gives the role after "as", not the years it was held.
    let c = cands("Rui Tavares, who served as transport minister from 2017 to 2022, spoke.");
    assert_eq!(c[0].2.as_deref(), Some("transport minister"));
    // A portfolio in lower case belongs to the role.
    let c = cands("Union leaders met labour minister Jung Hae-won on Friday.");
    assert!(
        c.iter()
            .any(|x| x.0 == "Jung Hae-won" && x.2.as_deref() == Some("labour minister")),
        "{c:?}"
    );
    // A role with its "of" complement before the name.
    let c = cands("The minister's former chief of staff, Helena Moura, admitted it.");
    assert!(
        c.iter()
            .any(|x| x.0 == "Helena Moura" && x.2.as_deref() == Some("former chief of staff")),
        "{c:?}"
    );
}

#[test]
fn speech_cues_and_honorifics() {
    assert_eq!(
        cands("Okafor said the strike would go on.")[0].1,
        Evidence::Speech
    );
    assert_eq!(cands("\"No,\" said Okafor.")[0].1, Evidence::Speech);
    assert_eq!(
        cands("The deal was signed, Ms. Lund told reporters.")[0].1,
        Evidence::Strong
    );
    assert_eq!(cands("Reuters reported the talks.").len(), 0);
}

#[test]
fn places_organisations_and_sentence_starts_are_not_people() {
    assert!(people("The International Criminal Court met in The Hague on Monday. Meanwhile Brussels waited.").is_empty());
    assert!(
        people("Belt and Road Forum delegates and Grand Kremlin Palace guards saw North Korea.")
            .is_empty()
    );
    assert_eq!(
        people("Speaking on Friday, Maria Lopez said no."),
        ["Maria Lopez"]
    );
    assert_eq!(
        people("Welcoming Maria Lopez, the crowd cheered."),
        ["Maria Lopez"]
    );
}

#[test]
fn given_names_are_weak_evidence() {
    assert_eq!(
        cands("He told Sky News' Neil Carter on Monday.")
            .iter()
            .find(|c| c.0 == "Neil Carter")
            .map(|c| c.1),
        Some(Evidence::Given)
    );
    assert_eq!(people("They visited Victoria Park."), Vec::<String>::new());
}

#[test]
fn particles_and_initials() {
    assert_eq!(
        people("Commission President Ulla von der Berg and J. R. Hale spoke."),
        ["Ulla von der Berg"]
    );
    assert_eq!(cands("Dr. J. R. Hale spoke.")[0].0, "J. R. Hale");
}

/// Hundreds of thousands of candidates are alive at once on a large corpus: keep them packed.
#[test]
fn candidates_stay_packed() {
    assert!(std::mem::size_of::<Cand>() <= 32);
}

/// A surname that is also a month (and the word "may") stands after a given name:
/// "Theresa May"; the month alone is no name.
#[test]
fn a_surname_that_is_a_month_after_a_given_name() {
    assert_eq!(
        cands("Prime Minister Theresa May met the queen.")[0],
        (
            "Theresa May".into(),
            Evidence::Strong,
            Some("Prime Minister".into())
        )
    );
    assert_eq!(people("Mrs. May met Mr. Kim."), ["May", "Kim"]);
    assert_eq!(people("In May the talks begin."), Vec::<String>::new());
    // A weekday is no surname: the time of the verb before it.
    assert_eq!(
        cands("\"We are ready,\" said Oskar Saturday.")[0].0,
        "Oskar"
    );
}

/// A country's acronym is the country only in capitals: "Un" ends a name, "UN" does not.
#[test]
fn a_word_spelled_like_an_acronym_in_title_case_is_a_name_word() {
    assert_eq!(
        cands("Vice Premier Pak Tae Un met UN envoys.")[0].0,
        "Pak Tae Un"
    );
}

/// A capital inside a word after a surname's prefix is a name's ("Douglas MacArthur",
/// "Sarah VanDyke"); after a longer first part, a brand's ("LeakBase said").
#[test]
fn joined_surname_prefixes_are_names_and_mixed_case_brands_are_not() {
    assert_eq!(
        people("General Douglas MacArthur met Sarah VanDyke in Manila."),
        ["Douglas MacArthur", "Sarah VanDyke"]
    );
    assert!(brand_capital("LeakBase") && brand_capital("YouTube"));
    assert!(!brand_capital("MacArthur") && !brand_capital("DeSantis"));
}
