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
            });
        }
    }
    out
}

/// A public property list built from an array (`__debugInfo`, closures).
pub fn from_array(a: &PhpArray) -> Vec<Prop> {
    a.iter()
        .map(|(k, v)| Prop {
            name: match k {
                Key::Int(i) => PhpStr::from(i.to_string()),
                Key::Str(s) => s,
            },
            vis: Visibility::Public,
            class: PhpStr::empty(),
            value: Some(v.clone()),
            ty: String::new(),
        })
        .collect()
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
