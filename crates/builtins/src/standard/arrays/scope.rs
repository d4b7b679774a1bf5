//! Functions that read or write the caller's variables (`compact`, `extract`), `range`,
//! and `iterator_to_array`/`iterator_count`.

use super::push;
use phpsock_eval::numeric::{parse_numeric, Num, Numeric};
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, PhpStr, Unwind, Value};
use std::rc::Rc;

pub(super) fn register(m: &mut Module) {
    m.func("compact($var_name, ...$var_names): array", compact)
        .func("get_defined_vars(): array", get_defined_vars)
        .func(
            "extract(@prefer-ref array &$array, int $flags = EXTR_OVERWRITE, string $prefix = \"\"): int",
            extract,
        )
        .func("range($start, $end, int|float $step = 1): array", range)
        .func(
            "iterator_to_array(Traversable|array $iterator, bool $preserve_keys = true): array",
            iterator_to_array,
        )
        .func(
            "iterator_count(Traversable|array $iterator): int",
            iterator_count,
        )
        .func(
            "iterator_apply(Traversable $iterator, callable $callback, ?array $args = null): int",
            iterator_apply,
        );
}

fn compact_one(cx: &mut Ctx, v: &Value, out: &mut PhpArray, depth: usize) -> Result<(), Unwind> {
    match v.deref() {
        Value::Str(name) => match cx.vm().var_by_name(&name) {
            Some(x) if !x.is_undef() => out.insert(Key::from_phpstr(name), x.deref()),
            _ => cx.warn(format!("Undefined variable ${}", name))?,
        },
        Value::Array(arr) => {
            if depth > 64 {
                cx.warn("Recursion detected")?;
                return Ok(());
            }
            for x in arr.values() {
                compact_one(cx, x, out, depth + 1)?;
            }
        }
        other => cx.warn(format!(
            "Argument #{} must be string or array of strings, {} given",
            1,
            other.type_name()
        ))?,
    }
    Ok(())
}

fn compact(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut out = PhpArray::new();
    for (i, v) in a.rest(0).to_vec().iter().enumerate() {
        match v.deref() {
            Value::Str(_) | Value::Array(_) => compact_one(cx, v, &mut out, 0)?,
            other => cx.warn(format!(
                "Argument #{} must be string or array of strings, {} given",
                i + 1,
                other.type_name()
            ))?,
        }
    }
    Ok(Value::from(out))
}

fn get_defined_vars(cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::from(cx.vm().defined_vars()))
}

fn valid_var_name(s: &[u8]) -> bool {
    match s.first() {
        Some(&c) if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {}
        _ => return false,
    }
    s.iter()
        .all(|&c| c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80)
}

fn extract(cx: &mut Ctx, a: &mut Args) -> NResult {
    let flags = a.int(1);
    let kind = flags & 0xff;
    if !(0..=6).contains(&kind) {
        return Err(cx.value_error(2, "must be a valid extract type"));
    }
    if (2..=5).contains(&kind) && !a.was_passed(2) {
        return Err(cx.value_error(3, "is required when using this extract type"));
    }
    let prefix = a.str(2);
    if !prefix.is_empty() && !valid_var_name(&prefix) {
        return Err(cx.value_error(3, "must be a valid identifier"));
    }
    let arr = match a.get(0) {
        Value::Array(arr) => arr,
        v => {
            return Err(cx.type_error(
                1,
                &format!("must be of type array, {} given", v.type_name()),
            ))
        }
    };
    let prefixed = |name: &[u8]| -> PhpStr {
        let mut s = prefix.as_bytes().to_vec();
        s.push(b'_');
        s.extend_from_slice(name);
        PhpStr::from_vec(s)
    };
    let mut count = 0;
    for (k, v) in arr.iter() {
        let name: PhpStr = match &k {
            Key::Str(s) => s.clone(),
            Key::Int(i) => {
                if kind == 3 || kind == 4 {
                    prefixed(i.to_string().as_bytes())
                } else {
                    continue;
                }
            }
        };
        let exists = cx.vm().var_by_name(&name).is_some_and(|x| !x.is_undef());
        let target: Option<PhpStr> = match (kind, &k) {
            (_, Key::Int(_)) => Some(name.clone()),
            (0, _) => Some(name.clone()),
            (1, _) => (!exists).then(|| name.clone()),
            (2, _) => Some(if exists {
                prefixed(&name)
            } else {
                name.clone()
            }),
            (3, _) => Some(prefixed(&name)),
            (4, _) => Some(if valid_var_name(&name) {
                name.clone()
            } else {
                prefixed(&name)
            }),
            (5, _) => exists.then(|| prefixed(&name)),
            _ => exists.then(|| name.clone()),
        };
        let target = match target {
            Some(t) if valid_var_name(&t) => t,
            _ => continue,
        };
        if target.as_bytes() == b"this" {
            return Err(cx.throw("Error", "Cannot re-assign $this"));
        }
        if kind == 0 && target.as_bytes() == b"GLOBALS" {
            continue;
        }
        if flags & 256 != 0 {
            let elem = a.by_ref(0).and_then(|r| {
                r.with_mut(|x| match x {
                    Value::Array(arr) => Rc::make_mut(arr).get_mut(&k).map(Value::make_ref),
                    _ => None,
                })
            });
            if let Some(er) = elem {
                cx.vm().bind_var_ref_by_name(&target, er);
                count += 1;
                continue;
            }
        }
        cx.vm().set_var_by_name(&target, v.deref());
        count += 1;
    }
    Ok(Value::Int(count))
}

fn step_err(cx: &mut Ctx) -> Unwind {
    cx.value_error(3, "must not exceed the specified range")
}

const HT_MAX_SIZE: u64 = 0x4000_0000;

fn is_double_str(v: &Value) -> bool {
    matches!(v, Value::Str(s) if matches!(parse_numeric(s), Numeric::Whole(Num::Float(_))))
}

fn is_long_str(v: &Value) -> bool {
    matches!(v, Value::Str(s) if matches!(parse_numeric(s), Numeric::Whole(Num::Int(_))))
}

fn range(cx: &mut Ctx, a: &mut Args) -> NResult {
    let low_v = a.get(0);
    let high_v = a.get(1);
    let step_v = a.get(2);
    let step_is_double = matches!(step_v, Value::Float(_));
    let mut step = step_v.to_float();
    if step < 0.0 {
        step = -step;
    }
    let mut out = PhpArray::new();
    // Character ranges.
    if let (Value::Str(l), Value::Str(h)) = (&low_v, &high_v) {
        if !l.is_empty() && !h.is_empty() {
            let numeric_double = is_double_str(&low_v) || is_double_str(&high_v);
            let numeric_long = is_long_str(&low_v) || is_long_str(&high_v);
            if !(numeric_double || step_is_double || numeric_long) {
                let lstep = step as i64;
                let (mut low, high) = (l[0] as i64, h[0] as i64);
                let ch = |c: i64| Value::Str(PhpStr::from_vec(vec![c as u8]));
                if low > high {
                    if low - high < lstep || lstep <= 0 {
                        return Err(step_err(cx));
                    }
                    while low >= high {
                        let _ = out.push(ch(low));
                        if low - lstep < 0 {
                            break;
                        }
                        low -= lstep;
                    }
                } else if high > low {
                    if high - low < lstep || lstep <= 0 {
                        return Err(step_err(cx));
                    }
                    while low <= high {
                        let _ = out.push(ch(low));
                        if low + lstep > 255 {
                            break;
                        }
                        low += lstep;
                    }
                } else {
                    let _ = out.push(ch(low));
                }
                return Ok(Value::from(out));
            }
            if numeric_double || step_is_double {
                return range_double(cx, &low_v, &high_v, step);
            }
            return range_long(cx, &low_v, &high_v, step);
        }
    }
    if matches!(low_v, Value::Float(_)) || matches!(high_v, Value::Float(_)) || step_is_double {
        return range_double(cx, &low_v, &high_v, step);
    }
    range_long(cx, &low_v, &high_v, step)
}

fn fmt0(f: f64) -> String {
    format!("{:.0}", f)
}

fn range_double(cx: &mut Ctx, lv: &Value, hv: &Value, step: f64) -> NResult {
    let low = lv.to_float();
    let high = hv.to_float();
    if low.is_infinite() || high.is_infinite() {
        return Err(cx.throw(
            "ValueError",
            format!(
                "Invalid range supplied: start={} end={}",
                fmt0(low),
                fmt0(high)
            ),
        ));
    }
    let mut out = PhpArray::new();
    let size_for = |cx: &mut Ctx, a: f64, b: f64| -> Result<u64, Unwind> {
        let calc = (a - b) / step + 1.0;
        if calc >= HT_MAX_SIZE as f64 {
            return Err(cx.throw(
                "ValueError",
                format!(
                    "The supplied range exceeds the maximum array size: start={} end={}",
                    fmt0(b),
                    fmt0(a)
                ),
            ));
        }
        let size = calc.round() as u64;
        super::check_packed_alloc(cx, size)?;
        Ok(size)
    };
    if low > high {
        if low - high < step || step <= 0.0 {
            return Err(step_err(cx));
        }
        let size = size_for(cx, low, high)?;
        let mut i = 0u64;
        let mut el = low;
        while i < size && el >= high {
            let _ = out.push(Value::Float(el));
            i += 1;
            el = low - i as f64 * step;
        }
    } else if high > low {
        if high - low < step || step <= 0.0 {
            return Err(step_err(cx));
        }
        let size = size_for(cx, high, low)?;
        let mut i = 0u64;
        let mut el = low;
        while i < size && el <= high {
            let _ = out.push(Value::Float(el));
            i += 1;
            el = low + i as f64 * step;
        }
    } else {
        let _ = out.push(Value::Float(low));
    }
    Ok(Value::from(out))
}

fn range_long(cx: &mut Ctx, lv: &Value, hv: &Value, step: f64) -> NResult {
    let low = lv.to_int();
    let high = hv.to_int();
    if step <= 0.0 {
        return Err(step_err(cx));
    }
    let lstep = phpsock_eval::numeric::float_to_int(step) as u64;
    if lstep == 0 {
        return Err(step_err(cx));
    }
    let mut out = PhpArray::new();
    let size_for = |cx: &mut Ctx, a: i64, b: i64| -> Result<u64, Unwind> {
        let calc = (a as u64).wrapping_sub(b as u64) / lstep;
        if calc >= HT_MAX_SIZE - 1 {
            return Err(cx.throw(
                "ValueError",
                format!(
                    "The supplied range exceeds the maximum array size: start={} end={}",
                    b, a
                ),
            ));
        }
        super::check_packed_alloc(cx, calc + 1)?;
        Ok(calc + 1)
    };
    if low > high {
        if (low as u64).wrapping_sub(high as u64) < lstep {
            return Err(step_err(cx));
        }
        let size = size_for(cx, low, high)?;
        for i in 0..size {
            let _ = out.push(Value::Int(low.wrapping_sub((i * lstep) as i64)));
        }
    } else if high > low {
        if (high as u64).wrapping_sub(low as u64) < lstep {
            return Err(step_err(cx));
        }
        let size = size_for(cx, high, low)?;
        for i in 0..size {
            let _ = out.push(Value::Int(low.wrapping_add((i * lstep) as i64)));
        }
    } else {
        let _ = out.push(Value::Int(low));
    }
    Ok(Value::from(out))
}

fn iterator_to_array(cx: &mut Ctx, a: &mut Args) -> NResult {
    let preserve = a.bool(1);
    match a.get(0) {
        Value::Array(arr) => {
            if preserve {
                Ok(Value::Array(arr))
            } else {
                Ok(Value::from(PhpArray::from_values(
                    arr.values().map(Value::deref).collect(),
                )))
            }
        }
        Value::Object(o) => {
            let mut it = cx.vm().object_iterator(&o)?;
            let mut out = PhpArray::new();
            while let Some((k, v)) = cx.vm().iter_next(&mut it)? {
                if preserve {
                    match super::value_to_key(cx, &k)? {
                        Some(k) => out.insert(k, v),
                        None => return Err(cx.throw("TypeError", "Illegal offset type")),
                    }
                } else {
                    push(cx, &mut out, v)?;
                }
            }
            Ok(Value::from(out))
        }
        _ => Ok(Value::empty_array()),
    }
}

/// `iterator_apply(Traversable $iterator, callable $callback, ?array $args = null): int`:
/// calls the callback (with `$args`, not the element) once per element while it returns a
/// true value; the number of calls made.
fn iterator_apply(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = a.object(0) else {
        return Ok(Value::Int(0));
    };
    let f = a.get(1);
    let args: Vec<Value> = match a.get(2) {
        Value::Array(arr) => arr.values().cloned().collect(),
        _ => Vec::new(),
    };
    let mut it = cx.vm().object_iterator(&o)?;
    let mut n = 0;
    while cx.vm().iter_next(&mut it)?.is_some() {
        n += 1;
        if !cx.call(&f, args.clone())?.to_bool() {
            break;
        }
    }
    Ok(Value::Int(n))
}

fn iterator_count(cx: &mut Ctx, a: &mut Args) -> NResult {
    match a.get(0) {
        Value::Array(arr) => Ok(Value::Int(arr.len() as i64)),
        Value::Object(o) => {
            let mut it = cx.vm().object_iterator(&o)?;
            let mut n = 0;
            while cx.vm().iter_next(&mut it)?.is_some() {
                n += 1;
            }
            Ok(Value::Int(n))
        }
        _ => Ok(Value::Int(0)),
    }
}
