//! [`Value`]: a PHP value, plus references ([`PhpRef`]) and resources ([`ResRef`]).

use crate::array::PhpArray;
use crate::numeric::{self, fmt_float, Num};
use crate::object::ObjRef;
use crate::string::PhpStr;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

/// A PHP value.
///
/// `Ref` and `Undef` are storage states, not values: a variable slot, array element or
/// property may hold a reference cell (after `=&`, `global`, by-ref capture) or be undefined
/// (never assigned / unset). Expressions never produce them; use [`Value::deref`] when
/// reading storage.
#[derive(Clone, Debug, Default)]
pub enum Value {
    /// Storage only: an unassigned variable or uninitialised typed property.
    Undef,
    /// `null`.
    #[default]
    Null,
    /// `true`/`false`.
    Bool(bool),
    /// A 64-bit integer.
    Int(i64),
    /// A double.
    Float(f64),
    /// A binary string.
    Str(PhpStr),
    /// An array (copy-on-write through `Rc::make_mut`).
    Array(Rc<PhpArray>),
    /// An object handle.
    Object(ObjRef),
    /// A resource (streams, etc.).
    Resource(ResRef),
    /// Storage only: a PHP reference shared by several slots.
    Ref(PhpRef),
}

impl PartialEq for Value {
    /// Structural identity (`===`), used by tests; references compare their targets.
    fn eq(&self, other: &Value) -> bool {
        crate::ops::identical(&self.deref(), &other.deref())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(s.into())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Str(s.into())
    }
}
impl From<Vec<u8>> for Value {
    fn from(s: Vec<u8>) -> Value {
        Value::Str(s.into())
    }
}
impl From<PhpStr> for Value {
    fn from(s: PhpStr) -> Value {
        Value::Str(s)
    }
}
impl From<PhpArray> for Value {
    fn from(a: PhpArray) -> Value {
        Value::Array(Rc::new(a))
    }
}
impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Object(o)
    }
}

impl Value {
    /// A string value from bytes.
    pub fn str(b: &[u8]) -> Value {
        Value::Str(PhpStr::new(b))
    }

    /// An empty array.
    pub fn empty_array() -> Value {
        Value::Array(Rc::new(PhpArray::new()))
    }

    /// The value itself, or what a reference points at (`Undef` reads as `Null`).
    #[inline]
    pub fn deref(&self) -> Value {
        match self {
            Value::Ref(r) => r.get(),
            Value::Undef => Value::Null,
            v => v.clone(),
        }
    }

    /// True for `Undef` (and a reference to `Undef`, which does not occur).
    #[inline]
    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    /// True for `null` (after dereferencing).
    pub fn is_null(&self) -> bool {
        match self {
            Value::Null | Value::Undef => true,
            Value::Ref(r) => r.get().is_null(),
            _ => false,
        }
    }

    /// Type name as PHP's error messages and `get_debug_type` use it (`int`, `string`,
    /// `array`, the class name for objects, `null`, `bool`, `float`).
    pub fn type_name(&self) -> String {
        match self {
            Value::Undef | Value::Null => "null".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "string".into(),
            Value::Array(_) => "array".into(),
            Value::Object(o) => o.class().name.to_string(),
            Value::Resource(_) => "resource".into(),
            Value::Ref(r) => r.get().type_name(),
        }
    }

    /// `gettype()` names (`integer`, `double`, `boolean`, `NULL`, …).
    pub fn gettype(&self) -> &'static str {
        match self {
            Value::Undef | Value::Null => "NULL",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "integer",
            Value::Float(_) => "double",
            Value::Str(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
            Value::Resource(r) => {
                if r.is_closed() {
                    "resource (closed)"
                } else {
                    "resource"
                }
            }
            Value::Ref(r) => r.get().gettype(),
        }
    }

    /// PHP truthiness.
    pub fn to_bool(&self) -> bool {
        match self {
            Value::Undef | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !(s.is_empty() || s.as_bytes() == b"0"),
            Value::Array(a) => !a.is_empty(),
            Value::Object(_) | Value::Resource(_) => true,
            Value::Ref(r) => r.get().to_bool(),
        }
    }

    /// `(int)` cast semantics without diagnostics (objects give 1, arrays 0/1).
    pub fn to_int(&self) -> i64 {
        match self {
            Value::Undef | Value::Null => 0,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => *i,
            Value::Float(f) => numeric::float_to_int(*f),
            Value::Str(s) => numeric::str_to_int(s),
            Value::Array(a) => !a.is_empty() as i64,
            Value::Object(_) => 1,
            Value::Resource(r) => r.id(),
            Value::Ref(r) => r.get().to_int(),
        }
    }

    /// `(float)` cast semantics without diagnostics.
    pub fn to_float(&self) -> f64 {
        match self {
            Value::Undef | Value::Null => 0.0,
            Value::Bool(b) => *b as i64 as f64,
            Value::Int(i) => *i as f64,
            Value::Float(f) => *f,
            Value::Str(s) => numeric::str_to_num(s).as_f64(),
            Value::Array(a) => !a.is_empty() as i64 as f64,
            Value::Object(_) => 1.0,
            Value::Resource(r) => r.id() as f64,
            Value::Ref(r) => r.get().to_float(),
        }
    }

    /// The number this value is for arithmetic without diagnostics.
    pub fn to_num(&self) -> Num {
        match self {
            Value::Float(f) => Num::Float(*f),
            Value::Str(s) => numeric::str_to_num(s),
            Value::Ref(r) => r.get().to_num(),
            v => Num::Int(v.to_int()),
        }
    }

    /// String conversion of scalars (`precision` for floats: 14 for echo); `None` for
    /// arrays, objects and resources, which need the runtime (warnings, `__toString`).
    pub fn scalar_to_str(&self, precision: i32) -> Option<PhpStr> {
        Some(match self {
            Value::Undef | Value::Null => PhpStr::empty(),
            Value::Bool(true) => PhpStr::from("1"),
            Value::Bool(false) => PhpStr::empty(),
            Value::Int(i) => PhpStr::from(i.to_string()),
            Value::Float(f) => PhpStr::from(fmt_float(*f, precision)),
            Value::Str(s) => s.clone(),
            Value::Resource(r) => PhpStr::from(format!("Resource id #{}", r.id())),
            Value::Ref(r) => return r.get().scalar_to_str(precision),
            Value::Array(_) | Value::Object(_) => return None,
        })
    }

    /// The array inside, if this is an array.
    pub fn as_array(&self) -> Option<&Rc<PhpArray>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The object inside, if this is an object.
    pub fn as_object(&self) -> Option<&ObjRef> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The string inside, if this is a string.
    pub fn as_str(&self) -> Option<&PhpStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Turns a storage slot into a reference (if it is not one yet) and returns it.
    pub fn make_ref(&mut self) -> PhpRef {
        if let Value::Ref(r) = self {
            return r.clone();
        }
        let v = match std::mem::replace(self, Value::Null) {
            Value::Undef => Value::Null,
            v => v,
        };
        let r = PhpRef::new(v);
        // The slot holds the `Null` put there above: nothing to drop.
        std::mem::forget(std::mem::replace(self, Value::Ref(r.clone())));
        r
    }

    /// Assigns into a storage slot, writing through a reference if it holds one.
    #[inline]
    pub fn assign(&mut self, v: Value) {
        match self {
            Value::Ref(r) => r.set(v),
            slot => *slot = v,
        }
    }
}

/// Drops a value, skipping the drop glue call for scalars (hot paths).
#[inline(always)]
pub fn discard(v: Value) {
    match v {
        Value::Undef | Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
            std::mem::forget(v)
        }
        // The common handles drop in line (a count decrement) instead of through the glue.
        Value::Str(s) => drop(s),
        Value::Object(o) => drop(o),
        v => drop(v),
    }
}

/// A PHP reference: a shared, mutable cell several variables or elements point at.
#[derive(Clone)]
pub struct PhpRef(Rc<RefCell<Value>>);

impl PhpRef {
    /// A new reference holding `v`.
    pub fn new(v: Value) -> PhpRef {
        PhpRef(Rc::new(RefCell::new(v)))
    }

    /// A copy of the referenced value.
    #[inline]
    pub fn get(&self) -> Value {
        match &*self.0.borrow() {
            Value::Undef => Value::Null,
            v => v.clone(),
        }
    }

    /// Replaces the referenced value.
    #[inline]
    pub fn set(&self, v: Value) {
        *self.0.borrow_mut() = v;
    }

    /// Runs `f` with mutable access to the referenced value. `f` must not touch this
    /// reference again (it runs inside a borrow).
    #[inline]
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Value) -> R) -> R {
        f(&mut self.0.borrow_mut())
    }

    /// Applies `f` to the referenced value unless it is being written (`None` then); for
    /// side-effect-free fast paths that read through references.
    #[inline]
    pub fn try_with<R>(&self, f: impl FnOnce(&Value) -> Option<R>) -> Option<R> {
        f(&*self.0.try_borrow().ok()?)
    }

    /// Runs `f` with shared access to the referenced value.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&Value) -> R) -> R {
        f(&self.0.borrow())
    }

    /// Takes the value out, leaving `null` (used for in-place array/string updates).
    pub fn take(&self) -> Value {
        std::mem::take(&mut *self.0.borrow_mut())
    }

    /// True if both are the same reference.
    pub fn ptr_eq(&self, o: &PhpRef) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }

    /// Number of holders of this reference.
    pub fn holders(&self) -> usize {
        Rc::strong_count(&self.0)
    }
}

impl fmt::Debug for PhpRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "&{:?}", self.get())
    }
}

/// A resource (`resource(5) of type (stream)`): an id, a type name and a native payload.
pub struct Resource {
    id: i64,
    type_name: Cell<&'static str>,
    /// Native data (for example a stream), owned by the module that created it.
    pub payload: RefCell<Option<Box<dyn Any>>>,
}

/// A handle to a [`Resource`].
#[derive(Clone)]
pub struct ResRef(Rc<Resource>);

impl ResRef {
    /// Creates a resource with a given id (allocated by the runtime) and type name.
    pub fn new(id: i64, type_name: &'static str, payload: Box<dyn Any>) -> ResRef {
        ResRef(Rc::new(Resource {
            id,
            type_name: Cell::new(type_name),
            payload: RefCell::new(Some(payload)),
        }))
    }

    /// The resource id (`#5`).
    pub fn id(&self) -> i64 {
        self.0.id
    }

    /// The type name (`stream`), or `Unknown` once closed.
    pub fn type_name(&self) -> &'static str {
        self.0.type_name.get()
    }

    /// True once closed.
    pub fn is_closed(&self) -> bool {
        self.0.payload.borrow().is_none()
    }

    /// Closes the resource: drops the payload, type becomes `Unknown`.
    pub fn close(&self) {
        self.0.payload.borrow_mut().take();
        self.0.type_name.set("Unknown");
    }

    /// The resource record.
    pub fn get(&self) -> &Resource {
        &self.0
    }

    /// True if both handles are the same resource.
    pub fn ptr_eq(&self, o: &ResRef) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

impl fmt::Debug for ResRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "resource({}) of type ({})", self.id(), self.type_name())
    }
}
