//! Functions driven by a callback: `array_map`, `array_filter`, `array_reduce`,
//! `array_walk`, `array_walk_recursive`.

use super::plain;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, PhpRef, Unwind, Value};
use std::rc::Rc;

pub(super) fn register(m: &mut Module) {
    m.func(
        "array_map(?callable $callback, array $array, array ...$arrays): array",
        array_map,
    )
    .func(
        "array_filter(array $array, ?callable $callback = null, int $mode = 0): array",
        array_filter,
    )
    .func(
        "array_reduce(array $array, callable $callback, mixed $initial = null): mixed",
        array_reduce,
    )
    .func(
        "array_walk(array|object &$array, callable $callback, mixed $arg = null): bool",
        array_walk,
    )
    .func(
        "array_walk_recursive(array|object &$array, callable $callback, mixed $arg = null): bool",
        array_walk_recursive,
    );
}

fn array_map(cx: &mut Ctx, a: &mut Args) -> NResult {
    let cb = a.get(0);
    let first = a.array(1);
    let extra: Vec<Value> = a.rest(2).to_vec();
    if extra.is_empty() {
        if cb.is_null() {
            return Ok(Value::Array(first));
        }
        let mut out = PhpArray::with_capacity(first.len());
        let items: Vec<(Key, Value)> = first.iter().map(|(k, v)| (k, plain(v))).collect();
        for (k, v) in items {
            let r = cx.call(&cb, vec![v])?;
            out.insert(k, r);
        }
        return Ok(Value::from(out));
    }
    let mut lists: Vec<Vec<Value>> = vec![first.values().map(plain).collect()];
    for v in extra {
        if let Value::Array(x) = v.deref() {
            lists.push(x.values().map(plain).collect());
        }
    }
    let max = lists.iter().map(Vec::len).max().unwrap_or(0);
    let mut out = PhpArray::with_capacity(max);
    for i in 0..max {
        let args: Vec<Value> = lists
            .iter()
            .map(|l| l.get(i).cloned().unwrap_or(Value::Null))
            .collect();
        let r = if cb.is_null() {
            Value::from(PhpArray::from_values(args))
        } else {
            cx.call(&cb, args)?
        };
        let _ = out.push(r);
    }
    Ok(Value::from(out))
}

fn array_filter(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let cb = a.get(1);
    let mode = a.int(2);
    let mut out = PhpArray::new();
    let items: Vec<(Key, Value)> = arr.iter().map(|(k, v)| (k, plain(v))).collect();
    for (k, v) in items {
        let keep = if cb.is_null() {
            v.to_bool()
        } else {
            let args = match mode {
                2 => vec![k.to_value()],
                1 => vec![v.clone(), k.to_value()],
                _ => vec![v.clone()],
            };
            cx.call(&cb, args)?.to_bool()
        };
        if keep {
            out.insert(k, v);
        }
    }
    Ok(Value::from(out))
}

fn array_reduce(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let cb = a.get(1);
    let mut acc = a.get(2);
    let items: Vec<Value> = arr.values().map(plain).collect();
    for v in items {
        acc = cx.call(&cb, vec![acc, v])?;
    }
    Ok(acc)
}

/// A reference to the element `k` of the array inside `r` (turning the slot into a
/// reference), or `None` if the element is gone.
fn elem_ref(r: &PhpRef, k: &Key) -> Option<PhpRef> {
    r.with_mut(|v| match v {
        Value::Array(arr) => Rc::make_mut(arr).get_mut(k).map(Value::make_ref),
        _ => None,
    })
}

/// Turns element references that nothing else holds back into plain values.
fn unref(r: &PhpRef) {
    r.with_mut(|v| {
        if let Value::Array(arr) = v {
            if arr.values().any(|x| matches!(x, Value::Ref(_))) {
                Rc::make_mut(arr).for_each_mut(|_, x| {
                    if let Value::Ref(rr) = x {
                        if rr.holders() == 1 {
                            *x = rr.get();
                        }
                    }
                });
            }
        }
    });
}

fn walk(
    cx: &mut Ctx,
    r: &PhpRef,
    cb: &Value,
    extra: Option<&Value>,
    recursive: bool,
    depth: usize,
) -> Result<(), Unwind> {
    let keys: Vec<Key> = match r.get() {
        Value::Array(arr) => arr.keys().collect(),
        _ => return Ok(()),
    };
    for k in keys {
        let er = match elem_ref(r, &k) {
            Some(er) => er,
            None => continue,
        };
        if recursive && matches!(er.get(), Value::Array(_)) {
            if depth > 256 {
                cx.warn("Recursion detected")?;
                continue;
            }
            walk(cx, &er, cb, extra, true, depth + 1)?;
            unref(&er);
            continue;
        }
        let mut args = vec![Value::Ref(er), k.to_value()];
        if let Some(x) = extra {
            args.push(x.clone());
        }
        let res = cx.call(cb, args);
        if res.is_err() {
            unref(r);
        }
        res?;
    }
    unref(r);
    Ok(())
}

fn walk_entry(cx: &mut Ctx, a: &mut Args, recursive: bool) -> NResult {
    let cb = a.get(1);
    let extra = a.was_passed(2).then(|| a.get(2));
    match a.get(0) {
        Value::Array(_) => {}
        Value::Object(o) => {
            // Objects: walk the accessible properties by value.
            for (n, v, _) in o.prop_list() {
                let mut args = vec![v.deref(), Value::Str(n)];
                if let Some(x) = &extra {
                    args.push(x.clone());
                }
                cx.call(&cb, args)?;
            }
            return Ok(Value::Bool(true));
        }
        v => {
            return Err(cx.type_error(
                1,
                &format!("must be of type array, {} given", v.type_name()),
            ))
        }
    }
    if let Some(r) = a.by_ref(0).cloned() {
        walk(cx, &r, &cb, extra.as_ref(), recursive, 0)?;
    }
    Ok(Value::Bool(true))
}

fn array_walk(cx: &mut Ctx, a: &mut Args) -> NResult {
    walk_entry(cx, a, false)
}

fn array_walk_recursive(cx: &mut Ctx, a: &mut Args) -> NResult {
    walk_entry(cx, a, true)
}
