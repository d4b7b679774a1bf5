//! The UTF-8 subset of `mbstring`: `mb_strlen`, `mb_substr`, `mb_strtoupper`,
//! `mb_strtolower`, `mb_str_split`, `mb_strpos`, `mb_internal_encoding`.
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
        );
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
