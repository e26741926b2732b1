//! Tests of the loader: sections, comments, columns and tags, flags, errors, every asset.

use super::*;

const TEXT: &str = "\
# A header comment, then the first section.
[verbs]
said
reported | sourcing neutral   # a tag column
# a comment between entries

[phrases]
according to | sourcing
Boxing Day
";

fn parse(text: &'static str) -> Result<List, Error> {
    List::parse(
        "test.txt",
        text,
        &["verbs", "phrases", "empty"],
        &["sourcing", "neutral"],
    )
}

#[test]
fn reads_sections_entries_and_comments() {
    let l = parse(TEXT).unwrap();
    let keys = |s| l.section(s).iter().map(Entry::key).collect::<Vec<_>>();
    assert_eq!(keys("verbs"), ["said", "reported"]);
    assert_eq!(keys("phrases"), ["according to", "Boxing Day"]);
    assert!(l.section("empty").is_empty());
    assert_eq!(l.section("verbs")[1].line, 4);
    assert_eq!(l.section("verbs")[1].text, "reported | sourcing neutral");
    assert_eq!(l.entries().count(), 4);
}

#[test]
fn entries_have_columns_and_tags() {
    let l = List::parse("t.txt", "Boxing Day | 12-26 | fixed\nEaster", &[], &[]).unwrap();
    let e = l.section("")[0];
    assert_eq!(e.key(), "Boxing Day");
    assert_eq!(e.columns().collect::<Vec<_>>(), ["12-26", "fixed"]);
    let l = List::parse("t.txt", "Tuesday | Tue Tues\nMay", &[], &[]).unwrap();
    assert_eq!(
        l.section("")[0].forms().collect::<Vec<_>>(),
        ["Tue", "Tues"]
    );
    assert_eq!(l.section("")[1].forms().count(), 0);
    assert_eq!(e.column(1), Some("fixed"));
    assert_eq!(l.section("")[1].column(0), None);
    let l = parse(TEXT).unwrap();
    let reported = l.section("verbs")[1];
    assert!(l.has_tag(&reported, "sourcing") && l.has_tag(&reported, "neutral"));
    assert!(!l.has_tag(&l.section("verbs")[0], "sourcing"));
}

#[test]
fn flags_come_from_sections_and_tags() {
    let l = parse(TEXT).unwrap();
    let mut f = Flags::default();
    l.flags(&[("verbs", 1), ("sourcing", 2), ("neutral", 4)], &mut f);
    assert_eq!(f.get("said"), 1);
    assert_eq!(f.get("reported"), 1 | 2 | 4);
    // A section the caller gives no bit adds nothing; its tags still count.
    assert_eq!(f.get("according to"), 2);
    assert_eq!(f.get("boxing day"), 0);
    // Keys are lower-cased; bits from several lists add up.
    l.flags(&[("phrases", 8)], &mut f);
    assert_eq!(f.get("boxing day"), 8);
    assert_eq!(f.get("according to"), 2 | 8);
    assert_eq!(f.entry("said"), Some(("said", 1)));
    assert_eq!(f.len(), 4);
    f.add("Don't", 16);
    assert_eq!((f.get("don't"), f.get("don\u{2019}t")), (16, 16));
}

#[test]
fn unknown_sections_and_tags_are_errors_with_their_line() {
    let e = parse("[verbs]\nsaid\n[verbz]\ntold").unwrap_err();
    assert_eq!(e.problem, Problem::UnknownSection("verbz".into()));
    assert_eq!(e.to_string(), "test.txt:3: unknown section [verbz]");
    let e = parse("[verbs]\nsaid | neutrall").unwrap_err();
    assert_eq!(
        (e.line, e.problem),
        (2, Problem::UnknownTag("neutrall".into()))
    );
    // An entry before the first header of a sectioned file, a header in a plain one.
    assert_eq!(
        parse("said\n[verbs]").unwrap_err().problem,
        Problem::OutsideSection
    );
    let plain = List::parse("p.txt", "a\n[b]\n", &[], &[]).unwrap_err();
    assert_eq!(plain.problem, Problem::OutsideSection);
}

#[test]
#[should_panic(expected = "test.txt has no section [nouns]")]
fn asking_for_an_undeclared_section_panics() {
    parse(TEXT).unwrap().section("nouns");
}

#[test]
#[should_panic(expected = "has no section or tag")]
fn flagging_an_undeclared_name_panics() {
    parse(TEXT)
        .unwrap()
        .flags(&[("nouns", 1)], &mut Flags::default());
}

/// Every file of `assets/` parses: the panics of [`Source::list`] cannot happen.
#[test]
fn every_asset_file_parses() {
    for src in files::ALL {
        List::parse(src.path, src.text, src.sections, src.tags).unwrap();
        assert!(src.list().entries().count() > 0, "{} is empty", src.path);
    }
}
