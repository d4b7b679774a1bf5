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
            let v = match self.native_arg(&a.expr) {
                Ok(v) => v,
                Err(u) => {
                    self.recycle_shared(shared);
                    return Err(u);
                }
            };
            if typed {
                typed = f.params.get(i).is_some_and(|p| {
                    p.ty.as_ref()
                        .is_none_or(|t| crate::types::fast_accepts(&v, t))
                });
            }
            argv.push(v);
        }
        self.line = line;
        let passed = argv.len();
        if typed && passed >= f.required && !self.unmarked_native && !self.objects.has_pending() {
            if passed < f.params.len() {
                match &f.defaults {
                    Some(d) => {
                        argv.extend(d.get(passed..).unwrap_or_default().iter().map(copy_default))
                    }
                    None => self.push_native_defaults(f, argv),
                }
            }
            return self.call_native_direct(f, imp, shared, passed);
        }
        let strict = self.strict;
        self.call_native_shared(f, imp, shared, None, strict)
    }

    /// The value of a by-value argument: a variable or literal copied straight from where it
    /// is (ints, strings and objects in locals without the general copy's dispatch),
    /// anything else evaluated.
    #[inline(always)]
    fn native_arg(&mut self, e: &Expr) -> Result<Value, Unwind> {
        match &e.kind {
            ExprKind::Local(s) => match self.stack.get(self.base + *s as usize) {
                Some(Value::Int(n)) => return Ok(Value::Int(*n)),
                Some(Value::Str(x)) => return Ok(Value::Str(x.clone())),
                Some(Value::Object(o)) => return Ok(Value::Object(o.clone())),
                _ => {}
            },
            ExprKind::Lit(Value::Int(n)) => return Ok(Value::Int(*n)),
            _ => {}
        }
        match self.pure_leaf(e) {
            Some(v) => Ok(v.deref()),
            None => self.eval(e),
        }
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
