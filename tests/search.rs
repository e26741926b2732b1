//! The search over a small made-up story (a water-sharing summit in the Andes, nothing from the
//! seeds): ranking, scoping, every query operator, highlight indices, aliases, the live
//! searcher against fresh searches, the CLI rows and the preview.

use parallax::analysis::{Analysis, Confidence, Person, PersonKind, Quote, Sentence, Variant};
use parallax::corpus::{Article, Block, Corpus, Paragraph};
use parallax::ids::{ArticleId, PersonId, SentenceId};
use parallax::output::json::rows;
use parallax::search::{Hit, HitKind, Index, Preview, Searcher, byte_ranges, preview};
use parallax::text::Span;

fn article(id: &str, outlet: &str) -> Article {
    Article {
        id: id.into(),
        outlet: outlet.into(),
        title: format!("{outlet} on the summit"),
        date: None,
        date_inferred: false,
        url: None,
        authors: Vec::new(),
        text: String::new(),
        paragraphs: Vec::new(),
        words: 0,
    }
}

fn person(name: &str, aliases: &[&str], roles: &[&str]) -> Person {
    Person {
        name: name.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        roles: roles.iter().map(|s| s.to_string()).collect(),
        kind: PersonKind::Actor,
        articles: vec![ArticleId::new(0)],
        mentions: Vec::new(),
        variants: Vec::new(),
    }
}

fn quote(article: usize, text: &str, speaker: Option<usize>, people: &[Person]) -> Quote {
    let mut quote = Quote::new(
        ArticleId::new(article),
        SentenceId::new(0),
        Span::default(),
        text.into(),
    )
    .with_speaker(speaker.map(PersonId::new));
    quote.speaker_text = speaker.map(|p| people[p].name.as_str().into());
    quote.cue = Some("said".into());
    if speaker.is_some() {
        quote.confidence = Confidence::Named;
    }
    quote
}

const QUISPE: usize = 0;
const BLINKEN: usize = 1;
const KOVALENKO: usize = 2;
const XI: usize = 3;
const ALEXEI: usize = 4;

fn summit() -> (Corpus, Analysis) {
    let corpus = Corpus {
        name: "summit".into(),
        articles: vec![
            article("andes-1", "Altiplano Post"),
            article("andes-2", "Valley Herald"),
            article("andes-3", "Condor Wire"),
        ],
        diagnostics: Vec::new(),
    };
    let mut people = vec![
        person("Maria Quispe", &["Quispe"], &["Environment Minister"]),
        person("Antony Blinken", &["Blinken"], &["Secretary of State"]),
        person("Olena Kovalenko", &["Kovalenko"], &["mayor of Lviv"]),
        person("Xi Wen", &["Xi"], &["trade envoy"]),
        person("Alexei Ivanov", &["Ivanov"], &["hydrologist"]),
        person("Lima", &[], &["glacier guide"]),
    ];
    people[KOVALENKO].variants.push(Variant {
        alias: "Olena Kowalenko".into(),
        articles: vec![ArticleId::new(1)],
    });
    let q = |a, t: &str, s| quote(a, t, s, &people);
    let quotes = vec![
        q(0, "Water is a shared right, not a weapon", Some(QUISPE)),
        q(1, "Water is a shared right, not a weapon", Some(QUISPE)),
        q(2, "Water is a shared right, not a weapon", Some(QUISPE)),
        q(0, "We will watch the glaciers closely", Some(BLINKEN)),
        q(
            1,
            "Twenty wary alpacas thrive near each river",
            Some(KOVALENKO),
        ),
        q(2, "The treaty must be signed", Some(XI)),
        q(
            2,
            "The treaty must be signed by every valley before the rains come",
            Some(ALEXEI),
        ),
        q(
            0,
            "Zelenskyy\u{2019}s caf\u{e9} stays open during the talks",
            Some(KOVALENKO),
        ),
        q(1, "Lima", None),
        q(1, "no comment at this stage", None),
    ];
    let mut analysis = Analysis {
        people,
        quotes,
        ..Analysis::default()
    };
    analysis.quotes[9].speaker_text = Some("the foreign ministry".into());
    (corpus, analysis)
}

fn index() -> (Corpus, Analysis, Index) {
    let (c, a) = summit();
    let i = Index::build(&c, &a);
    (c, a, i)
}

fn texts<'a>(index: &'a Index, hits: &[Hit]) -> Vec<&'a str> {
    hits.iter().map(|h| index.text(h)).collect()
}

#[test]
fn letters_scattered_over_a_quote_are_no_match() {
    let (_, _, index) = index();
    let hits = index.search("water", 10);
    let texts = texts(&index, &hits);
    // "tWenty wAry alpacas Thrive nEar each River" holds the letters in order, and the
    // matcher would take it; a reader typing a word does not mean it.
    assert!(
        !texts.iter().any(|t| t.starts_with("Twenty wary")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t.starts_with("Water is")), "{texts:?}");
    // Two words, each scattered over a long quote: nothing.
    assert!(index.search("wet rain", 10).is_empty());
    // In a name the letters still match apart ("kvlnk" is Kovalenko), and in a quote's
    // speaker: her quotes come after her.
    let kvlnk = index.search("kvlnk", 10);
    assert_eq!(index.text(&kvlnk[0]), "Olena Kovalenko");
    assert!(
        kvlnk[1..]
            .iter()
            .all(|h| h.kind == HitKind::Quote && h.indices.is_empty())
    );
}

#[test]
fn a_name_typed_with_a_letter_or_two_wrong_is_found_below_exact_matches() {
    let (c, mut a) = summit();
    a.people.push(person("Maria Quisbe", &[], &["hydrologist"]));
    let index = Index::build(&c, &a);
    let names = |q: &str| -> Vec<String> {
        let hits = index.search(q, 20);
        hits.iter()
            .filter(|h| h.kind == HitKind::Person)
            .map(|h| index.text(h).to_string())
            .collect()
    };
    // Two letters swapped, one changed, one left out, while still typing.
    assert_eq!(names("kovlaenko"), ["Olena Kovalenko"]);
    assert_eq!(names("blinkin"), ["Antony Blinken"]);
    assert_eq!(
        names("qispe"),
        ["Maria Quispe"],
        "Quisbe is two letters off"
    );
    assert_eq!(
        names("kovalneko"),
        ["Olena Kovalenko"],
        "two wrong in a long name"
    );
    // A short term is read as typed: one letter wrong in four reaches half the names.
    assert!(names("lina").is_empty());
    // Typed right, Quispe and her quotes come first; Quisbe, one letter off, last.
    let hits = index.search("quispe", 20);
    let last = hits.last().expect("hits");
    assert_eq!(index.text(last), "Maria Quisbe");
    assert!(hits[..hits.len() - 1].iter().all(|h| h.score > last.score));
    assert!(
        last.indices.is_empty(),
        "nothing typed is in the name as typed"
    );
    // Exact and anchored terms stay exact.
    assert!(names("'kovlaenko").is_empty());
    assert!(names("^kovlaenko").is_empty());
}

#[test]
fn shorter_text_wins_a_tie_and_people_come_first() {
    let (_, _, index) = index();
    let hits = index.search("treaty must", 10);
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].score, hits[1].score);
    assert_eq!(index.text(&hits[0]), "The treaty must be signed");
    let lima = index.search("lima", 10);
    assert_eq!(lima[0].kind, HitKind::Person);
    assert_eq!(lima[1].kind, HitKind::Quote);
    assert_eq!(lima[0].score, lima[1].score);
}

#[test]
fn one_phrase_from_three_outlets_is_one_result_that_counts_them() {
    let (c, mut a) = summit();
    // A fourth copy, in an article of an outlet that prints it already.
    let mut again = a.quotes[0].clone();
    again.article = ArticleId::new(3);
    a.quotes.push(again);
    let mut c = c;
    let mut fourth = article("andes-4", "Altiplano Post");
    fourth.title = "More from the summit".into();
    c.articles.push(fourth);
    let index = Index::build(&c, &a);
    let hits = index.search("'shared right", 10);
    assert_eq!(
        texts(&index, &hits),
        ["Water is a shared right, not a weapon"]
    );
    assert_eq!(hits[0].outlets, 3, "four copies, three outlets");
    assert_eq!(index.count("'shared right"), 1);
    let mut live = Searcher::new(10, 10);
    assert_eq!(live.update(&index, "'shared right").total, 1);
    // A term only one copy's outlet matches: that copy, alone.
    let herald = index.search("'shared herald", 10);
    assert_eq!(herald.len(), 1);
    assert_eq!(index.outlet(&herald[0]), Some("Valley Herald"));
    assert_eq!(herald[0].outlets, 1);
    // Without a term to score, copies are one row too.
    assert_eq!(index.count("@quispe"), 1);
    assert_eq!(index.search("@quispe", 10).len(), 1);
}

#[test]
fn scoping_people_quotes_and_speakers() {
    let (_, _, index) = index();
    assert!(
        index
            .search("p: quispe", 10)
            .iter()
            .all(|h| h.kind == HitKind::Person)
    );
    assert_eq!(index.search("p:quispe", 10).len(), 1);
    let quotes = index.search("q:quispe", 10);
    assert_eq!(quotes.len(), 1, "found by the speaker field");
    assert_eq!(quotes[0].outlets, 3, "the one quote she gave three outlets");
    assert!(
        quotes
            .iter()
            .all(|h| h.kind == HitKind::Quote && h.indices.is_empty())
    );

    let by = index.search("@blinken", 10);
    assert_eq!(texts(&index, &by), ["We will watch the glaciers closely"]);
    assert_eq!(index.search("@quispe weapon", 10).len(), 1);
    assert!(index.search("@quispe glaciers", 10).is_empty());
    assert!(
        index.search("p: @quispe", 10).is_empty(),
        "people have no speaker"
    );
    assert_eq!(
        index.count("@"),
        index.quotes_len() - 2,
        "three copies are one row"
    );
}

#[test]
fn speaker_by_alias_variant_and_best_kind_of_match() {
    let (_, _, index) = index();
    assert_eq!(
        index.search("@kowalenko", 10).len(),
        2,
        "a variant spelling picks the speaker"
    );
    assert_eq!(index.search("@kovalenko", 10).len(), 2);
    let xi = index.search("@xi", 10);
    assert_eq!(
        texts(&index, &xi),
        ["The treaty must be signed"],
        "not Alexei, whose name only has the letters"
    );
    assert_eq!(
        index.search("@xi | @blinken", 10).len(),
        2,
        "@ terms add up"
    );
    assert_eq!(index.search("@xi @blinken", 10).len(), 2);
    assert_eq!(index.count("!@quispe"), index.quotes_len() - 3);
    assert_eq!(
        index.search("@foreign ministry", 10).len(),
        1,
        "an unnamed speaker as written"
    );
}

#[test]
fn alias_and_role_find_the_person_shown_by_name() {
    let (_, _, index) = index();
    for query in ["p:kowalenko", "p:kovalenko", "p:lviv", "p:olena"] {
        let hits = index.search(query, 5);
        assert_eq!(texts(&index, &hits), ["Olena Kovalenko"], "{query}");
    }
    let hits = index.search("p:kowalenko", 5);
    assert!(
        hits[0].indices.is_empty(),
        "the match is in a variant, not the displayed name"
    );
    assert_eq!(index.search("p:olena", 5)[0].indices, [0, 1, 2, 3, 4]);
}

#[test]
fn extended_syntax_operators() {
    let (_, _, index) = index();
    let q = |s: &str| {
        texts(&index, &index.search(s, 20))
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    // exact: 'wary is a substring of one quote only; fuzzy "wary" finds it too, and no quote
    // where its letters are scattered.
    assert_eq!(q("'wary"), ["Twenty wary alpacas thrive near each river"]);
    assert_eq!(q("wary"), q("'wary"));
    assert_eq!(q("^will"), Vec::<String>::new(), "no field starts with it");
    assert_eq!(q(r"^we\ will"), ["We will watch the glaciers closely"]);
    // The unnamed speaker "the foreign ministry" starts with "the" too, and negation sees it.
    assert_eq!(q("q:^the").len(), 3);
    assert_eq!(
        q("q:^the !ministry"),
        [
            "The treaty must be signed",
            "The treaty must be signed by every valley before the rains come"
        ]
    );
    assert_eq!(q("rains$"), Vec::<String>::new(), "no field ends so");
    assert_eq!(
        q("come$"),
        ["The treaty must be signed by every valley before the rains come"]
    );
    assert_eq!(q("signed$"), ["The treaty must be signed"]);
    assert_eq!(q("^lima$"), ["Lima", "Lima"]);
    assert_eq!(q("'treaty !valley"), ["The treaty must be signed"]);
    assert_eq!(q("'treaty !^the").len(), 0);
    assert_eq!(
        q("'treaty !signed$"),
        ["The treaty must be signed by every valley before the rains come"]
    );
    let either = q("'glaciers | 'alpacas");
    assert_eq!(either.len(), 2, "{either:?}");
    // Smart case: an upper-case letter makes a term exact in case.
    assert_eq!(q("'Water").len(), 1);
    assert_eq!(q("'WATER").len(), 0);
    assert_eq!(q("'water").len(), 1);
}

#[test]
fn highlight_indices_are_chars_into_the_displayed_text() {
    let (_, _, index) = index();
    let hits = index.search("caf\u{e9}", 5);
    let text = index.text(&hits[0]);
    assert!(text.starts_with("Zelenskyy"));
    assert_eq!(hits[0].indices, [12, 13, 14, 15]);
    let ranges = byte_ranges(text, &hits[0].indices);
    assert_eq!(ranges.len(), 1);
    assert_eq!(&text[ranges[0].clone()], "caf\u{e9}");

    let after = index.search(r"'s\ caf", 5);
    assert_eq!(after[0].indices, [10, 11, 12, 13, 14]);
    let fuzzy = index.search("kvlnk", 5);
    let shown: String = fuzzy[0]
        .indices
        .iter()
        .filter_map(|&i| index.text(&fuzzy[0]).chars().nth(i))
        .collect();
    assert_eq!(shown.to_lowercase(), "kvlnk");
    // Two terms: both highlighted, sorted.
    let two = index.search("open talks", 5);
    let t = index.text(&two[0]);
    let chars: String = two[0]
        .indices
        .iter()
        .filter_map(|&i| t.chars().nth(i))
        .collect();
    assert_eq!(chars, "opentalks");
}

#[test]
fn limit_is_respected_and_count_is_exact() {
    let (_, _, index) = index();
    let all = index.search("", 100);
    assert_eq!(
        all.len(),
        index.len() - 2,
        "a quote three outlets print is one row"
    );
    assert_eq!(all.len(), index.count(""));
    assert_eq!(index.search("", 3).len(), 3);
    assert_eq!(index.search("e", 2).len(), 2);
    assert!(index.count("e") > 2);
    assert!(index.search("e", 0).is_empty());
}

#[test]
fn rows_have_the_cli_json_shape() {
    let (c, a, index) = index();
    let hits = index.search("quispe", 10);
    let json = serde_json::to_value(rows(&c, &a, &index, ("quispe", &hits))).unwrap();
    let arr = json.as_array().unwrap();
    let person = &arr[0];
    assert_eq!(person["kind"], "person");
    assert_eq!(person["text"], "Maria Quispe");
    assert!(person["article"].is_null() && person["speaker"].is_null());
    assert_eq!(person["indices"], serde_json::json!([6, 7, 8, 9, 10, 11]));
    let quote = &arr[1];
    assert_eq!(quote["kind"], "quote");
    assert_eq!(quote["speaker"], "Maria Quispe");
    assert!(quote["article"].as_str().unwrap().starts_with("andes-"));
    assert!(quote["score"].is_i64());
    assert_eq!(quote["outlets"], 3);
    assert!(quote["outlet"].is_string());
    let keys: Vec<&String> = quote.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 9);
}

#[test]
fn quote_preview_is_its_paragraph() {
    let (mut corpus, mut analysis) = summit();
    let text = "Officials met on Monday.\n\n\u{201c}Water is a shared right, not a weapon,\u{201d} said Quispe.";
    let para2 = text.find('\u{201c}').unwrap();
    let art = &mut corpus.articles[0];
    art.text = text.into();
    art.paragraphs = vec![
        Paragraph::new(Span::new(0, 24), Block::Story),
        Paragraph::new(Span::new(para2, text.len()), Block::Story),
    ];
    analysis.sentences = vec![Sentence::new(
        ArticleId::new(0),
        1,
        Span::new(para2, text.len()),
    )];
    let start = para2 + '\u{201c}'.len_utf8();
    analysis.quotes[0].span =
        Span::new(start, start + "Water is a shared right, not a weapon".len());
    let index = Index::build(&corpus, &analysis);
    let hit = Hit {
        kind: HitKind::Quote,
        entry: 0,
        score: 0,
        indices: Vec::new(),
        outlets: 0,
    };
    match preview(&corpus, &analysis, &index, &hit) {
        Some(Preview::Quote {
            article,
            paragraph,
            span,
            speaker,
            ..
        }) => {
            assert_eq!(&article.text[paragraph], &text[para2..]);
            assert_eq!(&article.text[span], "Water is a shared right, not a weapon");
            assert_eq!(speaker, Some("Maria Quispe"));
        }
        other => panic!("{other:?}"),
    }
    let person = Hit {
        kind: HitKind::Person,
        entry: QUISPE,
        score: 0,
        indices: Vec::new(),
        outlets: 0,
    };
    match preview(&corpus, &analysis, &index, &person) {
        Some(Preview::Person { person, quotes }) => {
            assert_eq!(person.name, "Maria Quispe");
            assert_eq!(quotes, [0, 1, 2]);
        }
        other => panic!("{other:?}"),
    }
    // A quote whose offsets do not fit its article gives no preview, not a panic.
    let start = analysis.quotes[1].span.start();
    analysis.quotes[1].span = Span::new(start, 10_000);
    let hit = Hit {
        kind: HitKind::Quote,
        entry: 1,
        score: 0,
        indices: Vec::new(),
        outlets: 0,
    };
    assert!(preview(&corpus, &analysis, &index, &hit).is_none());
}

#[test]
fn odd_queries_and_broken_references_never_panic() {
    let (corpus, mut analysis) = summit();
    analysis.quotes[0].speaker = Some(PersonId::new(999));
    analysis.quotes[1].article = ArticleId::new(999);
    analysis.people[0].name = "Nul\0Byte".into();
    let index = Index::build(&corpus, &analysis);
    for q in [
        "!",
        "'",
        "^",
        "$",
        "^$",
        "|",
        "| |",
        "@",
        "!@",
        "p:",
        "q:",
        "p:q:",
        "\\",
        "\\ ",
        "é",
        "\u{1F600}",
        "!é$",
        "^\u{301}",
        "'\u{0}",
        "a\u{0}b",
        "   ",
    ] {
        let hits = index.search(q, 50);
        for h in &hits {
            let _ = byte_ranges(index.text(h), &h.indices);
        }
    }
    let first = Hit {
        kind: HitKind::Quote,
        entry: 1,
        score: 0,
        indices: Vec::new(),
        outlets: 1,
    };
    assert!(
        index.article_id(&first).is_none(),
        "out-of-range article is absent"
    );
    assert_eq!(index.search("'shared", 10).len(), 1);
    assert!(!index.search("nul byte", 5).is_empty());
}

/// Thousands of generated quotes: enough for the shortlist, narrowing and the parallel scans
/// (over 4,096 entries) to matter.
fn generated() -> (Corpus, Analysis) {
    let words = [
        "river", "valley", "glacier", "treaty", "water", "rains", "summit", "alpaca", "condor",
        "salt", "lake", "wary", "twenty", "right",
    ];
    let mut state = 7u64;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let (c, mut a) = summit();
    for i in 0..5000 {
        let len = 2 + next(12);
        let text: Vec<&str> = (0..len).map(|_| words[next(words.len())]).collect();
        let speaker = Some(next(a.people.len()));
        let q = quote(i % 3, &text.join(" "), speaker, &a.people);
        a.quotes.push(q);
    }
    (c, a)
}

#[test]
fn narrowing_gives_the_same_results_as_a_fresh_search() {
    let (c, a) = generated();
    let index = Index::build(&c, &a);
    let limit = 30;
    for typed in [
        "water treaty",
        "glacier !salt",
        "@kovalenko riv",
        "'val | lake",
        "q:^twenty w",
        "kovlaenko",
        "olena kowlaneko",
        "xovalenko",
    ] {
        let mut live = Searcher::new(limit, limit);
        let keys: Vec<&str> = typed
            .char_indices()
            .map(|(i, ch)| &typed[..i + ch.len_utf8()])
            .collect();
        // Type it, then backspace through it: the history is used both ways.
        for q in keys.iter().chain(keys.iter().rev()) {
            let got = live.update(&index, q).clone();
            assert_eq!(got.total, index.count(q), "{q:?}");
            assert_eq!(got.hits, index.search(q, limit), "{q:?}");
            assert_eq!(got.highlighted, got.hits.len());
        }
    }
}

#[test]
fn searcher_highlights_lazily() {
    let (c, a) = generated();
    let index = Index::build(&c, &a);
    let mut live = Searcher::new(100, 5);
    let results = live.update(&index, "river").clone();
    assert_eq!(results.highlighted, 5);
    assert!(results.hits[5..].iter().all(|h| h.indices.is_empty()));
    live.highlight(&index, 5..20);
    let fresh = index.search("river", 100);
    assert_eq!(live.results().highlighted, 20);
    assert_eq!(live.results().hits[..20], fresh[..20]);
}

/// The shortlist is an approximation: check that on a few thousand quotes the best scores it
/// finds are the best the matcher gives over every entry (the same sum, recomputed here by brute
/// force for one-term fuzzy queries: best field by the matcher, plus the whole-word bonus).
#[test]
fn shortlist_keeps_the_matchers_best() {
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;
    let (c, a) = generated();
    let index = Index::build(&c, &a);
    let matcher = SkimMatcherV2::default().smart_case();
    let whole_word = |field: &str, term: &str| {
        let field = field.to_ascii_lowercase();
        field.match_indices(term).any(|(i, _)| {
            let before = field[..i].chars().next_back();
            let after = field[i + term.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    };
    let people = a.people.iter().map(|p| {
        let mut fields: Vec<&str> = vec![&p.name];
        fields.extend(p.aliases.iter().map(String::as_str));
        fields.extend(p.variants.iter().map(|v| v.alias.as_str()));
        fields.extend(p.roles.iter().map(String::as_str));
        fields
    });
    let quotes = a.quotes.iter().map(|q| {
        let speaker = q
            .speaker
            .map(|s| a.people[s].name.as_str())
            .or(q.speaker_text.as_deref());
        vec![
            q.text.as_str(),
            speaker.unwrap_or(""),
            c.articles[q.article].outlet.as_str(),
        ]
    });
    let people = people.map(|f| (false, f));
    let entries: Vec<(bool, Vec<&str>)> = people.chain(quotes.map(|f| (true, f))).collect();
    let brute = |term: &str| -> Vec<i64> {
        let mut scores: Vec<i64> = entries
            .iter()
            .filter_map(|(quote, fields)| {
                // A quote's words count only where the term occurs in them as typed.
                let typed =
                    |i: usize, f: &str| !quote || i > 0 || f.to_ascii_lowercase().contains(term);
                let best = fields
                    .iter()
                    .enumerate()
                    .filter(|&(i, f)| typed(i, f))
                    .filter_map(|(_, f)| matcher.fuzzy_match(f, term))
                    .max()?;
                Some(
                    best + if fields.iter().any(|f| whole_word(f, term)) {
                        8
                    } else {
                        0
                    },
                )
            })
            .collect();
        scores.sort_unstable_by(|x, y| y.cmp(x));
        scores.truncate(10);
        scores
    };
    // Typed words and abbreviations: the exact best ten.
    for term in [
        "river", "glacier", "treaty", "salt", "condor", "alp", "sumit", "rvr", "wtr", "lk",
    ] {
        let found: Vec<i64> = index.search(term, 10).iter().map(|h| h.score).collect();
        assert_eq!(found, brute(term), "{term}");
    }
    // Random letters, the hard case (thousands of scattered matches alike to the estimate):
    // nearly always the best score, never far below it.
    let letters = b"abcdeghiklnorstvwy";
    let mut state = 99u64;
    let (mut same_top, mut total) = (0, 0);
    for n in 0..150 {
        let term: String = (0..1 + n % 4)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                char::from(letters[((state >> 33) as usize) % letters.len()])
            })
            .collect();
        let want = brute(&term);
        let found: Vec<i64> = index.search(&term, 10).iter().map(|h| h.score).collect();
        let (Some(&best), Some(&got)) = (want.first(), found.first()) else {
            assert_eq!(found.len(), want.len(), "{term}");
            continue;
        };
        total += 1;
        same_top += usize::from(got == best);
        assert!(got * 10 >= best * 9, "{term}: {found:?} vs {want:?}");
    }
    assert!(
        same_top * 100 >= total * 95,
        "best score found for {same_top} of {total}"
    );
}

#[test]
fn index_and_searcher_can_move_to_another_thread() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Index>();
    send_sync::<Searcher>();
}
