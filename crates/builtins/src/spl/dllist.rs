//! `SplDoublyLinkedList` and its subclasses `SplQueue` and `SplStack`.

use super::{
    load_props, private_key, props_array, skip_value, this, unserialize_error, unserialize_input,
    unserialize_piece,
};
use phpsock_eval::object::{NativeHooks, NativeIter};
use phpsock_eval::{Args, Ctx, Module, NResult, NativeClass, ObjRef, PhpArray, Unwind, Value, Vm};
use std::any::Any;
use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

/// Iteration goes from the end (`IT_MODE_LIFO`).
const LIFO: i64 = 2;
/// Iteration removes the elements it passes (`IT_MODE_DELETE`).
const DELETE: i64 = 1;
/// The LIFO/FIFO direction is fixed (`SplStack`, `SplQueue`).
const FIX: i64 = 4;

/// Where the iterator points: nowhere, at an element, or at an element removed since
/// (PHP keeps the removed node: `valid()` is true, `current()` null).
#[derive(Clone, Copy, PartialEq)]
enum Ptr {
    None,
    At(usize),
    Detached,
}

/// A position in the list shared with the list, which moves it when elements are added or
/// removed before it (PHP's iterators hold a node pointer).
type Cursor = Rc<Cell<Ptr>>;

/// The list, its flags, its own iterator (`rewind()`/`next()`: pointer and key counter),
/// and every cursor to keep in place (its own and those of running `foreach` loops).
struct List {
    items: VecDeque<Value>,
    flags: i64,
    ptr: Cursor,
    index: i64,
    cursors: Vec<Weak<Cell<Ptr>>>,
}

impl Clone for List {
    fn clone(&self) -> List {
        let mut l = List::new(self.flags);
        l.items = self.items.clone();
        l.ptr.set(self.ptr.get());
        l.index = self.index;
        l
    }
}

impl List {
    fn new(flags: i64) -> List {
        let ptr = Rc::new(Cell::new(Ptr::None));
        List {
            items: VecDeque::new(),
            flags,
            cursors: vec![Rc::downgrade(&ptr)],
            ptr,
            index: 0,
        }
    }

    /// A new cursor kept in place by this list.
    fn cursor(&mut self) -> Cursor {
        let c = Rc::new(Cell::new(Ptr::None));
        self.cursors.push(Rc::downgrade(&c));
        c
    }

    /// Moves every live cursor with `f` (and forgets finished ones).
    fn adjust(&mut self, f: impl Fn(Ptr) -> Ptr) {
        self.cursors.retain(|w| match w.upgrade() {
            Some(c) => {
                c.set(f(c.get()));
                true
            }
            None => false,
        });
    }

    fn pop(&mut self) -> Option<Value> {
        let v = self.items.pop_back()?;
        let n = self.items.len();
        self.adjust(|p| if p == Ptr::At(n) { Ptr::Detached } else { p });
        Some(v)
    }

    fn shift(&mut self) -> Option<Value> {
        let v = self.items.pop_front()?;
        self.adjust(|p| match p {
            Ptr::At(0) => Ptr::Detached,
            Ptr::At(p) => Ptr::At(p - 1),
            p => p,
        });
        Some(v)
    }

    fn unshift(&mut self, v: Value) {
        self.items.push_front(v);
        self.adjust(|p| match p {
            Ptr::At(p) => Ptr::At(p + 1),
            p => p,
        });
    }

    fn insert(&mut self, at: usize, v: Value) {
        self.items.insert(at, v);
        self.adjust(|p| match p {
            Ptr::At(p) if p >= at => Ptr::At(p + 1),
            p => p,
        });
    }

    /// The position of offset `i` (counted from the end in LIFO mode), if in range.
    fn slot(&self, i: i64) -> Option<usize> {
        let n = self.items.len() as i64;
        if i < 0 || i >= n {
            return None;
        }
        Some(if self.flags & LIFO != 0 { n - 1 - i } else { i } as usize)
    }

    fn remove(&mut self, at: usize) -> Option<Value> {
        let v = self.items.remove(at)?;
        self.adjust(|p| match p {
            Ptr::At(p) if p == at => Ptr::Detached,
            Ptr::At(p) if p > at => Ptr::At(p - 1),
            p => p,
        });
        Some(v)
    }

    /// Puts `cur` at the start for `flags` (the end in LIFO mode); returns the first key.
    fn start(&self, cur: &Cursor, flags: i64) -> i64 {
        let n = self.items.len();
        if flags & LIFO != 0 {
            cur.set(if n > 0 { Ptr::At(n - 1) } else { Ptr::None });
            n as i64 - 1
        } else {
            cur.set(if n > 0 { Ptr::At(0) } else { Ptr::None });
            0
        }
    }

    /// The value under `cur` (null for a removed element).
    fn at(&self, cur: &Cursor) -> Option<Value> {
        match cur.get() {
            Ptr::At(p) => self.items.get(p).cloned(),
            _ => None,
        }
    }

    /// One step of `cur` in the direction `flags` says, counting with `index`; the element
    /// removed in delete mode is returned.
    fn step(&mut self, cur: &Cursor, index: &mut i64, flags: i64) -> Option<Value> {
        let p = match cur.get() {
            Ptr::None => return None,
            Ptr::At(p) => Some(p),
            Ptr::Detached => None,
        };
        if flags & LIFO != 0 {
            cur.set(match p {
                Some(p) if p > 0 => Ptr::At(p - 1),
                _ => Ptr::None,
            });
            *index -= 1;
            if flags & DELETE != 0 {
                return self.pop();
            }
        } else {
            cur.set(match p {
                Some(p) if p + 1 < self.items.len() => Ptr::At(p + 1),
                _ => Ptr::None,
            });
            if flags & DELETE != 0 {
                return self.shift();
            }
            *index += 1;
        }
        None
    }
}

/// A `foreach` over a list: its own cursor, key and mode (taken when the loop starts).
struct ListIter {
    list: ObjRef,
    cur: Option<Cursor>,
    index: i64,
    flags: i64,
}

impl NativeIter for ListIter {
    fn next(&mut self, _vm: &mut Vm) -> Result<Option<(Value, Value)>, Unwind> {
        let (cur, mut index, flags) = (self.cur.clone(), self.index, self.flags);
        let (cur, removed, item) = with_list(&self.list, |l| {
            let (cur, removed) = match cur {
                None => {
                    let c = l.cursor();
                    let f = l.flags & (LIFO | DELETE);
                    index = l.start(&c, f);
                    (c, None)
                }
                Some(c) => {
                    let r = l.step(&c, &mut index, flags);
                    (c, r)
                }
            };
            let item = (cur.get() != Ptr::None).then(|| l.at(&cur).unwrap_or(Value::Null));
            (cur, removed, item)
        });
        if self.cur.is_none() {
            self.flags = with_list(&self.list, |l| l.flags & (LIFO | DELETE));
        }
        self.cur = Some(cur);
        self.index = index;
        drop(removed);
        Ok(item.map(|v| (Value::Int(index), v)))
    }
}

fn get_iterator(o: &ObjRef) -> Box<dyn NativeIter> {
    Box::new(ListIter {
        list: o.clone(),
        cur: None,
        index: 0,
        flags: 0,
    })
}

pub(super) fn register(m: &mut Module) {
    let mut c = NativeClass::new("SplDoublyLinkedList");
    c.interfaces = vec![
        "Iterator",
        "Traversable",
        "Countable",
        "ArrayAccess",
        "Serializable",
    ];
    c.hooks = hooks();
    c.consts = vec![
        ("IT_MODE_LIFO", Value::Int(LIFO)),
        ("IT_MODE_FIFO", Value::Int(0)),
        ("IT_MODE_DELETE", Value::Int(DELETE)),
        ("IT_MODE_KEEP", Value::Int(0)),
    ];
    c.method("add(int $index, mixed $value): void", add)
        .method("pop(): mixed", pop)
        .method("shift(): mixed", shift)
        .method("push(mixed $value): void", push)
        .method("unshift(mixed $value): void", unshift)
        .method("top(): mixed", top)
        .method("bottom(): mixed", bottom)
        .method("__debugInfo(): array", debug_info)
        .method("count(): int", count)
        .method("isEmpty(): bool", is_empty)
        .method("setIteratorMode(int $mode): int", set_mode)
        .method("getIteratorMode(): int", get_mode)
        .method("offsetExists(int $index): bool", offset_exists)
        .method("offsetGet(int $index): mixed", offset_get)
        .method("offsetSet(?int $index, mixed $value): void", offset_set)
        .method("offsetUnset(int $index): void", offset_unset)
        .method("rewind(): void", rewind)
        .method("current(): mixed", current)
        .method("key(): int", key)
        .method("prev(): void", prev)
        .method("next(): void", next)
        .method("valid(): bool", valid)
        .method("serialize(): string", serialize)
        .method("unserialize(string $data): void", unserialize)
        .method("__serialize(): array", ser)
        .method("__unserialize(array $data): void", unser);
    m.class(c);
    let mut q = NativeClass::new("SplQueue");
    q.parent = Some("SplDoublyLinkedList");
    q.method("enqueue(mixed $value): void", push)
        .method("dequeue(): mixed", shift);
    q.hooks = hooks();
    m.class(q);
    let mut s = NativeClass::new("SplStack");
    s.parent = Some("SplDoublyLinkedList");
    s.hooks = hooks();
    m.class(s);
}

fn hooks() -> NativeHooks {
    NativeHooks {
        clone_payload: Some(clone_payload),
        get_iterator: Some(get_iterator),
        ..NativeHooks::default()
    }
}

fn clone_payload(p: &dyn Any) -> Option<Box<dyn Any>> {
    p.downcast_ref::<List>()
        .map(|s| Box::new(s.clone()) as Box<dyn Any>)
}

/// Runs `f` on the list of `o`, creating it on first use with the flags its class starts
/// with (`SplStack`: LIFO, fixed; `SplQueue`: FIFO, fixed).
fn with_list<R>(o: &ObjRef, f: impl FnOnce(&mut List) -> R) -> R {
    if o.with_native::<List, _>(|s| s.is_none()) {
        let cls = o.class();
        let flags = if cls.instance_of_name(b"splstack") {
            LIFO | FIX
        } else if cls.instance_of_name(b"splqueue") {
            FIX
        } else {
            0
        };
        o.set_native(Box::new(List::new(flags)));
    }
    let mut f = Some(f);
    let r = o.with_native::<List, _>(|s| s.map(|s| (f.take().expect("called once"))(s)));
    match r {
        Some(r) => r,
        None => (f.take().expect("called once"))(&mut List::new(0)),
    }
}

fn with<R: Default>(a: &Args, f: impl FnOnce(&mut List) -> R) -> R {
    match this(a) {
        Some(o) => with_list(&o, f),
        None => R::default(),
    }
}

fn out_of_range(cx: &mut Ctx, method: &str) -> Unwind {
    cx.throw(
        "OutOfRangeException",
        format!("SplDoublyLinkedList::{method}(): Argument #1 ($index) is out of range"),
    )
}

fn empty(cx: &mut Ctx, what: &str) -> Unwind {
    cx.throw(
        "RuntimeException",
        format!("Can't {what} an empty datastructure"),
    )
}

fn add(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (i, v) = (a.int(0), a.get(1));
    let ok = with(a, |l| {
        let n = l.items.len() as i64;
        if i < 0 || i > n {
            return false;
        }
        if i == n {
            l.items.push_back(v);
            return true;
        }
        let at = l.slot(i).unwrap_or(0);
        l.insert(at, v);
        true
    });
    if !ok {
        return Err(out_of_range(cx, "add"));
    }
    Ok(Value::Null)
}

fn pop(cx: &mut Ctx, a: &mut Args) -> NResult {
    with(a, List::pop).ok_or_else(|| empty(cx, "pop from"))
}

fn shift(cx: &mut Ctx, a: &mut Args) -> NResult {
    with(a, List::shift).ok_or_else(|| empty(cx, "shift from"))
}

fn push(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    with(a, |l| l.items.push_back(v));
    Ok(Value::Null)
}

fn unshift(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let v = a.get(0);
    with(a, |l| l.unshift(v));
    Ok(Value::Null)
}

fn top(cx: &mut Ctx, a: &mut Args) -> NResult {
    with(a, |l| l.items.back().cloned()).ok_or_else(|| empty(cx, "peek at"))
}

fn bottom(cx: &mut Ctx, a: &mut Args) -> NResult {
    with(a, |l| l.items.front().cloned()).ok_or_else(|| empty(cx, "peek at"))
}

fn count(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(with(a, |l| l.items.len()) as i64))
}

fn is_empty(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(with(a, |l| l.items.is_empty())))
}

fn set_mode(cx: &mut Ctx, a: &mut Args) -> NResult {
    let mode = a.int(0);
    let r = with(a, |l| {
        if l.flags & FIX != 0 && (mode & LIFO) != (l.flags & LIFO) {
            return None;
        }
        l.flags = (mode & (LIFO | DELETE)) | (l.flags & FIX);
        Some(l.flags)
    });
    match r {
        Some(f) => Ok(Value::Int(f)),
        None => Err(cx.throw(
            "RuntimeException",
            "Iterators' LIFO/FIFO modes for SplStack/SplQueue objects are frozen",
        )),
    }
}

fn get_mode(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(with(a, |l| l.flags)))
}

fn offset_exists(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let i = a.int(0);
    Ok(Value::Bool(with(a, |l| l.slot(i).is_some())))
}

fn offset_get(cx: &mut Ctx, a: &mut Args) -> NResult {
    let i = a.int(0);
    with(a, |l| l.slot(i).and_then(|at| l.items.get(at).cloned()))
        .ok_or_else(|| out_of_range(cx, "offsetGet"))
}

fn offset_set(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (i, v) = (a.opt_int(0), a.get(1));
    let r = with(a, |l| match i {
        None => {
            l.items.push_back(v);
            Some(None)
        }
        Some(i) => l
            .slot(i)
            .and_then(|at| l.items.get_mut(at))
            .map(|slot| Some(std::mem::replace(slot, v))),
    });
    match r {
        Some(old) => {
            drop(old);
            Ok(Value::Null)
        }
        None => Err(out_of_range(cx, "offsetSet")),
    }
}

fn offset_unset(cx: &mut Ctx, a: &mut Args) -> NResult {
    let i = a.int(0);
    match with(a, |l| l.slot(i).and_then(|at| l.remove(at))) {
        Some(old) => {
            drop(old);
            Ok(Value::Null)
        }
        None => Err(out_of_range(cx, "offsetUnset")),
    }
}

fn rewind(_cx: &mut Ctx, a: &mut Args) -> NResult {
    with(a, |l| {
        let cur = l.ptr.clone();
        l.index = l.start(&cur, l.flags);
    });
    Ok(Value::Null)
}

fn current(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(with(a, |l| l.at(&l.ptr.clone())).unwrap_or(Value::Null))
}

fn key(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Int(with(a, |l| l.index)))
}

fn prev(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let old = with(a, |l| {
        let (cur, mut index) = (l.ptr.clone(), l.index);
        let r = l.step(&cur, &mut index, l.flags ^ LIFO);
        l.index = index;
        r
    });
    drop(old);
    Ok(Value::Null)
}

fn next(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let old = with(a, |l| {
        let (cur, mut index) = (l.ptr.clone(), l.index);
        let r = l.step(&cur, &mut index, l.flags);
        l.index = index;
        r
    });
    drop(old);
    Ok(Value::Null)
}

fn valid(_cx: &mut Ctx, a: &mut Args) -> NResult {
    Ok(Value::Bool(with(a, |l| l.ptr.get() != Ptr::None)))
}

fn items(a: &Args) -> (i64, Vec<Value>) {
    with(a, |l| (l.flags, l.items.iter().cloned().collect()))
}

/// `Serializable::serialize()`: PHP's `i:flags;:elem:elem…` text.
fn serialize(cx: &mut Ctx, a: &mut Args) -> NResult {
    let (flags, vals) = items(a);
    let mut out = format!("i:{flags};").into_bytes();
    for v in vals {
        out.push(b':');
        let s = cx.call(&Value::from("serialize"), vec![v])?;
        out.extend_from_slice(&cx.to_str(&s)?);
    }
    Ok(Value::from(out))
}

fn ser(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let (flags, vals) = items(a);
    Ok(Value::from(PhpArray::from_values(vec![
        Value::Int(flags),
        Value::from(PhpArray::from_values(vals)),
        Value::from(props_array(&o)),
    ])))
}

fn unser(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let data = a.array(0);
    let (Some(Value::Int(flags)), Some(Value::Array(vals)), Some(Value::Array(props))) = (
        data.get_int(0).map(Value::deref),
        data.get_int(1).map(Value::deref),
        data.get_int(2).map(Value::deref),
    ) else {
        return Err(cx.throw(
            "UnexpectedValueException",
            "Incomplete or ill-typed serialization data",
        ));
    };
    with_list(&o, |l| {
        l.flags = flags;
        l.items.extend(vals.iter().map(|(_, v)| v.deref()));
    });
    load_props(cx, &o, &props)?;
    Ok(Value::Null)
}

fn debug_info(_cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some(o) = this(a) else {
        return Ok(Value::Null);
    };
    let (flags, vals) = items(a);
    let mut out = props_array(&o);
    out.insert(
        private_key("SplDoublyLinkedList", "flags"),
        Value::Int(flags),
    );
    out.insert(
        private_key("SplDoublyLinkedList", "dllist"),
        Value::from(PhpArray::from_values(vals)),
    );
    Ok(Value::from(out))
}

/// `Serializable::unserialize()`: reads the `i:flags;:elem:elem…` text, appending the
/// elements to this list.
fn unserialize(cx: &mut Ctx, a: &mut Args) -> NResult {
    let Some((o, data)) = unserialize_input(a) else {
        return Ok(Value::Null);
    };
    let s = data.as_bytes();
    let bad = |cx: &mut Ctx, at: usize| unserialize_error(cx, at, s.len());
    let mut p = skip_value(s, 0)
        .filter(|_| s[0] == b'i')
        .ok_or_else(|| bad(cx, 0))?;
    let flags = unserialize_piece(cx, &s[..p])?.to_int();
    let mut vals = Vec::new();
    while p < s.len() {
        if s[p] != b':' {
            return Err(bad(cx, p));
        }
        p += 1;
        let end = skip_value(s, p).ok_or_else(|| bad(cx, p))?;
        vals.push(unserialize_piece(cx, &s[p..end])?);
        p = end;
    }
    with_list(&o, |l| {
        l.flags = flags;
        l.items.extend(vals);
    });
    Ok(Value::Null)
}
