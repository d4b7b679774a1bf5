//! Mail-era transfer encodings: quoted-printable (`quoted_printable_encode`/`_decode`,
//! RFC 2045, lines of at most 76 characters with `=` soft breaks) and uuencoding
//! (`convert_uuencode`/`convert_uudecode`, lines of 45 bytes), with PHP's exact output.

use phpsock_eval::{Args, Ctx, Module, NResult, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "quoted_printable_encode(string $string): string",
        quoted_printable_encode,
    )
    .func(
        "quoted_printable_decode(string $string): string",
        quoted_printable_decode,
    )
    .func("convert_uuencode(string $string): string", convert_uuencode)
    .func(
        "convert_uudecode(string $string): string|false",
        convert_uudecode,
    );
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Longest run of characters on an encoded line before its `=` soft break.
const QP_LINE: usize = 75;

fn quoted_printable_encode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(qp_encode(&a.str(0))))
}

/// Quoted-printable encoding as PHP does it: CRLF pairs are kept as line ends; control
/// characters, bytes of 0x7f and above, `=` and a space before a CR are written `=XX`;
/// a soft break goes in before a line would pass [`QP_LINE`] characters, early enough that
/// the bytes of a UTF-8 sequence starting with the byte stay on one line.
fn qp_encode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 3 / 2 + 8);
    let mut col = 0usize;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied();
        if c == b'\r' && next == Some(b'\n') {
            out.extend_from_slice(b"\r\n");
            col = 0;
            i += 2;
            continue;
        }
        let escaped = !(0x20..0x7f).contains(&c) || c == b'=' || (c == b' ' && next == Some(b'\r'));
        if escaped {
            col += 3;
            // Room for the rest of a UTF-8 sequence this byte may start.
            let room = match c {
                0x00..=0x7f => 0,
                0x80..=0xdf => 3,
                0xe0..=0xef => 6,
                0xf0..=0xf4 => 9,
                _ => 0,
            };
            let breaks = if c <= 0x7f {
                col > QP_LINE
            } else {
                room > 0 && col + room > QP_LINE
            };
            if breaks {
                out.extend_from_slice(b"=\r\n");
                col = 3;
            }
            out.extend_from_slice(&[b'=', HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
        } else {
            col += 1;
            if col > QP_LINE {
                out.extend_from_slice(b"=\r\n");
                col = 1;
            }
            out.push(c);
        }
        i += 1;
    }
    out
}

fn quoted_printable_decode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(qp_decode(&a.str(0))))
}

/// Quoted-printable decoding as PHP does it: the input ends at its first NUL byte; `=XX`
/// (either case) is a byte; `=` followed by spaces or tabs and then a line end (CRLF, CR,
/// LF) or the end of the input is a soft break and disappears; any other `=` stays.
fn qp_decode(s: &[u8]) -> Vec<u8> {
    let s = &s[..s.iter().position(|&b| b == 0).unwrap_or(s.len())];
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'=' {
            out.push(s[i]);
            i += 1;
            continue;
        }
        if let (Some(h), Some(l)) = (
            s.get(i + 1).copied().and_then(hex),
            s.get(i + 2).copied().and_then(hex),
        ) {
            out.push(h << 4 | l);
            i += 3;
            continue;
        }
        let mut k = i + 1;
        while matches!(s.get(k), Some(b' ' | b'\t')) {
            k += 1;
        }
        match (s.get(k), s.get(k + 1)) {
            (None, _) => i = k,
            (Some(b'\r'), Some(b'\n')) => i = k + 2,
            (Some(b'\r' | b'\n'), _) => i = k + 1,
            _ => {
                out.push(b'=');
                i += 1;
            }
        }
    }
    out
}

/// The uuencoding character of a six-bit value (`` ` `` for zero).
fn uu_char(v: u8) -> u8 {
    if v == 0 {
        b'`'
    } else {
        (v & 0o77) + b' '
    }
}

/// The six-bit value of a uuencoding character.
fn uu_value(c: u8) -> u8 {
    c.wrapping_sub(b' ') & 0o77
}

fn convert_uuencode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(uuencode(&a.str(0))))
}

/// Four characters for the group of three bytes at `g` (bytes past the end count as 0;
/// `n` of them are real).
fn uu_group(out: &mut Vec<u8>, g: &[u8], n: usize) {
    let b = |i: usize| g.get(i).copied().unwrap_or(0);
    out.push(uu_char(b(0) >> 2));
    out.push(uu_char((b(0) << 4 & 0o60) | (b(1) >> 4 & 0o17)));
    out.push(if n > 1 {
        uu_char((b(1) << 2 & 0o74) | (b(2) >> 6 & 0o3))
    } else {
        uu_char(0)
    });
    out.push(if n > 2 {
        uu_char(b(2) & 0o77)
    } else {
        uu_char(0)
    });
}

/// uuencoding as PHP writes it: full lines of 45 bytes (`M` and 60 characters), then a
/// last line for the rest, then the terminating `` ` `` line. No `begin`/`end` lines.
fn uuencode(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 4 / 3 + s.len() / 45 * 2 + 8);
    let mut pos = 0;
    let mut line = 45;
    while pos + 3 < s.len() {
        let mut end = pos + line;
        if end > s.len() {
            end = s.len();
            line = end - pos;
            // Whole groups only; the bytes left over go out after the loop.
            end = pos + line / 3 * 3;
        }
        out.push(uu_char(line as u8));
        while pos < end {
            uu_group(&mut out, &s[pos..], 3);
            pos += 3;
        }
        if line == 45 {
            out.push(b'\n');
        }
    }
    if pos < s.len() {
        if line == 45 {
            out.push(uu_char((s.len() - pos) as u8));
            line = 0;
        }
        uu_group(&mut out, &s[pos..], s.len() - pos);
    }
    if line < 45 {
        out.push(b'\n');
    }
    out.extend_from_slice(b"`\n");
    out
}

fn convert_uudecode(cx: &mut Ctx, a: &mut Args) -> NResult {
    match uudecode(&a.str(0)) {
        Some(v) => Ok(Value::from(v)),
        None => {
            cx.warn("Argument #1 ($data) is not a valid uuencoded string")?;
            Ok(Value::Bool(false))
        }
    }
}

/// uudecoding as PHP does it: line by line until an empty or short line; `None` for an
/// empty input or a line longer than the data. A byte past the end reads as a NUL.
fn uudecode(s: &[u8]) -> Option<Vec<u8>> {
    if s.is_empty() {
        return None;
    }
    let at = |i: usize| uu_value(s.get(i).copied().unwrap_or(0));
    let mut out = Vec::with_capacity(s.len() * 3 / 4 + 3);
    let mut total = 0usize;
    let mut pos = 0;
    while pos < s.len() {
        let len = usize::from(uu_value(s[pos]));
        pos += 1;
        if len == 0 {
            break;
        }
        if len > s.len() {
            return None;
        }
        total += len;
        let end = pos
            + if len == 45 {
                60
            } else {
                (len as f64 * 1.33).floor() as usize
            };
        if end > s.len() {
            return None;
        }
        while pos < end {
            if pos + 4 > s.len() {
                return None;
            }
            out.push(at(pos) << 2 | at(pos + 1) >> 4);
            out.push(at(pos + 1) << 4 | at(pos + 2) >> 2);
            out.push(at(pos + 2) << 6 | at(pos + 3));
            pos += 4;
        }
        if len < 45 {
            break;
        }
        // The line's newline.
        pos += 1;
    }
    if total > out.len() {
        out.push(at(pos) << 2 | at(pos + 1) >> 4);
        if total > out.len() {
            out.push(at(pos + 1) << 4 | at(pos + 2) >> 2);
            if total > out.len() {
                out.push(at(pos + 2) << 6 | at(pos + 3));
            }
        }
    }
    out.truncate(total);
    Some(out)
}
