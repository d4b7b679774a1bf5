//! Backslash escaping: `addslashes`, `stripslashes`, `addcslashes`, `stripcslashes`,
//! `quotemeta`, and `nl2br`.

use super::util::char_mask;
use phpsock_eval::{Args, Ctx, Module, NResult, Value};

pub(super) fn register(m: &mut Module) {
    m.func("addslashes(string $string): string", addslashes)
        .func("stripslashes(string $string): string", stripslashes)
        .func(
            "addcslashes(string $string, string $characters): string",
            addcslashes,
        )
        .func("stripcslashes(string $string): string", stripcslashes)
        .func("quotemeta(string $string): string", quotemeta)
        .func(
            "nl2br(string $string, bool $use_xhtml = true): string",
            nl2br,
        );
}

fn addslashes(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let mut out = Vec::with_capacity(s.len());
    for &c in s.iter() {
        match c {
            0 => out.extend_from_slice(b"\\0"),
            b'\'' | b'"' | b'\\' => {
                out.push(b'\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Ok(Value::from(out))
}

fn stripslashes(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let mut out = Vec::with_capacity(s.len());
    let mut it = s.iter();
    while let Some(&c) = it.next() {
        if c != b'\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some(b'0') => out.push(0),
            Some(&n) => out.push(n),
            None => {}
        }
    }
    Ok(Value::from(out))
}

fn addcslashes(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let mask = char_mask(cx, &a.str(1))?;
    let mut out = Vec::with_capacity(s.len());
    for &c in s.iter() {
        if !mask[c as usize] {
            out.push(c);
            continue;
        }
        out.push(b'\\');
        if (32..=126).contains(&c) {
            out.push(c);
            continue;
        }
        match c {
            b'\n' => out.push(b'n'),
            b'\t' => out.push(b't'),
            b'\r' => out.push(b'r'),
            0x07 => out.push(b'a'),
            0x0b => out.push(b'v'),
            0x08 => out.push(b'b'),
            0x0c => out.push(b'f'),
            _ => out.extend_from_slice(format!("{c:03o}").as_bytes()),
        }
    }
    Ok(Value::from(out))
}

fn stripcslashes(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'\\' || i + 1 >= s.len() {
            out.push(s[i]);
            i += 1;
            continue;
        }
        i += 1;
        let c = s[i];
        let simple = match c {
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b'a' => Some(0x07),
            b't' => Some(b'\t'),
            b'v' => Some(0x0b),
            b'b' => Some(0x08),
            b'f' => Some(0x0c),
            b'\\' => Some(b'\\'),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            i += 1;
            continue;
        }
        if c == b'x' && i + 1 < s.len() && s[i + 1].is_ascii_hexdigit() {
            let mut v = hex(s[i + 1]);
            i += 2;
            if i < s.len() && s[i].is_ascii_hexdigit() {
                v = v * 16 + hex(s[i]);
                i += 1;
            }
            out.push(v);
            continue;
        }
        let mut n = 0u32;
        let mut digits = 0;
        while i < s.len() && (b'0'..=b'7').contains(&s[i]) && digits < 3 {
            n = n * 8 + (s[i] - b'0') as u32;
            i += 1;
            digits += 1;
        }
        if digits > 0 {
            out.push(n as u8);
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(Value::from(out))
}

fn hex(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        _ => c - b'A' + 10,
    }
}

fn quotemeta(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let mut out = Vec::with_capacity(s.len());
    for &c in s.iter() {
        if b".\\+*?[^]$()".contains(&c) {
            out.push(b'\\');
        }
        out.push(c);
    }
    Ok(Value::from(out))
}

fn nl2br(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let br: &[u8] = if a.bool(1) { b"<br />" } else { b"<br>" };
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'\r' || c == b'\n' {
            out.extend_from_slice(br);
            let pair = if c == b'\r' { b'\n' } else { b'\r' };
            if s.get(i + 1) == Some(&pair) {
                out.push(c);
                i += 1;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    Ok(Value::from(out))
}
