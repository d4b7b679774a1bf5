//! Length, slicing and building: `strlen`, `substr`, `str_repeat`, `strrev`, `str_pad`,
//! `str_split`, `chr`, `ord`, `substr_count`, `chunk_split`, `strspn`, `strcspn`,
//! `count_chars`.

use super::util::{find, offset_in};
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Value};

pub(super) fn register(m: &mut Module) {
    m.func("strlen(string $string): int", strlen)
        .func("substr(string $string, int $offset, ?int $length = null): string", substr)
        .func("str_repeat(string $string, int $times): string", str_repeat)
        .func("str_rot13(string $string): string", str_rot13)
        .func("strrev(string $string): string", strrev)
        .func(
            "str_pad(string $string, int $length, string $pad_string = \" \", int $pad_type = 1): string",
            str_pad,
        )
        .func("str_split(string $string, int $length = 1): array", str_split)
        .func("chr(int $codepoint): string", chr)
        .func("ord(string $character): int", ord)
        .func(
            "substr_count(string $haystack, string $needle, int $offset = 0, ?int $length = null): int",
            substr_count,
        )
        .func(
            "chunk_split(string $string, int $length = 76, string $separator = \"\\r\\n\"): string",
            chunk_split,
        )
        .func(
            "strspn(string $string, string $characters, int $offset = 0, ?int $length = null): int",
            strspn,
        )
        .func(
            "strcspn(string $string, string $characters, int $offset = 0, ?int $length = null): int",
            strcspn,
        )
        .func("count_chars(string $string, int $mode = 0): array|string", count_chars)
        .constant("STR_PAD_LEFT", 0i64)
        .constant("STR_PAD_RIGHT", 1i64)
        .constant("STR_PAD_BOTH", 2i64);
}

fn strlen(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(a.str(0).len() as i64))
}

/// PHP's `substr` window: start and length clamped to the string.
pub(super) fn substr_range(len: usize, offset: i64, length: Option<i64>) -> Option<(usize, usize)> {
    let len = len as i128;
    let mut f = offset as i128;
    if f > len {
        return None;
    }
    if f < 0 {
        f = (len + f).max(0);
    }
    let l = match length {
        Some(l) => {
            let l = l as i128;
            if l < 0 {
                (len - f + l).max(0)
            } else {
                l.min(len - f)
            }
        }
        None => len - f,
    };
    Some((f as usize, l as usize))
}

fn substr(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    Ok(match substr_range(s.len(), a.int(1), a.opt_int(2)) {
        Some((f, l)) => Value::str(&s[f..f + l]),
        None => Value::from(""),
    })
}

fn str_repeat(cx: &mut Ctx, a: &mut Args) -> NResult {
    let times = a.int(1);
    if times < 0 {
        return Err(cx.value_error(2, "must be greater than or equal to 0"));
    }
    let s = a.str(0);
    if s.is_empty() || times == 0 {
        return Ok(Value::from(""));
    }
    let total = (s.len() as u128) * (times as u128);
    if total > max_string(cx) {
        return Err(too_big(cx, total));
    }
    Ok(Value::from(s.repeat(times as usize)))
}

/// Largest string a builtin builds: `memory_limit` less what a script typically holds
/// already (2M, or an eighth of smaller limits).
pub(super) fn max_string(cx: &mut Ctx) -> u128 {
    let limit = cx.vm().memory_limit() as u128;
    limit - (limit / 8).min(2 << 20)
}

/// The fatal error PHP gives when a string of `len` bytes would exceed its memory limit.
pub(super) fn too_big(cx: &mut Ctx, len: u128) -> phpsock_eval::Unwind {
    cx.vm().memory_exhausted(len.min(u64::MAX as u128) as u64)
}

fn strrev(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut v = a.str(0).to_vec();
    v.reverse();
    Ok(Value::from(v))
}

fn str_pad(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let length = a.int(1);
    if length < 0 || length as u64 <= s.len() as u64 {
        return Ok(Value::Str(s));
    }
    let pad = a.str(2);
    if pad.is_empty() {
        return Err(cx.value_error(3, "must be a non-empty string"));
    }
    let kind = a.int(3);
    if !(0..=2).contains(&kind) {
        return Err(cx.value_error(4, "must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH"));
    }
    if length as u128 > max_string(cx) {
        return Err(too_big(cx, length as u128));
    }
    let total = (length as u64 - s.len() as u64) as usize;
    let (left, right) = match kind {
        0 => (total, 0),
        1 => (0, total),
        _ => (total / 2, total - total / 2),
    };
    let mut out = Vec::with_capacity(length as usize);
    out.extend(pad.iter().cycle().take(left));
    out.extend_from_slice(&s);
    out.extend(pad.iter().cycle().take(right));
    Ok(Value::from(out))
}

fn str_split(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.int(1);
    if n < 1 {
        return Err(cx.value_error(2, "must be greater than 0"));
    }
    let s = a.str(0);
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    Ok(Value::from(PhpArray::from_values(
        s.chunks(n).map(Value::str).collect(),
    )))
}

fn chr(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(vec![a.int(0).rem_euclid(256) as u8]))
}

fn ord(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(a.str(0).first().copied().unwrap_or(0) as i64))
}

fn substr_count(cx: &mut Ctx, a: &mut Args) -> NResult {
    let hay = a.str(0);
    let needle = a.str(1);
    if needle.is_empty() {
        return Err(cx.value_error(2, "cannot be empty"));
    }
    let Some(off) = offset_in(a.int(2), hay.len()) else {
        return Err(cx.value_error(3, "must be contained in argument #1 ($haystack)"));
    };
    let mut end = hay.len();
    if let Some(l) = a.opt_int(3) {
        let rest = (hay.len() - off) as i128;
        let mut l = l as i128;
        if l < 0 {
            l += rest;
        }
        if l < 0 || l > rest {
            return Err(cx.value_error(4, "must be contained in argument #1 ($haystack)"));
        }
        end = off + l as usize;
    }
    let mut hay = &hay[off..end];
    let mut n = 0;
    while let Some(p) = find(hay, &needle) {
        n += 1;
        hay = &hay[p + needle.len()..];
    }
    Ok(Value::Int(n))
}

fn chunk_split(cx: &mut Ctx, a: &mut Args) -> NResult {
    let s = a.str(0);
    let n = a.int(1);
    if n < 1 {
        return Err(cx.value_error(2, "must be greater than 0"));
    }
    let sep = a.str(2);
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(s.len() + (s.len() / n + 1) * sep.len());
    if n > s.len() {
        out.extend_from_slice(&s);
        out.extend_from_slice(&sep);
        return Ok(Value::from(out));
    }
    for c in s.chunks(n) {
        out.extend_from_slice(c);
        out.extend_from_slice(&sep);
    }
    Ok(Value::from(out))
}

/// The `[offset, offset+length)` window of `strspn`/`strcspn`, or `None` for an empty result.
fn span_window(len: usize, offset: i64, length: Option<i64>) -> Option<(usize, usize)> {
    let len = len as i128;
    let mut off = offset as i128;
    if off < 0 {
        off = (off + len).max(0);
    } else if off > len {
        return None;
    }
    let rest = len - off;
    let l = match length {
        None => rest,
        Some(l) => {
            let l = l as i128;
            if l < 0 {
                (rest + l).max(0)
            } else {
                l.min(rest)
            }
        }
    };
    Some((off as usize, (off + l) as usize))
}

fn strspn(_cx: &mut Ctx, a: &mut Args) -> NResult {
    span(a, true)
}

fn strcspn(_cx: &mut Ctx, a: &mut Args) -> NResult {
    span(a, false)
}

fn span(a: &Args, accept: bool) -> NResult {
    let s = a.str(0);
    let chars = super::util::plain_mask(&a.str(1));
    let Some((from, to)) = span_window(s.len(), a.int(2), a.opt_int(3)) else {
        return Ok(Value::Int(0));
    };
    let n = s[from..to]
        .iter()
        .take_while(|&&b| chars[b as usize] == accept)
        .count();
    Ok(Value::Int(n as i64))
}

fn count_chars(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mode = a.int(1);
    if !(0..=4).contains(&mode) {
        return Err(cx.value_error(2, "must be between 0 and 4 (inclusive)"));
    }
    let mut counts = [0i64; 256];
    for &b in a.str(0).iter() {
        counts[b as usize] += 1;
    }
    let pick = |c: i64| match mode {
        0 => true,
        1 | 3 => c > 0,
        _ => c == 0,
    };
    if mode >= 3 {
        let bytes: Vec<u8> = (0..=255u8).filter(|&b| pick(counts[b as usize])).collect();
        return Ok(Value::from(bytes));
    }
    let mut arr = PhpArray::new();
    for (b, &n) in counts.iter().enumerate() {
        if pick(n) {
            arr.insert(Key::Int(b as i64), Value::Int(n));
        }
    }
    Ok(Value::from(arr))
}

fn str_rot13(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let out: Vec<u8> = a
        .str(0)
        .as_bytes()
        .iter()
        .map(|&b| match b {
            b'a'..=b'z' => (b - b'a' + 13) % 26 + b'a',
            b'A'..=b'Z' => (b - b'A' + 13) % 26 + b'A',
            _ => b,
        })
        .collect();
    Ok(Value::from(out))
}
