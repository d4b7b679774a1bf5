//! Named calls of native functions (`substr($s, 3)`, `socket_read($sock, 8192)`): when every
//! argument is positional and the function takes none by reference, the arguments are
//! evaluated straight into the pooled list the call shares with its trace entry, with no
//! named-argument bookkeeping and no by-reference lookups per argument; other shapes go
//! through [`Vm::eval_args`].

use crate::func::{FuncBody, Function};
use crate::ir::{Arg, Expr, ExprKind};
use crate::value::Value;
use crate::vm::{copy_default, Unwind, Vm};
use std::rc::Rc;

impl Vm {
    /// `f(args)` at `line` for a native function `f` (`plain_args`: every argument is
    /// positional and none is spread, as [`crate::ir::FnSite::plain_args`] says).
    #[inline(never)]
    pub(crate) fn call_native_site(
        &mut self,
        f: &Rc<Function>,
        plain_args: bool,
        args: &[Arg],
        line: u32,
    ) -> Result<Value, Unwind> {
        let imp = match f.body {
            FuncBody::Native(imp) if f.traits.by_value && plain_args => imp,
            _ => return self.call_native_general(f, args, line),
        };
        // Room for the defaults the call appends for parameters not passed.
        let mut shared = self.spare_shared(args.len().max(f.params.len()));
        let argv = crate::vm::unique_args(&mut shared);
        // Whether every argument so far already has its parameter's type, so that the call
        // can go straight in ([`Vm::call_native_direct`]): nothing to check or convert.
        let mut typed = f.traits.direct && args.len() <= f.params.len();
        for (i, a) in args.iter().enumerate() {
            if let Err(u) = self.push_native_arg(&a.expr, argv) {
                self.recycle_shared(shared);
                return Err(u);
            }
            if typed {
                // Read back from the list: the value was built in place there, so the
                // check reads what was just stored rather than a copy in flight.
                let v = argv.last().unwrap_or(&Value::Null);
                typed = f.params.get(i).is_some_and(|p| {
                    p.ty.as_ref()
                        .is_none_or(|t| crate::types::fast_accepts(v, t))
                });
            }
        }
        self.line = line;
        let passed = argv.len();
        if typed && passed >= f.required && !self.unmarked_native && !self.objects.has_pending() {
            if passed < f.params.len() {
                match &f.defaults {
                    Some(d) => {
                        for v in d.get(passed..).unwrap_or_default() {
                            crate::in_place::push_with(argv, || copy_default(v));
                        }
                    }
                    None => self.push_native_defaults(f, argv),
                }
            }
            return self.call_native_direct(f, imp, shared, passed);
        }
        let strict = self.strict;
        self.call_native_shared(f, imp, shared, None, strict)
    }

    /// Appends the value of a by-value argument to `argv`: a variable or literal copied
    /// straight from where it is (ints, strings and objects in locals without the general
    /// copy's dispatch), anything else evaluated. Each value is built in its slot of the
    /// list, not moved there ([`crate::in_place`]).
    #[inline(always)]
    fn push_native_arg(&mut self, e: &Expr, argv: &mut Vec<Value>) -> Result<(), Unwind> {
        match &e.kind {
            ExprKind::Local(s) => match self.stack.get(self.base + *s as usize) {
                Some(Value::Int(n)) => {
                    crate::in_place::push_with(argv, || Value::Int(*n));
                    return Ok(());
                }
                Some(Value::Str(x)) => {
                    crate::in_place::push_with(argv, || Value::Str(x.clone()));
                    return Ok(());
                }
                Some(Value::Object(o)) => {
                    crate::in_place::push_with(argv, || Value::Object(o.clone()));
                    return Ok(());
                }
                _ => {}
            },
            ExprKind::Lit(Value::Int(n)) => {
                crate::in_place::push_with(argv, || Value::Int(*n));
                return Ok(());
            }
            _ => {}
        }
        let v = match self.pure_leaf(e) {
            Some(v) => v.deref(),
            None => self.eval(e)?,
        };
        argv.push(v);
        Ok(())
    }

    /// [`Vm::call_native_site`] for the shapes [`Vm::eval_args`] handles: spread, named
    /// or by-reference arguments.
    #[inline(never)]
    fn call_native_general(
        &mut self,
        f: &Rc<Function>,
        args: &[Arg],
        line: u32,
    ) -> Result<Value, Unwind> {
        let argv = self.eval_args(Some(f), args)?;
        self.line = line;
        let strict = self.strict;
        self.call_native(f, argv, None, strict)
    }
}
