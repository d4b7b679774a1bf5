//! Cutting and growing lists: `array_slice`, `array_splice`, `array_push/pop/shift/unshift`,
//! `array_pad`, `array_chunk`, `array_reverse`.

use super::{plain, push, ref_array, renumber};
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "array_slice(array $array, int $offset, ?int $length = null, bool $preserve_keys = false): array",
        array_slice,
    )
    .func(
        "array_splice(array &$array, int $offset, ?int $length = null, mixed $replacement = []): array",
        array_splice,
    )
    .func("array_push(array &$array, mixed ...$values): int", array_push)
    .func("array_pop(array &$array): mixed", array_pop)
    .func("array_shift(array &$array): mixed", array_shift)
    .func(
        "array_unshift(array &$array, mixed ...$values): int",
        array_unshift,
    )
    .func(
        "array_pad(array $array, int $length, mixed $value): array",
        array_pad,
    )
    .func(
        "array_chunk(array $array, int $length, bool $preserve_keys = false): array",
        array_chunk,
    )
    .func(
        "array_reverse(array $array, bool $preserve_keys = false): array",
        array_reverse,
    );
}

fn add(out: &mut PhpArray, k: Key, v: Value, preserve: bool) {
    match k {
        Key::Int(_) if !preserve => {
            let _ = out.push(v);
        }
        k => out.insert(k, v),
    }
}

fn array_slice(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let n = arr.len() as i64;
    let mut offset = a.int(1);
    let preserve = a.bool(3);
    if offset > n {
        return Ok(Value::empty_array());
    }
    if offset < 0 {
        offset = (n + offset).max(0);
    }
    let length = match a.opt_int(2) {
        None => n - offset,
        Some(l) if l < 0 => n - offset + l,
        Some(l) if offset + l > n => n - offset,
        Some(l) => l,
    };
    if length <= 0 {
        return Ok(Value::empty_array());
    }
    let mut out = PhpArray::with_capacity(length as usize);
    for (k, v) in arr.iter().skip(offset as usize).take(length as usize) {
        add(&mut out, k, plain(v), preserve);
    }
    Ok(Value::from(out))
}

fn array_splice(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = ref_array(cx, a, 0)?;
    let n = arr.len() as i64;
    let mut offset = a.int(1);
    if offset < 0 {
        offset = (n + offset).max(0);
    } else if offset > n {
        offset = n;
    }
    let mut length = a.opt_int(2).unwrap_or(n);
    if length < 0 {
        length = (n - offset + length).max(0);
    } else if offset + length > n {
        length = n - offset;
    }
    let replacement: Vec<Value> = if a.was_passed(3) {
        match a.get(3) {
            Value::Array(r) => r.values().map(plain).collect(),
            Value::Null => Vec::new(),
            Value::Object(o) => o
                .prop_list()
                .into_iter()
                .map(|(_, v, _)| v.deref())
                .collect(),
            v => vec![v],
        }
    } else {
        Vec::new()
    };
    let (offset, length) = (offset as usize, length as usize);
    let mut out = PhpArray::with_capacity(arr.len() + replacement.len());
    let mut removed = PhpArray::new();
    for (i, (k, v)) in arr.iter().enumerate() {
        if i == offset {
            for r in &replacement {
                let _ = out.push(r.clone());
            }
        }
        if i >= offset && i < offset + length {
            add(&mut removed, k, v.clone(), false);
        } else {
            add(&mut out, k, v.clone(), false);
        }
    }
    if offset >= arr.len() {
        for r in replacement {
            let _ = out.push(r);
        }
    }
    a.set_ref(0, Value::from(out));
    Ok(Value::from(removed))
}

fn array_push(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = ref_array(cx, a, 0)?;
    let mut arr = (*arr).clone();
    for v in a.rest(1).to_vec() {
        push(cx, &mut arr, v.deref())?;
    }
    let n = arr.len();
    a.set_ref(0, Value::from(arr));
    Ok(Value::Int(n as i64))
}

fn array_pop(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = ref_array(cx, a, 0)?;
    if arr.is_empty() {
        return Ok(Value::Null);
    }
    let mut arr = (*arr).clone();
    let v = arr.pop().unwrap_or_default();
    arr.reset();
    a.set_ref(0, Value::from(arr));
    Ok(v.deref())
}

fn array_shift(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = ref_array(cx, a, 0)?;
    let (k, v) = match arr.first() {
        Some((k, v)) => (k, v.deref()),
        None => return Ok(Value::Null),
    };
    let mut rest = (*arr).clone();
    rest.remove(&k);
    let mut out = renumber(&rest);
    out.reset();
    a.set_ref(0, Value::from(out));
    Ok(v)
}

fn array_unshift(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = ref_array(cx, a, 0)?;
    let mut out = PhpArray::with_capacity(arr.len() + a.rest(1).len());
    for v in a.rest(1) {
        let _ = out.push(v.deref());
    }
    for (k, v) in arr.iter() {
        add(&mut out, k, v.clone(), false);
    }
    let n = out.len();
    a.set_ref(0, Value::from(out));
    Ok(Value::Int(n as i64))
}

fn array_pad(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let size = a.int(1);
    let abs = size.unsigned_abs();
    let n = arr.len() as u64;
    if n >= abs {
        return Ok(Value::Array(arr));
    }
    if abs - n > 1_048_576 {
        return Err(cx.value_error(2, "must be less than or equal to 1048576"));
    }
    let pad = a.get(2);
    let mut out = PhpArray::with_capacity(abs as usize);
    if size < 0 {
        for _ in 0..abs - n {
            let _ = out.push(pad.clone());
        }
    }
    for (k, v) in arr.iter() {
        add(&mut out, k, v.clone(), false);
    }
    if size > 0 {
        for _ in 0..abs - n {
            let _ = out.push(pad.clone());
        }
    }
    Ok(Value::from(out))
}

fn array_chunk(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let size = a.int(1);
    if size < 1 {
        return Err(cx.value_error(2, "must be greater than 0"));
    }
    let preserve = a.bool(2);
    let mut out = PhpArray::new();
    let mut chunk = PhpArray::new();
    for (k, v) in arr.iter() {
        if preserve {
            chunk.insert(k, plain(v));
        } else {
            let _ = chunk.push(plain(v));
        }
        if chunk.len() as i64 >= size {
            let _ = out.push(Value::from(std::mem::take(&mut chunk)));
        }
    }
    if !chunk.is_empty() {
        let _ = out.push(Value::from(chunk));
    }
    Ok(Value::from(out))
}

fn array_reverse(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let preserve = a.bool(1);
    let items: Vec<(Key, Value)> = arr.iter().map(|(k, v)| (k, v.clone())).collect();
    let mut out = PhpArray::with_capacity(items.len());
    for (k, v) in items.into_iter().rev() {
        add(&mut out, k, v, preserve);
    }
    Ok(Value::from(out))
}
