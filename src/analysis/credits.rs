//! Photo credits: "Photo by X/Agency", "(Agency/X/Pool via REUTERS)", upper-case credit
//! lines "NAME NAME/Agency/AFP via Getty Images". The photographers become people of kind
//! credit, and the whole credit is masked so the name scanner never reads it as story.

use super::lexicon;
use crate::text::lower::Lower;

/// A credit found in a paragraph. Offsets are bytes in the article text.
#[derive(Clone, Debug, PartialEq)]
pub struct Credit {
    /// The whole credit, masked from the name scanner.
    pub span: (usize, usize),
    /// The photographers: name as written and its span.
    pub names: Vec<(String, usize, usize)>,
}

fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
}

fn is_agency(words: &[&str]) -> bool {
    let whole = words.join(" ").to_lowercase();
    lexicon::agencies().contains(&whole)
        || words.iter().any(|w| {
            let lw = Lower::new(w);
            lexicon::agencies().contains(lw.as_str()) || lexicon::org_words().contains(lw.as_str())
        })
}

/// Finds the credits in one paragraph (`text` starts at byte `base` of the article).
pub fn find(text: &str, base: usize) -> Vec<Credit> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(off) = text[from..].find('/') {
        let slash = from + off;
        let (start, end) = chain_bounds(text, slash);
        from = end.max(slash + 1);
        let chain = &text[start..end];
        let segments: Vec<&str> = chain.split('/').collect();
        if segments.len() < 2 || segments.iter().any(|s| s.trim().is_empty()) {
            continue;
        }
        let intro = text[..start].trim_end().as_bytes();
        // The phrases are ASCII: comparing the tail's bytes ignoring ASCII case is what
        // lower-casing the whole text before the chain and testing its end did.
        let introduced = [
            "photo by",
            "photo:",
            "photograph:",
            "photos by",
            "credit:",
            "image:",
            "photo credit:",
            "pictured by",
            "picture:",
        ]
        .iter()
        .any(|p| {
            intro.len() >= p.len()
                && intro[intro.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
        });
        let seg_words: Vec<Vec<&str>> = segments
            .iter()
            .map(|s| s.split_whitespace().collect())
            .collect();
        if !introduced && !seg_words.iter().any(|w| is_agency(w) || w.contains(&"via")) {
            continue;
        }
        let mut names = Vec::new();
        let mut pos = start;
        for (seg, words) in segments.iter().zip(&seg_words) {
            let lead = seg.len() - seg.trim_start().len();
            let s = pos + lead;
            let e = s + seg.trim().len();
            let person = (2..=5).contains(&words.len())
                && words.iter().enumerate().all(|(i, w)| {
                    is_name_word(w) || i > 0 && i + 1 < words.len() && lexicon::is_particle(w)
                })
                && !is_agency(words)
                && !words.contains(&"via");
            if person {
                names.push((title_case(seg.trim()), base + s, base + e));
            }
            pos += seg.len() + 1;
        }
        out.push(Credit {
            span: (base + start, base + end),
            names,
        });
    }
    // "Photo by Jane Doe" with no slash chain (each phrase starts with "Photo", which most
    // paragraphs lack).
    if memchr::memmem::find(text.as_bytes(), b"Photo").is_none() {
        return out;
    }
    for p in ["Photo by ", "Photos by ", "Photograph by "] {
        let mut from = 0;
        while let Some(off) = text[from..].find(p) {
            let s = from + off + p.len();
            from = s;
            if out
                .iter()
                .any(|c| c.span.0 <= base + s && base + s < c.span.1)
            {
                continue;
            }
            let words: Vec<&str> = text[s..]
                .split_whitespace()
                .take_while(|w| is_name_word(w.trim_end_matches([',', '.', ')'])))
                .take(4)
                .collect();
            if (2..=4).contains(&words.len()) && !is_agency(&words) {
                // The end of the last word in the text itself (spacing may vary).
                let last = words[words.len() - 1];
                let last_at = last.as_ptr() as usize - text.as_ptr() as usize;
                let end = last_at + last.trim_end_matches([',', '.', ')']).len();
                let name = words.join(" ");
                let name = name.trim_end_matches([',', '.', ')']);
                out.push(Credit {
                    span: (base + s - p.len(), base + end),
                    names: vec![(title_case(name), base + s, base + end)],
                });
            }
        }
    }
    out
}

/// The chain of slash-separated capitalised segments around the slash at `slash`:
/// up to four capitalised words on the left, segments and "via" phrases on the right.
fn chain_bounds(text: &str, slash: usize) -> (usize, usize) {
    let mut start = slash;
    let mut idx = slash;
    for _ in 0..6 {
        let seg = &text[..idx];
        let ws = seg.rfind(' ').map_or(0, |p| p + 1);
        let w = &seg[ws..];
        let core = w.trim_start_matches(['(', '[']);
        // "Pieter de Graaf": a particle inside a name, if a name word comes before it.
        let particle =
            start < slash && core.len() == w.len() && lexicon::is_particle(core) && ws > 0;
        if particle {
            idx = ws - 1;
            continue;
        }
        if !is_name_word(core) {
            break;
        }
        start = ws + (w.len() - core.len());
        if core.len() != w.len() || ws == 0 {
            break;
        }
        idx = ws - 1;
    }
    let mut end = slash + 1;
    let mut idx = slash + 1;
    while idx <= text.len() {
        let rest = &text[idx..];
        let we = rest.find(' ').unwrap_or(rest.len());
        let w = &rest[..we];
        let core = w.trim_end_matches([')', ']', ',', ';', '.']);
        let ok = !core.is_empty() && core.split('/').all(|p| is_name_word(p) || p == "via");
        if !ok {
            break;
        }
        end = idx + core.len();
        if core.len() != w.len() || we == rest.len() {
            break;
        }
        idx += we + 1;
    }
    (start, end)
}

/// "ALEXEI DRUZHININ" → "Alexei Druzhinin"; mixed case stays as written.
pub fn title_case(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut up = true;
    for c in name.chars() {
        if up {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        up = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<String> {
        find(t, 0)
            .into_iter()
            .flat_map(|c| c.names.into_iter().map(|n| n.0))
            .collect()
    }

    #[test]
    fn photo_by_chain() {
        assert_eq!(
            names("The minister arrives in Oslo. Photo by Kari Nordmann/NTB/EPA-EFE"),
            ["Kari Nordmann"]
        );
        assert_eq!(
            names("Strikers march on Friday. Photo by Jan Novak"),
            ["Jan Novak"]
        );
        assert_eq!(
            names("Ships wait. Photo by Anke van der Berg/ANP"),
            ["Anke van der Berg"]
        );
    }

    #[test]
    fn agency_first_chains_and_upper_case_lines() {
        assert_eq!(
            names("Leaders meet in Rome. (Reuters/Mario Rossi/Pool via REUTERS)"),
            ["Mario Rossi"]
        );
        assert_eq!(
            names("Workers rally in 2021. MARIE DUBOIS/AFP via Getty Images"),
            ["Marie Dubois"]
        );
        let c = find("Workers rally. MARIE DUBOIS/AFP via Getty Images", 10);
        assert_eq!(c[0].span, (25, 58));
    }

    #[test]
    fn story_slashes_are_not_credits() {
        assert!(names("The price rose 5/10 and the and/or clause stayed.").is_empty());
        assert!(names("The Oslo/Bergen line reopened.").is_empty());
    }
}
