//! Expression evaluation.

use crate::array::{Key, PhpArray};
use crate::calls::ClosureData;
use crate::diag::{E_DEPRECATED, E_WARNING};
use crate::interp::{CallTarget, Captures, ER};
use crate::ir::*;
use crate::object::{ClassKind, ObjRef};
use crate::ops;
use crate::string::PhpStr;
use crate::value::{PhpRef, Value};
use crate::vm::{Unwind, Vm};
use phpsock_syntax::ast::{BinOp, CastKind, UnaryOp};
use std::rc::Rc;

impl Vm {
    /// Evaluates an expression to a plain value.
    #[inline(always)]
    pub fn eval(&mut self, e: &Expr) -> ER {
        if let ExprKind::NumOp(n) = &e.kind {
            if let Some(v) = (n.f)(self).get() {
                return Ok(v.value());
            }
        }
        self.eval_node(e)
    }

    /// [`Vm::eval`] by node kind.
    fn eval_node(&mut self, e: &Expr) -> ER {
        match &e.kind {
            ExprKind::Lit(v) => Ok(v.clone()),
            ExprKind::Local(s) => {
                let v = &self.stack[self.base + *s as usize];
                match v {
                    Value::Int(i) => Ok(Value::Int(*i)),
                    Value::Float(f) => Ok(Value::Float(*f)),
                    Value::Undef => {
                        self.line = e.line;
                        let n = self.slot_name(*s);
                        self.raise(E_WARNING, &format!("Undefined variable ${}", n))?;
                        Ok(Value::Null)
                    }
                    Value::Ref(r) => Ok(r.get()),
                    v => Ok(v.clone()),
                }
            }
            ExprKind::Bin(op, l, r) => {
                let na = self.num_leaf(l);
                if let Some(x) = na {
                    if let Some(y) = self.num_leaf(r) {
                        if let Some(v) = crate::fast::binary(*op, x, y) {
                            return Ok(v);
                        }
                    }
                }
                let a = match na {
                    Some(n) => n.value(),
                    None => self.eval_call(l)?,
                };
                let b = self.operand(r)?;
                let fast = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => ops::int_fast(*op, *x, *y),
                    (Value::Float(x), Value::Float(y)) => ops::float_fast(*op, *x, *y, false),
                    (Value::Int(x), Value::Float(y)) => ops::float_fast(*op, *x as f64, *y, true),
                    (Value::Float(x), Value::Int(y)) => ops::float_fast(*op, *x, *y as f64, true),
                    _ => None,
                };
                if let Some(v) = fast {
                    // Both operands are numbers: nothing to drop.
                    std::mem::forget(a);
                    std::mem::forget(b);
                    return Ok(v);
                }
                self.line = e.line;
                if *op == BinOp::Concat {
                    // The left operand is a temporary: append to it in place when unshared.
                    return self.concat_into(a, &b);
                }
                self.binop(*op, &a, &b)
            }
            ExprKind::This => match self.frames.last().and_then(|f| f.this.clone()) {
                Some(o) => Ok(Value::Object(o)),
                None => {
                    self.line = e.line;
                    Err(self.throw_error("Error", "Using $this when not in object context".into()))
                }
            },
            ExprKind::VarVar(n) => {
                let name = self.eval(n)?;
                let name = self.to_str(&name)?;
                self.line = e.line;
                match self.var_by_name(&name) {
                    Some(v) if !v.is_undef() => Ok(v.deref()),
                    _ => {
                        self.raise(E_WARNING, &format!("Undefined variable ${}", name))?;
                        Ok(Value::Null)
                    }
                }
            }
            ExprKind::Globals => {
                let mut a = PhpArray::new();
                let n = self.global_slot_names.len().min(self.stack.len());
                for i in 0..n {
                    if !self.stack[i].is_undef() {
                        a.insert(
                            Key::from_phpstr(self.global_slot_names[i].clone()),
                            self.stack[i].deref(),
                        );
                    }
                }
                for (k, v) in &self.extra_globals {
                    if !v.is_undef() {
                        a.insert(Key::from_phpstr(k.clone()), v.deref());
                    }
                }
                Ok(Value::from(a))
            }
            ExprKind::Interp(parts) => {
                let mut out: Vec<u8> = Vec::with_capacity(interp_size_hint(parts));
                for p in parts {
                    let v = self.eval(p)?;
                    match &v {
                        Value::Str(s) => out.extend_from_slice(s),
                        Value::Int(i) => {
                            out.extend_from_slice(crate::interp::itoa_buf(*i).as_bytes())
                        }
                        _ => {
                            self.line = p.line;
                            let s = self.to_str(&v)?;
                            out.extend_from_slice(&s);
                        }
                    }
                }
                Ok(Value::Str(PhpStr::from_vec(out)))
            }
            ExprKind::Array(items) => self.eval_array(items),
            ExprKind::ArrayLit(n) => Ok(Value::Array(Rc::new(n.build(self)?))),
            ExprKind::Index(base, idx) => {
                if let ExprKind::Local(s) = base.kind {
                    if !matches!(idx.kind, ExprKind::Local(_) | ExprKind::Lit(_)) {
                        return self.read_local_index(s, base, idx, e.line);
                    }
                }
                match self.peek(e) {
                    Some(Value::Undef) | Some(Value::Ref(_)) | None => {}
                    Some(v) => return Ok(v.clone()),
                }
                let b = self.eval(base)?;
                let k = self.eval(idx)?;
                self.line = e.line;
                self.read_index(&b, &k, false)
            }
            ExprKind::Prop(obj, name, nullsafe) => {
                if let Some(v) = self.prop_fast(obj, name) {
                    return Ok(v);
                }
                let o = self.eval(obj)?;
                if *nullsafe && o.is_null() {
                    return Ok(Value::Null);
                }
                let n = self.member_name(name)?;
                self.line = e.line;
                self.read_prop(&o, &n, false)
            }
            ExprKind::StaticProp(c, name) => {
                self.line = e.line;
                let cls = self.class_ref(c)?;
                let n = self.member_name(name)?;
                let r = self.static_prop_ref(&cls, &n)?;
                Ok(r.get())
            }
            ExprKind::ClassConst(c, name) => {
                self.line = e.line;
                let cls = self.class_ref(c)?;
                let n = self.member_name(name)?;
                self.class_constant(&cls, &n)
            }
            ExprKind::ClassName(c) => {
                self.line = e.line;
                if let ClassRef::Dyn(x) = c {
                    let v = self.eval(x)?;
                    return match v {
                        Value::Object(o) => Ok(Value::Str(o.class().full_name.clone())),
                        other => Err(self.throw_error(
                            "TypeError",
                            format!(
                                "Cannot use \"::class\" on value of type {}",
                                other.type_name()
                            ),
                        )),
                    };
                }
                let cls = self.class_ref(c)?;
                Ok(Value::Str(cls.full_name.clone()))
            }
            ExprKind::Const(site) => {
                if let Some(v) = &*site.cache.borrow() {
                    return Ok(v.clone());
                }
                self.line = e.line;
                let v = self
                    .lookup_constant(&site.qualified)
                    .or_else(|| site.fallback.as_ref().and_then(|f| self.lookup_constant(f)));
                match v {
                    Some(v) => {
                        *site.cache.borrow_mut() = Some(v.clone());
                        Ok(v)
                    }
                    None => Err(self.throw_error(
                        "Error",
                        format!("Undefined constant \"{}\"", site.qualified),
                    )),
                }
            }
            ExprKind::Call(site, args) => self.call_named(site, args, e.line),
            ExprKind::CallableFn(site) => {
                self.line = e.line;
                let f = self.bind_site(site)?.clone();
                Ok(self.make_closure(f, None, None, Vec::new()))
            }
            ExprKind::CallExpr(callee, args) => {
                if let Some(r) = self.call_local_closure(callee, args, e.line) {
                    return r;
                }
                let cv = self.eval(callee)?;
                self.line = e.line;
                if let Value::Object(o) = &cv {
                    // Closure fast path: bind without copying the closure's payload.
                    let hit = o.with_native::<ClosureData, _>(|c| {
                        c.map(|c| {
                            // Generators keep the closure object (see `make_generator`).
                            let has_captures = !c.captured.is_empty()
                                || matches!(&c.func.body,
                                    crate::func::FuncBody::User(u) if u.is_generator);
                            (
                                c.func.clone(),
                                c.this.clone(),
                                c.scope.clone(),
                                has_captures,
                            )
                        })
                    });
                    if let Some((func, this, scope, has_captures)) = hit {
                        if let crate::func::FuncBody::User(code) = &func.body {
                            if let Some(r) = self.push_exact_args(&func, code, args) {
                                let base = r?;
                                self.line = e.line;
                                let captures = if has_captures { Some(o) } else { None };
                                return self.enter_plain(
                                    &func,
                                    code,
                                    base,
                                    args.len(),
                                    this,
                                    scope,
                                    captures,
                                );
                            }
                        }
                        if !func.is_native() {
                            if let Some(r) = self.push_args(&func, args) {
                                let base = r?;
                                self.line = e.line;
                                let t = CallTarget {
                                    func: &func,
                                    this,
                                    static_class: scope.clone(),
                                    scope,
                                    // No second look at the payload without captures.
                                    captured: if has_captures {
                                        Captures::Closure(o)
                                    } else {
                                        Captures::None
                                    },
                                };
                                return self.enter_user(t, base, args.len());
                            }
                        }
                    }
                }
                self.autoload_callable(&cv)?;
                let c = match self.resolve_callable(&cv) {
                    Ok(c) => c,
                    Err(_) => {
                        if let Some((c, name)) = self.magic_callable(&cv) {
                            let argv = self.eval_args(None, args)?;
                            self.line = e.line;
                            let list = Value::from(PhpArray::from_values(argv));
                            return self.call_callee(&c, vec![Value::Str(name), list]);
                        }
                        return Err(self.not_callable(&cv));
                    }
                };
                let argv = self.eval_args(Some(&c.func), args)?;
                self.line = e.line;
                self.call_callee(&c, argv)
            }
            ExprKind::MethodCall(obj, name, args, nullsafe) => {
                // A receiver in a local or `$this` is copied without going through `eval`.
                let o = match self.receiver(obj) {
                    Some(o) => Value::Object(o),
                    None => self.eval(obj)?,
                };
                if *nullsafe && o.is_null() {
                    return Ok(Value::Null);
                }
                if let Member::Name(n, cache) = name {
                    self.line = e.line;
                    return self.call_method_expr(o, n, Some(cache), args, e.line);
                }
                let n = self.member_name(name)?;
                self.line = e.line;
                self.call_method_expr(o, &n, None, args, e.line)
            }
            ExprKind::ExprCallable(callee) => {
                let cv = self.eval(callee)?;
                self.line = e.line;
                if let Value::Object(o) = &cv {
                    if o.with_native::<ClosureData, _>(|c| c.is_some()) {
                        return Ok(cv);
                    }
                }
                self.autoload_callable(&cv)?;
                match self.resolve_callable(&cv) {
                    Ok(c) => Ok(self.make_closure(c.func, c.this, c.scope, c.captured)),
                    Err(_) => Err(self.not_callable(&cv)),
                }
            }
            ExprKind::MethodCallable(obj, name) => {
                let o = self.eval(obj)?;
                let n = self.member_name(name)?;
                self.line = e.line;
                match &o {
                    Value::Object(ob) => match ob.class().find_method(&n).cloned() {
                        Some(m) => Ok(self.make_closure(
                            m.func.clone(),
                            if m.is_static { None } else { Some(ob.clone()) },
                            m.declaring.upgrade(),
                            Vec::new(),
                        )),
                        None => Err(self.throw_error(
                            "Error",
                            format!("Call to undefined method {}::{}()", ob.class().name, n),
                        )),
                    },
                    other => Err(self.throw_error(
                        "Error",
                        format!("Call to a member function {}() on {}", n, other.type_name()),
                    )),
                }
            }
            ExprKind::StaticCall(c, name, args) => {
                self.line = e.line;
                let n = self.member_name(name)?;
                self.static_call(c, &n, args, e.line)
            }
            ExprKind::StaticCallable(c, name) => {
                self.line = e.line;
                let cls = self.class_ref(c)?;
                let n = self.member_name(name)?;
                match cls.find_method(&n).cloned() {
                    Some(m) => {
                        let this = if m.is_static {
                            None
                        } else {
                            self.frames.last().and_then(|f| f.this.clone())
                        };
                        Ok(self.make_closure(
                            m.func.clone(),
                            this,
                            m.declaring.upgrade(),
                            Vec::new(),
                        ))
                    }
                    None => Err(self.throw_error(
                        "Error",
                        format!("Call to undefined method {}::{}()", cls.name, n),
                    )),
                }
            }
            ExprKind::New(c, args) => {
                self.line = e.line;
                if let ClassRef::Named(n) = c {
                    if let Some(cls) = n.cache.get() {
                        return self.new_object(cls, args, e.line);
                    }
                }
                let cls = match c {
                    ClassRef::Anon(d) => {
                        if self.find_class(&d.name).is_none() {
                            self.declare_class(d)?;
                        }
                        match self.find_class(&d.name) {
                            Some(c) => c,
                            None => return Err(self.unwind(crate::vm::UnwindKind::Fatal)),
                        }
                    }
                    _ => self.class_ref(c)?,
                };
                self.new_object(&cls, args, e.line)
            }
            ExprKind::Assign(p, v) => {
                if let Place::Local(s) = **p {
                    let v = self.eval(v)?;
                    let slot = &mut self.stack[self.base + s as usize];
                    match slot {
                        Value::Ref(r) => r.set(v.clone()),
                        slot => *slot = v.clone(),
                    }
                    return Ok(v);
                }
                self.assign_expr(p, v, e.line)
            }
            ExprKind::AssignRef(t, src) => {
                self.line = e.line;
                let r = self.place_ref(src)?;
                self.bind_ref(t, r.clone())?;
                Ok(r.get())
            }
            ExprKind::AssignRefExpr(t, src) => {
                self.ref_return = None;
                let v = self.eval(src)?;
                self.line = e.line;
                let r = match self.ref_return.take() {
                    Some(r) => r,
                    None => PhpRef::new(v.clone()),
                };
                self.bind_ref(t, r)?;
                Ok(v)
            }
            ExprKind::AssignOp(op, p, v) => {
                self.line = e.line;
                self.assign_op(*op, p, v, e.line)
            }
            ExprKind::AssignCoalesce(p, v) => {
                self.line = e.line;
                let cur = self.read_place_quiet(p)?;
                if !cur.is_null() {
                    return Ok(cur);
                }
                let nv = self.eval(v)?;
                self.assign_place(p, nv)
            }
            ExprKind::And(l, r) => Ok(Value::Bool(self.eval_bool(l)? && self.eval_bool(r)?)),
            ExprKind::Or(l, r) => Ok(Value::Bool(self.eval_bool(l)? || self.eval_bool(r)?)),
            ExprKind::Xor(l, r) => {
                let a = self.eval_bool(l)?;
                let b = self.eval_bool(r)?;
                Ok(Value::Bool(a ^ b))
            }
            ExprKind::Coalesce(l, r) => {
                let v = self.eval_quiet(l)?;
                if v.is_null() {
                    self.eval(r)
                } else {
                    Ok(v)
                }
            }
            ExprKind::Unary(op, x) => {
                let v = self.eval(x)?;
                self.line = e.line;
                match op {
                    UnaryOp::Not => Ok(Value::Bool(!v.to_bool())),
                    UnaryOp::Neg => ops::neg(self, &v),
                    UnaryOp::Plus => ops::plus(self, &v),
                    UnaryOp::BitNot => ops::bit_not(self, &v),
                }
            }
            ExprKind::IncDec(prefix, inc, p) => {
                if let Place::Local(s) = **p {
                    let i = self.base + s as usize;
                    if let Value::Int(n) = &mut self.stack[i] {
                        let old = *n;
                        let nv = if *inc {
                            old.checked_add(1)
                        } else {
                            old.checked_sub(1)
                        };
                        if let Some(nv) = nv {
                            *n = nv;
                            return Ok(Value::Int(if *prefix { nv } else { old }));
                        }
                    } else if let Value::Ref(r) = &self.stack[i] {
                        // A by-reference capture or parameter (`$calls++` in a closure).
                        if let Some(v) = inc_dec_ref_int(r, *prefix, *inc) {
                            return Ok(v);
                        }
                    }
                }
                if let Some(v) = self.inc_dec_index_fast(p, *prefix, *inc) {
                    return Ok(v);
                }
                if let Place::Prop(o, Member::Name(n, c)) = &**p {
                    if let Some(v) = self.inc_dec_prop_fast(o, n, c, *prefix, *inc) {
                        return Ok(v);
                    }
                }
                self.line = e.line;
                self.inc_dec_place(p, *prefix, *inc)
            }
            ExprKind::Cast(k, x) => {
                let v = self.eval(x)?;
                // Already of the type: the value itself (`(string) substr(…)`, `(int) $n`).
                match (k, v) {
                    (CastKind::String, v @ Value::Str(_))
                    | (CastKind::Int, v @ Value::Int(_))
                    | (CastKind::Bool, v @ Value::Bool(_)) => Ok(v),
                    (k, v) => {
                        self.line = e.line;
                        self.cast(*k, v)
                    }
                }
            }
            ExprKind::Ternary(c, t, f) => {
                let cv = self.eval(c)?;
                if cv.to_bool() {
                    match t {
                        Some(t) => self.eval(t),
                        None => Ok(cv),
                    }
                } else {
                    self.eval(f)
                }
            }
            ExprKind::Instanceof(x, c) => {
                let v = self.eval(x)?;
                let o = match v {
                    Value::Object(o) => o,
                    _ => return Ok(Value::Bool(false)),
                };
                let lname: PhpStr = match c {
                    ClassRef::Named(n) => n.lname.clone(),
                    ClassRef::Dyn(d) => match self.eval(d)? {
                        Value::Object(c) => c.class().lname.clone(),
                        Value::Str(s) => s.to_ascii_lowercase(),
                        _ => {
                            return Err(self.throw_error(
                                "Error",
                                "Class name must be a valid object or a string".into(),
                            ))
                        }
                    },
                    _ => self.class_ref(c)?.lname.clone(),
                };
                Ok(Value::Bool(self.instance_of_named(&o, lname.as_bytes())))
            }
            ExprKind::Isset(ps) => {
                for p in ps {
                    let set = match self.peek_place(p) {
                        crate::fast::Found::At(v) => !v.is_null(),
                        crate::fast::Found::Missing => false,
                        crate::fast::Found::Unknown => self.isset_place(p)?,
                    };
                    if !set {
                        return Ok(Value::Bool(false));
                    }
                }
                Ok(Value::Bool(true))
            }
            ExprKind::Empty(p) => {
                if let Place::Temp(x) = &**p {
                    return Ok(Value::Bool(!self.eval(x)?.to_bool()));
                }
                if !self.isset_place(p)? {
                    return Ok(Value::Bool(true));
                }
                let v = match &**p {
                    // `__isset` has answered: the value comes from `__get` alone.
                    Place::Prop(o, m) => {
                        let ov = self.eval_quiet(o)?;
                        let n = self.member_name(m)?;
                        self.read_prop_in(&ov, &n, true, false)?
                    }
                    p => self.read_place_quiet(p)?,
                };
                Ok(Value::Bool(!v.to_bool()))
            }
            ExprKind::Silence(x) => {
                self.silence += 1;
                let r = self.eval(x);
                self.silence -= 1;
                r
            }
            ExprKind::Clone(x) => {
                let v = self.eval(x)?;
                self.line = e.line;
                match v {
                    Value::Object(o) => self.clone_object(&o),
                    _ => Err(self
                        .throw_error("Error", "__clone method called on non-object".to_string())),
                }
            }
            ExprKind::Print(x) => {
                let v = self.eval(x)?;
                self.echo_value(&v)?;
                Ok(Value::Int(1))
            }
            ExprKind::Exit(x) => {
                let code = match x {
                    Some(x) => {
                        let v = self.eval(x)?;
                        match v {
                            Value::Int(i) => i as i32,
                            other => {
                                let s = self.to_str(&other)?;
                                self.echo(&s);
                                0
                            }
                        }
                    }
                    None => 0,
                };
                Err(self.unwind(crate::vm::UnwindKind::Exit(code)))
            }
            ExprKind::Throw(x) => {
                let v = self.eval(x)?;
                self.line = e.line;
                match v {
                    Value::Object(o) if o.class().instance_of_name(b"throwable") => {
                        Err(self.throw(o))
                    }
                    _ => Err(self.throw_error("Error", "Can only throw objects".into())),
                }
            }
            ExprKind::Closure(d) => {
                let this = if d.is_static {
                    None
                } else {
                    self.frames.last().and_then(|f| f.this.clone())
                };
                let scope = self.current_scope();
                let mut captured = Vec::with_capacity(d.captures.len());
                for (outer, inner, by_ref) in &d.captures {
                    let i = self.base + *outer as usize;
                    let v = if *by_ref {
                        Value::Ref(self.stack[i].make_ref())
                    } else {
                        match &self.stack[i] {
                            Value::Undef => {
                                if !is_arrow(&d.func) {
                                    self.line = e.line;
                                    let n = self.slot_name(*outer);
                                    self.raise(E_WARNING, &format!("Undefined variable ${}", n))?;
                                    Value::Null
                                } else {
                                    Value::Undef
                                }
                            }
                            v => v.deref(),
                        }
                    };
                    captured.push((*inner, v));
                }
                Ok(self.make_closure(d.func.clone(), this, scope, captured))
            }
            ExprKind::Match(subject, arms) => {
                let v = self.eval(subject)?;
                for arm in arms {
                    if let Some(cs) = &arm.conds {
                        for c in cs {
                            let cv = self.eval(c)?;
                            if ops::identical(&v, &cv) {
                                return self.eval(&arm.body);
                            }
                        }
                    }
                }
                if let Some(arm) = arms.iter().find(|a| a.conds.is_none()) {
                    return self.eval(&arm.body);
                }
                self.line = e.line;
                let desc = match &v {
                    Value::Str(s) => format!(
                        "'{}'",
                        s.to_string_lossy()
                            .replace('\\', "\\\\")
                            .replace('\'', "\\'")
                    ),
                    Value::Int(i) => i.to_string(),
                    Value::Float(f) => crate::numeric::fmt_float(*f, 17),
                    Value::Bool(b) => {
                        if *b {
                            "true".into()
                        } else {
                            "false".into()
                        }
                    }
                    Value::Null => "NULL".into(),
                    _ => format!("of type {}", v.type_name()),
                };
                Err(self.throw_error(
                    "UnhandledMatchError",
                    format!("Unhandled match case {}", desc),
                ))
            }
            ExprKind::Yield(k, v) => {
                self.line = e.line;
                self.eval_yield(k.as_deref(), v.as_deref())
            }
            ExprKind::YieldFrom(x) => {
                self.line = e.line;
                self.eval_yield_from(x)
            }
            ExprKind::Include(kind, x) => {
                let v = self.eval(x)?;
                self.line = e.line;
                self.include(*kind, v)
            }
            ExprKind::Eval(x) => {
                let v = self.eval(x)?;
                self.line = e.line;
                self.eval_code(v)
            }
            ExprKind::DestructureRef(p, src) => {
                let r = self.place_ref(src)?;
                self.line = e.line;
                self.destructure_ref(p, &r)?;
                Ok(r.get())
            }
            ExprKind::Destructure(p, v) => {
                let val = self.eval(v)?;
                self.line = e.line;
                self.destructure(p, val.clone())?;
                Ok(val)
            }
            // The wrapper in `eval` tried the fast path already.
            ExprKind::NumOp(n) => self.eval_node(&n.orig),
            ExprKind::StrOp(n) => match n.build(self) {
                Some(s) => Ok(Value::Str(s)),
                None => self.eval_node(&n.orig),
            },
            ExprKind::CmpOp(n) => match (n.f)(self) {
                Some(t) => Ok(Value::Bool(t)),
                None => self.eval(&n.orig),
            },
            ExprKind::RuntimeClassName => Ok(self
                .current_scope()
                .map_or(Value::from(""), |c| Value::Str(c.full_name.clone()))),
        }
    }

    /// Evaluates an operand: numeric locals and literals without a recursive `eval`.
    #[inline(always)]
    pub fn operand(&mut self, e: &Expr) -> ER {
        match &e.kind {
            ExprKind::Local(s) => match &self.stack[self.base + *s as usize] {
                Value::Int(i) => return Ok(Value::Int(*i)),
                Value::Float(f) => return Ok(Value::Float(*f)),
                _ => {}
            },
            ExprKind::Lit(Value::Int(i)) => return Ok(Value::Int(*i)),
            ExprKind::Lit(Value::Float(f)) => return Ok(Value::Float(*f)),
            _ => {}
        }
        self.eval(e)
    }

    /// Evaluates a condition.
    #[inline(always)]
    pub fn eval_bool(&mut self, e: &Expr) -> Result<bool, Unwind> {
        if let ExprKind::CmpOp(n) = &e.kind {
            if let Some(t) = (n.f)(self) {
                return Ok(t);
            }
            return self.eval_bool_general(&n.orig);
        }
        if let ExprKind::Bin(op @ (BinOp::Identical | BinOp::NotIdentical), l, r) = &e.kind {
            if let Some(t) = self.identical_leaves(*op, l, r) {
                return Ok(t);
            }
        }
        self.eval_bool_general(e)
    }

    /// `$x === 'lit'`, `$x !== $y` between literals and defined locals, compared in place
    /// (a small function: `eval_bool_general`'s entry costs more than the comparison);
    /// `None` for anything else.
    #[inline(never)]
    fn identical_leaves(&self, op: BinOp, l: &Expr, r: &Expr) -> Option<bool> {
        let (a, b) = (self.pure_leaf(l)?, self.pure_leaf(r)?);
        Some(ops::identical(a, b) == (op == BinOp::Identical))
    }

    /// A literal, or a defined local variable, read in place (no copy, no side effect).
    #[inline]
    pub(crate) fn pure_leaf<'a>(&'a self, e: &'a Expr) -> Option<&'a Value> {
        match &e.kind {
            ExprKind::Lit(v) => Some(v),
            ExprKind::Local(s) => match self.stack.get(self.base + *s as usize) {
                Some(Value::Undef) | None => None,
                Some(Value::Ref(r)) if r.with(|v| matches!(v, Value::Undef)) => None,
                Some(v) => Some(v),
            },
            _ => None,
        }
    }

    /// `$local[key]` whose key is neither a local nor a literal (`$a[$i++]`, `$a[f()]`): the
    /// key is computed first and the local read afterwards, as PHP fetches a variable
    /// operand only when it reads the element (`$a[f()]` sees what `f()` stored in `$a`);
    /// an existing element under an integer key is copied without copying the array.
    #[inline(never)]
    fn read_local_index(&mut self, s: u32, base: &Expr, idx: &Expr, line: u32) -> ER {
        let k = self.eval(idx)?;
        if let Value::Int(i) = k {
            if let Value::Array(a) = &self.stack[self.base + s as usize] {
                if let Some(v) = a.get_int(i) {
                    return Ok(v.deref());
                }
            }
        }
        let b = self.eval(base)?;
        self.line = line;
        self.read_index(&b, &k, false)
    }

    /// A condition comparing the result of a call `$f(…)` (`$cmp($a, $b) <= 0`): the call is
    /// made directly (a closure in a local without [`Vm::eval`]) and two ints are compared in
    /// place; anything else is compared as [`Vm::eval_bool_general`] compares.
    #[inline(never)]
    fn compare_call(&mut self, op: BinOp, l: &Expr, r: &Expr, line: u32) -> Result<bool, Unwind> {
        let a = self.eval_call(l)?;
        let b = self.operand(r)?;
        if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
            let t = match op {
                BinOp::Lt => x < y,
                BinOp::Le => x <= y,
                BinOp::Gt => x > y,
                BinOp::Ge => x >= y,
                BinOp::Eq => x == y,
                _ => x != y,
            };
            // Two ints: nothing to drop.
            std::mem::forget(a);
            std::mem::forget(b);
            return Ok(t);
        }
        let fast = match (&a, &b) {
            (Value::Float(x), Value::Float(y)) => ops::float_fast(op, *x, *y, false),
            (Value::Int(x), Value::Float(y)) => ops::float_fast(op, *x as f64, *y, true),
            (Value::Float(x), Value::Int(y)) => ops::float_fast(op, *x, *y as f64, true),
            _ => None,
        };
        if let Some(Value::Bool(t)) = fast {
            return Ok(t);
        }
        self.line = line;
        Ok(self.binop(op, &a, &b)?.to_bool())
    }

    /// [`Vm::eval_bool`] without the compile-time specialised comparisons.
    fn eval_bool_general(&mut self, e: &Expr) -> Result<bool, Unwind> {
        if let ExprKind::Bin(op, l, r) = &e.kind {
            if matches!(l.kind, ExprKind::CallExpr(..))
                && matches!(
                    op,
                    BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq | BinOp::NotEq
                )
            {
                return self.compare_call(*op, l, r, e.line);
            }
        }
        if let ExprKind::Bin(op @ (BinOp::Identical | BinOp::NotIdentical), l, r) = &e.kind {
            // `$x === 'lit'`, `$x !== $y`: compared in place, without copying either
            // operand (an undefined variable takes the general path for its warning).
            if let (Some(a), Some(b)) = (self.pure_leaf(l), self.pure_leaf(r)) {
                return Ok(ops::identical(a, b) == (*op == BinOp::Identical));
            }
        }
        if let Some(t) = self.cond_fast(e) {
            return Ok(t);
        }
        match &e.kind {
            ExprKind::And(l, r) => return Ok(self.eval_bool(l)? && self.eval_bool(r)?),
            ExprKind::Or(l, r) => return Ok(self.eval_bool(l)? || self.eval_bool(r)?),
            ExprKind::Unary(UnaryOp::Not, x) => return Ok(!self.eval_bool(x)?),
            _ => {}
        }
        if let ExprKind::Bin(op, l, r) = &e.kind {
            if let (ExprKind::Local(s), ExprKind::Lit(Value::Int(y))) = (&l.kind, &r.kind) {
                if let Value::Int(x) = self.stack[self.base + *s as usize] {
                    match op {
                        BinOp::Lt => return Ok(x < *y),
                        BinOp::Le => return Ok(x <= *y),
                        BinOp::Gt => return Ok(x > *y),
                        BinOp::Ge => return Ok(x >= *y),
                        _ => {}
                    }
                }
            }
            if matches!(
                op,
                BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq | BinOp::NotEq
            ) {
                let a = self.operand(l)?;
                let b = self.operand(r)?;
                let fast = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => ops::int_fast(*op, *x, *y),
                    (Value::Float(x), Value::Float(y)) => ops::float_fast(*op, *x, *y, false),
                    (Value::Int(x), Value::Float(y)) => ops::float_fast(*op, *x as f64, *y, true),
                    (Value::Float(x), Value::Int(y)) => ops::float_fast(*op, *x, *y as f64, true),
                    _ => None,
                };
                if let Some(Value::Bool(t)) = fast {
                    std::mem::forget(a);
                    std::mem::forget(b);
                    return Ok(t);
                }
                self.line = e.line;
                return Ok(self.binop(*op, &a, &b)?.to_bool());
            }
        }
        Ok(self.eval(e)?.to_bool())
    }

    /// Binary operator on values.
    pub fn binop(&mut self, op: BinOp, a: &Value, b: &Value) -> ER {
        match op {
            BinOp::Concat => {
                let mut s = match a {
                    Value::Str(s) => s.clone(),
                    _ => self.to_str(a)?,
                };
                match b {
                    Value::Str(t) => s.push_bytes(t),
                    _ => {
                        let t = self.to_str(b)?;
                        s.push_bytes(&t)
                    }
                }
                self.check_alloc(s.len())?;
                Ok(Value::Str(s))
            }
            BinOp::Spaceship => Ok(Value::Int(ops::compare(self, a, b)? as i64)),
            _ => ops::binary(self, op, a, b),
        }
    }

    fn not_callable(&mut self, v: &Value) -> Unwind {
        match v {
            Value::Str(s) => {
                self.throw_error("Error", format!("Call to undefined function {}()", s))
            }
            Value::Object(o) => self.throw_error(
                "Error",
                "Object of type ".to_string() + &o.class().name.to_string() + " is not callable",
            ),
            Value::Array(_) => self.throw_error(
                "Error",
                "Array callback must have exactly two elements".into(),
            ),
            _ => self.throw_error(
                "Error",
                format!("Value of type {} is not callable", v.type_name()),
            ),
        }
    }

    /// Binds a call site to its function (cached in the site: the function stays borrowed
    /// from the code, no reference count per call).
    #[inline]
    pub fn bind_site<'s>(
        &mut self,
        site: &'s FnSite,
    ) -> Result<&'s Rc<crate::func::Function>, Unwind> {
        match site.cache.get() {
            Some(f) => Ok(f),
            None => self.bind_site_slow(site),
        }
    }

    /// [`Vm::bind_site`] on the first call: looks the name up and fills the cache.
    #[inline(never)]
    fn bind_site_slow<'s>(
        &mut self,
        site: &'s FnSite,
    ) -> Result<&'s Rc<crate::func::Function>, Unwind> {
        let f = self.functions.get(&site.lname).cloned().or_else(|| {
            site.fallback
                .as_ref()
                .and_then(|fb| self.functions.get(fb).cloned())
        });
        match f {
            Some(f) => Ok(site.cache.get_or_init(|| f)),
            None => Err(self.throw_error(
                "Error",
                format!("Call to undefined function {}()", site.name),
            )),
        }
    }

    /// Creates a `Closure` object.
    pub fn make_closure(
        &mut self,
        func: Rc<crate::func::Function>,
        this: Option<ObjRef>,
        scope: Option<Rc<crate::object::Class>>,
        captured: Vec<(u32, Value)>,
    ) -> Value {
        let cls = match self.find_class(b"closure") {
            Some(c) => c,
            None => return Value::Null,
        };
        let o = ObjRef::new(cls, &self.objects);
        o.set_native(Box::new(ClosureData {
            func,
            this,
            scope,
            captured,
        }));
        Value::Object(o)
    }

    /// Name of a member (static or computed).
    pub fn member_name(&mut self, m: &Member) -> Result<PhpStr, Unwind> {
        match m {
            Member::Name(n, _) => Ok(n.clone()),
            Member::Dyn(e) => {
                let v = self.eval(e)?;
                self.to_str(&v)
            }
        }
    }

    fn eval_array(&mut self, items: &[ArrayItem]) -> ER {
        let mut a = PhpArray::with_capacity(items.len());
        if !items.is_empty() {
            a.mark_literal();
        }
        for it in items {
            if it.spread {
                let v = self.eval(&it.value)?;
                match v {
                    Value::Array(src) => {
                        for (k, v) in src.iter() {
                            match k {
                                Key::Int(_) => {
                                    if a.push(v.deref()).is_err() {
                                        return Err(self.next_elem_err());
                                    }
                                }
                                Key::Str(_) => a.insert(k, v.deref()),
                            }
                        }
                    }
                    Value::Object(o) => {
                        let mut it = self.object_iterator(&o)?;
                        while let Some((k, v)) = self.iter_next(&mut it)? {
                            match k {
                                Value::Str(s) => a.insert(Key::from_phpstr(s), v),
                                _ => {
                                    let _ = a.push(v);
                                }
                            }
                        }
                    }
                    other => {
                        return Err(self.throw_error(
                            "Error",
                            format!(
                                "Only arrays and Traversables can be unpacked, {} given",
                                other.type_name()
                            ),
                        ))
                    }
                }
                continue;
            }
            let v = match &it.by_ref {
                Some(p) => Value::Ref(self.place_ref(p)?),
                None => self.eval(&it.value)?,
            };
            match &it.key {
                Some(k) => {
                    let kv = self.eval(k)?;
                    let key = self.to_key(&kv)?;
                    a.insert(key, v);
                }
                None => {
                    if a.push(v).is_err() {
                        return Err(self.next_elem_err());
                    }
                }
            }
        }
        Ok(Value::from(a))
    }

    /// The `Cannot add element` error.
    pub fn next_elem_err(&mut self) -> Unwind {
        self.throw_error(
            "Error",
            "Cannot add element to the array as the next element is already occupied".into(),
        )
    }

    /// Converts a value to an array key (PHP's offset rules, with their diagnostics).
    pub fn to_key(&mut self, v: &Value) -> Result<Key, Unwind> {
        Ok(match v {
            Value::Int(i) => Key::Int(*i),
            Value::Str(s) => Key::from_phpstr(s.clone()),
            Value::Null | Value::Undef => Key::Str(PhpStr::empty()),
            Value::Bool(b) => Key::Int(*b as i64),
            Value::Float(f) => {
                let i = crate::numeric::float_to_int(*f);
                if !crate::numeric::float_is_exact_int(*f) {
                    self.raise(
                        E_DEPRECATED,
                        &format!(
                            "Implicit conversion from float {} to int loses precision",
                            crate::numeric::fmt_float(*f, -1)
                        ),
                    )?;
                }
                Key::Int(i)
            }
            Value::Resource(r) => {
                self.raise(
                    E_WARNING,
                    &format!(
                        "Resource ID#{} used as offset, casting to integer ({})",
                        r.id(),
                        r.id()
                    ),
                )?;
                Key::Int(r.id())
            }
            Value::Ref(r) => return self.to_key(&r.get()),
            Value::Array(_) | Value::Object(_) => {
                return Err(self.throw_error("TypeError", "Illegal offset type".into()))
            }
        })
    }

    /// `$base[$key]` read. `quiet` suppresses missing-key diagnostics (`??`, `isset`).
    pub fn read_index(&mut self, b: &Value, k: &Value, quiet: bool) -> ER {
        match b {
            Value::Array(a) => {
                let key = match k {
                    Value::Int(i) => Key::Int(*i),
                    _ => self.to_key(k)?,
                };
                match a.get(&key) {
                    Some(v) => Ok(v.deref()),
                    None => {
                        if !quiet {
                            let msg = match &key {
                                Key::Int(i) => format!("Undefined array key {}", i),
                                Key::Str(s) => format!("Undefined array key \"{}\"", s),
                            };
                            self.raise(E_WARNING, &msg)?;
                        }
                        Ok(Value::Null)
                    }
                }
            }
            Value::Str(s) => {
                let idx = match k {
                    Value::Int(i) => *i,
                    Value::Str(ks) => match crate::numeric::parse_numeric(ks) {
                        crate::numeric::Numeric::Whole(crate::numeric::Num::Int(i)) => i,
                        _ => {
                            if quiet {
                                return Ok(Value::Null);
                            }
                            return Err(self.throw_error(
                                "TypeError",
                                format!("Cannot access offset of type {} on string", k.type_name()),
                            ));
                        }
                    },
                    Value::Float(f) => crate::numeric::float_to_int(*f),
                    Value::Bool(b) => *b as i64,
                    Value::Null | Value::Undef => 0,
                    _ => {
                        if quiet {
                            return Ok(Value::Null);
                        }
                        return Err(self.throw_error("TypeError", "Illegal offset type".into()));
                    }
                };
                let len = s.len() as i64;
                let pos = if idx < 0 { len + idx } else { idx };
                if pos < 0 || pos >= len {
                    if !quiet {
                        self.raise(E_WARNING, &format!("Uninitialized string offset {}", idx))?;
                        return Ok(Value::from(""));
                    }
                    return Ok(Value::Null);
                }
                Ok(Value::Str(PhpStr::new(&s[pos as usize..pos as usize + 1])))
            }
            Value::Object(o) => {
                if o.class().instance_of_name(b"arrayaccess") {
                    if quiet {
                        let exists = self
                            .call_method_by_name(o, "offsetExists", vec![k.clone()])?
                            .is_some_and(|v| v.to_bool());
                        if !exists {
                            return Ok(Value::Null);
                        }
                    }
                    return Ok(self
                        .call_method_by_name(o, "offsetGet", vec![k.clone()])?
                        .unwrap_or(Value::Null));
                }
                Err(self.throw_error(
                    "Error",
                    format!("Cannot use object of type {} as array", o.class().name),
                ))
            }
            Value::Ref(r) => self.read_index(&r.get(), k, quiet),
            other => {
                if !quiet {
                    let t = match other {
                        Value::Null | Value::Undef => "null".to_string(),
                        o => o.type_name(),
                    };
                    self.raise(
                        E_WARNING,
                        &format!("Trying to access array offset on value of type {}", t),
                    )?;
                }
                Ok(Value::Null)
            }
        }
    }

    /// Evaluates without "undefined" diagnostics (left side of `??`).
    pub fn eval_quiet(&mut self, e: &Expr) -> ER {
        match &e.kind {
            ExprKind::Local(s) => Ok(self.stack[self.base + *s as usize].deref()),
            ExprKind::VarVar(n) => {
                let name = self.eval(n)?;
                let name = self.to_str(&name)?;
                Ok(self.var_by_name(&name).map_or(Value::Null, |v| v.deref()))
            }
            ExprKind::Index(b, k) => {
                let bv = self.eval_quiet(b)?;
                let kv = self.eval(k)?;
                self.read_index(&bv, &kv, true)
            }
            ExprKind::Prop(o, n, _) => {
                let ov = self.eval_quiet(o)?;
                if ov.is_null() {
                    return Ok(Value::Null);
                }
                let n = self.member_name(n)?;
                self.read_prop(&ov, &n, true)
            }
            ExprKind::StaticProp(c, n) => {
                let cls = self.class_ref(c)?;
                let n = self.member_name(n)?;
                match self.find_static_prop(&cls, &n) {
                    Some(r) => Ok(r.get()),
                    None => Ok(Value::Null),
                }
            }
            _ => self.eval(e),
        }
    }

    /// The object a method-call receiver `$local` or `$this` holds (`None`: anything else,
    /// evaluated the ordinary way).
    #[inline(always)]
    fn receiver(&self, obj: &Expr) -> Option<ObjRef> {
        match obj.kind {
            ExprKind::Local(s) => match self.stack.get(self.base + s as usize)? {
                Value::Object(o) => Some(o.clone()),
                _ => None,
            },
            ExprKind::This => self.frames.last()?.this.clone(),
            _ => None,
        }
    }

    /// Casts.
    pub fn cast(&mut self, k: CastKind, v: Value) -> ER {
        Ok(match k {
            CastKind::Int => match &v {
                Value::Object(o) => {
                    self.raise(
                        E_WARNING,
                        &format!(
                            "Object of class {} could not be converted to int",
                            o.class().name
                        ),
                    )?;
                    Value::Int(1)
                }
                _ => Value::Int(v.to_int()),
            },
            CastKind::Float => match &v {
                Value::Object(o) => {
                    self.raise(
                        E_WARNING,
                        &format!(
                            "Object of class {} could not be converted to float",
                            o.class().name
                        ),
                    )?;
                    Value::Float(1.0)
                }
                _ => Value::Float(v.to_float()),
            },
            CastKind::String => Value::Str(self.to_str(&v)?),
            CastKind::Bool => Value::Bool(v.to_bool()),
            CastKind::Array => match v {
                Value::Array(_) => v,
                Value::Null | Value::Undef => Value::empty_array(),
                Value::Object(o) => {
                    if o.with_native::<ClosureData, _>(|c| c.is_some()) {
                        Value::from(PhpArray::from_values(vec![Value::Object(o)]))
                    } else {
                        let mut a = o.mangled_props();
                        if let Some(extra) = o.class().native.extra_props {
                            if o.class().native.extra_props_replace {
                                a = PhpArray::new();
                            }
                            for (k, v) in extra(&o).iter() {
                                a.insert(k, v.clone());
                            }
                        }
                        Value::from(a)
                    }
                }
                other => Value::from(PhpArray::from_values(vec![other])),
            },
            CastKind::Object => match v {
                Value::Object(_) => v,
                Value::Array(a) => {
                    let o = self.instantiate_by_name("stdClass")?;
                    for (k, v) in a.iter() {
                        o.set_prop(k.to_string().as_bytes(), v.deref());
                    }
                    Value::Object(o)
                }
                Value::Null | Value::Undef => Value::Object(self.instantiate_by_name("stdClass")?),
                other => {
                    let o = self.instantiate_by_name("stdClass")?;
                    o.set_prop(b"scalar", other);
                    Value::Object(o)
                }
            },
            CastKind::Unset => Value::Null,
        })
    }

    /// `clone $o`.
    pub fn clone_object(&mut self, o: &ObjRef) -> ER {
        let cls = o.class().clone();
        if cls.kind == ClassKind::Enum || cls.native.uncloneable {
            return Err(self.throw_error(
                "Error",
                format!(
                    "Trying to clone an uncloneable object of class {}",
                    cls.name
                ),
            ));
        }
        let n = ObjRef::new(cls.clone(), &self.objects);
        {
            let src = o.obj().props.borrow();
            let mut dst = n.obj().props.borrow_mut();
            for (i, v) in src.iter().enumerate() {
                if let Some(d) = dst.get_mut(i) {
                    *d = match v {
                        Value::Ref(r) if r.holders() == 1 => r.get(),
                        v => v.clone(),
                    };
                }
            }
        }
        n.copy_unset_marks(o);
        *n.obj().dyn_props.borrow_mut() = o.obj().dyn_props.borrow().clone();
        if let Some(c) = o.with_native::<ClosureData, _>(|c| c.cloned()) {
            n.set_native(Box::new(c));
        } else if let Some(hook) = cls.native.clone_payload {
            let p = o
                .obj()
                .native
                .borrow()
                .as_ref()
                .and_then(|b| hook(b.as_ref()));
            if let Some(p) = p {
                n.set_native(p);
            }
        }
        if let Some(m) = cls.magic.clone.clone() {
            self.call_method(&n, &m, Vec::new())?;
        }
        Ok(Value::Object(n))
    }
}

/// `++`/`--` on an integer held by a reference, computed in place: `None` (nothing done) for
/// other values and on overflow.
#[inline(never)]
fn inc_dec_ref_int(r: &PhpRef, prefix: bool, inc: bool) -> Option<Value> {
    r.with_mut(|v| crate::fast::step_int(v, prefix, inc))
}

/// Room for an interpolated string: its literal parts plus a little for each value.
fn interp_size_hint(parts: &[Expr]) -> usize {
    parts
        .iter()
        .map(|p| match &p.kind {
            ExprKind::Lit(Value::Str(s)) => s.len(),
            _ => 16,
        })
        .sum()
}

fn is_arrow(f: &crate::func::Function) -> bool {
    matches!(&f.body, crate::func::FuncBody::User(c) if c.is_arrow)
}
