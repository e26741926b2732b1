//! Turning untrusted bytes into safe text: decoding (UTF-8, UTF-16, legacy 8-bit encodings) and
//! removing everything a terminal could take as a command — escape sequences, C0/C1 controls,
//! bidi overrides — so no corpus can draw on, retitle or reprogram the user's terminal.

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
        return Ok(Decoded { text, warning });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if looks_binary(bytes) {
            return Err(Binary);
        }
        return Ok(Decoded {
            text: text.to_string(),
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
    Ok(Decoded {
        text: text.into_owned(),
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
/// characters; turns CRLF and lone CR into newlines. The result is safe to print.
pub fn sanitize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 CSI / OSC / DCS / SOS / PM / APC introduce sequences as ESC does.
            '\u{9b}' => skip_until_final(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c if is_invisible_format(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Bidi controls can make text display in another order than it is stored (the "Trojan Source"
/// trick); zero-width spaces and soft hyphens hide text. None carries meaning in news copy.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}'
        | '\u{061c}' | '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{00ad}')
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: CSI (`[`) runs to a final byte; OSC (`]`), DCS (`P`), SOS, PM, APC run to BEL or
/// ST; any other form is ESC plus one or more intermediate bytes and a final byte.
fn skip_escape(chars: &mut Chars) {
    match chars.next() {
        Some('[') => skip_until_final(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            // intermediates, then one final byte
            while let Some(&n) = chars.peek() {
                chars.next();
                if !('\u{20}'..='\u{2f}').contains(&n) {
                    break;
                }
            }
        }
        _ => {}
    }
}

/// CSI parameters and intermediates end at a byte in `@`..`~`.
fn skip_until_final(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) || c == '\n' {
            break;
        }
    }
}

/// String sequences end at BEL, ESC \ or C1 ST; a newline also ends them, so an unterminated
/// sequence cannot swallow the rest of the article.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' | '\n' => break,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                break;
            }
            _ => {}
        }
    }
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
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(sanitize("a\u{1b}]0;oops\nkept"), "akept");
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
