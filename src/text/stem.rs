//! The one stemmer: a light English suffix stripper, so that the inflections news writing
//! moves between ("talks", "talked", "talking"; "agreed", "agreement"; "negotiations",
//! "negotiated") meet as one term, both when the timeline groups sentences into events and
//! when the comparison aligns two articles' sentences.
//!
//! Light on purpose: it need not produce dictionary words, only the same stem for the forms
//! of one word, applied the same way on both sides of every comparison, so an occasional
//! over-stemming costs nothing. Only ASCII suffixes are cut, so truncation always lands on a
//! char boundary.

/// Strips, in place, a plural ("-s", "-es", "-ies"), then one of "-ment", "-ing", "-ed",
/// "-ly" and "-ion" (after t or s: "negotiation", "discussion"), then a final "e". Words of
/// three letters or fewer are left alone.
pub fn stem(w: &mut String) {
    if w.len() <= 3 {
        return;
    }
    if w.ends_with("ies") && w.len() > 4 {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.truncate(w.len() - 1);
    }
    for suffix in ["ment", "ing", "ed", "ly", "ion"] {
        // "-ion" goes only after t or s, as in "negotiation", "discussion", "election".
        let min = if suffix == "ion" { 4 } else { 3 };
        let fits = suffix != "ion" || w.ends_with("tion") || w.ends_with("sion");
        if fits && w.ends_with(suffix) && w.len() >= suffix.len() + min {
            w.truncate(w.len() - suffix.len());
            if matches!(suffix, "ing" | "ed") {
                undouble(w);
            }
            break;
        }
    }
    if w.len() > 4 && w.ends_with('e') {
        w.pop();
    }
}

/// "stopp" → "stop", "plann" → "plan" (but "call" stays: l, s and z double in the base word).
fn undouble(w: &mut String) {
    let b = w.as_bytes();
    if let [.., x, y] = b
        && x == y
        && x.is_ascii_alphabetic()
        && !matches!(x, b'a' | b'e' | b'i' | b'o' | b'u' | b'l' | b's' | b'z')
    {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    fn s(w: &str) -> String {
        let mut b = w.to_string();
        stem(&mut b);
        b
    }

    #[test]
    fn the_inflections_of_news_verbs_meet() {
        for forms in [
            ["talks", "talked", "talking", "talk"],
            ["arrives", "arrived", "arriving", "arrive"],
            ["agreed", "agrees", "agreement", "agree"],
            ["negotiations", "negotiating", "negotiated", "negotiate"],
            ["discussed", "discussing", "discussion", "discussions"],
            ["elected", "election", "elections", "elect"],
            ["settled", "settlement", "settling", "settle"],
        ] {
            let stems: Vec<String> = forms.iter().map(|w| s(w)).collect();
            assert!(
                stems.iter().all(|x| *x == stems[0]),
                "{forms:?} → {stems:?}"
            );
        }
        // Adverbs meet their adjectives: "jointly review" is a "joint review".
        assert_eq!(s("jointly"), s("joint"));
        assert_eq!(s("officially"), s("official"));
    }

    #[test]
    fn base_words_keep_what_makes_them_words() {
        for (word, want) in [
            ("stopped", "stop"),
            ("planned", "plan"),
            ("killed", "kill"),
            ("passed", "pass"),
            ("policies", "policy"),
            ("crisis", "crisis"),
            ("status", "status"),
            ("nation", "nation"),
            ("moment", "moment"),
            // Only ASCII suffixes are cut, so every cut lands on a char boundary.
            ("façades", "façad"),
            ("ñññ", "ñññ"),
            ("éé", "éé"),
        ] {
            assert_eq!(s(word), want, "{word}");
        }
        assert_ne!(s("call"), s("cal"));
    }
}
