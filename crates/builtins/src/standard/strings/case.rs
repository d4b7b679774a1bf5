//! ASCII case conversion (PHP 8.2 is locale-independent): `strtolower`, `strtoupper`,
//! `ucfirst`, `lcfirst`, `ucwords`.

use super::util::char_mask;
use phpsock_eval::{Args, Ctx, Module, NResult, Value};

pub(super) fn register(m: &mut Module) {
    m.func("strtolower(string $string): string", strtolower)
        .func("strtoupper(string $string): string", strtoupper)
        .func("ucfirst(string $string): string", ucfirst)
        .func("lcfirst(string $string): string", lcfirst)
        .func(
            "ucwords(string $string, string $separators = \" \\t\\r\\n\\f\\v\"): string",
            ucwords,
        );
}

fn strtolower(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(a.str(0).to_ascii_lowercase()))
}

fn strtoupper(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(a.str(0).to_ascii_uppercase()))
}

fn ucfirst(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut s = a.str(0).to_vec();
    if let Some(c) = s.first_mut() {
        c.make_ascii_uppercase();
    }
    Ok(Value::from(s))
}

fn lcfirst(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut s = a.str(0).to_vec();
    if let Some(c) = s.first_mut() {
        c.make_ascii_lowercase();
    }
    Ok(Value::from(s))
}

fn ucwords(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut s = a.str(0).to_vec();
    if s.is_empty() {
        return Ok(Value::from(""));
    }
    let mask = char_mask(cx, &a.str(1))?;
    s[0].make_ascii_uppercase();
    for i in 1..s.len() {
        if mask[s[i - 1] as usize] {
            s[i].make_ascii_uppercase();
        }
    }
    Ok(Value::from(s))
}
