//! The sort family: `sort`, `rsort`, `usort`, `asort`, `arsort`, `uasort`, `ksort`,
//! `krsort`, `uksort`, `natsort`, `natcasesort`, `array_multisort`. All sorts are stable
//! (PHP 8).

use super::cmp::{self, Flag};
use super::order;
use super::ref_array;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};

pub(super) fn register(m: &mut Module) {
    m.func("sort(array &$array, int $flags = SORT_REGULAR): bool", sort)
        .func(
            "rsort(array &$array, int $flags = SORT_REGULAR): bool",
            rsort,
        )
        .func("usort(array &$array, callable $callback): bool", usort)
        .func(
            "asort(array &$array, int $flags = SORT_REGULAR): bool",
            asort,
        )
        .func(
            "arsort(array &$array, int $flags = SORT_REGULAR): bool",
            arsort,
        )
        .func("uasort(array &$array, callable $callback): bool", uasort)
        .func(
            "ksort(array &$array, int $flags = SORT_REGULAR): bool",
            ksort,
        )
        .func(
            "krsort(array &$array, int $flags = SORT_REGULAR): bool",
            krsort,
        )
        .func("uksort(array &$array, callable $callback): bool", uksort)
        .func("natsort(array &$array): bool", natsort)
        .func("natcasesort(array &$array): bool", natcasesort)
        .func(
            "array_multisort(@prefer-ref &$array, @prefer-ref &...$rest): bool",
            array_multisort,
        );
}

/// What a sort compares.
enum By {
    Value(Flag),
    Key(Flag),
    UserValue(Value),
    UserKey(Value),
}

fn run(cx: &mut Ctx, a: &Args, by: By, reverse: bool, keep_keys: bool) -> NResult {
    let arr = ref_array(cx, a, 0)?;
    let items: Vec<(Key, Value)> = arr.iter().map(|(k, v)| (k, v.clone())).collect();
    drop(arr);
    let mut warned = false;
    // Once a comparison throws, PHP compares nothing more: every later pair is equal (so
    // the original order decides), the sorted array is still stored, then the exception
    // propagates. Exits and fatal errors stop at once.
    let mut thrown = None;
    let sorted = order::sort_positions(items.len(), &mut |i, j| {
        if thrown.is_some() {
            return Ok(0);
        }
        let (x, y) = if reverse {
            (&items[j], &items[i])
        } else {
            (&items[i], &items[j])
        };
        let r = match &by {
            By::Value(f) => cmp::compare(cx, *f, &x.1.deref(), &y.1.deref()),
            By::Key(f) => cmp::compare_keys(cx, *f, &x.0, &y.0),
            By::UserValue(cb) => cmp::user_compare(cx, cb, &x.1.deref(), &y.1.deref(), &mut warned),
            By::UserKey(cb) => {
                cmp::user_compare(cx, cb, &x.0.to_value(), &y.0.to_value(), &mut warned)
            }
        };
        match r {
            Err(u) if cx.vm().pending_exception().is_some() => {
                thrown = Some(u);
                Ok(0)
            }
            r => r,
        }
    })?;
    let mut out = PhpArray::with_capacity(sorted.len());
    for i in sorted {
        let (k, v) = &items[i];
        if keep_keys {
            out.insert(k.clone(), v.clone());
        } else {
            let _ = out.push(v.clone());
        }
    }
    a.set_ref(0, Value::from(out));
    match thrown {
        Some(u) => Err(u),
        None => Ok(Value::Bool(true)),
    }
}

fn flag(a: &Args) -> Flag {
    Flag::from_flags(a.int(1))
}

fn sort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::Value(flag(a)), false, false)
}

fn rsort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::Value(flag(a)), true, false)
}

fn usort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::UserValue(a.get(1)), false, false)
}

fn asort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::Value(flag(a)), false, true)
}

fn arsort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::Value(flag(a)), true, true)
}

fn uasort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::UserValue(a.get(1)), false, true)
}

fn ksort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::Key(flag(a)), false, true)
}

fn krsort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::Key(flag(a)), true, true)
}

fn uksort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::UserKey(a.get(1)), false, true)
}

fn natsort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::Value(Flag::Natural { fold: false }), false, true)
}

fn natcasesort(cx: &mut Ctx, a: &mut Args) -> NResult {
    run(cx, a, By::Value(Flag::Natural { fold: true }), false, true)
}

/// One array argument of `array_multisort` with its order and comparison.
struct Column {
    arg: usize,
    items: Vec<(Key, Value)>,
    desc: Option<bool>,
    flag: Option<i64>,
}

fn array_multisort(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut cols: Vec<Column> = Vec::new();
    for i in 0..a.len() {
        match a.get(i) {
            Value::Array(arr) => cols.push(Column {
                arg: i,
                items: arr.iter().map(|(k, v)| (k, v.clone())).collect(),
                desc: None,
                flag: None,
            }),
            Value::Int(f) => {
                let name = if i == 0 { " ($array)" } else { "" };
                let taken = format!(
                    "array_multisort(): Argument #{}{name} must be an array or a sort flag that has not already been specified",
                    i + 1
                );
                let order = f == 3 || f == 4;
                if !order && !matches!(f & !8, 0 | 1 | 2 | 5 | 6) {
                    return Err(cx.throw(
                        "ValueError",
                        format!(
                            "array_multisort(): Argument #{}{name} must be a valid sort flag",
                            i + 1
                        ),
                    ));
                }
                // A flag before any array has no array to apply to.
                let Some(col) = cols.last_mut() else {
                    return Err(cx.throw("TypeError", taken));
                };
                if order {
                    if col.desc.is_some() {
                        return Err(cx.throw("TypeError", taken));
                    }
                    col.desc = Some(f == 3);
                } else {
                    if col.flag.is_some() {
                        return Err(cx.throw("TypeError", taken));
                    }
                    col.flag = Some(f);
                }
            }
            _ => {
                let msg = format!(
                    "array_multisort(): Argument #{}{} must be an array or a sort flag",
                    i + 1,
                    if i == 0 { " ($array)" } else { "" }
                );
                return Err(cx.throw("TypeError", msg));
            }
        }
    }
    let n = cols.first().map_or(0, |c| c.items.len());
    if cols.iter().any(|c| c.items.len() != n) {
        return Err(cx.throw("ValueError", "Array sizes are inconsistent"));
    }
    let order = order::sort_positions(n, &mut |x, y| -> Result<i32, Unwind> {
        for c in &cols {
            let f = Flag::from_flags(c.flag.unwrap_or(0));
            let r = cmp::compare(cx, f, &c.items[x].1.deref(), &c.items[y].1.deref())?;
            if r != 0 {
                return Ok(if c.desc == Some(true) { -r } else { r });
            }
        }
        Ok(0)
    })?;
    for c in &cols {
        let mut out = PhpArray::with_capacity(n);
        for &i in &order {
            let (k, v) = &c.items[i];
            match k {
                Key::Int(_) => {
                    let _ = out.push(v.clone());
                }
                k => out.insert(k.clone(), v.clone()),
            }
        }
        a.set_ref(c.arg, Value::from(out));
    }
    Ok(Value::Bool(true))
}
