//! Escape decoding for string literals (`zend_scan_escape_string`).

/// Which delimiter the escaped text came from; decides whether `\"` and `` \` `` are escapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Quote {
    /// `"…"`: `\"` is an escape.
    Double,
    /// `` `…` ``: `` \` `` is an escape.
    Backtick,
    /// Heredoc: neither is.
    Heredoc,
}

/// A problem found while decoding; `at` is the index of the backslash in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct EscapeIssue {
    /// Index into the escaped text.
    pub at: usize,
    /// PHP's message.
    pub message: String,
}

/// The decoded bytes plus compile warnings (octal overflow), or the first error.
pub(super) struct Decoded {
    pub bytes: Vec<u8>,
    pub warnings: Vec<EscapeIssue>,
}

fn is_oct(b: u8) -> bool {
    (b'0'..=b'7').contains(&b)
}

fn hex_val(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Appends `cp` (at most 0x10FFFF) as UTF-8 the way PHP does, surrogates included.
fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp <= 0x7FF {
        out.push((0xC0 | (cp >> 6)) as u8);
        out.push((0x80 | (cp & 0x3F)) as u8);
    } else if cp <= 0xFFFF {
        out.push((0xE0 | (cp >> 12)) as u8);
        out.push((0x80 | ((cp >> 6) & 0x3F)) as u8);
        out.push((0x80 | (cp & 0x3F)) as u8);
    } else {
        out.push((0xF0 | (cp >> 18)) as u8);
        out.push((0x80 | ((cp >> 12) & 0x3F)) as u8);
        out.push((0x80 | ((cp >> 6) & 0x3F)) as u8);
        out.push((0x80 | (cp & 0x3F)) as u8);
    }
}

/// Decodes the escapes of a double-quoted, backtick or heredoc string segment.
pub(super) fn decode(s: &[u8], quote: Quote) -> Result<Decoded, EscapeIssue> {
    let mut out = Vec::with_capacity(s.len());
    let mut warnings = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let at = i;
        i += 1;
        let Some(&c) = s.get(i) else {
            out.push(b'\\');
            break;
        };
        match c {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'f' => out.push(0x0C),
            b'v' => out.push(0x0B),
            b'e' => out.push(0x1B),
            b'"' if quote != Quote::Double => out.extend_from_slice(b"\\\""),
            b'`' if quote != Quote::Backtick => out.extend_from_slice(b"\\`"),
            b'"' | b'`' | b'\\' | b'$' => out.push(c),
            b'x' | b'X' => match s.get(i + 1).copied().and_then(hex_val) {
                Some(h1) => {
                    i += 1;
                    let mut v = h1;
                    if let Some(h2) = s.get(i + 1).copied().and_then(hex_val) {
                        i += 1;
                        v = v * 16 + h2;
                    }
                    out.push(v as u8);
                }
                None => {
                    out.push(b'\\');
                    out.push(c);
                }
            },
            b'u' => {
                if s.get(i + 1) != Some(&b'{') {
                    out.extend_from_slice(b"\\u");
                } else {
                    let digits_start = i + 2;
                    let mut j = digits_start;
                    while j < s.len() && s[j].is_ascii_hexdigit() {
                        j += 1;
                    }
                    if j == digits_start || s.get(j) != Some(&b'}') {
                        return Err(EscapeIssue {
                            at,
                            message: "Invalid UTF-8 codepoint escape sequence".into(),
                        });
                    }
                    let mut cp: u64 = 0;
                    for &d in &s[digits_start..j] {
                        cp = cp * 16 + u64::from(hex_val(d).unwrap_or(0));
                        if cp > 0x10FFFF {
                            break;
                        }
                    }
                    if cp > 0x10FFFF {
                        return Err(EscapeIssue {
                            at,
                            message: "Invalid UTF-8 codepoint escape sequence: Codepoint too large"
                                .into(),
                        });
                    }
                    push_utf8(&mut out, cp as u32);
                    i = j;
                }
            }
            _ if is_oct(c) => {
                let mut digits = vec![c];
                while digits.len() < 3 {
                    match s.get(i + 1) {
                        Some(&d) if is_oct(d) => {
                            digits.push(d);
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if digits.len() == 3 && digits[0] > b'3' {
                    warnings.push(EscapeIssue {
                        at,
                        message: format!(
                            "Octal escape sequence overflow \\{} is greater than \\377",
                            String::from_utf8_lossy(&digits)
                        ),
                    });
                }
                let v = digits
                    .iter()
                    .fold(0u32, |acc, &d| acc * 8 + u32::from(d - b'0'));
                out.push(v as u8);
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
        i += 1;
    }
    Ok(Decoded {
        bytes: out,
        warnings,
    })
}

/// Decodes a single-quoted string body: only `\'` and `\\` are escapes.
pub(super) fn decode_single(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'\\' && matches!(s.get(i + 1), Some(b'\'' | b'\\')) {
            out.push(s[i + 1]);
            i += 2;
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dq(s: &[u8]) -> Vec<u8> {
        match decode(s, Quote::Double) {
            Ok(d) => d.bytes,
            Err(e) => panic!("{}", e.message),
        }
    }

    #[test]
    fn simple_escapes() {
        assert_eq!(dq(br#"\n\t\r\v\e\f\\\$\""#), b"\n\t\r\x0b\x1b\x0c\\$\"");
        assert_eq!(dq(br"\q\u"), b"\\q\\u");
        assert_eq!(dq(b"a\\"), b"a\\");
        assert_eq!(
            decode(br#"\"\`"#, Quote::Heredoc).map(|d| d.bytes).ok(),
            Some(br#"\"\`"#.to_vec())
        );
        assert_eq!(
            decode(br#"\"\`"#, Quote::Backtick).map(|d| d.bytes).ok(),
            Some(br#"\"`"#.to_vec())
        );
    }

    #[test]
    fn octal_and_hex() {
        assert_eq!(dq(br"\0\08\1234\x4\xg\X41\x414"), b"\0\x008S4\x04\\xgAA4");
        let d = decode(br"\400|\777", Quote::Double)
            .ok()
            .map(|d| (d.bytes, d.warnings));
        let (bytes, warnings) = d.unwrap_or_default();
        assert_eq!(bytes, b"\0|\xff");
        assert_eq!(warnings.len(), 2);
        assert_eq!(
            warnings[0].message,
            r"Octal escape sequence overflow \400 is greater than \377"
        );
    }

    #[test]
    fn unicode() {
        assert_eq!(dq(br"\u{41}\u{1F600}\u{0041}"), "A😀A".as_bytes());
        assert_eq!(dq(br"\u{D800}"), b"\xed\xa0\x80");
        for bad in [&br"\u{"[..], br"\u{}", br"\u{zz}", br"a\u{41"] {
            let e = decode(bad, Quote::Double).err().map(|e| e.message);
            assert_eq!(
                e.as_deref(),
                Some("Invalid UTF-8 codepoint escape sequence")
            );
        }
        let e = decode(br"\u{110000}", Quote::Double)
            .err()
            .map(|e| e.message);
        assert_eq!(
            e.as_deref(),
            Some("Invalid UTF-8 codepoint escape sequence: Codepoint too large")
        );
    }

    #[test]
    fn single_quoted() {
        assert_eq!(decode_single(br"a\'b\\c\n"), b"a'b\\c\\n");
    }
}
