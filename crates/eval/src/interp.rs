//! The tree-walking evaluator: statements and control flow, calls and frames.
//!
//! Control flow is a Rust value: statements return [`Ctl`] (`Next`, `Break(n)`,
//! `Continue(n)`, `Return(v)`), and exceptions/exit travel as `Err(Unwind)`, so nothing
//! panics or unwinds the Rust stack.

use crate::array::PhpArray;
use crate::calls::Callee;
use crate::diag::{E_DEPRECATED, E_WARNING};
use crate::func::{DefaultValue, FuncBody, Function};
use crate::ir::*;
use crate::object::{Class, Pending};
use crate::string::PhpStr;
use crate::value::{PhpRef, Value};
use crate::vm::{Frame, Unwind, Vm};
use std::rc::Rc;

/// The checks before a call's body runs — recursion depth, machine stack, a pending
/// interrupt — in one branch, with [`Vm::call_guard`] out of line when one fires: then the
/// arguments from `$base` are dropped and the caller returns the error. A macro, not a
/// function: the call paths are hot and a function here was not inlined the same way.
macro_rules! guard_call {
    ($vm:ident, $base:expr) => {
        if $vm.depth >= $vm.max_depth
            || crate::stack_guard::nearly_full()
            || $vm.interrupt.is_pending()
        {
            if let Err(u) = $vm.call_guard() {
                $vm.stack.truncate($base);
                return Err(u);
            }
        }
    };
}
pub(crate) use guard_call;

/// Statement completion.
#[derive(Debug)]
pub enum Ctl {
    /// Go on with the next statement.
    Next,
    /// `break n`.
    Break(u32),
    /// `continue n`.
    Continue(u32),
    /// `return` (the value is in [`Vm::retval`]).
    Return,
    /// `goto` a label not in the current block (passed up until a block has it).
    Goto(u32),
}

/// Statement result.
pub type SR = Result<Ctl, Unwind>;
/// Expression result.
pub type ER = Result<Value, Unwind>;

/// What a call runs with: the function, `$this`, scopes and closure captures.
pub struct CallTarget<'a> {
    /// The function.
    pub func: &'a Rc<Function>,
    /// `$this`.
    pub this: Option<crate::object::ObjRef>,
    /// Class scope.
    pub scope: Option<Rc<Class>>,
    /// Late static binding class.
    pub static_class: Option<Rc<Class>>,
    /// Closure captures to install.
    pub captured: Captures<'a>,
}

/// Where a call's closure captures come from.
pub enum Captures<'a> {
    /// None.
    None,
    /// A list of (slot, value).
    Slice(&'a [(u32, Value)]),
    /// The `Closure` object being called (copied without cloning its payload).
    Closure(&'a crate::object::ObjRef),
}

impl CallTarget<'_> {
    /// A plain function.
    pub fn function(func: &Rc<Function>) -> CallTarget<'_> {
        CallTarget {
            func,
            this: None,
            scope: None,
            static_class: None,
            captured: Captures::None,
        }
    }

    /// An owned [`Callee`] for the general paths.
    pub fn to_callee(&self) -> Callee {
        let captured = match &self.captured {
            Captures::None => Vec::new(),
            Captures::Slice(s) => s.to_vec(),
            Captures::Closure(o) => o
                .with_native::<crate::calls::ClosureData, _>(|c| c.map(|c| c.captured.clone()))
                .unwrap_or_default(),
        };
        Callee {
            func: self.func.clone(),
            this: self.this.clone(),
            scope: self.scope.clone(),
            static_class: self.static_class.clone(),
            captured,
        }
    }
}

/// Default maximum PHP call depth before a fatal error ([`Vm::max_depth`]).
pub const MAX_DEPTH: usize = 1_000_000;

/// One run of a loop body in the general loops: `poll`, the body, then what its
/// completion means for the enclosing loop (`break`, `continue`, or leaving the statement).
macro_rules! loop_body {
    ($vm:expr, $body:expr) => {
        $vm.poll()?;
        match $vm.exec_block($body)? {
            Ctl::Next => {}
            Ctl::Break(n) => {
                if n > 1 {
                    return Ok(Ctl::Break(n - 1));
                }
                break;
            }
            Ctl::Continue(n) => {
                if n > 1 {
                    return Ok(Ctl::Continue(n - 1));
                }
            }
            Ctl::Return => return Ok(Ctl::Return),
            Ctl::Goto(l) => return Ok(Ctl::Goto(l)),
        }
    };
}

impl Vm {
    /// Runs a statement list.
    #[inline]
    pub fn exec_block(&mut self, b: &[Stmt]) -> SR {
        self.exec_block_inline(b)
    }

    /// [`Vm::exec_block`], always inlined (for the compiled loops of `flow.rs`).
    #[inline(always)]
    pub(crate) fn exec_block_inline(&mut self, b: &[Stmt]) -> SR {
        for s in b {
            match self.exec(s)? {
                Ctl::Next => {}
                Ctl::Goto(l) => return self.exec_block_at(b, l),
                c => return Ok(c),
            }
        }
        Ok(Ctl::Next)
    }

    /// Continues a block at `label` (somewhere in it, possibly inside an `if` or a nested
    /// block); a label not in the block is passed up as [`Ctl::Goto`].
    pub(crate) fn exec_block_at(&mut self, b: &[Stmt], label: u32) -> SR {
        let mut entering = Some(label);
        let mut i = match b.iter().position(|s| has_label(s, label)) {
            Some(i) => i,
            None => return Ok(Ctl::Goto(label)),
        };
        while i < b.len() {
            let r = match entering.take() {
                Some(l) => self.enter_at_label(&b[i], l)?,
                None => self.exec(&b[i])?,
            };
            match r {
                Ctl::Next => i += 1,
                Ctl::Goto(l) => match b.iter().position(|s| has_label(s, l)) {
                    Some(j) => {
                        // A jump may loop: the back-edge check.
                        self.poll()?;
                        i = j;
                        entering = Some(l);
                    }
                    None => return Ok(Ctl::Goto(l)),
                },
                c => return Ok(c),
            }
        }
        Ok(Ctl::Next)
    }

    /// Runs the part of `s` that follows `label` inside it.
    fn enter_at_label(&mut self, s: &Stmt, label: u32) -> SR {
        match &s.kind {
            StmtKind::Block(b) => self.exec_block_at(b, label),
            StmtKind::If(branches, els) => {
                for (_, blk) in branches {
                    if blk.iter().any(|s| has_label(s, label)) {
                        return self.exec_block_at(blk, label);
                    }
                }
                match els {
                    Some(blk) => self.exec_block_at(blk, label),
                    None => Ok(Ctl::Next),
                }
            }
            _ => Ok(Ctl::Next),
        }
    }

    /// Runs pending destructors (objects whose last reference went away).
    pub fn run_pending_destructors(&mut self) -> Result<(), Unwind> {
        // What an entry's release queues runs before the entries after it, as PHP frees
        // nested objects depth first.
        let mut queue: std::collections::VecDeque<Pending> = self.objects.take_pending().into();
        while let Some(p) = queue.pop_front() {
            if let Pending::Dtor(o) = p {
                if let Some(m) = o.class().magic.destruct.clone() {
                    self.call_method(&o, &m, Vec::new())?;
                }
            }
            for n in self.objects.take_pending().into_iter().rev() {
                queue.push_front(n);
            }
        }
        Ok(())
    }

    /// Destroys the objects the last expression released: PHP frees a statement's
    /// temporaries as it goes, before a body runs or output is written.
    #[inline(always)]
    pub(crate) fn settle(&mut self) -> Result<(), Unwind> {
        if self.objects.has_pending() {
            self.run_pending_destructors()?;
        }
        Ok(())
    }

    /// A statement's condition: its truth, once the temporaries it released are destroyed.
    #[inline(always)]
    pub(crate) fn cond(&mut self, c: &Expr) -> Result<bool, Unwind> {
        if let ExprKind::CmpOp(n) = &c.kind {
            // The specialised comparison reads in place: it releases nothing.
            if let Some(t) = (n.f)(self) {
                return Ok(t);
            }
        }
        let b = self.eval_bool(c)?;
        self.settle()?;
        Ok(b)
    }

    /// Runs one statement.
    #[inline(always)]
    pub fn exec(&mut self, s: &Stmt) -> SR {
        self.line = s.line;
        let r = match &s.kind {
            StmtKind::Fast(n) => {
                if (n.f)(self) {
                    Ok(Ctl::Next)
                } else {
                    self.exec_fast_failed(n)
                }
            }
            StmtKind::Flow(f) => (f.0)(self),
            _ => self.exec_inner(s),
        };
        if self.objects.has_pending() {
            self.run_pending_destructors()?;
        }
        r
    }

    /// A specialised statement whose closure failed: its retry, else the general path.
    #[inline(never)]
    fn exec_fast_failed(&mut self, n: &crate::spec::StmtNode) -> SR {
        if let Some(r) = &n.retry {
            if r(self) {
                return Ok(Ctl::Next);
            }
        }
        self.exec_inner(&n.orig)
    }

    pub(crate) fn exec_inner(&mut self, s: &Stmt) -> SR {
        match &s.kind {
            StmtKind::Fast(n) => return self.exec_inner(&n.orig),
            StmtKind::Flow(f) => return (f.0)(self),
            StmtKind::Expr(e) => {
                if let ExprKind::Assign(p, v) = &e.kind {
                    if let Place::Local(s) = **p {
                        // `$x = expr;` as a statement: move the value, no copy for the result.
                        // (A specialised right side that failed, e.g. on a local holding a
                        // reference as `foreach` by reference leaves, is tried once more by
                        // the general numeric evaluator, which reads through references.)
                        if let Some(n) = self.num(v).or_else(|| self.num_through_refs(v)) {
                            let i = self.base + s as usize;
                            match &mut self.stack[i] {
                                Value::Ref(r) => r.set(n.value()),
                                slot => crate::value::discard(std::mem::replace(slot, n.value())),
                            }
                            return Ok(Ctl::Next);
                        }
                        let v = self.eval(v)?;
                        let i = self.base + s as usize;
                        match &mut self.stack[i] {
                            Value::Ref(r) => r.set(v),
                            slot => *slot = v,
                        }
                        return Ok(Ctl::Next);
                    }
                }
                let v = self.eval(e)?;
                crate::value::discard(v);
            }
            StmtKind::Echo(es) => {
                for e in es {
                    let v = self.eval(e)?;
                    self.settle()?;
                    self.echo_value(&v)?;
                }
            }
            StmtKind::InlineHtml(h) => self.echo(h),
            StmtKind::If(arms, else_) => {
                for (c, b) in arms {
                    if self.cond(c)? {
                        return self.exec_block(b);
                    }
                }
                if let Some(b) = else_ {
                    return self.exec_block(b);
                }
            }
            StmtKind::While(c, body) => {
                while self.cond(c)? {
                    loop_body!(self, body);
                }
            }
            StmtKind::DoWhile(body, c) => loop {
                loop_body!(self, body);
                if !self.cond(c)? {
                    break;
                }
            },
            StmtKind::For {
                init,
                cond,
                step,
                body,
            } => {
                for e in init {
                    self.eval(e)?;
                    self.settle()?;
                }
                loop {
                    let mut ok = true;
                    for (i, c) in cond.iter().enumerate() {
                        if i + 1 == cond.len() {
                            ok = self.cond(c)?;
                        } else {
                            self.eval(c)?;
                            self.settle()?;
                        }
                    }
                    if !ok {
                        break;
                    }
                    loop_body!(self, body);
                    for e in step {
                        if !self.step_fast(e) {
                            crate::value::discard(self.eval(e)?);
                            self.settle()?;
                        }
                    }
                }
            }
            StmtKind::Foreach {
                subject,
                subject_place,
                key,
                value,
                by_ref,
                body,
            } => {
                return self.exec_foreach(
                    subject,
                    subject_place.as_deref(),
                    key.as_deref(),
                    value,
                    *by_ref,
                    body,
                )
            }
            StmtKind::Switch {
                subject,
                cases,
                body,
            } => {
                let v = self.eval(subject)?;
                self.settle()?;
                let mut start = None;
                for (c, idx) in cases {
                    if let Some(c) = c {
                        let cv = self.eval(c)?;
                        if crate::ops::loose_eq(self, &v, &cv)? {
                            start = Some(*idx);
                            break;
                        }
                    }
                }
                if start.is_none() {
                    start = cases.iter().find(|(c, _)| c.is_none()).map(|(_, i)| *i);
                }
                if let Some(st) = start {
                    match self.exec_block(&body[st..])? {
                        Ctl::Break(n) | Ctl::Continue(n) if n <= 1 => {}
                        Ctl::Break(n) => return Ok(Ctl::Break(n - 1)),
                        Ctl::Continue(n) => return Ok(Ctl::Continue(n - 1)),
                        c => return Ok(c),
                    }
                }
            }
            StmtKind::Break(n) => return Ok(Ctl::Break(*n)),
            StmtKind::Continue(n) => return Ok(Ctl::Continue(*n)),
            StmtKind::Return(e) => {
                let v = match e {
                    // Numeric locals and literals without a trip through `eval_node`.
                    Some(e) => self.operand(e)?,
                    None => Value::Null,
                };
                crate::value::discard(std::mem::replace(&mut self.retval, v));
                return Ok(Ctl::Return);
            }
            StmtKind::Global(names) => {
                for (name, slot) in names {
                    let r = self.global_ref(name);
                    let i = self.base + *slot as usize;
                    if self.frames.is_empty() {
                        // Already global scope: nothing to bind.
                        continue;
                    }
                    self.stack[i] = Value::Ref(r);
                }
            }
            StmtKind::Static(vars) => {
                let code = match self.frames.last().and_then(|f| f.code().cloned()) {
                    Some(c) => c,
                    None => self.main_code.clone().unwrap_or_default(),
                };
                for (slot, idx, init) in vars {
                    let existing = code.statics.borrow().get(*idx).cloned().flatten();
                    let r = match existing {
                        Some(r) => r,
                        None => {
                            let v = match init {
                                Some(e) => self.eval(e)?,
                                None => Value::Null,
                            };
                            let r = PhpRef::new(v);
                            if let Some(c) = code.statics.borrow_mut().get_mut(*idx) {
                                *c = Some(r.clone());
                            }
                            r
                        }
                    };
                    let i = self.base + *slot as usize;
                    self.stack[i] = Value::Ref(r);
                }
            }
            StmtKind::Unset(places) => {
                for p in places {
                    self.unset_place(p)?;
                }
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                let r = self.exec_block(body);
                let r = match r {
                    Err(u) if self.pending_exception().is_some() => {
                        let ex = match self.take_unwind() {
                            crate::vm::UnwindKind::Throw(ex) => ex,
                            _ => return Err(u),
                        };
                        let mut handled = None;
                        'outer: for c in catches {
                            for cn in &c.classes {
                                if self.instance_of_named(&ex, &cn.lname)
                                    || (cn.lname.as_bytes() == b"throwable")
                                {
                                    handled = Some(c);
                                    break 'outer;
                                }
                            }
                        }
                        match handled {
                            Some(c) => {
                                if let Some(slot) = c.slot {
                                    let i = self.base + slot as usize;
                                    self.stack[i].assign(Value::Object(ex));
                                }
                                self.exec_block(&c.body)
                            }
                            None => Err(self.throw(ex)),
                        }
                    }
                    r => r,
                };
                if let Some(f) = finally {
                    if r.is_err()
                        && self.pending_exception().is_none()
                        && !matches!(self.unwinding, Some(crate::vm::UnwindKind::Destroy))
                    {
                        return r;
                    }
                    // Keep the pending exception / return value across the finally block.
                    let saved_unwind = self.unwinding.take();
                    let saved_ret = std::mem::take(&mut self.retval);
                    let fr = self.exec_block(f);
                    if fr.is_err() {
                        // An exception thrown by `finally` while another one was pending
                        // gets the pending one as its innermost previous.
                        if let (Some(crate::vm::UnwindKind::Throw(old)), Some(new)) =
                            (&saved_unwind, self.pending_exception().cloned())
                        {
                            chain_previous(&new, old);
                        }
                    }
                    match fr? {
                        Ctl::Next => {
                            self.unwinding = saved_unwind;
                            self.retval = saved_ret;
                            return r;
                        }
                        c => return Ok(c),
                    }
                }
                return r;
            }
            StmtKind::FuncDecl(f) => self.declare_function(f)?,
            StmtKind::ClassDecl(d) => self.declare_class(d)?,
            StmtKind::ConstDecl(cs) => {
                for (n, e) in cs {
                    let v = self.eval(e)?;
                    if self.constants.contains_key(n) {
                        self.raise(E_WARNING, &format!("Constant {} already defined", n))?;
                    } else {
                        self.constants.insert(n.clone(), v);
                        self.user_constants.push(n.clone());
                    }
                }
            }
            StmtKind::Block(b) => return self.exec_block(b),
            StmtKind::ReturnRef(p) => {
                let r = self.place_ref(p)?;
                self.retval = Value::Ref(r);
                return Ok(Ctl::Return);
            }
            StmtKind::Nop | StmtKind::Label(_) => {}
            StmtKind::Goto(l) => return Ok(Ctl::Goto(*l)),
            StmtKind::Tick(n) => self.tick(*n)?,
        }
        Ok(Ctl::Next)
    }

    /// Declares a user function (error if it exists).
    pub fn declare_function(&mut self, f: &Rc<Function>) -> Result<(), Unwind> {
        let l = f.name.to_ascii_lowercase();
        if let Some(existing) = self.functions.get(&l) {
            if Rc::ptr_eq(existing, f) {
                return Ok(());
            }
            let mut msg = format!("Cannot redeclare {}()", f.name);
            if let FuncBody::User(old) = &existing.body {
                msg.push_str(&format!(
                    " (previously declared in {}:{})",
                    old.file, old.line
                ));
            }
            if let FuncBody::User(new) = &f.body {
                self.line = new.line;
                self.file = new.file.clone();
            }
            return Err(self.fatal(&msg));
        }
        self.functions.insert(l.clone(), f.clone());
        self.function_names.push(l);
        Ok(())
    }

    /// Writes a value as `echo` does.
    pub fn echo_value(&mut self, v: &Value) -> Result<(), Unwind> {
        match v {
            Value::Str(s) => self.out.write(s),
            Value::Int(i) => {
                let mut buf = itoa_buf(*i);
                self.out.write(buf.as_bytes_mut());
            }
            _ => {
                let s = self.to_str(v)?;
                self.out.write(&s);
            }
        }
        self.note_output_start();
        Ok(())
    }

    /// Runs a `foreach` statement the general way.
    pub(crate) fn exec_foreach(
        &mut self,
        subject: &Expr,
        subject_place: Option<&Place>,
        key: Option<&Place>,
        value: &Place,
        by_ref: bool,
        body: &[Stmt],
    ) -> SR {
        if by_ref {
            if let Some(place) = subject_place.filter(|p| !matches!(p, Place::Temp(_))) {
                // The value read is only looked at: holding it during the loop would make
                // the first write copy the whole array.
                let (iterable, null) = match self.read_place_quiet(place)? {
                    Value::Array(_) => (true, false),
                    Value::Null => (false, true),
                    _ => (false, false),
                };
                if null && !matches!(place, Place::Local(_)) {
                    // A missing element or property is created (as `null`, which the
                    // by-value path below then rejects with PHP's warning); a local is
                    // left as it is (undefined ones warn there).
                    self.place_ref(place)?;
                }
                if iterable {
                    let r = self.place_ref(place)?;
                    let mut pos = 0usize;
                    loop {
                        // Find the next element in the live array and make it a reference.
                        let step = r.with_mut(|v| {
                            if let Value::Array(a) = v {
                                let p = a.live_pos_from(pos)?;
                                let a = Rc::make_mut(a);
                                let k = a.at(p).map(|x| x.0)?;
                                let er = a.at_mut(p)?.make_ref();
                                Some((p, k, er))
                            } else {
                                None
                            }
                        });
                        let (p, k, er) = match step {
                            Some(x) => x,
                            None => break,
                        };
                        pos = p + 1;
                        self.bind_ref(value, er)?;
                        if let Some(kp) = key {
                            self.assign_place(kp, k.to_value())?;
                        }
                        loop_body!(self, body);
                    }
                    return Ok(Ctl::Next);
                }
            }
        }
        let subj = self.eval(subject)?;
        self.settle()?;
        self.foreach_over(subj, key, value, by_ref, body)
    }

    /// Iterates the evaluated subject of a `foreach` by value (or an object by reference)
    /// the general way: arrays, objects and generators; other values warn.
    pub(crate) fn foreach_over(
        &mut self,
        subj: Value,
        key: Option<&Place>,
        value: &Place,
        by_ref: bool,
        body: &[Stmt],
    ) -> SR {
        match subj {
            Value::Array(arr) => {
                let mut pos = 0usize;
                while let Some(p) = arr.live_pos_from(pos) {
                    pos = p + 1;
                    let (k, v) = match arr.at(p) {
                        Some((k, v)) => (k, v.deref()),
                        None => break,
                    };
                    if let Place::Local(slot) = value {
                        let i = self.base + *slot as usize;
                        self.stack[i].assign(v);
                    } else {
                        self.assign_place(value, v)?;
                    }
                    match key {
                        Some(Place::Local(slot)) => {
                            let i = self.base + *slot as usize;
                            self.stack[i].assign(k.to_value());
                        }
                        Some(kp) => {
                            self.assign_place(kp, k.to_value())?;
                        }
                        None => {}
                    }
                    loop_body!(self, body);
                }
                Ok(Ctl::Next)
            }
            Value::Object(o) => {
                crate::generator::check_foreach(self, &o, by_ref)?;
                let it = self.object_iterator(&o)?;
                // By reference, each visible property is bound as it is reached.
                let by_ref_props =
                    (by_ref && matches!(it, crate::classes::ObjIter::Props(..))).then(|| o.clone());
                drop(o);
                // PHP's iterator takes a handle; it is freed after the iterated object
                // (tuple fields drop in order).
                let guard = matches!(it, crate::classes::ObjIter::Iter(..))
                    .then(|| self.objects.reserve_handle());
                let mut st = (it, guard);
                loop {
                    let item = self.iter_next(&mut st.0)?;
                    let (k, v) = match item {
                        Some(x) => x,
                        None => match &by_ref_props {
                            // By reference, PHP walks the live property table: properties
                            // added meanwhile come next.
                            Some(o) if self.foreach_props_grown(o, &mut st.0)? => continue,
                            _ => break,
                        },
                    };
                    match &by_ref_props {
                        Some(o) => match self.foreach_prop_ref(o, &k)? {
                            Some(r) => self.bind_ref(value, r)?,
                            None => continue,
                        },
                        None => {
                            self.assign_place(value, v)?;
                        }
                    }
                    if let Some(kp) = key {
                        self.assign_place(kp, k)?;
                    }
                    loop_body!(self, body);
                }
                let (it, guard) = st;
                drop(it);
                if self.objects.has_pending() {
                    self.run_pending_destructors()?;
                }
                drop(guard);
                Ok(Ctl::Next)
            }
            other => {
                self.raise(
                    E_WARNING,
                    &format!(
                        "foreach() argument must be of type array|object, {} given",
                        other.type_name()
                    ),
                )?;
                Ok(Ctl::Next)
            }
        }
    }

    // ------------------------------------------------------------------ calls

    /// Evaluates call arguments for `f` (references for by-ref parameters, spreads, named).
    pub fn eval_args(
        &mut self,
        f: Option<&Rc<Function>>,
        args: &[Arg],
    ) -> Result<Vec<Value>, Unwind> {
        // Room for the defaults a native call appends for parameters not passed.
        let mut out = self.spare_vec(args.len().max(f.map_or(0, |f| f.params.len())));
        let mut named: Vec<(PhpStr, Value)> = Vec::new();
        for a in args {
            if a.spread {
                let v = self.eval(&a.expr)?;
                match v {
                    Value::Array(arr) => {
                        for (k, v) in arr.iter() {
                            match k {
                                crate::array::Key::Int(_) => {
                                    if !named.is_empty() {
                                        return Err(self.throw_error(
                                            "Error",
                                            "Cannot use positional argument after named argument during unpacking".into(),
                                        ));
                                    }
                                    out.push(v.deref())
                                }
                                crate::array::Key::Str(s) => named.push((s, v.deref())),
                            }
                        }
                    }
                    Value::Object(o) => {
                        let mut it = self.object_iterator(&o)?;
                        while let Some((_, v)) = self.iter_next(&mut it)? {
                            out.push(v);
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
            let idx = match &a.name {
                Some(n) => match f.and_then(|f| f.params.iter().position(|p| &p.name == n)) {
                    Some(i) => i,
                    None => usize::MAX,
                },
                None => out.len(),
            };
            let by_ref = f.is_some_and(|f| idx != usize::MAX && f.param_by_ref(idx));
            let v = if by_ref {
                match &a.place {
                    Some(p) => Value::Ref(self.place_ref(p)?),
                    None => {
                        let v = self.eval(&a.expr)?;
                        let prefer = f.is_some_and(|f| f.param_prefer_ref(idx));
                        if prefer {
                            // A value is fine: the function works on a temporary.
                        } else if !matches!(
                            a.expr.kind,
                            ExprKind::Call(..)
                                | ExprKind::MethodCall(..)
                                | ExprKind::StaticCall(..)
                                | ExprKind::New(..)
                        ) {
                            if let Some(f) = f {
                                let msg = format!(
                                    "{}(): Argument #{} (${}) cannot be passed by reference",
                                    self.display_func_name(f),
                                    idx + 1,
                                    f.params
                                        .get(idx)
                                        .map_or_else(PhpStr::empty, |p| p.name.clone())
                                );
                                return Err(self.throw_error("Error", msg));
                            }
                        } else {
                            self.raise(
                                crate::diag::E_NOTICE,
                                "Only variables should be passed by reference",
                            )?;
                        }
                        Value::Ref(PhpRef::new(v))
                    }
                }
            } else if let Some(v) = self.pure_leaf(&a.expr) {
                // A variable or literal: copied straight from where it is.
                v.deref()
            } else {
                self.eval(&a.expr)?
            };
            match &a.name {
                Some(n) => named.push((n.clone(), v)),
                None => {
                    if !named.is_empty() {
                        return Err(self.throw_error(
                            "Error",
                            "Cannot use positional argument after named argument".into(),
                        ));
                    }
                    out.push(v)
                }
            }
        }
        if named.is_empty() {
            // Nothing allocated: skip the out-of-line drop of the empty vector.
            std::mem::forget(named);
            return Ok(out);
        }
        match f {
            Some(f) => {
                let f = f.clone();
                // Variadic user functions collect unknown named args as string keys.
                if !f.is_native() && f.params.last().is_some_and(|p| p.variadic) {
                    let (known, extra): (Vec<_>, Vec<_>) = named
                        .into_iter()
                        .partition(|(n, _)| f.params.iter().any(|p| &p.name == n && !p.variadic));
                    let mut v = self.bind_named(&f, out, known)?;
                    self.pending_named = extra;
                    let _ = &mut v;
                    Ok(v)
                } else {
                    self.bind_named(&f, out, named)
                }
            }
            None => Ok(out),
        }
    }

    /// Runs a user function with arguments given as a vector (callables, natives calling
    /// back, methods): the arguments are pushed on the value stack and the call proceeds as
    /// for a direct call site.
    pub fn call_user(&mut self, c: &Callee, args: Vec<Value>) -> ER {
        if c.func.is_native() {
            return self.call_callee(c, args);
        }
        let base = self.stack.len();
        let nargs = args.len();
        self.stack.extend(args);
        let t = CallTarget {
            func: &c.func,
            this: c.this.clone(),
            scope: c.scope.clone(),
            static_class: c.static_class.clone(),
            captured: Captures::Slice(&c.captured),
        };
        self.enter_user(t, base, nargs)
    }

    /// Evaluates plain positional arguments for a user function straight onto the value
    /// stack (no argument vector). Returns `None` when the call needs the general path
    /// (spread, named arguments, or an expression passed to a by-reference parameter);
    /// nothing has been evaluated then. On `Some`, the arguments sit at
    /// `stack[base..base + args.len()]`.
    #[inline(always)]
    pub fn push_args(&mut self, f: &Function, args: &[Arg]) -> Option<Result<usize, Unwind>> {
        if let FuncBody::User(code) = &f.body {
            if code.plain_params {
                return self.push_plain_args(args);
            }
        }
        self.push_args_general(f, args)
    }

    /// [`Vm::push_args`] when some parameter may be by reference.
    #[inline(never)]
    fn push_args_general(&mut self, f: &Function, args: &[Arg]) -> Option<Result<usize, Unwind>> {
        for (i, a) in args.iter().enumerate() {
            if a.spread || a.name.is_some() || (a.place.is_none() && f.param_by_ref(i)) {
                return None;
            }
        }
        let base = self.stack.len();
        for (i, a) in args.iter().enumerate() {
            // (An expression that is no place never meets a by-reference parameter here.)
            let v = match &a.place {
                Some(p) if f.param_by_ref(i) => self.place_ref(p).map(Value::Ref),
                _ => match self.num(&a.expr) {
                    Some(n) => Ok(n.value()),
                    None => self.eval(&a.expr),
                },
            };
            match v {
                Ok(v) => self.stack.push(v),
                Err(u) => {
                    self.stack.truncate(base);
                    return Some(Err(u));
                }
            }
        }
        Some(Ok(base))
    }

    /// [`Vm::push_args`] for a function whose parameters are all by value
    /// ([`UserCode::plain_params`]): no by-reference lookups.
    #[inline(always)]
    pub(crate) fn push_plain_args(&mut self, args: &[Arg]) -> Option<Result<usize, Unwind>> {
        if args.iter().any(|a| a.spread || a.name.is_some()) {
            return None;
        }
        Some(self.eval_plain_args(args))
    }

    /// Evaluates positional arguments, none spread, onto the value stack (references
    /// dereferenced) for a function whose parameters are all by value; the base of the
    /// arguments on the stack.
    #[inline(always)]
    pub(crate) fn eval_plain_args(&mut self, args: &[Arg]) -> Result<usize, Unwind> {
        let base = self.stack.len();
        for a in args {
            if let Err(u) = self.push_plain_arg(&a.expr) {
                self.stack.truncate(base);
                return Err(u);
            }
        }
        Ok(base)
    }

    /// Evaluates one by-value argument onto the value stack. A number (from a specialised
    /// numeric node or an int/float local) is pushed by its parts, straight into the stack:
    /// built in a temporary and copied whole, its two stores reloaded as one 16-byte value
    /// stalled store forwarding on every call.
    #[inline(always)]
    fn push_plain_arg(&mut self, e: &Expr) -> Result<(), Unwind> {
        match &e.kind {
            ExprKind::NumOp(n) => {
                match (n.f)(self).get() {
                    Some(crate::fast::N::I(i)) => push_int(&mut self.stack, i),
                    Some(crate::fast::N::F(f)) => push_float(&mut self.stack, f),
                    None => return self.push_arg_eval(e),
                }
                Ok(())
            }
            ExprKind::Local(s) => match self.stack.get(self.base + *s as usize) {
                Some(&Value::Int(i)) => {
                    push_int(&mut self.stack, i);
                    Ok(())
                }
                Some(&Value::Float(f)) => {
                    push_float(&mut self.stack, f);
                    Ok(())
                }
                Some(Value::Undef | Value::Ref(_)) | None => self.push_arg_slow(e),
                Some(_) => {
                    self.push_slot_copy(self.base + *s as usize);
                    Ok(())
                }
            },
            // `$a[$i]`, `$a[3]`: an existing number in a local array.
            ExprKind::Index(b, k) => {
                if let (ExprKind::Local(s), Some(i)) = (&b.kind, self.int_key(k)) {
                    if let Some(Value::Array(a)) = self.stack.get(self.base + *s as usize) {
                        match a.get_int(i) {
                            Some(&Value::Int(i)) => {
                                push_int(&mut self.stack, i);
                                return Ok(());
                            }
                            Some(&Value::Float(f)) => {
                                push_float(&mut self.stack, f);
                                return Ok(());
                            }
                            _ => {}
                        }
                    }
                }
                self.push_arg_slow(e)
            }
            _ => self.push_arg_slow(e),
        }
    }

    /// Pushes a copy of the value in stack slot `i` (out of line: a whole value pushed in
    /// line made the compiler build the number arguments in a temporary too).
    #[inline(never)]
    fn push_slot_copy(&mut self, i: usize) {
        let v = self.stack[i].clone();
        self.stack.push(v);
    }

    /// [`Vm::push_plain_arg`] for the other shapes: read in place when
    /// [`Vm::arg_value`] can, else evaluated.
    #[inline(never)]
    fn push_arg_slow(&mut self, e: &Expr) -> Result<(), Unwind> {
        match self.arg_value(e) {
            Some(v) => {
                push_parts(&mut self.stack, v);
                Ok(())
            }
            None => self.push_arg_eval(e),
        }
    }

    /// Evaluates an argument the general way and pushes it (dereferenced).
    #[inline(never)]
    fn push_arg_eval(&mut self, e: &Expr) -> Result<(), Unwind> {
        let r = self.eval_call(e);
        let Some(n) = num_of(&r) else {
            match r? {
                // (Evaluation gives plain values; a reference would bind by reference.)
                Value::Ref(r) => self.stack.push(r.get()),
                v => self.stack.push(v),
            }
            return Ok(());
        };
        // A number: nothing to drop.
        std::mem::forget(r);
        match n {
            crate::fast::N::I(i) => push_int(&mut self.stack, i),
            crate::fast::N::F(f) => push_float(&mut self.stack, f),
        }
        Ok(())
    }

    /// Runs a user function whose `nargs` arguments are already on the value stack at
    /// `base` (see [`Vm::push_args`]): pushes the frame, binds parameters in place
    /// (coercion, defaults, variadics, closure captures), runs the body and pops the frame.
    ///
    /// The common case (no generator, no variadic parameter, no extra or named arguments)
    /// takes a short path; everything else goes through [`Vm::enter_user_general`].
    pub fn enter_user(&mut self, t: CallTarget<'_>, base: usize, nargs: usize) -> ER {
        // Objects freed while the arguments were evaluated are destroyed before the call,
        // and those freed by the call (its locals and arguments) before the caller goes on,
        // as PHP frees its temporaries.
        if self.objects.has_pending() {
            if let Err(u) = self.run_pending_destructors() {
                self.release_slots(base);
                return Err(u);
            }
        }
        let r = self.enter_user_body(t, base, nargs);
        self.after_call(r)
    }

    /// Runs the destructors of objects a call freed; an exception from one replaces the
    /// call's result.
    #[inline(always)]
    pub fn after_call(&mut self, r: ER) -> ER {
        if self.objects.has_pending() {
            return self.after_call_pending(r);
        }
        r
    }

    /// [`Vm::after_call`] when destructors are pending.
    #[cold]
    #[inline(never)]
    fn after_call_pending(&mut self, r: ER) -> ER {
        self.run_pending_destructors()?;
        r
    }

    fn enter_user_body(&mut self, t: CallTarget<'_>, base: usize, nargs: usize) -> ER {
        let f = t.func;
        let code = match &f.body {
            FuncBody::User(code) => code,
            FuncBody::Native(_) => return self.enter_native(t, base),
        };
        guard_call!(self, base);
        let nparams = f.params.len();
        let plain = code.plain_params && nargs == nparams;
        if !plain
            && (nargs > nparams || code.is_generator || f.params.last().is_some_and(|p| p.variadic))
            || !self.pending_named.is_empty()
        {
            return self.enter_user_general(t, base, nargs);
        }
        let CallTarget {
            this,
            scope,
            static_class,
            captured,
            ..
        } = t;
        let caller = self.push_call(f, code, base, nargs, nparams, this, scope, static_class);
        let caller_strict = caller.strict;
        let bound = if plain {
            // Only references passed by `call_user` need undoing.
            for v in &mut self.stack[base..base + nargs] {
                if let Value::Ref(r) = v {
                    *v = r.get();
                }
            }
            if let Captures::None = captured {
                Ok(())
            } else {
                self.install_captures(&captured);
                Ok(())
            }
        } else {
            self.bind_fixed(f, nargs, caller_strict, &captured)
        };
        let r = match bound {
            Ok(()) => match self.exec_block(&code.body) {
                Ok(Ctl::Return) => {
                    let v = self.take_retval();
                    if f.ret.is_some() || matches!(v, Value::Ref(_)) {
                        self.finish_return(f, v)
                    } else {
                        self.ref_return = None;
                        Ok(v)
                    }
                }
                Ok(_) => self.finish_return(f, Value::Null),
                Err(e) => {
                    self.ref_return = None;
                    Err(e)
                }
            },
            Err(e) => {
                self.ref_return = None;
                Err(e)
            }
        };
        self.pop_call(base, caller);
        r
    }

    /// Makes room for the callee's slots above `base` (at least `min_slots`), switches to
    /// its strictness, its declaration's line (parameter checks report it, as PHP's RECV
    /// opcodes do) and its file, and pushes its frame: the short call paths' entry, undone
    /// by [`Vm::pop_call`].
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(crate) fn push_call(
        &mut self,
        f: &Rc<Function>,
        code: &UserCode,
        base: usize,
        nargs: usize,
        min_slots: usize,
        this: Option<crate::object::ObjRef>,
        scope: Option<Rc<Class>>,
        static_class: Option<Rc<Class>>,
    ) -> CallerState {
        let top = base + (code.nslots as usize).max(min_slots);
        if top > self.stack.len() {
            self.stack.resize_with(top, || Value::Undef);
        }
        let strict = std::mem::replace(&mut self.strict, code.strict);
        let line = std::mem::replace(&mut self.line, code.line);
        // The caller's file moves into the frame and comes back from it on return; a call
        // within the same file leaves it alone.
        let call_file = if self.file.ptr_eq(&code.file) {
            None
        } else {
            Some(std::mem::replace(&mut self.file, code.file.clone()))
        };
        // The frame is written straight into the vector's memory: built first and moved by
        // `Vec::push` (not inlined), its fields were stored 8 bytes at a time and read back
        // 16 at a time, which stalls store forwarding (a fifth of a call's time).
        if self.frames.len() == self.frames.capacity() {
            self.frames.reserve(1);
        }
        let len = self.frames.len();
        // `reserve(1)` above left room for one more frame: the spare part is not empty.
        self.frames.spare_capacity_mut()[0].write(Frame {
            func: f.clone(),
            base,
            this,
            scope,
            static_class,
            call_line: line,
            nargs: nargs as u32,
            call_file,
            rare: None,
        });
        // SAFETY: the element at index `len` was just initialised by `write`, and those below
        // `len` were initialised already, so the first `len + 1` elements are; `len + 1` is
        // within the capacity since the spare part had an element at index 0.
        unsafe { self.frames.set_len(len + 1) };
        let base = std::mem::replace(&mut self.base, base);
        self.depth += 1;
        CallerState { strict, line, base }
    }

    /// Pops the frame [`Vm::push_call`] pushed, releases the callee's slots from `base`
    /// and gives the caller back its state.
    #[inline(always)]
    pub(crate) fn pop_call(&mut self, base: usize, caller: CallerState) {
        self.depth -= 1;
        self.strict = caller.strict;
        if let Some(fr) = self.frames.pop() {
            drop_frame(self, fr);
        }
        self.release_frame_slots(base);
        self.base = caller.base;
        self.line = caller.line;
    }

    /// [`Vm::release_slots`] in line for the common case of a frame holding only scalars
    /// (one pass to check, no drops); anything else goes out of line.
    #[inline(always)]
    pub(crate) fn release_frame_slots(&mut self, base: usize) {
        let scalars = self.stack.get(base..).is_some_and(|s| {
            s.iter().all(|v| {
                matches!(
                    v,
                    Value::Undef | Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_)
                )
            })
        });
        if scalars {
            while self.stack.len() > base {
                // A scalar: nothing to drop.
                std::mem::forget(self.stack.pop());
            }
        } else {
            self.release_slots(base);
        }
    }

    /// Pops the value stack down to `base`, releasing the slots in order (destructors are
    /// queued as PHP frees its CVs); scalars need no drop.
    #[inline(never)]
    pub(crate) fn release_slots(&mut self, base: usize) {
        let len = self.stack.len();
        if base >= len {
            return;
        }
        for v in &mut self.stack[base..] {
            if !matches!(
                v,
                Value::Undef | Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_)
            ) {
                crate::value::discard(std::mem::take(v));
            }
        }
        // What is left are scalars: nothing to drop.
        while self.stack.len() > base {
            if let Some(v) = self.stack.pop() {
                crate::value::discard(v);
            }
        }
    }

    /// A native function reached through [`Vm::enter_user`]: its arguments move off the
    /// value stack into a vector.
    #[cold]
    #[inline(never)]
    fn enter_native(&mut self, t: CallTarget<'_>, base: usize) -> ER {
        let args = self.stack.split_off(base);
        let c = t.to_callee();
        self.call_callee(&c, args)
    }

    /// The checks before a call when one of them fired: recursion depth, machine stack,
    /// then a pending interrupt.
    #[cold]
    #[inline(never)]
    pub(crate) fn call_guard(&mut self) -> Result<(), Unwind> {
        if self.depth >= self.max_depth || crate::stack_guard::nearly_full() {
            return Err(self.recursion_exhausted());
        }
        if self.interrupt.is_pending() {
            return self.service_interrupt(false);
        }
        Ok(())
    }

    /// The value a user function returns once its body completed with `v`: a reference
    /// returned by `function &f()` goes to `ref_return`, declared return types are checked.
    pub(crate) fn finish_return(&mut self, f: &Rc<Function>, v: Value) -> ER {
        match v {
            Value::Ref(rf) => {
                // `function &f()`: callers binding by reference (`$x = &f()`) take the
                // reference from `ref_return`; everyone else gets the value.
                let v = rf.get();
                self.ref_return = Some(rf);
                match f.ret.is_some() {
                    true => self.check_return(f, v),
                    false => Ok(v),
                }
            }
            v => {
                self.ref_return = None;
                if f.ret.is_some() {
                    self.check_return(f, v)
                } else {
                    Ok(v)
                }
            }
        }
    }

    /// Binds parameters when every one was passed (`nargs` is at most the parameter
    /// count, none variadic): dereferences by-value arguments and checks declared types,
    /// falling back to [`Vm::bind_params`] for defaults, too few arguments and coercion.
    #[inline]
    fn bind_fixed(
        &mut self,
        f: &Rc<Function>,
        nargs: usize,
        caller_strict: bool,
        captured: &Captures<'_>,
    ) -> Result<(), Unwind> {
        let n = f.params.len();
        if nargs < n {
            return self.bind_params(f, nargs, None, caller_strict, captured);
        }
        let base = self.base;
        for i in 0..n {
            let p = &f.params[i];
            if p.by_ref {
                continue;
            }
            let slot = &mut self.stack[base + i];
            if let Value::Ref(r) = slot {
                *slot = r.get();
            }
            if let Some(t) = &p.ty {
                if !crate::types::fast_accepts(slot, t) {
                    return self.bind_params(f, nargs, None, caller_strict, captured);
                }
            }
        }
        match captured {
            Captures::None => Ok(()),
            _ => {
                self.install_captures(captured);
                Ok(())
            }
        }
    }

    /// Copies closure captures into their slots of the running frame.
    pub(crate) fn install_captures(&mut self, captured: &Captures<'_>) {
        let base = self.base;
        match captured {
            Captures::None => {}
            Captures::Slice(c) => copy_captures(&mut self.stack, base, c),
            Captures::Closure(o) => {
                let stack = &mut self.stack;
                o.with_native::<crate::calls::ClosureData, _>(|c| {
                    if let Some(c) = c {
                        copy_captures(stack, base, &c.captured);
                    }
                });
            }
        }
    }

    /// [`Vm::enter_user`] for the rare shapes: generators, variadic parameters, extra
    /// arguments kept for `func_get_args`, named arguments collected by a variadic.
    #[inline(never)]
    fn enter_user_general(&mut self, t: CallTarget<'_>, base: usize, nargs: usize) -> ER {
        let f = t.func;
        let code = match &f.body {
            FuncBody::User(code) => code.clone(),
            FuncBody::Native(_) => return self.enter_native(t, base),
        };
        let caller_strict = self.strict;
        let nfixed = f.params.len() - usize::from(f.params.last().is_some_and(|p| p.variadic));
        // Arguments beyond the declared parameters are kept in the frame (func_get_args).
        let extra = if nargs > nfixed {
            self.stack.split_off(base + nfixed)
        } else {
            Vec::new()
        };
        let top = base + (code.nslots as usize).max(nfixed);
        if top > self.stack.len() {
            self.stack.resize_with(top, || Value::Undef);
        }
        let named_extra = if self.pending_named.is_empty() {
            None
        } else {
            Some(std::mem::take(&mut self.pending_named))
        };
        // Push the frame first so defaults and type errors see the callee.
        let is_generator = code.is_generator;
        let gen_callee = is_generator.then(|| t.to_callee());
        let CallTarget {
            this,
            scope,
            static_class,
            captured,
            ..
        } = t;
        let caller_line = self.line;
        // The caller's file moves into the frame and comes back from it on return.
        let call_file = Some(std::mem::replace(&mut self.file, code.file.clone()));
        self.frames.push(Frame {
            func: f.clone(),
            base,
            this,
            scope,
            static_class,
            call_line: caller_line,
            nargs: nargs as u32,
            call_file,
            rare: crate::vm::FrameRare::new(extra, None),
        });
        let saved_base = self.base;
        self.base = base;
        self.depth += 1;
        self.strict = code.strict;
        // Parameter checks report the declaration's line, as PHP's RECV opcodes do.
        self.line = code.line;
        let r = self.bind_params(f, nargs, named_extra, caller_strict, &captured);
        let r = match r {
            Ok(()) => {
                if let Some(c) = gen_callee {
                    let closure = match &captured {
                        Captures::Closure(o) => Some(crate::object::ObjRef::clone(o)),
                        _ => None,
                    };
                    self.make_generator(&c, &code, closure)
                } else {
                    match self.exec_block(&code.body) {
                        Ok(Ctl::Return) => Ok(std::mem::take(&mut self.retval)),
                        Ok(_) => Ok(Value::Null),
                        Err(e) => Err(e),
                    }
                }
            }
            Err(e) => Err(e),
        };
        let r = match r {
            Ok(Value::Ref(rf)) => {
                // `function &f()`: callers binding by reference (`$x = &f()`) take the
                // reference from `ref_return`; everyone else gets the value.
                let v = rf.get();
                self.ref_return = Some(rf);
                match f.ret.is_some() {
                    true => self.check_return(f, v),
                    false => Ok(v),
                }
            }
            Ok(v) if f.ret.is_some() && !is_generator => {
                self.ref_return = None;
                self.check_return(f, v)
            }
            r => {
                self.ref_return = None;
                r
            }
        };
        self.depth -= 1;
        self.strict = caller_strict;
        if let Some(fr) = self.frames.pop() {
            if let Some(file) = fr.call_file {
                self.file = file;
            }
            drop_frame_rest(fr.func, fr.this, fr.scope, fr.static_class, fr.rare);
        }
        // Slots are released in order (destructors are queued as PHP frees its CVs).
        for v in self.stack.drain(base..) {
            crate::value::discard(v);
        }
        self.base = saved_base;
        self.line = caller_line;
        r
    }

    /// Binds parameters in place: the frame's first `nargs.min(fixed)` slots hold the
    /// passed values, extra ones are in the frame's `args`.
    fn bind_params(
        &mut self,
        f: &Rc<Function>,
        nargs: usize,
        named_extra: Option<Vec<(PhpStr, Value)>>,
        caller_strict: bool,
        captured: &Captures<'_>,
    ) -> Result<(), Unwind> {
        let base = self.base;
        if nargs < f.required {
            let (file, line) = match self.frames.last() {
                Some(fr) => (fr.call_file(), fr.call_line),
                None => (self.file.clone(), self.line),
            };
            let msg =
                format!(
                "Too few arguments to function {}(), {} passed in {} on line {} and {} {} expected",
                self.display_func_name(f),
                nargs,
                file,
                line,
                if f.required == f.params.len() { "exactly" } else { "at least" },
                f.required
            );
            return Err(self.throw_error("ArgumentCountError", msg));
        }
        for (i, p) in f.params.iter().enumerate() {
            if p.variadic {
                let extra = match self.frames.last() {
                    Some(fr) => fr.extra_args().to_vec(),
                    None => Vec::new(),
                };
                let mut rest = PhpArray::new();
                // Extra arguments collected by a variadic parameter have no name in messages.
                let no_name = PhpStr::empty();
                for (k, v) in extra.into_iter().enumerate() {
                    let v = if p.by_ref { v } else { v.deref() };
                    let v = match (&p.ty, p.by_ref) {
                        (Some(t), false) => {
                            self.coerce_arg(f, i + k, &v, t, &no_name, caller_strict, false)?
                        }
                        _ => v,
                    };
                    let _ = rest.push(v);
                }
                for (n, v) in named_extra.into_iter().flatten() {
                    rest.insert(crate::array::Key::Str(n), v);
                }
                self.stack[base + i] = Value::from(rest);
                break;
            }
            if i < nargs {
                if p.by_ref {
                    continue;
                }
                let slot = &mut self.stack[base + i];
                if let Value::Ref(r) = slot {
                    *slot = r.get();
                }
                if let Some(t) = &p.ty {
                    if !crate::types::fast_accepts(slot, t) {
                        // Cloned, not taken: a TypeError's trace shows the argument.
                        let v = self.stack[base + i].clone();
                        let v = self.coerce_arg(f, i, &v, t, &p.name, caller_strict, false)?;
                        self.stack[base + i] = v;
                    }
                }
                continue;
            }
            let v = match &p.default {
                Some(DefaultValue::Value(v)) => v.clone(),
                Some(DefaultValue::Expr(e)) => {
                    let e = e.clone();
                    self.eval(&e)?
                }
                Some(DefaultValue::Const(n)) => self.lookup_constant(n).unwrap_or(Value::Null),
                None => Value::Null,
            };
            self.stack[base + i] = v;
        }
        self.install_captures(captured);
        Ok(())
    }

    /// The arguments of a frame as `func_get_args()` sees them: the current values of the
    /// passed parameters, then the extra arguments.
    pub fn frame_args(&self, fr: &Frame) -> Vec<Value> {
        let nfixed =
            fr.func.params.len() - usize::from(fr.func.params.last().is_some_and(|p| p.variadic));
        let n = (fr.nargs as usize).min(nfixed);
        let mut out = Vec::with_capacity(fr.nargs as usize);
        for i in 0..n {
            out.push(
                self.stack
                    .get(fr.base + i)
                    .map_or(Value::Null, Value::deref),
            );
        }
        out.extend(fr.extra_args().iter().map(Value::deref));
        out
    }

    fn check_return(&mut self, f: &Rc<Function>, v: Value) -> ER {
        let ty = match &f.ret {
            Some(t) => t,
            None => return Ok(v),
        };
        use crate::types::bits;
        if ty.bits & bits::VOID != 0 {
            return Ok(Value::Null);
        }
        if ty.bits & bits::STATIC != 0 || crate::types::fast_accepts(&v, ty) {
            return Ok(v);
        }
        match crate::types::coerce(&v, ty, f.strict) {
            crate::types::Coerced::Ok(nv, dep) => {
                if let Some(d) = dep {
                    self.raise(E_DEPRECATED, &d)?;
                }
                Ok(nv)
            }
            _ => {
                if let Value::Object(o) = &v {
                    let ok = ty.classes.iter().any(|c| {
                        let lc = c.to_ascii_lowercase();
                        match lc.as_bytes() {
                            b"self" | b"static" => true,
                            b"parent" => true,
                            n => self.instance_of_named(o, n),
                        }
                    }) || (ty.bits & bits::OBJECT != 0)
                        || (ty.bits & bits::ITERABLE != 0
                            && o.class().instance_of_name(b"traversable"))
                        || (ty.bits & bits::CALLABLE != 0 && o.class().magic.invoke.is_some())
                        || (ty.bits & bits::STRING != 0
                            && !f.strict
                            && o.class().magic.to_string.is_some());
                    if ok {
                        if ty.bits & bits::STRING != 0
                            && ty.classes.is_empty()
                            && ty.bits & bits::OBJECT == 0
                        {
                            return self.to_str(&v).map(Value::Str);
                        }
                        return Ok(v);
                    }
                }
                if ty.bits == bits::NEVER {
                    // Only reached by falling off the end: `return` is a compile error.
                    let msg = format!(
                        "{}(): never-returning function must not implicitly return",
                        self.display_func_name(f)
                    );
                    return Err(self.throw_error("TypeError", msg));
                }
                let msg = format!(
                    "{}(): Return value must be of type {}, {} returned",
                    self.display_func_name(f),
                    ty,
                    if matches!(v, Value::Null) {
                        "none".to_string()
                    } else {
                        v.type_name()
                    }
                );
                let msg = if matches!(v, Value::Null) {
                    msg.replace("none returned", "null returned")
                } else {
                    msg
                };
                Err(self.throw_error("TypeError", msg))
            }
        }
    }

    /// Evaluates a constant expression (defaults, class constants, property defaults).
    pub fn eval_const_expr(&mut self, e: &Rc<Expr>) -> ER {
        self.eval(e)
    }

    /// Name of a slot of the running code (for `Undefined variable $x`).
    pub fn slot_name(&self, slot: u32) -> PhpStr {
        match self.frames.last().and_then(|f| f.code()) {
            Some(c) => c.slot_names.get(slot as usize).cloned().unwrap_or_default(),
            None => self
                .global_slot_names
                .get(slot as usize)
                .cloned()
                .unwrap_or_default(),
        }
    }

    /// Current class scope for `self::`.
    pub fn self_class(&mut self) -> Result<Rc<Class>, Unwind> {
        match self.current_scope() {
            Some(c) => Ok(c),
            None => Err(self.throw_error(
                "Error",
                "Cannot use \"self\" when no class scope is active".into(),
            )),
        }
    }

    /// `static::` class.
    pub fn static_class(&mut self) -> Result<Rc<Class>, Unwind> {
        match self
            .frames
            .last()
            .and_then(|f| f.static_class.clone().or_else(|| f.scope.clone()))
        {
            Some(c) => Ok(c),
            None => Err(self.throw_error(
                "Error",
                "Cannot use \"static\" when no class scope is active".into(),
            )),
        }
    }
}

/// Copies closure captures `(slot, value)` into the frame starting at `base`.
#[inline]
fn copy_captures(stack: &mut [Value], base: usize, captured: &[(u32, Value)]) {
    for (slot, v) in captured {
        if let Some(s) = stack.get_mut(base + *slot as usize) {
            crate::value::discard(std::mem::replace(s, v.clone()));
        }
    }
}

/// The caller's state a short-path call replaces ([`Vm::push_call`], [`Vm::pop_call`]).
pub(crate) struct CallerState {
    /// The caller's `strict_types`.
    pub(crate) strict: bool,
    /// The caller's current line.
    line: u32,
    /// The caller's slot base.
    base: usize,
}

/// Takes back the caller's file from a popped frame of the short call paths and drops the
/// rest of it, skipping the drop glue of the fields a plain call leaves empty.
#[inline(always)]
pub(crate) fn drop_frame(vm: &mut Vm, fr: Frame) {
    if let Some(file) = fr.call_file {
        vm.file = file;
    }
    drop_frame_rest(fr.func, fr.this, fr.scope, fr.static_class, fr.rare);
}

/// Drops what a popped frame held, skipping the drop glue of the fields a plain function
/// call leaves empty.
#[inline(always)]
fn drop_frame_rest(
    func: Rc<Function>,
    this: Option<crate::object::ObjRef>,
    scope: Option<Rc<Class>>,
    static_class: Option<Rc<Class>>,
    rare: Option<Box<crate::vm::FrameRare>>,
) {
    drop(func);
    if this.is_some() {
        drop(this);
    } else {
        std::mem::forget(this);
    }
    if scope.is_some() || static_class.is_some() {
        drop(scope);
        drop(static_class);
    } else {
        std::mem::forget(scope);
        std::mem::forget(static_class);
    }
    if rare.is_some() {
        drop(rare);
    } else {
        std::mem::forget(rare);
    }
}

/// Pushes `Value::Int(i)` with its tag and payload stored straight into the vector.
/// (`Vec::push` of a built value keeps it in a temporary for the unwinding path of its
/// growth and copies it whole from there: two small stores reloaded as one 16-byte value,
/// which stalls store forwarding. Here the value is only made once there is room.)
#[inline(always)]
pub(crate) fn push_int(stack: &mut Vec<Value>, i: i64) {
    stack.extend(std::iter::once(i).map(Value::Int));
}

/// Pushes `v`, a number by its parts ([`push_int`], [`push_float`]).
#[inline(always)]
pub(crate) fn push_parts(stack: &mut Vec<Value>, v: Value) {
    match v {
        Value::Int(i) => push_int(stack, i),
        Value::Float(f) => push_float(stack, f),
        v => stack.push(v),
    }
}

/// The number a call returned, read in place by its parts (tag, then payload) where the
/// call wrote it. Moving the whole result instead copies it piece by piece, padding
/// included, with boundaries that differ from the writer's, and the reads that straddle two
/// of its stores stall store forwarding. `None` for errors and other values.
#[inline(always)]
pub(crate) fn num_of(r: &ER) -> Option<crate::fast::N> {
    match r {
        Ok(Value::Int(i)) => Some(crate::fast::N::I(*i)),
        Ok(Value::Float(f)) => Some(crate::fast::N::F(*f)),
        _ => None,
    }
}

/// Stores number `n` into a local's slot as `$x = n;` does: through the reference the slot
/// holds, else replacing its value, the number written by its parts (nothing can unwind
/// between reading the old value and writing the new one).
#[inline(always)]
pub(crate) fn assign_slot_num(slot: &mut Value, n: crate::fast::N) {
    match slot {
        Value::Ref(r) => r.set(n.value()),
        slot => {
            let old = match n {
                crate::fast::N::I(i) => std::mem::replace(slot, Value::Int(i)),
                crate::fast::N::F(f) => std::mem::replace(slot, Value::Float(f)),
            };
            crate::value::discard(old);
        }
    }
}

/// [`push_int`] for `Value::Float(f)`.
#[inline(always)]
pub(crate) fn push_float(stack: &mut Vec<Value>, f: f64) {
    stack.extend(std::iter::once(f).map(Value::Float));
}

/// Small stack buffer for integer formatting without allocation.
pub struct ItoaBuf {
    buf: [u8; 24],
    start: usize,
}

impl ItoaBuf {
    fn as_bytes_mut(&mut self) -> &[u8] {
        &self.buf[self.start..]
    }

    /// The digits.
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[self.start..]
    }
}

/// Formats an integer into a stack buffer.
pub fn itoa_buf(i: i64) -> ItoaBuf {
    let mut buf = [0u8; 24];
    let mut pos = 24;
    let neg = i < 0;
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if neg {
        pos -= 1;
        buf[pos] = b'-';
    }
    ItoaBuf { buf, start: pos }
}

/// True if `label` is defined in `s` at a place a `goto` may enter (not inside a loop,
/// `switch`, `try` or a nested function).
fn has_label(s: &Stmt, label: u32) -> bool {
    match &s.kind {
        StmtKind::Label(l) => *l == label,
        StmtKind::Block(b) => b.iter().any(|s| has_label(s, label)),
        StmtKind::If(branches, els) => {
            branches
                .iter()
                .any(|(_, b)| b.iter().any(|s| has_label(s, label)))
                || els
                    .as_ref()
                    .is_some_and(|b| b.iter().any(|s| has_label(s, label)))
        }
        _ => false,
    }
}

/// Appends `old` at the end of `new`'s chain of previous exceptions (unless already in it).
fn chain_previous(new: &crate::object::ObjRef, old: &crate::object::ObjRef) {
    let mut cur = new.clone();
    for _ in 0..64 {
        if cur.ptr_eq(old) {
            return;
        }
        match cur.get_prop(b"previous") {
            Some(Value::Object(p)) => cur = p,
            _ => {
                cur.set_prop(b"previous", Value::Object(old.clone()));
                return;
            }
        }
    }
}
