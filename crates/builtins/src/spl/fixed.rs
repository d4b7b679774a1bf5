//! `SplFixedArray`, and the `InternalIterator` its `getIterator()` returns.

use super::{load_props, props_array, this};
use phpsock_eval::object::{NativeHooks, NativeIter, Visibility};
use phpsock_eval::{
    Args, Ctx, Key, Module, NResult, NativeClass, ObjRef, PhpArray, Unwind, Value, Vm,
};
use std::any::Any;

/// The elements.
#[derive(Clone, Default)]
struct Fixed {
    items: Vec<Value>,
}

/// An `InternalIterator`'s state: the array it walks, the position, and the object handle
/// PHP's wrapped iterator holds.
struct FixedIterState {
    src: ObjRef,
    pos: usize,
    _handle: phpsock_eval::object::HandleGuard,
}

pub(super) fn register(m: &mut Module) {
    let mut it = NativeClass::new("InternalIterator");
    it.is_final = true;
    it.interfaces = vec!["Iterator"];
    it.method_ex("__construct()", private_ctor, Visibility::Private, false);
    it.method("current(): mixed", it_current)
        .method("key(): mixed", it_key)
        .method("next(): void", it_next)
        .method("valid(): bool", it_valid)
        .method("rewind(): void", it_rewind);
    m.class(it);
    let mut c = NativeClass::new("SplFixedArray");
    c.interfaces = vec![
        "IteratorAggregate",
        "Traversable",
        "ArrayAccess",
        "Countable",
        "JsonSerializable",
    ];
    c.hooks = NativeHooks {
        clone_payload: Some(clone_payload),
        get_iterator: Some(get_iterator),
        extra_props: Some(extra_props),
        ..NativeHooks::default()
    };
    c.method("__construct(int $size = 0)", construct)
        .method("__wakeup(): void", wakeup)
        .method("__serialize(): array", ser)
        .method("__unserialize(array $data): void", unser)
        .method("count(): int", count)
        .method("toArray(): array", to_array)
        .method_ex(
            "fromArray(array $array, bool $preserveKeys = true): SplFixedArray",
            from_array,
            Visibility::Public,
            true,
        )
        .method("getSize(): int", count)
        .method("setSize(int $size)", set_size)
        .method("offsetExists($index): bool", offset_exists)
        .method("offsetGet($index): mixed", offset_get)
        .method("offsetSet($index, mixed $value): void", offset_set)
        .method("offsetUnset($index): void", offset_unset)
        .method("getIterator(): Iterator", get_iterator_method)
        .method("jsonSerialize(): array", to_array);
    m.class(c);
}

fn clone_payload(p: &dyn Any) -> Option<Box<dyn Any>> {
    p.downcast_ref::<Fixed>()
        .map(|s| Box::new(s.clone()) as Box<dyn Any>)
}

fn items(o: &ObjRef) -> Vec<Value> {
    super::with_state::<Fixed, _>(o, |f| f.items.clone())
}

fn extra_props(o: &ObjRef) -> PhpArray {
    PhpArray::from_values(items(o))
}

fn with<R: Default>(a: &Args, f: impl FnOnce(&mut Fixed) -> R) -> R {
    match this(a) {
        Some(o) => super::with_state::<Fixed, R>(&o, f),
        None => R::default(),
    }
}

/// Resizes (new slots null); the removed values are returned to drop outside the borrow.
fn resize(f: &mut Fixed, n: usize) -> Vec<Value> {
    if n < f.items.len() {
        f.items.split_off(n)
    } else {
        f.items.resize(n, Value::Null);
        Vec::new()
    }
}

fn construct(cx: &mut Ctx, a: &mut Args) -> NResult {
    resize_to_arg(cx, a)?;
    Ok(Value::Null)
}

/// Resizes the array to argument 1 (PHP's errors for a negative size or one beyond the
/// memory limit); the elements cut off are released after.
fn resize_to_arg(cx: &mut Ctx, a: &Args) -> Result<(), Unwind> {
    let n = a.int(0);
    if n < 0 {
        return Err(cx.value_error(1, "must be greater than or equal to 0"));
    }
    cx.vm().check_alloc(n as usize * 16)?;
    let old = with(a, |f| resize(f, n as usize));
    drop(old);
    Ok(())
}

fn wakeup(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Null)
}

fn ser(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let mut out = PhpArray::from_values(items(&o));
    for (k, v) in props_array(&o).iter() {
        out.insert(k, v.clone());
    }
    Ok(Value::from(out))
}

fn unser(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    if with(a, |f| !f.items.is_empty()) {
        return Ok(Value::Null);
    }
    let data = a.array(0);
    let mut vals = Vec::new();
    let mut props = PhpArray::new();
    for (k, v) in data.iter() {
        match k {
            Key::Int(_) => vals.push(v.deref()),
            k => props.insert(k, v.deref()),
        }
    }
    with(a, |f| f.items = vals);
    load_props(cx, &o, &props)?;
    Ok(Value::Null)
}

fn count(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(with(a, |f| f.items.len()) as i64))
}

fn to_array(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::from(PhpArray::from_values(with(a, |f| {
        f.items.clone()
    }))))
}

fn from_array(cx: &mut Ctx, a: &mut Args) -> NResult {
    let arr = a.array(0);
    let preserve = a.bool(1);
    let mut vals = Vec::new();
    if preserve {
        let mut max = -1i64;
        for k in arr.keys() {
            match k {
                Key::Int(i) if i >= 0 => max = max.max(i),
                _ => {
                    return Err(cx.throw(
                        "InvalidArgumentException",
                        "array must contain only positive integer keys",
                    ))
                }
            }
        }
        cx.vm().check_alloc((max + 1) as usize * 16)?;
        vals.resize((max + 1) as usize, Value::Null);
        for (k, v) in arr.iter() {
            if let Key::Int(i) = k {
                vals[i as usize] = v.deref();
            }
        }
    } else {
        vals = arr.values().map(Value::deref).collect();
    }
    let o = cx.new_object("SplFixedArray")?;
    super::with_state::<Fixed, _>(&o, |f| f.items = vals);
    Ok(Value::Object(o))
}

fn set_size(cx: &mut Ctx, a: &mut Args) -> NResult {
    resize_to_arg(cx, a)?;
    Ok(Value::Bool(true))
}

/// PHP's offset rule for `SplFixedArray`: integers, integer strings, floats, booleans;
/// anything else is `TypeError: Illegal offset type`.
fn index(cx: &mut Ctx, v: &Value) -> Result<i64, Unwind> {
    let k = match v {
        Value::Int(i) => return Ok(*i),
        Value::Str(s) => Key::from_bytes(s.as_bytes()),
        Value::Float(_) | Value::Bool(_) | Value::Resource(_) => cx.vm().to_key(v)?,
        _ => Key::Str(Default::default()),
    };
    match k {
        Key::Int(i) => Ok(i),
        Key::Str(_) => Err(cx.throw("TypeError", "Illegal offset type")),
    }
}

fn out_of_range(cx: &mut Ctx) -> Unwind {
    cx.throw("RuntimeException", "Index invalid or out of range")
}

fn offset_exists(cx: &mut Ctx, a: &mut Args) -> NResult {
    let i = index(cx, &a.get(0))?;
    Ok(Value::Bool(with(a, |f| {
        usize::try_from(i)
            .ok()
            .and_then(|i| f.items.get(i))
            .is_some_and(|v| !v.is_null())
    })))
}

fn offset_get(cx: &mut Ctx, a: &mut Args) -> NResult {
    let i = index(cx, &a.get(0))?;
    with(a, |f| {
        usize::try_from(i)
            .ok()
            .and_then(|i| f.items.get(i).cloned())
    })
    .ok_or_else(|| out_of_range(cx))
}

fn offset_set(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (iv, v) = (a.get(0), a.get(1));
    if iv.is_null() {
        return Err(cx.throw("Error", "[] operator not supported for SplFixedArray"));
    }
    let i = index(cx, &iv)?;
    let old = with(a, |f| {
        usize::try_from(i)
            .ok()
            .and_then(|i| f.items.get_mut(i))
            .map(|slot| std::mem::replace(slot, v))
    });
    match old {
        Some(old) => {
            drop(old);
            Ok(Value::Null)
        }
        None => Err(out_of_range(cx)),
    }
}

fn offset_unset(cx: &mut Ctx, a: &mut Args) -> NResult {
    let i = index(cx, &a.get(0))?;
    let old = with(a, |f| {
        usize::try_from(i)
            .ok()
            .and_then(|i| f.items.get_mut(i))
            .map(std::mem::take)
    });
    match old {
        Some(old) => {
            drop(old);
            Ok(Value::Null)
        }
        None => Err(out_of_range(cx)),
    }
}

/// `foreach` over an `SplFixedArray` (its own position; sees size changes).
struct FixedIter {
    src: ObjRef,
    pos: usize,
    started: bool,
}

impl NativeIter for FixedIter {
    fn next(&mut self, _vm: &mut Vm) -> Result<Option<(Value, Value)>, Unwind> {
        if self.started {
            self.pos += 1;
        }
        self.started = true;
        let pos = self.pos;
        let v = super::with_state::<Fixed, _>(&self.src, |f| f.items.get(pos).cloned());
        Ok(v.map(|v| (Value::Int(pos as i64), v)))
    }
}

fn get_iterator(o: &ObjRef) -> Box<dyn NativeIter> {
    Box::new(FixedIter {
        src: o.clone(),
        pos: 0,
        started: false,
    })
}

fn get_iterator_method(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let handle = cx.vm().objects.reserve_handle();
    let it = cx.new_object("InternalIterator")?;
    it.set_native(Box::new(FixedIterState {
        src: o,
        pos: 0,
        _handle: handle,
    }));
    Ok(Value::Object(it))
}

fn private_ctor(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Null)
}

/// Runs `f` on an `InternalIterator`'s state and the element under it.
fn it_state<R: Default>(a: &Args, f: impl FnOnce(&mut usize, Option<Value>) -> R) -> R {
    let Some(o) = this(a) else {
        return R::default();
    };
    let st = o.with_native::<FixedIterState, _>(|s| s.map(|s| (s.src.clone(), s.pos)));
    let Some((src, mut pos)) = st else {
        return R::default();
    };
    let cur = super::with_state::<Fixed, _>(&src, |x| x.items.get(pos).cloned());
    let r = f(&mut pos, cur);
    o.with_native::<FixedIterState, _>(|s| {
        if let Some(s) = s {
            s.pos = pos;
        }
    });
    r
}

fn it_current(cx: &mut Ctx, a: &mut Args) -> NResult {
    it_state(a, |_, v| v).ok_or_else(|| out_of_range(cx))
}

fn it_key(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(it_state(a, |p, _| *p as i64)))
}

fn it_next(_cx: &mut Ctx, a: &mut Args) -> NResult {
    it_state(a, |p, _| *p += 1);
    Ok(Value::Null)
}

fn it_valid(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(it_state(a, |_, v| v.is_some())))
}

fn it_rewind(_cx: &mut Ctx, a: &mut Args) -> NResult {
    it_state(a, |p, _| *p = 0);
    Ok(Value::Null)
}
