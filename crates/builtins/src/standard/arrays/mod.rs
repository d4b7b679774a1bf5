//! Array functions: searching, slicing, merging, the sort family, callbacks, set operations, range, compact/extract.

use phpsock_eval::{Args, Ctx, Key, Module, PhpArray, Unwind, Value};
use std::rc::Rc;

mod build;
mod callbacks;
mod cmp;
mod order;
mod pointer;
mod random;
mod scope;
mod search;
mod sets;
mod slice;
mod sort;

/// The `standard` functions and constants of this group.
pub fn module() -> Module {
    let mut m = Module::new("standard");
    for (name, v) in [
        ("COUNT_NORMAL", 0),
        ("COUNT_RECURSIVE", 1),
        ("SORT_ASC", 4),
        ("SORT_DESC", 3),
        ("SORT_REGULAR", 0),
        ("SORT_NUMERIC", 1),
        ("SORT_STRING", 2),
        ("SORT_LOCALE_STRING", 5),
        ("SORT_NATURAL", 6),
        ("SORT_FLAG_CASE", 8),
        ("CASE_LOWER", 0),
        ("CASE_UPPER", 1),
        ("EXTR_OVERWRITE", 0),
        ("EXTR_SKIP", 1),
        ("EXTR_PREFIX_SAME", 2),
        ("EXTR_PREFIX_ALL", 3),
        ("EXTR_PREFIX_INVALID", 4),
        ("EXTR_PREFIX_IF_EXISTS", 5),
        ("EXTR_IF_EXISTS", 6),
        ("EXTR_REFS", 256),
        ("ARRAY_FILTER_USE_BOTH", 1),
        ("ARRAY_FILTER_USE_KEY", 2),
    ] {
        m.constant(name, Value::Int(v));
    }
    search::register(&mut m);
    slice::register(&mut m);
    build::register(&mut m);
    callbacks::register(&mut m);
    sort::register(&mut m);
    sets::register(&mut m);
    pointer::register(&mut m);
    random::register(&mut m);
    scope::register(&mut m);
    m
}

/// The array held by a by-reference parameter, or PHP's TypeError
/// (`sort(): Argument #1 ($array) must be of type array, null given`).
pub(crate) fn ref_array(cx: &mut Ctx, a: &Args, i: usize) -> Result<Rc<PhpArray>, Unwind> {
    match a.get(i) {
        Value::Array(arr) => Ok(arr),
        v => Err(cx.type_error(
            i + 1,
            &format!("must be of type array, {} given", v.type_name()),
        )),
    }
}

/// An element as a plain value: references are read through.
pub(crate) fn plain(v: &Value) -> Value {
    v.deref()
}

/// Appends with the next integer key, throwing PHP's error when the next key is taken.
pub(crate) fn push(cx: &mut Ctx, arr: &mut PhpArray, v: Value) -> Result<(), Unwind> {
    arr.push(v).map_err(|_| {
        cx.throw(
            "Error",
            "Cannot add element to the array as the next element is already occupied",
        )
    })
}

/// Renumbers integer keys from zero, keeping string keys (the result of most list
/// operations: `array_values` on int keys, `array_splice`, `array_shift`).
pub(crate) fn renumber(arr: &PhpArray) -> PhpArray {
    let mut out = PhpArray::with_capacity(arr.len());
    for (k, v) in arr.iter() {
        match k {
            Key::Int(_) => {
                let _ = out.push(v.clone());
            }
            Key::Str(_) => out.insert(k, v.clone()),
        }
    }
    out
}

/// A value used as an array key the way PHP's `array_set_zval_key`/symtable updates do:
/// `None` for types that cannot be keys.
pub(crate) fn value_to_key(cx: &mut Ctx, v: &Value) -> Result<Option<Key>, Unwind> {
    Ok(Some(match v.deref() {
        Value::Int(i) => Key::Int(i),
        Value::Str(s) => Key::from_phpstr(s),
        Value::Null | Value::Undef => Key::Str(phpsock_eval::PhpStr::empty()),
        Value::Bool(b) => Key::Int(b as i64),
        Value::Float(f) => {
            let i = phpsock_eval::numeric::float_to_int(f);
            if f.is_finite() && (i as f64) != f {
                cx.raise(
                    phpsock_eval::diag::E_DEPRECATED,
                    &format!(
                        "Implicit conversion from float {} to int loses precision",
                        phpsock_eval::numeric::fmt_float(f, -1)
                    ),
                )?;
            }
            Key::Int(i)
        }
        Value::Resource(r) => {
            cx.raise(
                phpsock_eval::diag::E_WARNING,
                &format!(
                    "Resource ID#{} used as offset, casting to integer ({})",
                    r.id(),
                    r.id()
                ),
            )?;
            Key::Int(r.id())
        }
        _ => return Ok(None),
    }))
}

/// PHP's memory limit as it applies to building a packed array of `n` elements at once
/// (`array_fill`, `range`): a packed table of the next power of two of 16-byte slots. Past
/// `memory_limit` (128M by default) this is PHP's fatal error, instead of an allocation
/// the host cannot make.
pub(crate) fn check_packed_alloc(cx: &mut Ctx, n: u64) -> Result<(), Unwind> {
    let limit = cx
        .ini("memory_limit")
        .and_then(|v| parse_size(&v))
        .unwrap_or(128 * 1024 * 1024);
    if limit < 0 || n <= 8 {
        return Ok(());
    }
    let cap = n.checked_next_power_of_two().unwrap_or(u64::MAX / 32);
    let bytes = (cap.saturating_mul(16).saturating_add(8)).div_ceil(4096) * 4096;
    if bytes >= limit as u64 {
        let msg = format!(
            "Allowed memory size of {} bytes exhausted (tried to allocate {} bytes)",
            limit, bytes
        );
        return Err(cx.vm().fatal(&msg));
    }
    Ok(())
}

/// `128M`, `1G`, `-1` → bytes.
fn parse_size(v: &[u8]) -> Option<i64> {
    let s = std::str::from_utf8(v).ok()?.trim();
    let (num, mul) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], 1024 * 1024),
        'g' | 'G' => (&s[..s.len() - 1], 1024 * 1024 * 1024),
        _ => (s, 1),
    };
    num.trim()
        .parse::<i64>()
        .ok()
        .map(|n| n.saturating_mul(mul))
}
