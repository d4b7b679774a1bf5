//! The `printf` family: one formatter (PHP's `php_formatted_print`) behind `sprintf`,
//! `printf`, `vsprintf`, `vprintf`, `fprintf` and `vfprintf`.

use phpsock_eval::numeric::fmt_float;
use phpsock_eval::{Args, Ctx, NResult, Unwind, Value};

/// How missing arguments are reported.
#[derive(Clone, Copy)]
pub enum ArgStyle {
    /// Variadic arguments after this many fixed parameters (`ArgumentCountError`).
    Variadic(usize),
    /// An array of values (`ValueError`).
    Array,
}

const MAX_FLOAT_PRECISION: usize = 53;
const INT_MAX: i64 = i32::MAX as i64;
/// Precision `-1` (only for `%g`-style conversions): shortest round-trip digits.
const SHORTEST: usize = usize::MAX;

struct Spec {
    left: bool,
    plus: bool,
    pad: u8,
    width: usize,
    precision: Option<usize>,
}

fn value_err(cx: &mut Ctx, msg: String) -> Unwind {
    cx.throw("ValueError", msg)
}

/// Appends `s` padded as PHP's `php_sprintf_appendstring` does.
fn append_str(out: &mut Vec<u8>, s: &[u8], spec: &Spec, max: Option<usize>, neg: bool) {
    let mut s = s;
    let mut copy_len = match max {
        Some(m) => m.min(s.len()),
        None => s.len(),
    };
    let npad = spec.width.saturating_sub(copy_len);
    if !spec.left {
        if (neg || spec.plus) && spec.pad == b'0' && !s.is_empty() {
            out.push(if neg { b'-' } else { b'+' });
            s = &s[1..];
            copy_len = copy_len.saturating_sub(1);
        }
        out.extend(std::iter::repeat_n(spec.pad, npad));
    }
    out.extend_from_slice(&s[..copy_len.min(s.len())]);
    if spec.left {
        out.extend(std::iter::repeat_n(spec.pad, npad));
    }
}

/// Integers never pad with zeros on the right.
fn left_pad(spec: &Spec) -> u8 {
    if spec.left && spec.pad == b'0' {
        b' '
    } else {
        spec.pad
    }
}

fn append_int(out: &mut Vec<u8>, n: i64, spec: &Spec) {
    let mut s = n.unsigned_abs().to_string();
    if n < 0 {
        s.insert(0, '-');
    } else if spec.plus {
        s.insert(0, '+');
    }
    let sp = Spec {
        pad: left_pad(spec),
        ..*spec
    };
    append_str(out, s.as_bytes(), &sp, None, n < 0);
}

fn append_radix(out: &mut Vec<u8>, n: i64, spec: &Spec, conv: u8) {
    let u = n as u64;
    let s = match conv {
        b'b' => format!("{u:b}"),
        b'o' => format!("{u:o}"),
        b'x' => format!("{u:x}"),
        _ => format!("{u:X}"),
    };
    let plain = Spec {
        plus: false,
        ..*spec
    };
    append_str(out, s.as_bytes(), &plain, None, false);
}

/// Formats `f` for `%e`/`%E` (PHP's `php_conv_fp`): mantissa with `prec` decimals and an
/// exponent without zero padding.
pub fn conv_exp(f: f64, prec: usize, e: char) -> String {
    let s = format!("{:.*e}", prec, f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mant}{e}{sign}{}", exp.abs())
}

/// `%g`/`%G` (PHP's `zend_gcvt` with `prec` significant digits).
fn conv_g(f: f64, prec: usize, e: char) -> String {
    let s = fmt_float(f, prec as i32);
    if e == 'e' {
        s.replace('E', "e")
    } else {
        s
    }
}

fn append_double(
    cx: &mut Ctx,
    out: &mut Vec<u8>,
    f: f64,
    spec: &Spec,
    conv: u8,
) -> Result<(), Unwind> {
    let mut prec = spec.precision.unwrap_or(6);
    if prec > MAX_FLOAT_PRECISION && prec != SHORTEST {
        cx.notice(format!(
            "Requested precision of {prec} digits was truncated to PHP maximum of {MAX_FLOAT_PRECISION} digits"
        ))?;
        prec = MAX_FLOAT_PRECISION;
    }
    if f.is_nan() || f.is_infinite() {
        let s: &[u8] = if f.is_nan() { b"NaN" } else { b"INF" };
        let sp = Spec { width: 3, ..*spec };
        append_str(out, s, &sp, None, f < 0.0);
        return Ok(());
    }
    let neg = f < 0.0;
    let mut s = String::new();
    match conv {
        b'e' | b'E' | b'f' | b'F' => {
            if neg {
                s.push('-');
            } else if spec.plus {
                s.push('+');
            }
            if conv == b'f' || conv == b'F' {
                s.push_str(&format!("{:.*}", prec, f.abs()));
            } else {
                s.push_str(&conv_exp(f, prec, if conv == b'e' { 'e' } else { 'E' }));
            }
        }
        _ => {
            let e = if conv == b'g' { 'e' } else { 'E' };
            if !neg && spec.plus {
                s.push('+');
            }
            if prec == SHORTEST {
                s.push_str(&conv_g(f, 0, e));
            } else {
                s.push_str(&conv_g(f, prec.max(1), e));
            }
        }
    }
    append_str(out, s.as_bytes(), spec, None, neg);
    Ok(())
}

fn get_number(fmt: &[u8], pos: &mut usize) -> Option<i64> {
    let start = *pos;
    let mut n: i64 = 0;
    let mut overflow = false;
    while *pos < fmt.len() && fmt[*pos].is_ascii_digit() {
        n = n * 10 + (fmt[*pos] - b'0') as i64;
        if n >= INT_MAX {
            overflow = true;
            n = INT_MAX;
        }
        *pos += 1;
    }
    if *pos == start {
        return None;
    }
    Some(if overflow { -1 } else { n })
}

/// Formats `fmt` with `args` as PHP's `sprintf` does.
pub fn format(
    cx: &mut Ctx,
    fmt: &[u8],
    args: &[Value],
    style: ArgStyle,
) -> Result<Vec<u8>, Unwind> {
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let mut cur = 0usize;
    let mut max_missing: Option<usize> = None;
    while i < fmt.len() {
        let c = fmt[i];
        if c != b'%' {
            let next = memchr(fmt, i);
            out.extend_from_slice(&fmt[i..next]);
            i = next;
            continue;
        }
        i += 1;
        if fmt.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        let mut spec = Spec {
            left: false,
            plus: false,
            pad: b' ',
            width: 0,
            precision: None,
        };
        let mut argnum: Option<usize> = None;
        if !fmt.get(i).is_some_and(u8::is_ascii_alphabetic) {
            // argnum
            let mut t = i;
            if let Some(n) = get_number(fmt, &mut t) {
                if fmt.get(t) == Some(&b'$') {
                    if n <= 0 {
                        return Err(value_err(
                            cx,
                            format!("Argument number specifier must be greater than zero and less than {INT_MAX}"),
                        ));
                    }
                    argnum = Some(n as usize - 1);
                    i = t + 1;
                }
            }
            // modifiers
            while let Some(&m) = fmt.get(i) {
                match m {
                    b'-' => {
                        spec.left = true;
                        i += 1;
                    }
                    b'+' => {
                        spec.plus = true;
                        i += 1;
                    }
                    b' ' | b'0' => {
                        spec.pad = m;
                        i += 1;
                    }
                    b'\'' => {
                        if let Some(&p) = fmt.get(i + 1) {
                            spec.pad = p;
                            i += 2;
                        } else {
                            return Err(value_err(cx, "Missing padding character".into()));
                        }
                    }
                    _ => break,
                }
            }
            // width
            if fmt.get(i) == Some(&b'*') {
                i += 1;
                let w = take_star(cx, args, &mut cur, fmt, &mut i, style, &mut max_missing)?;
                match w {
                    Some(Value::Int(n)) if (0..INT_MAX).contains(&n) => spec.width = n as usize,
                    Some(Value::Int(_)) => {
                        return Err(value_err(
                            cx,
                            format!("Width must be greater than zero and less than {INT_MAX}"),
                        ))
                    }
                    Some(_) => return Err(value_err(cx, "Width must be an integer".into())),
                    None => {}
                }
            } else if let Some(n) = get_number(fmt, &mut i) {
                if n < 0 {
                    return Err(value_err(
                        cx,
                        format!("Width must be greater than zero and less than {INT_MAX}"),
                    ));
                }
                spec.width = n as usize;
            }
            // precision
            if fmt.get(i) == Some(&b'.') {
                i += 1;
                if fmt.get(i) == Some(&b'*') {
                    i += 1;
                    let p = take_star(cx, args, &mut cur, fmt, &mut i, style, &mut max_missing)?;
                    match p {
                        Some(Value::Int(n)) if (-1..INT_MAX).contains(&n) => {
                            spec.precision = Some(if n < 0 { SHORTEST } else { n as usize })
                        }
                        Some(Value::Int(_)) => {
                            return Err(value_err(
                                cx,
                                format!("Precision must be between -1 and {INT_MAX}"),
                            ))
                        }
                        Some(_) => {
                            return Err(value_err(cx, "Precision must be an integer".into()))
                        }
                        None => {}
                    }
                } else if let Some(n) = get_number(fmt, &mut i) {
                    if n < 0 {
                        return Err(value_err(
                            cx,
                            format!("Precision must be greater than zero and less than {INT_MAX}"),
                        ));
                    }
                    spec.precision = Some(n as usize);
                } else {
                    spec.precision = Some(0);
                }
            }
        }
        if fmt.get(i) == Some(&b'l') {
            i += 1;
        }
        let n = match argnum {
            Some(n) => n,
            None => {
                cur += 1;
                cur - 1
            }
        };
        if n >= args.len() {
            max_missing = Some(max_missing.map_or(n, |m| m.max(n)));
            if i < fmt.len() {
                i += 1;
            }
            continue;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(value_err(
                cx,
                "Missing format specifier at end of string".into(),
            ));
        };
        i += 1;
        if !matches!(
            conv,
            b's' | b'd'
                | b'u'
                | b'e'
                | b'E'
                | b'f'
                | b'F'
                | b'g'
                | b'G'
                | b'h'
                | b'H'
                | b'c'
                | b'o'
                | b'x'
                | b'X'
                | b'b'
                | b'%'
        ) {
            return Err(value_err(
                cx,
                format!("Unknown format specifier \"{}\"", conv as char),
            ));
        }
        if spec.precision == Some(SHORTEST) && !matches!(conv, b'g' | b'G' | b'h' | b'H') {
            return Err(value_err(
                cx,
                "Precision -1 is only supported for %g, %G, %h and %H".into(),
            ));
        }
        let v = args[n].deref();
        match conv {
            b's' => {
                let s = cx.to_str(&v)?;
                append_str(&mut out, &s, &spec, spec.precision, false);
            }
            b'd' => append_int(&mut out, v.to_int(), &spec),
            b'u' => {
                let s = (v.to_int() as u64).to_string();
                let plain = Spec {
                    plus: false,
                    pad: left_pad(&spec),
                    ..spec
                };
                append_str(&mut out, s.as_bytes(), &plain, None, false);
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                append_double(cx, &mut out, v.to_float(), &spec, conv)?
            }
            b'h' | b'H' => {
                let c = if conv == b'h' { b'g' } else { b'G' };
                append_double(cx, &mut out, v.to_float(), &spec, c)?
            }
            b'c' => out.push(v.to_int() as u8),
            b'o' | b'x' | b'X' | b'b' => append_radix(&mut out, v.to_int(), &spec, conv),
            _ => out.push(b'%'),
        }
    }
    if let Some(m) = max_missing {
        return Err(match style {
            ArgStyle::Array => value_err(
                cx,
                format!(
                    "The arguments array must contain {} items, {} given",
                    m + 1,
                    args.len()
                ),
            ),
            ArgStyle::Variadic(extra) => cx.throw(
                "ArgumentCountError",
                format!(
                    "{} arguments are required, {} given",
                    m + extra + 1,
                    args.len() + extra
                ),
            ),
        });
    }
    Ok(out)
}

fn take_star(
    _cx: &mut Ctx,
    args: &[Value],
    cur: &mut usize,
    fmt: &[u8],
    i: &mut usize,
    _style: ArgStyle,
    max_missing: &mut Option<usize>,
) -> Result<Option<Value>, Unwind> {
    let mut t = *i;
    let n = match get_number(fmt, &mut t) {
        Some(n) if fmt.get(t) == Some(&b'$') && n > 0 => {
            *i = t + 1;
            n as usize - 1
        }
        _ => {
            *cur += 1;
            *cur - 1
        }
    };
    if n >= args.len() {
        *max_missing = Some(max_missing.map_or(n, |m| m.max(n)));
        return Ok(None);
    }
    Ok(Some(args[n].deref()))
}

fn memchr(fmt: &[u8], from: usize) -> usize {
    fmt[from..]
        .iter()
        .position(|&b| b == b'%')
        .map_or(fmt.len(), |p| from + p)
}

fn array_values(a: &Args, i: usize) -> Vec<Value> {
    a.array(i).values().map(Value::deref).collect()
}

pub(super) fn sprintf(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.str(0);
    Ok(Value::from(format(
        cx,
        &f,
        a.rest(1),
        ArgStyle::Variadic(1),
    )?))
}

pub(super) fn vsprintf(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.str(0);
    let vals = array_values(a, 1);
    Ok(Value::from(format(cx, &f, &vals, ArgStyle::Array)?))
}

pub(super) fn printf(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.str(0);
    let s = format(cx, &f, a.rest(1), ArgStyle::Variadic(1))?;
    cx.echo(&s);
    Ok(Value::Int(s.len() as i64))
}

pub(super) fn vprintf(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.str(0);
    let vals = array_values(a, 1);
    let s = format(cx, &f, &vals, ArgStyle::Array)?;
    cx.echo(&s);
    Ok(Value::Int(s.len() as i64))
}

fn write_stream(cx: &mut Ctx, stream: Value, s: Vec<u8>) -> NResult {
    let n = s.len() as i64;
    cx.call(&Value::from("fwrite"), vec![stream, Value::from(s)])?;
    Ok(Value::Int(n))
}

pub(super) fn fprintf(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.str(1);
    let s = format(cx, &f, a.rest(2), ArgStyle::Variadic(2))?;
    write_stream(cx, a.get(0), s)
}

pub(super) fn vfprintf(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.str(1);
    let vals = array_values(a, 2);
    let s = format(cx, &f, &vals, ArgStyle::Array)?;
    write_stream(cx, a.get(0), s)
}
