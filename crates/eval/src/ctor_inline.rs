//! Constructors run without a call frame.
//!
//! A constructor whose body only copies its parameters into declared properties
//! (`$this->p = $param;` statements, what promoted parameters compile to; an empty body too)
//! gets a per-class [`CtorPlan`]: the property slot and parameter of each statement, found
//! once through the statements' own member memos (so visibility, private shadowing and the
//! declaring class's scope were checked by the ordinary path first). `new` then stores the
//! arguments straight into the slots when each matches its parameter's and property's type
//! exactly and no call check would fire; otherwise the constructor runs as a call.

use crate::ir::{Expr, ExprKind, Member, Place, StmtKind};
use crate::object::{Class, Method, ObjRef};
use crate::value::Value;
use crate::vm::{Unwind, Vm};
use std::rc::Rc;

/// What the inline constructor of a class does ([`Class::ctor_plan`]).
#[derive(Debug)]
pub struct CtorPlan {
    /// `(property slot, parameter)` of each statement, in order.
    stores: Box<[(u32, u32)]>,
    /// Number of parameters (the call must pass exactly these).
    nparams: usize,
    /// Some parameter is stored more than once (copied rather than moved).
    shared: bool,
    /// Some parameter or target property has a declared type (checked on every `new`).
    typed: bool,
}

/// Builds the plan of `cls`'s constructor `ctor`: `None` while a statement's member memo
/// has not resolved its property for this class yet (the ordinary path fills it), `Some(None)`
/// when the constructor can never run inline.
fn build_plan(cls: &Rc<Class>, ctor: &Method) -> Option<Option<Box<CtorPlan>>> {
    let f = &ctor.func;
    let code = match &f.body {
        crate::func::FuncBody::User(c) => c,
        crate::func::FuncBody::Native(_) => return Some(None),
    };
    let n = f.params.len();
    if code.nslots as usize != n
        || code.is_generator
        || f.params.iter().any(|p| p.by_ref || p.variadic)
    {
        return Some(None);
    }
    let mut typed = f.params.iter().any(|p| p.ty.is_some());
    // The call's scope would be the declaring class (a dead `Weak` matches no entry).
    let scope = ctor.declaring.as_ptr();
    let mut stores = Vec::with_capacity(code.body.len());
    let (mut used, mut shared) = (vec![false; n], false);
    for s in &code.body {
        let (cache, arg) = match &s.kind {
            StmtKind::Expr(Expr {
                kind: ExprKind::Assign(p, rhs),
                ..
            }) => match (&**p, &rhs.kind) {
                (Place::Prop(t, Member::Name(_, cache)), ExprKind::Local(a))
                    if matches!(t.kind, ExprKind::This) && (*a as usize) < n =>
                {
                    (cache, *a)
                }
                _ => return Some(None),
            },
            _ => return Some(None),
        };
        let slot = cache.slot_at(cls, scope)?;
        let info = cls.props.get(slot as usize)?;
        if info.readonly {
            return Some(None);
        }
        typed |= info.ty.is_some();
        shared |= std::mem::replace(&mut used[arg as usize], true);
        stores.push((slot, arg));
    }
    Some(Some(Box::new(CtorPlan {
        stores: stores.into_boxed_slice(),
        nparams: n,
        shared,
        typed,
    })))
}

impl Vm {
    /// `new C(args)` with `C`'s constructor `ctor` and its `nargs` arguments on the value
    /// stack at `base`: performs the constructor's stores into the fresh object `o` without
    /// a call frame when its plan allows (see the module docs). `None` (nothing done, the
    /// arguments still on the stack) when the call must run the ordinary way: another body,
    /// an argument count or a value whose type needs coercion or an error, a memo not
    /// resolved yet, pending destructors, or any of the checks a call makes firing
    /// (recursion depth, machine stack, interrupt). Nothing such a body does can fail or be
    /// observed inside the call, so the outcome is the call's.
    pub(crate) fn construct_inline(
        &mut self,
        o: &ObjRef,
        ctor: &Method,
        base: usize,
        nargs: usize,
    ) -> Option<Result<(), Unwind>> {
        let cls = o.class();
        let plan = match cls.ctor_plan.get() {
            Some(p) => p.as_deref()?,
            None => {
                let p = build_plan(cls, ctor)?;
                cls.ctor_plan.get_or_init(|| p).as_deref()?
            }
        };
        if nargs != plan.nparams
            || self.depth >= self.max_depth
            || self.objects.has_pending()
            || !self.pending_named.is_empty()
            || self.interrupt.is_pending()
            || crate::stack_guard::nearly_full()
        {
            return None;
        }
        let args = self.stack.get(base..base + nargs)?;
        if plan.typed {
            if !typed_args_fit(plan, cls, ctor, args) {
                return None;
            }
        } else if args
            .iter()
            .any(|v| matches!(v, Value::Ref(_) | Value::Undef))
        {
            return None;
        }
        {
            let mut props = o.obj().props.try_borrow_mut().ok()?;
            if props.len() != cls.props.len() {
                return None;
            }
            let args = &mut self.stack[base..base + nargs];
            for &(slot, arg) in plan.stores.iter() {
                let a = &mut args[arg as usize];
                let v = if plan.shared {
                    a.clone()
                } else {
                    std::mem::take(a)
                };
                crate::value::discard(std::mem::replace(&mut props[slot as usize], v));
            }
        }
        // What is left of the arguments is released in order, as a call's slots are when
        // it returns.
        for v in &mut self.stack[base..] {
            if crate::object::owns_memory(v) {
                crate::value::discard(std::mem::take(v));
            }
        }
        while self.stack.len() > base {
            if let Some(v) = self.stack.pop() {
                // A scalar (or `Undef`) now: nothing to drop.
                std::mem::forget(v);
            }
        }
        if self.objects.has_pending() {
            return Some(self.run_pending_destructors());
        }
        Some(Ok(()))
    }
}

/// The arguments of a planned constructor call with declared types: every argument a plain
/// value of its parameter's type, every stored one also of its property's type.
fn typed_args_fit(plan: &CtorPlan, cls: &Class, ctor: &Method, args: &[Value]) -> bool {
    for (p, v) in ctor.func.params.iter().zip(args) {
        if matches!(v, Value::Ref(_) | Value::Undef) {
            return false;
        }
        if let Some(t) = &p.ty {
            if !crate::types::fast_accepts(v, t) {
                return false;
            }
        }
    }
    plan.stores.iter().all(|&(slot, arg)| {
        match (cls.props.get(slot as usize), args.get(arg as usize)) {
            (Some(info), Some(v)) => info
                .ty
                .as_ref()
                .is_none_or(|t| crate::types::fast_accepts(v, t)),
            _ => false,
        }
    })
}
