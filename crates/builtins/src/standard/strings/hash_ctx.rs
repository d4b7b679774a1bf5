//! Incremental hashing: the `HashContext` class with `hash_init`, `hash_update`,
//! `hash_final` and `hash_copy` (plain digests and HMAC).

use super::hash::{digest, hmac, is_crypto, output};
use phpsock_eval::object::NativeHooks;
use phpsock_eval::{Args, Ctx, Module, NResult, NativeClass, ObjRef, Unwind, Value};
use std::any::Any;

pub(super) fn register(m: &mut Module) {
    let mut c = NativeClass::new("HashContext");
    c.is_final = true;
    c.hooks = NativeHooks {
        clone_payload: Some(clone_state),
        ..NativeHooks::default()
    };
    m.class(c)
        .func(
            "hash_init(string $algo, int $flags = 0, string $key = \"\", array $options = []): HashContext",
            hash_init,
        )
        .func(
            "hash_update(HashContext $context, string $data): bool",
            hash_update,
        )
        .func(
            "hash_final(HashContext $context, bool $binary = false): string",
            hash_final,
        )
        .func("hash_copy(HashContext $context): HashContext", hash_copy)
        .constant("HASH_HMAC", 1i64);
}

/// A context's state: the algorithm, the HMAC key if any, and the data so far (the digest
/// is computed when finalised); `None` data once finalised.
#[derive(Clone)]
struct HashState {
    algo: String,
    key: Option<Vec<u8>>,
    data: Option<Vec<u8>>,
}

fn clone_state(p: &dyn Any) -> Option<Box<dyn Any>> {
    p.downcast_ref::<HashState>()
        .map(|s| Box::new(s.clone()) as Box<dyn Any>)
}

fn hash_init(cx: &mut Ctx, a: &mut Args) -> NResult {
    let algo = a.str(0).to_ascii_lowercase().to_string_lossy();
    if digest(&algo, b"").is_none() {
        return Err(cx.value_error(1, "must be a valid hashing algorithm"));
    }
    let key = if a.int(1) & 1 != 0 {
        if !is_crypto(&algo) {
            return Err(cx.value_error(
                1,
                "must be a cryptographic hashing algorithm if HMAC is requested",
            ));
        }
        let key = a.str(2);
        if key.is_empty() {
            return Err(cx.value_error(3, "cannot be empty when HMAC is requested"));
        }
        Some(key.to_vec())
    } else {
        None
    };
    let obj = cx.new_object("HashContext")?;
    obj.set_native(Box::new(HashState {
        algo,
        key,
        data: Some(Vec::new()),
    }));
    Ok(Value::from(obj))
}

/// Runs `f` on the context's live state, or throws PHP's error for a finalised one.
fn with_live<R>(
    cx: &mut Ctx,
    obj: &ObjRef,
    f: impl FnOnce(&mut HashState) -> R,
) -> Result<R, Unwind> {
    let r = obj.with_native::<HashState, _>(|s| match s {
        Some(s) if s.data.is_some() => Some(f(s)),
        _ => None,
    });
    r.ok_or_else(|| cx.type_error(1, "must be a valid, non-finalized HashContext"))
}

fn context(a: &Args) -> Option<ObjRef> {
    a.object(0)
}

fn hash_update(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(obj) = context(a) else {
        return Ok(Value::Bool(false));
    };
    let chunk = a.str(1);
    with_live(cx, &obj, |s| {
        if let Some(d) = s.data.as_mut() {
            d.extend_from_slice(&chunk);
        }
    })?;
    Ok(Value::Bool(true))
}

fn hash_final(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(obj) = context(a) else {
        return Ok(Value::from(""));
    };
    let (algo, key, data) = with_live(cx, &obj, |s| {
        (
            s.algo.clone(),
            s.key.clone(),
            s.data.take().unwrap_or_default(),
        )
    })?;
    let raw = match key {
        Some(k) => hmac(&algo, &k, &data),
        None => digest(&algo, &data),
    };
    Ok(output(raw.unwrap_or_default(), a.bool(1)))
}

fn hash_copy(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(obj) = context(a) else {
        return Ok(Value::Null);
    };
    let state = with_live(cx, &obj, |s| s.clone())?;
    let copy = cx.new_object("HashContext")?;
    copy.set_native(Box::new(state));
    Ok(Value::from(copy))
}
