//! Compile-time specialisation of numeric expressions.
//!
//! When the compiler has built an arithmetic or bitwise operator, a comparison or a unary
//! minus whose operands all have a *numeric shape* — a local, an int or float literal, an
//! element read `$a[k]` / `$a[k1][k2]` of a local with literal, local or numeric keys, a
//! property read `$this->p` / `$local->p` ([`crate::fast::prop_num_fn`]), or another
//! specialised node — [`specialise`] wraps the node in [`ExprKind::NumOp`] or
//! [`ExprKind::CmpOp`]: a closure made for exactly that operator and operand shape (the
//! operator is a constant of the closure, locals are slot indices read directly), plus the
//! original node.
//!
//! The closures are the side-effect-free fast path of [`crate::fast`] decided once at
//! compile time instead of re-dispatching on `ExprKind` per evaluation: they read and never
//! write, and answer `None` as soon as a runtime type differs (a string, an undefined
//! variable, a reference, a missing key, division by zero, …). The evaluator then evaluates
//! the original node the general way, which produces PHP's diagnostics and conversions.

use crate::array::{Key, PhpArray};
use crate::fast::{arith, compare, N};
use crate::ir::{Expr, ExprKind, Place, Stmt, StmtKind};
use crate::string::PhpStr;
use crate::value::Value;
use crate::vm::Vm;
use phpsock_syntax::ast::{BinOp, UnaryOp};
use std::fmt;
use std::rc::Rc;

/// A compiled numeric expression: the number, or `None` for "use the general path".
pub type NumFn = Rc<Box<dyn Fn(&Vm) -> crate::fast::NumRet>>;

/// Makes a [`NumFn`] of `f`, its result returned in registers.
#[inline(always)]
pub fn num_fn(f: impl Fn(&Vm) -> Option<N> + 'static) -> NumFn {
    Rc::new(Box::new(move |vm: &Vm| crate::fast::NumRet::from(f(vm))))
}

/// A compiled numeric comparison: the outcome, or `None` for "use the general path".
pub type CmpFn = Box<dyn Fn(&Vm) -> Option<bool>>;

/// A specialised arithmetic node ([`ExprKind::NumOp`]).
pub struct NumNode {
    /// The fast path.
    pub f: NumFn,
    /// The expression it was made from, for the general path.
    pub orig: Expr,
}

/// A specialised comparison node ([`ExprKind::CmpOp`]), held in the node itself: the
/// closure's data pointer and vtable are read straight from the expression (no box to
/// reach first).
pub struct CmpNode {
    /// The fast path.
    pub f: CmpFn,
    /// The expression it was made from, for the general path.
    pub orig: Box<Expr>,
}

impl fmt::Debug for NumNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("NumNode").field(&self.orig).finish()
    }
}

impl fmt::Debug for CmpNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CmpNode").field(&self.orig).finish()
    }
}

/// Wraps `e` in a specialised node when its shape allows (see the module docs); returns it
/// unchanged otherwise.
pub fn specialise(e: Expr) -> Expr {
    let built = match cmp_closure(&e) {
        Some(f) => Some(Err(f)),
        None => match &e.kind {
            ExprKind::Bin(op, l, r) if arith_code(*op).is_some() => {
                match (operand(l), operand(r)) {
                    (Some(a), Some(b)) => tree_num(*op, a, b).map(Ok),
                    _ => None,
                }
            }
            ExprKind::Unary(UnaryOp::Neg, x) => leaf(x).map(|l| Ok(neg_fn(l))),
            _ => None,
        },
    };
    let line = e.line;
    match built {
        Some(Ok(f)) => Expr {
            kind: ExprKind::NumOp(Box::new(NumNode { f, orig: e })),
            line,
        },
        Some(Err(f)) => Expr {
            kind: ExprKind::CmpOp(CmpNode {
                f,
                orig: Box::new(e),
            }),
            line,
        },
        None => e,
    }
}

/// The fast path of a condition: a comparison of numeric shapes, an identity test of a
/// local against a literal, `isset($local[k])`, or `&&`/`||` of two such conditions (made
/// again from the specialised operands' original nodes: the closures are not shared).
fn cmp_closure(e: &Expr) -> Option<CmpFn> {
    match &e.kind {
        ExprKind::Bin(op, l, r) if is_cmp(*op) => {
            if matches!(op, BinOp::Identical | BinOp::NotIdentical) {
                if let Some(f) = identical_lit_fn(*op, l, r) {
                    return Some(f);
                }
            }
            tree_cmp(*op, operand(l)?, operand(r)?)
        }
        ExprKind::Isset(places) => isset_fn(places),
        ExprKind::And(l, r) => {
            let (a, b) = (operand_cmp(l)?, operand_cmp(r)?);
            Some(Box::new(
                move |vm: &Vm| if a(vm)? { b(vm) } else { Some(false) },
            ))
        }
        ExprKind::Or(l, r) => {
            let (a, b) = (operand_cmp(l)?, operand_cmp(r)?);
            Some(Box::new(
                move |vm: &Vm| if a(vm)? { Some(true) } else { b(vm) },
            ))
        }
        _ => None,
    }
}

/// The fast path of an operand of `&&`/`||` that was specialised itself.
fn operand_cmp(e: &Expr) -> Option<CmpFn> {
    match &e.kind {
        ExprKind::CmpOp(n) => cmp_closure(&n.orig),
        _ => None,
    }
}

/// True for the comparisons [`compare`] computes.
fn is_cmp(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Lt
            | BinOp::Le
            | BinOp::Gt
            | BinOp::Ge
            | BinOp::Eq
            | BinOp::NotEq
            | BinOp::Identical
            | BinOp::NotIdentical
    )
}

/// The operator code of an arithmetic or bitwise operator [`arith`] computes.
fn arith_code(op: BinOp) -> Option<u8> {
    (0..10).find(|&k| op_of(k) == op)
}

/// An operand with a numeric shape.
enum Leaf {
    /// A local slot.
    Slot(u32),
    /// A numeric literal.
    Const(N),
    /// Anything computed by a closure (a nested operator, an element read).
    Fn(NumFn),
}

/// The numeric shape of an operand, if it has one.
fn leaf(e: &Expr) -> Option<Leaf> {
    match &e.kind {
        ExprKind::Local(s) => Some(Leaf::Slot(*s)),
        ExprKind::Lit(v) => N::of(v).map(Leaf::Const),
        ExprKind::NumOp(n) => Some(Leaf::Fn(n.f.clone())),
        ExprKind::Index(..) => index_fn(e).map(Leaf::Fn),
        ExprKind::Prop(..) => crate::fast::prop_num_fn(e).map(Leaf::Fn),
        _ => None,
    }
}

/// Reads a numeric local (`None` for anything else, references and `Undef` included: a
/// branch for references here costs every closure more than it saves).
#[inline(always)]
fn slot(vm: &Vm, s: u32) -> Option<N> {
    N::of(vm.stack.get(vm.base + s as usize)?)
}

/// An element key with a pure shape.
enum K {
    /// An int literal.
    Int(i64),
    /// A string literal.
    Str(PhpStr),
    /// A local holding an int or a string.
    Slot(u32),
    /// A numeric expression yielding an int.
    Fn(NumFn),
}

fn key(e: &Expr) -> Option<K> {
    match &e.kind {
        ExprKind::Lit(Value::Int(i)) => Some(K::Int(*i)),
        ExprKind::Lit(Value::Str(s)) => Some(K::Str(s.clone())),
        ExprKind::Local(s) => Some(K::Slot(*s)),
        ExprKind::NumOp(n) => Some(K::Fn(n.f.clone())),
        _ => None,
    }
}

/// Looks up an existing element by a pure key, without diagnostics.
#[inline(always)]
fn get<'a>(vm: &Vm, a: &'a PhpArray, k: &K) -> Option<&'a Value> {
    match k {
        K::Int(i) => get_i(a, *i),
        K::Str(s) => a.get_bytes(s),
        K::Slot(s) => match vm.stack.get(vm.base + *s as usize)? {
            Value::Int(i) => get_i(a, *i),
            Value::Str(s) => a.get_bytes(s),
            _ => None,
        },
        K::Fn(f) => match f(vm).get()? {
            N::I(i) => get_i(a, i),
            N::F(_) => None,
        },
    }
}

/// [`PhpArray::get_int`] with a packed array's lookup in line (a call out of line for
/// hashes).
#[inline(always)]
fn get_i(a: &PhpArray, i: i64) -> Option<&Value> {
    match a.packed_values() {
        // A negative key is never in a packed array.
        Some(v) => v.get(usize::try_from(i).ok()?),
        None => a.get_int(i),
    }
}

/// The array `a` for writing: separated first when shared, as `Rc::make_mut` does, with
/// the unshared case (the usual one) in line.
#[inline(always)]
fn arr_mut(a: &mut Rc<PhpArray>) -> Option<&mut PhpArray> {
    if Rc::get_mut(a).is_none() {
        Rc::make_mut(a);
    }
    Rc::get_mut(a)
}

/// `$local[k]` and `$local[k1][k2]` reads of existing numeric elements.
fn index_fn(e: &Expr) -> Option<NumFn> {
    let ExprKind::Index(b, k1) = &e.kind else {
        return None;
    };
    let k1 = key(k1)?;
    match &b.kind {
        ExprKind::Local(s) => {
            let s = *s;
            Some(num_fn(move |vm: &Vm| {
                match vm.stack.get(vm.base + s as usize)? {
                    Value::Array(a) => N::of(get(vm, a, &k1)?),
                    _ => None,
                }
            }))
        }
        ExprKind::Index(b0, k0) => {
            let ExprKind::Local(s) = b0.kind else {
                return None;
            };
            let k0 = key(k0)?;
            Some(num_fn(move |vm: &Vm| {
                match vm.stack.get(vm.base + s as usize)? {
                    Value::Array(a) => match get(vm, a, &k0)? {
                        Value::Array(a) => N::of(get(vm, a, &k1)?),
                        _ => None,
                    },
                    _ => None,
                }
            }))
        }
        _ => None,
    }
}

/// `$local === literal` or `literal !== $local` for a scalar literal (`false`, `null`, `''`,
/// `'server'`, `0`): the local compared in place with the literal's own test, through a
/// reference too. `None` (the general path) for an undefined variable, which warns.
fn identical_lit_fn(op: BinOp, l: &Expr, r: &Expr) -> Option<CmpFn> {
    let (s, lit) = match (&l.kind, &r.kind) {
        (ExprKind::Local(s), ExprKind::Lit(v)) | (ExprKind::Lit(v), ExprKind::Local(s)) => (*s, v),
        _ => return None,
    };
    let want = op == BinOp::Identical;
    /// The closure for one literal test `same`.
    fn make(s: u32, want: bool, same: impl Fn(&Value) -> bool + 'static) -> CmpFn {
        Box::new(move |vm: &Vm| match vm.stack.get(vm.base + s as usize)? {
            Value::Undef => None,
            Value::Ref(r) => r.with(|v| (!matches!(v, Value::Undef)).then(|| same(v) == want)),
            v => Some(same(v) == want),
        })
    }
    Some(match lit {
        Value::Bool(b) => {
            let b = *b;
            make(s, want, move |v| matches!(v, Value::Bool(x) if *x == b))
        }
        Value::Null => make(s, want, |v| matches!(v, Value::Null)),
        Value::Int(i) => {
            let i = *i;
            make(s, want, move |v| matches!(v, Value::Int(x) if *x == i))
        }
        Value::Str(t) if t.is_empty() => {
            make(s, want, |v| matches!(v, Value::Str(x) if x.is_empty()))
        }
        Value::Str(t) => {
            let t = t.clone();
            make(
                s,
                want,
                move |v| matches!(v, Value::Str(x) if x.as_bytes() == t.as_bytes()),
            )
        }
        _ => return None,
    })
}

/// `isset($local[k])` with a pure key: whether the element exists and is not null. `None`
/// (the general path) when the local is not an array, the key is not an int or a string
/// (an undefined variable warns), or the element is a reference.
fn isset_fn(places: &[Place]) -> Option<CmpFn> {
    let [Place::Index(b, Some(k))] = places else {
        return None;
    };
    let Place::Local(s) = **b else {
        return None;
    };
    let k = key(k)?;
    Some(Box::new(move |vm: &Vm| {
        let Value::Array(a) = vm.stack.get(vm.base + s as usize)? else {
            return None;
        };
        let found = match &k {
            K::Int(i) => a.get_int(*i),
            K::Str(s) => a.get_bytes(s),
            K::Slot(x) => match vm.stack.get(vm.base + *x as usize)? {
                Value::Int(i) => a.get_int(*i),
                Value::Str(s) => a.get_bytes(s),
                _ => return None,
            },
            K::Fn(f) => match f(vm).get()? {
                N::I(i) => a.get_int(i),
                N::F(_) => return None,
            },
        };
        match found {
            None | Some(Value::Null) => Some(false),
            Some(Value::Ref(_)) => None,
            Some(_) => Some(true),
        }
    }))
}

/// `-x` on a numeric shape.
fn neg_fn(l: Leaf) -> NumFn {
    #[inline(always)]
    fn neg(n: N) -> Option<N> {
        Some(match n {
            N::I(i) => i.checked_neg().map_or(N::F(-(i as f64)), N::I),
            N::F(f) => N::F(-f),
        })
    }
    match l {
        Leaf::Slot(s) => num_fn(move |vm: &Vm| neg(slot(vm, s)?)),
        Leaf::Const(c) => num_fn(move |_: &Vm| neg(c)),
        Leaf::Fn(f) => num_fn(move |vm: &Vm| neg(f(vm).get()?)),
    }
}

/// Operator codes (the const parameter of the closures).
const fn op_of(k: u8) -> BinOp {
    match k {
        0 => BinOp::Add,
        1 => BinOp::Sub,
        2 => BinOp::Mul,
        3 => BinOp::Div,
        4 => BinOp::Mod,
        5 => BinOp::BitAnd,
        6 => BinOp::BitOr,
        7 => BinOp::BitXor,
        8 => BinOp::Shl,
        9 => BinOp::Shr,
        10 => BinOp::Lt,
        11 => BinOp::Le,
        12 => BinOp::Gt,
        13 => BinOp::Ge,
        14 => BinOp::Eq,
        15 => BinOp::NotEq,
        16 => BinOp::Identical,
        _ => BinOp::NotIdentical,
    }
}

/// An operand of a fused closure: a plain [`Leaf`], or an operator over two locals or
/// literals (`$a * $b`, `$a + 1.0`, `2.0 * $a`) computed inside the closure that uses it
/// instead of through its own closure's call.
enum Opnd {
    /// A slot, literal or closure.
    Leaf(Leaf),
    /// `x op y` over two slots or a slot and a literal.
    Bin(BinOp, Pair),
}

/// The operands of an [`Opnd::Bin`].
enum Pair {
    /// Two locals.
    SS(u32, u32),
    /// A local and a literal.
    SC(u32, N),
    /// A literal and a local.
    CS(N, u32),
}

/// The fused-operand shape of `e`, if it has a numeric shape at all.
fn operand(e: &Expr) -> Option<Opnd> {
    if let ExprKind::NumOp(n) = &e.kind {
        if let ExprKind::Bin(op, l, r) = &n.orig.kind {
            if arith_code(*op).is_some() {
                let pair = match (leaf(l), leaf(r)) {
                    (Some(Leaf::Slot(x)), Some(Leaf::Slot(y))) => Some(Pair::SS(x, y)),
                    (Some(Leaf::Slot(x)), Some(Leaf::Const(c))) => Some(Pair::SC(x, c)),
                    (Some(Leaf::Const(c)), Some(Leaf::Slot(y))) => Some(Pair::CS(c, y)),
                    _ => None,
                };
                if let Some(p) = pair {
                    return Some(Opnd::Bin(*op, p));
                }
            }
        }
    }
    leaf(e).map(Opnd::Leaf)
}

/// What a fused closure computes from its two numbers (inlined into it).
trait Calc: Copy + 'static {
    /// The result.
    type R;
    /// `a op b`, or `None` for "use the general path".
    fn calc(self, a: N, b: N) -> Option<Self::R>;
}

/// An arithmetic operator fixed at compile time.
#[derive(Clone, Copy)]
struct Ar<const OP: u8>;
/// A comparison fixed at compile time.
#[derive(Clone, Copy)]
struct Cm<const OP: u8>;
/// An arithmetic operator chosen at run time.
#[derive(Clone, Copy)]
struct ArRt(BinOp);
/// A comparison chosen at run time.
#[derive(Clone, Copy)]
struct CmRt(BinOp);

impl<const OP: u8> Calc for Ar<OP> {
    type R = N;
    #[inline(always)]
    fn calc(self, a: N, b: N) -> Option<N> {
        arith(op_of(OP), a, b)
    }
}

impl<const OP: u8> Calc for Cm<OP> {
    type R = bool;
    #[inline(always)]
    fn calc(self, a: N, b: N) -> Option<bool> {
        compare(op_of(OP), a, b)
    }
}

impl Calc for ArRt {
    type R = N;
    #[inline(always)]
    fn calc(self, a: N, b: N) -> Option<N> {
        arith(self.0, a, b)
    }
}

impl Calc for CmRt {
    type R = bool;
    #[inline(always)]
    fn calc(self, a: N, b: N) -> Option<bool> {
        compare(self.0, a, b)
    }
}

/// A value a fused closure reads or computes in place (inlined into the closure).
trait Get: 'static {
    /// The number.
    fn get(&self, vm: &Vm) -> Option<N>;

    /// `c` of this (the left operand) and `y`: a local is read by kind (int, float) with
    /// the rest of the computation inlined per kind, so the operator is computed with the
    /// operands' kinds known instead of re-testing them.
    #[inline(always)]
    fn pair<Y: Get, C: Calc>(&self, vm: &Vm, y: &Y, c: C) -> Option<C::R> {
        y.right(vm, self.get(vm)?, c)
    }

    /// `c` of `a` and this (the right operand).
    #[inline(always)]
    fn right<C: Calc>(&self, vm: &Vm, a: N, c: C) -> Option<C::R> {
        c.calc(a, self.get(vm)?)
    }

    /// The number, reading a local through the reference it may hold (for the retry of a
    /// failed `$x = …;` statement, see [`retry_fn`]).
    #[inline(always)]
    fn get_ref(&self, vm: &Vm) -> Option<N> {
        self.get(vm)
    }
}

/// A local.
struct GS(u32);
/// A literal.
struct GC(N);
/// A closure.
struct GF(NumFn);
/// An operator over two values.
struct GB<X, Y>(BinOp, X, Y);

impl Get for GS {
    #[inline(always)]
    fn get(&self, vm: &Vm) -> Option<N> {
        slot(vm, self.0)
    }

    #[inline(always)]
    fn pair<Y: Get, C: Calc>(&self, vm: &Vm, y: &Y, c: C) -> Option<C::R> {
        match vm.stack.get(vm.base + self.0 as usize)? {
            Value::Float(f) => y.right(vm, N::F(*f), c),
            Value::Int(i) => y.right(vm, N::I(*i), c),
            _ => None,
        }
    }

    #[inline(always)]
    fn right<C: Calc>(&self, vm: &Vm, a: N, c: C) -> Option<C::R> {
        match vm.stack.get(vm.base + self.0 as usize)? {
            Value::Float(f) => c.calc(a, N::F(*f)),
            Value::Int(i) => c.calc(a, N::I(*i)),
            _ => None,
        }
    }

    #[inline(always)]
    fn get_ref(&self, vm: &Vm) -> Option<N> {
        match vm.stack.get(vm.base + self.0 as usize)? {
            Value::Ref(r) => r.try_with(N::of),
            v => N::of(v),
        }
    }
}

impl Get for GC {
    #[inline(always)]
    fn get(&self, _: &Vm) -> Option<N> {
        Some(self.0)
    }

    #[inline(always)]
    fn pair<Y: Get, C: Calc>(&self, vm: &Vm, y: &Y, c: C) -> Option<C::R> {
        match self.0 {
            N::F(f) => y.right(vm, N::F(f), c),
            N::I(i) => y.right(vm, N::I(i), c),
        }
    }

    #[inline(always)]
    fn right<C: Calc>(&self, _: &Vm, a: N, c: C) -> Option<C::R> {
        match self.0 {
            N::F(f) => c.calc(a, N::F(f)),
            N::I(i) => c.calc(a, N::I(i)),
        }
    }
}

impl Get for GF {
    #[inline(always)]
    fn get(&self, vm: &Vm) -> Option<N> {
        (self.0)(vm).get()
    }
}

impl<X: Get, Y: Get> Get for GB<X, Y> {
    /// Computed with its operands read by kind, as the closures' top-level pair (no
    /// number tags carried through the operator).
    #[inline(always)]
    fn get(&self, vm: &Vm) -> Option<N> {
        self.1.pair(vm, &self.2, ArRt(self.0))
    }

    #[inline(always)]
    fn get_ref(&self, vm: &Vm) -> Option<N> {
        arith(self.0, self.1.get_ref(vm)?, self.2.get_ref(vm)?)
    }
}

/// The retry of a failed `$s = x op y;` statement ([`StmtNode::retry`]): locals read
/// through the reference they may hold and the result stored through one (`$v = $v * 2;`
/// in a by-reference `foreach`, where `$v` and the element share a reference). `false`
/// (nothing written) when that fails too: the general path then runs the statement.
fn retry_fn(e: &Expr) -> Option<StmtFn> {
    fn make<X: Get, Y: Get>(s: u32, op: BinOp, x: X, y: Y) -> Option<StmtFn> {
        Some(Box::new(move |vm: &mut Vm| {
            let Some(n) = x
                .get_ref(vm)
                .zip(y.get_ref(vm))
                .and_then(|(a, b)| arith(op, a, b))
            else {
                return false;
            };
            match vm.stack.get_mut(vm.base + s as usize) {
                Some(Value::Ref(r)) => r.with_mut(|x| match x {
                    // The old value is a number: nothing to drop.
                    Value::Int(_) | Value::Float(_) => {
                        std::mem::forget(std::mem::replace(x, n.value()))
                    }
                    x => crate::value::discard(std::mem::replace(x, n.value())),
                }),
                _ => store(vm, s, n),
            }
            true
        }))
    }
    let ExprKind::Assign(p, v) = &e.kind else {
        return None;
    };
    let Place::Local(s) = **p else {
        return None;
    };
    let ExprKind::NumOp(n) = &v.kind else {
        return None;
    };
    let ExprKind::Bin(op, l, r) = &n.orig.kind else {
        return None;
    };
    arith_code(*op)?;
    match (leaf(l)?, leaf(r)?) {
        (Leaf::Slot(a), Leaf::Slot(b)) => make(s, *op, GS(a), GS(b)),
        (Leaf::Slot(a), Leaf::Const(c)) => make(s, *op, GS(a), GC(c)),
        (Leaf::Const(c), Leaf::Slot(b)) => make(s, *op, GC(c), GS(b)),
        _ => None,
    }
}

/// Binds `$x` to the [`Get`] for a plain leaf and evaluates `$body` (one instantiation per
/// leaf kind).
macro_rules! with_leaf {
    ($l:expr, |$x:ident| $body:expr) => {
        match $l {
            Leaf::Slot(s) => {
                let $x = GS(s);
                $body
            }
            Leaf::Const(c) => {
                let $x = GC(c);
                $body
            }
            Leaf::Fn(f) => {
                let $x = GF(f);
                $body
            }
        }
    };
}

/// Binds `$x` to the [`Get`] for an operator operand and evaluates `$body`.
macro_rules! with_bin {
    ($op:expr, $p:expr, |$x:ident| $body:expr) => {
        match $p {
            Pair::SS(a, b) => {
                let $x = GB($op, GS(a), GS(b));
                $body
            }
            Pair::SC(a, c) => {
                let $x = GB($op, GS(a), GC(c));
                $body
            }
            Pair::CS(c, b) => {
                let $x = GB($op, GC(c), GS(b));
                $body
            }
        }
    };
}

/// Dispatches a pair of operands with at least one operator to `$make(x, y)` with their
/// [`Get`] types; two plain leaves go to `$plain` (the const-generic closures).
macro_rules! with_pair {
    ($l:expr, $r:expr, $make:expr, $plain:expr) => {
        match ($l, $r) {
            (Opnd::Bin(o1, p), Opnd::Bin(o2, q)) => {
                with_bin!(o1, p, |x| with_bin!(o2, q, |y| $make(x, y)))
            }
            (Opnd::Bin(o1, p), Opnd::Leaf(q)) => {
                with_bin!(o1, p, |x| with_leaf!(q, |y| $make(x, y)))
            }
            (Opnd::Leaf(p), Opnd::Bin(o2, q)) => {
                with_leaf!(p, |x| with_bin!(o2, q, |y| $make(x, y)))
            }
            (Opnd::Leaf(p), Opnd::Leaf(q)) => $plain(p, q),
        }
    };
}

/// `l op r` for an arithmetic operator: one closure computing a fused operand in place, or
/// the const-generic closure for two plain leaves.
fn tree_num(op: BinOp, l: Opnd, r: Opnd) -> Option<NumFn> {
    fn make<X: Get, Y: Get>(op: BinOp, x: X, y: Y) -> Option<NumFn> {
        Some(num_fn(move |vm: &Vm| x.pair(vm, &y, ArRt(op))))
    }
    with_pair!(l, r, |x, y| make(op, x, y), |a, b| arith_fn(op, a, b))
}

/// `l op r` for a comparison, as [`tree_num`].
fn tree_cmp(op: BinOp, l: Opnd, r: Opnd) -> Option<CmpFn> {
    fn make<X: Get, Y: Get>(op: BinOp, x: X, y: Y) -> Option<CmpFn> {
        Some(Box::new(move |vm: &Vm| x.pair(vm, &y, CmRt(op))))
    }
    with_pair!(l, r, |x, y| make(op, x, y), |a, b| cmp_fn(op, a, b))
}

/// `$s = l op r;` for an arithmetic operator, as [`tree_num`].
fn tree_assign(s: u32, op: BinOp, l: Opnd, r: Opnd) -> Option<StmtFn> {
    fn make<X: Get, Y: Get>(s: u32, op: BinOp, x: X, y: Y) -> Option<StmtFn> {
        Some(Box::new(move |vm: &mut Vm| {
            match x.pair(vm, &y, ArRt(op)) {
                Some(n) => {
                    store(vm, s, n);
                    true
                }
                None => false,
            }
        }))
    }
    with_pair!(l, r, |x, y| make(s, op, x, y), |a, b| fused_leaves(
        s, op, a, b
    ))
}

fn arith_op<const OP: u8>(l: Leaf, r: Leaf) -> NumFn {
    fn make<const OP: u8, X: Get, Y: Get>(x: X, y: Y) -> NumFn {
        num_fn(move |vm: &Vm| x.pair(vm, &y, Ar::<OP>))
    }
    with_leaf!(l, |x| with_leaf!(r, |y| make::<OP, _, _>(x, y)))
}

fn cmp_op<const OP: u8>(l: Leaf, r: Leaf) -> CmpFn {
    fn make<const OP: u8, X: Get, Y: Get>(x: X, y: Y) -> CmpFn {
        Box::new(move |vm: &Vm| x.pair(vm, &y, Cm::<OP>))
    }
    with_leaf!(l, |x| with_leaf!(r, |y| make::<OP, _, _>(x, y)))
}

/// The closure for an arithmetic or bitwise operator, or `None` for other operators.
fn arith_fn(op: BinOp, l: Leaf, r: Leaf) -> Option<NumFn> {
    Some(match op {
        BinOp::Add => arith_op::<0>(l, r),
        BinOp::Sub => arith_op::<1>(l, r),
        BinOp::Mul => arith_op::<2>(l, r),
        BinOp::Div => arith_op::<3>(l, r),
        BinOp::Mod => arith_op::<4>(l, r),
        BinOp::BitAnd => arith_op::<5>(l, r),
        BinOp::BitOr => arith_op::<6>(l, r),
        BinOp::BitXor => arith_op::<7>(l, r),
        BinOp::Shl => arith_op::<8>(l, r),
        BinOp::Shr => arith_op::<9>(l, r),
        _ => return None,
    })
}

/// The closure for a comparison, or `None` for other operators.
fn cmp_fn(op: BinOp, l: Leaf, r: Leaf) -> Option<CmpFn> {
    Some(match op {
        BinOp::Lt => cmp_op::<10>(l, r),
        BinOp::Le => cmp_op::<11>(l, r),
        BinOp::Gt => cmp_op::<12>(l, r),
        BinOp::Ge => cmp_op::<13>(l, r),
        BinOp::Eq => cmp_op::<14>(l, r),
        BinOp::NotEq => cmp_op::<15>(l, r),
        BinOp::Identical => cmp_op::<16>(l, r),
        BinOp::NotIdentical => cmp_op::<17>(l, r),
        _ => return None,
    })
}

/// A statement compiled to a closure: `true` when it ran, `false` when the general path
/// must run the original statement (nothing has been written then).
pub type StmtFn = Box<dyn Fn(&mut Vm) -> bool>;

/// A specialised statement ([`StmtKind::Fast`]), held in the statement itself: the
/// closure's data pointer and vtable are read straight from the statement.
pub struct StmtNode {
    /// The fast path.
    pub f: StmtFn,
    /// Tried when `f` fails, before the general path (out of line, so `f` stays small):
    /// `$x = $a op $b;` reading and writing through references.
    pub retry: Option<StmtFn>,
    /// The statement it was made from, for the general path.
    pub orig: Box<Stmt>,
}

impl fmt::Debug for StmtNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StmtNode").field(&self.orig).finish()
    }
}

/// Wraps an expression statement of a recognised shape in [`StmtKind::Fast`]: `$x = <num>;`,
/// `$x op= <num>;` for arithmetic and bitwise operators, `$x++;` / `--$x;`.
pub fn specialise_stmt(s: Stmt) -> Stmt {
    let StmtKind::Expr(e) = &s.kind else {
        return s;
    };
    let Some(f) = stmt_fn(e)
        .or_else(|| crate::strbuild::stmt_fn(e))
        .or_else(|| elem_store_fn(e))
    else {
        return s;
    };
    let retry = retry_fn(e);
    let line = s.line;
    Stmt {
        kind: StmtKind::Fast(StmtNode {
            f,
            retry,
            orig: Box::new(s),
        }),
        line,
    }
}

/// The closure for an expression statement of a recognised shape.
fn stmt_fn(e: &Expr) -> Option<StmtFn> {
    match &e.kind {
        ExprKind::Assign(p, v) => {
            let Place::Local(s) = **p else {
                return None;
            };
            let ExprKind::NumOp(n) = &v.kind else {
                return None;
            };
            if let Some(f) = fused_assign(s, &n.orig) {
                return Some(f);
            }
            let f = n.f.clone();
            Some(Box::new(move |vm: &mut Vm| match f(vm).get() {
                Some(n) => {
                    store(vm, s, n);
                    true
                }
                None => false,
            }))
        }
        ExprKind::AssignOp(op, p, v) => {
            let Place::Local(s) = **p else {
                return elem_stmt_fn(e);
            };
            let rhs = leaf(v)?;
            Some(match arith_code(*op)? {
                0 => op_assign::<0>(s, rhs),
                1 => op_assign::<1>(s, rhs),
                2 => op_assign::<2>(s, rhs),
                3 => op_assign::<3>(s, rhs),
                4 => op_assign::<4>(s, rhs),
                5 => op_assign::<5>(s, rhs),
                6 => op_assign::<6>(s, rhs),
                7 => op_assign::<7>(s, rhs),
                8 => op_assign::<8>(s, rhs),
                _ => op_assign::<9>(s, rhs),
            })
        }
        ExprKind::IncDec(_, inc, p) => {
            let Place::Local(s) = **p else {
                return elem_stmt_fn(e).or_else(|| crate::fast::prop_step_fn(e));
            };
            Some(if *inc {
                Box::new(
                    move |vm: &mut Vm| match vm.stack.get_mut(vm.base + s as usize) {
                        Some(Value::Int(n)) => match n.checked_add(1) {
                            Some(x) => {
                                *n = x;
                                true
                            }
                            None => false,
                        },
                        _ => false,
                    },
                )
            } else {
                Box::new(
                    move |vm: &mut Vm| match vm.stack.get_mut(vm.base + s as usize) {
                        Some(Value::Int(n)) => match n.checked_sub(1) {
                            Some(x) => {
                                *n = x;
                                true
                            }
                            None => false,
                        },
                        _ => false,
                    },
                )
            })
        }
        _ => None,
    }
}

/// Stores a number in a local as `$x = …` does (through a reference when it holds one).
#[inline(always)]
fn store(vm: &mut Vm, s: u32, n: N) {
    let i = vm.base + s as usize;
    if let Some(slot @ (Value::Int(_) | Value::Float(_))) = vm.stack.get_mut(i) {
        // The old value is a number: nothing to drop.
        std::mem::forget(std::mem::replace(slot, n.value()));
        return;
    }
    store_other(vm, i, n)
}

/// [`store`] into a slot holding a reference or a non-number, out of line (keeps the
/// closures' hot paths free of the drop glue).
#[cold]
#[inline(never)]
fn store_other(vm: &mut Vm, i: usize, n: N) {
    match &mut vm.stack[i] {
        Value::Ref(r) => r.set(n.value()),
        slot => crate::value::discard(std::mem::replace(slot, n.value())),
    }
}

/// `$x op= rhs` on a numeric local (not a reference) with a numeric right side.
fn op_assign<const OP: u8>(s: u32, rhs: Leaf) -> StmtFn {
    #[inline(always)]
    fn put<const OP: u8>(vm: &mut Vm, s: u32, b: N) -> bool {
        let i = vm.base + s as usize;
        let Some(slot) = vm.stack.get_mut(i) else {
            return false;
        };
        let a = match slot {
            Value::Int(x) => N::I(*x),
            Value::Float(x) => N::F(*x),
            _ => return false,
        };
        match arith(op_of(OP), a, b) {
            Some(n) => {
                // The old value is a number: nothing to drop.
                std::mem::forget(std::mem::replace(slot, n.value()));
                true
            }
            None => false,
        }
    }
    match rhs {
        Leaf::Slot(y) => Box::new(move |vm: &mut Vm| match slot(vm, y) {
            Some(b) => put::<OP>(vm, s, b),
            None => false,
        }),
        Leaf::Const(c) => Box::new(move |vm: &mut Vm| put::<OP>(vm, s, c)),
        Leaf::Fn(f) => Box::new(move |vm: &mut Vm| match f(vm).get() {
            Some(b) => put::<OP>(vm, s, b),
            None => false,
        }),
    }
}

/// The key a pure key shape denotes now, as [`crate::fast`]'s writers compute it.
#[inline(always)]
fn key_now(vm: &Vm, k: &K) -> Option<Key> {
    match k {
        K::Int(i) => Some(Key::Int(*i)),
        K::Str(s) => Some(Key::from_phpstr(s.clone())),
        K::Slot(s) => match vm.stack.get(vm.base + *s as usize)? {
            Value::Int(i) => Some(Key::Int(*i)),
            Value::Str(s) => Some(Key::from_phpstr(s.clone())),
            _ => None,
        },
        K::Fn(f) => match f(vm).get()? {
            N::I(i) => Some(Key::Int(i)),
            N::F(_) => None,
        },
    }
}

/// Deepest `$local[k1]…[kn]` chain the element statements handle.
const MAX_DIMS: usize = 3;

/// An element place `$local[k1]…[kn]` (1 ≤ n ≤ [`MAX_DIMS`], pure keys): the slot and the
/// keys, outermost first.
fn elem_place(p: &Place) -> Option<(u32, Vec<K>)> {
    let mut keys = Vec::new();
    let mut cur = p;
    loop {
        match cur {
            Place::Index(b, Some(k)) => {
                if keys.len() == MAX_DIMS {
                    return None;
                }
                keys.push(key(k)?);
                cur = b;
            }
            Place::Local(s) if !keys.is_empty() => {
                keys.reverse();
                return Some((*s, keys));
            }
            _ => return None,
        }
    }
}

/// An int key a pure key shape denotes now (`None` for string keys and anything else).
#[inline(always)]
fn int_key_now(vm: &Vm, k: &K) -> Option<i64> {
    match k {
        K::Int(i) => Some(*i),
        K::Slot(s) => match vm.stack.get(vm.base + *s as usize)? {
            Value::Int(i) => Some(*i),
            _ => None,
        },
        K::Fn(f) => match f(vm).get()? {
            N::I(i) => Some(i),
            N::F(_) => None,
        },
        K::Str(_) => None,
    }
}

/// The existing element `$local[k1]…[kn]` for writing, separating shared arrays on the way
/// as any write does; `None` when a key is missing or a level is not a plain array.
///
/// Two or more levels (`$b[$i][3]`: nearly always int keys) are first tried as int keys,
/// walked without building [`Key`]s; one level (`$counts[$word]`, often a string) and
/// other keys go through [`elem_mut_keys`] directly.
#[inline(always)]
fn elem_mut<'a>(vm: &'a mut Vm, s: u32, keys: &[K]) -> Option<&'a mut Value> {
    if keys.len() < 2 {
        return elem_mut_keys(vm, s, keys);
    }
    let mut ints = [0i64; MAX_DIMS];
    for (i, k) in keys.iter().enumerate() {
        match int_key_now(vm, k) {
            Some(n) => ints[i] = n,
            None => return elem_mut_keys(vm, s, keys),
        }
    }
    let mut v = vm.stack.get_mut(vm.base + s as usize)?;
    for &i in &ints[..keys.len()] {
        v = match v {
            Value::Array(a) => arr_mut(a)?.get_mut(&Key::Int(i))?,
            _ => return None,
        };
    }
    Some(v)
}

/// [`elem_mut`] with any pure keys.
#[inline(always)]
fn elem_mut_keys<'a>(vm: &'a mut Vm, s: u32, keys: &[K]) -> Option<&'a mut Value> {
    let mut ks: [Option<Key>; MAX_DIMS] = [None, None, None];
    for (i, k) in keys.iter().enumerate() {
        ks[i] = Some(key_now(vm, k)?);
    }
    let i = vm.base + s as usize;
    let mut v = vm.stack.get_mut(i)?;
    for k in ks[..keys.len()].iter() {
        let k = k.as_ref()?;
        v = match v {
            Value::Array(a) => crate::array::make_mut(a).get_mut(k)?,
            _ => return None,
        };
    }
    Some(v)
}

/// `$a[…] op= rhs` on an existing numeric element with a numeric right side.
fn elem_op_assign<const OP: u8>(s: u32, keys: Vec<K>, rhs: Leaf) -> StmtFn {
    #[inline(always)]
    fn put<const OP: u8>(vm: &mut Vm, s: u32, keys: &[K], b: N) -> bool {
        let Some(slot) = elem_mut(vm, s, keys) else {
            return false;
        };
        let Some(a) = N::of(slot) else {
            return false;
        };
        match arith(op_of(OP), a, b) {
            Some(n) => {
                // The old value is a number: nothing to drop.
                std::mem::forget(std::mem::replace(slot, n.value()));
                true
            }
            None => false,
        }
    }
    match rhs {
        Leaf::Slot(y) => Box::new(move |vm: &mut Vm| match slot(vm, y) {
            Some(b) => put::<OP>(vm, s, &keys, b),
            None => false,
        }),
        Leaf::Const(c) => Box::new(move |vm: &mut Vm| put::<OP>(vm, s, &keys, c)),
        Leaf::Fn(f) => Box::new(move |vm: &mut Vm| match f(vm).get() {
            Some(b) => put::<OP>(vm, s, &keys, b),
            None => false,
        }),
    }
}

/// `$a[…]++` / `$a[…]--` on an existing integer element (no overflow).
fn elem_inc_dec(s: u32, keys: Vec<K>, inc: bool) -> StmtFn {
    Box::new(move |vm: &mut Vm| match elem_mut(vm, s, &keys) {
        Some(Value::Int(n)) => {
            let nv = if inc {
                n.checked_add(1)
            } else {
                n.checked_sub(1)
            };
            match nv {
                Some(x) => {
                    *n = x;
                    true
                }
                None => false,
            }
        }
        _ => false,
    })
}

/// The element forms of [`stmt_fn`]: `$a[…] op= rhs;` and `$a[…]++;`.
fn elem_stmt_fn(e: &Expr) -> Option<StmtFn> {
    match &e.kind {
        ExprKind::AssignOp(op, p, v) => {
            let (s, keys) = elem_place(p)?;
            let rhs = leaf(v)?;
            Some(match arith_code(*op)? {
                0 => elem_op_assign::<0>(s, keys, rhs),
                1 => elem_op_assign::<1>(s, keys, rhs),
                2 => elem_op_assign::<2>(s, keys, rhs),
                3 => elem_op_assign::<3>(s, keys, rhs),
                4 => elem_op_assign::<4>(s, keys, rhs),
                5 => elem_op_assign::<5>(s, keys, rhs),
                6 => elem_op_assign::<6>(s, keys, rhs),
                7 => elem_op_assign::<7>(s, keys, rhs),
                8 => elem_op_assign::<8>(s, keys, rhs),
                _ => elem_op_assign::<9>(s, keys, rhs),
            })
        }
        ExprKind::IncDec(_, inc, p) => {
            let (s, keys) = elem_place(p)?;
            Some(elem_inc_dec(s, keys, *inc))
        }
        _ => None,
    }
}

/// Where the value of an element store comes from; each kind has its own instantiation of
/// the store closure, so the value is built in registers and written straight into the
/// array (a value chosen among kinds at run time was assembled on the stack in parts and
/// copied as one 16-byte load, a store-forwarding stall).
trait Src: 'static {
    /// What the source yields (converted to a value where it is stored).
    type V: Into<Value>;
    /// The value now, or `None` for "use the general path" (nothing observable done).
    fn value(&self, vm: &Vm) -> Option<Self::V>;
}

/// A numeric expression.
struct SNum(NumFn);
/// A string built from pieces ([`crate::strbuild`]), with its capacity hint.
struct SStr(Rc<[crate::strbuild::Piece]>, usize);
/// A literal.
struct SLit(Value);
/// A local (not a reference, not undefined).
struct SSlot(u32);
/// An existing element `$local[k]` of a local array, under a pure key (not a reference).
struct SElem(u32, K);

impl Src for SNum {
    type V = N;
    #[inline(always)]
    fn value(&self, vm: &Vm) -> Option<N> {
        (self.0)(vm).get()
    }
}

impl Src for SStr {
    type V = Value;
    #[inline(always)]
    fn value(&self, vm: &Vm) -> Option<Value> {
        Some(Value::Str(crate::strbuild::build(vm, &self.0, self.1)?))
    }
}

impl Src for SLit {
    type V = Value;
    #[inline(always)]
    fn value(&self, _: &Vm) -> Option<Value> {
        Some(self.0.clone())
    }
}

impl Src for SSlot {
    type V = Value;
    #[inline(always)]
    fn value(&self, vm: &Vm) -> Option<Value> {
        match vm.stack.get(vm.base + self.0 as usize)? {
            Value::Ref(_) | Value::Undef => None,
            v => Some(v.clone()),
        }
    }
}

impl Src for SElem {
    type V = Value;
    #[inline(always)]
    fn value(&self, vm: &Vm) -> Option<Value> {
        match vm.stack.get(vm.base + self.0 as usize)? {
            Value::Array(a) => match get(vm, a, &self.1)? {
                Value::Ref(_) => None,
                v => Some(v.clone()),
            },
            _ => None,
        }
    }
}

/// Stores `v` at `k` (or appends it) in the array `a` as `$a[k] = v` does; `false` (nothing
/// written) when the general path must do it: appending after `PHP_INT_MAX`, or a growth
/// whose `memory_limit` check could fail (decided before writing, conservatively).
#[inline(always)]
fn store_in(a: &mut Rc<PhpArray>, k: Option<Key>, v: Value, limit: u64) -> bool {
    if !room(a, limit) {
        return false;
    }
    let a = crate::array::make_mut(a);
    match k {
        Some(k) => match a.get_mut(&k) {
            Some(Value::Ref(r)) => r.set(v),
            Some(cur) => crate::value::discard(std::mem::replace(cur, v)),
            None => a.insert(k, v),
        },
        None => return a.push(v).is_ok(),
    }
    true
}

/// False when growing `a` by one element could fail the `memory_limit` check (decided
/// conservatively, before anything is written).
#[inline(always)]
fn room(a: &PhpArray, limit: u64) -> bool {
    let grown = a.len() + 1;
    !(grown >= 1024 && grown.is_power_of_two() && (grown as u64).saturating_mul(32) > limit)
}

/// Appends `v` to the array `a` as `$a[] = v` does; `false` (nothing written) as for
/// [`store_in`].
#[inline(always)]
fn append_in(a: &mut Rc<PhpArray>, v: impl Into<Value>, limit: u64) -> bool {
    room(a, limit) && crate::array::make_mut(a).push(v).is_ok()
}

/// [`store_in`] (or [`append_in`] for no key) on the array in slot `s`, directly or
/// through a reference. Both are inlined into the direct case only, and `v` is made a
/// value where it is written, so it is stored by its parts (a value assembled on the
/// stack in parts and copied as one 16-byte load stalls store forwarding).
#[inline(always)]
fn store_slot(vm: &mut Vm, s: u32, k: Option<Key>, v: impl Into<Value>) -> bool {
    let limit = vm.memory_limit;
    match vm.stack.get_mut(vm.base + s as usize) {
        Some(Value::Array(a)) => match k {
            None => append_in(a, v, limit),
            Some(k) => store_in(a, Some(k), v.into(), limit),
        },
        // (A local a by-reference `foreach` went over stays a reference.)
        Some(Value::Ref(r)) => r.with_mut(|x| match x {
            Value::Array(a) => match k {
                None => append_in(a, v, limit),
                Some(k) => store_in(a, Some(k), v.into(), limit),
            },
            _ => false,
        }),
        _ => false,
    }
}

/// `$local[k] = v;` / `$local[] = v;` on a local holding an array (directly or through a
/// reference), with a pure key and a value that is a numeric expression, a built string, a
/// literal or a local.
fn elem_store_fn(e: &Expr) -> Option<StmtFn> {
    let ExprKind::Assign(p, v) = &e.kind else {
        return None;
    };
    let Place::Index(b, k) = &**p else {
        return None;
    };
    let k = match k {
        Some(k) => Some(key(k)?),
        None => None,
    };
    if let Place::Index(b0, Some(k0)) = &**b {
        let Place::Local(s) = **b0 else {
            return None;
        };
        let k0 = key(k0)?;
        return Some(match &v.kind {
            ExprKind::NumOp(n) => elem_store2(s, k0, k, SNum(n.f.clone())),
            ExprKind::StrOp(n) => elem_store2(
                s,
                k0,
                k,
                SStr(n.pieces.clone(), n.lit_len + 8 * n.pieces.len()),
            ),
            ExprKind::Lit(v) => elem_store2(s, k0, k, SLit(v.clone())),
            ExprKind::Local(x) => elem_store2(s, k0, k, SSlot(*x)),
            _ => return None,
        });
    }
    let Place::Local(s) = **b else {
        return None;
    };
    Some(match &v.kind {
        ExprKind::NumOp(n) => elem_store(s, k, SNum(n.f.clone())),
        ExprKind::StrOp(n) => {
            elem_store(s, k, SStr(n.pieces.clone(), n.lit_len + 8 * n.pieces.len()))
        }
        ExprKind::Lit(v) => elem_store(s, k, SLit(v.clone())),
        ExprKind::Local(x) => elem_store(s, k, SSlot(*x)),
        ExprKind::Index(b, j) => match (&b.kind, &j.kind) {
            (ExprKind::Local(x), ExprKind::IncDec(prefix, inc, q)) => {
                let Place::Local(i) = **q else {
                    return None;
                };
                // (A destination key read from the counter takes the general path.)
                if matches!(k, Some(K::Slot(ks)) if ks == i) {
                    return None;
                }
                return Some(elem_step_store_fn(s, k, *x, i, *prefix, *inc));
            }
            (ExprKind::Local(x), _) => elem_store(s, k, SElem(*x, key(j)?)),
            _ => return None,
        },
        _ => return None,
    })
}

/// The closure of [`elem_store_fn`] for one kind of value.
fn elem_store<S: Src>(s: u32, k: Option<K>, src: S) -> StmtFn {
    match k {
        None => Box::new(move |vm: &mut Vm| {
            let Some(v) = src.value(vm) else {
                return false;
            };
            store_slot(vm, s, None, v)
        }),
        Some(k) => Box::new(move |vm: &mut Vm| {
            let Some(key) = key_now(vm, &k) else {
                return false;
            };
            let Some(v) = src.value(vm) else {
                return false;
            };
            store_slot(vm, s, Some(key), v)
        }),
    }
}

/// `$local[k0][k] = v;` / `$local[k0][] = v;`: the element `$local[k0]` is an array (not a
/// reference), or missing and created empty as the general path creates it (no
/// diagnostic); anything else (null, false, strings, objects, references) takes the
/// general path, as do growths whose `memory_limit` check could fail.
fn elem_store2<S: Src>(s: u32, k0: K, k: Option<K>, src: S) -> StmtFn {
    Box::new(move |vm: &mut Vm| {
        let Some(k0) = key_now(vm, &k0) else {
            return false;
        };
        let key = match &k {
            Some(k) => match key_now(vm, k) {
                Some(k) => Some(k),
                None => return false,
            },
            None => None,
        };
        let Some(v) = src.value(vm) else {
            return false;
        };
        let limit = vm.memory_limit;
        match vm.stack.get_mut(vm.base + s as usize) {
            Some(Value::Array(a)) => store2_in(a, k0, key, v, limit),
            Some(Value::Ref(r)) => r.with_mut(|x| match x {
                Value::Array(a) => store2_in(a, k0, key, v, limit),
                _ => false,
            }),
            _ => false,
        }
    })
}

/// [`elem_store2`]'s write into the array `a` (everything checked before writing).
#[inline(always)]
fn store2_in(
    a: &mut Rc<PhpArray>,
    k0: Key,
    k: Option<Key>,
    v: impl Into<Value>,
    limit: u64,
) -> bool {
    let ok = match a.get(&k0) {
        Some(Value::Array(inner)) => room(inner, limit),
        None => room(a, limit),
        Some(_) => false,
    };
    if !ok {
        return false;
    }
    let outer = crate::array::make_mut(a);
    match outer.get_mut(&k0) {
        Some(Value::Array(inner)) => match k {
            None => append_in(inner, v, limit),
            Some(k) => store_in(inner, Some(k), v.into(), limit),
        },
        Some(_) => false,
        None => {
            let mut inner = PhpArray::autovivified();
            match k {
                None => {
                    if inner.push(v).is_err() {
                        return false;
                    }
                }
                Some(k) => inner.insert(k, v.into()),
            }
            outer.insert(k0, Value::Array(Rc::new(inner)));
            true
        }
    }
}

/// `$local[k] = $x[$i++];` / `$local[] = $x[$i++];` (also `--`, prefix or postfix; `$i` a
/// local holding an int that does not overflow, `$x[…]` an existing element that is no
/// reference): the element is copied and stored, then the counter stepped. Everything is
/// checked before anything is written, so `false` leaves the general path a clean slate.
fn elem_step_store_fn(s: u32, k: Option<K>, x: u32, i: u32, prefix: bool, inc: bool) -> StmtFn {
    Box::new(move |vm: &mut Vm| {
        let key = match &k {
            Some(k) => match key_now(vm, k) {
                Some(k) => Some(k),
                None => return false,
            },
            None => None,
        };
        let Some(Value::Int(n)) = vm.stack.get(vm.base + i as usize) else {
            return false;
        };
        let n = *n;
        let Some(nv) = (if inc {
            n.checked_add(1)
        } else {
            n.checked_sub(1)
        }) else {
            return false;
        };
        let v = match vm.stack.get(vm.base + x as usize) {
            Some(Value::Array(a)) => match a.get_int(if prefix { nv } else { n }) {
                Some(Value::Ref(_)) | None => return false,
                Some(v) => v.clone(),
            },
            _ => return false,
        };
        let stored = store_slot(vm, s, key, v);
        if stored {
            match vm.stack.get_mut(vm.base + i as usize) {
                // Still the int read above: nothing to drop.
                Some(Value::Int(n)) => *n = nv,
                Some(slot) => *slot = Value::Int(nv),
                None => {}
            }
        }
        stored
    })
}

fn fused_op<const OP: u8>(s: u32, l: Leaf, r: Leaf) -> StmtFn {
    fn make<const OP: u8, X: Get, Y: Get>(s: u32, x: X, y: Y) -> StmtFn {
        Box::new(move |vm: &mut Vm| {
            let n = x.pair(vm, &y, Ar::<OP>);
            match n {
                Some(n) => {
                    store(vm, s, n);
                    true
                }
                None => false,
            }
        })
    }
    with_leaf!(l, |x| with_leaf!(r, |y| make::<OP, _, _>(s, x, y)))
}

/// `$s = l op r;` for an arithmetic or bitwise operator over numeric shapes, as one closure.
fn fused_assign(s: u32, orig: &Expr) -> Option<StmtFn> {
    let ExprKind::Bin(op, l, r) = &orig.kind else {
        return None;
    };
    arith_code(*op)?;
    tree_assign(s, *op, operand(l)?, operand(r)?)
}

/// `$s = l op r;` over two plain leaves (the const-generic closures).
fn fused_leaves(s: u32, op: BinOp, l: Leaf, r: Leaf) -> Option<StmtFn> {
    Some(match arith_code(op)? {
        0 => fused_op::<0>(s, l, r),
        1 => fused_op::<1>(s, l, r),
        2 => fused_op::<2>(s, l, r),
        3 => fused_op::<3>(s, l, r),
        4 => fused_op::<4>(s, l, r),
        5 => fused_op::<5>(s, l, r),
        6 => fused_op::<6>(s, l, r),
        7 => fused_op::<7>(s, l, r),
        8 => fused_op::<8>(s, l, r),
        _ => fused_op::<9>(s, l, r),
    })
}
