//! SPL: the interfaces (`Serializable`, `SplObserver`, `SplSubject`, `SeekableIterator`,
//! `OuterIterator`, `RecursiveIterator`) and data structures (`SplObjectStorage`,
//! `SplDoublyLinkedList`, `SplQueue`, `SplStack`).
//!
//! Each structure keeps its state as the object's native payload, created on first use so
//! that user subclasses (`class Clients extends SplObjectStorage`) work without calling a
//! parent constructor. State is never borrowed while PHP code runs: methods take values out
//! of the payload first, then drop them or call back.

mod arrayiter;
mod dllist;
mod fixed;
mod heap;
mod storage;

use phpsock_eval::object::{ClassKind, Visibility};
use phpsock_eval::{Args, Ctx, Key, Module, NResult, NativeClass, ObjRef, PhpArray, PhpStr, Value};

/// The `spl` module.
pub fn module() -> Module {
    let mut m = Module::new("SPL");
    interfaces(&mut m);
    storage::register(&mut m);
    dllist::register(&mut m);
    heap::register(&mut m);
    arrayiter::register(&mut m);
    fixed::register(&mut m);
    m
}

fn iface(name: &'static str, parents: Vec<&'static str>, methods: &[&str]) -> NativeClass {
    let mut c = NativeClass::new(name);
    c.kind = ClassKind::Interface;
    c.interfaces = parents;
    for sig in methods {
        c.method(sig, abstract_method);
    }
    c
}

/// The body of an interface method (never run: interface methods are abstract).
fn abstract_method(_cx: &mut Ctx, _a: &mut Args) -> NResult {
    Ok(Value::Null)
}

fn interfaces(m: &mut Module) {
    m.class(iface(
        "Serializable",
        vec![],
        &["serialize()", "unserialize(string $data)"],
    ));
    m.class(iface(
        "SplObserver",
        vec![],
        &["update(SplSubject $subject): void"],
    ));
    m.class(iface(
        "SplSubject",
        vec![],
        &[
            "attach(SplObserver $observer): void",
            "detach(SplObserver $observer): void",
            "notify(): void",
        ],
    ));
    m.class(iface(
        "SeekableIterator",
        vec!["Iterator"],
        &["seek(int $offset): void"],
    ));
    m.class(iface(
        "OuterIterator",
        vec!["Iterator"],
        &["getInnerIterator(): ?Iterator"],
    ));
    m.class(iface(
        "RecursiveIterator",
        vec!["Iterator"],
        &["hasChildren(): bool", "getChildren(): ?RecursiveIterator"],
    ));
}

/// `$this` of a native method (always set for instance methods).
fn this(a: &Args) -> Option<ObjRef> {
    a.this().cloned()
}

/// What `Serializable::unserialize()` of an SPL structure reads: `$this` and the data, or
/// `None` when there is nothing to do (no `$this`, or an empty string).
fn unserialize_input(a: &Args) -> Option<(ObjRef, PhpStr)> {
    let o = this(a)?;
    let data = a.str(0);
    (!data.is_empty()).then_some((o, data))
}

/// PHP's error for a malformed serialized SPL structure.
fn unserialize_error(cx: &mut Ctx, at: usize, len: usize) -> phpsock_eval::Unwind {
    cx.throw(
        "UnexpectedValueException",
        format!("Error at offset {at} of {len} bytes"),
    )
}

/// Runs `f` on the payload of type `T` of `o`, creating it with `T::default()` first if the
/// object has none yet (a user subclass's instance before any native method ran).
fn with_state<T: Default + 'static, R>(o: &ObjRef, f: impl FnOnce(&mut T) -> R) -> R {
    if o.with_native::<T, _>(|s| s.is_none()) {
        o.set_native(Box::new(T::default()));
    }
    let mut f = Some(f);
    let r = o.with_native::<T, _>(|s| s.map(|s| (f.take().expect("called once"))(s)));
    match r {
        Some(r) => r,
        // Another payload type occupies the object: work on a scratch state.
        None => (f.take().expect("called once"))(&mut T::default()),
    }
}

/// The object's properties as `(array)$o` gives them: private names mangled
/// `"\0Class\0name"`, protected ones `"\0*\0name"` (for `__debugInfo` and `__serialize`).
fn props_array(o: &ObjRef) -> PhpArray {
    let mut a = PhpArray::new();
    for (n, v, info) in o.prop_list() {
        let key = match info {
            Some(i) if i.vis == Visibility::Private => {
                let mut k = vec![0u8];
                k.extend_from_slice(&i.class_name);
                k.push(0);
                k.extend_from_slice(&n);
                Key::Str(PhpStr::from(k))
            }
            Some(i) if i.vis == Visibility::Protected => {
                let mut k = b"\0*\0".to_vec();
                k.extend_from_slice(&n);
                Key::Str(PhpStr::from(k))
            }
            _ => Key::from_phpstr(n),
        };
        a.insert(key, v.deref());
    }
    a
}

/// A private property name of `class` mangled as PHP does (`"\0Class\0name"`).
fn private_key(class: &str, name: &str) -> Key {
    Key::Str(PhpStr::from(format!("\0{class}\0{name}")))
}

/// Restores properties from a `__serialize` array (PHP's `object_properties_load`): mangled
/// names reach private/protected slots; a name the class does not declare becomes a dynamic
/// property with PHP's deprecation.
fn load_props(cx: &mut Ctx, o: &ObjRef, props: &PhpArray) -> Result<(), phpsock_eval::Unwind> {
    for (k, v) in props.iter() {
        let v = v.deref();
        let Key::Str(s) = k else {
            o.set_prop(k.to_string().as_bytes(), v);
            continue;
        };
        let b = s.as_bytes();
        let (scope, name): (Option<Vec<u8>>, &[u8]) = if b.first() == Some(&0) {
            match b[1..].iter().position(|&c| c == 0) {
                Some(end) => {
                    let class = &b[1..1 + end];
                    let name = &b[end + 2..];
                    if class == b"*" {
                        (None, name)
                    } else {
                        (Some(class.to_ascii_lowercase()), name)
                    }
                }
                None => (None, b),
            }
        } else {
            (None, b)
        };
        let declared = match &scope {
            Some(sc) => o.class().prop_slot_in(name, Some(sc)).is_some(),
            None => o.class().prop_slot_any(name).is_some(),
        };
        if !declared {
            let msg = format!(
                "Creation of dynamic property {}::${} is deprecated",
                o.class().name,
                String::from_utf8_lossy(name)
            );
            cx.raise(phpsock_eval::diag::E_DEPRECATED, &msg)?;
        }
        o.set_prop_in(name, scope.as_deref(), v);
    }
    Ok(())
}

/// The end of the serialized value starting at `p` in `s` (for the `Serializable`
/// `unserialize(string)` formats, which concatenate serialized values).
fn skip_value(s: &[u8], p: usize) -> Option<usize> {
    let t = *s.get(p)?;
    if t == b'N' {
        return (s.get(p + 1) == Some(&b';')).then_some(p + 2);
    }
    if s.get(p + 1) != Some(&b':') {
        return None;
    }
    let mut q = p + 2;
    match t {
        b'b' | b'i' | b'd' | b'r' | b'R' => {
            let end = s[q..].iter().position(|&c| c == b';')?;
            Some(q + end + 1)
        }
        b's' | b'S' | b'E' => {
            let (len, after) = read_len(s, q)?;
            q = after;
            (s.get(q) == Some(&b'"') && s.get(q + len + 1) == Some(&b'"')).then_some(())?;
            (s.get(q + len + 2) == Some(&b';')).then_some(q + len + 3)
        }
        b'a' | b'O' | b'C' => {
            if t != b'a' {
                let (len, after) = read_len(s, q)?;
                q = after + len + 3; // "name":
            }
            let (n, after) = read_len(s, q)?;
            q = after;
            if s.get(q) != Some(&b'{') {
                return None;
            }
            q += 1;
            if t == b'C' {
                q += n;
            } else {
                let items = if t == b'a' || t == b'O' { n * 2 } else { n };
                for _ in 0..items {
                    q = skip_value(s, q)?;
                }
            }
            (s.get(q) == Some(&b'}')).then_some(q + 1)
        }
        _ => None,
    }
}

/// Reads `digits:` at `p`: the number and the position after the colon.
fn read_len(s: &[u8], p: usize) -> Option<(usize, usize)> {
    let end = s[p..].iter().position(|&c| c == b':')?;
    let n = std::str::from_utf8(&s[p..p + end]).ok()?.parse().ok()?;
    Some((n, p + end + 1))
}

/// Unserializes one value with the `unserialize()` function.
fn unserialize_piece(cx: &mut Ctx, piece: &[u8]) -> NResult {
    cx.call(
        &Value::from("unserialize"),
        vec![Value::from(piece.to_vec())],
    )
}
