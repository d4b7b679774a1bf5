//! Building arrays from others: `array_merge(_recursive)`, `array_replace(_recursive)`,
//! `array_combine`, `array_flip`, `array_fill(_keys)`, `array_column`, `array_unique`,
//! `array_change_key_case`.

use super::cmp::{self, Flag};
use super::order;
use super::{plain, push, value_to_key};
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, PhpStr, Unwind, Value};
use std::rc::Rc;

pub(super) fn register(m: &mut Module) {
    m.func("array_merge(array ...$arrays): array", array_merge)
        .func(
            "array_merge_recursive(array ...$arrays): array",
            array_merge_recursive,
        )
        .func(
            "array_replace(array $array, array ...$replacements): array",
            array_replace,
        )
        .func(
            "array_replace_recursive(array $array, array ...$replacements): array",
            array_replace_recursive,
        )
        .func(
            "array_combine(array $keys, array $values): array",
            array_combine,
        )
        .func("array_flip(array $array): array", array_flip)
        .func(
            "array_fill(int $start_index, int $count, mixed $value): array",
            array_fill,
        )
        .func(
            "array_fill_keys(array $keys, mixed $value): array",
            array_fill_keys,
        )
        .func(
            "array_column(array $array, string|int|null $column_key, string|int|null $index_key = null): array",
            array_column,
        )
        .func(
            "array_unique(array $array, int $flags = SORT_STRING): array",
            array_unique,
        )
        .func(
            "array_change_key_case(array $array, int $case = CASE_LOWER): array",
            array_change_key_case,
        );
}

fn array_merge(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arrays: Vec<Value> = a.rest(0).to_vec();
    if arrays.len() == 1 {
        if let Value::Array(x) = arrays[0].deref() {
            if x.is_packed() {
                return Ok(Value::Array(x));
            }
        }
    }
    let mut out = PhpArray::new();
    for v in arrays {
        if let Value::Array(x) = v.deref() {
            for (k, v) in x.iter() {
                match k {
                    Key::Int(_) => push(cx, &mut out, plain(v))?,
                    k => out.insert(k, plain(v)),
                }
            }
        }
    }
    Ok(Value::from(out))
}

/// `(array)` of a non-array value as `array_merge_recursive` uses it.
fn to_array(v: Value) -> PhpArray {
    match v {
        Value::Array(a) => (*a).clone(),
        Value::Null | Value::Undef => PhpArray::new(),
        Value::Object(o) => {
            let mut out = PhpArray::new();
            for (n, v, _) in o.prop_list() {
                out.insert(Key::from_phpstr(n), v.deref());
            }
            out
        }
        v => PhpArray::from_values(vec![v]),
    }
}

fn merge_recursive_into(
    cx: &mut Ctx,
    dest: &mut PhpArray,
    src: &PhpArray,
    depth: usize,
) -> Result<(), Unwind> {
    if depth > 256 {
        cx.warn("Recursion detected")?;
        return Ok(());
    }
    for (k, v) in src.iter() {
        let v = v.deref();
        match &k {
            Key::Str(_) if dest.contains_key(&k) => {
                let old = dest.get(&k).map(Value::deref).unwrap_or_default();
                let mut d = match old {
                    Value::Null => {
                        let mut d = PhpArray::new();
                        let _ = d.push(Value::Null);
                        d
                    }
                    o => to_array(o),
                };
                let src_v = match v {
                    Value::Object(_) => Value::from(to_array(v)),
                    v => v,
                };
                match src_v {
                    Value::Array(s) => merge_recursive_into(cx, &mut d, &s, depth + 1)?,
                    s => push(cx, &mut d, s)?,
                }
                dest.insert(k, Value::from(d));
            }
            Key::Str(_) => dest.insert(k, v),
            Key::Int(_) => push(cx, dest, v)?,
        }
    }
    Ok(())
}

fn array_merge_recursive(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut out = PhpArray::new();
    for v in a.rest(0).to_vec() {
        if let Value::Array(x) = v.deref() {
            merge_recursive_into(cx, &mut out, &x, 0)?;
        }
    }
    Ok(Value::from(out))
}

fn array_replace(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut out = (*a.array(0)).clone();
    for v in a.rest(1) {
        if let Value::Array(x) = v.deref() {
            for (k, v) in x.iter() {
                out.insert(k, plain(v));
            }
        }
    }
    Ok(Value::from(out))
}

fn replace_recursive(
    cx: &mut Ctx,
    dest: &mut PhpArray,
    src: &PhpArray,
    depth: usize,
) -> Result<(), Unwind> {
    if depth > 256 {
        cx.warn("Recursion detected")?;
        return Ok(());
    }
    for (k, v) in src.iter() {
        let v = v.deref();
        match (dest.get(&k).map(Value::deref), &v) {
            (Some(Value::Array(d)), Value::Array(s)) => {
                let mut d = (*d).clone();
                replace_recursive(cx, &mut d, s, depth + 1)?;
                dest.insert(k, Value::from(d));
            }
            _ => dest.insert(k, v),
        }
    }
    Ok(())
}

fn array_replace_recursive(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut out = (*a.array(0)).clone();
    for v in a.rest(1).to_vec() {
        if let Value::Array(x) = v.deref() {
            replace_recursive(cx, &mut out, &x, 0)?;
        }
    }
    Ok(Value::from(out))
}

fn string_key(cx: &mut Ctx, v: &Value) -> Result<Key, Unwind> {
    Ok(match v.deref() {
        Value::Int(i) => Key::Int(i),
        v => Key::from_phpstr(cx.to_str(&v)?),
    })
}

fn array_combine(cx: &mut Ctx, a: &mut Args) -> NResult {
    let keys = a.array(0);
    let vals = a.array(1);
    if keys.len() != vals.len() {
        return Err(cx.throw(
            "ValueError",
            "array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements",
        ));
    }
    let mut out = PhpArray::with_capacity(keys.len());
    for (k, v) in keys.values().zip(vals.values()) {
        let key = string_key(cx, k)?;
        out.insert(key, plain(v));
    }
    Ok(Value::from(out))
}

fn array_flip(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let mut out = PhpArray::with_capacity(arr.len());
    for (k, v) in arr.iter() {
        match v.deref() {
            Value::Int(i) => out.insert(Key::Int(i), k.to_value()),
            Value::Str(s) => out.insert(Key::from_phpstr(s), k.to_value()),
            _ => cx.warn("Can only flip string and integer values, entry skipped")?,
        }
    }
    Ok(Value::from(out))
}

fn array_fill(cx: &mut Ctx, a: &mut Args) -> NResult {
    let start = a.int(0);
    let n = a.int(1);
    if n < 0 {
        return Err(cx.value_error(2, "must be greater than or equal to 0"));
    }
    if n > 0x4000_0000 {
        return Err(cx.value_error(2, "is too large"));
    }
    super::check_packed_alloc(cx, n as u64)?;
    let v = a.get(2);
    if start == 0 {
        return Ok(Value::from(PhpArray::from_values(vec![v; n as usize])));
    }
    let mut out = PhpArray::with_capacity(n as usize);
    for i in 0..n {
        match start.checked_add(i) {
            Some(k) => out.insert(Key::Int(k), v.clone()),
            None => {
                return Err(cx.throw(
                    "Error",
                    "Cannot add element to the array as the next element is already occupied",
                ))
            }
        }
    }
    Ok(Value::from(out))
}

fn array_fill_keys(cx: &mut Ctx, a: &mut Args) -> NResult {
    let keys = a.array(0);
    let v = a.get(1);
    let mut out = PhpArray::with_capacity(keys.len());
    for k in keys.values() {
        let key = string_key(cx, k)?;
        out.insert(key, v.clone());
    }
    Ok(Value::from(out))
}

/// Reads `$row[$key]` or the public property `$row->$key`.
fn fetch(cx: &mut Ctx, row: &Value, key: &Value) -> Result<Option<Value>, Unwind> {
    match row {
        Value::Array(r) => {
            let k = match key {
                Value::Int(i) => Key::Int(*i),
                Value::Str(s) => Key::from_phpstr(s.clone()),
                _ => return Ok(None),
            };
            Ok(r.get(&k).map(Value::deref))
        }
        Value::Object(o) => {
            let name = cx.to_str(key)?;
            for (n, v, info) in o.prop_list() {
                if n.as_bytes() == name.as_bytes() {
                    let public =
                        info.is_none_or(|i| i.vis == phpsock_eval::object::Visibility::Public);
                    return Ok(public.then(|| v.deref()));
                }
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

fn array_column(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let col = a.get(1);
    let idx = a.get(2);
    let mut out = PhpArray::new();
    for row in arr.values() {
        let row = row.deref();
        let v = if col.is_null() {
            Some(row.clone())
        } else {
            fetch(cx, &row, &col)?
        };
        let v = match v {
            Some(v) => v,
            None => continue,
        };
        let key = if idx.is_null() {
            None
        } else {
            fetch(cx, &row, &idx)?
        };
        match key {
            Some(k) => match value_to_key(cx, &k)? {
                Some(k) => out.insert(k, v),
                None => return Err(cx.throw("TypeError", "Illegal offset type")),
            },
            None => push(cx, &mut out, v)?,
        }
    }
    Ok(Value::from(out))
}

fn array_unique(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let flags = a.int(1);
    if arr.len() <= 1 {
        return Ok(Value::Array(arr));
    }
    let items: Vec<(Key, Value)> = arr.iter().map(|(k, v)| (k, v.deref())).collect();
    let mut keep = vec![true; items.len()];
    if flags == 2 {
        let mut seen: std::collections::HashSet<PhpStr> = std::collections::HashSet::new();
        for (i, (_, v)) in items.iter().enumerate() {
            let s = cx.to_str(v)?;
            if !seen.insert(s) {
                keep[i] = false;
            }
        }
    } else {
        let flag = Flag::from_flags(flags);
        let sorted = order::sort_positions(items.len(), &mut |x, y| {
            cmp::compare(cx, flag, &items[x].1, &items[y].1)
        })?;
        let mut last = sorted[0];
        for &cur in &sorted[1..] {
            if cmp::compare(cx, flag, &items[last].1, &items[cur].1)? != 0 {
                last = cur;
            } else if last > cur {
                keep[last] = false;
                last = cur;
            } else {
                keep[cur] = false;
            }
        }
    }
    let mut out = PhpArray::with_capacity(items.len());
    for (i, (k, v)) in items.into_iter().enumerate() {
        if keep[i] {
            out.insert(k, v);
        }
    }
    Ok(Value::Array(Rc::new(out)))
}

fn array_change_key_case(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let upper = a.int(1) != 0;
    let mut out = PhpArray::with_capacity(arr.len());
    for (k, v) in arr.iter() {
        let k = match k {
            Key::Str(s) => {
                let b: Vec<u8> = if upper {
                    s.as_bytes().to_ascii_uppercase()
                } else {
                    s.as_bytes().to_ascii_lowercase()
                };
                Key::from_bytes(&b)
            }
            k => k,
        };
        out.insert(k, plain(v));
    }
    Ok(Value::from(out))
}
