//! Objects and classes.
//!
//! An object is a class pointer, declared property slots (by index, in the class's
//! declaration order), an optional ordered table of dynamic properties, an optional native
//! payload (for built-in classes such as `Socket`), and a handle id (`#N` in `var_dump`).
//! Handles are reused after an object dies, as PHP does. When the last [`ObjRef`] to an
//! object whose class has `__destruct` goes away, the object is queued (resurrected once)
//! and the runtime runs the destructor at the next safe point.

use crate::array::PhpArray;
use crate::func::Function;
use crate::string::PhpStr;
use crate::types::TypeSpec;
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;
use std::rc::{Rc, Weak};

/// Member visibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Visibility {
    /// `public`
    Public,
    /// `protected`
    Protected,
    /// `private`
    Private,
}

impl Visibility {
    /// The keyword.
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Protected => "protected",
            Visibility::Private => "private",
        }
    }
}

/// What kind of class-like entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    /// `class`
    Class,
    /// `interface`
    Interface,
    /// `trait`
    Trait,
    /// `enum`
    Enum,
}

/// A declared instance property.
#[derive(Clone, Debug)]
pub struct PropInfo {
    /// Name without `$`.
    pub name: PhpStr,
    /// Initial value (`Undef` for a typed property without default).
    pub default: Value,
    /// Visibility.
    pub vis: Visibility,
    /// Lower-cased name of the declaring class (for private access and name mangling).
    pub declaring: PhpStr,
    /// The declaring class's name as written (messages, `var_dump`).
    pub class_name: PhpStr,
    /// Declared type.
    pub ty: Option<TypeSpec>,
    /// `readonly`.
    pub readonly: bool,
}

/// A method as found in a class's method table.
#[derive(Clone)]
pub struct Method {
    /// The function (user or native).
    pub func: Rc<Function>,
    /// Visibility.
    pub vis: Visibility,
    /// `static`.
    pub is_static: bool,
    /// `abstract` (or an interface method).
    pub is_abstract: bool,
    /// `final`.
    pub is_final: bool,
    /// The class that declared it (for `self::`, private access and messages).
    pub declaring: Weak<Class>,
}

impl fmt::Debug for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Method({})", self.func.name)
    }
}

/// A class constant (evaluated lazily for user classes).
#[derive(Clone, Debug)]
pub struct ClassConst {
    /// The value once evaluated.
    pub value: RefCell<Option<Value>>,
    /// The initialiser (user classes), evaluated on first access.
    pub init: Option<Rc<crate::ir::Expr>>,
    /// Visibility.
    pub vis: Visibility,
    /// Lower-cased declaring class name.
    pub declaring: PhpStr,
    /// For enums: this constant is a case.
    pub is_case: bool,
}

/// Copies a native payload for `clone`.
pub type ClonePayload = fn(&dyn Any) -> Option<Box<dyn Any>>;

/// A native class's own `foreach` iteration state (PHP's `get_iterator` handler), independent
/// of the object's `rewind()`/`next()` position.
pub trait NativeIter {
    /// The next `(key, value)`, or `None` at the end (the first call starts the iteration).
    fn next(&mut self, vm: &mut crate::vm::Vm)
        -> Result<Option<(Value, Value)>, crate::vm::Unwind>;
}

/// Starts a native `foreach` iteration over an object ([`NativeHooks::get_iterator`]).
pub type GetIterator = fn(&ObjRef) -> Box<dyn NativeIter>;

/// Hooks a native class may provide.
#[derive(Clone, Default)]
pub struct NativeHooks {
    /// `foreach` runs this iterator instead of the object's `Iterator` methods (unless a
    /// user subclass overrides one of them, as in PHP).
    pub get_iterator: Option<GetIterator>,
    /// Elements a native class shows after its properties (PHP's `get_properties` handler,
    /// e.g. `SplFixedArray`'s items): `var_dump`, `print_r`, `var_export`, `(array)` and
    /// `get_object_vars` include them.
    pub extra_props: Option<fn(&ObjRef) -> crate::array::PhpArray>,
    /// The [`NativeHooks::extra_props`] elements stand instead of the properties (PHP's
    /// `ArrayObject`: `(array)`, `var_export` and `json_encode` show its storage), and
    /// `get_object_vars` ignores them.
    pub extra_props_replace: bool,
    /// Called on `clone` to copy the payload.
    pub clone_payload: Option<ClonePayload>,
    /// `clone` throws `Error: Trying to clone an uncloneable object of class X` (PHP's
    /// `clone_obj = NULL` handler, e.g. `Socket`).
    pub uncloneable: bool,
    /// Distinct objects of the class are never equal and compare as 1 (`<=>`) with anything
    /// but `null`, both ways (PHP's `zend_objects_not_comparable` handler, e.g. `Socket`):
    /// `array_search($socket, $clients)` finds that very socket.
    pub uncomparable: bool,
    /// `new X` throws an `Error` with this message instead of constructing (PHP's
    /// `get_constructor` handler, e.g. "Cannot directly construct Socket, use socket_create()
    /// instead").
    pub construct_error: Option<&'static str>,
    /// The class is marked not serializable (`serialize` throws `Exception: Serialization of
    /// 'X' is not allowed`; `unserialize` likewise).
    pub not_serializable: bool,
}

/// A class, interface, trait or enum.
pub struct Class {
    /// Name as messages and dumps print it: an anonymous class's name up to its NUL byte
    /// (`class@anonymous`), as PHP prints names with C string formatting.
    pub name: PhpStr,
    /// The whole name, which `get_class()` and `::class` return (an anonymous class's
    /// includes a NUL byte, its file and line).
    pub full_name: PhpStr,
    /// Lower-cased name (the lookup key).
    pub lname: PhpStr,
    /// Kind.
    pub kind: ClassKind,
    /// `abstract`.
    pub is_abstract: bool,
    /// `final`.
    pub is_final: bool,
    /// `readonly` class.
    pub is_readonly: bool,
    /// Parent class.
    pub parent: Option<Rc<Class>>,
    /// Every interface implemented (directly or inherited), lower-cased name → class.
    pub interfaces: Vec<Rc<Class>>,
    /// Declared instance properties in slot order (inherited first).
    pub props: Vec<PropInfo>,
    /// Property name → slot.
    pub prop_slots: crate::fasthash::FastMap<PhpStr, u32>,
    /// Private properties inherited from ancestors: (declaring class, lower-cased; name;
    /// slot). They are not in [`Class::prop_slots`]: only code of the declaring class reaches
    /// them by name (for other code the name is another slot's, or undefined/dynamic).
    pub shadowed: Vec<(PhpStr, PhpStr, u32)>,
    /// Static properties: name → (cell, visibility, declaring class); inherited ones share
    /// the parent's cell unless redeclared.
    pub static_props: RefCell<HashMap<PhpStr, StaticProp>>,
    /// Instance and static property names in PHP's declaration-table order: the class's own
    /// first (as declared, then those its traits add), then inherited ones in the parent's
    /// order (`get_class_vars` lists them so).
    pub prop_order: Vec<PhpStr>,
    /// The traits the class uses directly, by their declared names (`class_uses`).
    pub traits: Vec<PhpStr>,
    /// Static property names in the same order as [`Class::prop_order`].
    pub static_order: Vec<PhpStr>,
    /// Methods by lower-cased name (inherited included).
    pub methods: crate::fasthash::FastMap<PhpStr, Method>,
    /// Constants by name (case-sensitive), in declaration order of first appearance.
    pub consts: HashMap<PhpStr, Rc<ClassConst>>,
    /// Constant names in order (enum cases listing, reflection).
    pub const_order: Vec<PhpStr>,
    /// Enum backing type (`int`/`string`).
    pub enum_backing: Option<TypeSpec>,
    /// Cached magic methods.
    pub magic: MagicMethods,
    /// Native behaviour for built-in classes.
    pub native: NativeHooks,
    /// Static props initialised yet (user classes evaluate defaults on first use).
    pub statics_ready: Cell<bool>,
    /// User static property initialisers, evaluated on first use.
    pub static_inits: Vec<(PhpStr, Rc<crate::ir::Expr>)>,
    /// Source file and line of the declaration (user classes).
    pub decl_line: u32,
    /// `Throwable` or one of its implementations (instances record file, line and trace).
    pub is_throwable: bool,
    /// How `new` runs the constructor without a call frame, decided on the first `new`
    /// after the constructor's member memos resolved ([`crate::ctor_inline`]); `None`
    /// inside: never.
    pub ctor_plan: std::cell::OnceCell<Option<Box<crate::ctor_inline::CtorPlan>>>,
}

/// A static property entry.
#[derive(Clone, Debug)]
pub struct StaticProp {
    /// The shared storage.
    pub cell: crate::value::PhpRef,
    /// Visibility.
    pub vis: Visibility,
    /// Lower-cased declaring class.
    pub declaring: PhpStr,
    /// Declared type.
    pub ty: Option<TypeSpec>,
}

/// Magic methods looked up once per class.
#[derive(Clone, Default, Debug)]
pub struct MagicMethods {
    /// `__construct`
    pub construct: Option<Method>,
    /// `__destruct`
    pub destruct: Option<Method>,
    /// `__get`
    pub get: Option<Method>,
    /// `__set`
    pub set: Option<Method>,
    /// `__isset`
    pub isset: Option<Method>,
    /// `__unset`
    pub unset: Option<Method>,
    /// `__call`
    pub call: Option<Method>,
    /// `__callStatic`
    pub call_static: Option<Method>,
    /// `__toString`
    pub to_string: Option<Method>,
    /// `__invoke`
    pub invoke: Option<Method>,
    /// `__clone`
    pub clone: Option<Method>,
}

impl fmt::Debug for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Class({})", self.name)
    }
}

impl Class {
    /// A built-in class (native classes are built without a declaration line).
    pub fn is_internal(&self) -> bool {
        self.decl_line == 0
    }

    /// True if `self` is `other` or extends/implements it.
    pub fn is_subclass_of(&self, other: &Class) -> bool {
        if self.lname == other.lname {
            return true;
        }
        if self.interfaces.iter().any(|i| i.lname == other.lname) {
            return true;
        }
        let mut p = self.parent.clone();
        while let Some(c) = p {
            if c.lname == other.lname {
                return true;
            }
            p = c.parent.clone();
        }
        false
    }

    /// True if `self` is or inherits from the class with lower-cased name `lname`.
    pub fn instance_of_name(&self, lname: &[u8]) -> bool {
        if self.lname.as_bytes() == lname
            || self.interfaces.iter().any(|i| i.lname.as_bytes() == lname)
        {
            return true;
        }
        let mut p = self.parent.as_deref();
        while let Some(c) = p {
            if c.lname.as_bytes() == lname {
                return true;
            }
            p = c.parent.as_deref();
        }
        false
    }

    /// The slot of property `name` as code whose class scope is `scope` (lower-cased) sees
    /// it: an ancestor's private property hidden by a redeclaration for code of that
    /// ancestor, else the ordinary slot.
    #[inline]
    pub fn prop_slot_in(&self, name: &[u8], scope: Option<&[u8]>) -> Option<u32> {
        if !self.shadowed.is_empty() {
            if let Some(sc) = scope {
                if let Some((_, _, slot)) = self
                    .shadowed
                    .iter()
                    .find(|(d, n, _)| d.as_bytes() == sc && n.as_bytes() == name)
                {
                    return Some(*slot);
                }
            }
        }
        self.prop_slots.get(name).copied()
    }

    /// The slot of property `name` for internal use, whatever the scope: the ordinary slot,
    /// else an inherited private one (an exception's `trace`, …).
    pub fn prop_slot_any(&self, name: &[u8]) -> Option<u32> {
        self.prop_slots.get(name).copied().or_else(|| {
            self.shadowed
                .iter()
                .find(|(_, n, _)| n.as_bytes() == name)
                .map(|&(_, _, s)| s)
        })
    }

    /// True if code of class `scope` (lower-cased) reaches the property `info` by its name,
    /// that is unless a redeclaration hides it or it hides another.
    pub fn sees_prop(&self, info: &PropInfo, scope: Option<&[u8]>) -> bool {
        self.shadowed.is_empty()
            || self
                .prop_slot_in(&info.name, scope)
                .is_some_and(|s| self.props[s as usize].declaring == info.declaring)
    }

    /// True if slot `i` is an ancestor's private property hidden by a redeclaration.
    pub fn is_shadowed_slot(&self, i: usize) -> bool {
        self.shadowed.iter().any(|&(_, _, s)| s as usize == i)
    }

    /// Finds a method by (any-case) name.
    pub fn find_method(&self, name: &[u8]) -> Option<&Method> {
        if let Some(m) = self.methods.get(name) {
            return Some(m);
        }
        self.methods.get(&name.to_ascii_lowercase()[..])
    }
}

impl std::borrow::Borrow<[u8]> for PhpStr {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

/// Allocates object handles (reusing freed ones, most recent first) and collects objects
/// whose destructor is due.
#[derive(Default)]
pub struct ObjectStore {
    free: RefCell<Vec<u32>>,
    next: Cell<u32>,
    pending_dtors: RefCell<Vec<Pending>>,
    /// Whether `pending_dtors` is non-empty (read after every statement and call: one load
    /// instead of a borrow).
    has_pending: Cell<bool>,
    live_with_dtor: RefCell<Vec<Weak<Object>>>,
    /// Emptied property vectors of dead objects, reused by new ones (saves an allocation
    /// and a free per object).
    spare_props: RefCell<Vec<Vec<Value>>>,
}

/// Most emptied property vectors kept for reuse.
const SPARE_PROPS: usize = 64;

impl ObjectStore {
    /// A new store; the first handle is 1.
    pub fn new() -> Rc<ObjectStore> {
        Rc::new(ObjectStore::default())
    }

    fn alloc(&self) -> u32 {
        if let Some(id) = self.free.borrow_mut().pop() {
            return id;
        }
        let id = self.next.get() + 1;
        self.next.set(id);
        id
    }

    /// An empty vector with room for `n` property values, reused when one is spare.
    fn props_vec(&self, n: usize) -> Vec<Value> {
        match self.spare_props.borrow_mut().pop() {
            Some(v) if v.capacity() >= n => v,
            _ => Vec::with_capacity(n),
        }
    }

    /// Keeps an emptied property vector for reuse.
    fn recycle_props(&self, v: Vec<Value>) {
        debug_assert!(v.is_empty());
        let mut spare = self.spare_props.borrow_mut();
        if v.capacity() > 0 && spare.len() < SPARE_PROPS {
            spare.push(v);
        }
    }

    /// Reserves an object handle that no PHP object uses, as PHP's internal iterator
    /// objects do (`foreach` over an `Iterator` or generator holds one), so the handles
    /// `var_dump` shows afterwards match PHP's. Dropping the guard frees the handle.
    pub fn reserve_handle(self: &Rc<Self>) -> HandleGuard {
        HandleGuard {
            id: self.alloc(),
            store: self.clone(),
        }
    }

    /// Takes the objects whose destructors should run now, in order, with the handles
    /// whose release waits for them.
    pub fn take_pending(&self) -> Vec<Pending> {
        self.has_pending.set(false);
        std::mem::take(&mut *self.pending_dtors.borrow_mut())
    }

    /// True if destructors are waiting.
    #[inline]
    pub fn has_pending(&self) -> bool {
        self.has_pending.get()
    }

    /// Live objects with a destructor not yet run, in creation order (for shutdown).
    pub fn live_with_destructors(&self) -> Vec<ObjRef> {
        let list = std::mem::take(&mut *self.live_with_dtor.borrow_mut());
        let mut out: Vec<ObjRef> = list
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|o| !o.destructed.get())
            .map(ObjRef)
            .collect();
        out.sort_by_key(|o| o.id());
        out
    }
}

/// An object instance.
pub struct Object {
    id: u32,
    class: Rc<Class>,
    /// Declared property slots (same order as [`Class::props`]); `Undef` when unset.
    pub props: RefCell<Vec<Value>>,
    /// Dynamic properties, in creation order.
    pub dyn_props: RefCell<Option<Box<PhpArray>>>,
    /// Native payload of built-in classes.
    pub native: RefCell<Option<Box<dyn Any>>>,
    destructed: Cell<bool>,
    /// Declared slots that `unset()` has emptied (bit `i` for slot `i`; slots from 63 on
    /// share bit 63). PHP calls the magic accessors for such a slot, but not for a typed
    /// property that was never initialised (its `IS_PROP_UNINIT` flag).
    unset_marks: Cell<u64>,
    store: Rc<ObjectStore>,
}

/// The bit of [`Object::unset_marks`] for declared slot `slot`.
fn unset_bit(slot: usize) -> u64 {
    1u64 << slot.min(63)
}

impl Drop for Object {
    fn drop(&mut self) {
        // PHP releases what the object holds (dynamic properties, then declared ones in
        // order, then native state) before it frees the handle, so handles freed by those
        // releases are reused after this one.
        if self.dyn_props.get_mut().is_none()
            && self.native.get_mut().is_none()
            && !self.props.get_mut().iter().any(owns_memory)
        {
            // Only scalars: releasing them frees nothing and queues no destructor.
            let mut props = std::mem::take(self.props.get_mut());
            while let Some(v) = props.pop() {
                // A scalar (or `Undef`): nothing to drop.
                std::mem::forget(v);
            }
            self.store.recycle_props(props);
            self.store.free.borrow_mut().push(self.id);
            return;
        }
        let queued = self.store.pending_dtors.borrow().len();
        if self.dyn_props.get_mut().is_some() {
            drop(self.dyn_props.get_mut().take());
        }
        let mut props = std::mem::take(self.props.get_mut());
        // Released in order; scalars need no drop glue.
        for v in props.iter_mut() {
            if crate::object::owns_memory(v) {
                crate::value::discard(std::mem::take(v));
            }
        }
        while let Some(v) = props.pop() {
            // A scalar (or `Undef`) now: nothing to drop.
            std::mem::forget(v);
        }
        self.store.recycle_props(props);
        if self.native.get_mut().is_some() {
            drop(self.native.get_mut().take());
        }
        let mut pending = self.store.pending_dtors.borrow_mut();
        if pending.len() > queued {
            // PHP would have run those destructors (and freed those handles) before freeing
            // this handle: it waits for them.
            pending.push(Pending::Free(HandleGuard {
                store: self.store.clone(),
                id: self.id,
            }));
            self.store.has_pending.set(true);
        } else {
            drop(pending);
            self.store.free.borrow_mut().push(self.id);
        }
    }
}

/// True unless `v` is a scalar or `Undef` (which have nothing to drop).
#[inline(always)]
pub(crate) fn owns_memory(v: &Value) -> bool {
    !matches!(
        v,
        Value::Undef | Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    )
}

/// An entry of the destructor queue ([`ObjectStore::take_pending`]).
pub enum Pending {
    /// An object whose destructor is due; it is freed once the destructor has run.
    Dtor(ObjRef),
    /// The handle of an object freed while destructors of what it held were queued: it
    /// is released after them, as PHP releases it.
    Free(HandleGuard),
}

/// A reserved object handle ([`ObjectStore::reserve_handle`]).
pub struct HandleGuard {
    store: Rc<ObjectStore>,
    id: u32,
}

impl Drop for HandleGuard {
    fn drop(&mut self) {
        self.store.free.borrow_mut().push(self.id);
    }
}

/// A reference-counted handle to an object (`$a = $b` copies the handle).
pub struct ObjRef(Rc<Object>);

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        ObjRef(self.0.clone())
    }
}

impl Drop for ObjRef {
    /// Dropping a handle other than the last one only decrements the count (in line);
    /// the last one queues the destructor when there is one ([`ObjRef::last_dropped`]).
    #[inline]
    fn drop(&mut self) {
        if Rc::strong_count(&self.0) == 1 {
            self.last_dropped();
        }
    }
}

impl ObjRef {
    /// [`ObjRef`]'s drop for the last handle: queues the destructor if the class has one
    /// not run yet.
    #[inline(never)]
    fn last_dropped(&mut self) {
        if self.0.class.magic.destruct.is_some() && !self.0.destructed.get() {
            self.0.destructed.set(true);
            let again = ObjRef(self.0.clone());
            self.0
                .store
                .pending_dtors
                .borrow_mut()
                .push(Pending::Dtor(again));
            self.0.store.has_pending.set(true);
        }
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "object({})#{}", self.0.class.name, self.0.id)
    }
}

impl ObjRef {
    /// Instantiates `class` with its default property values (no constructor call).
    pub fn new(class: Rc<Class>, store: &Rc<ObjectStore>) -> ObjRef {
        let mut props = store.props_vec(class.props.len());
        // Defaults are mostly scalars: copied in line, the rest cloned. (`extend` writes
        // each value in place; values handed one by one to `push`, which is not inlined,
        // went through memory and stalled store forwarding.)
        props.extend(class.props.iter().map(|p| match p.default {
            Value::Undef => Value::Undef,
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Int(i) => Value::Int(i),
            Value::Float(f) => Value::Float(f),
            ref d => d.clone(),
        }));
        let has_dtor = class.magic.destruct.is_some();
        let o = Rc::new(Object {
            id: store.alloc(),
            class,
            props: RefCell::new(props),
            dyn_props: RefCell::new(None),
            native: RefCell::new(None),
            destructed: Cell::new(false),
            unset_marks: Cell::new(0),
            store: store.clone(),
        });
        if has_dtor {
            store.live_with_dtor.borrow_mut().push(Rc::downgrade(&o));
        }
        ObjRef(o)
    }

    /// Number of handles to this object.
    #[inline]
    pub fn strong_count(&self) -> usize {
        Rc::strong_count(&self.0)
    }

    /// The handle id (`#N`).
    #[inline]
    pub fn id(&self) -> u32 {
        self.0.id
    }

    /// Records that `unset()` emptied declared slot `slot` (see [`Object::unset_marks`]).
    pub fn mark_unset(&self, slot: usize) {
        let m = &self.0.unset_marks;
        m.set(m.get() | unset_bit(slot));
    }

    /// Whether declared slot `slot` was emptied by `unset()` rather than never initialised.
    pub fn was_unset(&self, slot: usize) -> bool {
        self.0.unset_marks.get() & unset_bit(slot) != 0
    }

    /// Gives this object the unset marks of `src` (a clone copies them, as PHP copies the
    /// property flags).
    pub fn copy_unset_marks(&self, src: &ObjRef) {
        self.0.unset_marks.set(src.0.unset_marks.get());
    }

    /// The object's class.
    #[inline]
    pub fn class(&self) -> &Rc<Class> {
        &self.0.class
    }

    /// The object record.
    #[inline]
    pub fn obj(&self) -> &Object {
        &self.0
    }

    /// Same object?
    #[inline]
    pub fn ptr_eq(&self, o: &ObjRef) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }

    /// Marks the destructor as run (or not to be run).
    pub fn set_destructed(&self) {
        self.0.destructed.set(true);
    }

    /// True if the destructor has been run or suppressed.
    pub fn destructed(&self) -> bool {
        self.0.destructed.get()
    }

    /// Reads a property by name (declared or dynamic), without visibility checks.
    pub fn get_prop(&self, name: &[u8]) -> Option<Value> {
        if let Some(slot) = self.0.class.prop_slot_any(name) {
            let v = self.0.props.borrow()[slot as usize].clone();
            return if v.is_undef() { None } else { Some(v.deref()) };
        }
        self.0
            .dyn_props
            .borrow()
            .as_ref()
            .and_then(|d| d.get_str(name).map(|v| v.deref()))
    }

    /// Writes a property by name (declared or dynamic), without visibility checks.
    pub fn set_prop(&self, name: &[u8], v: Value) {
        self.set_prop_in(name, None, v);
    }

    /// Writes a property by name as code of class `scope` (lower-cased) sees it: a private
    /// property of that class hidden by a redeclaration in a subclass is reached this way
    /// (`unserialize` of a `"\0Parent\0name"` key).
    pub fn set_prop_in(&self, name: &[u8], scope: Option<&[u8]>, v: Value) {
        let slot = match scope {
            Some(_) => self.0.class.prop_slot_in(name, scope),
            None => self.0.class.prop_slot_any(name),
        };
        if let Some(slot) = slot {
            self.0.props.borrow_mut()[slot as usize].assign(v);
            return;
        }
        let mut d = self.0.dyn_props.borrow_mut();
        let d = d.get_or_insert_with(Default::default);
        d.entry(crate::array::Key::from_bytes(name)).assign(v);
    }

    /// The native payload downcast to `T`.
    pub fn with_native<T: 'static, R>(&self, f: impl FnOnce(Option<&mut T>) -> R) -> R {
        let mut p = self.0.native.borrow_mut();
        f(p.as_mut().and_then(|b| b.downcast_mut::<T>()))
    }

    /// Sets the native payload.
    pub fn set_native(&self, payload: Box<dyn Any>) {
        *self.0.native.borrow_mut() = Some(payload);
    }

    /// All properties (declared then dynamic) as `(name, value, declared slot info)` for
    /// dumping; unset declared properties are skipped.
    pub fn prop_list(&self) -> Vec<(PhpStr, Value, Option<&PropInfo>)> {
        let mut out = Vec::new();
        let props = self.0.props.borrow();
        for (i, info) in self.0.class.props.iter().enumerate() {
            if let Some(v) = props.get(i) {
                if !v.is_undef() {
                    out.push((info.name.clone(), v.clone(), Some(info)));
                }
            }
        }
        if let Some(d) = self.0.dyn_props.borrow().as_ref() {
            for (k, v) in d.iter() {
                let name = match k {
                    crate::array::Key::Int(i) => PhpStr::from(i.to_string()),
                    crate::array::Key::Str(s) => s,
                };
                out.push((name, v.clone(), None));
            }
        }
        out
    }

    /// The properties as PHP's property table holds them (what `(array)` and
    /// `get_mangled_object_vars` return): private names as `"\0Class\0name"`, protected ones
    /// as `"\0*\0name"`, numeric dynamic names as integer keys; a reference another
    /// variable shares stays a reference, one only the property holds is its value.
    pub fn mangled_props(&self) -> crate::array::PhpArray {
        use crate::array::Key;
        let mut out = crate::array::PhpArray::new();
        let copy = |v: &Value| match v {
            Value::Ref(r) if r.holders() == 1 => r.get(),
            v => v.clone(),
        };
        let props = self.0.props.borrow();
        for (i, info) in self.0.class.props.iter().enumerate() {
            let Some(v) = props.get(i).filter(|v| !v.is_undef()) else {
                continue;
            };
            let key = match info.vis {
                Visibility::Private => {
                    let mut k = vec![0u8];
                    k.extend_from_slice(&info.class_name);
                    k.push(0);
                    k.extend_from_slice(&info.name);
                    Key::Str(PhpStr::from_vec(k))
                }
                Visibility::Protected => {
                    let mut k = b"\0*\0".to_vec();
                    k.extend_from_slice(&info.name);
                    Key::Str(PhpStr::from_vec(k))
                }
                Visibility::Public => Key::from_phpstr(info.name.clone()),
            };
            out.insert(key, copy(v));
        }
        if let Some(d) = self.0.dyn_props.borrow().as_ref() {
            for (k, v) in d.iter() {
                let key = match k {
                    Key::Str(s) => Key::from_phpstr(s),
                    k => k,
                };
                out.insert(key, copy(v));
            }
        }
        out
    }
}
