//! `SplHeap` (abstract), `SplMinHeap`, `SplMaxHeap` and `SplPriorityQueue`: binary heaps laid
//! out as PHP lays them out (the dumped order matches), with user `compare()` overrides.

use super::{private_key, props_array, this};
use phpsock_eval::object::NativeHooks;
use phpsock_eval::{Args, Ctx, Key, Module, NResult, NativeClass, ObjRef, PhpArray, Unwind, Value};
use std::any::Any;

/// `SplPriorityQueue::EXTR_DATA`.
const EXTR_DATA: i64 = 1;
/// `SplPriorityQueue::EXTR_PRIORITY`.
const EXTR_PRIORITY: i64 = 2;

/// One element: the value, and its priority for a priority queue.
#[derive(Clone)]
struct Elem {
    data: Value,
    priority: Value,
}

/// The heap array, the extract flags (priority queues), the corruption flag, and whether
/// the heap is being changed (its elements are then out, being sifted).
#[derive(Clone)]
struct Heap {
    elems: Vec<Elem>,
    flags: i64,
    corrupted: bool,
    locked: bool,
}

/// Which comparison the heap uses.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Min,
    Max,
    Priority,
    /// A user subclass of `SplHeap`: its own `compare()`.
    User,
}

pub(super) fn register(m: &mut Module) {
    let hooks = NativeHooks {
        clone_payload: Some(clone_payload),
        ..NativeHooks::default()
    };
    let mut h = NativeClass::new("SplHeap");
    h.is_abstract = true;
    h.interfaces = vec!["Iterator", "Traversable", "Countable"];
    h.hooks = hooks.clone();
    h.method("extract(): mixed", extract)
        .method("insert(mixed $value): bool", insert)
        .method("top(): mixed", top)
        .method("count(): int", count)
        .method("isEmpty(): bool", is_empty)
        .method("rewind(): void", rewind)
        .method("current(): mixed", current)
        .method("key(): int", key)
        .method("next(): void", next)
        .method("valid(): bool", valid)
        .method("recoverFromCorruption(): bool", recover)
        .method("isCorrupted(): bool", is_corrupted)
        .method("__debugInfo(): array", debug_info);
    h.abstract_method(
        "compare(mixed $value1, mixed $value2): int",
        abstract_compare,
        phpsock_eval::object::Visibility::Protected,
    );
    m.class(h);
    for (name, imp) in [
        (
            "SplMinHeap",
            min_compare as phpsock_eval::native::NativeImpl,
        ),
        ("SplMaxHeap", max_compare),
    ] {
        let mut c = NativeClass::new(name);
        c.parent = Some("SplHeap");
        c.hooks = hooks.clone();
        c.method_ex(
            "compare(mixed $value1, mixed $value2): int",
            imp,
            phpsock_eval::object::Visibility::Protected,
            false,
        );
        m.class(c);
    }
    let mut pq = NativeClass::new("SplPriorityQueue");
    pq.interfaces = vec!["Iterator", "Traversable", "Countable"];
    pq.hooks = hooks;
    pq.consts = vec![
        ("EXTR_BOTH", Value::Int(3)),
        ("EXTR_PRIORITY", Value::Int(EXTR_PRIORITY)),
        ("EXTR_DATA", Value::Int(EXTR_DATA)),
    ];
    pq.method(
        "compare(mixed $priority1, mixed $priority2): int",
        max_compare,
    )
    .method("insert(mixed $value, mixed $priority)", pq_insert)
    .method("setExtractFlags(int $flags): int", set_flags)
    .method("top(): mixed", top)
    .method("extract(): mixed", extract)
    .method("count(): int", count)
    .method("isEmpty(): bool", is_empty)
    .method("rewind(): void", rewind)
    .method("current(): mixed", current)
    .method("key(): int", key)
    .method("next(): void", next)
    .method("valid(): bool", valid)
    .method("recoverFromCorruption()", recover)
    .method("isCorrupted(): bool", is_corrupted)
    .method("getExtractFlags(): int", get_flags)
    .method("__debugInfo(): array", debug_info);
    m.class(pq);
}

fn clone_payload(p: &dyn Any) -> Option<Box<dyn Any>> {
    p.downcast_ref::<Heap>()
        .map(|s| Box::new(s.clone()) as Box<dyn Any>)
}

fn is_pq(o: &ObjRef) -> bool {
    o.class().instance_of_name(b"splpriorityqueue")
}

fn with_heap<R>(o: &ObjRef, f: impl FnOnce(&mut Heap) -> R) -> R {
    if o.with_native::<Heap, _>(|s| s.is_none()) {
        let flags = if is_pq(o) { EXTR_DATA } else { 0 };
        o.set_native(Box::new(Heap {
            elems: Vec::new(),
            flags,
            corrupted: false,
            locked: false,
        }));
    }
    let mut f = Some(f);
    let r = o.with_native::<Heap, _>(|s| s.map(|s| (f.take().expect("called once"))(s)));
    match r {
        Some(r) => r,
        None => (f.take().expect("called once"))(&mut Heap {
            elems: Vec::new(),
            flags: 0,
            corrupted: false,
            locked: false,
        }),
    }
}

fn kind(o: &ObjRef) -> Kind {
    let user = o
        .class()
        .find_method(b"compare")
        .is_some_and(|m| !m.func.is_native());
    if user {
        Kind::User
    } else if is_pq(o) {
        Kind::Priority
    } else if o.class().instance_of_name(b"splminheap") {
        Kind::Min
    } else {
        Kind::Max
    }
}

/// The heap order of `a` over `b` (positive: `a` goes nearer the top); an exception from a
/// user `compare()` counts as 0 and is left pending.
fn cmp(cx: &mut Ctx, o: &ObjRef, k: Kind, a: &Elem, b: &Elem, failed: &mut Option<Unwind>) -> i64 {
    if failed.is_some() {
        return 0;
    }
    let r = match k {
        Kind::Min => phpsock_eval::ops::compare(cx.vm(), &b.data, &a.data).map(i64::from),
        Kind::Max => phpsock_eval::ops::compare(cx.vm(), &a.data, &b.data).map(i64::from),
        Kind::Priority => {
            phpsock_eval::ops::compare(cx.vm(), &a.priority, &b.priority).map(i64::from)
        }
        Kind::User => {
            let (x, y) = if is_pq(o) {
                (a.priority.clone(), b.priority.clone())
            } else {
                (a.data.clone(), b.data.clone())
            };
            cx.vm()
                .call_method_by_name(o, "compare", vec![x, y])
                .map(|v| v.map_or(0, |v| v.to_int()))
        }
    };
    r.unwrap_or_else(|u| {
        *failed = Some(u);
        0
    })
}

fn corrupted(cx: &mut Ctx) -> Unwind {
    cx.throw(
        "RuntimeException",
        "Heap is corrupted, heap properties are no longer ensured.",
    )
}

/// Takes the elements out for a change (so user comparisons can run), or throws PHP's
/// errors for a corrupted heap or one already being changed.
fn take_for_change(cx: &mut Ctx, o: &ObjRef) -> Result<Vec<Elem>, Unwind> {
    match with_heap(o, |h| {
        if h.locked {
            Err(true)
        } else if h.corrupted {
            Err(false)
        } else {
            h.locked = true;
            Ok(std::mem::take(&mut h.elems))
        }
    }) {
        Ok(v) => Ok(v),
        Err(true) => Err(cx.throw(
            "RuntimeException",
            "Heap cannot be changed when it is already being modified.",
        )),
        Err(false) => Err(corrupted(cx)),
    }
}

/// Puts the elements back; a comparison's exception marks the heap corrupted and goes on.
fn put_back(o: &ObjRef, elems: Vec<Elem>, failed: Option<Unwind>) -> Result<(), Unwind> {
    let corrupt = failed.is_some();
    with_heap(o, |h| {
        h.elems = elems;
        h.locked = false;
        if corrupt {
            h.corrupted = true;
        }
    });
    // The exception from compare() propagates.
    failed.map_or(Ok(()), Err)
}

fn push(cx: &mut Ctx, o: &ObjRef, e: Elem) -> Result<(), Unwind> {
    let k = kind(o);
    let mut v = take_for_change(cx, o)?;
    let mut failed = None;
    let mut i = v.len();
    v.push(e.clone());
    while i > 0 {
        let p = (i - 1) / 2;
        if cmp(cx, o, k, &v[p], &e, &mut failed) >= 0 {
            break;
        }
        v[i] = v[p].clone();
        i = p;
    }
    v[i] = e;
    put_back(o, v, failed)
}

fn pop_top(cx: &mut Ctx, o: &ObjRef) -> Result<Option<Elem>, Unwind> {
    let k = kind(o);
    let mut v = take_for_change(cx, o)?;
    if v.is_empty() {
        put_back(o, v, None)?;
        return Ok(None);
    }
    let mut failed = None;
    let count = v.len();
    let limit = (count - 1) / 2;
    let top = v[0].clone();
    let bottom = v[count - 1].clone();
    let mut i = 0;
    while i < limit {
        let mut j = i * 2 + 1;
        if j + 1 < count && cmp(cx, o, k, &v[j + 1], &v[j], &mut failed) > 0 {
            j += 1;
        }
        if cmp(cx, o, k, &bottom, &v[j], &mut failed) < 0 {
            v[i] = v[j].clone();
            i = j;
        } else {
            break;
        }
    }
    v[i] = bottom;
    v.pop();
    put_back(o, v, failed)?;
    Ok(Some(top))
}

/// What `top()`/`extract()`/`current()` give for an element.
fn output(o: &ObjRef, flags: i64, e: Elem) -> Value {
    if !is_pq(o) {
        return e.data;
    }
    match flags & 3 {
        EXTR_DATA => e.data,
        EXTR_PRIORITY => e.priority,
        _ => {
            let mut a = PhpArray::new();
            a.insert(Key::from_bytes(b"data"), e.data);
            a.insert(Key::from_bytes(b"priority"), e.priority);
            Value::from(a)
        }
    }
}

fn abstract_compare(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Int(0))
}

fn min_compare(cx: &mut Ctx, a: &mut Args) -> NResult {
    compare_args(cx, a, true)
}

fn max_compare(cx: &mut Ctx, a: &mut Args) -> NResult {
    compare_args(cx, a, false)
}

/// `$value1 <=> $value2` (`reversed`: the other way round), as the heaps' `compare()` gives it.
fn compare_args(cx: &mut Ctx, a: &Args, reversed: bool) -> NResult {
    let (mut x, mut y) = (a.get(0), a.get(1));
    if reversed {
        std::mem::swap(&mut x, &mut y);
    }
    Ok(Value::Int(i64::from(phpsock_eval::ops::compare(
        cx.vm(),
        &x,
        &y,
    )?)))
}

fn insert(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let e = Elem {
        data: a.get(0),
        priority: Value::Null,
    };
    push(cx, &o, e)?;
    Ok(Value::Bool(true))
}

fn pq_insert(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let e = Elem {
        data: a.get(0),
        priority: a.get(1),
    };
    push(cx, &o, e)?;
    Ok(Value::Bool(true))
}

fn extract(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    if with_heap(&o, |h| h.corrupted) {
        return Err(corrupted(cx));
    }
    match pop_top(cx, &o)? {
        Some(e) => Ok(output(&o, with_heap(&o, |h| h.flags), e)),
        None => Err(cx.throw("RuntimeException", "Can't extract from an empty heap")),
    }
}

fn top(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    match with_heap(&o, |h| (h.corrupted, h.flags, h.elems.first().cloned())) {
        (true, _, _) => Err(corrupted(cx)),
        (_, flags, Some(e)) => Ok(output(&o, flags, e)),
        _ => Err(cx.throw("RuntimeException", "Can't peek at an empty heap")),
    }
}

fn count(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(
        this(a).map_or(0, |o| with_heap(&o, |h| h.elems.len())) as i64,
    ))
}

fn is_empty(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(
        this(a).is_none_or(|o| with_heap(&o, |h| h.elems.is_empty())),
    ))
}

fn rewind(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Null)
}

fn current(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    match with_heap(&o, |h| (h.flags, h.elems.first().cloned())) {
        (flags, Some(e)) => Ok(output(&o, flags, e)),
        _ => Ok(Value::Null),
    }
}

fn key(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(
        this(a).map_or(0, |o| with_heap(&o, |h| h.elems.len())) as i64 - 1,
    ))
}

fn next(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let old = pop_top(cx, &o)?;
    drop(old);
    Ok(Value::Null)
}

fn valid(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(
        this(a).is_some_and(|o| with_heap(&o, |h| !h.elems.is_empty())),
    ))
}

fn recover(_cx: &mut Ctx, a: &mut Args) -> NResult {
    if let Some(o) = this(a) {
        with_heap(&o, |h| h.corrupted = false);
    }
    Ok(Value::Bool(true))
}

fn is_corrupted(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(
        this(a).is_some_and(|o| with_heap(&o, |h| h.corrupted)),
    ))
}

fn set_flags(cx: &mut Ctx, a: &mut Args) -> NResult {
    let f = a.int(0) & 3;
    if f == 0 {
        return Err(cx.throw("RuntimeException", "Must specify at least one extract flag"));
    }
    if let Some(o) = this(a) {
        with_heap(&o, |h| h.flags = f);
    }
    Ok(Value::Int(f))
}

fn get_flags(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(
        this(a).map_or(0, |o| with_heap(&o, |h| h.flags)),
    ))
}

fn debug_info(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let pq = is_pq(&o);
    let base = if pq { "SplPriorityQueue" } else { "SplHeap" };
    let (flags, corrupted, elems) = with_heap(&o, |h| (h.flags, h.corrupted, h.elems.clone()));
    let mut out = props_array(&o);
    out.insert(private_key(base, "flags"), Value::Int(flags));
    out.insert(private_key(base, "isCorrupted"), Value::Bool(corrupted));
    let list: Vec<Value> = elems
        .into_iter()
        .map(|e| {
            if pq {
                let mut a = PhpArray::new();
                a.insert(Key::from_bytes(b"data"), e.data);
                a.insert(Key::from_bytes(b"priority"), e.priority);
                Value::from(a)
            } else {
                e.data
            }
        })
        .collect();
    out.insert(
        private_key(base, "heap"),
        Value::from(PhpArray::from_values(list)),
    );
    Ok(Value::from(out))
}
