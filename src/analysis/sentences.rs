//! Sentence segmentation for news text. (Placeholder: splits at ". " — being replaced.)

/// Byte ranges of the sentences of one paragraph.
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(". ") {
        out.push((start, i + 1));
        start = i + 2;
    }
    if start < text.trim_end().len() {
        out.push((start, text.trim_end().len()));
    }
    out
}
