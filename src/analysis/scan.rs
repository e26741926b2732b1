//! The per-article pass (run in parallel): credits, name candidates and quotes with
//! their raw cues, before anything is merged across the corpus.

use super::cues::{self, Cue, Para};
use super::names::{self, Cand, CandidateAt};
use super::quotes::{self, Span};
use super::{Sentence, credits, sentences};
use crate::corpus::{Article, Block, Paragraph};
use crate::date::month_names;
use crate::ids::narrow;
use crate::text::token::{self, Token};

/// A quote with its raw cue, before speakers are resolved.
///
/// A large corpus holds hundreds of thousands of these until the speakers are resolved,
/// so its place is packed (64 bytes): u32 offsets (the scan skips any article too long for
/// them) and the usual single part inline rather than in a heap block of its own.
#[derive(Clone, Debug)]
pub struct RawQuote {
    /// The opening mark.
    open: u32,
    /// Just after the closing mark, or the paragraph's end when it is missing.
    close: u32,
    parts: Parts,
    pub cue: Option<Cue>,
    /// Paragraph index in the article.
    paragraph: u32,
    /// The quote opens its paragraph.
    pub opens_paragraph: bool,
    /// Words of the sentence stand before the opening mark or after the closing one
    /// (other than a cue): the quote is part of the writer's sentence.
    pub embedded: bool,
}

/// A quote's parts inside its marks, one a paragraph (byte ranges in the article text).
#[derive(Clone, Debug)]
enum Parts {
    /// Nearly every quote stays in one paragraph.
    One(u32, u32),
    /// A quote running over several paragraphs (or, never in practice, none); behind a
    /// thin pointer, so the whole is 16 bytes.
    Many(Box<Box<[(u32, u32)]>>),
}

impl RawQuote {
    fn new(span: &Span, paragraph: usize, opens_paragraph: bool, embedded: bool) -> RawQuote {
        let parts = match span.parts.as_slice() {
            &[(s, e)] => Parts::One(narrow(s), narrow(e)),
            many => Parts::Many(Box::new(
                many.iter().map(|&(s, e)| (narrow(s), narrow(e))).collect(),
            )),
        };
        RawQuote {
            open: narrow(span.open),
            close: narrow(span.close),
            parts,
            cue: None,
            paragraph: narrow(paragraph),
            opens_paragraph,
            embedded,
        }
    }

    /// The opening mark.
    pub fn open(&self) -> usize {
        self.open as usize
    }

    /// Just after the closing mark, or the paragraph's end when it is missing.
    pub fn close(&self) -> usize {
        self.close as usize
    }

    /// Paragraph index in the article.
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    fn parts(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let (one, many) = match &self.parts {
            Parts::One(s, e) => (Some((*s, *e)), &[][..]),
            Parts::Many(v) => (None, &v[..]),
        };
        one.into_iter()
            .chain(many.iter().copied())
            .map(|(s, e)| (s as usize, e as usize))
    }

    /// Where the quoted words start (as [`Span::start`]).
    pub fn start(&self) -> usize {
        self.parts().next().map_or(self.open(), |p| p.0)
    }

    /// Where the quoted words end (as [`Span::end`]).
    pub fn end(&self) -> usize {
        self.parts().last().map_or(self.close(), |p| p.1)
    }

    /// The quoted words (as [`Span::text`]).
    pub fn text(&self, text: &str) -> String {
        quotes::join_parts(text, self.parts())
    }
}

/// Everything found in one article.
#[derive(Clone, Debug, Default)]
pub struct ArticleScan {
    pub cands: Vec<Cand>,
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
    // The cheap test first: few paragraphs end on a year.
    year_end
        && t.split(|c: char| !c.is_alphabetic())
            .any(|w| month_names().contains(&w))
        && !text.contains(['"', '“'])
        && sentences::split(text).len() <= 2
}

/// Buffers reused from paragraph to paragraph, so the scan allocates per article, not per
/// paragraph.
#[derive(Default)]
struct Buffers {
    toks: Vec<Token>,
    /// The paragraph's sentences, as byte ranges in the article.
    sents: Vec<(usize, usize)>,
    starts: Vec<usize>,
    quoted: Vec<bool>,
    /// The quotes that reach into the paragraph.
    spans: Vec<usize>,
    /// The article's candidates so far, with their token ranges.
    found: Vec<CandidateAt>,
    /// The cue of a paragraph that ends in a colon ("The Gazette reports:", "Reyes
    /// continued:"), for the quote that opens the next one.
    intro: Option<Cue>,
}

/// Scans one article. `sentences` are the article's story sentences as the analysis split
/// them (in text order), so they are not split again here.
pub fn article(a: &Article, sentences: &[Sentence]) -> ArticleScan {
    let mut scan = ArticleScan::default();
    let text = a.text.as_str();
    // Candidates keep u32 offsets; an article over 4 GiB (never met in news) goes unread
    // rather than wrapping them.
    if u32::try_from(text.len()).is_err() {
        return scan;
    }
    let ranges: Vec<(usize, usize)> = a
        .paragraphs
        .iter()
        .filter(|p| p.kind == Block::Story && valid(text, p))
        .map(|p| (p.span.start(), p.span.end()))
        .collect();
    let spans = quotes::find(text, &ranges);
    let mut buf = Buffers::default();
    for (pi, p) in a.paragraphs.iter().enumerate() {
        if matches!(p.kind, Block::Story | Block::Caption) && valid(text, p) {
            paragraph(&mut scan, &mut buf, text, &spans, sentences, pi, p);
        }
    }
    // A quote with no cue of its own takes the cue of the next quote in its sentence:
    // `"A…" can be found if "B…," he wrote`.
    for i in (0..scan.quotes.len().saturating_sub(1)).rev() {
        if scan.quotes[i].cue.is_none() && scan.quotes[i].paragraph == scan.quotes[i + 1].paragraph
        {
            let between = text
                .get(scan.quotes[i].close()..scan.quotes[i + 1].open())
                .unwrap_or(".");
            if !between.contains(['.', '!', '?']) {
                scan.quotes[i].cue = scan.quotes[i + 1].cue.clone();
            }
        }
    }
    // Every article's scan lives until the merge is done: no spare capacity, and no token
    // ranges, which only the cue finder needed.
    scan.cands = buf.found.into_iter().map(|f| f.cand).collect();
    scan.cands.shrink_to_fit();
    scan.credits.shrink_to_fit();
    scan.quotes.shrink_to_fit();
    scan
}

/// The paragraph's range is inside the text, on char boundaries.
fn valid(text: &str, p: &Paragraph) -> bool {
    p.span.end() <= text.len()
        && text.is_char_boundary(p.span.start())
        && text.is_char_boundary(p.span.end())
}

/// The first index in `toks` of a token starting at or after `pos` (tokens are in order).
fn tok_at(toks: &[Token], pos: usize) -> usize {
    toks.partition_point(|t| t.span.start() < pos)
}

/// Scans paragraph `pi` (a story paragraph or a caption): credits, name candidates, and
/// the quotes that open in it with their cues.
fn paragraph(
    scan: &mut ArticleScan,
    buf: &mut Buffers,
    text: &str,
    spans: &[Span],
    sentences: &[Sentence],
    pi: usize,
    p: &Paragraph,
) {
    let ptext = &text[p.span.start()..p.span.end()];
    let intro = buf.intro.take();
    let found = credits::find(ptext, p.span.start());
    for c in &found {
        scan.credits.extend(c.names.iter().cloned());
    }
    let caption = p.kind == Block::Caption || looks_like_caption(ptext);
    let toks = &mut buf.toks;
    token::words(ptext, p.span.start(), toks);
    if !found.is_empty() {
        toks.retain(|t| {
            !found
                .iter()
                .any(|c| c.span.0 <= t.span.start() && t.span.start() < c.span.1)
        });
    }
    let toks = &buf.toks;
    let sents = &mut buf.sents;
    sents.clear();
    if p.kind == Block::Story {
        // The analysis split exactly the story paragraphs, in order.
        let lo = sentences.partition_point(|s| s.paragraph() < pi);
        let hi = sentences.partition_point(|s| s.paragraph() <= pi);
        sents.extend(
            sentences[lo..hi]
                .iter()
                .map(|s| (s.span.start(), s.span.end())),
        );
    } else {
        sentences::split_into(ptext, sents);
        for s in sents.iter_mut() {
            *s = (p.span.start() + s.0, p.span.start() + s.1);
        }
    }
    let sents = &buf.sents;
    buf.starts.clear();
    buf.starts.extend(sents.iter().map(|s| s.0));
    // Only the few quotes that reach into this paragraph can cover its tokens.
    // Spans are disjoint and in text order, so their closes are in order too: a binary
    // search finds them, and a long article's many paragraphs stay linear.
    let (reach_lo, open_lo, open_hi) = (
        spans.partition_point(|q| q.close <= p.span.start()),
        spans.partition_point(|q| q.open < p.span.start()),
        spans.partition_point(|q| q.open < p.span.end()),
    );
    buf.spans.clear();
    buf.spans.extend(reach_lo.min(open_hi)..open_hi);
    buf.quoted.clear();
    buf.quoted.extend(toks.iter().map(|t| {
        buf.spans
            .iter()
            .any(|&q| spans[q].open <= t.span.start() && t.span.start() < spans[q].close)
    }));
    let quoted = &buf.quoted;
    let first = buf.found.len();
    for mut c in names::candidates(ptext, p.span.start(), toks, &buf.starts) {
        c.in_quote = quoted.get(c.first_tok()).copied().unwrap_or(false);
        c.caption = caption;
        buf.found.push(c);
    }
    if p.kind != Block::Story {
        return;
    }
    let cand_ids: Vec<usize> = (first..buf.found.len()).collect();
    let para = Para {
        text: ptext,
        base: p.span.start(),
        toks,
        quoted,
        cands: &buf.found,
        cand_ids: &cand_ids,
    };
    // The sentence around `pos`, as a token range.
    let sent_of = |pos: usize| -> (usize, usize) {
        let s = match sents.partition_point(|s| s.0 <= pos) {
            0 => (p.span.start(), p.span.end()),
            k => sents[k - 1],
        };
        (tok_at(toks, s.0), tok_at(toks, s.1))
    };
    // Where the cue after a quote may be: to the end of the sentence the quote closes in, or,
    // when a question or an exclamation ends both ("Why wait?" Varga asked.), to the end of
    // the next one, which the sentence splitter began after the closing mark.
    let cue_end = |q: &Span| -> usize {
        let close_sent = sent_of(q.close.saturating_sub(1));
        let asks = text[..q.end()].trim_end().ends_with(['?', '!']);
        let next = tok_at(toks, q.close);
        if asks
            && close_sent.1 <= next
            && let Some(t) = toks.get(next)
        {
            sent_of(t.span.start()).1
        } else {
            close_sent.1
        }
    };
    for q in &spans[open_lo..open_hi] {
        let open_tok = tok_at(toks, q.open);
        if toks.get(open_tok).is_none_or(|t| t.span.start() != q.open) {
            continue;
        }
        let sent = sent_of(q.open);
        // The closing side is in this paragraph unless the quote runs on.
        let raw_cue = if q.close <= p.span.end() {
            let after = tok_at(toks, q.close);
            cues::find(&para, open_tok, after, sent, cue_end(q))
        } else {
            cues::find(&para, open_tok, open_tok, sent, open_tok)
        };
        let before_words = (sent.0..open_tok).any(|k| toks[k].is_word() && !quoted[k]);
        let opens_paragraph = text[p.span.start()..q.open].trim().is_empty();
        let mut rq = RawQuote::new(q, pi, opens_paragraph, before_words);
        rq.cue = match raw_cue {
            None if opens_paragraph => intro.clone(),
            cue => cue,
        };
        scan.quotes.push(rq);
    }
    // Multi-paragraph quotes that close here get their after-cue from this paragraph.
    let closing_lo = scan
        .quotes
        .partition_point(|rq| rq.close() < p.span.start());
    for rq in scan.quotes[closing_lo..].iter_mut().filter(|rq| {
        rq.open() < p.span.start()
            && p.span.start() <= rq.close()
            && rq.close() <= p.span.end()
            && rq.cue.is_none()
    }) {
        let after = tok_at(toks, rq.close());
        let close_sent = sent_of(rq.close().saturating_sub(1));
        rq.cue = cues::find(&para, after, after, (after, after), close_sent.1);
    }
    // A paragraph that ends in a colon outside any quote introduces the quote the next one
    // opens with: its cue is read as if that quote followed the colon.
    let end = toks.len();
    if end > 0 && toks[end - 1].is_punct(':') && !quoted[end - 1] {
        let sent = sent_of(toks[end - 1].span.start());
        buf.intro = cues::find(&para, end, end, (sent.0, end), end);
    }
}

#[cfg(test)]
mod tests {
    /// Hundreds of thousands of raw quotes are alive at once on a large corpus: keep them
    /// packed (they were 128 bytes and two heap blocks each).
    #[test]
    fn raw_quotes_stay_packed() {
        assert!(std::mem::size_of::<super::RawQuote>() <= 64);
    }
}
