//! Compile-time specialisation of string building.
//!
//! A concatenation chain or an interpolated string whose pieces are all string or int
//! literals, locals, or numeric expressions specialised by [`crate::spec`] (`'x' . $i . '-'
//! . ($i * 2)`, `"item $i of {$round}"`) becomes [`ExprKind::StrOp`]: the flat list of
//! pieces plus the original node. The fast path appends the pieces straight into one buffer
//! (no temporary strings, no `Value`s); it reads and never writes, and gives up (`false`)
//! as soon as a piece is anything but a string or an int at run time (a float, whose text
//! depends on `precision`, null, an undefined variable, a reference, …), or when the result
//! would exceed `memory_limit`. The original node then runs the general way, with PHP's
//! conversions and diagnostics.
//!
//! Statements use the same pieces: `$s .= <pieces>;` appends in place to the string in `$s`
//! (restoring its old length if a piece gives up), `$t = <pieces>;` builds the new string
//! and stores it ([`stmt_fn`]).

use crate::fast::N;
use crate::interp::itoa_buf;
use crate::ir::{Expr, ExprKind, Place};
use crate::spec::{NumFn, StmtFn};
use crate::string::PhpStr;
use crate::value::Value;
use crate::vm::Vm;
use phpsock_syntax::ast::BinOp;
use std::fmt;
use std::rc::Rc;

/// One piece of a string being built.
pub enum Piece {
    /// Literal bytes (string literals, and int literals as their decimal text).
    Lit(PhpStr),
    /// A local holding a string or an int.
    Slot(u32),
    /// A numeric expression yielding an int.
    Num(NumFn),
}

/// A specialised string-building node ([`ExprKind::StrOp`]).
pub struct StrNode {
    /// The pieces, in evaluation order.
    pub pieces: Rc<[Piece]>,
    /// Bytes of the literal pieces (a capacity hint).
    pub lit_len: usize,
    /// The expression it was made from, for the general path.
    pub orig: Expr,
}

impl fmt::Debug for StrNode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StrNode").field(&self.orig).finish()
    }
}

/// Appends the pieces' text to `out`; `false` (with `out` possibly partly written) when a
/// piece needs the general path.
#[inline]
pub fn append(vm: &Vm, pieces: &[Piece], out: &mut Vec<u8>) -> bool {
    for p in pieces {
        match p {
            Piece::Lit(s) => out.extend_from_slice(s),
            Piece::Slot(x) => match vm.stack.get(vm.base + *x as usize) {
                Some(Value::Str(s)) => out.extend_from_slice(s),
                Some(Value::Int(i)) => out.extend_from_slice(itoa_buf(*i).as_bytes()),
                _ => return false,
            },
            Piece::Num(f) => match f(vm).get() {
                Some(N::I(i)) => out.extend_from_slice(itoa_buf(i).as_bytes()),
                _ => return false,
            },
        }
    }
    true
}

/// The string the pieces build (`hint`: the capacity to start with), or `None` for "use
/// the general path".
#[inline]
pub fn build(vm: &Vm, pieces: &[Piece], hint: usize) -> Option<PhpStr> {
    let mut out = Vec::with_capacity(hint);
    if append(vm, pieces, &mut out) && out.len() as u64 <= vm.memory_limit {
        Some(PhpStr::from_vec(out))
    } else {
        None
    }
}

impl StrNode {
    /// The built string, or `None` for "use the general path".
    #[inline]
    pub fn build(&self, vm: &Vm) -> Option<PhpStr> {
        build(vm, &self.pieces, self.lit_len + 8 * self.pieces.len())
    }
}

/// Collects the pieces of `e`, flattening nested concatenations; `false` when a part has
/// another shape.
fn collect(e: &Expr, out: &mut Vec<Piece>) -> bool {
    match &e.kind {
        ExprKind::Lit(Value::Str(s)) => out.push(Piece::Lit(s.clone())),
        ExprKind::Lit(Value::Int(i)) => out.push(Piece::Lit(PhpStr::new(itoa_buf(*i).as_bytes()))),
        ExprKind::Local(s) => out.push(Piece::Slot(*s)),
        ExprKind::NumOp(n) => out.push(Piece::Num(n.f.clone())),
        ExprKind::StrOp(n) => return collect(&n.orig, out),
        ExprKind::Bin(BinOp::Concat, l, r) => return collect(l, out) && collect(r, out),
        ExprKind::Interp(parts) => return parts.iter().all(|p| collect(p, out)),
        _ => return false,
    }
    true
}

/// Wraps a concatenation or interpolation of recognised pieces in [`ExprKind::StrOp`];
/// returns anything else unchanged.
pub fn specialise(e: Expr) -> Expr {
    if !matches!(
        e.kind,
        ExprKind::Bin(BinOp::Concat, ..) | ExprKind::Interp(_)
    ) {
        return e;
    }
    let mut pieces = Vec::new();
    if !collect(&e, &mut pieces) {
        return e;
    }
    let lit_len = pieces
        .iter()
        .map(|p| match p {
            Piece::Lit(s) => s.len(),
            _ => 0,
        })
        .sum();
    let line = e.line;
    Expr {
        kind: ExprKind::StrOp(Box::new(StrNode {
            pieces: pieces.into(),
            lit_len,
            orig: e,
        })),
        line,
    }
}

/// The closure for `$s .= <pieces>;` or `$t = <pieces>;` on a local.
pub fn stmt_fn(e: &Expr) -> Option<StmtFn> {
    match &e.kind {
        ExprKind::AssignOp(BinOp::Concat, p, v) => {
            let Place::Local(s) = **p else {
                return None;
            };
            let pieces = match &v.kind {
                ExprKind::StrOp(n) => n.pieces.clone(),
                ExprKind::Lit(Value::Str(l)) => Rc::from([Piece::Lit(l.clone())]),
                ExprKind::Local(x) if *x != s => Rc::from([Piece::Slot(*x)]),
                _ => return None,
            };
            // A piece reading `$s` itself would see the string being appended to.
            if pieces
                .iter()
                .any(|p| matches!(p, Piece::Slot(x) if *x == s))
            {
                return None;
            }
            Some(Box::new(move |vm: &mut Vm| append_to(vm, s, &pieces)))
        }
        ExprKind::Assign(p, v) => {
            let Place::Local(s) = **p else {
                return None;
            };
            let ExprKind::StrOp(n) = &v.kind else {
                return None;
            };
            let pieces = n.pieces.clone();
            let hint = n.lit_len + 8 * pieces.len();
            Some(Box::new(move |vm: &mut Vm| {
                let mut out = Vec::with_capacity(hint);
                if !append(vm, &pieces, &mut out) || out.len() as u64 > vm.memory_limit {
                    return false;
                }
                let v = Value::Str(PhpStr::from_vec(out));
                let i = vm.base + s as usize;
                match &mut vm.stack[i] {
                    Value::Ref(r) => r.set(v),
                    slot => crate::value::discard(std::mem::replace(slot, v)),
                }
                true
            }))
        }
        _ => None,
    }
}

/// `$s .= <pieces>` on a local holding a string (not a reference): appends in place; on a
/// piece that needs the general path, restores the old string and answers `false`.
#[inline(always)]
fn append_to(vm: &mut Vm, s: u32, pieces: &[Piece]) -> bool {
    let i = vm.base + s as usize;
    let Some(Value::Str(_)) = vm.stack.get(i) else {
        return false;
    };
    // Take the string out while the pieces read the other locals (none of them is `$s`).
    let Value::Str(mut st) = std::mem::replace(&mut vm.stack[i], Value::Null) else {
        return false;
    };
    let v = st.make_mut();
    let len0 = v.len();
    let ok = append(vm, pieces, v) && v.len() as u64 <= vm.memory_limit;
    if !ok {
        v.truncate(len0);
    }
    // The slot holds the `Null` put there above: nothing to drop.
    std::mem::forget(std::mem::replace(&mut vm.stack[i], Value::Str(st)));
    ok
}
