//! The CLI's JSON shapes for `compare`, `variants` and `matrix`: articles by id, sentences and
//! quotes as text. They derive `Deserialize` too, so tests can decode the output back.

use crate::analysis::Analysis;
use crate::compare::{
    Idf, Matrix, MatrixRow, Row, VariantGroup, align_articles, article_sentences,
};
use crate::corpus::{Corpus, Outlets};
use crate::ids::ArticleId;
use serde::{Deserialize, Serialize};

/// `parallax compare A B --json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareJson {
    /// Article ids.
    pub left: String,
    pub right: String,
    /// In display order.
    pub pairs: Vec<PairJson>,
    pub left_only: Vec<String>,
    pub right_only: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PairJson {
    /// Sentence texts.
    pub left: String,
    pub right: String,
    /// Cosine similarity, three decimals.
    pub similarity: f32,
    /// Paired out of order.
    pub crossing: bool,
}

/// The comparison of articles `left` and `right`; `None` if either index is out of range.
pub fn compare(
    corpus: &Corpus,
    analysis: &Analysis,
    left: ArticleId,
    right: ArticleId,
    idf: Option<&Idf>,
) -> Option<CompareJson> {
    let alignment = align_articles(corpus, analysis, left, right, idf)?;
    let a = article_sentences(corpus, analysis, left)?;
    let b = article_sentences(corpus, analysis, right)?;
    let text = |side: &[&str], i: usize| {
        side.get(i)
            .map_or_else(String::new, |s| s.trim().to_string())
    };
    let mut out = CompareJson {
        left: corpus.articles[left].id.clone(),
        right: corpus.articles[right].id.clone(),
        pairs: Vec::new(),
        left_only: Vec::new(),
        right_only: Vec::new(),
    };
    for row in &alignment.rows {
        match *row {
            Row::Pair(p) => out.pairs.push(PairJson {
                left: text(&a, p.left),
                right: text(&b, p.right),
                similarity: (p.similarity * 1000.0).round() / 1000.0,
                crossing: p.crossing,
            }),
            Row::LeftOnly(i) => out.left_only.push(text(&a, i)),
            Row::RightOnly(j) => out.right_only.push(text(&b, j)),
        }
    }
    Some(out)
}

/// One element of `parallax variants --json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VariantGroupJson {
    pub speaker: Option<String>,
    pub variants: Vec<VariantJson>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VariantJson {
    /// Article id.
    pub article: String,
    pub text: String,
}

pub fn variants(
    corpus: &Corpus,
    analysis: &Analysis,
    groups: &[VariantGroup],
) -> Vec<VariantGroupJson> {
    groups
        .iter()
        .map(|g| VariantGroupJson {
            speaker: g.speaker_name.clone(),
            variants: g
                .variants
                .iter()
                .filter_map(|v| {
                    Some(VariantJson {
                        article: corpus.get(v.article)?.id.clone(),
                        text: analysis.quotes.get(v.quote.index())?.text.clone(),
                    })
                })
                .collect(),
        })
        .collect()
}

/// `parallax matrix --json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MatrixJson {
    /// The outlets, one a column.
    pub outlets: Vec<OutletJson>,
    pub rows: Vec<MatrixRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutletJson {
    pub name: String,
    /// How many articles of the corpus it has.
    pub articles: usize,
}

/// The matrix `m` with its columns named by outlet.
pub fn matrix(outlets: &Outlets, m: &Matrix) -> MatrixJson {
    let counts = outlets.article_counts();
    MatrixJson {
        outlets: m
            .outlets
            .iter()
            .map(|&o| OutletJson {
                name: outlets.name(o).to_string(),
                articles: counts.get(o.index()).copied().unwrap_or(0),
            })
            .collect(),
        rows: m.rows.clone(),
    }
}

/// Who is quoted, by whom: each outlet's quotes by kind of source, and every voice's quotes
/// per outlet (outlets by name; an outlet that never quotes a voice is left out of its map).
#[derive(Serialize)]
pub struct VoicesJson {
    pub outlets: Vec<OutletVoicesJson>,
    pub voices: Vec<VoiceJson>,
}

#[derive(Serialize)]
pub struct OutletVoicesJson {
    pub name: String,
    pub quotes: usize,
    /// Quotes by kind of source: person, official, unnamed, organisation, unattributed.
    pub kinds: std::collections::BTreeMap<&'static str, usize>,
}

#[derive(Serialize)]
pub struct VoiceJson {
    pub name: String,
    pub kind: crate::compare::voices::SourceKind,
    pub quotes: usize,
    pub outlets: std::collections::BTreeMap<String, usize>,
}

pub fn voices(outlets: &Outlets, v: &crate::compare::voices::Voices) -> VoicesJson {
    use crate::compare::voices::SourceKind;
    VoicesJson {
        outlets: (outlets.ids())
            .map(|o| {
                let kinds = &v.kinds_by_outlet[o.index()];
                OutletVoicesJson {
                    name: outlets.name(o).to_string(),
                    quotes: kinds.iter().sum(),
                    kinds: (SourceKind::ALL.iter().zip(kinds))
                        .map(|(k, &n)| (k.name(), n))
                        .collect(),
                }
            })
            .collect(),
        voices: (v.voices.iter())
            .map(|voice| VoiceJson {
                name: voice.name.clone(),
                kind: voice.kind,
                quotes: voice.quotes,
                outlets: (outlets.ids())
                    .filter(|o| voice.by_outlet[o.index()] > 0)
                    .map(|o| (outlets.name(o).to_string(), voice.by_outlet[o.index()]))
                    .collect(),
            })
            .collect(),
    }
}
