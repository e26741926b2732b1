//! The synthetic corpus generator: determinism, the JSONL contract, the length of articles, and
//! the news conventions and furniture the analysis must meet in it (counted over a sample, never
//! matched against exact sentences).

use parallax::date::Date;
use parallax_gen::{GenStats, generate};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const N: usize = 200;

/// One sample shared by the tests (generation is the slow part in debug builds).
fn sample() -> &'static (Vec<u8>, GenStats) {
    static SAMPLE: OnceLock<(Vec<u8>, GenStats)> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let mut out = Vec::new();
        let stats = generate(N, 2023, &mut out).expect("writing to a Vec cannot fail");
        (out, stats)
    })
}

struct Article {
    outlet: String,
    title: String,
    date: Option<String>,
    url: String,
    text: String,
}

fn articles() -> Vec<Article> {
    let text = std::str::from_utf8(&sample().0).expect("UTF-8");
    text.lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("every line is JSON");
            let obj = v.as_object().expect("an object");
            let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
            keys.sort_unstable();
            assert_eq!(keys, ["date", "id", "outlet", "text", "title", "url"]);
            let s = |k: &str| obj[k].as_str().expect("a string field").to_string();
            Article {
                outlet: s("outlet"),
                title: s("title"),
                date: obj["date"].as_str().map(str::to_string),
                url: s("url"),
                text: s("text"),
            }
        })
        .collect()
}

/// Share of the sample's articles whose text satisfies `f`.
fn share(f: impl Fn(&str) -> bool) -> f64 {
    let all = articles();
    all.iter().filter(|a| f(&a.text)).count() as f64 / all.len() as f64
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_others() {
    let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
    generate(40, 99, &mut a).unwrap();
    generate(40, 99, &mut b).unwrap();
    generate(40, 100, &mut c).unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
    // Article i does not depend on how many come after it.
    let mut d = Vec::new();
    generate(10, 99, &mut d).unwrap();
    assert!(a.starts_with(&d));
}

#[test]
fn stats_match_the_output() {
    let (bytes, stats) = sample();
    assert_eq!(stats.articles, N);
    assert_eq!(stats.bytes, bytes.len());
    assert_eq!(bytes.iter().filter(|&&b| b == b'\n').count(), N);
    assert!(stats.quotes > N * 5, "{stats:?}");
    assert!((300..=3000).contains(&stats.people), "{stats:?}");
}

#[test]
fn every_line_is_a_complete_article_with_a_valid_date() {
    let all = articles();
    assert_eq!(all.len(), N);
    let mut dated = 0;
    for a in &all {
        assert!(!a.outlet.is_empty() && !a.title.is_empty() && !a.text.is_empty());
        assert!(a.url.starts_with("https://"), "{}", a.url);
        if let Some(d) = &a.date {
            let b = d.as_bytes();
            let shape =
                b.len() == 10 || (b.len() == 20 && b[10] == b'T' && b[13] == b':' && b[19] == b'Z');
            assert!(shape && Date::parse_iso(d).is_some(), "bad date {d}");
            dated += 1;
        }
    }
    assert!(
        dated < N && dated > N * 9 / 10,
        "a few articles have no date: {dated}"
    );
    assert!(
        all.iter()
            .any(|a| a.date.as_ref().is_some_and(|d| d.contains('T')))
    );
    let ids: HashSet<&str> = all.iter().map(|a| a.url.as_str()).collect();
    assert_eq!(ids.len(), N, "URLs are unique");
}

#[test]
fn text_has_no_control_characters_and_clean_paragraphs() {
    for a in articles() {
        assert!(!a.title.chars().any(char::is_control), "{}", a.title);
        assert!(!a.text.chars().any(|c| c.is_control() && c != '\n'));
        for p in a.text.split("\n\n") {
            assert!(
                !p.is_empty() && !p.contains('\n'),
                "paragraphs are separated by one blank line"
            );
            assert_eq!(p, p.trim());
            assert!(!p.contains("  ") && !p.contains(" ,"), "{p}");
        }
    }
}

#[test]
fn articles_average_about_seven_hundred_words() {
    let all = articles();
    let words: usize = all.iter().map(|a| a.text.split_whitespace().count()).sum();
    let mean = words / all.len();
    assert!((600..=800).contains(&mean), "mean {mean} words");
    assert!(all.iter().any(|a| a.text.split_whitespace().count() < 550));
    assert!(all.iter().any(|a| a.text.split_whitespace().count() > 850));
}

#[test]
fn coverage_spreads_over_outlets_days_and_recurring_people() {
    let all = articles();
    let outlets: HashSet<&str> = all.iter().map(|a| a.outlet.as_str()).collect();
    assert!(outlets.len() >= 30, "{} outlets", outlets.len());
    let days: Vec<i64> = all
        .iter()
        .filter_map(|a| a.date.as_deref())
        .filter_map(Date::parse_iso)
        .map(|d| d.days())
        .collect();
    let span = days.iter().max().unwrap() - days.iter().min().unwrap();
    assert!(span > 60, "dates span {span} days");
    // Recurring people: some capitalised two-word names occur in many articles of many outlets.
    let mut outlets_by_name: HashMap<String, HashSet<&str>> = HashMap::new();
    for a in &all {
        let words: Vec<&str> = a.text.split_whitespace().collect();
        for w in words.windows(2) {
            let name = |s: &str| {
                s.len() > 2
                    && s.starts_with(|c: char| c.is_ascii_uppercase())
                    && s.chars().skip(1).all(|c| c.is_ascii_lowercase())
            };
            if name(w[0]) && name(w[1].trim_end_matches([',', '.'])) {
                let key = format!("{} {}", w[0], w[1].trim_end_matches([',', '.']));
                outlets_by_name
                    .entry(key)
                    .or_default()
                    .insert(a.outlet.as_str());
            }
        }
    }
    let recurring = outlets_by_name.values().filter(|o| o.len() >= 5).count();
    assert!(
        recurring >= 20,
        "{recurring} names reported by five outlets or more"
    );
}

#[test]
fn quotes_come_in_both_mark_styles_with_varied_attribution() {
    assert!(share(|t| t.contains('\u{201C}') && t.contains('\u{201D}')) > 0.3);
    assert!(share(|t| t.matches('"').count() >= 4 && !t.contains('\u{201C}')) > 0.3);
    // Cue after the quote, cue before, "according to", a pronoun follow-up, a split quote.
    assert!(share(|t| t.contains(",\" ") || t.contains(",\u{201D} ")) > 0.9);
    assert!(share(|t| t.contains("said: ") || t.contains("said, ")) > 0.4);
    assert!(share(|t| t.contains("ccording to ")) > 0.5);
    assert!(share(|t| t.contains("he added") || t.contains("she added")) > 0.4);
    assert!(share(|t| t.contains("said. \"") || t.contains("said. \u{201C}")) > 0.5);
}

#[test]
fn dates_are_written_as_weekdays_and_calendar_dates() {
    let weekdays = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    assert!(share(|t| weekdays.iter().filter(|w| t.contains(*w)).count() >= 2) > 0.9);
    let months = [
        "January", "February", "March", "April", "May", "June", "July",
    ];
    // "March 20" or "20 March".
    let calendar = |t: &str| {
        months.iter().any(|m| {
            t.match_indices(m).any(|(i, _)| {
                let digit = |c: char| c.is_ascii_digit();
                let after = t[i + m.len()..]
                    .strip_prefix(' ')
                    .is_some_and(|r| r.starts_with(digit));
                let before = t[..i].strip_suffix(' ').is_some_and(|r| r.ends_with(digit));
                after || before
            })
        })
    };
    assert!(share(calendar) > 0.6);
    assert!(share(|t| t.contains(" will ")) > 0.6, "future tense");
    assert!(
        share(|t| t.contains("last week") || t.contains("next week") || t.contains("this month"))
            > 0.3
    );
}

#[test]
fn captions_credits_and_boilerplate_are_mixed_in() {
    let credit = |t: &str| {
        t.contains("Photo by ")
            || t.contains("via REUTERS")
            || t.contains("Credit: ")
            || t.contains("(Photo: ")
            || t.contains("via Getty Images")
    };
    assert!(share(credit) > 0.3);
    assert!(share(|t| t.lines().any(|l| l.starts_with("TOPSHOT - "))) > 0.1);
    assert!(share(|t| t.contains("Advertisement")) > 0.2);
    assert!(
        share(|t| t.contains("ights reserved") || t.contains("Copyright") || t.contains("(c) "))
            > 0.35
    );
    assert!(
        share(|t| t.contains("Read more")
            || t.contains("Check Also")
            || t.contains("Related:")
            || t.contains("ALSO READ"))
            > 0.1
    );
}

#[test]
fn sentences_vary() {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let all = articles();
    let mut total = 0;
    for a in &all {
        for s in a
            .text
            .split(". ")
            .filter(|s| s.split_whitespace().count() > 4)
        {
            *counts.entry(s).or_default() += 1;
            total += 1;
        }
    }
    let distinct = counts.len() as f64 / total as f64;
    assert!(
        distinct > 0.8,
        "only {:.0}% of sentences are distinct",
        distinct * 100.0
    );
    let most = counts.values().max().copied().unwrap_or(0);
    assert!(
        most * 100 < total,
        "one sentence makes up {most} of {total}"
    );
}
