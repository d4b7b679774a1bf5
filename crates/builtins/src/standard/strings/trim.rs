//! `trim`, `ltrim`, `rtrim` and `chop`, with `a..z` ranges in the character list.

use super::util::char_mask;
use phpsock_eval::{Args, Ctx, Module, NResult, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "trim(string $string, string $characters = \" \\n\\r\\t\\v\\0\"): string",
        trim,
    )
    .func(
        "ltrim(string $string, string $characters = \" \\n\\r\\t\\v\\0\"): string",
        ltrim,
    )
    .func(
        "rtrim(string $string, string $characters = \" \\n\\r\\t\\v\\0\"): string",
        rtrim,
    )
    .func(
        "chop(string $string, string $characters = \" \\n\\r\\t\\v\\0\"): string",
        rtrim,
    );
}

/// Trims bytes in `mask` from the left and/or right of `s`.
pub(super) fn trim_bytes<'s>(s: &'s [u8], mask: &[bool; 256], left: bool, right: bool) -> &'s [u8] {
    let mut from = 0;
    let mut to = s.len();
    if left {
        while from < to && mask[s[from] as usize] {
            from += 1;
        }
    }
    if right {
        while to > from && mask[s[to - 1] as usize] {
            to -= 1;
        }
    }
    &s[from..to]
}

fn run(cx: &mut Ctx, a: &Args, left: bool, right: bool) -> NResult {
    let s = a.str(0);
    let mask = char_mask(cx, &a.str(1))?;
    let t = trim_bytes(&s, &mask, left, right);
    if t.len() == s.len() {
        return Ok(Value::Str(s));
    }
    Ok(Value::str(t))
}

fn trim(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, true, true)
}

fn ltrim(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, true, false)
}

fn rtrim(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, false, true)
}
