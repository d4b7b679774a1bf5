//! HTML: `htmlspecialchars`, `htmlspecialchars_decode`, `htmlentities`,
//! `html_entity_decode`, `get_html_translation_table` (UTF-8, HTML 4.01 entity names) and
//! `strip_tags`.

use super::html_entities::HTML401;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "htmlspecialchars(string $string, int $flags = 11, ?string $encoding = null, bool $double_encode = true): string",
        htmlspecialchars,
    )
    .func(
        "htmlentities(string $string, int $flags = 11, ?string $encoding = null, bool $double_encode = true): string",
        htmlentities,
    )
    .func(
        "htmlspecialchars_decode(string $string, int $flags = 11): string",
        htmlspecialchars_decode,
    )
    .func(
        "html_entity_decode(string $string, int $flags = 11, ?string $encoding = null): string",
        html_entity_decode,
    )
    .func(
        "get_html_translation_table(int $table = 0, int $flags = 11, string $encoding = \"UTF-8\"): array",
        get_html_translation_table,
    )
    .func(
        "strip_tags(string $string, array|string|null $allowed_tags = null): string",
        strip_tags,
    )
    .constant("HTML_SPECIALCHARS", 0i64)
    .constant("HTML_ENTITIES", 1i64)
    .constant("ENT_COMPAT", 2i64)
    .constant("ENT_QUOTES", 3i64)
    .constant("ENT_NOQUOTES", 0i64)
    .constant("ENT_IGNORE", 4i64)
    .constant("ENT_SUBSTITUTE", 8i64)
    .constant("ENT_DISALLOWED", 128i64)
    .constant("ENT_HTML401", 0i64)
    .constant("ENT_XML1", 16i64)
    .constant("ENT_XHTML", 32i64)
    .constant("ENT_HTML5", 48i64);
}

const QUOTE_SINGLE: i64 = 1;
const QUOTE_DOUBLE: i64 = 2;
const IGNORE: i64 = 4;
const SUBSTITUTE: i64 = 8;
const DOC_MASK: i64 = 48;
const DOC_HTML401: i64 = 0;
const DOC_XML1: i64 = 16;
const DOC_XHTML: i64 = 32;
const DOC_HTML5: i64 = 48;

/// The character sets understood (others raise a ValueError).
#[derive(Clone, Copy, PartialEq)]
enum Charset {
    Utf8,
    Latin1,
}

fn charset(cx: &mut Ctx, a: &Args, arg: usize) -> Result<Charset, Unwind> {
    let Some(enc) = a.opt_str(arg - 1).filter(|e| !e.is_empty()) else {
        return Ok(Charset::Utf8);
    };
    let name = enc.to_ascii_lowercase();
    match name.as_bytes() {
        b"utf-8" | b"utf8" => Ok(Charset::Utf8),
        b"iso-8859-1" | b"iso8859-1" | b"latin1" => Ok(Charset::Latin1),
        _ => {
            cx.warn(format!(
                "Charset \"{}\" is not supported, assuming UTF-8",
                enc.to_string_lossy()
            ))?;
            Ok(Charset::Utf8)
        }
    }
}

fn is_lead(c: u8) -> bool {
    c < 0x80 || (0xC2..=0xF4).contains(&c)
}

fn is_trail(c: u8) -> bool {
    (0x80..=0xBF).contains(&c)
}

/// Decodes the character at `pos` as PHP's `get_next_char` does for UTF-8: `Ok((code point,
/// length))` or `Err(bytes to skip)` for an invalid sequence.
pub(super) fn next_utf8(s: &[u8], pos: usize) -> Result<(u32, usize), usize> {
    let c = s[pos];
    let avail = s.len() - pos;
    let b = |i: usize| s.get(pos + i).copied().unwrap_or(0);
    if c < 0x80 {
        return Ok((c as u32, 1));
    }
    if c < 0xC2 {
        return Err(1);
    }
    if c < 0xE0 {
        if avail < 2 {
            return Err(1);
        }
        if !is_trail(b(1)) {
            return Err(if is_lead(b(1)) { 1 } else { 2 });
        }
        return Ok((((c as u32 & 0x1F) << 6) | (b(1) as u32 & 0x3F), 2));
    }
    let need = if c < 0xF0 {
        3
    } else if c < 0xF5 {
        4
    } else {
        return Err(1);
    };
    if avail < need || (1..need).any(|i| !is_trail(b(i))) {
        for i in 1..need {
            if avail < i + 1 || is_lead(b(i)) {
                return Err(i);
            }
        }
        return Err(need);
    }
    if need == 3 {
        let cp = ((c as u32 & 0x0F) << 12) | ((b(1) as u32 & 0x3F) << 6) | (b(2) as u32 & 0x3F);
        if cp < 0x800 || (0xD800..=0xDFFF).contains(&cp) {
            return Err(3);
        }
        return Ok((cp, 3));
    }
    let cp = ((c as u32 & 0x07) << 18)
        | ((b(1) as u32 & 0x3F) << 12)
        | ((b(2) as u32 & 0x3F) << 6)
        | (b(3) as u32 & 0x3F);
    if !(0x10000..=0x10FFFF).contains(&cp) {
        return Err(4);
    }
    Ok((cp, 4))
}

/// Appends `cp` as UTF-8.
fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    let mut buf = [0u8; 4];
    if let Some(ch) = char::from_u32(cp) {
        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
    }
}

fn entity_name(cp: u32) -> Option<&'static str> {
    HTML401.iter().find(|(c, _)| *c == cp).map(|(_, n)| *n)
}

fn entity_code(name: &[u8], doc: i64, all: bool) -> Option<u32> {
    let basic = match name {
        b"amp" => Some(b'&' as u32),
        b"lt" => Some(b'<' as u32),
        b"gt" => Some(b'>' as u32),
        b"quot" => Some(b'"' as u32),
        b"apos" if doc != DOC_HTML401 => Some(b'\'' as u32),
        _ => None,
    };
    if basic.is_some() || !all || doc == DOC_XML1 {
        return basic;
    }
    HTML401
        .iter()
        .find(|(_, n)| n.as_bytes() == name)
        .map(|(c, _)| *c)
}

/// Parses `#123;`/`#x1F;` digits after `&#` at `i`; returns the code point and the index of
/// the `;`.
fn numeric_entity(s: &[u8], mut i: usize) -> Option<(u32, usize)> {
    let hex = matches!(s.get(i), Some(b'x' | b'X'));
    if hex {
        i += 1;
    }
    let radix = if hex { 16 } else { 10 };
    let start = i;
    let mut v: u64 = 0;
    while let Some(d) = s.get(i).and_then(|&c| (c as char).to_digit(radix)) {
        v = (v * radix as u64 + d as u64).min(u64::MAX / 32);
        i += 1;
    }
    if i == start || s.get(i) != Some(&b';') || v > 0x10FFFF {
        return None;
    }
    Some((v as u32, i))
}

/// Parses an entity name at `i` (alphanumerics then `;`); returns the index of the `;`.
fn named_entity(s: &[u8], i: usize) -> Option<usize> {
    let n = s[i.min(s.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    (n > 0 && s.get(i + n) == Some(&b';')).then_some(i + n)
}

fn encode(cx: &mut Ctx, a: &Args, all: bool) -> NResult {
    let s = a.str(0);
    let flags = a.int(1);
    let cs = charset(cx, a, 3)?;
    let double = a.bool(3);
    let doc = flags & DOC_MASK;
    let mut out = Vec::with_capacity(s.len() + s.len() / 8);
    let mut i = 0;
    while i < s.len() {
        let (cp, n) = if cs == Charset::Latin1 {
            (s[i] as u32, 1)
        } else {
            match next_utf8(&s, i) {
                Ok(r) => r,
                Err(skip) => {
                    if flags & IGNORE != 0 {
                    } else if flags & SUBSTITUTE != 0 {
                        out.extend_from_slice("\u{FFFD}".as_bytes());
                    } else {
                        return Ok(Value::from(""));
                    }
                    i += skip;
                    continue;
                }
            }
        };
        match cp {
            0x26 => {
                if !double {
                    let end = if s.get(i + 1) == Some(&b'#') {
                        numeric_entity(&s, i + 2).map(|(_, e)| e)
                    } else {
                        named_entity(&s, i + 1).filter(|&e| {
                            let name = &s[i + 1..e];
                            entity_code(name, doc, true).is_some()
                                || (doc == DOC_XHTML && name == b"apos")
                        })
                    };
                    if let Some(e) = end {
                        out.extend_from_slice(&s[i..=e]);
                        i = e + 1;
                        continue;
                    }
                }
                out.extend_from_slice(b"&amp;");
            }
            0x22 if flags & QUOTE_DOUBLE != 0 => out.extend_from_slice(b"&quot;"),
            0x27 if flags & QUOTE_SINGLE != 0 => out.extend_from_slice(if doc == DOC_HTML401 {
                b"&#039;"
            } else {
                b"&apos;"
            }),
            0x3C => out.extend_from_slice(b"&lt;"),
            0x3E => out.extend_from_slice(b"&gt;"),
            _ => match entity_name(cp).filter(|_| all && doc != DOC_XML1) {
                Some(name) => {
                    out.push(b'&');
                    out.extend_from_slice(name.as_bytes());
                    out.push(b';');
                }
                None => out.extend_from_slice(&s[i..i + n]),
            },
        }
        i += n;
    }
    Ok(Value::from(out))
}

fn htmlspecialchars(cx: &mut Ctx, a: &mut Args) -> NResult {
    encode(cx, a, false)
}

fn htmlentities(cx: &mut Ctx, a: &mut Args) -> NResult {
    encode(cx, a, true)
}

fn cp_allowed(cp: u32, doc: i64) -> bool {
    let plane_ok = |cp: u32| (cp & 0xFFFF) < 0xFFFE && !(0xFDD0..=0xFDEF).contains(&cp);
    match doc {
        DOC_HTML401 => {
            (0x20..=0x7E).contains(&cp)
                || matches!(cp, 0x0A | 0x09 | 0x0D)
                || (0xA0..=0xD7FF).contains(&cp)
                || (0xE000..=0x10FFFF).contains(&cp)
        }
        DOC_HTML5 => {
            (0x20..=0x7E).contains(&cp)
                || ((0x09..=0x0D).contains(&cp) && cp != 0x0B)
                || (0xA0..=0xD7FF).contains(&cp)
                || ((0xE000..=0x10FFFF).contains(&cp) && plane_ok(cp))
        }
        _ => {
            (0x20..=0xD7FF).contains(&cp)
                || matches!(cp, 0x0A | 0x09 | 0x0D)
                || ((0xE000..=0x10FFFF).contains(&cp) && cp != 0xFFFE && cp != 0xFFFF)
        }
    }
}

fn decode(s: &[u8], flags: i64, all: bool, cs: Charset) -> Vec<u8> {
    let doc = flags & DOC_MASK;
    let mut out = Vec::with_capacity(s.len());
    let mut p = 0;
    while p < s.len() {
        if s[p] != b'&' || p + 3 >= s.len() {
            out.push(s[p]);
            p += 1;
            continue;
        }
        let found = if s[p + 1] == b'#' {
            numeric_entity(s, p + 2).filter(|&(cp, _)| {
                (all || matches!(cp, 0x22 | 0x26 | 0x27 | 0x3C | 0x3E))
                    && cp_allowed(cp, doc)
                    && !(doc == DOC_HTML5 && cp == 0x0D)
            })
        } else {
            named_entity(s, p + 1).and_then(|e| {
                let name = &s[p + 1..e];
                entity_code(name, doc, all)
                    .or_else(|| (doc == DOC_XHTML && name == b"apos").then_some(0x27))
                    .map(|cp| (cp, e))
            })
        };
        match found {
            Some((cp, e))
                if !(cp == 0x27 && flags & QUOTE_SINGLE == 0
                    || cp == 0x22 && flags & QUOTE_DOUBLE == 0) =>
            {
                if cs == Charset::Latin1 {
                    if cp > 0xFF {
                        out.extend_from_slice(&s[p..=e]);
                    } else {
                        out.push(cp as u8);
                    }
                } else {
                    push_utf8(&mut out, cp);
                }
                p = e + 1;
            }
            _ => {
                out.push(s[p]);
                p += 1;
            }
        }
    }
    out
}

fn htmlspecialchars_decode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(decode(
        &a.str(0),
        a.int(1),
        false,
        Charset::Utf8,
    )))
}

fn html_entity_decode(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    if !s.contains(&b'&') {
        return Ok(Value::Str(s));
    }
    let cs = charset(cx, a, 3)?;
    Ok(Value::from(decode(&s, a.int(1), true, cs)))
}

fn get_html_translation_table(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let all = a.int(0) == 1;
    let flags = a.int(1);
    let doc = flags & DOC_MASK;
    let mut arr = PhpArray::new();
    let mut put = |k: &[u8], v: &str| arr.insert(Key::from_bytes(k), Value::from(v));
    if flags & QUOTE_DOUBLE != 0 {
        put(b"\"", "&quot;");
    }
    put(b"&", "&amp;");
    if flags & QUOTE_SINGLE != 0 {
        put(
            b"'",
            if doc == DOC_HTML401 {
                "&#039;"
            } else {
                "&apos;"
            },
        );
    }
    put(b"<", "&lt;");
    put(b">", "&gt;");
    if all && doc != DOC_XML1 {
        for (cp, name) in HTML401 {
            let mut k = Vec::new();
            push_utf8(&mut k, *cp);
            put(&k, &format!("&{name};"));
        }
    }
    Ok(Value::from(arr))
}

/// Reduces a tag to `<name>` (`</b>` → `<b>`, `<br/>` → `<br>`, attributes dropped) and
/// reports whether it is in the lower-cased allow list.
fn tag_allowed(tag: &[u8], allow: &[u8]) -> bool {
    if tag.is_empty() {
        return false;
    }
    let mut norm = Vec::new();
    let mut started = false;
    let at = |i: usize| tag.get(i).copied().unwrap_or(0).to_ascii_lowercase();
    let mut t = 0;
    loop {
        let c = at(t);
        match c {
            b'<' => norm.push(c),
            b'>' | 0 => break,
            _ => {
                if !is_space(c) {
                    started = true;
                    if c != b'/' || (t > 0 && at(t - 1) != b'<' && at(t + 1) != b'>') {
                        norm.push(c);
                    }
                } else if started {
                    break;
                }
            }
        }
        t += 1;
    }
    norm.push(b'>');
    allow.windows(norm.len()).any(|w| w == norm.as_slice())
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// PHP's `php_strip_tags_ex` state machine: 0 text, 1 tag, 2 PHP block, 3 `<!…>`, 4 comment.
pub(super) fn strip(buf: &[u8], allow: Option<&[u8]>) -> Vec<u8> {
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let prev = |p: usize, k: usize| if p >= k { at(p - k) } else { 0 };
    let mut out = Vec::with_capacity(buf.len());
    let mut tag: Vec<u8> = Vec::new();
    let (mut state, mut depth, mut in_q, mut lc, mut br, mut is_xml) =
        (0, 0, 0u8, 0u8, 0i64, false);
    let mut p = 0;
    while p < buf.len() {
        let c = buf[p];
        match state {
            0 => match c {
                0 => {}
                b'<' if in_q == 0 => {
                    if is_space(at(p + 1)) {
                        out.push(c);
                    } else {
                        lc = b'<';
                        state = 1;
                        tag.clear();
                        tag.push(b'<');
                    }
                }
                b'<' => {}
                b'>' => {
                    if depth > 0 {
                        depth -= 1;
                    } else if in_q == 0 {
                        out.push(c);
                    }
                }
                _ => out.push(c),
            },
            1 => match c {
                0 => {}
                b'<' if in_q != 0 => {}
                b'<' if !is_space(at(p + 1)) => depth += 1,
                b'>' if depth > 0 => depth -= 1,
                b'>' if in_q != 0 => {}
                b'>' => {
                    lc = b'>';
                    if is_xml && prev(p, 1) == b'-' {
                        p += 1;
                        continue;
                    }
                    in_q = 0;
                    state = 0;
                    is_xml = false;
                    if let Some(allow) = allow {
                        tag.push(b'>');
                        if tag_allowed(&tag, allow) {
                            out.extend_from_slice(&tag);
                        }
                        tag.clear();
                    }
                }
                b'"' | b'\'' => {
                    if p != 0 && (in_q == 0 || c == in_q) {
                        in_q = if in_q != 0 { 0 } else { c };
                    }
                    tag.push(c);
                }
                b'!' if prev(p, 1) == b'<' => {
                    state = 3;
                    lc = c;
                }
                b'?' if prev(p, 1) == b'<' => {
                    br = 0;
                    state = 2;
                }
                _ => tag.push(c),
            },
            2 => match c {
                b'(' if lc != b'"' && lc != b'\'' => {
                    lc = b'(';
                    br += 1;
                }
                b')' if lc != b'"' && lc != b'\'' => {
                    lc = b')';
                    br -= 1;
                }
                b'>' if depth > 0 => depth -= 1,
                b'>' if in_q != 0 => {}
                b'>' if br == 0 && lc != b'"' && prev(p, 1) == b'?' => {
                    in_q = 0;
                    state = 0;
                    tag.clear();
                }
                b'"' | b'\'' => {
                    if p >= 1 && prev(p, 1) != b'\\' {
                        if lc == c {
                            lc = 0;
                        } else if lc != b'\\' {
                            lc = c;
                        }
                    }
                    if p != 0 && (in_q == 0 || c == in_q) {
                        in_q = if in_q != 0 { 0 } else { c };
                    }
                }
                b'l' | b'L'
                    if p > 4
                        && prev(p, 1).eq_ignore_ascii_case(&b'm')
                        && prev(p, 2).eq_ignore_ascii_case(&b'x')
                        && prev(p, 3) == b'?'
                        && prev(p, 4) == b'<' =>
                {
                    state = 1;
                    is_xml = true;
                }
                _ => {}
            },
            3 => match c {
                b'>' if depth > 0 => depth -= 1,
                b'>' if in_q != 0 => {}
                b'>' => {
                    in_q = 0;
                    state = 0;
                    tag.clear();
                }
                b'"' | b'\'' if p != 0 && prev(p, 1) != b'\\' && (in_q == 0 || c == in_q) => {
                    in_q = if in_q != 0 { 0 } else { c };
                }
                b'-' if p >= 2 && prev(p, 1) == b'-' && prev(p, 2) == b'!' => state = 4,
                b'e' | b'E'
                    if p >= 6
                        && (1..=6).all(|k| prev(p, k).eq_ignore_ascii_case(&b"epytcod"[k])) =>
                {
                    state = 1;
                }
                _ => {}
            },
            _ => {
                if c == b'>' && in_q == 0 && p >= 2 && prev(p, 1) == b'-' && prev(p, 2) == b'-' {
                    in_q = 0;
                    state = 0;
                    tag.clear();
                }
            }
        }
        p += 1;
    }
    out
}

fn strip_tags(cx: &mut Ctx, a: &mut Args) -> NResult {
    let allow: Option<Vec<u8>> = match a.get(1) {
        Value::Null => None,
        Value::Array(arr) => {
            let mut s = Vec::new();
            for v in arr.values() {
                s.push(b'<');
                s.extend_from_slice(&cx.to_str(&v.deref())?);
                s.push(b'>');
            }
            Some(s.to_ascii_lowercase())
        }
        v => Some(cx.to_str(&v)?.as_bytes().to_ascii_lowercase()),
    };
    Ok(Value::from(strip(&a.str(0), allow.as_deref())))
}
