//! The internal array pointer: `current`/`pos`, `key`, `next`, `prev`, `reset`, `end`.

use phpsock_eval::{Args, Ctx, Module, NResult, PhpArray, Value};
use std::rc::Rc;

pub(super) fn register(m: &mut Module) {
    m.func("current(array|object $array): mixed", current)
        .func("pos(array|object $array): mixed", current)
        .func("key(array|object $array): int|string|null", key)
        .func("next(array|object &$array): mixed", next)
        .func("prev(array|object &$array): mixed", prev)
        .func("reset(array|object &$array): mixed", reset)
        .func("end(array|object &$array): mixed", end);
}

fn current_value(arr: &PhpArray) -> Value {
    arr.current().map_or(Value::Bool(false), |(_, v)| v.deref())
}

/// Checks the argument; objects get PHP 8.1's deprecation and have no pointer here.
fn check(cx: &mut Ctx, a: &Args) -> Result<bool, phpsock_eval::Unwind> {
    match a.get(0) {
        Value::Array(_) => Ok(true),
        Value::Object(_) => {
            let f = cx.fname();
            cx.deprecated(format!("Calling {f}() on an object is deprecated"))?;
            Ok(false)
        }
        v => Err(cx.type_error(
            1,
            &format!("must be of type array, {} given", v.type_name()),
        )),
    }
}

fn current(cx: &mut Ctx, a: &mut Args) -> NResult {
    if !check(cx, a)? {
        return Ok(Value::Bool(false));
    }
    Ok(current_value(&a.array(0)))
}

fn key(cx: &mut Ctx, a: &mut Args) -> NResult {
    if !check(cx, a)? {
        return Ok(Value::Null);
    }
    Ok(a.array(0)
        .current()
        .map_or(Value::Null, |(k, _)| k.to_value()))
}

fn move_ptr(cx: &mut Ctx, a: &mut Args, f: fn(&mut PhpArray)) -> NResult {
    if !check(cx, a)? {
        return Ok(Value::Bool(false));
    }
    let r = match a.by_ref(0) {
        Some(r) => r.clone(),
        None => return Ok(current_value(&a.array(0))),
    };
    Ok(r.with_mut(|v| match v {
        Value::Array(arr) => {
            let arr = Rc::make_mut(arr);
            f(arr);
            current_value(arr)
        }
        _ => Value::Bool(false),
    }))
}

fn next(cx: &mut Ctx, a: &mut Args) -> NResult {
    move_ptr(cx, a, PhpArray::next)
}

fn prev(cx: &mut Ctx, a: &mut Args) -> NResult {
    move_ptr(cx, a, PhpArray::prev)
}

fn reset(cx: &mut Ctx, a: &mut Args) -> NResult {
    move_ptr(cx, a, PhpArray::reset)
}

fn end(cx: &mut Ctx, a: &mut Args) -> NResult {
    move_ptr(cx, a, PhpArray::end)
}
