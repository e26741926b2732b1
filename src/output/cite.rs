//! Exports for the tools a newsroom or a researcher already uses: CSL-JSON (the citation
//! format Zotero, Mendeley and pandoc import) for articles and quotes, and TimelineJS's JSON
//! for the timeline. Corpus strings were cleaned when loaded; HTML that TimelineJS renders is
//! escaped here.

use serde::Serialize;

use crate::analysis::{Analysis, Granularity};
use crate::corpus::{Article, Corpus};
use crate::date::Date;
use crate::timeline::Timeline;

/// One CSL-JSON item: a newspaper article, or a quote cited from one (its `note`).
#[derive(Serialize)]
pub struct CslItem<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'a str,
    #[serde(rename = "container-title")]
    container: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<CslName<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<CslDate>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

/// A byline as written: CSL's `literal` keeps it whole rather than guess family and given
/// names.
#[derive(Serialize)]
struct CslName<'a> {
    literal: &'a str,
}

#[derive(Serialize)]
struct CslDate {
    #[serde(rename = "date-parts")]
    parts: [[i32; 3]; 1],
}

fn csl_article<'a>(a: &'a Article, id: String, note: Option<String>) -> CslItem<'a> {
    CslItem {
        id,
        kind: "article-newspaper",
        title: &a.title,
        container: &a.outlet,
        author: a.authors.iter().map(|n| CslName { literal: n }).collect(),
        issued: a.date.map(|d| CslDate {
            parts: [[d.year, i32::from(d.month), i32::from(d.day)]],
        }),
        url: a.url.as_deref(),
        note,
    }
}

/// Every article of the corpus as a CSL-JSON item.
pub fn csl_articles(corpus: &Corpus) -> Vec<CslItem<'_>> {
    corpus
        .articles
        .iter()
        .map(|a| csl_article(a, a.id.clone(), None))
        .collect()
}

/// Every quote (or one speaker's, as `export quotes --speaker` filters) as an item citing its
/// article, the quote and its speaker in the note.
pub fn csl_quotes<'a>(
    corpus: &'a Corpus,
    analysis: &'a Analysis,
    speaker: Option<&str>,
) -> Vec<CslItem<'a>> {
    let wanted = speaker.map(str::to_lowercase);
    let mut seen = vec![0usize; corpus.articles.len()];
    let mut items = Vec::new();
    for q in &analysis.quotes {
        if !analysis.spoken_by(q, wanted.as_deref()) {
            continue;
        }
        let who = analysis.speaker_name(q).unwrap_or("unattributed");
        let i = q.article.index();
        seen[i] += 1;
        let a = &corpus.articles[i];
        let note = format!("{who}: \u{201c}{}\u{201d}", q.text);
        items.push(csl_article(a, format!("{}-q{}", a.id, seen[i]), Some(note)));
    }
    items
}

/// A TimelineJS document: <https://timeline.knightlab.com/docs/json-format.html>.
#[derive(Serialize)]
pub struct TimelineJs {
    title: Slide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<TlDate>,
    text: TlText,
}

#[derive(Serialize)]
struct TlText {
    headline: String,
    text: String,
}

/// TimelineJS dates to the precision known: a month's event has no day, a year's no month.
#[derive(Serialize)]
struct TlDate {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u8>,
}

impl TlDate {
    fn of(d: Date, g: Granularity) -> TlDate {
        let (month, day) = match g {
            Granularity::Day | Granularity::Week => (Some(d.month), Some(d.day)),
            Granularity::Month | Granularity::Quarter | Granularity::Season => {
                (Some(d.month), None)
            }
            Granularity::Year => (None, None),
        };
        TlDate {
            year: d.year,
            month,
            day,
        }
    }
}

/// Text for TimelineJS, which renders its `text` fields as HTML.
fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The dated events of the timeline as TimelineJS slides, each with every source's sentence
/// and the outlets that date it otherwise; undated events have no place on its axis and are
/// counted on the title slide.
pub fn timelinejs(corpus: &Corpus, t: &Timeline) -> TimelineJs {
    let mut undated = 0;
    let mut events = Vec::new();
    for e in &t.events {
        let Some(date) = e.date else {
            undated += 1;
            continue;
        };
        let mut text = String::new();
        for s in &e.sources {
            let a = &corpus.articles[s.article];
            text.push_str(&format!(
                "<p><b>{}</b>: {}</p>",
                html(&a.outlet),
                html(s.text(corpus))
            ));
        }
        for c in &e.conflicts {
            let said = c.date.map(|d| d.iso()).unwrap_or_default();
            text.push_str(&format!(
                "<p>Disputed: {} dates it {}</p>",
                html(&corpus.articles[c.article].outlet),
                html(&said)
            ));
        }
        events.push(Slide {
            start_date: Some(TlDate::of(date.start, date.granularity)),
            text: TlText {
                headline: html(&e.label),
                text,
            },
        });
    }
    let note = match undated {
        0 => String::new(),
        n => format!("{n} undated events are not on this timeline."),
    };
    TimelineJs {
        title: Slide {
            start_date: None,
            text: TlText {
                headline: html(&corpus.name),
                text: html(&note),
            },
        },
        events,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timelinejs_text_is_escaped_html() {
        assert_eq!(
            html("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn a_months_event_has_no_day_and_a_years_no_month() {
        let d = Date::new(2024, 5, 7).unwrap();
        let json = |g| serde_json::to_string(&TlDate::of(d, g)).unwrap();
        assert_eq!(json(Granularity::Day), r#"{"year":2024,"month":5,"day":7}"#);
        assert_eq!(json(Granularity::Month), r#"{"year":2024,"month":5}"#);
        assert_eq!(json(Granularity::Year), r#"{"year":2024}"#);
    }
}
