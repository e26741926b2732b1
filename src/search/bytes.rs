//! Finding a byte fast, in safe code: eight bytes at a time with the classic "has a zero byte"
//! word trick. The scans call this once per pattern letter per entry, so it must cost a few
//! cycles for short gaps (no call into a library routine) and stay fast over long ones.

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Bits set at the high bit of each zero byte of `w`, exact for the lowest zero byte (a borrow
/// can only mark bytes above a real zero, never below).
#[inline(always)]
fn zeros(w: u64) -> u64 {
    w.wrapping_sub(LO) & !w & HI
}

/// The first position at or after `from` holding `a` or `b`.
#[inline]
pub fn find2(hay: &[u8], from: usize, a: u8, b: u8) -> Option<usize> {
    let (wa, wb) = (LO * u64::from(a), LO * u64::from(b));
    let mut i = from;
    while let Some(chunk) = hay.get(i..i + 8) {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let w = u64::from_le_bytes(bytes);
        let hit = zeros(w ^ wa) | zeros(w ^ wb);
        if hit != 0 {
            return Some(i + (hit.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    hay.get(i..)?
        .iter()
        .position(|&c| c == a || c == b)
        .map(|j| i + j)
}

/// Bits set at the high bit of exactly the zero bytes of `w` (no borrow between bytes: the
/// addition stays inside each byte), for searching backwards.
#[inline(always)]
fn zeros_exact(w: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    !(((w & LOW7) + LOW7) | w) & HI
}

/// The last position before `end` holding `a`.
#[inline]
pub fn rfind(hay: &[u8], end: usize, a: u8) -> Option<usize> {
    let wa = LO * u64::from(a);
    let mut i = end.min(hay.len());
    while i >= 8 {
        let Some(Ok(bytes)) = hay.get(i - 8..i).map(<[u8; 8]>::try_from) else {
            break;
        };
        let hit = zeros_exact(u64::from_le_bytes(bytes) ^ wa);
        if hit != 0 {
            return Some(i - 8 + (63 - hit.leading_zeros() as usize) / 8);
        }
        i -= 8;
    }
    hay.get(..i)?.iter().rposition(|&c| c == a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_of_either_byte() {
        let hay = b"the quick brown fox jumps over the lazy dog\0tail";
        for from in 0..hay.len() + 2 {
            for (a, b) in [
                (b'o', b'z'),
                (0, b'q'),
                (b'x', b'x'),
                (b'!', b'?'),
                (b't', 0),
            ] {
                let want = hay
                    .get(from..)
                    .and_then(|h| h.iter().position(|&c| c == a || c == b))
                    .map(|j| from + j);
                assert_eq!(find2(hay, from, a, b), want, "{from} {a} {b}");
            }
        }
        assert_eq!(
            find2(&[0x80, 0x81, 0x80, 0, 1, 2, 3, 4, 5, 0x81], 2, 0x81, 0x81),
            Some(9)
        );
    }
}
