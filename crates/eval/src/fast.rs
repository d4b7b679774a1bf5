//! Side-effect-free fast paths of the evaluator.
//!
//! [`Vm::num`] computes an expression made only of numeric locals, numeric literals,
//! existing numeric array elements (`$a[$i]`, `$b[$i][3]`), unary minus and arithmetic
//! operators, without building `Value`s or `Result`s and without touching the runtime. It
//! answers `None` as soon as anything would need the general path (a string, an undefined
//! variable, a missing key, division by zero, a reference, a call…); since it reads and never
//! writes, the caller then simply evaluates the same expression the general way, which
//! produces PHP's diagnostics and conversions.
//!
//! [`Vm::peek`] borrows the storage a local or an element read denotes (`$a[$i]['k']`),
//! so reads of existing elements need neither a copy of the array nor a key value.

use crate::array::{Key, PhpArray};
use crate::ir::{Expr, ExprKind, Member, Place, SiteCache};
use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::Vm;
use phpsock_syntax::ast::{BinOp, UnaryOp};
use std::rc::Rc;

/// What [`Vm::peek_place`] found.
pub enum Found<'a> {
    /// The storage.
    At(&'a Value),
    /// Certainly not set (a missing key, an element of `null`/an undefined variable).
    Missing,
    /// Needs the general path (string offsets, `ArrayAccess`, odd key types, references).
    Unknown,
}

/// True for literal keys and keys read from an assigned local (reading them raises nothing).
fn is_pure(vm: &Vm, k: &Expr) -> bool {
    match &k.kind {
        ExprKind::Lit(_) => true,
        ExprKind::Local(s) => vm
            .stack
            .get(vm.base + *s as usize)
            .is_some_and(|v| !v.is_undef()),
        _ => false,
    }
}

/// Deepest element chain handled by [`Vm::elem_mut`].
const MAX_DIMS: usize = 4;

#[inline]
fn opt(v: Option<&Value>) -> Found<'_> {
    match v {
        Some(v) => Found::At(v),
        None => Found::Missing,
    }
}

/// Stores `v` at `k` (or appends it) in an array being written: the array's length after
/// the write, or `None` when the next index is taken (`Cannot add element`).
#[inline]
fn store_elem(a: &mut Rc<PhpArray>, k: Option<Key>, v: &Value) -> Option<usize> {
    let a = Rc::make_mut(a);
    match k {
        Some(k) => match a.get_mut(&k) {
            Some(Value::Ref(r)) => r.set(v.clone()),
            Some(cur) => crate::value::discard(std::mem::replace(cur, v.clone())),
            None => a.insert(k, v.clone()),
        },
        None => a.push(v.clone()).ok()?,
    }
    Some(a.len())
}

/// A key expression that is pure to read: an int or string literal, or a local holding an int
/// or a string.
#[inline]
fn pure_key(vm: &Vm, k: &Expr) -> Option<Key> {
    let v = match &k.kind {
        ExprKind::Lit(v) => v,
        ExprKind::Local(s) => vm.stack.get(vm.base + *s as usize)?,
        _ => return None,
    };
    match v {
        Value::Int(i) => Some(Key::Int(*i)),
        Value::Str(s) => Some(Key::from_phpstr(s.clone())),
        _ => None,
    }
}

/// A number computed by the fast path.
#[derive(Clone, Copy, Debug)]
pub enum N {
    /// An integer.
    I(i64),
    /// A float.
    F(f64),
}

/// An `Option<N>` as two machine words, which a function returns in registers: a
/// compiled numeric closure ([`crate::spec::NumFn`]) returns this, since an `Option<N>`
/// comes back through memory, written in two parts and read back as one, which stalls store
/// forwarding on every node.
#[derive(Clone, Copy, Debug)]
pub struct NumRet {
    /// 0: none, 1: an int, 2: a float.
    kind: u64,
    /// The number's bits.
    bits: u64,
}

impl NumRet {
    /// The number, if any.
    #[inline(always)]
    pub fn get(self) -> Option<N> {
        match self.kind {
            1 => Some(N::I(self.bits as i64)),
            2 => Some(N::F(f64::from_bits(self.bits))),
            _ => None,
        }
    }
}

impl From<Option<N>> for NumRet {
    #[inline(always)]
    fn from(n: Option<N>) -> NumRet {
        match n {
            Some(N::I(i)) => NumRet {
                kind: 1,
                bits: i as u64,
            },
            Some(N::F(f)) => NumRet {
                kind: 2,
                bits: f.to_bits(),
            },
            None => NumRet { kind: 0, bits: 0 },
        }
    }
}

impl N {
    /// As a PHP value.
    #[inline(always)]
    pub fn value(self) -> Value {
        match self {
            N::I(i) => Value::Int(i),
            N::F(f) => Value::Float(f),
        }
    }

    /// A number stored in a slot or element (`None` for anything else, references included).
    #[inline(always)]
    pub fn of(v: &Value) -> Option<N> {
        match v {
            Value::Int(i) => Some(N::I(*i)),
            Value::Float(f) => Some(N::F(*f)),
            _ => None,
        }
    }

    /// A number stored in a slot or element, also through a reference (for reads only:
    /// a writer must not replace the reference itself).
    #[inline(always)]
    pub fn read(v: &Value) -> Option<N> {
        match v {
            Value::Int(i) => Some(N::I(*i)),
            Value::Float(f) => Some(N::F(*f)),
            Value::Ref(r) => read_ref(r),
            _ => None,
        }
    }
}

impl From<N> for Value {
    #[inline(always)]
    fn from(n: N) -> Value {
        n.value()
    }
}

/// [`N::read`] through a reference, out of line (rare; keeps the callers' hot paths small).
#[cold]
#[inline(never)]
fn read_ref(r: &crate::value::PhpRef) -> Option<N> {
    r.try_with(N::of)
}

/// True if [`Vm::num`] may compute `e` (its shape is one [`Vm::num_shape`] handles).
#[inline(always)]
fn maybe_num(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Local(_)
            | ExprKind::Lit(_)
            | ExprKind::Bin(..)
            | ExprKind::NumOp(_)
            | ExprKind::Index(..)
            | ExprKind::Prop(..)
            | ExprKind::Unary(UnaryOp::Neg, _)
    )
}

/// True for the operators [`arith`] may compute.
#[inline(always)]
fn is_arith(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::Div
            | BinOp::Mod
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::Shl
            | BinOp::Shr
    )
}

/// An arithmetic or bitwise operator on two numbers, as PHP computes it, or `None` when the
/// general path is needed (division by zero, bitwise operators on floats, odd shifts).
#[inline(always)]
pub fn arith(op: BinOp, a: N, b: N) -> Option<N> {
    match (a, b) {
        (N::I(x), N::I(y)) => Some(match op {
            // The float result of an overflow only on that (cold) path: `map_or` computed it
            // on every operation (evaluated eagerly and selected with a `cmov`); a call
            // out of line would make the closures save registers.
            BinOp::Add => match x.checked_add(y) {
                Some(v) => N::I(v),
                None => {
                    std::hint::cold_path();
                    N::F(x as f64 + y as f64)
                }
            },
            BinOp::Sub => match x.checked_sub(y) {
                Some(v) => N::I(v),
                None => {
                    std::hint::cold_path();
                    N::F(x as f64 - y as f64)
                }
            },
            BinOp::Mul => match x.checked_mul(y) {
                Some(v) => N::I(v),
                None => {
                    std::hint::cold_path();
                    N::F(x as f64 * y as f64)
                }
            },
            BinOp::Div if y != 0 => {
                if x.wrapping_rem(y) == 0 && !(x == i64::MIN && y == -1) {
                    N::I(x / y)
                } else {
                    N::F(x as f64 / y as f64)
                }
            }
            BinOp::Mod if y != 0 => N::I(x.wrapping_rem(y)),
            BinOp::BitAnd => N::I(x & y),
            BinOp::BitOr => N::I(x | y),
            BinOp::BitXor => N::I(x ^ y),
            BinOp::Shl if (0..64).contains(&y) => N::I(x.wrapping_shl(y as u32)),
            BinOp::Shr if (0..64).contains(&y) => N::I(x >> y),
            _ => return None,
        }),
        (a, b) => {
            let (x, y) = (fl(a), fl(b));
            Some(N::F(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div if y != 0.0 => x / y,
                _ => return None,
            }))
        }
    }
}

#[inline(always)]
fn fl(n: N) -> f64 {
    match n {
        N::I(i) => i as f64,
        N::F(f) => f,
    }
}

/// A comparison of two numbers (`<`, `<=`, `>`, `>=`, `==`, `!=`, and `===`/`!==` when both
/// have the same type), or `None` for other operators.
#[inline(always)]
pub fn compare(op: BinOp, a: N, b: N) -> Option<bool> {
    match (a, b) {
        (N::I(x), N::I(y)) => Some(match op {
            BinOp::Lt => x < y,
            BinOp::Le => x <= y,
            BinOp::Gt => x > y,
            BinOp::Ge => x >= y,
            BinOp::Eq | BinOp::Identical => x == y,
            BinOp::NotEq | BinOp::NotIdentical => x != y,
            _ => return None,
        }),
        (a, b) => {
            let same = matches!((a, b), (N::F(_), N::F(_)));
            let (x, y) = (fl(a), fl(b));
            Some(match op {
                BinOp::Lt => x < y,
                BinOp::Le => x <= y,
                BinOp::Gt => x > y,
                BinOp::Ge => x >= y,
                BinOp::Eq => x == y,
                BinOp::NotEq => x != y,
                BinOp::Identical if same => x == y,
                BinOp::NotIdentical if same => x != y,
                _ => return None,
            })
        }
    }
}

/// Any binary operator [`arith`] or [`compare`] handles, as a value (`<=>` included).
#[inline]
pub fn binary(op: BinOp, a: N, b: N) -> Option<Value> {
    if is_arith(op) {
        return arith(op, a, b).map(N::value);
    }
    if op == BinOp::Spaceship {
        return match (a, b) {
            (N::I(x), N::I(y)) => Some(Value::Int((x > y) as i64 - (x < y) as i64)),
            (a, b) => {
                let (x, y) = (fl(a), fl(b));
                // NAN compares as "greater" both ways in PHP: leave it to the general path.
                if x.is_nan() || y.is_nan() {
                    None
                } else {
                    Some(Value::Int((x > y) as i64 - (x < y) as i64))
                }
            }
        };
    }
    compare(op, a, b).map(Value::Bool)
}

/// Looks up an existing element of `a` by the key expression `k` (an integer or a string),
/// without diagnostics: `None` when the key is of another type or missing.
#[inline]
fn lookup<'a>(vm: &Vm, a: &'a PhpArray, k: &Expr) -> Option<&'a Value> {
    match &k.kind {
        ExprKind::Lit(Value::Int(i)) => a.get_int(*i),
        ExprKind::Lit(Value::Str(s)) => a.get_bytes(s),
        _ => match vm.peek(k)? {
            Value::Int(i) => a.get_int(*i),
            Value::Str(s) => a.get_bytes(s),
            _ => match vm.num(k)? {
                N::I(i) => a.get_int(i),
                N::F(_) => None,
            },
        },
    }
}

impl Vm {
    /// The storage a local (`$x`) or a read of an existing element (`$x[$i]`, `$x[$i]['k']`)
    /// denotes, borrowed; `None` for other expressions, missing keys and non-array bases. A
    /// local may be `Undef` or a `Ref`: callers look at what they get.
    #[inline]
    pub fn peek(&self, e: &Expr) -> Option<&Value> {
        match &e.kind {
            ExprKind::Local(s) => self.stack.get(self.base + *s as usize),
            ExprKind::Index(b, k) => match self.peek(b)? {
                Value::Array(a) => lookup(self, a, k),
                _ => None,
            },
            _ => None,
        }
    }

    /// Computes a numeric expression without side effects (see the module docs); `None`
    /// means "use the general path".
    #[inline(always)]
    pub fn num(&self, e: &Expr) -> Option<N> {
        if let ExprKind::NumOp(n) = &e.kind {
            return (n.f)(self).get();
        }
        // Calls, `new`, strings, …: answered here, without the out-of-line call.
        if !maybe_num(e) {
            return None;
        }
        self.num_shape(e)
    }

    /// [`Vm::num`] that also answers an operator with an operand that cannot be numeric
    /// (`$o->m() % 10`) without the out-of-line call (for sites where that shape is common).
    #[inline(always)]
    pub fn num_checked(&self, e: &Expr) -> Option<N> {
        if let ExprKind::Bin(_, l, r) = &e.kind {
            if !maybe_num(l) || !maybe_num(r) {
                return None;
            }
        }
        self.num(e)
    }

    /// For a specialised node whose closure answered "general path": the original node
    /// computed by [`Vm::num`]'s general shapes, which read through references.
    #[inline]
    pub fn num_through_refs(&self, e: &Expr) -> Option<N> {
        match &e.kind {
            ExprKind::NumOp(n) => self.num_shape(&n.orig),
            _ => None,
        }
    }

    /// [`Vm::num`] on the shapes not specialised at compile time.
    #[inline]
    fn num_shape(&self, e: &Expr) -> Option<N> {
        match &e.kind {
            ExprKind::Local(s) => N::read(self.stack.get(self.base + *s as usize)?),
            ExprKind::Lit(v) => N::of(v),
            ExprKind::Bin(op, l, r) => {
                // An operand that cannot be numeric here (a call, …) is known before either
                // is computed (the general path would compute the left one again).
                if !is_arith(*op) || !maybe_num(r) || !maybe_num(l) {
                    return None;
                }
                let a = self.num_leaf(l)?;
                let b = self.num_leaf(r)?;
                arith(*op, a, b)
            }
            ExprKind::NumOp(n) => (n.f)(self).get(),
            ExprKind::Index(..) => N::read(self.peek(e)?),
            ExprKind::Prop(obj, name, _) => self.num_prop(obj, name),
            ExprKind::Unary(UnaryOp::Neg, x) => match self.num(x)? {
                N::I(i) => Some(i.checked_neg().map_or(N::F(-(i as f64)), N::I)),
                N::F(f) => Some(N::F(-f)),
            },
            _ => None,
        }
    }

    /// The value of a by-value argument read without side effects: a defined local (through
    /// a reference), a literal or a numeric shape of [`Vm::num`]; `None` means "evaluate it
    /// the general way" (calls, undefined variables, …), nothing having been done.
    #[inline(always)]
    pub(crate) fn arg_value(&self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::NumOp(n) => (n.f)(self).get().map(N::value),
            ExprKind::Local(s) => match self.stack.get(self.base + *s as usize)? {
                Value::Int(i) => Some(Value::Int(*i)),
                Value::Float(f) => Some(Value::Float(*f)),
                Value::Undef => None,
                Value::Ref(r) => Some(r.get()),
                v => Some(v.clone()),
            },
            ExprKind::Lit(v) => Some(v.clone()),
            ExprKind::Index(b, k) => match (&b.kind, self.int_key(k)) {
                // `$a[$i]`, `$a[3]`: an existing element of a local array, copied.
                (ExprKind::Local(s), Some(i)) => match self.stack.get(self.base + *s as usize)? {
                    Value::Array(a) => match a.get_int(i)? {
                        Value::Int(i) => Some(Value::Int(*i)),
                        Value::Ref(r) => Some(r.get()),
                        v => Some(v.clone()),
                    },
                    _ => None,
                },
                _ => self.num(e).map(N::value),
            },
            _ if maybe_num(e) => self.num(e).map(N::value),
            _ => None,
        }
    }

    /// An integer key read without side effects: an int literal or a local holding an int.
    #[inline(always)]
    pub(crate) fn int_key(&self, k: &Expr) -> Option<i64> {
        match &k.kind {
            ExprKind::Lit(Value::Int(i)) => Some(*i),
            ExprKind::Local(s) => match self.stack.get(self.base + *s as usize)? {
                Value::Int(i) => Some(*i),
                _ => None,
            },
            _ => None,
        }
    }

    /// [`Vm::num`] with locals and literals handled in line.
    #[inline(always)]
    pub fn num_leaf(&self, e: &Expr) -> Option<N> {
        match &e.kind {
            ExprKind::Local(s) => N::read(self.stack.get(self.base + *s as usize)?),
            ExprKind::Lit(v) => N::of(v),
            ExprKind::Prop(obj, name, _) => self.num_prop(obj, name),
            _ => self.num(e),
        }
    }

    /// Looks up a place made of a local and element reads without side effects or
    /// diagnostics (for `isset`).
    pub fn peek_place(&self, p: &Place) -> Found<'_> {
        match p {
            Place::Local(s) => match self.stack.get(self.base + *s as usize) {
                Some(v) => Found::At(v),
                None => Found::Unknown,
            },
            Place::Index(b, Some(k)) => match self.peek_place(b) {
                Found::At(Value::Array(a)) => match &k.kind {
                    ExprKind::Lit(Value::Int(i)) => opt(a.get_int(*i)),
                    ExprKind::Lit(Value::Str(s)) => opt(a.get_bytes(s)),
                    ExprKind::Local(s) => match self.stack.get(self.base + *s as usize) {
                        Some(Value::Int(i)) => opt(a.get_int(*i)),
                        Some(Value::Str(s)) => opt(a.get_bytes(s)),
                        _ => Found::Unknown,
                    },
                    _ => Found::Unknown,
                },
                Found::At(Value::Undef | Value::Null) | Found::Missing => {
                    if is_pure(self, k) {
                        Found::Missing
                    } else {
                        Found::Unknown
                    }
                }
                _ => Found::Unknown,
            },
            _ => Found::Unknown,
        }
    }

    /// `$local[k] = v` / `$local[] = v` on a local already holding an array (not a
    /// reference), with a pure key: evaluates `v` and stores it. `None` when the general path
    /// must run (nothing has been evaluated then).
    pub fn assign_index_fast(
        &mut self,
        slot: u32,
        key: Option<&Expr>,
        e: &Expr,
        line: u32,
    ) -> Option<Result<Value, crate::vm::Unwind>> {
        let i = self.base + slot as usize;
        let is_array = match self.stack.get(i) {
            Some(Value::Array(_)) => true,
            Some(Value::Ref(r)) => r.with(|v| matches!(v, Value::Array(_))),
            _ => false,
        };
        if !is_array {
            return None;
        }
        if let Some(k) = key {
            pure_key(self, k)?;
        }
        let v = match self.eval_call(e) {
            Ok(v) => v,
            Err(u) => return Some(Err(u)),
        };
        // PHP reads a variable key when it stores, after the value (which may have changed
        // it, or the local): both are read again before writing.
        let k = match key {
            Some(k) => match pure_key(self, k) {
                Some(k) => Some(k),
                None => {
                    // (The key is a local or a literal: `pure_key` said so above.)
                    let kind = match &k.kind {
                        ExprKind::Local(s) => ExprKind::Local(*s),
                        ExprKind::Lit(v) => ExprKind::Lit(v.clone()),
                        _ => return Some(Ok(v)),
                    };
                    let k = Expr { kind, line: k.line };
                    let place = Place::Index(Box::new(Place::Local(slot)), Some(Box::new(k)));
                    self.line = line;
                    return Some(self.assign_place(&place, v));
                }
            },
            None => None,
        };
        let mut key_left = Some(k);
        let stored = match self.stack.get_mut(i) {
            Some(Value::Array(a)) => Some(store_elem(a, key_left.take().flatten(), &v)),
            Some(Value::Ref(r)) => r.with_mut(|x| match x {
                Value::Array(a) => Some(store_elem(a, key_left.take().flatten(), &v)),
                _ => None,
            }),
            _ => None,
        };
        match stored {
            Some(Some(len)) => {
                // The general path's memory_limit check on growth applies here too.
                self.line = line;
                return Some(self.check_array_growth(len).map(|()| v));
            }
            Some(None) => {
                self.line = line;
                return Some(Err(self.next_elem_err()));
            }
            None => {}
        }
        let k = key_left.flatten();
        // The local stopped holding an array while the value was computed: store through
        // the general path with the key computed before.
        let place = Place::Index(
            Box::new(Place::Local(slot)),
            k.map(|k| {
                Box::new(Expr {
                    kind: ExprKind::Lit(k.to_value()),
                    line: e.line,
                })
            }),
        );
        self.line = line;
        Some(self.assign_place(&place, v))
    }

    /// The existing element `$local[k1]…[kn]` (pure keys, at most [`MAX_DIMS`]) for writing,
    /// separating shared arrays on the way as any write does; `None` when the place has
    /// another shape, a key is missing or a level is not a plain array.
    fn elem_mut(&mut self, p: &Place) -> Option<&mut Value> {
        let mut keys: [Option<Key>; MAX_DIMS] = [None, None, None, None];
        let mut n = 0;
        let mut cur = p;
        let slot = loop {
            match cur {
                Place::Index(b, Some(k)) => {
                    if n == MAX_DIMS {
                        return None;
                    }
                    keys[n] = Some(pure_key(self, k)?);
                    n += 1;
                    cur = b;
                }
                Place::Local(s) => break *s,
                _ => return None,
            }
        };
        if n == 0 {
            return None;
        }
        let mut v = self.stack.get_mut(self.base + slot as usize)?;
        for k in keys[..n].iter().rev() {
            let k = k.as_ref()?;
            v = match v {
                Value::Array(a) => Rc::make_mut(a).get_mut(k)?,
                _ => return None,
            };
        }
        Some(v)
    }

    /// `$a[…][…] op= expr` on an existing numeric element with a pure numeric right side:
    /// computed in place. `None` (nothing done) when the general path is needed.
    pub fn assign_op_index_fast(&mut self, op: BinOp, p: &Place, e: &Expr) -> Option<Value> {
        let rhs = self.num(e)?;
        let slot = self.elem_mut(p)?;
        let nv = arith(op, N::of(slot)?, rhs)?.value();
        *slot = nv.clone();
        Some(nv)
    }

    /// `$a[…]++` and friends on an existing integer element (no overflow).
    pub fn inc_dec_index_fast(&mut self, p: &Place, prefix: bool, inc: bool) -> Option<Value> {
        let slot = self.elem_mut(p)?;
        if let Value::Int(n) = slot {
            let old = *n;
            let nv = if inc {
                old.checked_add(1)?
            } else {
                old.checked_sub(1)?
            };
            *n = nv;
            return Some(Value::Int(if prefix { nv } else { old }));
        }
        None
    }

    /// `$this->p++` / `$local->p--` on an accessible, non-readonly declared slot holding an
    /// integer (no overflow, which typed properties treat specially).
    pub fn inc_dec_prop_fast(
        &self,
        obj: &Expr,
        n: &crate::string::PhpStr,
        cache: &SiteCache,
        prefix: bool,
        inc: bool,
    ) -> Option<Value> {
        let o = self.peek_object(obj)?;
        let cls = o.class();
        let slot = self.site_slot(cls, n, cache)? as usize;
        if cls.props.get(slot)?.readonly {
            return None;
        }
        let mut props = o.obj().props.borrow_mut();
        step_int(props.get_mut(slot)?, prefix, inc)
    }

    /// The object `$this` or a local holds, borrowed.
    #[inline]
    pub fn peek_object(&self, e: &Expr) -> Option<&ObjRef> {
        match &e.kind {
            ExprKind::This => self.frames.last()?.this.as_ref(),
            ExprKind::Local(s) => match self.stack.get(self.base + *s as usize)? {
                Value::Object(o) => Some(o),
                _ => None,
            },
            _ => None,
        }
    }

    /// `$this->name` / `$local->name` read of an initialised, accessible declared property
    /// (no copy of the object handle or the name); `None` for everything else (magic
    /// `__get`, undefined or uninitialised properties, references, dynamic properties).
    #[inline]
    pub fn prop_fast(&self, obj: &Expr, name: &Member) -> Option<Value> {
        self.with_prop(obj, name, |v| match v {
            Value::Undef | Value::Ref(_) => None,
            v => Some(v.clone()),
        })
    }

    /// A number in a declared property (`$this->x`, `$o->x`), see [`Vm::num`].
    #[inline(never)]
    fn num_prop(&self, obj: &Expr, name: &Member) -> Option<N> {
        self.with_prop(obj, name, N::of)
    }

    /// Applies `f` to the slot `$this->name` / `$local->name` reads when it is a declared
    /// property the running code may access (found through the site's memo); `None` when
    /// the general path is needed.
    #[inline(always)]
    fn with_prop<R>(
        &self,
        obj: &Expr,
        name: &Member,
        f: impl FnOnce(&Value) -> Option<R>,
    ) -> Option<R> {
        let (n, cache) = match name {
            Member::Name(n, c) => (n, c),
            Member::Dyn(_) => return None,
        };
        let o = self.peek_object(obj)?;
        let slot = self.site_slot(o.class(), n, cache)? as usize;
        let props = o.obj().props.borrow();
        f(props.get(slot)?)
    }

    /// The number in the declared property `n` of `o` when code of class scope `scope`
    /// reaches it by that name (through `cache`, filled on a miss); see
    /// [`prop_num_fn`].
    #[inline(always)]
    fn prop_num_at(
        &self,
        o: &ObjRef,
        scope: Option<&Rc<crate::object::Class>>,
        n: &crate::string::PhpStr,
        cache: &SiteCache,
    ) -> Option<N> {
        let cls = o.class();
        let slot = match cache.slot(cls, scope) {
            Some(s) => s,
            None => self.site_slot(cls, n, cache)?,
        };
        let props = o.obj().props.try_borrow().ok()?;
        N::of(props.get(slot as usize)?)
    }

    /// `$i++` / `$i--` (either form) on a local holding an integer that does not overflow, as
    /// a `for` step whose value is unused: `true` when done.
    #[inline(always)]
    pub fn step_fast(&mut self, e: &Expr) -> bool {
        if let ExprKind::IncDec(_, inc, p) = &e.kind {
            if let Place::Local(s) = **p {
                if let Some(Value::Int(n)) = self.stack.get_mut(self.base + s as usize) {
                    let nv = if *inc {
                        n.checked_add(1)
                    } else {
                        n.checked_sub(1)
                    };
                    if let Some(nv) = nv {
                        *n = nv;
                        return true;
                    }
                }
            }
        }
        false
    }

    /// A condition computed without side effects: comparisons of numbers, `!`, `&&`, `||`.
    #[inline]
    pub fn cond_fast(&self, e: &Expr) -> Option<bool> {
        match &e.kind {
            ExprKind::CmpOp(n) => (n.f)(self),
            ExprKind::Bin(op, l, r) => {
                let a = self.num_leaf(l)?;
                let b = self.num_leaf(r)?;
                compare(*op, a, b)
            }
            ExprKind::Unary(UnaryOp::Not, x) => self.cond_fast(x).map(|b| !b),
            _ => None,
        }
    }
}

/// A compiled numeric read of a declared property, `$this->name` or `$local->name`, for
/// [`crate::spec`]: the number in the slot the running code reaches by that name (found
/// through the closure's own member memo), `None` for everything else (magic `__get`,
/// undefined, uninitialised or inaccessible properties, references, non-numbers).
pub fn prop_num_fn(e: &Expr) -> Option<crate::spec::NumFn> {
    let ExprKind::Prop(obj, Member::Name(name, _), _) = &e.kind else {
        return None;
    };
    let name = name.clone();
    let cache = SiteCache::default();
    match obj.kind {
        ExprKind::This => Some(crate::spec::num_fn(move |vm: &Vm| {
            let fr = vm.frames.last()?;
            let o = fr.this.as_ref()?;
            vm.prop_num_at(o, fr.scope.as_ref(), &name, &cache)
        })),
        ExprKind::Local(s) => Some(crate::spec::num_fn(move |vm: &Vm| {
            match vm.stack.get(vm.base + s as usize)? {
                Value::Object(o) => {
                    let scope = vm.frames.last().and_then(|f| f.scope.as_ref());
                    vm.prop_num_at(o, scope, &name, &cache)
                }
                _ => None,
            }
        })),
        _ => None,
    }
}

/// `$this->p++;` / `$local->p--;` (either form) as a statement, on an accessible, not
/// readonly declared property holding an int that does not overflow (found through the
/// closure's own member memo): stepped in place. Anything else (magic `__get`/`__set`,
/// references, other types, overflow past a typed property's range) answers `false`,
/// nothing done, and the statement runs the general way.
pub fn prop_step_fn(e: &Expr) -> Option<crate::spec::StmtFn> {
    let ExprKind::IncDec(_, inc, p) = &e.kind else {
        return None;
    };
    let Place::Prop(obj, Member::Name(name, _)) = &**p else {
        return None;
    };
    let (name, inc, cache) = (name.clone(), *inc, SiteCache::default());
    let this = match obj.kind {
        ExprKind::This => None,
        ExprKind::Local(s) => Some(s),
        _ => return None,
    };
    Some(Box::new(move |vm: &mut Vm| {
        let fr = vm.frames.last();
        let o = match this {
            None => fr.and_then(|f| f.this.as_ref()),
            Some(s) => match vm.stack.get(vm.base + s as usize) {
                Some(Value::Object(o)) => Some(o),
                _ => None,
            },
        };
        let Some(o) = o else {
            return false;
        };
        let cls = o.class();
        let slot = match cache.slot(cls, fr.and_then(|f| f.scope.as_ref())) {
            Some(s) => s,
            None => match vm.site_slot(cls, &name, &cache) {
                Some(s) => s,
                None => return false,
            },
        } as usize;
        if cls.props.get(slot).is_none_or(|i| i.readonly) {
            return false;
        }
        let Ok(mut props) = o.obj().props.try_borrow_mut() else {
            return false;
        };
        let Some(Value::Int(n)) = props.get_mut(slot) else {
            return false;
        };
        match if inc {
            n.checked_add(1)
        } else {
            n.checked_sub(1)
        } {
            Some(x) => {
                *n = x;
                true
            }
            None => false,
        }
    }))
}

/// `++`/`--` on an int held in `v`, in place: the expression's value (the new one when
/// `prefix`), or `None` (nothing done) for any other value and on overflow.
#[inline(always)]
pub(crate) fn step_int(v: &mut Value, prefix: bool, inc: bool) -> Option<Value> {
    match v {
        Value::Int(n) => {
            let old = *n;
            let nv = if inc {
                old.checked_add(1)?
            } else {
                old.checked_sub(1)?
            };
            *n = nv;
            Some(Value::Int(if prefix { nv } else { old }))
        }
        _ => None,
    }
}
