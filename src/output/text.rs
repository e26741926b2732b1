//! The CLI's readable output: aligned tables for lists, and the timeline, comparisons and the
//! matrix as plain text.

mod table;
mod timeline;

use crate::analysis::Analysis;
use crate::corpus::{Corpus, Outlets};
use crate::output::json;
pub use table::Table;
pub use timeline::{heading, period, timeline};

/// The problems met while loading.
pub fn check(corpus: &Corpus) -> String {
    let mut out = format!(
        "{}: {} article(s), {} diagnostic(s)\n",
        corpus.name,
        corpus.articles.len(),
        corpus.diagnostics.len()
    );
    if !corpus.diagnostics.is_empty() {
        let mut t = Table::new(&["severity", "where", "problem"]).max_width(2, 100);
        for d in &corpus.diagnostics {
            let place = match d.line {
                Some(l) => format!("{}:{l}", d.path),
                None => d.path.clone(),
            };
            t.row(vec![
                format!("{:?}", d.severity).to_lowercase(),
                place,
                d.message.clone(),
            ]);
        }
        out.push_str(&t.render());
    }
    out
}

pub fn articles(corpus: &Corpus) -> String {
    let mut t = Table::new(&["id", "outlet", "date", "words", "title"]).max_width(4, 70);
    for a in &corpus.articles {
        t.row(vec![
            a.id.clone(),
            a.outlet.clone(),
            a.date_label(),
            a.words.to_string(),
            a.title.clone(),
        ]);
    }
    t.render()
}

pub fn people(corpus: &Corpus, a: &Analysis) -> String {
    let mut t = Table::new(&["name", "kind", "mentions", "articles", "roles", "aliases"])
        .max_width(4, 40)
        .max_width(5, 40);
    for p in json::people(corpus, a) {
        t.row(vec![
            p.name.to_string(),
            format!("{:?}", p.kind).to_lowercase(),
            p.mentions.to_string(),
            p.articles.len().to_string(),
            p.roles.join("; "),
            p.aliases.join("; "),
        ]);
    }
    t.render()
}

pub fn quotes(corpus: &Corpus, a: &Analysis) -> String {
    let mut t = Table::new(&["article", "speaker", "kind", "quote"]).max_width(3, 80);
    for q in json::quotes(corpus, a) {
        t.row(vec![
            q.article,
            q.speaker.unwrap_or_else(|| "—".into()),
            format!("{:?}", q.kind).to_lowercase(),
            q.text,
        ]);
    }
    t.render()
}

pub fn dates(corpus: &Corpus, a: &Analysis) -> String {
    let mut t = Table::new(&["article", "expression", "value", "granularity"]);
    for d in json::dates(corpus, a) {
        t.row(vec![
            d.article,
            d.text,
            d.value.unwrap_or_else(|| "unresolved".into()),
            d.granularity
                .map_or_else(|| "—".into(), |g| format!("{g:?}").to_lowercase()),
        ]);
    }
    t.render()
}

pub fn search(rows: &[json::Row]) -> String {
    let mut t =
        Table::new(&["kind", "score", "text", "speaker", "outlets", "article"]).max_width(2, 70);
    for r in rows {
        t.row(vec![
            format!("{:?}", r.kind).to_lowercase(),
            r.score.to_string(),
            r.text.to_string(),
            r.speaker.unwrap_or("").to_string(),
            match r.outlets {
                0 | 1 => r.outlet.unwrap_or("").to_string(),
                n => format!("{n} outlets"),
            },
            r.article.unwrap_or("").to_string(),
        ]);
    }
    t.render()
}

pub fn compare(doc: &json::CompareJson) -> String {
    let mut out = format!("{}  ⟷  {}\n\n", doc.left, doc.right);
    for p in &doc.pairs {
        let link = if p.crossing { "⤨" } else { "=" };
        out.push_str(&format!(
            "{link} {:.2}\n  L: {}\n  R: {}\n",
            p.similarity, p.left, p.right
        ));
    }
    for s in &doc.left_only {
        out.push_str(&format!("< only {}: {s}\n", doc.left));
    }
    for s in &doc.right_only {
        out.push_str(&format!("> only {}: {s}\n", doc.right));
    }
    out
}

pub fn variants(doc: &[json::VariantGroupJson]) -> String {
    let mut out = String::new();
    for g in doc {
        out.push_str(&format!(
            "{}\n",
            g.speaker.as_deref().unwrap_or("(unknown speaker)")
        ));
        for v in &g.variants {
            out.push_str(&format!("  {:<24} “{}”\n", v.article, v.text));
        }
        out.push('\n');
    }
    out
}

/// A matrix cell as text: `·` none of the outlet's articles covers the row, `■` one does,
/// else how many.
pub fn cell(articles: u32) -> String {
    match articles {
        0 => "·".into(),
        1 => "■".into(),
        n => n.to_string(),
    }
}

pub fn matrix(outlets: &Outlets, doc: &json::MatrixJson) -> String {
    let labels = outlets.labels(8);
    let mut header = vec!["kind", "row", "outlets"];
    header.extend(labels.iter().map(String::as_str));
    let mut t = Table::new(&header).max_width(1, 50);
    for r in &doc.rows {
        let mut cells = vec![
            format!("{:?}", r.kind).to_lowercase(),
            r.label.clone(),
            r.coverage().to_string(),
        ];
        cells.extend(r.cells.iter().map(|&c| cell(c)));
        t.row(cells);
    }
    t.render()
}

/// Each outlet's quotes by kind of source (counts and shares), then every voice's quotes per
/// outlet.
pub fn voices(outlets: &Outlets, doc: &json::VoicesJson) -> String {
    use crate::compare::voices::SourceKind;
    let mut header = vec!["outlet", "quotes"];
    header.extend(SourceKind::ALL.iter().map(|k| k.name()));
    let mut t = Table::new(&header).max_width(0, 30);
    for o in &doc.outlets {
        let mut cells = vec![o.name.clone(), o.quotes.to_string()];
        cells.extend(SourceKind::ALL.iter().map(|k| {
            let n = o.kinds.get(k.name()).copied().unwrap_or(0);
            match o.quotes {
                0 => "0".to_string(),
                q => format!("{n} ({}%)", n * 100 / q),
            }
        }));
        t.row(cells);
    }
    let labels = outlets.labels(8);
    let mut header = vec!["voice", "kind", "quotes"];
    header.extend(labels.iter().map(String::as_str));
    let mut v = Table::new(&header).max_width(0, 40);
    for voice in &doc.voices {
        let mut cells = vec![
            voice.name.clone(),
            voice.kind.name().to_string(),
            voice.quotes.to_string(),
        ];
        cells.extend(outlets.ids().map(|o| {
            let n = voice.outlets.get(outlets.name(o)).copied().unwrap_or(0);
            if n == 0 {
                "·".to_string()
            } else {
                n.to_string()
            }
        }));
        v.row(cells);
    }
    format!("{}\n{}", t.render(), v.render())
}
