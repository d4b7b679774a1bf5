//! The direct path of user-function calls, and compiled `return` statements.
//!
//! A call `f(args)` of a named user function whose parameters are all plain
//! ([`UserCode::plain_params`]: by value, untyped, not variadic, no generator), passed exactly
//! one positional argument per parameter, runs through [`Vm::call_named`]: the arguments are
//! evaluated straight into the callee's slots and the frame is pushed, the body run and the
//! frame popped in one function, with none of [`Vm::enter_user`]'s shape tests. Every check
//! of the general path still happens, in the same order: pending destructors before and
//! after the call, recursion depth, machine stack and interrupts, return types, the frame
//! for traces, `func_get_args` and `debug_backtrace`. Anything else (named arguments,
//! spreads, missing or extra arguments, by-reference or typed parameters, natives, closures
//! and methods) takes the general path unchanged.
//!
//! [`specialise_return`] compiles `return <expr>;` into a [`StmtKind::Flow`] closure (no trip
//! through the statement dispatcher); when `<expr>` is `+`, `-` or `*` with a named call as an
//! operand (`return fib($n - 1) + fib($n - 2);`), the operands are evaluated directly (calls
//! through [`Vm::call_named`]) and the operator applied in place.

use crate::calls::ClosureData;
use crate::fast::N;
use crate::flow::Flow;
use crate::func::{FuncBody, Function};
use crate::interp::{guard_call, num_of};
use crate::interp::{CallTarget, Captures, Ctl, ER, SR};
use crate::ir::{Arg, Expr, ExprKind, FnSite, Place, Stmt, StmtKind, UserCode};
use crate::object::{Class, ObjRef};
use crate::value::Value;
use crate::vm::Vm;
use phpsock_syntax::ast::BinOp;
use std::rc::Rc;

impl Vm {
    /// Evaluates plain positional arguments onto the value stack for a function with plain
    /// parameters: `None` (nothing evaluated) unless there is one argument per parameter and
    /// none is spread or named; else the base of the arguments on the stack.
    #[inline(always)]
    pub(crate) fn push_exact_args(
        &mut self,
        f: &Function,
        code: &UserCode,
        args: &[Arg],
    ) -> Option<Result<usize, crate::vm::Unwind>> {
        if !code.plain_params || args.len() != f.params.len() {
            return None;
        }
        self.push_plain_args(args)
    }

    /// `f(args)` for a named function ([`ExprKind::Call`]).
    #[inline(always)]
    pub(crate) fn call_named(&mut self, site: &FnSite, args: &[Arg], line: u32) -> ER {
        self.named_call::<false>(site, args, line)
    }

    /// A named call; the user-function path in line when `USER_IN_LINE`, else out of line
    /// ([`Vm::call_named_user`]); natives always out of line.
    #[inline(always)]
    fn named_call<const USER_IN_LINE: bool>(
        &mut self,
        site: &FnSite,
        args: &[Arg],
        line: u32,
    ) -> ER {
        self.line = line;
        let f = self.bind_site(site)?;
        match &f.body {
            FuncBody::User(code) if USER_IN_LINE => {
                self.call_user_at(f, code, site.plain_args, args, line)
            }
            FuncBody::User(code) => self.call_named_user(f, code, site.plain_args, args, line),
            FuncBody::Native(_) => self.call_native_site(f, site.plain_args, args, line),
        }
    }

    /// [`Vm::call_named`] for a user function.
    #[inline(never)]
    fn call_named_user(
        &mut self,
        f: &Rc<Function>,
        code: &UserCode,
        plain_args: bool,
        args: &[Arg],
        line: u32,
    ) -> ER {
        self.call_user_at(f, code, plain_args, args, line)
    }

    /// [`Vm::call_named`] for the compiled statements of this module: the user-function
    /// path in line, natives out of line.
    #[inline(never)]
    pub(crate) fn call_named_direct(&mut self, site: &FnSite, args: &[Arg], line: u32) -> ER {
        self.named_call::<true>(site, args, line)
    }

    /// A call of user function `f` with `args` at `line` (`plain_args`: all positional, none
    /// spread, as [`FnSite::plain_args`] says): the direct path when the shape allows, else
    /// [`Vm::enter_user`] or the general argument binding.
    #[inline(always)]
    fn call_user_at(
        &mut self,
        f: &Rc<Function>,
        code: &UserCode,
        plain_args: bool,
        args: &[Arg],
        line: u32,
    ) -> ER {
        if plain_args && code.plain_params && args.len() == f.params.len() {
            let base = self.eval_plain_args(args)?;
            self.line = line;
            return self.enter_plain(f, code, base, args.len(), None, None, None);
        }
        if let Some(r) = self.push_args(f, args) {
            let base = r?;
            self.line = line;
            return self.enter_user(CallTarget::function(f), base, args.len());
        }
        self.call_named_general(f, args, line)
    }

    /// [`Vm::call_named`] for the argument shapes `push_args` leaves to [`Vm::eval_args`].
    #[inline]
    fn call_named_general(&mut self, f: &Rc<Function>, args: &[Arg], line: u32) -> ER {
        let argv = self.eval_args(Some(f), args)?;
        self.line = line;
        if f.is_native() {
            let strict = self.strict;
            self.call_native(f, argv, None, strict)
        } else {
            self.call_user(&crate::calls::Callee::function(f.clone()), argv)
        }
    }

    /// `$f(args)` where local `$f` holds a `Closure` with plain parameters, passed one plain
    /// argument per parameter: the closure is called directly (no copy of the callee value,
    /// no [`Vm::enter_user`]); `None` (nothing evaluated) for any other shape.
    #[inline(never)]
    pub(crate) fn call_local_closure(
        &mut self,
        callee: &Expr,
        args: &[Arg],
        line: u32,
    ) -> Option<ER> {
        let ExprKind::Local(s) = callee.kind else {
            return None;
        };
        let o = match self.stack.get(self.base + s as usize) {
            Some(Value::Object(o)) => o.clone(),
            _ => return None,
        };
        let n = args.len();
        let (func, this, scope, has_captures) = o.with_native::<ClosureData, _>(|c| {
            let c = c?;
            match &c.func.body {
                FuncBody::User(u) if u.plain_params && c.func.params.len() == n => Some((
                    c.func.clone(),
                    c.this.clone(),
                    c.scope.clone(),
                    !c.captured.is_empty(),
                )),
                _ => None,
            }
        })?;
        let FuncBody::User(code) = &func.body else {
            return None;
        };
        self.line = line;
        let base = match self.push_exact_args(&func, code, args)? {
            Ok(b) => b,
            Err(u) => return Some(Err(u)),
        };
        self.line = line;
        let captures = if has_captures { Some(&o) } else { None };
        Some(self.enter_plain(&func, code, base, n, this, scope, captures))
    }

    /// Runs function `f` with plain parameters whose `nargs` arguments, one per parameter
    /// and none a reference, sit on the value stack at `base`, with `$this`, class scope and
    /// the captures of the `Closure` object `captures`: the short path of
    /// [`Vm::enter_user`] with its shape tests decided by the caller.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(crate) fn enter_plain(
        &mut self,
        f: &Rc<Function>,
        code: &UserCode,
        base: usize,
        nargs: usize,
        this: Option<ObjRef>,
        scope: Option<Rc<Class>>,
        captures: Option<&ObjRef>,
    ) -> ER {
        if self.objects.has_pending() {
            if let Err(u) = self.run_pending_destructors() {
                self.release_slots(base);
                return Err(u);
            }
        }
        guard_call!(self, base);
        if !self.pending_named.is_empty() {
            let t = CallTarget {
                func: f,
                this,
                static_class: scope.clone(),
                scope,
                captured: match captures {
                    Some(o) => Captures::Closure(o),
                    None => Captures::None,
                },
            };
            return self.enter_user(t, base, nargs);
        }
        let static_class = scope.clone();
        let caller = self.push_call(f, code, base, nargs, nargs, this, scope, static_class);
        if let Some(o) = captures {
            self.install_captures(&Captures::Closure(o));
        }
        // The result stays in `retval` until the frame is gone and is taken by its parts as
        // this function's last step, so a number is written once, straight where the caller
        // reads it: a `Result<Value, _>` held across the pop was built by parts in one local
        // and copied whole into another, which stalls store forwarding on every call.
        let done = match self.exec_block_inline(&code.body) {
            Ok(Ctl::Return) => {
                if f.ret.is_some() || matches!(self.retval, Value::Ref(_)) {
                    let v = std::mem::take(&mut self.retval);
                    self.finish_return_kept(f, v)
                } else {
                    self.clear_ref_return();
                    Ok(())
                }
            }
            Ok(_) => self.finish_return_kept(f, Value::Null),
            Err(e) => {
                self.clear_ref_return();
                Err(e)
            }
        };
        self.pop_call(base, caller);
        match done {
            Ok(()) if self.objects.has_pending() => {
                let v = self.take_retval();
                self.after_call_pending_value(v)
            }
            Ok(()) => Ok(self.take_retval()),
            Err(e) => self.after_call(Err(e)),
        }
    }

    /// [`Vm::finish_return`] whose result is left in `retval` (empty here: the body's
    /// value was taken from it).
    #[inline(never)]
    fn finish_return_kept(&mut self, f: &Rc<Function>, v: Value) -> Result<(), crate::vm::Unwind> {
        let v = self.finish_return(f, v)?;
        self.retval = v;
        Ok(())
    }

    /// The destructors of objects a call freed, run before its value `v` is returned (an
    /// exception from one replaces it).
    #[cold]
    #[inline(never)]
    fn after_call_pending_value(&mut self, v: Value) -> ER {
        self.after_call(Ok(v))
    }

    /// Forgets a reference a callee returned (`function &f()`), skipping the drop glue when
    /// there is none.
    #[inline(always)]
    fn clear_ref_return(&mut self) {
        if self.ref_return.is_some() {
            self.ref_return = None;
        }
    }

    /// Evaluates `e`; a call `$f(…)` of a closure held in a local is made directly
    /// ([`Vm::call_local_closure`], no trip through [`Vm::eval`]).
    #[inline(always)]
    pub(crate) fn eval_call(&mut self, e: &Expr) -> ER {
        if let ExprKind::CallExpr(callee, args) = &e.kind {
            if let Some(r) = self.call_local_closure(callee, args, e.line) {
                return r;
            }
        }
        self.eval(e)
    }

    /// Evaluates `e`, a named call directly.
    #[inline(always)]
    fn eval_direct(&mut self, e: &Expr) -> ER {
        match &e.kind {
            ExprKind::Call(site, args) => self.call_named_direct(site, args, e.line),
            _ => self.operand(e),
        }
    }

    /// Takes the return value a `return` stored. A number is read by its parts, as it was
    /// just written: reloading those two stores as one 16-byte value would stall store
    /// forwarding on every call.
    #[inline(always)]
    pub(crate) fn take_retval(&mut self) -> Value {
        let v = match self.retval {
            Value::Int(i) => Value::Int(i),
            Value::Float(f) => Value::Float(f),
            Value::Bool(b) => Value::Bool(b),
            _ => return std::mem::take(&mut self.retval),
        };
        // A scalar: nothing to drop.
        std::mem::forget(std::mem::replace(&mut self.retval, Value::Null));
        v
    }

    /// Stores a return value (the slot is normally empty: each call takes it).
    #[inline(always)]
    fn set_retval(&mut self, v: Value) -> SR {
        if matches!(
            self.retval,
            Value::Undef | Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        ) {
            // A scalar: nothing to drop.
            std::mem::forget(std::mem::replace(&mut self.retval, v));
        } else {
            crate::value::discard(std::mem::replace(&mut self.retval, v));
        }
        Ok(Ctl::Return)
    }
}

/// Compiles `return <expr>;` into a [`StmtKind::Flow`] closure (see the module docs); other
/// statements are returned unchanged.
pub fn specialise_return(s: Stmt) -> Stmt {
    let line = s.line;
    let e = match s.kind {
        StmtKind::Return(e) => e,
        StmtKind::Expr(e) => return specialise_call_assign(e, line),
        kind => return Stmt { kind, line },
    };
    let f: Box<dyn Fn(&mut Vm) -> SR> = match e {
        None => Box::new(|vm: &mut Vm| vm.set_retval(Value::Null)),
        Some(e) => {
            let eline = e.line;
            match e.kind {
                ExprKind::Bin(op, l, r)
                    if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul)
                        && (is_named_call(&l) || is_named_call(&r)) =>
                {
                    match op {
                        BinOp::Add => return_arith(l, r, eline, op, i64::checked_add),
                        BinOp::Sub => return_arith(l, r, eline, op, i64::checked_sub),
                        _ => return_arith(l, r, eline, op, i64::checked_mul),
                    }
                }
                ExprKind::CmpOp(n) => {
                    let e = Expr {
                        kind: ExprKind::CmpOp(n),
                        line: eline,
                    };
                    Box::new(move |vm: &mut Vm| {
                        let fast = match &e.kind {
                            ExprKind::CmpOp(n) => (n.f)(vm),
                            _ => None,
                        };
                        let v = match fast {
                            Some(t) => Value::Bool(t),
                            None => vm.eval(&e)?,
                        };
                        vm.set_retval(v)
                    })
                }
                ExprKind::Bin(BinOp::Spaceship, l, r) => {
                    let e = Expr {
                        kind: ExprKind::Bin(BinOp::Spaceship, l, r),
                        line: eline,
                    };
                    Box::new(move |vm: &mut Vm| {
                        // Side-effect-free reads: the general path redoes them when they fail.
                        let fast = match &e.kind {
                            ExprKind::Bin(_, l, r) => match (vm.num_leaf(l), vm.num_leaf(r)) {
                                (Some(x), Some(y)) => crate::fast::binary(BinOp::Spaceship, x, y),
                                _ => None,
                            },
                            _ => None,
                        };
                        let v = match fast {
                            Some(v) => v,
                            None => vm.eval(&e)?,
                        };
                        vm.set_retval(v)
                    })
                }
                ExprKind::Call(site, args) => Box::new(move |vm: &mut Vm| {
                    let v = vm.call_named_direct(&site, &args, eline)?;
                    vm.set_retval(v)
                }),
                ExprKind::Local(s) => {
                    let e = Expr {
                        kind: ExprKind::Local(s),
                        line: eline,
                    };
                    Box::new(move |vm: &mut Vm| {
                        // Each arm stores its own value (a number by its parts).
                        match vm.stack.get(vm.base + s as usize) {
                            Some(&Value::Int(i)) => vm.set_retval(Value::Int(i)),
                            Some(&Value::Float(f)) => vm.set_retval(Value::Float(f)),
                            _ => {
                                let v = vm.eval(&e)?;
                                vm.set_retval(v)
                            }
                        }
                    })
                }
                kind @ ExprKind::CallExpr(..) => {
                    let e = Expr { kind, line: eline };
                    Box::new(move |vm: &mut Vm| {
                        // A number is read and stored by its parts.
                        let r = vm.eval_call(&e);
                        let Some(n) = num_of(&r) else {
                            let v = r?;
                            return vm.set_retval(v);
                        };
                        // A number: nothing to drop.
                        std::mem::forget(r);
                        match n {
                            N::I(i) => vm.set_retval(Value::Int(i)),
                            N::F(f) => vm.set_retval(Value::Float(f)),
                        }
                    })
                }
                kind => {
                    let e = Expr { kind, line: eline };
                    Box::new(move |vm: &mut Vm| {
                        let v = vm.operand(&e)?;
                        vm.set_retval(v)
                    })
                }
            }
        }
    };
    Stmt {
        kind: StmtKind::Flow(Flow(f)),
        line,
    }
}

/// The closure of `return l op r;` (`+`, `-` or `*`, `int_op` its checked int form) with a
/// named call as an operand: two ints that do not overflow are combined in place, anything
/// else goes through [`Vm::binop`].
fn return_arith(
    l: Box<Expr>,
    r: Box<Expr>,
    eline: u32,
    op: BinOp,
    int_op: impl Fn(i64, i64) -> Option<i64> + 'static,
) -> Box<dyn Fn(&mut Vm) -> SR> {
    Box::new(move |vm: &mut Vm| {
        // Each result is read by its parts where the call wrote it (an int is kept as a
        // number): moved whole into a local, its two stores were reloaded as one 16-byte
        // value, which stalls store forwarding.
        let ra = vm.eval_direct(&l);
        let Ok(Value::Int(x)) = ra else {
            return match ra {
                Ok(a) => return_arith_rest(vm, op, eline, a, &r),
                Err(u) => Err(u),
            };
        };
        // An int: nothing to drop.
        std::mem::forget(ra);
        let rb = vm.eval_direct(&r);
        let Ok(Value::Int(y)) = rb else {
            return match rb {
                Ok(b) => return_binop(vm, op, eline, Value::Int(x), b),
                Err(u) => Err(u),
            };
        };
        std::mem::forget(rb);
        match int_op(x, y) {
            Some(n) => vm.set_retval(Value::Int(n)),
            None => return_binop(vm, op, eline, Value::Int(x), Value::Int(y)),
        }
    })
}

/// [`return_arith`] once its left operand gave `a`, not an int: the right one, then the
/// general operator.
#[inline(never)]
fn return_arith_rest(vm: &mut Vm, op: BinOp, eline: u32, a: Value, r: &Expr) -> SR {
    let b = vm.eval_direct(r)?;
    return_binop(vm, op, eline, a, b)
}

/// `return a op b;` through the general operator (any types, overflow to float).
#[inline(never)]
fn return_binop(vm: &mut Vm, op: BinOp, eline: u32, a: Value, b: Value) -> SR {
    vm.line = eline;
    let v = vm.binop(op, &a, &b)?;
    vm.set_retval(v)
}

/// Compiles the expression statements `$x = $f(…);` and `$a[] = $f(…);` (a local or an
/// appended element of a local, assigned the result of calling a closure held in a local)
/// into [`StmtKind::Flow`] closures that make the call through [`Vm::eval_call`] and store
/// its result as the general statement would; other statements are returned unchanged.
fn specialise_call_assign(e: Expr, line: u32) -> Stmt {
    let shape = match &e.kind {
        ExprKind::Assign(p, v) if is_local_closure_call(v) => match &**p {
            Place::Local(s) => Some(Some(*s)),
            Place::Index(b, None) if matches!(**b, Place::Local(_)) => Some(None),
            _ => None,
        },
        _ => None,
    };
    let f: Box<dyn Fn(&mut Vm) -> SR> = match shape {
        Some(Some(s)) => Box::new(move |vm: &mut Vm| {
            let ExprKind::Assign(_, v) = &e.kind else {
                unreachable!("shape checked at compile time")
            };
            let r = vm.eval_call(v);
            // As `exec_inner` stores `$x = expr;`: through a reference, else replacing (a
            // number read and stored by its parts).
            if let Some(n) = num_of(&r) {
                // A number: nothing to drop.
                std::mem::forget(r);
                crate::interp::assign_slot_num(&mut vm.stack[vm.base + s as usize], n);
                return Ok(Ctl::Next);
            }
            let v = r?;
            match &mut vm.stack[vm.base + s as usize] {
                Value::Ref(r) => r.set(v),
                slot => *slot = v,
            }
            Ok(Ctl::Next)
        }),
        Some(None) => Box::new(move |vm: &mut Vm| {
            let ExprKind::Assign(p, v) = &e.kind else {
                unreachable!("shape checked at compile time")
            };
            let Place::Index(b, None) = &**p else {
                unreachable!("shape checked at compile time")
            };
            let Place::Local(s) = **b else {
                unreachable!("shape checked at compile time")
            };
            let i = vm.base + s as usize;
            if !matches!(vm.stack.get(i), Some(Value::Array(_))) {
                crate::value::discard(vm.assign_expr(p, v, e.line)?);
                return Ok(Ctl::Next);
            }
            // As `Vm::assign_index_fast` appends: the value first, then the local (which the
            // call may have changed) is looked at again.
            let v = vm.eval_call(v)?;
            vm.line = e.line;
            match vm.stack.get_mut(vm.base + s as usize) {
                Some(Value::Array(a)) => {
                    let a = Rc::make_mut(a);
                    match a.push(v) {
                        Ok(()) => {
                            let len = a.len();
                            vm.check_array_growth(len)?;
                        }
                        Err(_) => return Err(vm.next_elem_err()),
                    }
                }
                _ => crate::value::discard(vm.assign_place(p, v)?),
            }
            Ok(Ctl::Next)
        }),
        None => {
            return Stmt {
                kind: StmtKind::Expr(e),
                line,
            }
        }
    };
    Stmt {
        kind: StmtKind::Flow(Flow(f)),
        line,
    }
}

/// Whether `e` is `$f(…)` with `$f` a local.
fn is_local_closure_call(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::CallExpr(c, _) if matches!(c.kind, ExprKind::Local(_)))
}

/// Whether `e` is a call of a function by name.
fn is_named_call(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Call(..))
}
