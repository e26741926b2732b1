//! Turning untrusted bytes into safe text: decoding (UTF-8, UTF-16, legacy 8-bit encodings) and
//! removing everything a terminal could take as a command — escape sequences, C0/C1 controls,
//! bidi overrides — so no corpus can draw on, retitle or reprogram the user's terminal.

use std::borrow::Cow;

/// The outcome of decoding a file's bytes.
pub struct Decoded {
    pub text: String,
    /// Set when the bytes were not plain UTF-8, saying what was done.
    pub warning: Option<String>,
}

/// Why bytes could not be read as text at all.
#[derive(Debug, PartialEq, Eq)]
pub struct Binary;

/// Decodes bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else the legacy encoding
/// chardetng guesses (Windows-1252, Latin-1, …). NUL bytes without a UTF-16 BOM mean binary.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Binary> {
    decode_borrowed(bytes).map(|d| Decoded {
        text: d.text.into_owned(),
        warning: d.warning,
    })
}

/// [`Decoded`], borrowing the bytes when they are plain UTF-8.
pub struct DecodedRef<'a> {
    pub text: Cow<'a, str>,
    pub warning: Option<String>,
}

/// [`decode`] without copying plain UTF-8 (nearly every corpus): a 50 MB JSONL file is then
/// held in memory once, not twice, while its lines are parsed.
pub fn decode_borrowed(bytes: &[u8]) -> Result<DecodedRef<'_>, Binary> {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, bad) = encoding.decode(bytes);
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
        let warning = (encoding != encoding_rs::UTF_8 || bad).then(|| {
            let what = if bad {
                "with invalid sequences replaced"
            } else {
                ""
            };
            format!("decoded as {} (byte-order mark) {what}", encoding.name())
                .trim_end()
                .to_string()
        });
        return Ok(DecodedRef {
            text: Cow::Owned(text),
            warning,
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if looks_binary(bytes) {
            return Err(Binary);
        }
        return Ok(DecodedRef {
            text: Cow::Borrowed(text),
            warning: None,
        });
    }
    if looks_binary(bytes) {
        return Err(Binary);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _, bad) = encoding.decode(bytes);
    let warning = if bad || encoding == encoding_rs::UTF_8 {
        "not valid UTF-8; invalid bytes replaced with \u{fffd}".to_string()
    } else {
        format!("not valid UTF-8; decoded as {}", encoding.name())
    };
    Ok(DecodedRef {
        text: Cow::Owned(text.into_owned()),
        warning: Some(warning),
    })
}

/// Binary files have many NULs or other non-text control bytes early on; a stray NUL or escape
/// in a scraped article does not make it binary (it is removed by [`sanitize`]).
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let nuls = head.iter().filter(|&&b| b == 0).count();
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    nuls * 64 > head.len() || controls * 10 > head.len()
}

/// Removes terminal escape sequences (CSI, OSC, DCS and other ESC forms), C0 and C1 controls
/// (keeping newline and tab), bidi embedding/override/isolate characters and stray zero-width
/// characters (one between a lower-case and an upper-case letter becomes a space: see
/// [`splits_words`]); turns CRLF and lone CR into newlines. The result is safe to print.
///
/// It works on bytes, copying runs of safe text whole: every sequence it drops is recognised by
/// its complete UTF-8 encoding, and every terminator it looks for is ASCII, so it can never cut a
/// character in two. This is on the loading path of every article, so speed matters.
pub fn sanitize(input: &str) -> String {
    sanitize_borrowed(input).into_owned()
}

/// [`sanitize`], borrowing the input when nothing needs removing (the common case), so a
/// clean article body is not copied.
pub fn sanitize_borrowed(input: &str) -> Cow<'_, str> {
    let b = input.as_bytes();
    // Allocated at the first byte dropped or changed.
    let mut out: Vec<u8> = Vec::new();
    let mut changed = false;
    let mut run = 0; // start of the pending run of safe bytes
    let mut i = 0;
    while i < b.len() {
        // Runs of printable ASCII, newlines and tabs (most text) are skipped sixteen bytes at
        // a time.
        while let Some(chunk) = b.get(i..i + 16)
            && chunk.iter().fold(true, |all, &x| all & plain(x))
        {
            i += 16;
        }
        let Some(&byte) = b.get(i) else {
            break;
        };
        let (drop, next) = match byte {
            b'\n' | b'\t' | 0x20..=0x7e => (false, i + 1),
            0x1b => (true, skip_escape(b, i + 1)),
            b'\r' => {
                start_copy(&mut out, &mut changed, b.len());
                out.extend_from_slice(&b[run..i]);
                if b.get(i + 1) != Some(&b'\n') {
                    out.push(b'\n');
                }
                i += 1;
                run = i;
                continue;
            }
            0x00..=0x1f | 0x7f => (true, i + 1),
            0xc2 => match b.get(i + 1) {
                // C1 CSI introduces a sequence as ESC [ does; DCS, SOS, OSC, PM, APC a string.
                Some(0x9b) => (true, skip_until_final(b, i + 2)),
                Some(0x90 | 0x98 | 0x9d | 0x9e | 0x9f) => (true, skip_string(b, i + 2)),
                Some(0x80..=0x9f | 0xad) => (true, i + 2),
                _ => (false, i + 1),
            },
            0xd8 if b.get(i + 1) == Some(&0x9c) => (true, i + 2),
            0xe2 => match (b.get(i + 1), b.get(i + 2)) {
                (Some(0x80), Some(0x8b..=0x8f | 0xaa..=0xae)) => (true, i + 3),
                (Some(0x81), Some(0xa0 | 0xa6..=0xa9)) => (true, i + 3),
                _ => (false, i + 1),
            },
            0xef if b.get(i + 1) == Some(&0xbb) && b.get(i + 2) == Some(&0xbf) => (true, i + 3),
            _ => (false, i + 1),
        };
        if drop {
            start_copy(&mut out, &mut changed, b.len());
            out.extend_from_slice(&b[run..i]);
            if splits_words(input, i, next) {
                out.push(b' ');
            }
            run = next.min(b.len());
        }
        i = next;
    }
    if !changed {
        return Cow::Borrowed(input);
    }
    out.extend_from_slice(&b[run.min(b.len())..]);
    Cow::Owned(
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

/// A zero-width character (space, non-joiner, joiner, LRM/RLM, word joiner, BOM) at `i..next`
/// between a lower-case and an upper-case letter: removing it would glue two words
/// ("Vladimir\u{200d}Putin"), since no word of a cased script changes case inside it, so it
/// stands for a space there. Elsewhere it goes: inside a word of a script that joins letters
/// (ZWNJ in Persian) removing it keeps the word one word.
fn splits_words(input: &str, i: usize, next: usize) -> bool {
    let b = input.as_bytes();
    let zero_width = matches!(
        &b[i..next],
        [0xe2, 0x80, 0x8b..=0x8f] | [0xe2, 0x81, 0xa0] | [0xef, 0xbb, 0xbf]
    );
    zero_width
        && input[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_lowercase)
        && input
            .get(next..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase)
}

/// A byte [`sanitize_borrowed`] keeps as it is, on its own.
fn plain(x: u8) -> bool {
    (0x20..=0x7e).contains(&x) | (x == b'\n') | (x == b'\t')
}

/// Allocates the output of [`sanitize_borrowed`] once, at the first change: it is never
/// longer than the input.
fn start_copy(out: &mut Vec<u8>, changed: &mut bool, len: usize) {
    if !*changed {
        *changed = true;
        out.reserve_exact(len);
    }
}

/// After ESC at `i`: CSI (`[`) runs to a final byte; OSC (`]`), DCS (`P`), SOS, PM, APC run to
/// BEL or ST; any other form is ESC, intermediate bytes and one final byte. Returns the index
/// after the sequence.
fn skip_escape(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'[') => skip_until_final(b, i + 1),
        Some(b']' | b'P' | b'X' | b'^' | b'_') => skip_string(b, i + 1),
        Some(0x20..=0x2f) => {
            let mut j = i;
            while j < b.len() && (0x20..=0x2f).contains(&b[j]) {
                j += 1;
            }
            // one final byte, if it is plain ASCII
            if j < b.len() && (0x30..=0x7e).contains(&b[j]) {
                j + 1
            } else {
                j
            }
        }
        Some(0x30..=0x7e) => i + 1,
        _ => i,
    }
}

/// CSI parameters and intermediates end at a byte in `@`..`~`; a newline or a non-ASCII byte
/// also ends them, so a broken sequence cannot swallow text.
fn skip_until_final(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        match b[i] {
            0x40..=0x7e => return i + 1,
            b'\n' | 0x80.. => return i,
            _ => i += 1,
        }
    }
    i
}

/// String sequences end at BEL, ESC \ or C1 ST; a newline also ends them, so an unterminated
/// sequence cannot swallow the rest of the article.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        match b[i] {
            0x07 => return i + 1,
            b'\n' => return i,
            0x1b => {
                return if b.get(i + 1) == Some(&b'\\') {
                    i + 2
                } else {
                    i + 1
                };
            }
            0xc2 if b.get(i + 1) == Some(&0x9c) => return i + 2,
            _ => i += 1,
        }
    }
    i
}

/// Sanitises a one-line field (title, outlet, author): no newlines or tabs, spaces collapsed.
pub fn sanitize_line(input: &str) -> String {
    sanitize(input)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escape_sequences_and_controls() {
        let s = "a\u{1b}[31mred\u{1b}[0m b\u{1b}]0;title\u{7}c\u{1b}]8;;http://x\u{1b}\\d \u{9b}2Je\u{7}\u{0}f";
        assert_eq!(sanitize(s), "ared bcd ef");
    }

    #[test]
    fn keeps_newlines_tabs_and_unicode_but_not_bidi() {
        let s = "line\r\nnext\rthird\tcol \u{202e}evil\u{202c} caf\u{e9} \u{4e2d} \u{1f600}";
        assert_eq!(
            sanitize(s),
            "line\nnext\nthird\tcol evil caf\u{e9} \u{4e2d} \u{1f600}"
        );
    }

    #[test]
    fn a_zero_width_character_between_two_words_is_a_space() {
        assert_eq!(sanitize("Vladimir\u{200d}Putin"), "Vladimir Putin");
        assert_eq!(sanitize("Xi\u{200b}Jinping \u{feff}Li"), "Xi Jinping Li");
        assert_eq!(sanitize("Vla\u{200d}dimir"), "Vladimir");
        assert_eq!(
            sanitize("\u{645}\u{6cc}\u{200c}\u{62e}"),
            "\u{645}\u{6cc}\u{62e}"
        );
        assert_eq!(sanitize("A\u{200d}B"), "AB");
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(sanitize("a\u{1b}]0;oops\nkept"), "a\nkept");
    }

    #[test]
    fn decodes_legacy_and_utf16() {
        let latin = b"caf\xe9 au lait, na\xefve \x93quoted\x94 text for the detector";
        let d = decode(latin).unwrap();
        assert!(d.text.starts_with("caf\u{e9}"), "{}", d.text);
        assert!(d.warning.unwrap().contains("windows-1252"));
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("hi \u{e9}".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let d = decode(&utf16).unwrap();
        assert_eq!(d.text, "hi \u{e9}");
        assert!(d.warning.unwrap().contains("UTF-16LE"));
        assert_eq!(decode(b"\x7fELF\x02\x01\x01\0\0\0").err(), Some(Binary));
        assert!(decode("plain \u{e9}".as_bytes()).unwrap().warning.is_none());
    }

    #[test]
    fn one_line_fields_collapse_whitespace() {
        assert_eq!(sanitize_line(" A\n\tB  \u{1b}[2JC "), "A B C");
    }
}
