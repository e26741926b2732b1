//! Export of the analysis as Markdown or CSV tables: the same rows whether asked for from the
//! CLI (`parallax export …`) or from the interface (`e`). CSV headers name their columns.

use crate::analysis::Analysis;
use crate::corpus::{Corpus, Outlets};
use crate::ids::EventId;
use crate::output::json;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Csv,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Csv => "csv",
        }
    }
}

/// A titled table of text cells.
pub struct Sheet {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Sheet {
    /// The rows at these indices, in this order: a table whose rows follow a list (articles,
    /// quotes) exported as a filtered, sorted view of that list shows it.
    pub fn pick(mut self, rows: impl IntoIterator<Item = usize>) -> Sheet {
        let mut all: Vec<Option<Vec<String>>> = self.rows.into_iter().map(Some).collect();
        self.rows = (rows.into_iter())
            .filter_map(|i| all.get_mut(i).and_then(Option::take))
            .collect();
        self
    }

    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Markdown => self.markdown(),
            Format::Csv => self.csv(),
        }
    }

    fn markdown(&self) -> String {
        let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
        let mut out = format!(
            "# {}\n\n| {} |\n|{}\n",
            self.title,
            self.header.join(" | "),
            "---|".repeat(self.header.len())
        );
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out
    }

    fn csv(&self) -> String {
        let mut out = String::new();
        let line = |cells: &mut dyn Iterator<Item = &str>| {
            cells.map(csv_field).collect::<Vec<_>>().join(",") + "\r\n"
        };
        out.push_str(&line(&mut self.header.iter().map(String::as_str)));
        for row in &self.rows {
            out.push_str(&line(&mut row.iter().map(String::as_str)));
        }
        out
    }
}

fn cols(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets do not
/// run corpus text as a formula.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub fn people(corpus: &Corpus, analysis: &Analysis) -> Sheet {
    Sheet {
        title: format!("People — {}", corpus.name),
        header: cols(&["name", "kind", "mentions", "articles", "roles", "aliases"]),
        rows: json::people(corpus, analysis)
            .into_iter()
            .map(|p| {
                vec![
                    p.name.to_string(),
                    format!("{:?}", p.kind).to_lowercase(),
                    p.mentions.to_string(),
                    p.articles.iter().collect::<Vec<_>>().join("; "),
                    p.roles.join("; "),
                    p.aliases.join("; "),
                ]
            })
            .collect(),
    }
}

/// All quotes, or those whose speaker's name contains `speaker` (case-insensitive).
pub fn quotes(corpus: &Corpus, analysis: &Analysis, speaker: Option<&str>) -> Sheet {
    let wanted = speaker.map(str::to_lowercase);
    Sheet {
        title: match speaker {
            Some(s) => format!("Quotes of {s} — {}", corpus.name),
            None => format!("Quotes — {}", corpus.name),
        },
        header: cols(&[
            "article", "outlet", "date", "speaker", "kind", "quote", "url",
        ]),
        rows: json::quotes(corpus, analysis)
            .into_iter()
            .zip(&analysis.quotes)
            .filter(|(_, q)| analysis.spoken_by(q, wanted.as_deref()))
            .map(|(q, raw)| {
                let a = &corpus.articles[raw.article];
                vec![
                    q.article,
                    a.outlet.clone(),
                    a.date_label(),
                    q.speaker.unwrap_or_default(),
                    format!("{:?}", q.kind).to_lowercase(),
                    q.text,
                    a.url.clone().unwrap_or_default(),
                ]
            })
            .collect(),
    }
}

pub fn articles(corpus: &Corpus) -> Sheet {
    Sheet {
        title: format!("Articles — {}", corpus.name),
        header: cols(&["id", "outlet", "date", "words", "title", "url"]),
        rows: corpus
            .articles
            .iter()
            .map(|a| {
                vec![
                    a.id.clone(),
                    a.outlet.clone(),
                    a.date_label(),
                    a.words.to_string(),
                    a.title.clone(),
                    a.url.clone().unwrap_or_default(),
                ]
            })
            .collect(),
    }
}

/// The timeline: one row per source sentence of each event, in date order.
pub fn timeline(corpus: &Corpus, t: &crate::timeline::Timeline) -> Sheet {
    timeline_of(corpus, t, EventId::all(t.events.len()))
}

/// [`timeline`] for these events, in this order (a filtered, sorted view of it); each keeps
/// its number in the whole timeline.
pub fn timeline_of(
    corpus: &Corpus,
    t: &crate::timeline::Timeline,
    events: impl IntoIterator<Item = EventId>,
) -> Sheet {
    let mut rows = Vec::new();
    for (i, e) in events
        .into_iter()
        .map(|e| (e.index(), &t.events[e.index()]))
    {
        let date = e.date.map(|d| d.iso()).unwrap_or_default();
        let disputed: Vec<String> = e
            .conflicts
            .iter()
            .map(|c| {
                format!(
                    "{} says {}",
                    corpus.articles[c.article].outlet,
                    c.date.map(|d| d.iso()).unwrap_or_default()
                )
            })
            .collect();
        for s in &e.sources {
            let a = &corpus.articles[s.article];
            rows.push(vec![
                (i + 1).to_string(),
                date.clone(),
                e.label.clone(),
                a.outlet.clone(),
                s.expression(corpus).unwrap_or_default().to_string(),
                s.text(corpus).to_string(),
                disputed.join("; "),
            ]);
        }
    }
    Sheet {
        title: format!("Timeline — {}", corpus.name),
        header: cols(&[
            "event",
            "date",
            "label",
            "outlet",
            "expression",
            "sentence",
            "conflicts",
        ]),
        rows,
    }
}

/// Search results, best first.
pub fn search(story: &crate::story::Story, hits: &[crate::search::Hit], query: &str) -> Sheet {
    let rows = json::rows(
        &story.corpus,
        story.analysis(),
        story.index(),
        (query, hits),
    );
    Sheet {
        title: format!("Search: {query}"),
        header: cols(&[
            "kind", "score", "text", "speaker", "outlet", "outlets", "article",
        ]),
        rows: rows
            .into_iter()
            .map(|r| {
                vec![
                    format!("{:?}", r.kind).to_lowercase(),
                    r.score.to_string(),
                    r.text.to_string(),
                    r.speaker.unwrap_or("").to_string(),
                    r.outlet.unwrap_or("").to_string(),
                    r.outlets.to_string(),
                    r.article.unwrap_or("").to_string(),
                ]
            })
            .collect(),
    }
}

/// Two articles side by side: one row per aligned pair or one-sided sentence.
pub fn compare(doc: &json::CompareJson) -> Sheet {
    let mut rows: Vec<Vec<String>> = doc
        .pairs
        .iter()
        .map(|p| {
            vec![
                format!("{:.3}", p.similarity),
                p.left.clone(),
                p.right.clone(),
            ]
        })
        .collect();
    rows.extend(
        doc.left_only
            .iter()
            .map(|l| vec!["left only".into(), l.clone(), String::new()]),
    );
    rows.extend(
        doc.right_only
            .iter()
            .map(|r| vec!["right only".into(), String::new(), r.clone()]),
    );
    Sheet {
        title: format!("{} compared with {}", doc.left, doc.right),
        header: cols(&["similarity", "left", "right"]),
        rows,
    }
}

/// The same statement in several outlets' words: one row per wording.
pub fn variants(groups: &[json::VariantGroupJson]) -> Sheet {
    Sheet {
        title: "Quote variants".into(),
        header: cols(&["group", "speaker", "article", "quote"]),
        rows: groups
            .iter()
            .enumerate()
            .flat_map(|(g, group)| {
                group.variants.iter().map(move |v| {
                    vec![
                        (g + 1).to_string(),
                        group.speaker.clone().unwrap_or_default(),
                        v.article.clone(),
                        v.text.clone(),
                    ]
                })
            })
            .collect(),
    }
}

/// The coverage matrix: a column per source (by outlet and id), "yes" where it covers the row.
/// The coverage matrix: a column per outlet, how many of its articles cover the row.
pub fn matrix(corpus: &Corpus, outlets: &Outlets, m: &crate::compare::Matrix) -> Sheet {
    let doc = json::matrix(outlets, m);
    let mut header = cols(&["kind", "row", "outlets", "articles"]);
    header.extend(doc.outlets.iter().map(|o| o.name.clone()));
    Sheet {
        title: format!("Coverage — {}", corpus.name),
        header,
        rows: doc
            .rows
            .iter()
            .map(|r| {
                let mut cells = vec![
                    format!("{:?}", r.kind).to_lowercase(),
                    r.label.clone(),
                    r.coverage().to_string(),
                    r.articles.to_string(),
                ];
                cells.extend(r.cells.iter().map(|&c| c.to_string()));
                cells
            })
            .collect(),
    }
}

pub fn bookmarks(corpus: &Corpus, shelf: &crate::store::Shelf) -> Sheet {
    let outlet = |id: &str| {
        corpus
            .find(id)
            .map_or_else(String::new, |i| corpus.articles[i].outlet.clone())
    };
    let mut rows: Vec<Vec<String>> = shelf
        .bookmarks
        .iter()
        .map(|b| {
            vec![
                format!("{:?}", b.kind).to_lowercase(),
                b.article.clone(),
                outlet(&b.article),
                b.label.clone(),
            ]
        })
        .collect();
    rows.extend(
        shelf
            .notes
            .iter()
            .map(|(id, note)| vec!["note".into(), id.clone(), outlet(id), note.clone()]),
    );
    Sheet {
        title: format!("Bookmarks and notes — {}", corpus.name),
        header: cols(&["kind", "article", "outlet", "text"]),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        Sheet {
            title: "T".into(),
            header: cols(&["speaker", "quote"]),
            rows: vec![
                vec!["Ana Ruiz".into(), "We will \"win\", she said".into()],
                vec!["=cmd".into(), "a|b\nc".into()],
            ],
        }
    }

    #[test]
    fn csv_quotes_fields_and_defuses_formulas() {
        assert_eq!(
            sheet().render(Format::Csv),
            "speaker,quote\r\nAna Ruiz,\"We will \"\"win\"\", she said\"\r\n'=cmd,\"a|b\nc\"\r\n"
        );
    }

    #[test]
    fn markdown_escapes_pipes_and_newlines() {
        let md = sheet().render(Format::Markdown);
        assert!(
            md.starts_with("# T\n\n| speaker | quote |\n|---|---|\n"),
            "{md}"
        );
        assert!(md.ends_with("| =cmd | a\\|b c |\n"), "{md}");
    }
}
