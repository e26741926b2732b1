//! The per-article pass (run in parallel): credits, name candidates and quotes with
//! their raw cues, before anything is merged across the corpus.

use super::cues::{self, Cue, Para};
use super::names::{self, Cand};
use super::quotes::{self, Span};
use super::{credits, sentences, tokens};
use crate::corpus::{Article, Block};

/// Where a candidate stands.
#[derive(Clone, Copy, Debug)]
pub struct Place {
    /// Paragraph index in the article.
    #[allow(dead_code)]
    pub paragraph: usize,
    /// A caption paragraph, or a story paragraph that reads like one.
    pub caption: bool,
    pub in_quote: bool,
}

/// A quote with its raw cue, before speakers are resolved.
#[derive(Clone, Debug)]
pub struct RawQuote {
    pub span: Span,
    pub text: String,
    pub cue: Option<Cue>,
    /// Paragraph index in the article.
    pub paragraph: usize,
    /// The quote opens its paragraph.
    pub opens_paragraph: bool,
    /// Words of the sentence stand before the opening mark or after the closing one
    /// (other than a cue): the quote is part of the writer's sentence.
    pub embedded: bool,
}

/// Everything found in one article.
#[derive(Clone, Debug, Default)]
pub struct Scan {
    pub cands: Vec<Cand>,
    pub places: Vec<Place>,
    /// Photographers: name, start, end.
    pub credits: Vec<(String, usize, usize)>,
    pub quotes: Vec<RawQuote>,
}

/// A story paragraph that reads like a photo caption: a short present-tense line that
/// ends on a full date ("… in Moscow, March 20, 2023.").
pub fn looks_like_caption(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    let year_end = t.chars().rev().take(4).filter(char::is_ascii_digit).count() == 4;
    let has_month = t.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "January"
                | "February"
                | "March"
                | "April"
                | "May"
                | "June"
                | "July"
                | "August"
                | "September"
                | "October"
                | "November"
                | "December"
        )
    });
    year_end
        && has_month
        && !text.contains(['"', '“'])
        && sentences::split(text).len() <= 2
        && !text.contains(['"', '“'])
}

/// Scans one article.
pub fn article(a: &Article) -> Scan {
    let mut scan = Scan::default();
    let text = a.text.as_str();
    let story: Vec<(usize, usize, usize)> = a
        .paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.kind == Block::Story
                && p.end <= text.len()
                && text.is_char_boundary(p.start)
                && text.is_char_boundary(p.end)
        })
        .map(|(i, p)| (i, p.start, p.end))
        .collect();
    let ranges: Vec<(usize, usize)> = story.iter().map(|&(_, s, e)| (s, e)).collect();
    let spans = quotes::find(text, &ranges);
    for (pi, p) in a.paragraphs.iter().enumerate() {
        if !matches!(p.kind, Block::Story | Block::Caption)
            || p.end > text.len()
            || !text.is_char_boundary(p.start)
            || !text.is_char_boundary(p.end)
        {
            continue;
        }
        let ptext = &text[p.start..p.end];
        let found = credits::find(ptext, p.start);
        for c in &found {
            scan.credits.extend(c.names.iter().cloned());
        }
        let caption = p.kind == Block::Caption || looks_like_caption(ptext);
        let toks: Vec<tokens::Tok> = tokens::tokenize(ptext, p.start)
            .into_iter()
            .filter(|t| {
                !found
                    .iter()
                    .any(|c| c.span.0 <= t.start && t.start < c.span.1)
            })
            .collect();
        let sents: Vec<(usize, usize)> = sentences::split(ptext)
            .into_iter()
            .map(|(s, e)| (p.start + s, p.start + e))
            .collect();
        let starts: Vec<usize> = sents.iter().map(|s| s.0).collect();
        let quoted: Vec<bool> = toks
            .iter()
            .map(|t| spans.iter().any(|q| q.open <= t.start && t.start < q.close))
            .collect();
        let first = scan.cands.len();
        for c in names::candidates(
            text.get(p.start..p.end).unwrap_or(""),
            p.start,
            &toks,
            &starts,
        ) {
            let in_quote = quoted.get(c.first_tok).copied().unwrap_or(false);
            scan.places.push(Place {
                paragraph: pi,
                caption,
                in_quote,
            });
            scan.cands.push(c);
        }
        if p.kind != Block::Story {
            continue;
        }
        let cand_ids: Vec<usize> = (first..scan.cands.len()).collect();
        let para = Para {
            text: ptext,
            base: p.start,
            toks: &toks,
            quoted: &quoted,
            cands: &scan.cands,
            cand_ids: &cand_ids,
        };
        let sent_of = |pos: usize| -> (usize, usize) {
            let s = sents
                .iter()
                .rev()
                .find(|s| s.0 <= pos)
                .map_or((p.start, p.end), |s| *s);
            let a = toks
                .iter()
                .position(|t| t.start >= s.0)
                .unwrap_or(toks.len());
            let b = toks
                .iter()
                .position(|t| t.start >= s.1)
                .unwrap_or(toks.len());
            (a, b)
        };
        for q in spans.iter().filter(|q| p.start <= q.open && q.open < p.end) {
            let Some(open_tok) = toks.iter().position(|t| t.start == q.open) else {
                continue;
            };
            let sent = sent_of(q.open);
            // The closing side is in this paragraph unless the quote runs on.
            let raw_cue = if q.close <= p.end {
                let after = toks
                    .iter()
                    .position(|t| t.start >= q.close)
                    .unwrap_or(toks.len());
                let close_sent = sent_of(q.close.saturating_sub(1));
                cues::find(&para, open_tok, after, sent, close_sent.1)
            } else {
                cues::find(&para, open_tok, open_tok, sent, open_tok)
            };
            let before_words = (sent.0..open_tok).any(|k| toks[k].is_word() && !quoted[k]);
            scan.quotes.push(RawQuote {
                span: q.clone(),
                text: q.text(text),
                cue: raw_cue,
                paragraph: pi,
                opens_paragraph: text[p.start..q.open].trim().is_empty(),
                embedded: before_words,
            });
        }
        // Multi-paragraph quotes that close here get their after-cue from this paragraph.
        for rq in scan.quotes.iter_mut().filter(|rq| {
            rq.span.open < p.start
                && p.start <= rq.span.close
                && rq.span.close <= p.end
                && rq.cue.is_none()
        }) {
            let after = toks
                .iter()
                .position(|t| t.start >= rq.span.close)
                .unwrap_or(toks.len());
            let close_sent = sent_of(rq.span.close.saturating_sub(1));
            rq.cue = cues::find(&para, after, after, (after, after), close_sent.1);
        }
    }
    // A quote with no cue of its own takes the cue of the next quote in its sentence:
    // `"A…" can be found if "B…," he wrote`.
    for i in (0..scan.quotes.len().saturating_sub(1)).rev() {
        if scan.quotes[i].cue.is_none() && scan.quotes[i].paragraph == scan.quotes[i + 1].paragraph
        {
            let between = text
                .get(scan.quotes[i].span.close..scan.quotes[i + 1].span.open)
                .unwrap_or(".");
            if !between.contains(['.', '!', '?']) {
                scan.quotes[i].cue = scan.quotes[i + 1].cue.clone();
            }
        }
    }
    scan
}
