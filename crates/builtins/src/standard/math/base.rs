//! Base conversion: `bindec`, `hexdec`, `octdec`, `decbin`, `dechex`, `decoct`,
//! `base_convert`.

use phpsock_eval::{Args, Ctx, NResult, Unwind, Value};

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `_php_math_basetozval`: digits of `base` (invalid ones skipped with a deprecation);
/// an int, or a float once it overflows.
fn base_to_value(cx: &mut Ctx, s: &[u8], base: u32) -> Result<Value, Unwind> {
    let is_ws = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let mut s = s;
    while s.first().is_some_and(is_ws) {
        s = &s[1..];
    }
    while s.last().is_some_and(is_ws) {
        s = &s[..s.len() - 1];
    }
    if s.len() >= 2 && s[0] == b'0' {
        let p = s[1] | 0x20;
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            s = &s[2..];
        }
    }
    let cutoff = i64::MAX / base as i64;
    let cutlim = i64::MAX % base as i64;
    let mut num: i64 = 0;
    let mut fnum = 0.0f64;
    let mut float_mode = false;
    let mut invalid = false;
    for &c in s {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'A'..=b'Z' => c - b'A' + 10,
            b'a'..=b'z' => c - b'a' + 10,
            _ => {
                invalid = true;
                continue;
            }
        } as i64;
        if d >= base as i64 {
            invalid = true;
            continue;
        }
        if !float_mode {
            if num < cutoff || (num == cutoff && d <= cutlim) {
                num = num * base as i64 + d;
                continue;
            }
            fnum = num as f64;
            float_mode = true;
        }
        fnum = fnum * base as f64 + d as f64;
    }
    if invalid {
        cx.raise(
            8192,
            "Invalid characters passed for attempted conversion, these have been ignored",
        )?;
    }
    Ok(if float_mode {
        Value::Float(fnum)
    } else {
        Value::Int(num)
    })
}

fn long_to_base(n: i64, base: u64) -> String {
    let mut v = n as u64;
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(v % base) as usize]);
        v /= base;
        if v == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn value_to_base(cx: &mut Ctx, v: &Value, base: u64) -> Result<String, Unwind> {
    match v {
        Value::Float(f) => {
            let mut f = f.floor();
            if f.is_infinite() {
                return Err(cx.throw(
                    "ValueError",
                    format!("An infinite value cannot be converted to base {base}"),
                ));
            }
            let mut out = Vec::new();
            loop {
                out.push(DIGITS[(f % base as f64).abs() as usize % 36]);
                f /= base as f64;
                if f.abs() < 1.0 || out.len() > 1100 {
                    break;
                }
            }
            out.reverse();
            Ok(String::from_utf8(out).unwrap_or_default())
        }
        v => Ok(long_to_base(v.to_int(), base)),
    }
}

pub(super) fn bindec(cx: &mut Ctx, a: &mut Args) -> NResult {
    base_to_value(cx, &a.str(0), 2)
}

pub(super) fn hexdec(cx: &mut Ctx, a: &mut Args) -> NResult {
    base_to_value(cx, &a.str(0), 16)
}

pub(super) fn octdec(cx: &mut Ctx, a: &mut Args) -> NResult {
    base_to_value(cx, &a.str(0), 8)
}

pub(super) fn decbin(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(long_to_base(a.int(0), 2)))
}

pub(super) fn dechex(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(long_to_base(a.int(0), 16)))
}

pub(super) fn decoct(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(long_to_base(a.int(0), 8)))
}

pub(super) fn base_convert(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (from, to) = (a.int(1), a.int(2));
    if !(2..=36).contains(&from) {
        return Err(cx.value_error(2, "must be between 2 and 36 (inclusive)"));
    }
    if !(2..=36).contains(&to) {
        return Err(cx.value_error(3, "must be between 2 and 36 (inclusive)"));
    }
    let v = base_to_value(cx, &a.str(0), from as u32)?;
    Ok(Value::from(value_to_base(cx, &v, to as u64)?))
}
