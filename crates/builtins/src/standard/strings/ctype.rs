//! The `ctype` extension's eleven predicates (C locale), with PHP 8.1's deprecation for
//! non-string arguments.

use phpsock_eval::{Args, Ctx, Module, NResult, Value};

pub(super) fn register(m: &mut Module) {
    m.func("ctype_alnum(mixed $text): bool", ctype_alnum)
        .func("ctype_alpha(mixed $text): bool", ctype_alpha)
        .func("ctype_cntrl(mixed $text): bool", ctype_cntrl)
        .func("ctype_digit(mixed $text): bool", ctype_digit)
        .func("ctype_graph(mixed $text): bool", ctype_graph)
        .func("ctype_lower(mixed $text): bool", ctype_lower)
        .func("ctype_print(mixed $text): bool", ctype_print)
        .func("ctype_punct(mixed $text): bool", ctype_punct)
        .func("ctype_space(mixed $text): bool", ctype_space)
        .func("ctype_upper(mixed $text): bool", ctype_upper)
        .func("ctype_xdigit(mixed $text): bool", ctype_xdigit);
}

/// Applies `pred` to every byte of a string argument (false for ""); ints in -128..=255 are
/// taken as a character, other ints answer `big` (positive) or `neg` (negative).
fn check(cx: &mut Ctx, a: &Args, pred: fn(u8) -> bool, big: bool, neg: bool) -> NResult {
    let v = a.get(0);
    if let Value::Str(s) = &v {
        return Ok(Value::Bool(!s.is_empty() && s.iter().all(|&c| pred(c))));
    }
    cx.deprecated(format!(
        "Argument of type {} will be interpreted as string in the future",
        v.type_name()
    ))?;
    Ok(Value::Bool(match v {
        Value::Int(n @ 0..=255) => pred(n as u8),
        Value::Int(n @ -128..=-1) => pred((n + 256) as u8),
        Value::Int(n) if n >= 0 => big,
        Value::Int(_) => neg,
        _ => false,
    }))
}

fn ctype_alnum(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| c.is_ascii_alphanumeric(), true, false)
}

fn ctype_alpha(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| c.is_ascii_alphabetic(), false, false)
}

fn ctype_cntrl(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| c.is_ascii_control(), false, false)
}

fn ctype_digit(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| c.is_ascii_digit(), true, false)
}

fn ctype_graph(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| c.is_ascii_graphic(), true, true)
}

fn ctype_lower(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| c.is_ascii_lowercase(), false, false)
}

fn ctype_print(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| (0x20..=0x7e).contains(&c), true, true)
}

fn ctype_punct(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| c.is_ascii_punctuation(), false, false)
}

fn ctype_space(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(
        cx,
        a,
        |c| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        false,
        false,
    )
}

fn ctype_upper(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| c.is_ascii_uppercase(), false, false)
}

fn ctype_xdigit(cx: &mut Ctx, a: &mut Args) -> NResult {
    check(cx, a, |c| c.is_ascii_hexdigit(), true, false)
}
