//! An object's properties as the dumpers, `serialize` and `json_encode` see them.

use phpsock_eval::calls::ClosureData;
use phpsock_eval::func::FuncBody;
use phpsock_eval::object::{ClassKind, Visibility};
use phpsock_eval::{Key, ObjRef, PhpArray, PhpStr, Value};

/// One property slot.
pub struct Prop {
    /// Property name (unmangled).
    pub name: PhpStr,
    /// Visibility (`Public` for dynamic properties).
    pub vis: Visibility,
    /// Declaring class, for private properties.
    pub class: PhpStr,
    /// Stored value (may be a `Value::Ref`); `None` for an uninitialized typed property.
    pub value: Option<Value>,
    /// Declared type, as PHP prints it.
    pub ty: String,
    /// The name is an integer key of a `__debugInfo` array (`var_dump` shows `[7]`, unquoted).
    pub int_key: bool,
}

/// True if `o` is an enum case.
pub fn is_enum(o: &ObjRef) -> bool {
    o.class().kind == ClassKind::Enum
}

/// The case name of an enum object.
pub fn enum_case(o: &ObjRef) -> PhpStr {
    match o.get_prop(b"name") {
        Some(Value::Str(s)) => s,
        _ => PhpStr::empty(),
    }
}

/// A property's value for display: a reference only this property holds is its value
/// (PHP shows `&` only while something else shares the reference; the copy taken here
/// would otherwise count as a second holder).
fn unshared(v: &Value) -> Value {
    match v {
        Value::Ref(r) if r.holders() == 1 => r.get(),
        v => v.clone(),
    }
}

/// Every property in declaration order (dynamic ones after), uninitialized typed ones
/// included with `value: None`.
pub fn props(o: &ObjRef) -> Vec<Prop> {
    let mut out = Vec::new();
    let class = o.class();
    {
        let vals = o.obj().props.borrow();
        for (i, info) in class.props.iter().enumerate() {
            let Some(v) = vals.get(i) else { continue };
            if v.is_undef() && info.ty.is_none() {
                continue; // unset()
            }
            out.push(Prop {
                name: info.name.clone(),
                vis: info.vis,
                class: info.class_name.clone(),
                value: (!v.is_undef()).then(|| unshared(v)),
                ty: info.ty.as_ref().map_or_else(String::new, |t| t.to_string()),
                int_key: false,
            });
        }
    }
    if let Some(d) = o.obj().dyn_props.borrow().as_ref() {
        for (k, v) in d.iter() {
            let name = match k {
                Key::Int(i) => PhpStr::from(i.to_string()),
                Key::Str(s) => s,
            };
            out.push(Prop {
                name,
                vis: Visibility::Public,
                class: PhpStr::empty(),
                value: Some(unshared(v)),
                ty: String::new(),
                int_key: false,
            });
        }
    }
    if let Some(extra) = o.class().native.extra_props {
        if o.class().native.extra_props_replace {
            out.clear();
        }
        for (k, v) in extra(o).iter() {
            let (name, int_key) = match k {
                Key::Int(i) => (PhpStr::from(i.to_string()), true),
                Key::Str(s) => (s, false),
            };
            out.push(Prop {
                name,
                vis: Visibility::Public,
                class: PhpStr::empty(),
                value: Some(v.clone()),
                ty: String::new(),
                int_key,
            });
        }
    }
    out
}

/// A property list built from an array (`__debugInfo`, closures). String keys mangled as PHP
/// mangles property names (`"\0Class\0name"` private, `"\0*\0name"` protected) show as
/// those properties; other keys (malformed mangling included) are public names as given.
pub fn from_array(a: &PhpArray) -> Vec<Prop> {
    a.iter()
        .map(|(k, v)| {
            let (name, vis, class) = match k.clone() {
                Key::Int(i) => (
                    PhpStr::from(i.to_string()),
                    Visibility::Public,
                    PhpStr::empty(),
                ),
                Key::Str(s) => unmangle(s),
            };
            Prop {
                name,
                vis,
                class,
                value: Some(v.clone()),
                ty: String::new(),
                int_key: matches!(k, Key::Int(_)),
            }
        })
        .collect()
}

/// Splits a mangled property name into (name, visibility, declaring class), as PHP's
/// `zend_unmangle_property_name` does: `"\0C\0p"` is private to `C`, `"\0*\0p"` protected;
/// anything else (including a malformed mangled name) is a public name kept as is.
fn unmangle(s: PhpStr) -> (PhpStr, Visibility, PhpStr) {
    let b = s.as_bytes();
    if b.len() >= 3 && b[0] == 0 && b[1] != 0 {
        if let Some(end) = b[1..b.len() - 1].iter().position(|&c| c == 0) {
            let class = &b[1..1 + end];
            let name = PhpStr::from(&b[end + 2..]);
            return if class == b"*" {
                (name, Visibility::Protected, PhpStr::empty())
            } else {
                (name, Visibility::Private, PhpStr::from(class))
            };
        }
    }
    (s, Visibility::Public, PhpStr::empty())
}

/// The debug view of a `Closure` (`static`, `this`, `parameter`), or `None` for other objects.
pub fn closure_debug(o: &ObjRef) -> Option<PhpArray> {
    let cd = o.with_native::<ClosureData, _>(|c| c.cloned())?;
    let mut out = PhpArray::new();
    if let FuncBody::User(code) = &cd.func.body {
        if !cd.captured.is_empty() {
            let mut st = PhpArray::new();
            for (slot, v) in &cd.captured {
                if let Some(n) = code.slot_names.get(*slot as usize) {
                    st.insert(Key::from_phpstr(n.clone()), v.clone());
                }
            }
            out.insert(Key::from_bytes(b"static"), Value::from(st));
        }
    }
    if let Some(t) = &cd.this {
        out.insert(Key::from_bytes(b"this"), Value::Object(t.clone()));
    }
    if !cd.func.params.is_empty() {
        let mut ps = PhpArray::new();
        for p in &cd.func.params {
            let mut name = Vec::new();
            if p.by_ref {
                name.push(b'&');
            }
            name.push(b'$');
            name.extend_from_slice(&p.name);
            let req = if p.default.is_some() || p.variadic {
                "<optional>"
            } else {
                "<required>"
            };
            ps.insert(Key::from_bytes(&name), Value::from(req));
        }
        out.insert(Key::from_bytes(b"parameter"), Value::from(ps));
    }
    Some(out)
}
