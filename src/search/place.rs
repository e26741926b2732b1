//! Scoring where a fuzzy term's letters fall when they are not one run: a few likely
//! placements, each scored the way the matcher scores an alignment, to estimate its score
//! without running it.

use super::bytes;
use super::scan::{CONSECUTIVE, MATCH, SEP, head_bonus};

/// Where the ASCII `pat` (no NUL) occurs in order inside a field of `hay`, a floor of the
/// matcher's score there: the better of two likely placements in the first field that holds
/// it, the leftmost one and the tightest one ending where the leftmost ends (fzf's first
/// algorithm: few and short gaps). The matcher takes the best placement over all; two cheap
/// ones come close enough to order candidates. None when it does not occur.
pub fn greedy(hay: &str, pat: &[u8]) -> Option<i32> {
    let hay = hay.as_bytes();
    let (mut at, mut k, mut score) = (0, 0, 0i32);
    let mut field = 0;
    let mut last: Option<usize> = None;
    // The leftmost placement, found as `subsequence` finds it: no more bytes read.
    while let Some(&want) = pat.get(k) {
        let j = bytes::find2(hay, at, want, SEP)?;
        if hay.get(j) == Some(&want) {
            score += step(hay, last, j);
            last = Some(j);
            k += 1;
        } else {
            // At the end of a field, the pattern starts over in the next one.
            (k, score, last, field) = (0, 0, None, j + 1);
        }
        at = j + 1;
    }
    let end = last?;
    Some(score.max(tight(hay.get(field..=end)?, pat).unwrap_or(score)))
}

/// What the matcher gives the letter at `j` of `field` after one at `left` (None: the first).
fn step(field: &[u8], left: Option<usize>, j: usize) -> i32 {
    let bonus = head_bonus(j.checked_sub(1).and_then(|i| field.get(i)).copied());
    MATCH
        + match left {
            Some(l) if l + 1 == j => bonus.max(CONSECUTIVE),
            Some(l) => {
                bonus
                    - 3
                    - i32::try_from(j.saturating_sub(l + 1))
                        .unwrap_or(1 << 20)
                        .min(1 << 20)
            }
            None => bonus - 1,
        }
}

/// The tightest placement of `pat` in `window` (a field up to where the leftmost placement
/// ends, so the last letter is its last byte), found backwards and scored on the way: each
/// letter's score needs its left neighbour, found next.
fn tight(window: &[u8], pat: &[u8]) -> Option<i32> {
    let mut score = 0;
    let mut right: Option<usize> = None;
    let mut i = window.len();
    for &want in pat.iter().rev() {
        let j = bytes::rfind(window, i, want)?;
        if let Some(r) = right {
            score += step(window, Some(j), r);
        }
        right = Some(j);
        i = j;
    }
    Some(score + step(window, None, right?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;

    /// The placements scored here are ones the matcher considers, scored its way: never above
    /// its best, and equal to it when the obvious placement is the best.
    #[test]
    fn greedy_is_a_floor_of_the_matcher() {
        let m = SkimMatcherV2::default();
        let words = [
            "river", "valley", "right", "the", "a", "raven", "over", "vr", "rv",
        ];
        let mut state = 5u64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) as usize) % n
        };
        let mut total = 0;
        for _ in 0..2000 {
            let text: Vec<&str> = (0..1 + next(6)).map(|_| words[next(words.len())]).collect();
            let text = text.join(if next(2) == 0 { " " } else { "-" });
            let pat: String = (0..1 + next(3))
                .map(|_| ['r', 'v', 'e', 'a'][next(4)])
                .collect();
            let (g, s) = (greedy(&text, pat.as_bytes()), m.fuzzy_match(&text, &pat));
            assert_eq!(g.is_some(), s.is_some(), "{text:?} {pat:?}");
            if let (Some(g), Some(s)) = (g, s) {
                total += 1;
                assert!(i64::from(g) <= s, "{text:?} {pat:?}: {g} > {s}");
            }
        }
        assert!(total > 1000);
        for (text, pat) in [("r v r", "rvr"), ("river", "rvr"), ("the river", "rvr")] {
            assert_eq!(
                greedy(text, pat.as_bytes()).map(i64::from),
                m.fuzzy_match(text, pat)
            );
        }
    }
}
