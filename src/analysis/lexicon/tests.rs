//! Tests of the analysis' word lists: given names, speech verbs by who speaks, the one table
//! against the lists it answers for.

use super::*;

#[test]
fn given_names_in_compounds_and_without_their_accents() {
    assert_eq!(given_name("jean"), Some('?'));
    assert_eq!(given_name("jean-luc"), Some('?'));
    assert_eq!(given_name("anne-marie"), Some('f'));
    assert_eq!(given_name("hans-peter"), Some('m'));
    assert_eq!(given_name("jean-dupont"), None);
    assert_eq!(given_name("josé"), Some('m'));
    assert_eq!(given_name("maría"), Some('f'));
    assert_eq!(given_name("zürich"), None);
}

#[test]
fn speech_verbs_by_who_speaks() {
    for w in [
        "said",
        "vowed",
        "revealed",
        "commented",
        "reported",
        "according",
        "saying",
    ] {
        assert!(speech_verbs().contains(w), "{w}");
    }
    assert!(is_sourcing("reported") && is_sourcing("according") && !is_sourcing("said"));
    assert!(is_person_speech_verb("said") && is_person_speech_verb("insisted"));
    // Organisations announce; "saying" and "say" do not follow their subject; "claims" is
    // also a noun.
    for w in [
        "announced",
        "reported",
        "saying",
        "say",
        "claims",
        "called",
        "walked",
    ] {
        assert!(!is_person_speech_verb(w), "{w}");
    }
}

/// The one set answers as the six lookups it replaces, for every word of every list
/// and for words in none.
#[test]
fn usually_no_name_is_the_union_of_its_lists() {
    // A country's acronym counts only in capitals ("UN", not "Un" of "Kim Jong Un").
    let country_word = |w: &str| {
        COUNTRIES.list().entries().any(|e| {
            std::iter::once(e.key())
                .chain(e.columns())
                .filter(|f| f.len() == 1 || f.chars().any(char::is_lowercase))
                .any(|f| f.to_lowercase() == w)
        })
    };
    let slow = |w: &str| {
        not_names().contains(w)
            || demonym_nouns().contains(w)
            || country_word(w)
            || org_words().contains(w)
            || agencies().contains(w)
            || role_word(w).is_some()
            || is_nationality(w)
    };
    let mut words: Vec<String> = [
        not_names(),
        org_words(),
        agencies(),
        function_words(),
        demonym_nouns(),
    ]
    .iter()
    .flat_map(|s| s.iter().map(String::from))
    .collect();
    // Every form of a country, every role word and given name, and each of their words.
    let forms = COUNTRIES.list().entries().flat_map(|e| e.columns());
    let keys = [&COUNTRIES, &ROLES, &NAMES]
        .into_iter()
        .flat_map(|src| src.list().entries().map(|e| e.key()));
    for f in forms.chain(keys) {
        words.push(f.to_lowercase());
        words.extend(f.split(' ').map(str::to_lowercase));
    }
    words.extend(["meteorologist", "zoologist", "ologist", "tesvania", ""].map(String::from));
    assert!(words.len() > 1000);
    for w in &words {
        assert_eq!(usually_no_name(w), slow(w), "{w:?}");
    }
}
