//! The in-order pass of the alignment: the heaviest chain of candidate pairs increasing on both
//! sides, as a weighted longest increasing subsequence over the sparse candidates.

use crate::compare::vectors::Candidate;

/// Indices into `cands` (sorted by left, then right) of the chain strictly increasing on both
/// sides with the greatest total similarity. A Fenwick tree over right indices answers "best
/// chain ending before right index j" in O(log m).
pub fn chain(cands: &[Candidate], m: usize) -> Vec<usize> {
    const NONE: usize = usize::MAX;
    let mut tree = vec![(0f32, NONE); m + 1];
    let mut best = vec![0f32; cands.len()];
    let mut prev = vec![NONE; cands.len()];
    let mut g = 0;
    while g < cands.len() {
        // All candidates of one left sentence are scored before any is inserted, so no two of
        // them chain together.
        let h = g + cands[g..]
            .iter()
            .take_while(|c| c.left == cands[g].left)
            .count();
        for k in g..h {
            let mut at = cands[k].right.min(m);
            let mut top = (0f32, NONE);
            while at > 0 {
                if tree[at].0 > top.0 {
                    top = tree[at];
                }
                at &= at - 1;
            }
            best[k] = top.0 + cands[k].similarity;
            prev[k] = top.1;
        }
        for k in g..h {
            let mut at = cands[k].right + 1;
            while at <= m {
                if best[k] > tree[at].0 {
                    tree[at] = (best[k], k);
                }
                at += at & at.wrapping_neg();
            }
        }
        g = h;
    }
    let mut end = (0..cands.len()).fold(
        NONE,
        |e, k| if e == NONE || best[k] > best[e] { k } else { e },
    );
    let mut out = Vec::new();
    while end != NONE {
        out.push(end);
        end = prev[end];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(left: usize, right: usize, similarity: f32) -> Candidate {
        Candidate {
            left,
            right,
            similarity,
        }
    }

    #[test]
    fn picks_the_heaviest_increasing_chain() {
        // (0,2) then (2,3) weighs 1.1; (0,0), (1,1), (2,3) weigh 1.2.
        let cands = [c(0, 0, 0.4), c(0, 2, 0.7), c(1, 1, 0.4), c(2, 3, 0.4)];
        assert_eq!(chain(&cands, 4), [0, 2, 3]);
        // Two candidates of one left sentence never chain together.
        assert_eq!(chain(&[c(0, 0, 0.5), c(0, 1, 0.6)], 2), [1]);
        assert!(chain(&[], 0).is_empty());
    }
}
