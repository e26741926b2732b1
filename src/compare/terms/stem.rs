//! A light English stemmer: inflections folded together so reworded sentences still share
//! their content words.

/// A light suffix stripper (plural, -ing, -ed, -ly, -ment, -ion, final e): enough for
/// "talks", "talked", "talking" and "agreed", "agreement" to meet, applied the same way to
/// both sides so its occasional over-stemming costs nothing. Only ASCII suffixes are cut, so
/// truncation always lands on a char boundary.
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
    fn stems_meet_across_inflections() {
        assert_eq!(s("talks"), s("talked"));
        assert_eq!(s("talking"), s("talk"));
        assert_eq!(s("agreed"), s("agreement"));
        assert_eq!(s("stopped"), "stop");
        assert_eq!(s("policies"), "policy");
        assert_eq!(s("crisis"), "crisis");
        assert_ne!(s("call"), s("cal"));
        assert_eq!(s("negotiations"), s("negotiating"));
        assert_eq!(s("negotiate"), s("negotiated"));
        assert_eq!(s("nation"), "nation");
    }

    #[test]
    fn non_ascii_words_are_cut_on_char_boundaries() {
        assert_eq!(s("façades"), "façad");
        assert_eq!(s("ñññ"), "ñññ");
        assert_eq!(s("éé"), "éé");
    }
}
