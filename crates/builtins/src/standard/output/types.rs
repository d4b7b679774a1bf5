//! Variable handling: type names, conversions (`intval`, `settype`, …) and the `is_*`
//! predicates.

use phpsock_eval::numeric::{parse_numeric, Numeric};
use phpsock_eval::{Args, Ctx, NResult, Value};
use phpsock_syntax::ast::CastKind;

pub(super) fn gettype(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(a.get(0).gettype()))
}

/// `get_debug_type` names (`int`, `Closure`, `class@anonymous`, `resource (stream)`).
pub fn debug_type(v: &Value) -> String {
    match v {
        Value::Object(o) => {
            let n = &o.class().name;
            let end = n.iter().position(|&b| b == 0).unwrap_or(n.len());
            String::from_utf8_lossy(&n[..end]).into_owned()
        }
        Value::Resource(r) if r.is_closed() => "resource (closed)".into(),
        Value::Resource(r) => format!("resource ({})", r.type_name()),
        v => v.type_name(),
    }
}

pub(super) fn get_debug_type(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(debug_type(&a.get(0))))
}

pub(super) fn settype(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    let t = a.str(1).to_ascii_lowercase();
    let kind = match &t[..] {
        b"integer" | b"int" => CastKind::Int,
        b"float" | b"double" => CastKind::Float,
        b"string" => CastKind::String,
        b"boolean" | b"bool" => CastKind::Bool,
        b"array" => CastKind::Array,
        b"object" => CastKind::Object,
        b"null" => CastKind::Unset,
        b"resource" => return Err(cx.throw("ValueError", "Cannot convert to resource type")),
        _ => return Err(cx.value_error(2, "must be a valid type")),
    };
    let nv = cx.vm().cast(kind, v)?;
    a.set_ref(0, nv);
    Ok(Value::Bool(true))
}

/// C `strtol` on PHP bytes: whitespace, sign, optional `0x` for base 16, auto base for 0;
/// saturates on overflow; invalid bases give 0.
pub fn strtol(s: &[u8], base: i64) -> i64 {
    let mut i = 0;
    while i < s.len() && matches!(s[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
        i += 1;
    }
    let mut neg = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        neg = s[i] == b'-';
        i += 1;
    }
    let mut base = base;
    let has_hex_prefix = |i: usize| {
        i + 1 < s.len()
            && s[i] == b'0'
            && (s[i + 1] | 0x20) == b'x'
            && s.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
    };
    if base == 0 {
        if has_hex_prefix(i) {
            base = 16;
            i += 2;
        } else if i < s.len() && s[i] == b'0' {
            base = 8;
        } else {
            base = 10;
        }
    } else if base == 16 && has_hex_prefix(i) {
        i += 2;
    }
    if !(2..=36).contains(&base) {
        return 0;
    }
    let mut acc: i128 = 0;
    let mut overflow = false;
    while i < s.len() {
        let d = match s[i] {
            c @ b'0'..=b'9' => (c - b'0') as i64,
            c @ b'a'..=b'z' => (c - b'a') as i64 + 10,
            c @ b'A'..=b'Z' => (c - b'A') as i64 + 10,
            _ => break,
        };
        if d >= base {
            break;
        }
        if !overflow {
            acc = acc * base as i128 + d as i128;
            if acc > i64::MAX as i128 + 1 {
                overflow = true;
            }
        }
        i += 1;
    }
    if overflow {
        return if neg { i64::MIN } else { i64::MAX };
    }
    if neg {
        (-acc).max(i64::MIN as i128) as i64
    } else {
        acc.min(i64::MAX as i128) as i64
    }
}

pub(super) fn intval(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    let base = a.int(1);
    let s = match &v {
        Value::Str(s) if base != 10 => s.clone(),
        Value::Object(_) => return cx.vm().cast(CastKind::Int, v),
        _ => return Ok(Value::Int(v.to_int())),
    };
    if base == 0 || base == 2 {
        let mut t = &s[..];
        while let Some((&c, rest)) = t.split_first() {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                t = rest;
            } else {
                break;
            }
        }
        if t.len() > 2 {
            let off = usize::from(t[0] == b'-' || t[0] == b'+');
            if t[off] == b'0' && (t[off + 1] | 0x20) == b'b' {
                let mut tmp = t[..off].to_vec();
                tmp.extend_from_slice(&t[off + 2..]);
                return Ok(Value::Int(strtol(&tmp, 2)));
            }
        }
    }
    Ok(Value::Int(strtol(&s, base)))
}

pub(super) fn floatval(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    match v {
        Value::Object(_) => cx.vm().cast(CastKind::Float, v),
        v => Ok(Value::Float(v.to_float())),
    }
}

pub(super) fn boolval(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(a.get(0).to_bool()))
}

pub(super) fn strval(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    Ok(Value::Str(cx.to_str(&v)?))
}

/// `is_numeric`: ints, floats and whole numeric strings (trailing whitespace allowed).
pub fn is_numeric_value(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) => true,
        Value::Str(s) => matches!(parse_numeric(s), Numeric::Whole(_)),
        _ => false,
    }
}

macro_rules! predicate {
    ($name:ident, $pat:pat) => {
        pub(super) fn $name(_cx: &mut Ctx, a: &mut Args) -> NResult {
            Ok(Value::Bool(matches!(a.get(0), $pat)))
        }
    };
}

predicate!(is_int, Value::Int(_));
predicate!(is_float, Value::Float(_));
predicate!(is_string, Value::Str(_));
predicate!(is_bool, Value::Bool(_));
predicate!(is_array, Value::Array(_));
predicate!(is_object, Value::Object(_));
predicate!(is_null, Value::Null | Value::Undef);
predicate!(
    is_scalar,
    Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::Bool(_)
);

pub(super) fn is_numeric(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(is_numeric_value(&a.get(0))))
}

pub(super) fn is_resource(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(
        matches!(a.get(0), Value::Resource(r) if !r.is_closed()),
    ))
}

pub(super) fn is_iterable(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(match a.get(0) {
        Value::Array(_) => true,
        Value::Object(o) => o.class().instance_of_name(b"traversable"),
        _ => false,
    }))
}

pub(super) fn is_countable(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(match a.get(0) {
        Value::Array(_) => true,
        Value::Object(o) => o.class().instance_of_name(b"countable"),
        _ => false,
    }))
}

/// The `$callable_name` PHP reports for a value.
fn callable_name(cx: &mut Ctx, v: &Value) -> Value {
    match v {
        Value::Str(s) => Value::Str(s.clone()),
        Value::Object(o) => Value::from(format!("{}::__invoke", o.class().name)),
        Value::Array(a) if a.len() == 2 => {
            let obj = a.get_int(0).map(Value::deref);
            let m = a.get_int(1).map(Value::deref);
            match (obj, m) {
                (Some(Value::Object(o)), Some(Value::Str(m))) => {
                    let mut n = o.class().name.to_vec();
                    n.extend_from_slice(b"::");
                    n.extend_from_slice(&m);
                    Value::from(n)
                }
                (Some(Value::Str(c)), Some(Value::Str(m))) => {
                    let mut n = c.to_vec();
                    n.extend_from_slice(b"::");
                    n.extend_from_slice(&m);
                    Value::from(n)
                }
                _ => Value::from("Array"),
            }
        }
        Value::Array(_) => Value::from("Array"),
        v => Value::Str(cx.to_str(v).unwrap_or_default()),
    }
}

fn syntax_callable(v: &Value) -> bool {
    match v {
        Value::Str(_) => true,
        Value::Array(a) if a.len() == 2 => matches!(
            (
                a.get_int(0).map(Value::deref),
                a.get_int(1).map(Value::deref)
            ),
            (Some(Value::Str(_) | Value::Object(_)), Some(Value::Str(_)))
        ),
        _ => false,
    }
}

pub(super) fn is_callable(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    let ok = if a.bool(1) && !matches!(v, Value::Object(_)) {
        syntax_callable(&v)
    } else {
        cx.is_callable(&v)?
    };
    if a.was_passed(2) {
        let n = callable_name(cx, &v);
        a.set_ref(2, n);
    }
    Ok(Value::Bool(ok))
}
