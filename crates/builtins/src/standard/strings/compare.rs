//! Comparison: `strcmp`, `strcasecmp`, `strncmp`, `strncasecmp`, `strnatcmp`,
//! `strnatcasecmp`, `substr_compare`, `strcoll`. As in PHP 8.2, the byte comparisons return the
//! difference of the first differing bytes, or -1/0/1 when one string is a prefix of the
//! other.

use phpsock_eval::{Args, Ctx, Module, NResult, Value};
pub(super) fn register(m: &mut Module) {
    m.func("strcmp(string $string1, string $string2): int", strcmp)
        .func("strcasecmp(string $string1, string $string2): int", strcasecmp)
        .func(
            "strncmp(string $string1, string $string2, int $length): int",
            strncmp,
        )
        .func(
            "strncasecmp(string $string1, string $string2, int $length): int",
            strncasecmp,
        )
        .func("strnatcmp(string $string1, string $string2): int", strnatcmp)
        .func(
            "strnatcasecmp(string $string1, string $string2): int",
            strnatcasecmp,
        )
        .func("strcoll(string $string1, string $string2): int", strcoll)
        .func(
            "substr_compare(string $haystack, string $needle, int $offset, ?int $length = null, bool $case_insensitive = false): int",
            substr_compare,
        );
}

fn ord(n: i64) -> Value {
    Value::Int(n)
}

/// Byte-wise comparison of at most `n` bytes, optionally ASCII case-insensitive: the
/// difference of the first differing bytes, else -1/0/1 by length.
pub(super) fn cmp_n(a: &[u8], b: &[u8], n: usize, fold: bool) -> i64 {
    let a = &a[..a.len().min(n)];
    let b = &b[..b.len().min(n)];
    let f = |c: u8| if fold { c.to_ascii_lowercase() } else { c };
    for (&x, &y) in a.iter().zip(b) {
        let (x, y) = (f(x), f(y));
        if x != y {
            return x as i64 - y as i64;
        }
    }
    (a.len() as i64 - b.len() as i64).signum()
}

fn strcmp(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(ord(cmp_n(&a.str(0), &a.str(1), usize::MAX, false)))
}

fn strcasecmp(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(ord(cmp_n(&a.str(0), &a.str(1), usize::MAX, true)))
}

fn ncmp(cx: &mut Ctx, a: &Args, fold: bool) -> NResult {
    let n = a.int(2);
    if n < 0 {
        return Err(cx.value_error(3, "must be greater than or equal to 0"));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX);
    Ok(ord(cmp_n(&a.str(0), &a.str(1), n, fold)))
}

fn strncmp(cx: &mut Ctx, a: &mut Args) -> NResult {
    ncmp(cx, a, false)
}

fn strncasecmp(cx: &mut Ctx, a: &mut Args) -> NResult {
    ncmp(cx, a, true)
}

fn strnatcmp(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(natcmp(&a.str(0), &a.str(1), false) as i64))
}

fn strnatcasecmp(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(natcmp(&a.str(0), &a.str(1), true) as i64))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Compares two runs of digits starting at `*i`/`*j`. Left-aligned runs (a leading zero,
/// "fractional") compare digit by digit; right-aligned runs prefer the longer one, then the
/// first differing digit.
fn cmp_digits(a: &[u8], i: &mut usize, b: &[u8], j: &mut usize, left: bool) -> i32 {
    let mut bias = 0;
    loop {
        let da = *i < a.len() && a[*i].is_ascii_digit();
        let db = *j < b.len() && b[*j].is_ascii_digit();
        match (da, db) {
            (false, false) => return bias,
            (false, true) => return -1,
            (true, false) => return 1,
            _ => {}
        }
        let (x, y) = (a[*i], b[*j]);
        if x != y {
            let d = if x < y { -1 } else { 1 };
            if left {
                return d;
            }
            if bias == 0 {
                bias = d;
            }
        }
        *i += 1;
        *j += 1;
    }
}

/// PHP's natural-order comparison (`strnatcmp_ex`).
pub(super) fn natcmp(a: &[u8], b: &[u8], fold: bool) -> i32 {
    if a.is_empty() || b.is_empty() {
        return (a.len() as i64 - b.len() as i64).signum() as i32;
    }
    let at = |s: &[u8], i: usize| s.get(i).copied().unwrap_or(0);
    let (mut i, mut j) = (0usize, 0usize);
    let mut leading = true;
    loop {
        let mut ca = at(a, i);
        let mut cb = at(b, j);
        while leading && ca == b'0' && i + 1 < a.len() && a[i + 1].is_ascii_digit() {
            i += 1;
            ca = a[i];
        }
        while leading && cb == b'0' && j + 1 < b.len() && b[j + 1].is_ascii_digit() {
            j += 1;
            cb = b[j];
        }
        leading = false;
        while is_space(ca) {
            i += 1;
            ca = at(a, i);
        }
        while is_space(cb) {
            j += 1;
            cb = at(b, j);
        }
        if ca.is_ascii_digit() && cb.is_ascii_digit() {
            let left = ca == b'0' || cb == b'0';
            let r = cmp_digits(a, &mut i, b, &mut j, left);
            if r != 0 {
                return r;
            }
            match (i >= a.len(), j >= b.len()) {
                (true, true) => return 0,
                (true, false) => return -1,
                (false, true) => return 1,
                _ => {}
            }
            ca = a[i];
            cb = b[j];
        }
        if fold {
            ca = ca.to_ascii_uppercase();
            cb = cb.to_ascii_uppercase();
        }
        if ca != cb {
            return if ca < cb { -1 } else { 1 };
        }
        i += 1;
        j += 1;
        match (i >= a.len(), j >= b.len()) {
            (true, true) => return 0,
            (true, false) => return -1,
            (false, true) => return 1,
            _ => {}
        }
    }
}

fn substr_compare(cx: &mut Ctx, a: &mut Args) -> NResult {
    let hay = a.str(0);
    let needle = a.str(1);
    let length = a.opt_int(3);
    if let Some(l) = length {
        if l == 0 {
            return Ok(Value::Int(0));
        }
        if l < 0 {
            return Err(cx.value_error(4, "must be greater than or equal to 0"));
        }
    }
    let mut off = a.int(2) as i128;
    if off < 0 {
        off = (off + hay.len() as i128).max(0);
    }
    if off > hay.len() as i128 {
        return Err(cx.value_error(3, "must be contained in argument #1 ($haystack)"));
    }
    let rest = &hay[off as usize..];
    let n = match length {
        Some(l) => usize::try_from(l).unwrap_or(usize::MAX),
        None => needle.len().max(rest.len()),
    };
    Ok(ord(cmp_n(rest, &needle, n, a.bool(4))))
}

/// `strcoll()` in the C locale (the only one PHP 8's string functions use): the C strings
/// compared, so each ends at its first NUL byte; the difference of the first differing
/// bytes (a string's end counting as 0), or 0.
fn strcoll(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let (x, y) = (a.str(0), a.str(1));
    let c_str = |s: &[u8]| s.iter().position(|&b| b == 0).map_or(s.len(), |i| i);
    let (x, y) = (&x[..c_str(&x)], &y[..c_str(&y)]);
    let at = |s: &[u8], i: usize| i64::from(s.get(i).copied().unwrap_or(0));
    let d = (0..=x.len().max(y.len()))
        .map(|i| at(x, i) - at(y, i))
        .find(|&d| d != 0)
        .unwrap_or(0);
    Ok(Value::Int(d))
}
