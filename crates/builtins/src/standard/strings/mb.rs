//! The UTF-8 subset of `mbstring`: `mb_strlen`, `mb_substr`, `mb_strtoupper`,
//! `mb_strtolower`, `mb_convert_case`, `mb_str_split`, `mb_strpos`, `mb_substr_count`,
//! `mb_ord`, `mb_chr`, `mb_check_encoding`, `mb_internal_encoding`, and the deprecated
//! Latin-1 converters `utf8_encode`/`utf8_decode`.
//!
//! Invalid bytes count as one character each; case mapping turns them into `?`.

use super::basic::substr_range;
use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Unwind, Value};

pub(super) fn register(m: &mut Module) {
    m.func("mb_strlen(string $string, ?string $encoding = null): int", mb_strlen)
        .func(
            "mb_substr(string $string, int $start, ?int $length = null, ?string $encoding = null): string",
            mb_substr,
        )
        .func(
            "mb_strtoupper(string $string, ?string $encoding = null): string",
            mb_strtoupper,
        )
        .func(
            "mb_strtolower(string $string, ?string $encoding = null): string",
            mb_strtolower,
        )
        .func(
            "mb_str_split(string $string, int $length = 1, ?string $encoding = null): array",
            mb_str_split,
        )
        .func(
            "mb_strpos(string $haystack, string $needle, int $offset = 0, ?string $encoding = null): int|false",
            mb_strpos,
        )
        .func(
            "mb_internal_encoding(?string $encoding = null): string|bool",
            mb_internal_encoding,
        )
        .func(
            "mb_convert_case(string $string, int $mode, ?string $encoding = null): string",
            mb_convert_case,
        )
        .func(
            "mb_substr_count(string $haystack, string $needle, ?string $encoding = null): int",
            mb_substr_count,
        )
        .func("mb_ord(string $string, ?string $encoding = null): int|false", mb_ord)
        .func("mb_chr(int $codepoint, ?string $encoding = null): string|false", mb_chr)
        .func("utf8_encode(string $string): string", utf8_encode)
        .func("utf8_decode(string $string): string", utf8_decode)
        .func(
            "mb_check_encoding(array|string|null $value = null, ?string $encoding = null): bool",
            mb_check_encoding,
        )
        .constant("MB_CASE_UPPER", 0i64)
        .constant("MB_CASE_LOWER", 1i64)
        .constant("MB_CASE_TITLE", 2i64)
        .constant("MB_CASE_FOLD", 3i64)
        .constant("MB_CASE_UPPER_SIMPLE", 4i64)
        .constant("MB_CASE_LOWER_SIMPLE", 5i64)
        .constant("MB_CASE_TITLE_SIMPLE", 6i64)
        .constant("MB_CASE_FOLD_SIMPLE", 7i64);
}

/// Whether an encoding argument names UTF-8 (`true`) or a single-byte encoding (`false`).
fn encoding(cx: &mut Ctx, a: &Args, arg: usize) -> Result<bool, Unwind> {
    let Some(enc) = a.opt_str(arg - 1) else {
        return Ok(true);
    };
    match enc.to_ascii_lowercase().as_bytes() {
        b"utf-8" | b"utf8" => Ok(true),
        b"8bit" | b"ascii" | b"latin1" | b"iso-8859-1" | b"binary" => Ok(false),
        _ => {
            let msg = format!(
                "must be a valid encoding, \"{}\" given",
                enc.to_string_lossy()
            );
            Err(cx.value_error(arg, &msg))
        }
    }
}

/// Splits `s` into characters (byte ranges): UTF-8 sequences, or single bytes when `utf8`
/// is false or a byte does not start a valid sequence.
fn chars(s: &[u8], utf8: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let n = if utf8 {
            super::html::next_utf8(s, i).map_or(1, |(_, n)| n)
        } else {
            1
        };
        out.push((i, i + n));
        i += n;
    }
    out
}

fn mb_strlen(cx: &mut Ctx, a: &mut Args) -> NResult {
    let utf8 = encoding(cx, a, 2)?;
    Ok(Value::Int(chars(&a.str(0), utf8).len() as i64))
}

fn mb_substr(cx: &mut Ctx, a: &mut Args) -> NResult {
    let utf8 = encoding(cx, a, 4)?;
    let s = a.str(0);
    let cs = chars(&s, utf8);
    Ok(match substr_range(cs.len(), a.int(1), a.opt_int(2)) {
        Some((f, l)) if l > 0 => Value::str(&s[cs[f].0..cs[f + l - 1].1]),
        _ => Value::from(""),
    })
}

fn map_case(cx: &mut Ctx, a: &Args, upper: bool) -> NResult {
    let utf8 = encoding(cx, a, 2)?;
    let s = a.str(0);
    if !utf8 {
        return Ok(Value::from(if upper {
            s.as_bytes().to_ascii_uppercase()
        } else {
            s.as_bytes().to_ascii_lowercase()
        }));
    }
    let mut out = String::with_capacity(s.len());
    for (from, to) in chars(&s, true) {
        match std::str::from_utf8(&s[from..to]) {
            Ok(t) => {
                for ch in t.chars() {
                    if upper {
                        out.extend(ch.to_uppercase());
                    } else {
                        out.extend(ch.to_lowercase());
                    }
                }
            }
            Err(_) => out.push('?'),
        }
    }
    Ok(Value::from(out))
}

fn mb_strtoupper(cx: &mut Ctx, a: &mut Args) -> NResult {
    map_case(cx, a, true)
}

fn mb_strtolower(cx: &mut Ctx, a: &mut Args) -> NResult {
    map_case(cx, a, false)
}

fn mb_str_split(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.int(1);
    if n < 1 {
        return Err(cx.value_error(2, "must be greater than 0"));
    }
    let utf8 = encoding(cx, a, 3)?;
    let s = a.str(0);
    let cs = chars(&s, utf8);
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    Ok(Value::from(PhpArray::from_values(
        cs.chunks(n)
            .map(|c| Value::str(&s[c[0].0..c[c.len() - 1].1]))
            .collect(),
    )))
}

fn mb_strpos(cx: &mut Ctx, a: &mut Args) -> NResult {
    let utf8 = encoding(cx, a, 4)?;
    let (hay, needle) = (a.str(0), a.str(1));
    let cs = chars(&hay, utf8);
    let mut off = a.int(2) as i128;
    if off < 0 {
        off += cs.len() as i128;
    }
    if off < 0 || off > cs.len() as i128 {
        return Err(cx.value_error(3, "must be contained in argument #1 ($haystack)"));
    }
    let start = cs.get(off as usize).map_or(hay.len(), |c| c.0);
    Ok(match super::util::find(&hay[start..], &needle) {
        Some(p) => {
            let byte = start + p;
            Value::Int(cs.iter().take_while(|c| c.0 < byte).count() as i64)
        }
        None => Value::Bool(false),
    })
}

fn mb_internal_encoding(cx: &mut Ctx, a: &mut Args) -> NResult {
    if a.is_null(0) {
        return Ok(Value::from("UTF-8"));
    }
    encoding(cx, a, 1)?;
    Ok(Value::Bool(true))
}

fn mb_convert_case(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mode = a.int(1);
    if !(0..=7).contains(&mode) {
        return Err(cx.value_error(2, "must be one of the MB_CASE_* constants"));
    }
    encoding(cx, a, 3)?;
    let s = a.str(0);
    let text = String::from_utf8_lossy(&s).replace('\u{FFFD}', "?");
    let upper = |c: char, out: &mut String| out.extend(c.to_uppercase());
    let lower = |c: char, out: &mut String| out.extend(c.to_lowercase());
    let mut out = String::with_capacity(text.len());
    match mode % 4 {
        0 => text.chars().for_each(|c| upper(c, &mut out)),
        1 | 3 => text.chars().for_each(|c| lower(c, &mut out)),
        _ => {
            let mut in_word = false;
            for c in text.chars() {
                if in_word {
                    lower(c, &mut out);
                } else {
                    upper(c, &mut out);
                }
                in_word = c.is_alphanumeric() || c == '\'';
            }
        }
    }
    Ok(Value::from(out))
}

fn mb_substr_count(cx: &mut Ctx, a: &mut Args) -> NResult {
    encoding(cx, a, 3)?;
    let (hay, needle) = (a.str(0), a.str(1));
    if needle.is_empty() {
        return Err(cx.value_error(2, "must not be empty"));
    }
    let mut rest: &[u8] = &hay;
    let mut n = 0;
    while let Some(p) = super::util::find(rest, &needle) {
        n += 1;
        rest = &rest[p + needle.len()..];
    }
    Ok(Value::Int(n))
}

fn mb_ord(cx: &mut Ctx, a: &mut Args) -> NResult {
    encoding(cx, a, 2)?;
    let s = a.str(0);
    if s.is_empty() {
        return Err(cx.value_error(1, "must not be empty"));
    }
    Ok(match super::html::next_utf8(&s, 0) {
        Ok((cp, _)) => Value::Int(cp as i64),
        Err(_) => Value::Bool(false),
    })
}

fn mb_chr(cx: &mut Ctx, a: &mut Args) -> NResult {
    encoding(cx, a, 2)?;
    Ok(u32::try_from(a.int(0))
        .ok()
        .and_then(char::from_u32)
        .map_or(Value::Bool(false), |c| Value::from(c.to_string())))
}

fn mb_check_encoding(cx: &mut Ctx, a: &mut Args) -> NResult {
    let utf8 = encoding(cx, a, 2)?;
    fn valid(v: &Value, utf8: bool) -> bool {
        match v {
            Value::Str(s) => !utf8 || std::str::from_utf8(s).is_ok(),
            Value::Array(arr) => arr.iter().all(|(k, v)| {
                let key_ok = match k {
                    phpsock_eval::Key::Str(s) => !utf8 || std::str::from_utf8(&s).is_ok(),
                    phpsock_eval::Key::Int(_) => true,
                };
                key_ok && valid(&v.deref(), utf8)
            }),
            _ => true,
        }
    }
    Ok(Value::Bool(valid(&a.get(0), utf8)))
}

/// PHP 8.2's notice for the deprecated Latin-1 converters.
fn utf8_encode(cx: &mut Ctx, a: &mut Args) -> NResult {
    cx.deprecated_function()?;
    let s = a.str(0);
    let out: String = s.iter().map(|&b| char::from(b)).collect();
    Ok(Value::from(out))
}

fn utf8_decode(cx: &mut Ctx, a: &mut Args) -> NResult {
    cx.deprecated_function()?;
    let s = a.str(0);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match super::html::next_utf8(&s, i) {
            Ok((cp, n)) => {
                out.push(u8::try_from(cp).unwrap_or(b'?'));
                i += n;
            }
            Err(skip) => {
                out.push(b'?');
                i += skip;
            }
        }
    }
    Ok(Value::from(out))
}
