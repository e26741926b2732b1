//! The coverage matrix: cells from article sets, sorting, people and quote rows, JSON shape.

use super::{add_quote, corpus_of, ids};
use parallax::analysis::{Person, PersonKind};
use parallax::compare::{RowKind, matrix, people_rows, quote_rows, variants};
use parallax::corpus::Outlets;
use parallax::ids::ArticleId;
use parallax::output::json::{self, MatrixJson};

fn person(name: &str, kind: PersonKind, articles: Vec<ArticleId>) -> Person {
    Person {
        name: name.into(),
        aliases: Vec::new(),
        roles: Vec::new(),
        kind,
        articles,
        mentions: Vec::new(),
        variants: Vec::new(),
    }
}

const ARTICLES: [&[&str]; 3] = [
    &["“The dam will hold,” Engineer Paulo Reis said on Monday."],
    &["Reis said: “The dam will hold.” Photo: Ana Lima."],
    &["Residents were not convinced. “We are leaving tonight,” said farmer Rui Costa."],
];

#[test]
fn cells_follow_the_article_sets_and_ignore_unknown_articles() {
    let (corpus, _) = corpus_of(&ARTICLES);
    let m = matrix(
        &Outlets::of(&corpus),
        [
            (RowKind::Event, "Dam inspected".to_string(), ids(&[0, 2])),
            (RowKind::Event, "Evacuation".to_string(), ids(&[2, 7])),
        ],
    );
    assert_eq!(m.outlets.len(), 3);
    assert_eq!(m.rows[0].cells, [1, 0, 1]);
    assert_eq!(m.rows[1].cells, [0, 0, 1]);
    assert_eq!((m.rows[1].coverage(), m.rows[1].articles), (1, 1));
    assert_eq!(m.outlet_coverage(), [1, 0, 2]);
}

/// An outlet with several articles is one column, its cell the count of its articles that
/// cover the row; coverage counts outlets, not articles.
#[test]
fn an_outlet_with_several_articles_is_one_column() {
    let (mut corpus, _) = corpus_of(&ARTICLES);
    corpus.articles[2].outlet = corpus.articles[0].outlet.clone();
    let outlets = Outlets::of(&corpus);
    let m = matrix(
        &outlets,
        [(RowKind::Event, "Dam inspected".to_string(), ids(&[0, 1, 2]))],
    );
    assert_eq!(m.outlets.len(), 2);
    assert_eq!(m.rows[0].cells, [2, 1]);
    assert_eq!((m.rows[0].coverage(), m.rows[0].articles), (2, 3));
    let json = serde_json::to_value(json::matrix(&outlets, &m)).expect("serialises");
    assert_eq!(json["outlets"][0]["articles"], 2);
    assert_eq!(json["outlets"][0]["name"], "Outlet 0");
}

#[test]
fn sorting_puts_the_widest_coverage_first_then_labels() {
    let (corpus, _) = corpus_of(&ARTICLES);
    let mut m = matrix(
        &Outlets::of(&corpus),
        [
            (RowKind::Person, "zed".to_string(), ids(&[1])),
            (RowKind::Event, "Bravo".to_string(), ids(&[0, 1])),
            (RowKind::Quote, "alpha".to_string(), ids(&[2])),
            (RowKind::Event, "Charlie".to_string(), ids(&[0, 1, 2])),
            (RowKind::Person, "Nobody".to_string(), ids(&[])),
        ],
    );
    m.sort_by_coverage();
    let labels: Vec<&str> = m.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["Charlie", "Bravo", "alpha", "zed", "Nobody"]);
}

#[test]
fn people_rows_leave_out_photo_credits_and_quote_rows_cover_variants_and_singles() {
    let (corpus, mut analysis) = corpus_of(&ARTICLES);
    analysis.people = vec![
        person("Paulo Reis", PersonKind::Actor, ids(&[0, 1])),
        person("Ana Lima", PersonKind::Credit, ids(&[1])),
        person("Rui Costa", PersonKind::Actor, ids(&[2])),
    ];
    add_quote(&corpus, &mut analysis, 0, "The dam will hold,", Some(0));
    add_quote(&corpus, &mut analysis, 1, "The dam will hold.", Some(0));
    add_quote(
        &corpus,
        &mut analysis,
        2,
        "We are leaving tonight,",
        Some(2),
    );
    let people = people_rows(&analysis);
    let names: Vec<&str> = people.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(names, ["Paulo Reis", "Rui Costa"]);

    let groups = variants(&corpus, &analysis);
    let m = matrix(&Outlets::of(&corpus), quote_rows(&analysis, &groups, false));
    assert_eq!(m.rows.len(), 1, "{m:?}");
    assert_eq!(m.rows[0].cells, [1, 1, 0]);
    assert!(
        m.rows[0].label.starts_with("Paulo Reis: “The dam"),
        "{}",
        m.rows[0].label
    );
    let with_singles = quote_rows(&analysis, &groups, true);
    assert_eq!(with_singles.len(), 2);
    assert_eq!(with_singles[1].2, ids(&[2]));
}

#[test]
fn matrix_json_has_the_cli_shape() {
    let (corpus, _) = corpus_of(&ARTICLES);
    let outlets = Outlets::of(&corpus);
    let m = matrix(
        &outlets,
        [(RowKind::Person, "Paulo Reis".to_string(), ids(&[0, 1]))],
    );
    let json = serde_json::to_value(json::matrix(&outlets, &m)).expect("serialises");
    assert_eq!(
        json["outlets"],
        serde_json::json!([
            {"name": "Outlet 0", "articles": 1},
            {"name": "Outlet 1", "articles": 1},
            {"name": "Outlet 2", "articles": 1}
        ])
    );
    assert_eq!(json["rows"][0]["kind"], "person");
    assert_eq!(json["rows"][0]["cells"], serde_json::json!([1, 1, 0]));
    assert_eq!(json["rows"][0]["articles"], 2);
    let back: MatrixJson = serde_json::from_value(json).expect("decodes");
    assert_eq!(back.rows[0].label, "Paulo Reis");
}
