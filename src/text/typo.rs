//! How far a typed word is from a written one: the fewest letters to insert, delete, change
//! or swap with their neighbour (optimal string alignment) to turn what was typed into the
//! start of the word. A search uses it so that a name typed with a letter or two wrong
//! ("zelenksy", "blinkin") still finds the person; against the word's start, so that the
//! name is found while it is being typed ("zelenks" is one swap from "zelensk…").

/// The fewest edits turning `typed` into a prefix of `word`, if at most `max`. Both are
/// compared char by char as given (lowercase them first); a word longer than 64 chars is
/// read for its first 64.
pub fn prefix_distance(typed: &str, word: &str, max: usize) -> Option<usize> {
    const LONGEST: usize = 64;
    let t: Vec<char> = typed.chars().take(LONGEST).collect();
    let m = t.len();
    // Columns of the table over the word's chars: `cur[i]` is the distance between the first
    // `i` typed chars and the word's first `j`.
    let mut before: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut best = prev[m];
    let mut last: Option<char> = None;
    for (j, w) in word.chars().take(LONGEST).enumerate() {
        let mut cur = vec![j + 1; m + 1];
        for i in 1..=m {
            let change = prev[i - 1] + usize::from(t[i - 1] != w);
            let mut d = change.min(prev[i] + 1).min(cur[i - 1] + 1);
            if i > 1 && last == Some(t[i - 1]) && t[i - 2] == w {
                d = d.min(before[i - 2] + 1);
            }
            cur[i] = d;
        }
        best = best.min(cur[m]);
        // Past this column every distance only grows: nothing better is left to find.
        if cur.iter().min().is_some_and(|&d| d > max) {
            break;
        }
        before = std::mem::replace(&mut prev, cur);
        last = Some(w);
    }
    (best <= max).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_to_the_start_of_a_word() {
        // (typed, word, most edits allowed, distance found)
        let cases = [
            ("zelenksy", "zelensky", 2, Some(1)),   // a swap
            ("zelenks", "zelensky", 1, Some(1)),    // while typing
            ("kovalenko", "kowalenko", 1, Some(1)), // a change
            ("blink", "blinken", 1, Some(0)),       // a prefix as typed
            ("blinkn", "blinken", 1, Some(1)),
            ("qispe", "quispe", 1, Some(1)),   // a letter left out
            ("quisppe", "quispe", 1, Some(1)), // one too many
            ("kovlaenko", "kovalenko", 2, Some(1)),
            ("kvalnko", "kovalenko", 2, Some(2)),
            ("kvalnko", "kovalenko", 1, None),
            ("river", "summit", 2, None),
            ("", "x", 0, Some(0)),
        ];
        for (typed, word, max, want) in cases {
            assert_eq!(prefix_distance(typed, word, max), want, "{typed} ~ {word}");
        }
    }
}
