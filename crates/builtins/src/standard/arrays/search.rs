//! Counting and looking things up: `count`, `in_array`, `array_search`, `array_keys`,
//! `array_values`, `array_key_exists`, `array_key_first/last`, `array_is_list`,
//! `array_count_values`, `array_sum`, `array_product`.

use super::value_to_key;
use phpsock_eval::numeric::{str_to_num, Num};
use phpsock_eval::ops;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};
use std::rc::Rc;

pub(super) fn register(m: &mut Module) {
    m.func(
        "count(Countable|array $value, int $mode = COUNT_NORMAL): int",
        count,
    )
    .func(
        "sizeof(Countable|array $value, int $mode = COUNT_NORMAL): int",
        count,
    )
    .func(
        "in_array(mixed $needle, array $haystack, bool $strict = false): bool",
        in_array,
    )
    .func(
        "array_search(mixed $needle, array $haystack, bool $strict = false): int|string|false",
        array_search,
    )
    .func(
        "array_keys(array $array, mixed $filter_value = null, bool $strict = false): array",
        array_keys,
    )
    .func("array_values(array $array): array", array_values)
    .func(
        "array_key_exists($key, array $array): bool",
        array_key_exists,
    )
    .func("key_exists($key, array $array): bool", array_key_exists)
    .func(
        "array_key_first(array $array): int|string|null",
        array_key_first,
    )
    .func(
        "array_key_last(array $array): int|string|null",
        array_key_last,
    )
    .func("array_is_list(array $array): bool", array_is_list)
    .func(
        "array_count_values(array $array): array",
        array_count_values,
    )
    .func("array_sum(array $array): int|float", array_sum)
    .func("array_product(array $array): int|float", array_product);
}

fn count(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mode = a.int(1);
    if mode != 0 && mode != 1 {
        return Err(cx.value_error(2, "must be either COUNT_NORMAL or COUNT_RECURSIVE"));
    }
    match a.get(0) {
        Value::Array(arr) => {
            if mode == 1 {
                let mut seen = Vec::new();
                Ok(Value::Int(count_recursive(cx, &arr, &mut seen)?))
            } else {
                Ok(Value::Int(arr.len() as i64))
            }
        }
        Value::Object(o) => {
            let r = cx.vm().call_method_by_name(&o, "count", Vec::new())?;
            Ok(Value::Int(r.map_or(1, |v| v.to_int())))
        }
        _ => Ok(Value::Int(1)),
    }
}

fn count_recursive(
    cx: &mut Ctx,
    arr: &Rc<PhpArray>,
    seen: &mut Vec<*const PhpArray>,
) -> Result<i64, Unwind> {
    let id = Rc::as_ptr(arr);
    if seen.contains(&id) {
        cx.warn("Recursion detected")?;
        return Ok(0);
    }
    seen.push(id);
    let mut n = arr.len() as i64;
    for v in arr.values() {
        if let Value::Array(inner) = v.deref() {
            n += count_recursive(cx, &inner, seen)?;
        }
    }
    seen.pop();
    Ok(n)
}

fn matches(cx: &mut Ctx, needle: &Value, v: &Value, strict: bool) -> Result<bool, Unwind> {
    let v = v.deref();
    if strict {
        Ok(ops::identical(needle, &v))
    } else {
        ops::loose_eq(cx.vm(), needle, &v)
    }
}

fn find(cx: &mut Ctx, a: &Args) -> Result<Option<Key>, Unwind> {
    let needle = a.get(0);
    let hay = a.array(1);
    let strict = a.bool(2);
    for (k, v) in hay.iter() {
        if matches(cx, &needle, v, strict)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn in_array(cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(find(cx, a)?.is_some()))
}

fn array_search(cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(find(cx, a)?.map_or(Value::Bool(false), |k| k.to_value()))
}

fn array_keys(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let mut out = PhpArray::with_capacity(arr.len());
    if a.was_passed(1) {
        let needle = a.get(1);
        let strict = a.bool(2);
        for (k, v) in arr.iter() {
            if matches(cx, &needle, v, strict)? {
                let _ = out.push(k.to_value());
            }
        }
    } else {
        for k in arr.keys() {
            let _ = out.push(k.to_value());
        }
    }
    Ok(Value::from(out))
}

fn array_values(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    if arr.is_packed() {
        return Ok(Value::Array(arr));
    }
    Ok(Value::from(PhpArray::from_values(
        arr.values().map(Value::deref).collect(),
    )))
}

fn array_key_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(1);
    let key = a.get(0);
    match value_to_key(cx, &key)? {
        Some(k) => Ok(Value::Bool(arr.contains_key(&k))),
        None => Err(cx.throw("TypeError", "Illegal offset type")),
    }
}

fn array_key_first(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(a.array(0)
        .first()
        .map_or(Value::Null, |(k, _)| k.to_value()))
}

fn array_key_last(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(a.array(0).last().map_or(Value::Null, |(k, _)| k.to_value()))
}

fn array_is_list(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(a.array(0).is_list()))
}

fn array_count_values(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let mut out = PhpArray::new();
    for v in arr.values() {
        let k = match v.deref() {
            Value::Int(i) => Key::Int(i),
            Value::Str(s) => Key::from_phpstr(s),
            _ => {
                cx.warn("Can only count string and integer values, entry skipped")?;
                continue;
            }
        };
        let slot = out.entry(k);
        *slot = Value::Int(slot.to_int() + 1);
    }
    Ok(Value::from(out))
}

fn to_number(v: &Value) -> Option<Num> {
    Some(match v.deref() {
        Value::Array(_) | Value::Object(_) => return None,
        Value::Float(f) => Num::Float(f),
        Value::Str(s) => str_to_num(&s),
        v => Num::Int(v.to_int()),
    })
}

fn fold(a: &Args, init: i64, mul: bool) -> Value {
    let arr = a.array(0);
    let mut acc = Num::Int(init);
    for v in arr.values() {
        if let Some(n) = to_number(v) {
            acc = match (acc, n) {
                (Num::Int(x), Num::Int(y)) => {
                    let r = if mul {
                        x.checked_mul(y)
                    } else {
                        x.checked_add(y)
                    };
                    match r {
                        Some(r) => Num::Int(r),
                        None if mul => Num::Float(x as f64 * y as f64),
                        None => Num::Float(x as f64 + y as f64),
                    }
                }
                (x, y) if mul => Num::Float(x.as_f64() * y.as_f64()),
                (x, y) => Num::Float(x.as_f64() + y.as_f64()),
            };
        }
    }
    match acc {
        Num::Int(i) => Value::Int(i),
        Num::Float(f) => Value::Float(f),
    }
}

fn array_sum(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(fold(a, 0, false))
}

fn array_product(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(fold(a, 1, true))
}
