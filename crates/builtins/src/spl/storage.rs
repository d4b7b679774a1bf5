//! `SplObjectStorage`: a map from objects to data, iterable in insertion order.

use super::{
    load_props, private_key, props_array, skip_value, this, unserialize_error, unserialize_input,
    unserialize_piece, with_state,
};
use indexmap::IndexMap;
use phpsock_eval::object::NativeHooks;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, NativeClass, ObjRef, PhpArray, Unwind, Value};
use std::any::Any;

/// An entry's key: the object handle, or the string a user `getHash()` returned.
#[derive(Clone, PartialEq, Eq, Hash)]
enum HKey {
    Id(u32),
    Hash(Vec<u8>),
}

/// The storage: entries keyed by object handle (or user hash), and the iteration position
/// (`pos`, an entry index) with its key counter (`index`).
#[derive(Default, Clone)]
struct Storage {
    map: IndexMap<HKey, (ObjRef, Value)>,
    pos: usize,
    index: i64,
}

impl Storage {
    /// Back to the first entry (PHP does this after every removal).
    fn reset(&mut self) {
        self.pos = 0;
        self.index = 0;
    }
}

pub(super) fn register(m: &mut Module) {
    let mut c = NativeClass::new("SplObjectStorage");
    c.interfaces = vec![
        "Countable",
        "Iterator",
        "Traversable",
        "Serializable",
        "ArrayAccess",
    ];
    c.hooks = NativeHooks {
        clone_payload: Some(clone_payload),
        ..NativeHooks::default()
    };
    c.method("attach(object $object, mixed $info = null): void", attach)
        .method("detach(object $object): void", detach)
        .method("contains(object $object): bool", contains)
        .method("addAll(SplObjectStorage $storage): int", add_all)
        .method("removeAll(SplObjectStorage $storage): int", remove_all)
        .method(
            "removeAllExcept(SplObjectStorage $storage): int",
            remove_all_except,
        )
        .method("getInfo(): mixed", get_info)
        .method("setInfo(mixed $info): void", set_info)
        .method("count(int $mode = COUNT_NORMAL): int", count)
        .method("rewind(): void", rewind)
        .method("valid(): bool", valid)
        .method("key(): int", key)
        .method("current(): object", current)
        .method("next(): void", next)
        .method("serialize(): string", serialize)
        .method("unserialize(string $data): void", unserialize)
        .method("offsetExists(object $object): bool", contains)
        .method("offsetGet(object $object): mixed", offset_get)
        .method(
            "offsetSet(object $object, mixed $info = null): void",
            attach,
        )
        .method("offsetUnset(object $object): void", detach)
        .method("getHash(object $object): string", get_hash)
        .method("__serialize(): array", ser)
        .method("__unserialize(array $data): void", unser)
        .method("__debugInfo(): array", debug_info);
    m.class(c);
}

fn clone_payload(p: &dyn Any) -> Option<Box<dyn Any>> {
    p.downcast_ref::<Storage>()
        .map(|s| Box::new(s.clone()) as Box<dyn Any>)
}

fn with<R>(a: &Args, f: impl FnOnce(&mut Storage) -> R) -> Option<R> {
    this(a).map(|o| with_state::<Storage, R>(&o, f))
}

fn with_obj<R>(o: &ObjRef, f: impl FnOnce(&mut Storage) -> R) -> R {
    with_state::<Storage, R>(o, f)
}

/// The key of `obj` in `store`: its handle, or what the class's own `getHash()` returns
/// (a string, else PHP's `RuntimeException`).
fn hkey(cx: &mut Ctx, store: &ObjRef, obj: &ObjRef) -> Result<HKey, Unwind> {
    let user = store
        .class()
        .find_method(b"gethash")
        .is_some_and(|m| !m.func.is_native());
    if !user {
        return Ok(HKey::Id(obj.id()));
    }
    match cx
        .vm()
        .call_method_by_name(store, "getHash", vec![Value::Object(obj.clone())])?
    {
        Some(Value::Str(h)) => Ok(HKey::Hash(h.to_vec())),
        _ => Err(cx.throw("RuntimeException", "Hash needs to be a string")),
    }
}

/// Adds an entry, or replaces the data of the entry with the same key (its object stays);
/// returns what was replaced (dropped by the caller, outside the borrow).
fn put(s: &mut Storage, key: HKey, obj: ObjRef, info: Value) -> Option<Value> {
    match s.map.get_mut(&key) {
        Some((_, i)) => Some(std::mem::replace(i, info)),
        None => {
            s.map.insert(key, (obj, info));
            None
        }
    }
}

/// Adds `obj` with `info` to the storage `store`.
fn attach_to(cx: &mut Ctx, store: &ObjRef, obj: ObjRef, info: Value) -> Result<(), Unwind> {
    let key = hkey(cx, store, &obj)?;
    let old = with_obj(store, |s| put(s, key, obj, info));
    drop(old);
    Ok(())
}

/// Removes `obj` from `store` (and rewinds it, as PHP does).
fn detach_from(cx: &mut Ctx, store: &ObjRef, obj: &ObjRef) -> Result<(), Unwind> {
    let key = hkey(cx, store, obj)?;
    let old = with_obj(store, |s| {
        let r = s.map.shift_remove(&key);
        s.reset();
        r
    });
    drop(old);
    Ok(())
}

fn contained(cx: &mut Ctx, store: &ObjRef, obj: &ObjRef) -> Result<bool, Unwind> {
    let key = hkey(cx, store, obj)?;
    Ok(with_obj(store, |s| s.map.contains_key(&key)))
}

fn attach(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (Some(o), Some(obj), info) = (this(a), a.object(0), a.get(1)) else {
        return Ok(Value::Null);
    };
    attach_to(cx, &o, obj, info)?;
    Ok(Value::Null)
}

fn detach(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (Some(o), Some(obj)) = (this(a), a.object(0)) else {
        return Ok(Value::Null);
    };
    detach_from(cx, &o, &obj)?;
    Ok(Value::Null)
}

fn contains(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (Some(o), Some(obj)) = (this(a), a.object(0)) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(contained(cx, &o, &obj)?))
}

/// The other storage's entries (a copy: it may be this very storage).
fn entries_of(o: &ObjRef) -> Vec<(ObjRef, Value)> {
    with_obj(o, |s| s.map.values().cloned().collect())
}

fn add_all(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (Some(o), Some(other)) = (this(a), a.object(0)) else {
        return Ok(Value::Int(0));
    };
    for (obj, inf) in entries_of(&other) {
        attach_to(cx, &o, obj, inf)?;
    }
    Ok(Value::Int(with_obj(&o, |s| s.map.len()) as i64))
}

fn remove_all(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (Some(o), Some(other)) = (this(a), a.object(0)) else {
        return Ok(Value::Int(0));
    };
    for (obj, _) in entries_of(&other) {
        detach_from(cx, &o, &obj)?;
    }
    with_obj(&o, Storage::reset);
    Ok(Value::Int(with_obj(&o, |s| s.map.len()) as i64))
}

fn remove_all_except(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (Some(o), Some(other)) = (this(a), a.object(0)) else {
        return Ok(Value::Int(0));
    };
    for (obj, _) in entries_of(&o) {
        if !contained(cx, &other, &obj)? {
            detach_from(cx, &o, &obj)?;
        }
    }
    with_obj(&o, Storage::reset);
    Ok(Value::Int(with_obj(&o, |s| s.map.len()) as i64))
}

fn get_info(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(
        with(a, |s| s.map.get_index(s.pos).map(|(_, (_, i))| i.clone()))
            .flatten()
            .unwrap_or(Value::Null),
    )
}

fn set_info(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let info = a.get(0);
    let old = with(a, |s| {
        s.map
            .get_index_mut(s.pos)
            .map(|(_, (_, i))| std::mem::replace(i, info))
    });
    drop(old);
    Ok(Value::Null)
}

fn count(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(with(a, |s| s.map.len()).unwrap_or(0) as i64))
}

fn rewind(_cx: &mut Ctx, a: &mut Args) -> NResult {
    with(a, Storage::reset);
    Ok(Value::Null)
}

fn valid(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(
        with(a, |s| s.pos < s.map.len()).unwrap_or(false),
    ))
}

fn key(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(with(a, |s| s.index).unwrap_or(0)))
}

fn current(cx: &mut Ctx, a: &mut Args) -> NResult {
    match with(a, |s| s.map.get_index(s.pos).map(|(_, (o, _))| o.clone())).flatten() {
        Some(o) => Ok(Value::Object(o)),
        None => Err(cx.throw("RuntimeException", "Called current() on invalid iterator")),
    }
}

fn next(_cx: &mut Ctx, a: &mut Args) -> NResult {
    with(a, |s| {
        if s.pos < s.map.len() {
            s.pos += 1;
        }
        s.index += 1;
    });
    Ok(Value::Null)
}

fn offset_get(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (Some(o), Some(obj)) = (this(a), a.object(0)) else {
        return Ok(Value::Null);
    };
    let key = hkey(cx, &o, &obj)?;
    match with_obj(&o, |s| s.map.get(&key).map(|(_, i)| i.clone())) {
        Some(v) => Ok(v),
        None => Err(cx.throw("UnexpectedValueException", "Object not found")),
    }
}

fn get_hash(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let id = a.object(0).map_or(0, |o| o.id());
    Ok(Value::from(format!("{:016x}0000000000000000", id).as_str()))
}

/// Calls the `serialize()` function on one value.
fn serialize_value(cx: &mut Ctx, v: Value) -> Result<Vec<u8>, Unwind> {
    let s = cx.call(&Value::from("serialize"), vec![v])?;
    Ok(cx.to_str(&s)?.to_vec())
}

/// `Serializable::serialize()`: PHP's `x:i:N;obj,inf;…;m:props` text.
fn serialize(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let items = entries_of(&o);
    let mut out = format!("x:i:{};", items.len()).into_bytes();
    for (obj, inf) in items {
        out.extend(serialize_value(cx, Value::Object(obj))?);
        out.push(b',');
        out.extend(serialize_value(cx, inf)?);
        out.push(b';');
    }
    out.extend_from_slice(b"m:");
    out.extend(serialize_value(cx, Value::from(props_array(&o)))?);
    Ok(Value::from(out))
}

fn ser(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let mut flat = Vec::new();
    for (obj, inf) in entries_of(&o) {
        flat.push(Value::Object(obj));
        flat.push(inf);
    }
    let out = vec![
        Value::from(PhpArray::from_values(flat)),
        Value::from(props_array(&o)),
    ];
    Ok(Value::from(PhpArray::from_values(out)))
}

fn unser(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let data = a.array(0);
    let (Some(Value::Array(items)), Some(Value::Array(props))) = (
        data.get_int(0).map(Value::deref),
        data.get_int(1).map(Value::deref),
    ) else {
        return Err(cx.throw(
            "UnexpectedValueException",
            "Incomplete or ill-typed serialization data",
        ));
    };
    if items.len() % 2 != 0 {
        return Err(cx.throw("UnexpectedValueException", "Odd number of elements"));
    }
    let vals: Vec<Value> = items.iter().map(|(_, v)| v.deref()).collect();
    for pair in vals.chunks(2) {
        let Value::Object(obj) = &pair[0] else {
            return Err(cx.throw("UnexpectedValueException", "Non-object key"));
        };
        attach_to(cx, &o, obj.clone(), pair[1].clone())?;
    }
    load_props(cx, &o, &props).map(|_| Value::Null)
}

fn debug_info(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let mut out = props_array(&o);
    let mut list = Vec::new();
    for (obj, inf) in entries_of(&o) {
        let mut e = PhpArray::new();
        e.insert(Key::from_bytes(b"obj"), Value::Object(obj));
        e.insert(Key::from_bytes(b"inf"), inf);
        list.push(Value::from(e));
    }
    out.insert(
        private_key("SplObjectStorage", "storage"),
        Value::from(PhpArray::from_values(list)),
    );
    Ok(Value::from(out))
}

/// `Serializable::unserialize()`: reads the `x:i:N;obj,inf;…;m:props` text, adding the
/// entries to this storage.
fn unserialize(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some((o, data)) = unserialize_input(a) else {
        return Ok(Value::Null);
    };
    let s = data.as_bytes();
    let bad = |cx: &mut Ctx, at: usize| unserialize_error(cx, at, s.len());
    if !s.starts_with(b"x:i:") {
        return Err(bad(cx, 0));
    }
    let mut p = 4;
    let digits = s[p..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n: usize = std::str::from_utf8(&s[p..p + digits])
        .ok()
        .and_then(|d| d.parse().ok())
        .ok_or_else(|| bad(cx, p))?;
    p += digits;
    for _ in 0..n {
        if s.get(p) != Some(&b';') {
            return Err(bad(cx, p));
        }
        p += 1;
        let end = skip_value(s, p).ok_or_else(|| bad(cx, p))?;
        let Value::Object(obj) = unserialize_piece(cx, &s[p..end])? else {
            return Err(bad(cx, p));
        };
        p = end;
        let mut inf = Value::Null;
        if s.get(p) == Some(&b',') {
            p += 1;
            let end = skip_value(s, p).ok_or_else(|| bad(cx, p))?;
            inf = unserialize_piece(cx, &s[p..end])?;
            p = end;
        }
        attach_to(cx, &o, obj, inf)?;
    }
    if !s[p..].starts_with(b";m:") {
        return Err(bad(cx, p));
    }
    p += 3;
    let end = skip_value(s, p).ok_or_else(|| bad(cx, p))?;
    if let Value::Array(props) = unserialize_piece(cx, &s[p..end])? {
        load_props(cx, &o, &props)?;
    }
    Ok(Value::Null)
}
