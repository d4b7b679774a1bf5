//! `ArrayIterator` and `ArrayObject` over an array (an object argument is taken as a copy of
//! its public properties). An `ArrayObject`'s iterators work on the object's own array.

use super::{load_props, private_key, props_array, this, unserialize_error, unserialize_input};
use phpsock_eval::object::NativeHooks;
use phpsock_eval::{
    Args, Ctx, Key, Module, NResult, NativeClass, ObjRef, PhpArray, PhpRef, PhpStr, Unwind, Value,
};
use std::any::Any;
use std::rc::Rc;

/// The array (or the `ArrayObject` whose array an iterator works on), the flags, the
/// position (a raw position of the array's entries) and an `ArrayObject`'s iterator class.
#[derive(Clone, Default)]
struct State {
    arr: Rc<PhpArray>,
    src: Option<ObjRef>,
    flags: i64,
    pos: usize,
    iter_class: Option<PhpStr>,
}

impl State {
    /// The live entry at or after the position.
    fn live(&self) -> Option<usize> {
        self.arr.live_pos_from(self.pos)
    }
}

pub(super) fn register(m: &mut Module) {
    let mut c = NativeClass::new("ArrayIterator");
    c.interfaces = vec![
        "SeekableIterator",
        "Traversable",
        "Iterator",
        "ArrayAccess",
        "Serializable",
        "Countable",
    ];
    c.hooks = NativeHooks {
        clone_payload: Some(clone_payload),
        extra_props: Some(extra_props),
        extra_props_replace: true,
        ..NativeHooks::default()
    };
    c.consts = vec![
        ("STD_PROP_LIST", Value::Int(1)),
        ("ARRAY_AS_PROPS", Value::Int(2)),
    ];
    c.method("__construct(mixed $array = [], int $flags = 0)", construct);
    storage_methods(&mut c);
    c.method("serialize(): string", serialize)
        .method("unserialize(string $data): void", unserialize)
        .method("__serialize(): array", ser)
        .method("__unserialize(array $data): void", unser)
        .method("rewind(): void", rewind)
        .method("current(): mixed", current)
        .method("key(): string|int|null", key)
        .method("next(): void", next)
        .method("valid(): bool", valid)
        .method("seek(int $offset): void", seek)
        .method("__debugInfo(): array", debug_info);
    m.class(c);
    let mut ao = NativeClass::new("ArrayObject");
    ao.interfaces = vec![
        "IteratorAggregate",
        "Traversable",
        "ArrayAccess",
        "Serializable",
        "Countable",
    ];
    ao.hooks = NativeHooks {
        clone_payload: Some(clone_payload),
        extra_props: Some(extra_props),
        extra_props_replace: true,
        ..NativeHooks::default()
    };
    ao.consts = vec![
        ("STD_PROP_LIST", Value::Int(1)),
        ("ARRAY_AS_PROPS", Value::Int(2)),
    ];
    ao.method(
        "__construct(mixed $array = [], int $flags = 0, string $iteratorClass = \"ArrayIterator\")",
        ao_construct,
    );
    storage_methods(&mut ao);
    ao.method("unserialize(string $data): void", unserialize)
        .method("serialize(): string", serialize)
        .method("__serialize(): array", ser)
        .method("__unserialize(array $data): void", unser)
        .method("getIterator(): Iterator", get_iterator)
        .method("exchangeArray(mixed $array): array", exchange_array)
        .method(
            "setIteratorClass(string $iteratorClass): void",
            set_iterator_class,
        )
        .method("getIteratorClass(): string", get_iterator_class)
        .method("__debugInfo(): array", debug_info);
    m.class(ao);
}

/// The methods `ArrayIterator` and `ArrayObject` share, in PHP's order, working on the
/// array they hold.
fn storage_methods(c: &mut NativeClass) {
    c.method("offsetExists(mixed $key): bool", offset_exists)
        .method("offsetGet(mixed $key): mixed", offset_get)
        .method("offsetSet(mixed $key, mixed $value): void", offset_set)
        .method("offsetUnset(mixed $key): void", offset_unset)
        .method("append(mixed $value): void", append)
        .method("getArrayCopy(): array", get_array_copy)
        .method("count(): int", count)
        .method("getFlags(): int", get_flags)
        .method("setFlags(int $flags): void", set_flags)
        .method("asort(int $flags = SORT_REGULAR): bool", asort)
        .method("ksort(int $flags = SORT_REGULAR): bool", ksort)
        .method("uasort(mixed $callback): bool", uasort)
        .method("uksort(mixed $callback): bool", uksort)
        .method("natsort(): bool", natsort)
        .method("natcasesort(): bool", natcasesort);
}

/// The array an `ArrayObject`/`ArrayIterator` constructor or `exchangeArray` takes.
fn input_array(cx: &mut Ctx, v: Value) -> Result<Rc<PhpArray>, Unwind> {
    match v {
        Value::Array(arr) => Ok(arr),
        Value::Object(src) => Ok(Rc::new(public_props(&src))),
        other => {
            let msg = format!("must be of type array, {} given", other.type_name());
            Err(cx.type_error(1, &msg))
        }
    }
}

/// The class an `ArrayObject` makes its iterators of, checked (PHP's `TypeError`).
fn iterator_class(cx: &mut Ctx, name: &PhpStr, arg: usize) -> Result<PhpStr, Unwind> {
    match cx.vm().load_class(name.as_bytes())? {
        Some(c) if c.instance_of_name(b"arrayiterator") => Ok(c.name.clone()),
        _ => {
            let msg = format!("must be a class name derived from ArrayIterator, {name} given");
            Err(cx.type_error(arg, &msg))
        }
    }
}

fn ao_construct(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let arr = input_array(cx, a.get(0))?;
    let class = iterator_class(cx, &a.str(2), 3)?;
    let flags = a.int(1);
    let old = set_array(&o, arr);
    drop(old);
    with(a, |s| {
        s.flags = flags;
        s.iter_class = (class.as_bytes() != b"ArrayIterator").then_some(class);
    });
    Ok(Value::Null)
}

fn get_iterator(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let (flags, class) = with(a, |s| (s.flags, s.iter_class.clone()));
    let class = class.unwrap_or_else(|| PhpStr::from("ArrayIterator"));
    let it = cx.new_object(&class.to_string_lossy())?;
    super::with_state::<State, _>(&it, |s| {
        s.src = Some(o);
        s.flags = flags;
        s.pos = 0;
    });
    Ok(Value::Object(it))
}

fn exchange_array(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let arr = input_array(cx, a.get(0))?;
    Ok(Value::Array(set_array(&o, arr)))
}

fn set_iterator_class(cx: &mut Ctx, a: &mut Args) -> NResult {
    let class = iterator_class(cx, &a.str(0), 1)?;
    with(a, |s| {
        s.iter_class = (class.as_bytes() != b"ArrayIterator").then_some(class);
    });
    Ok(Value::Null)
}

fn get_iterator_class(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let c = with(a, |s| s.iter_class.clone());
    Ok(Value::Str(
        c.unwrap_or_else(|| PhpStr::from("ArrayIterator")),
    ))
}

/// The elements `(array)`, `get_object_vars` and `json_encode` see (PHP's `get_properties`
/// gives the storage).
fn extra_props(o: &ObjRef) -> PhpArray {
    (*access(o, |s| s.arr.clone())).clone()
}

fn clone_payload(p: &dyn Any) -> Option<Box<dyn Any>> {
    p.downcast_ref::<State>()
        .map(|s| Box::new(s.clone()) as Box<dyn Any>)
}

fn with<R: Default>(a: &Args, f: impl FnOnce(&mut State) -> R) -> R {
    match this(a) {
        Some(o) => access(&o, f),
        None => R::default(),
    }
}

/// Runs `f` on the state of `o` with its array in place: an iterator of an `ArrayObject`
/// borrows the object's array for the call (moved, not copied) and gives it back.
fn access<R>(o: &ObjRef, f: impl FnOnce(&mut State) -> R) -> R {
    let src = super::with_state::<State, _>(o, |s| s.src.clone());
    let Some(ao) = src else {
        return super::with_state::<State, R>(o, f);
    };
    let arr = super::with_state::<State, _>(&ao, |s| std::mem::take(&mut s.arr));
    let (r, arr) = super::with_state::<State, _>(o, |s| {
        s.arr = arr;
        let r = f(s);
        (r, std::mem::take(&mut s.arr))
    });
    let old = super::with_state::<State, _>(&ao, |s| std::mem::replace(&mut s.arr, arr));
    drop(old);
    r
}

/// Replaces the array, returning the old one (to drop outside the borrow).
fn set_array(o: &ObjRef, arr: Rc<PhpArray>) -> Rc<PhpArray> {
    access(o, |s| {
        s.pos = 0;
        std::mem::replace(&mut s.arr, arr)
    })
}

/// The public properties of `o` as an array (what an `ArrayIterator` over an object sees).
fn public_props(o: &ObjRef) -> PhpArray {
    let mut out = PhpArray::new();
    for (k, v) in props_array(o).iter() {
        if !matches!(&k, Key::Str(s) if s.as_bytes().first() == Some(&0)) {
            out.insert(k, v.clone());
        }
    }
    out
}

fn construct(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let arr = input_array(cx, a.get(0))?;
    let flags = a.int(1);
    let old = set_array(&o, arr);
    drop(old);
    with(a, |s| s.flags = flags);
    Ok(Value::Null)
}

fn key_of(cx: &mut Ctx, v: &Value) -> Result<Key, Unwind> {
    cx.vm().to_key(v)
}

fn offset_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    let k = key_of(cx, &a.get(0))?;
    Ok(Value::Bool(with(a, |s| s.arr.contains_key(&k))))
}

fn offset_get(cx: &mut Ctx, a: &mut Args) -> NResult {
    let k = key_of(cx, &a.get(0))?;
    match with(a, |s| s.arr.get(&k).map(Value::deref)) {
        Some(v) => Ok(v),
        None => {
            let msg = match &k {
                Key::Int(i) => format!("Undefined array key {i}"),
                Key::Str(s) => format!("Undefined array key \"{s}\""),
            };
            cx.raise(phpsock_eval::diag::E_WARNING, &msg)?;
            Ok(Value::Null)
        }
    }
}

fn offset_set(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (kv, v) = (a.get(0), a.get(1));
    if kv.is_null() {
        return append_value(cx, a, v);
    }
    let k = key_of(cx, &kv)?;
    let old = with(a, |s| {
        let arr = Rc::make_mut(&mut s.arr);
        let old = arr
            .get_mut(&k)
            .map(|slot| std::mem::replace(slot, Value::Null));
        arr.insert(k, v);
        old
    });
    drop(old);
    Ok(Value::Null)
}

fn append_value(cx: &mut Ctx, a: &Args, v: Value) -> NResult {
    let ok = with(a, |s| Rc::make_mut(&mut s.arr).push(v).is_ok());
    if !ok {
        cx.raise(
            phpsock_eval::diag::E_WARNING,
            "Cannot add element to the array as the next element is already occupied",
        )?;
    }
    Ok(Value::Null)
}

fn offset_unset(cx: &mut Ctx, a: &mut Args) -> NResult {
    let k = key_of(cx, &a.get(0))?;
    let old = with(a, |s| {
        if s.arr.contains_key(&k) {
            Rc::make_mut(&mut s.arr).remove(&k)
        } else {
            None
        }
    });
    drop(old);
    Ok(Value::Null)
}

fn append(cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    append_value(cx, a, v)
}

fn array_of(a: &Args) -> Rc<PhpArray> {
    with(a, |s| s.arr.clone())
}

fn get_array_copy(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Array(array_of(a)))
}

fn count(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(with(a, |s| s.arr.len()) as i64))
}

fn get_flags(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(with(a, |s| s.flags)))
}

fn set_flags(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.int(0);
    with(a, |s| s.flags = f);
    Ok(Value::Null)
}

/// Sorts the array with the standard function `func` (by reference), extra arguments after.
fn sort_with(cx: &mut Ctx, a: &Args, func: &str, extra: Vec<Value>) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Bool(false));
    };
    let r = PhpRef::new(Value::Array(array_of(a)));
    let mut args = vec![Value::Ref(r.clone())];
    args.extend(extra);
    let res = cx.call(&Value::from(func), args)?;
    if let Value::Array(sorted) = r.get() {
        let old = set_array(&o, sorted);
        drop(old);
    }
    Ok(res)
}

fn asort(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    sort_with(cx, a, "asort", vec![f])
}

fn ksort(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    sort_with(cx, a, "ksort", vec![f])
}

fn uasort(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    sort_with(cx, a, "uasort", vec![f])
}

fn uksort(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.get(0);
    sort_with(cx, a, "uksort", vec![f])
}

fn natsort(cx: &mut Ctx, a: &mut Args) -> NResult {
    sort_with(cx, a, "natsort", vec![])
}

fn natcasesort(cx: &mut Ctx, a: &mut Args) -> NResult {
    sort_with(cx, a, "natcasesort", vec![])
}

fn ser_value(cx: &mut Ctx, v: Value) -> Result<Vec<u8>, Unwind> {
    let s = cx.call(&Value::from("serialize"), vec![v])?;
    Ok(cx.to_str(&s)?.to_vec())
}

/// `Serializable::serialize()`: `x:i:flags;storage;m:props`.
fn serialize(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let (flags, arr) = with(a, |s| (s.flags, s.arr.clone()));
    let mut out = format!("x:i:{flags};").into_bytes();
    out.extend(ser_value(cx, Value::Array(arr))?);
    out.extend_from_slice(b";m:");
    out.extend(ser_value(cx, Value::from(props_array(&o)))?);
    Ok(Value::from(out))
}

/// `Serializable::unserialize()`: reads the `x:i:flags;storage;m:props` text.
fn unserialize(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some((o, data)) = unserialize_input(a) else {
        return Ok(Value::Null);
    };
    let s = data.as_bytes();
    let bad = |cx: &mut Ctx, at: usize| unserialize_error(cx, at, s.len());
    if !s.starts_with(b"x:") {
        return Err(bad(cx, 0));
    }
    let mut p = 2;
    let end = super::skip_value(s, p)
        .filter(|_| s[p] == b'i')
        .ok_or_else(|| bad(cx, p))?;
    let flags = super::unserialize_piece(cx, &s[p..end])?.to_int();
    p = end;
    let end = super::skip_value(s, p).ok_or_else(|| bad(cx, p))?;
    let Value::Array(arr) = super::unserialize_piece(cx, &s[p..end])? else {
        return Err(bad(cx, p));
    };
    p = end;
    if !s[p..].starts_with(b";m:") {
        return Err(bad(cx, p));
    }
    p += 3;
    let end = super::skip_value(s, p).ok_or_else(|| bad(cx, p))?;
    let props = super::unserialize_piece(cx, &s[p..end])?;
    let old = set_array(&o, arr);
    drop(old);
    with(a, |st| st.flags = flags);
    if let Value::Array(props) = props {
        load_props(cx, &o, &props)?;
    }
    Ok(Value::Null)
}

fn ser(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let (flags, arr, class) = with(a, |s| (s.flags, s.arr.clone(), s.iter_class.clone()));
    Ok(Value::from(PhpArray::from_values(vec![
        Value::Int(flags),
        Value::Array(arr),
        Value::from(props_array(&o)),
        class.map_or(Value::Null, Value::Str),
    ])))
}

fn unser(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let data = a.array(0);
    let (Some(Value::Int(flags)), Some(storage), Some(Value::Array(props))) = (
        data.get_int(0).map(Value::deref),
        data.get_int(1).map(Value::deref),
        data.get_int(2).map(Value::deref),
    ) else {
        return Err(cx.throw(
            "UnexpectedValueException",
            "Incomplete or ill-typed serialization data",
        ));
    };
    let arr = match storage {
        Value::Array(arr) => arr,
        Value::Object(src) => Rc::new(public_props(&src)),
        _ => {
            return Err(cx.throw(
                "InvalidArgumentException",
                "Passed variable is not an array or object",
            ))
        }
    };
    let old = set_array(&o, arr);
    drop(old);
    with(a, |s| s.flags = flags);
    load_props(cx, &o, &props)?;
    Ok(Value::Null)
}

fn rewind(_cx: &mut Ctx, a: &mut Args) -> NResult {
    with(a, |s| s.pos = 0);
    Ok(Value::Null)
}

fn current(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(with(a, |s| {
        s.live().and_then(|p| s.arr.at(p).map(|(_, v)| v.deref()))
    })
    .unwrap_or(Value::Null))
}

fn key(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(with(a, |s| {
        s.live()
            .and_then(|p| s.arr.at(p).map(|(k, _)| k.to_value()))
    })
    .unwrap_or(Value::Null))
}

fn next(_cx: &mut Ctx, a: &mut Args) -> NResult {
    with(a, |s| {
        if let Some(p) = s.live() {
            s.pos = p + 1;
        } else {
            s.pos = s.arr.end_pos();
        }
    });
    Ok(Value::Null)
}

fn valid(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(with(a, |s| s.live().is_some())))
}

fn seek(cx: &mut Ctx, a: &mut Args) -> NResult {
    let n = a.int(0);
    let ok = with(a, |s| {
        if n < 0 || n as usize >= s.arr.len() {
            return false;
        }
        s.pos = 0;
        for _ in 0..n {
            match s.live() {
                Some(p) => s.pos = p + 1,
                None => return false,
            }
        }
        true
    });
    if !ok {
        return Err(cx.throw(
            "OutOfBoundsException",
            format!("Seek position {n} is out of range"),
        ));
    }
    Ok(Value::Null)
}

fn debug_info(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let mut out = props_array(&o);
    let base = if o.class().instance_of_name(b"arrayobject") {
        "ArrayObject"
    } else {
        "ArrayIterator"
    };
    let src = super::with_state::<State, _>(&o, |s| s.src.clone());
    let storage = match src {
        Some(ao) => Value::Object(ao),
        None => Value::Array(array_of(a)),
    };
    out.insert(private_key(base, "storage"), storage);
    Ok(Value::from(out))
}
