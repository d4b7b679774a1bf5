//! Escape sequences of single-quoted, double-quoted and heredoc strings.

/// Decodes a single-quoted string body: only `\'` and `\\` are escapes.
pub(super) fn single_quoted(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'\\' && matches!(body.get(i + 1), Some(b'\'' | b'\\')) {
            out.push(body[i + 1]);
            i += 2;
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    out
}

/// The result of decoding a double-quoted/heredoc literal segment.
pub(super) struct Decoded {
    /// The bytes.
    pub bytes: Vec<u8>,
    /// Compile-time warnings (`Octal escape sequence overflow …`) with their offsets.
    pub warnings: Vec<(String, usize)>,
    /// A fatal escape error (`Invalid UTF-8 codepoint escape sequence`) with its offset.
    pub error: Option<(String, usize)>,
}

/// Decodes a double-quoted (or, with `heredoc`, heredoc) literal segment; `base` is the
/// segment's offset in the file, for messages.
pub(super) fn double_quoted(body: &[u8], base: usize, heredoc: bool) -> Decoded {
    let mut d = Decoded {
        bytes: Vec::with_capacity(body.len()),
        warnings: Vec::new(),
        error: None,
    };
    let out = &mut d.bytes;
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b != b'\\' || i + 1 >= body.len() {
            out.push(b);
            i += 1;
            continue;
        }
        let e = body[i + 1];
        i += 2;
        match e {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'e' => out.push(0x1b),
            b'f' => out.push(0x0c),
            b'\\' => out.push(b'\\'),
            b'$' => out.push(b'$'),
            b'"' if !heredoc => out.push(b'"'),
            b'0'..=b'7' => {
                let start = i - 1;
                let mut end = start + 1;
                while end < body.len() && end < start + 3 && (b'0'..=b'7').contains(&body[end]) {
                    end += 1;
                }
                let v = body[start..end].iter().fold(0u32, |acc, &c| acc * 8 + (c - b'0') as u32);
                if v > 0xff {
                    d.warnings.push((
                        format!(
                            "Octal escape sequence overflow \\{} is greater than \\377",
                            String::from_utf8_lossy(&body[start..end])
                        ),
                        base + start,
                    ));
                }
                out.push(v as u8);
                i = end;
            }
            b'x' if body.get(i).is_some_and(u8::is_ascii_hexdigit) => {
                let mut end = i + 1;
                if body.get(end).is_some_and(u8::is_ascii_hexdigit) {
                    end += 1;
                }
                let v = body[i..end].iter().fold(0u8, |acc, &c| acc.wrapping_mul(16).wrapping_add(hex(c)));
                out.push(v);
                i = end;
            }
            b'u' if body.get(i) == Some(&b'{') => {
                let close = body[i..].iter().position(|&c| c == b'}').map(|p| i + p);
                let digits = close.map(|c| &body[i + 1..c]);
                match digits {
                    Some(ds) if !ds.is_empty() && ds.iter().all(u8::is_ascii_hexdigit) => {
                        let cp = ds.iter().try_fold(0u32, |acc, &c| acc.checked_mul(16).map(|a| a + hex(c) as u32));
                        match cp.and_then(char::from_u32) {
                            Some(ch) => {
                                let mut buf = [0u8; 4];
                                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                            }
                            None if cp.is_some_and(|c| (0xD800..=0xDFFF).contains(&c)) => {
                                // PHP encodes surrogates like any other code point.
                                let c = cp.unwrap_or(0);
                                out.extend_from_slice(&[
                                    0xE0 | (c >> 12) as u8,
                                    0x80 | ((c >> 6) & 0x3f) as u8,
                                    0x80 | (c & 0x3f) as u8,
                                ]);
                            }
                            None => {
                                d.error.get_or_insert((
                                    "Invalid UTF-8 codepoint escape sequence: Codepoint too large".into(),
                                    base + i - 2,
                                ));
                            }
                        }
                        i = close.map_or(body.len(), |c| c + 1);
                    }
                    _ => {
                        d.error
                            .get_or_insert(("Invalid UTF-8 codepoint escape sequence".into(), base + i - 2));
                        i = body.len();
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    d
}

fn hex(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        _ => c - b'A' + 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(single_quoted(br"a\'b\\c\n"), b"a'b\\c\\n");
        let d = double_quoted(br#"\n\t\x41\101\u{263A}\q\$\"\400"#, 0, false);
        assert_eq!(d.bytes, "\n\tAA\u{263A}\\q$\"\0".as_bytes());
        assert_eq!(d.warnings.len(), 1);
        let h = double_quoted(br#"\""#, 0, true);
        assert_eq!(h.bytes, b"\\\"");
        assert!(double_quoted(br"\u{zz}", 0, false).error.is_some());
    }
}
