//! The CLI as scripts use it: JSON documents decoded back into structs, exit codes, the global
//! `--corpus` option before or after the subcommand, and a closed pipe.

use serde::Deserialize;
use std::process::{Command, Output, Stdio};

fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn json<T: for<'a> Deserialize<'a>>(args: &[&str]) -> T {
    let out = parallax(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON of the documented shape")
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ArticleRow {
    id: String,
    outlet: String,
    title: String,
    date: Option<String>,
    date_inferred: bool,
    url: Option<String>,
    authors: Vec<String>,
    words: usize,
    paragraphs: usize,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Check {
    articles: usize,
    diagnostics: Vec<Diagnostic>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Diagnostic {
    path: String,
    line: Option<usize>,
    severity: String,
    message: String,
}

#[test]
fn articles_json_lists_the_seeds() {
    let rows: Vec<ArticleRow> = json(&["articles", "--json"]);
    assert_eq!(rows.len(), 5);
    let outlets: Vec<&str> = rows.iter().map(|r| r.outlet.as_str()).collect();
    assert_eq!(
        outlets,
        ["UPI", "cheriworld.com", "Latin Times", "CNN", "The Wire"]
    );
    for r in &rows {
        assert!(r.date.as_deref().is_some_and(|d| d.len() == 10), "{r:?}");
        assert!(r.words > 200 && r.paragraphs > 5, "{r:?}");
        assert!(!r.title.is_empty() && !r.id.is_empty());
    }
    assert!(rows[2].url.is_none(), "no url is known for Latin Times");
}

/// The authors a header names reach the JSON, cleaned of control characters.
#[test]
fn articles_json_gives_the_authors() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("a.txt"),
        "Outlet: Harbor Daily\nBy: Ana Ruiz\u{1b}[31m\n\nDockers struck on Monday.",
    )
    .unwrap();
    std::fs::write(
        d.path().join("b.txt"),
        "Outlet: Quay Post\n\nThe port shut.",
    )
    .unwrap();
    let p = d.path().to_str().unwrap();
    let rows: Vec<ArticleRow> = json(&["--corpus", p, "articles", "--json"]);
    let authors: Vec<&[String]> = rows.iter().map(|r| r.authors.as_slice()).collect();
    assert_eq!(authors, [&["Ana Ruiz".to_string()][..], &[]]);
}

/// An undated article's date read from a "Published" line is marked as read, not given.
#[test]
fn articles_json_marks_a_date_read_from_the_text() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("a.txt"),
        "Outlet: Harbor Daily\n\nPublished 9:05 a.m. ET May 7, 2024\n\nDockers struck on Monday.",
    )
    .unwrap();
    std::fs::write(
        d.path().join("b.txt"),
        "Outlet: Quay Post\nDate: 2024-05-06\n\nThe port shut.",
    )
    .unwrap();
    let p = d.path().to_str().unwrap();
    let rows: Vec<ArticleRow> = json(&["--corpus", p, "articles", "--json"]);
    let dates: Vec<(Option<&str>, bool)> = (rows.iter())
        .map(|r| (r.date.as_deref(), r.date_inferred))
        .collect();
    assert_eq!(
        dates,
        [(Some("2024-05-07"), true), (Some("2024-05-06"), false)]
    );
}

#[test]
fn corpus_option_goes_before_or_after_the_subcommand() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("a.txt"),
        "Outlet: Harbor Daily\n\nDockers struck on Monday.",
    )
    .unwrap();
    let p = d.path().to_str().unwrap();
    for args in [
        ["--corpus", p, "articles", "--json"],
        ["articles", "--json", "--corpus", p],
    ] {
        let rows: Vec<ArticleRow> = json(&args);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].outlet, "Harbor Daily");
        assert_eq!(rows[0].date, None);
    }
}

#[test]
fn check_reports_problems_and_exit_codes() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("c.jsonl"),
        "{\"id\":\"a\",\"text\":\"Fine.\"}\n{broken\n",
    )
    .unwrap();
    let p = d.path().join("c.jsonl");
    let out = parallax(&["check", p.to_str().unwrap(), "--json"]);
    assert!(out.status.success());
    let check: Check = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(check.articles, 1);
    let d0 = &check.diagnostics[0];
    assert_eq!((d0.line, d0.severity.as_str()), (Some(2), "error"));
    assert!(d0.path.ends_with("c.jsonl") && d0.message.contains("invalid JSON"));

    let empty = tempfile::tempdir().unwrap();
    let out = parallax(&["check", empty.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let out = parallax(&["--corpus", "/no/such/place", "articles"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("parallax: /no/such/place: nothing could be loaded"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one clear line: {err}");
}

#[test]
fn tables_are_aligned_and_readable() {
    let out = parallax(&["articles"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6);
    assert!(lines[0].starts_with("id ") && lines[0].contains("outlet"));
    let col = lines[0].find("outlet").unwrap();
    for l in &lines[1..] {
        assert_eq!(l.chars().nth(col - 1), Some(' '), "{l}");
        assert_ne!(l.chars().nth(col), Some(' '), "{l}");
    }
}

#[test]
fn closed_pipe_exits_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["quotes", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn stats_prints_one_json_line_on_stderr() {
    let out = parallax(&["articles", "--json", "--stats"]);
    let err = String::from_utf8(out.stderr).unwrap();
    let line: serde_json::Value = serde_json::from_str(err.trim()).unwrap();
    assert!(line["load_ms"].as_f64().is_some());
    assert!(line["peak_rss_bytes"].as_u64().unwrap() > 0);
}

#[derive(Deserialize, Debug)]
struct CompareDoc {
    left: String,
    right: String,
    pairs: Vec<PairDoc>,
    left_only: Vec<String>,
    right_only: Vec<String>,
}

#[derive(Deserialize, Debug)]
struct PairDoc {
    left: String,
    right: String,
    similarity: f32,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct MatrixDoc {
    outlets: Vec<OutletDoc>,
    rows: Vec<MatrixRowDoc>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct OutletDoc {
    name: String,
    articles: usize,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct MatrixRowDoc {
    kind: String,
    label: String,
    cells: Vec<u32>,
    articles: u32,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct VariantGroupDoc {
    speaker: Option<String>,
    variants: Vec<VariantDoc>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct VariantDoc {
    article: String,
    text: String,
}

#[test]
fn compare_accounts_for_every_sentence_once() {
    let (l, r) = ("000_fc2525b00c8d14c7", "004_77a85d0d6a0f7ddd");
    let doc: CompareDoc = json(&["compare", l, r, "--json"]);
    assert_eq!((doc.left.as_str(), doc.right.as_str()), (l, r));
    assert!(!doc.pairs.is_empty());
    for p in &doc.pairs {
        assert!(p.similarity > 0.0 && p.similarity <= 1.0, "{p:?}");
        assert!(!p.left.is_empty() && !p.right.is_empty());
    }
    let right_sentences: usize = doc.pairs.len() + doc.right_only.len();
    let left_sentences: usize = doc.pairs.len() + doc.left_only.len();
    assert!(
        left_sentences >= 9 && right_sentences >= 16,
        "{left_sentences} {right_sentences}"
    );
    let out = parallax(&["compare", l, "nope", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article \"nope\""));
}

#[test]
fn matrix_and_variants_decode() {
    let m: MatrixDoc = json(&["matrix", "--json"]);
    assert_eq!(m.outlets.len(), 5);
    assert!(
        m.outlets
            .iter()
            .all(|o| o.articles == 1 && !o.name.is_empty())
    );
    assert!(m.rows.iter().all(|r| r.cells.len() == 5
        && !r.label.is_empty()
        && r.cells.iter().sum::<u32>() == r.articles));
    assert!(m.rows.iter().any(|r| r.kind == "person") && m.rows.iter().any(|r| r.kind == "quote"));
    let covered: Vec<usize> = m
        .rows
        .iter()
        .map(|r| r.cells.iter().filter(|&&c| c > 0).count())
        .collect();
    assert!(
        covered.windows(2).all(|w| w[0] >= w[1]),
        "sorted by coverage: {covered:?}"
    );
    let v: Vec<VariantGroupDoc> = json(&["variants", "--json"]);
    for g in &v {
        let mut articles: Vec<&str> = g.variants.iter().map(|x| x.article.as_str()).collect();
        articles.dedup();
        assert!(articles.len() >= 2, "a variant group spans outlets: {g:?}");
        assert!(g.variants.iter().all(|x| !x.text.is_empty()));
        assert!(g.speaker.as_deref().is_none_or(|s| !s.is_empty()));
    }
}

#[test]
fn export_writes_csv_and_markdown_with_named_columns() {
    let out = parallax(&["export", "quotes", "--format", "csv"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.lines().next(),
        Some("article,outlet,date,speaker,kind,quote,url")
    );
    let quotes: Vec<serde_json::Value> = json(&["quotes", "--json"]);
    assert!(
        text.matches("\r\n").count() > quotes.len(),
        "a row per quote plus the header"
    );
    let out = parallax(&[
        "export",
        "quotes",
        "--speaker",
        "stoltenberg",
        "--format",
        "csv",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines().skip(1).all(|l| l.contains("Jens Stoltenberg")),
        "{text}"
    );
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("t.md");
    let out = parallax(&["export", "timeline", "--out", file.to_str().unwrap()]);
    assert!(out.status.success() && out.stdout.is_empty());
    let md = std::fs::read_to_string(&file).unwrap();
    assert!(
        md.starts_with("# Timeline") && md.contains("| event | date | label |"),
        "{md}"
    );
    for what in [
        &["export", "matrix", "--format", "csv"][..],
        &["export", "people"],
        &[
            "export",
            "compare",
            "000_fc2525b00c8d14c7",
            "002_b326717bc6cac3f5",
        ],
    ] {
        let out = parallax(what);
        assert!(out.status.success() && out.stdout.len() > 100, "{what:?}");
    }
}

/// CSL-JSON (for Zotero and citation managers) of quotes and articles, TimelineJS JSON of
/// the timeline, and a clear refusal of a format the thing has no form in.
#[test]
fn exports_for_citation_managers_and_timeline_tools() {
    let items: Vec<serde_json::Value> = json(&["export", "articles", "--format", "csl-json"]);
    assert_eq!(items.len(), 5);
    for it in &items {
        assert_eq!(it["type"], "article-newspaper");
        assert!(it["title"].is_string() && it["container-title"].is_string());
        assert_eq!(it["issued"]["date-parts"][0].as_array().unwrap().len(), 3);
    }
    let quotes: Vec<serde_json::Value> = json(&[
        "export",
        "quotes",
        "--speaker",
        "Stoltenberg",
        "--format",
        "csl-json",
    ]);
    assert!(!quotes.is_empty());
    for q in &quotes {
        let note = q["note"].as_str().unwrap();
        assert!(note.starts_with("Jens Stoltenberg: \u{201c}"), "{note}");
    }
    let ids: std::collections::HashSet<&str> =
        quotes.iter().map(|q| q["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), quotes.len(), "every item has its own id");
    let tl: serde_json::Value = json(&["export", "timeline", "--format", "timelinejs"]);
    let events = tl["events"].as_array().unwrap();
    assert!(!events.is_empty());
    for e in events {
        assert!(e["start_date"]["year"].is_i64());
        assert!(e["text"]["text"].as_str().unwrap().starts_with("<p><b>"));
    }
    let out = parallax(&["export", "people", "--format", "timelinejs"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("timelinejs the timeline"));
}

#[test]
fn config_completions_and_manual() {
    let out = parallax(&["config", "--default"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("theme = \"dark\""));
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["config", "--path"])
        .env("PARALLAX_CONFIG", "/tmp/somewhere/config.toml")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "/tmp/somewhere/config.toml"
    );
    for shell in ["bash", "zsh", "fish"] {
        let out = parallax(&["completions", shell]);
        assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("parallax"));
    }
    let out = parallax(&["manpage"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with(".ie"));
}

#[test]
fn a_broken_config_warns_with_its_line_and_runs_on_defaults() {
    let d = tempfile::tempdir().unwrap();
    let cfg = d.path().join("config.toml");
    std::fs::write(&cfg, "theme = \"dark\"\ntheme = = 1\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(["articles", "--json"])
        .env("PARALLAX_CONFIG", &cfg)
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2") && err.contains("using the defaults"),
        "{err}"
    );
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct VoicesDoc {
    outlets: Vec<OutletVoices>,
    voices: Vec<Voice>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct OutletVoices {
    name: String,
    quotes: usize,
    kinds: std::collections::BTreeMap<String, usize>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Voice {
    name: String,
    kind: String,
    quotes: usize,
    outlets: std::collections::BTreeMap<String, usize>,
}

/// `voices`: each outlet's quotes by kind of source, an unnamed official counted as unnamed,
/// and every speaker's quotes per outlet.
#[test]
fn voices_count_who_each_outlet_quotes() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("a.txt"),
        "Outlet: Harbor Daily\nDate: 2024-03-04\n\n\"The port will reopen on Friday,\" Foreign \
         Minister Ana Ruiz said on Monday.\n\n\"Nobody has told us anything,\" said Tom Brandt, a \
         dock worker.\n\n\"The talks are stuck,\" a senior official said.",
    )
    .unwrap();
    std::fs::write(
        d.path().join("b.txt"),
        "Outlet: Quay Post\nDate: 2024-03-04\n\n\"We expect the port to reopen soon,\" Ruiz \
         said.\n\n\"The closure was necessary,\" the ministry said in a statement.",
    )
    .unwrap();
    let p = d.path().to_str().unwrap();
    let doc: VoicesDoc = json(&["--corpus", p, "voices", "--json"]);
    let outlet = |name: &str| doc.outlets.iter().find(|o| o.name == name).unwrap();
    let harbor = outlet("Harbor Daily");
    assert_eq!(harbor.quotes, 3);
    assert_eq!(harbor.kinds["official"], 1, "{harbor:?}");
    assert_eq!(harbor.kinds["person"], 1, "{harbor:?}");
    assert_eq!(harbor.kinds["unnamed"], 1, "{harbor:?}");
    let quay = outlet("Quay Post");
    assert_eq!(
        (quay.kinds["official"], quay.kinds["organisation"]),
        (1, 1),
        "{quay:?}"
    );
    let ruiz = doc.voices.iter().find(|v| v.name == "Ana Ruiz").unwrap();
    assert_eq!((ruiz.kind.as_str(), ruiz.quotes), ("official", 2));
    assert_eq!(ruiz.outlets.len(), 2, "one voice across both outlets");
    assert_eq!(doc.voices[0].name, "Ana Ruiz", "most quoted first");
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct SearchRow {
    kind: String,
    text: String,
    score: i64,
    indices: Vec<usize>,
    article: Option<String>,
    speaker: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
    outlets: usize,
}

/// Three outlets printing the same wire sentence and quote, one of them twice.
fn wire_corpus() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let story = "The ferry strike closed the northern harbour for a second day. \
        “We will not sail until the contract is signed,” said Ana Ruiz, a deckhand.";
    for (file, outlet, date) in [
        ("a.txt", "Harbor Daily", "2024-05-07"),
        ("b.txt", "Quay Post", "2024-05-07"),
        ("c.txt", "Coast Wire", "2024-05-08"),
        ("d.txt", "Coast Wire", "2024-05-08"),
    ] {
        let text = format!("Outlet: {outlet}\nDate: {date}\nTitle: {file}\n\n{story}");
        std::fs::write(d.path().join(file), text).unwrap();
    }
    std::fs::write(
        d.path().join("e.txt"),
        "Outlet: Quay Post\nDate: 2024-05-09\nTitle: e\n\nThe harbour reopened on Thursday.",
    )
    .unwrap();
    d
}

/// The search finds sentences of the text as a third kind of result, with their outlet and
/// date and the words matched; a sentence or quote several outlets print is one result that
/// counts them.
#[test]
fn search_json_gives_sentences_of_the_text_and_counts_outlets() {
    let d = wire_corpus();
    let p = d.path().to_str().unwrap();
    let rows: Vec<SearchRow> = json(&["--corpus", p, "search", "northern harb", "--json"]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    let row = &rows[0];
    assert_eq!(row.kind, "text");
    assert!(row.text.starts_with("The ferry strike closed"), "{row:?}");
    let marked: String = row
        .indices
        .iter()
        .map(|&i| row.text.chars().nth(i).unwrap())
        .collect();
    assert_eq!(marked, "northernharbour");
    assert_eq!(row.outlets, 3, "four copies in three outlets");
    assert!(row.outlet.is_some() && row.date.is_some() && row.article.is_some());
    assert_eq!(row.speaker, None);
    assert_eq!(row.score, 0);

    // Two sentences hold "harbour": the wire copy's and the Thursday one.
    let harbour: Vec<SearchRow> = json(&["--corpus", p, "search", "harbour", "--json"]);
    let texts: Vec<&str> = harbour
        .iter()
        .filter(|r| r.kind == "text")
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(texts.len(), 2, "{texts:?}");

    // The quote the four copies print is one row, by its speaker; `$` reads past its comma.
    let quotes: Vec<SearchRow> = json(&["--corpus", p, "search", "q:signed$", "--json"]);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0].kind, "quote");
    assert_eq!(quotes[0].outlets, 3);
    assert_eq!(quotes[0].speaker.as_deref(), Some("Ana Ruiz"));
    // Letters scattered over the sentence are no match there.
    let none: Vec<SearchRow> = json(&["--corpus", p, "search", "q:fsc", "--json"]);
    assert!(none.is_empty(), "{none:?}");
}
