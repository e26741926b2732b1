//! Building an [`Article`] from a format's parts: cleaning its fields, laying out its paragraphs,
//! deriving what is missing (title, outlet) and collecting diagnostics on the way.

use super::blocks::layout;
use super::formats::{Meta, read_date};
use super::load::warning;
use super::spaces::count_words;
use super::{Article, Block, Corpus, Diagnostic, clean};
use crate::date::Date;
use std::collections::HashMap;

/// Articles and diagnostics gathered while loading, merged in input order.
#[derive(Default)]
pub struct Sink {
    articles: Vec<Article>,
    /// Where each article came from (path, line), for the diagnostic of a duplicate id.
    origins: Vec<(String, Option<usize>)>,
    diagnostics: Vec<Diagnostic>,
}

impl Sink {
    pub fn diag(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty() && self.diagnostics.is_empty()
    }

    pub fn extend(&mut self, other: Sink) {
        self.articles.extend(other.articles);
        self.origins.extend(other.origins);
        self.diagnostics.extend(other.diagnostics);
    }

    /// Moves everything into `corpus`, making article ids unique (`id`, `id-2`, …) with a warning.
    pub fn finish_into(self, corpus: &mut Corpus) {
        let mut taken: HashMap<String, usize> = HashMap::new();
        for (mut article, (path, line)) in self.articles.into_iter().zip(self.origins) {
            let n = taken.entry(article.id.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                let mut k = *n;
                let mut id = format!("{}-{k}", article.id);
                while taken.contains_key(&id) {
                    k += 1;
                    id = format!("{}-{k}", article.id);
                }
                corpus.diagnostics.push(warning(
                    &path,
                    line,
                    format!(
                        "duplicate article id \"{}\"; renamed to \"{id}\"",
                        article.id
                    ),
                ));
                taken.insert(id.clone(), 1);
                article.id = id;
            }
            corpus.articles.push(article);
        }
        corpus.diagnostics.extend(self.diagnostics);
    }
}

/// The parts of one article as a format gives them.
pub struct ArticleBuilder<'a> {
    pub id: String,
    pub meta: Meta,
    /// Already sanitised body text.
    pub body: &'a str,
    /// For diagnostics.
    pub path: &'a str,
    pub line: Option<usize>,
}

impl ArticleBuilder<'_> {
    pub fn build(self, sink: &mut Sink) {
        let Self {
            id,
            meta,
            body,
            path,
            line,
        } = self;
        let laid = layout(body);
        if laid.paragraphs.is_empty() {
            sink.diag(super::load::error(path, line, "no text; skipped".into()));
            return;
        }
        let date = meta.date.as_deref().and_then(|raw| {
            let (parsed, odd) = read_date(raw);
            let shown = || clean::sanitize_line(raw);
            match (parsed, odd) {
                (None, _) if !raw.trim().is_empty() => {
                    let why = odd.map_or_else(String::new, |w| format!(" ({w})"));
                    sink.diag(warning(
                        path,
                        line,
                        format!("unrecognised date \"{}\"{why}; date unknown", shown()),
                    ));
                }
                (Some(d), Some(why)) => sink.diag(warning(
                    path,
                    line,
                    format!("date \"{}\": {why}; read as {d}", shown()),
                )),
                (Some(d), None) if d > today() => sink.diag(warning(
                    path,
                    line,
                    format!("date {d} is in the future; kept as given"),
                )),
                _ => {}
            }
            parsed
        });
        // An undated article dates itself where news does: "Published … May 7, 2024", a
        // dateline with its year. Read, not given: said so.
        let given = date.is_some();
        let date = date.or_else(|| {
            let (d, from) = super::published::from_text(&laid.text, &laid.paragraphs)?;
            sink.diag(warning(
                path,
                line,
                format!(
                    "no date given; publication date {d} inferred from \"{}\"",
                    clean::sanitize_line(from)
                ),
            ));
            Some(d)
        });
        let url = meta
            .url
            .as_deref()
            .map(clean::sanitize_line)
            .filter(|u| !u.is_empty());
        let outlet = meta
            .outlet
            .as_deref()
            .map(clean::sanitize_line)
            .filter(|o| !o.is_empty())
            .or_else(|| url.as_deref().and_then(host))
            .unwrap_or_else(|| "unknown".into());
        let title = meta
            .title
            .as_deref()
            .map(clean::sanitize_line)
            .filter(|t| !t.is_empty())
            .or(laid.headline.clone())
            .unwrap_or_else(|| first_sentence(&laid.text, &laid.paragraphs));
        let words = laid
            .paragraphs
            .iter()
            .filter(|p| p.kind == Block::Story)
            .map(|p| count_words(&laid.text[p.span.start()..p.span.end()]))
            .sum();
        sink.origins.push((path.to_string(), line));
        sink.articles.push(Article {
            id,
            outlet,
            title,
            date_inferred: !given && date.is_some(),
            date,
            url,
            authors: meta
                .authors
                .list()
                .iter()
                .map(|a| clean::sanitize_line(a))
                .collect(),
            text: laid.text,
            paragraphs: laid.paragraphs,
            words,
        });
    }
}

/// "https://www.example.com/x" → "example.com": a fair outlet name when none is given.
fn host(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

/// The story's first sentence, shortened at a word boundary, as a stand-in title.
pub(crate) fn first_sentence(text: &str, paragraphs: &[super::Paragraph]) -> String {
    let p = paragraphs
        .iter()
        .find(|p| p.kind == Block::Story)
        .unwrap_or(&paragraphs[0]);
    let para = strip_dateline(&text[p.span.start()..p.span.end()]);
    let sentence = para.find(". ").map_or(para, |i| &para[..=i]);
    const MAX: usize = 90;
    if sentence.chars().count() <= MAX {
        return sentence.to_string();
    }
    let mut out = String::new();
    for word in sentence.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > MAX {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// Drops a wire dateline ("MOSCOW (Reuters) -", "March 21 (UPI) --", "(CNN)") from the start of
/// a paragraph: it says where the copy came from, not what happened.
pub fn strip_dateline(para: &str) -> &str {
    let head = &para[..floor_boundary(para, 80)];
    let Some(open) = head.find('(') else {
        return para;
    };
    let Some(close) = head[open..].find(')').map(|c| open + c) else {
        return para;
    };
    let agency = &head[open + 1..close];
    let is_agency = !agency.is_empty()
        && agency.len() <= 20
        && agency.starts_with(|c: char| c.is_uppercase())
        && !agency.contains(' ');
    let before_words = head[..open].split_whitespace().count();
    if !is_agency || before_words > 5 {
        return para;
    }
    para[close + 1..].trim_start_matches([' ', '-', '\u{2013}', '\u{2014}'])
}

/// The largest char boundary at or below `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Today's date (UTC), to flag publication dates in the future.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_dropped() {
        assert_eq!(
            strip_dateline("LYON (Harbor) - Dockers struck."),
            "Dockers struck."
        );
        assert_eq!(
            strip_dateline("June 3 (AFP) -- Dockers struck."),
            "Dockers struck."
        );
        assert_eq!(strip_dateline("(XYZ) Dockers struck."), "Dockers struck.");
        let kept = "The union (which has 4,000 members) struck.";
        assert_eq!(strip_dateline(kept), kept);
        assert_eq!(strip_dateline("\u{e9}".repeat(50).as_str()).len(), 100);
    }

    #[test]
    fn an_undated_article_takes_its_date_from_its_text_with_a_warning() {
        use crate::corpus::{FileFormat, load_bytes};
        let body =
            "Title: Ferry\n\nUpdated 10:05 a.m. ET June 2, 2025\n\nThe ferry sank on Monday.";
        let corpus = load_bytes(FileFormat::Text, "f.txt", body.as_bytes());
        assert_eq!(corpus.articles[0].date, Date::new(2025, 6, 2));
        assert!(
            corpus.diagnostics[0].message.contains("inferred"),
            "{:?}",
            corpus.diagnostics
        );
        // A date given is kept, whatever the text says.
        let dated = format!("Date: 2025-06-03\n{body}");
        let corpus = load_bytes(FileFormat::Text, "f.txt", dated.as_bytes());
        assert_eq!(corpus.articles[0].date, Date::new(2025, 6, 3));
        assert!(corpus.diagnostics.is_empty());
    }

    #[test]
    fn a_dateline_alone_is_the_story_s_first_words() {
        use crate::corpus::{Block, blocks::layout};
        let laid = layout("BODO, March 4 (Nordpress) --\n\nThe ferry sank on Tuesday.");
        assert_eq!(laid.paragraphs[0].kind, Block::Story);
    }

    #[test]
    fn outlet_from_url_host() {
        assert_eq!(
            host("https://www.harbor.example/a/b").as_deref(),
            Some("harbor.example")
        );
        assert_eq!(host("not a url"), None);
    }
}
