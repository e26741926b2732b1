//! Quote variants across outlets: trimmed, reworded and translated wordings grouped under their
//! speaker; other speakers, other statements and bare fragments kept apart.

use super::{add_quote, corpus_of, ids};
use parallax::analysis::{Analysis, Person, PersonKind};
use parallax::compare::{DiffTag, group_of_quote, variants};
use parallax::corpus::Corpus;
use parallax::ids::PersonId;
use parallax::output::json::{VariantGroupJson, variants as variants_json};

const OKONJO: usize = 0;
const ARNAUD: usize = 1;

fn person(name: &str) -> Person {
    Person {
        name: name.into(),
        aliases: Vec::new(),
        roles: Vec::new(),
        kind: PersonKind::Actor,
        articles: Vec::new(),
        mentions: Vec::new(),
        variants: Vec::new(),
    }
}

const A0: [&str; 4] = [
    "“We are ready to stay out for as long as it takes, and the port owners know it,” Okonjo said.",
    "“We will not accept a pay offer that is below inflation,” she added.",
    "“The port must reopen without delay,” Arnaud said.",
    "Okonjo called the offer “insulting”.",
];
const A1: [&str; 4] = [
    "“We are ready to stay out for as long as it takes,” Okonjo told reporters.",
    "“We won’t accept any offer below the rate of inflation,” Okonjo said.",
    "“The union will meet the minister on Friday to discuss the pay offer,” Okonjo said.",
    "She said the offer was “insulting”.",
];
const A2: [&str; 4] = [
    "“The port must reopen without delay,” said union leader Marta Okonjo.",
    "“We are ready to stay out for as long as it takes, and the port owners know it,” a union official said.",
    "“We refuse any offer under inflation,” a spokesman said.",
    "Okonjo described the offer as “insulting and late”.",
];
const A3: [&str; 3] = [
    "“Ready to stay out as long as it takes,” Okonjo said.",
    "“We shall not accept an offer beneath inflation,” Okonjo said.",
    "“The port must reopen without delay,” Arnaud told parliament.",
];

/// The quotes, in order: (article, text, speaker).
const QUOTES: [(usize, &str, Option<usize>); 14] = [
    (
        0,
        "We are ready to stay out for as long as it takes, and the port owners know it",
        Some(OKONJO),
    ),
    (
        0,
        "We will not accept a pay offer that is below inflation",
        Some(OKONJO),
    ),
    (0, "The port must reopen without delay", Some(ARNAUD)),
    (0, "insulting", Some(OKONJO)),
    (
        1,
        "We are ready to stay out for as long as it takes",
        Some(OKONJO),
    ),
    (
        1,
        "We won’t accept any offer below the rate of inflation",
        Some(OKONJO),
    ),
    (
        1,
        "The union will meet the minister on Friday to discuss the pay offer",
        Some(OKONJO),
    ),
    (1, "insulting", Some(OKONJO)),
    (2, "The port must reopen without delay", Some(OKONJO)),
    (
        2,
        "We are ready to stay out for as long as it takes, and the port owners know it",
        None,
    ),
    (2, "We refuse any offer under inflation", None),
    (2, "insulting and late", Some(OKONJO)),
    (3, "Ready to stay out as long as it takes", Some(OKONJO)),
    (
        3,
        "We shall not accept an offer beneath inflation",
        Some(OKONJO),
    ),
];

fn strike() -> (Corpus, Analysis) {
    let (corpus, mut analysis) = corpus_of(&[&A0, &A1, &A2, &A3]);
    analysis.people = vec![person("Marta Okonjo"), person("Felix Arnaud")];
    for (article, text, speaker) in QUOTES {
        add_quote(&corpus, &mut analysis, article, text, speaker);
    }
    // The Arnaud line of A3 comes after the others.
    add_quote(
        &corpus,
        &mut analysis,
        3,
        "The port must reopen without delay",
        Some(ARNAUD),
    );
    (corpus, analysis)
}

/// Groups as sorted quote-index lists, in the order returned.
fn grouped(corpus: &Corpus, analysis: &Analysis) -> Vec<Vec<usize>> {
    variants(corpus, analysis)
        .iter()
        .map(|g| {
            let mut qs: Vec<usize> = g.variants.iter().map(|v| v.quote.index()).collect();
            qs.sort_unstable();
            qs
        })
        .collect()
}

#[test]
fn trimmed_reworded_and_translated_quotes_group_under_their_speaker() {
    let (corpus, analysis) = strike();
    let groups = grouped(&corpus, &analysis);
    // "ready to stay out": full, trimmed, unattributed copy, trimmed and reworded.
    assert!(groups.contains(&vec![0, 4, 9, 12]), "{groups:?}");
    // "offer below inflation": as said, reworded, translated.
    assert!(groups.contains(&vec![1, 5, 13]), "{groups:?}");
}

#[test]
fn different_speakers_never_share_a_group() {
    let (corpus, analysis) = strike();
    let groups = grouped(&corpus, &analysis);
    // Arnaud's line in A0 and A3; the same words put in Okonjo's mouth by A2 stay apart.
    assert!(groups.contains(&vec![2, 14]), "{groups:?}");
    assert!(groups.iter().all(|g| !g.contains(&8)));
    for g in variants(&corpus, &analysis) {
        let speakers: Vec<_> = g
            .variants
            .iter()
            .filter_map(|v| analysis.quotes[v.quote].speaker)
            .collect();
        assert!(speakers.iter().all(|&s| Some(s) == g.speaker), "{g:?}");
    }
}

#[test]
fn another_statement_on_the_same_subject_and_a_loose_unattributed_paraphrase_stay_apart() {
    let (corpus, analysis) = strike();
    let groups = grouped(&corpus, &analysis);
    assert!(groups.iter().all(|g| !g.contains(&6)), "{groups:?}");
    assert!(groups.iter().all(|g| !g.contains(&10)), "{groups:?}");
}

#[test]
fn fragments_group_only_on_exact_words() {
    let (corpus, analysis) = strike();
    let groups = grouped(&corpus, &analysis);
    assert!(groups.contains(&vec![3, 7]), "{groups:?}");
    assert!(groups.iter().all(|g| !g.contains(&11)), "{groups:?}");
}

#[test]
fn exact_wording_reads_curly_and_straight_apostrophes_alike() {
    let a = ["“Frankly, we’re appalled,” Okonjo said."];
    let b = ["\"Frankly, we're appalled,\" Okonjo said."];
    let (corpus, mut analysis) = corpus_of(&[&a, &b]);
    analysis.people = vec![person("Marta Okonjo")];
    add_quote(
        &corpus,
        &mut analysis,
        0,
        "Frankly, we’re appalled",
        Some(OKONJO),
    );
    add_quote(
        &corpus,
        &mut analysis,
        1,
        "Frankly, we're appalled",
        Some(OKONJO),
    );
    assert_eq!(grouped(&corpus, &analysis), [vec![0, 1]]);
}

#[test]
fn groups_come_widest_first_with_speaker_and_diffs() {
    let (corpus, analysis) = strike();
    let groups = variants(&corpus, &analysis);
    assert_eq!(groups.len(), 4);
    assert_eq!(groups[0].articles(), ids(&[0, 1, 2, 3]));
    assert_eq!(groups[0].speaker, Some(PersonId::new(OKONJO)));
    assert_eq!(groups[0].speaker_name.as_deref(), Some("Marta Okonjo"));
    assert!(
        groups
            .windows(2)
            .all(|w| w[0].articles().len() >= w[1].articles().len())
    );
    // The trimmed variant against the full one: the tail is deleted, nothing inserted.
    let k = groups[0]
        .variants
        .iter()
        .position(|v| v.quote.index() == 4)
        .expect("trimmed variant");
    let diff = groups[0].diff(&analysis, k).expect("in range");
    assert_eq!(
        diff.last(),
        Some(&(DiffTag::Delete, "and the port owners know it".to_string()))
    );
    assert!(diff.iter().all(|e| e.0 != DiffTag::Insert));
    assert!(groups[0].diff(&analysis, 99).is_none());
    let of = group_of_quote(&groups, analysis.quotes.len());
    assert_eq!(of[4], Some(0));
    assert_eq!(of[6], None);
}

#[test]
fn variants_json_has_the_cli_shape() {
    let (corpus, analysis) = strike();
    let out = variants_json(&corpus, &analysis, &variants(&corpus, &analysis));
    let json = serde_json::to_value(&out).expect("serialises");
    assert_eq!(json[0]["speaker"], "Marta Okonjo");
    assert_eq!(json[0]["variants"][0]["article"], "a0");
    assert_eq!(json[0]["variants"][0]["text"], QUOTES[0].1);
    let back: Vec<VariantGroupJson> = serde_json::from_value(json).expect("decodes");
    assert_eq!(back, out);
}

#[test]
fn one_article_alone_makes_no_group_and_empty_input_is_fine() {
    let (corpus, mut analysis) = corpus_of(&[&A0]);
    analysis.people = vec![person("Marta Okonjo"), person("Felix Arnaud")];
    add_quote(&corpus, &mut analysis, 0, QUOTES[0].1, Some(OKONJO));
    add_quote(&corpus, &mut analysis, 0, QUOTES[0].1, Some(OKONJO));
    assert!(variants(&corpus, &analysis).is_empty());
    assert!(variants(&Corpus::default(), &Analysis::default()).is_empty());
}
