//! The direct path of method calls `$o->m(args)` answered by the call site's memo.
//!
//! A user method whose parameters are all by value and not variadic (typed or not), and
//! which is no generator ([`is_direct`]), called with one plain positional argument per
//! parameter, runs through [`Vm::enter_method`]: the arguments are evaluated onto the value
//! stack (a local is copied from its slot without `eval`), each typed parameter's argument is
//! checked with the exact-match pre-check ([`crate::types::fast_accepts`]), and the frame is
//! pushed, the body run and the frame popped in one function, as [`Vm::enter_plain`] does
//! for plain functions, with the object's class as the late static binding class. Every
//! check of the general path still happens in the same order: pending destructors before
//! and after the call, recursion depth, machine stack and interrupts, return types, the
//! frame for traces and `func_get_args`. An argument that would need coercion or a type
//! error, and named arguments waiting for a variadic, go to [`Vm::enter_user`] unchanged.

use crate::func::{FuncBody, Function};
use crate::interp::guard_call;
use crate::interp::{CallTarget, Captures, Ctl, ER};
use crate::ir::{Arg, ExprKind, MethodHit};
use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::{Unwind, Vm};

/// Whether calls of `f` may take the direct path: a user function, no generator, every
/// parameter by value and not variadic.
pub fn is_direct(f: &Function) -> bool {
    match &f.body {
        FuncBody::User(code) => {
            !code.is_generator && f.params.iter().all(|p| !p.by_ref && !p.variadic)
        }
        FuncBody::Native(_) => false,
    }
}

impl Vm {
    /// Evaluates plain positional arguments onto the value stack: `None` (nothing evaluated)
    /// when one is spread or named; else the base of the arguments on the stack. A local
    /// holding a plain value is copied from its slot; references are dereferenced.
    #[inline(always)]
    pub(crate) fn push_method_args(&mut self, args: &[Arg]) -> Option<Result<usize, Unwind>> {
        if args.iter().any(|a| a.spread || a.name.is_some()) {
            return None;
        }
        let base = self.stack.len();
        for a in args {
            if let ExprKind::Local(s) = a.expr.kind {
                match self.stack.get(self.base + s as usize) {
                    Some(Value::Undef | Value::Ref(_)) | None => {}
                    Some(v) => {
                        let v = v.clone();
                        self.stack.push(v);
                        continue;
                    }
                }
            }
            let v = match self.num(&a.expr) {
                Some(n) => n.value(),
                None => match self.eval(&a.expr) {
                    Ok(Value::Ref(r)) => r.get(),
                    Ok(v) => v,
                    Err(u) => {
                        self.stack.truncate(base);
                        return Some(Err(u));
                    }
                },
            };
            self.stack.push(v);
        }
        Some(Ok(base))
    }

    /// Runs the method of `hit` (a direct one, see [`is_direct`]) on `o` with its arguments,
    /// one per parameter, on the value stack at `base` (see the module docs).
    #[inline(never)]
    pub(crate) fn enter_method(&mut self, hit: MethodHit, o: ObjRef, base: usize) -> ER {
        let MethodHit {
            func: f,
            is_static,
            scope,
            ..
        } = hit;
        let FuncBody::User(code) = &f.body else {
            return self.enter_method_general(&f, o, is_static, scope, base);
        };
        let nargs = f.params.len();
        if !code.plain_params {
            let args = &self.stack[base..];
            let fit = f.params.iter().zip(args).all(|(p, v)| {
                p.ty.as_ref()
                    .is_none_or(|t| crate::types::fast_accepts(v, t))
            });
            if !fit {
                return self.enter_method_general(&f, o, is_static, scope, base);
            }
        }
        if !self.pending_named.is_empty() {
            return self.enter_method_general(&f, o, is_static, scope, base);
        }
        if self.objects.has_pending() {
            if let Err(u) = self.run_pending_destructors() {
                self.release_slots(base);
                return Err(u);
            }
        }
        guard_call!(self, base);
        let static_class = Some(o.class().clone());
        let this = if is_static { None } else { Some(o) };
        let caller = self.push_call(&f, code, base, nargs, nargs, this, scope, static_class);
        // A returned value of exactly the declared type (or `void`, or no declared type)
        // stays in `retval` until the frame is gone, then is taken straight into the result
        // (no copy kept across `pop_call`).
        let r = match self.exec_block_inline(&code.body) {
            Ok(Ctl::Return) if returns_fit(&f, &self.retval) => Ret::Retval,
            Ok(Ctl::Return) => {
                let v = self.take_retval();
                Ret::Done(self.finish_return(&f, v))
            }
            Ok(_) if returns_fit(&f, &Value::Null) => Ret::Null,
            Ok(_) => Ret::Done(self.finish_return(&f, Value::Null)),
            Err(e) => {
                if self.ref_return.is_some() {
                    self.ref_return = None;
                }
                Ret::Done(Err(e))
            }
        };
        self.release_shared_objects(base);
        self.pop_call(base, caller);
        let r = match r {
            Ret::Retval => {
                if self.ref_return.is_some() {
                    self.ref_return = None;
                }
                Ok(self.take_retval())
            }
            Ret::Null => {
                if self.ref_return.is_some() {
                    self.ref_return = None;
                }
                Ok(Value::Null)
            }
            Ret::Done(r) => r,
        };
        self.after_call(r)
    }

    /// Before a method's frame is popped: drops the handles in its slots of objects also
    /// held elsewhere (`Vec2 $o` passed a caller's local), which frees nothing, so that
    /// `pop_call` finds only scalars in the common case and releases them in line.
    #[inline(always)]
    fn release_shared_objects(&mut self, base: usize) {
        if let Some(slots) = self.stack.get_mut(base..) {
            for v in slots {
                if matches!(v, Value::Object(o) if o.strong_count() > 1) {
                    if let Value::Object(o) = std::mem::replace(v, Value::Undef) {
                        // Not the last handle: a decrement.
                        drop(o);
                    }
                }
            }
        }
    }

    /// [`Vm::enter_method`] through [`Vm::enter_user`]: arguments needing coercion or a
    /// type error, named arguments pending.
    #[cold]
    #[inline(never)]
    fn enter_method_general(
        &mut self,
        f: &std::rc::Rc<Function>,
        o: ObjRef,
        is_static: bool,
        scope: Option<std::rc::Rc<crate::object::Class>>,
        base: usize,
    ) -> ER {
        let static_class = Some(o.class().clone());
        let t = CallTarget {
            func: f,
            this: if is_static { None } else { Some(o) },
            scope,
            static_class,
            captured: Captures::None,
        };
        let nargs = self.stack.len() - base;
        self.enter_user(t, base, nargs)
    }
}

/// How [`Vm::enter_method`]'s body ended.
enum Ret {
    /// With a value `retval` holds, given as it is.
    Retval,
    /// Without `return`, giving `null` as it is.
    Null,
    /// The call's result, worked out while the frame was still there.
    Done(ER),
}

/// Whether `v`, returned by `f`'s body, is what the call gives as it is: a plain value of
/// exactly the declared return type (or `null` for `void`), or any plain value when none
/// is declared ([`Vm::finish_return`] is needed otherwise).
#[inline(always)]
fn returns_fit(f: &Function, v: &Value) -> bool {
    match (&f.ret, v) {
        (_, Value::Ref(_)) => false,
        (None, _) => true,
        (Some(t), Value::Null) if t.bits & crate::types::bits::VOID != 0 => true,
        (Some(t), v) => crate::types::fast_accepts(v, t),
    }
}
