//! Random picks: `array_rand` and `shuffle`, drawing from the same generator as `mt_rand`
//! (so `mt_srand` makes them repeatable, as in PHP).

use super::ref_array;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, PhpArray, Unwind, Value};

pub(super) fn register(m: &mut Module) {
    m.func(
        "array_rand(array $array, int $num = 1): int|string|array",
        array_rand,
    )
    .func("str_shuffle(string $string): string", str_shuffle)
    .func("shuffle(array &$array): bool", shuffle);
}

/// A number in `min..=max` from `mt_rand` when it is available, else from a local
/// generator seeded by the clock.
fn rand_range(cx: &mut Ctx, min: i64, max: i64) -> Result<i64, Unwind> {
    if cx.vm().find_function(b"mt_rand").is_some() {
        let v = cx.call(
            &Value::from("mt_rand"),
            vec![Value::Int(min), Value::Int(max)],
        )?;
        return Ok(v.to_int());
    }
    thread_local! {
        static STATE: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }
    let x = STATE.with(|s| {
        let mut x = s.get();
        if x == 0 {
            x = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0x9E37_79B9, |d| d.as_nanos() as u64)
                | 1;
        }
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        x
    });
    let span = (max as i128 - min as i128 + 1) as u128;
    Ok((min as i128 + (x as u128 % span) as i128) as i64)
}

fn array_rand(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let n = arr.len() as i64;
    if n == 0 {
        return Err(cx.value_error(1, "cannot be empty"));
    }
    let num = a.int(1);
    let keys: Vec<Key> = arr.keys().collect();
    if num == 1 {
        // As PHP: with many holes pick the i-th live element, else sample positions
        // (holes included) until a live one comes up.
        let used = arr.end_pos() as i64;
        if n < used - (used >> 1) {
            let i = rand_range(cx, 0, n - 1)?;
            return Ok(keys.get(i as usize).map_or(Value::Null, Key::to_value));
        }
        loop {
            let p = rand_range(cx, 0, used - 1)?;
            if let Some((k, _)) = arr.at(p as usize) {
                return Ok(k.to_value());
            }
        }
    }
    if num <= 0 || num > n {
        return Err(cx.value_error(
            2,
            "must be between 1 and the number of elements in argument #1 ($array)",
        ));
    }
    let (mut want, negative) = if num > n >> 1 {
        (n - num, true)
    } else {
        (num, false)
    };
    let mut picked = vec![false; n as usize];
    while want > 0 {
        let i = rand_range(cx, 0, n - 1)? as usize;
        if let Some(p) = picked.get_mut(i) {
            if !*p {
                *p = true;
                want -= 1;
            }
        }
    }
    let mut out = PhpArray::with_capacity(num as usize);
    for (i, k) in keys.into_iter().enumerate() {
        if picked[i] ^ negative {
            let _ = out.push(k.to_value());
        }
    }
    Ok(Value::from(out))
}

/// PHP's Fisher–Yates shuffle (`shuffle`, `str_shuffle`): from the last element down, each
/// swapped with one drawn from the generator among those not yet placed.
fn shuffle_in_place<T>(cx: &mut Ctx, items: &mut [T]) -> Result<(), Unwind> {
    let mut left = items.len();
    while left > 1 {
        left -= 1;
        let j = rand_range(cx, 0, left as i64)? as usize;
        if j != left && j < items.len() {
            items.swap(left, j);
        }
    }
    Ok(())
}

/// `str_shuffle()`: the bytes in the order PHP's shuffle of the same generator state gives.
fn str_shuffle(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mut bytes = a.str(0).as_bytes().to_vec();
    shuffle_in_place(cx, &mut bytes)?;
    Ok(Value::from(bytes))
}

fn shuffle(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = ref_array(cx, a, 0)?;
    let mut vals: Vec<Value> = arr.values().cloned().collect();
    drop(arr);
    shuffle_in_place(cx, &mut vals)?;
    a.set_ref(0, Value::from(PhpArray::from_values(vals)));
    Ok(Value::Bool(true))
}
