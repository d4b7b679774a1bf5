//! Generators: functions containing `yield`, run as stackful coroutines.
//!
//! # Design
//! The evaluator is a recursive tree-walker, so a `yield` deep inside nested statements and
//! expressions must suspend all the Rust frames above it. Each PHP generator therefore runs
//! its body on its own machine stack (a coroutine from the `generator` crate). The coroutine
//! is resumed by the driver ([`Vm::gen_resume`]) and suspends itself at `yield` with the
//! crate's free `yield_` function, so no handle needs to be threaded through the evaluator.
//!
//! The evaluator works on `&mut Vm`. Rust cannot let the suspended frames (on the coroutine
//! stack) and the resuming code (on the caller's stack) both hold that borrow, so the runtime
//! itself travels with control: the driver moves the whole [`Vm`] into the coroutine as the
//! resume message (leaving a cheap hollow `Vm` behind), and the `yield` site moves it back out
//! in the suspend message, leaving a hollow one in the suspended frames' hands until the next
//! resume. Only one side ever touches the live runtime; no `unsafe` is involved.
//!
//! A suspended generator's locals (its slots) and call frame are kept in [`GenState`]; on
//! every resume they are pushed on top of the caller's value stack and frame list (so traces
//! show the generator called from where it was resumed) and popped again when it suspends.
//!
//! `yield from` runs inside the delegating generator: arrays and Traversables are iterated
//! and re-yielded; an inner generator is resumed step by step, forwarding sent values and
//! thrown exceptions.

use crate::func::FuncBody;
use crate::interp::{Ctl, ER};
use crate::ir::{Expr, UserCode};
use crate::native::{Args, Ctx, NResult};
use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::{Frame, Unwind, UnwindKind, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// Size of a generator's machine stack, in words (mapped lazily by the OS).
const STACK_WORDS: usize = 1 << 23;

/// What a resumed generator is asked to do at its `yield`.
enum Action {
    /// Continue; the `yield` expression evaluates to this value.
    Send(Value),
    /// Throw this exception at the `yield`.
    Throw(ObjRef),
    /// The generator is being destroyed: unwind, running `finally` blocks only.
    Destroy,
}

/// Resume message: the live runtime and the action.
struct GenIn {
    vm: Vm,
    action: Action,
}

/// Suspend/finish message.
enum GenOut {
    /// `yield`: the runtime, the key (None: next auto key; `Some((k, false))`: delegated key
    /// that does not move the auto-key counter) and the value.
    Yield(Vm, Option<(Value, bool)>, Value),
    /// The body finished (return value or unwinding).
    Done(Vm, Result<Value, Unwind>),
    /// The coroutine lost its runtime (never expected).
    Lost,
}

type Coro = generator::Generator<'static, GenIn, GenOut>;

/// The state of one PHP `Generator` object.
pub struct GenState {
    /// The `Closure` the generator function came from: PHP keeps it alive until the
    /// generator finishes (so its object handle is not reused before).
    closure: Option<crate::object::ObjRef>,
    co: Option<Coro>,
    started: bool,
    finished: bool,
    running: bool,
    at_first_yield: bool,
    key: Value,
    value: Value,
    largest_key: i64,
    retval: Option<Value>,
    slots: Vec<Value>,
    frame: Option<Frame>,
    code: Rc<UserCode>,
    /// Lowest usable address of the coroutine's stack once it has started (0 before).
    stack_low: usize,
}

/// Shared handle kept as the object's native payload.
#[derive(Clone)]
pub struct GenHandle(pub Rc<RefCell<GenState>>);

impl std::fmt::Debug for GenHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Generator")
    }
}

/// The generator payload of an object, if it is a `Generator`.
pub fn gen_of(o: &ObjRef) -> Option<GenHandle> {
    o.with_native::<GenHandle, _>(|g| g.cloned())
}

fn coroutine_body() -> GenOut {
    crate::stack_guard::enter_coroutine(STACK_WORDS * std::mem::size_of::<usize>());
    #[allow(deprecated)]
    let input: Option<GenIn> = generator::get_yield();
    let GenIn { mut vm, action } = match input {
        Some(i) => i,
        None => return GenOut::Lost,
    };
    let code = match vm.frames.last().and_then(|f| f.code().cloned()) {
        Some(c) => c,
        None => return GenOut::Done(vm, Ok(Value::Null)),
    };
    let r = match action {
        Action::Send(_) => match vm.exec_block(&code.body) {
            Ok(Ctl::Return) => Ok(std::mem::take(&mut vm.retval)),
            Ok(_) => Ok(Value::Null),
            Err(e) => Err(e),
        },
        Action::Throw(ex) => Err(vm.throw(ex)),
        Action::Destroy => Ok(Value::Null),
    };
    GenOut::Done(vm, r)
}

impl Vm {
    /// A cheap placeholder runtime left behind while the real one is inside a coroutine.
    fn hollow(&self) -> Vm {
        Vm::hollow_sharing(self.objects.clone())
    }

    /// Creates the `Generator` object for a call of a generator function. Called by
    /// `call_user` with the callee's frame on top and its parameters bound.
    pub fn make_generator(
        &mut self,
        _c: &crate::calls::Callee,
        code: &Rc<UserCode>,
        closure: Option<crate::object::ObjRef>,
    ) -> ER {
        let base = self.base;
        let slots: Vec<Value> = self.stack.drain(base..).collect();
        let frame = match self.frames.last_mut() {
            Some(f) => Frame {
                func: f.func.clone(),
                base: 0,
                this: f.this.clone(),
                scope: f.scope.clone(),
                static_class: f.static_class.clone(),
                call_line: f.call_line,
                nargs: f.nargs,
                call_file: f.call_file.clone(),
                rare: f.rare.take(),
            },
            None => return Err(self.fatal("generator without a frame")),
        };
        let co: Coro = generator::Gn::<GenIn>::new_opt(STACK_WORDS, coroutine_body);
        let st = GenState {
            co: Some(co),
            started: false,
            finished: false,
            running: false,
            at_first_yield: false,
            key: Value::Null,
            value: Value::Null,
            largest_key: -1,
            retval: None,
            slots,
            frame: Some(frame),
            code: code.clone(),
            stack_low: 0,
            closure,
        };
        let obj = self.instantiate_by_name("Generator")?;
        obj.set_native(Box::new(GenHandle(Rc::new(RefCell::new(st)))));
        Ok(Value::Object(obj))
    }

    /// Runs the generator until its next `yield` or its end.
    fn gen_resume(&mut self, g: &GenHandle, action: Action) -> Result<(), Unwind> {
        let (mut co, frame, slots, code) = {
            let mut st = g.0.borrow_mut();
            if st.finished {
                return Ok(());
            }
            if st.running {
                drop(st);
                return Err(
                    self.throw_error("Error", "Cannot resume an already running generator".into())
                );
            }
            let co = match st.co.take() {
                Some(c) => c,
                None => return Ok(()),
            };
            st.running = true;
            st.started = true;
            st.at_first_yield = false;
            (
                co,
                st.frame.take(),
                std::mem::take(&mut st.slots),
                st.code.clone(),
            )
        };
        let mut frame = match frame {
            Some(f) => f,
            None => return Err(self.fatal("generator without a frame")),
        };
        let base = self.stack.len();
        self.stack.extend(slots);
        frame.base = base;
        frame.call_line = self.line;
        frame.call_file = Some(self.file.clone());
        self.frames.push(frame);
        let saved_base = self.base;
        let saved_file = std::mem::replace(&mut self.file, code.file.clone());
        let saved_line = self.line;
        let saved_strict = self.strict;
        self.base = base;
        self.strict = code.strict;
        self.depth += 1;
        let hollow = self.hollow();
        let full = std::mem::replace(self, hollow);
        let outer_stack = crate::stack_guard::current();
        crate::stack_guard::set(g.0.borrow().stack_low);
        let out = co.raw_send(Some(GenIn { vm: full, action }));
        g.0.borrow_mut().stack_low = crate::stack_guard::current();
        crate::stack_guard::set(outer_stack);
        let (yielded, result) = match out {
            Some(GenOut::Yield(vm, k, v)) => {
                *self = vm;
                (Some((k, v)), Ok(Value::Null))
            }
            Some(GenOut::Done(vm, r)) => {
                *self = vm;
                (None, r)
            }
            Some(GenOut::Lost) | None => {
                return Err(self.fatal("generator lost its runtime"));
            }
        };
        self.depth -= 1;
        self.strict = saved_strict;
        self.base = saved_base;
        self.file = saved_file;
        self.line = saved_line;
        let frame = self.frames.pop();
        let slots = if self.stack.len() > base {
            self.stack.split_off(base)
        } else {
            Vec::new()
        };
        let mut st = g.0.borrow_mut();
        st.running = false;
        match yielded {
            Some((k, v)) => {
                st.frame = frame;
                st.slots = slots;
                st.co = Some(co);
                let key = match k {
                    None => {
                        st.largest_key += 1;
                        Value::Int(st.largest_key)
                    }
                    Some((k, own)) => {
                        if let (Value::Int(i), true) = (&k, own) {
                            if *i > st.largest_key {
                                st.largest_key = *i;
                            }
                        }
                        k
                    }
                };
                st.key = key;
                st.value = v;
                Ok(())
            }
            None => {
                st.finished = true;
                st.closure = None;
                st.key = Value::Null;
                st.value = Value::Null;
                drop(slots);
                match result {
                    Ok(v) => {
                        st.retval = Some(v);
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Runs a not yet started generator to its first `yield`.
    fn gen_ensure_started(&mut self, g: &GenHandle) -> Result<(), Unwind> {
        let fresh = {
            let st = g.0.borrow();
            !st.started && !st.finished
        };
        if fresh {
            self.gen_resume(g, Action::Send(Value::Null))?;
            g.0.borrow_mut().at_first_yield = true;
        }
        Ok(())
    }

    /// Suspends the running generator with `key => value`; returns what it is resumed with.
    fn gen_suspend(&mut self, key: Option<(Value, bool)>, value: Value) -> Result<Action, Unwind> {
        if !generator::is_generator() {
            return Err(self.throw_error("Error", "Cannot yield outside of a generator".into()));
        }
        let hollow = self.hollow();
        let full = std::mem::replace(self, hollow);
        #[allow(deprecated)]
        let back: Option<GenIn> = generator::yield_(GenOut::Yield(full, key, value));
        match back {
            Some(GenIn { vm, action }) => {
                *self = vm;
                Ok(action)
            }
            None => Err(self.fatal("generator resumed without its runtime")),
        }
    }

    /// `yield` / `yield $k => $v`.
    pub fn eval_yield(&mut self, k: Option<&Expr>, v: Option<&Expr>) -> ER {
        let key = match k {
            Some(k) => Some((self.eval(k)?, true)),
            None => None,
        };
        let val = match v {
            Some(v) => self.eval(v)?,
            None => Value::Null,
        };
        let action = self.gen_suspend(key, val)?;
        self.after_resume(action)
    }

    /// What a `yield` evaluates to once resumed with `action`.
    fn after_resume(&mut self, action: Action) -> ER {
        match action {
            Action::Send(v) => Ok(v),
            Action::Throw(ex) => Err(self.throw(ex)),
            Action::Destroy => Err(self.unwind(UnwindKind::Destroy)),
        }
    }

    /// `yield from $src`.
    pub fn eval_yield_from(&mut self, e: &Expr) -> ER {
        let src = self.eval(e)?;
        match src {
            Value::Array(a) => {
                for (k, v) in a.iter() {
                    let v = v.deref();
                    let action = self.gen_suspend(Some((k.to_value(), false)), v)?;
                    self.after_resume(action)?;
                }
                Ok(Value::Null)
            }
            Value::Object(o) => {
                if let Some(inner) = gen_of(&o) {
                    return self.yield_from_generator(&inner);
                }
                if !o.class().instance_of_name(b"traversable") {
                    return Err(self.throw_error(
                        "Error",
                        "Can use \"yield from\" only with arrays and Traversables".into(),
                    ));
                }
                let mut it = self.object_iterator(&o)?;
                while let Some((k, v)) = self.iter_next(&mut it)? {
                    let action = self.gen_suspend(Some((k, false)), v)?;
                    self.after_resume(action)?;
                }
                Ok(Value::Null)
            }
            _ => Err(self.throw_error(
                "Error",
                "Can use \"yield from\" only with arrays and Traversables".into(),
            )),
        }
    }

    fn yield_from_generator(&mut self, inner: &GenHandle) -> ER {
        if inner.0.borrow().running {
            return Err(self.throw_error(
                "Error",
                "Impossible to yield from the Generator being currently run".into(),
            ));
        }
        if inner.0.borrow().finished {
            return Err(self.throw_error(
                "Error",
                "Generator passed to yield from was aborted without proper return and is unable to continue".into(),
            ));
        }
        self.gen_ensure_started(inner)?;
        loop {
            let (k, v) = {
                let st = inner.0.borrow();
                if st.finished {
                    return Ok(st.retval.clone().unwrap_or(Value::Null));
                }
                (st.key.clone(), st.value.clone())
            };
            let action = self.gen_suspend(Some((k, false)), v)?;
            if let Action::Destroy = action {
                return Err(self.unwind(UnwindKind::Destroy));
            }
            self.gen_resume(inner, action)?;
        }
    }
}

// ------------------------------------------------------------------ Generator methods

fn this_gen(cx: &mut Ctx, a: &Args) -> Result<GenHandle, Unwind> {
    match a.this().and_then(gen_of) {
        Some(g) => Ok(g),
        None => Err(cx
            .vm()
            .throw_error("Error", "Generator method called on a non-generator".into())),
    }
}

fn gen_current(cx: &mut Ctx, a: &mut Args) -> NResult {
    let g = this_gen(cx, a)?;
    cx.vm().gen_ensure_started(&g)?;
    let v = g.0.borrow().value.clone();
    Ok(v)
}

fn gen_key(cx: &mut Ctx, a: &mut Args) -> NResult {
    let g = this_gen(cx, a)?;
    cx.vm().gen_ensure_started(&g)?;
    let v = g.0.borrow().key.clone();
    Ok(v)
}

fn gen_next(cx: &mut Ctx, a: &mut Args) -> NResult {
    let g = this_gen(cx, a)?;
    let vm = cx.vm();
    vm.gen_ensure_started(&g)?;
    vm.gen_resume(&g, Action::Send(Value::Null))?;
    Ok(Value::Null)
}

fn gen_valid(cx: &mut Ctx, a: &mut Args) -> NResult {
    let g = this_gen(cx, a)?;
    cx.vm().gen_ensure_started(&g)?;
    let done = g.0.borrow().finished;
    Ok(Value::Bool(!done))
}

fn gen_rewind(cx: &mut Ctx, a: &mut Args) -> NResult {
    let g = this_gen(cx, a)?;
    let vm = cx.vm();
    vm.gen_ensure_started(&g)?;
    let (first, finished) = {
        let st = g.0.borrow();
        (st.at_first_yield, st.finished)
    };
    if !first && !finished {
        return Err(vm.throw_error(
            "Exception",
            "Cannot rewind a generator that was already run".into(),
        ));
    }
    Ok(Value::Null)
}

fn gen_send(cx: &mut Ctx, a: &mut Args) -> NResult {
    let g = this_gen(cx, a)?;
    let v = a.get(0);
    let vm = cx.vm();
    vm.gen_ensure_started(&g)?;
    if g.0.borrow().finished {
        return Ok(Value::Null);
    }
    vm.gen_resume(&g, Action::Send(v))?;
    let v = g.0.borrow().value.clone();
    Ok(v)
}

fn gen_throw(cx: &mut Ctx, a: &mut Args) -> NResult {
    let g = this_gen(cx, a)?;
    let ex = match a.get(0) {
        Value::Object(o) => o,
        _ => return Ok(Value::Null),
    };
    let vm = cx.vm();
    vm.gen_ensure_started(&g)?;
    if g.0.borrow().finished {
        return Err(vm.throw(ex));
    }
    vm.gen_resume(&g, Action::Throw(ex))?;
    let v = g.0.borrow().value.clone();
    Ok(v)
}

fn gen_get_return(cx: &mut Ctx, a: &mut Args) -> NResult {
    let g = this_gen(cx, a)?;
    let vm = cx.vm();
    vm.gen_ensure_started(&g)?;
    let r = g.0.borrow().retval.clone();
    match r {
        Some(v) => Ok(v),
        None => Err(vm.throw_error(
            "Exception",
            "Cannot get return value of a generator that hasn't returned".into(),
        )),
    }
}

fn gen_destruct(cx: &mut Ctx, a: &mut Args) -> NResult {
    let g = this_gen(cx, a)?;
    let suspended = {
        let st = g.0.borrow();
        st.started && !st.finished && !st.running
    };
    if suspended {
        let vm = cx.vm();
        if let Err(e) = vm.gen_resume(&g, Action::Destroy) {
            if matches!(vm.unwinding, Some(UnwindKind::Destroy)) {
                vm.unwinding = None;
            } else {
                return Err(e);
            }
        }
    }
    Ok(Value::Null)
}

/// Checks done by `foreach` before iterating a generator: a finished generator cannot be
/// traversed, and by-reference iteration needs a by-reference generator.
pub fn check_foreach(vm: &mut Vm, o: &ObjRef, by_ref: bool) -> Result<(), Unwind> {
    let g = match gen_of(o) {
        Some(g) => g,
        None => return Ok(()),
    };
    let (finished, by_ref_fn) = {
        let st = g.0.borrow();
        let by_ref_fn = st
            .frame
            .as_ref()
            .is_some_and(|f| f.func.by_ref_return && matches!(f.func.body, FuncBody::User(_)));
        (st.finished, by_ref_fn)
    };
    if finished {
        return Err(vm.throw_error(
            "Exception",
            "Cannot traverse an already closed generator".into(),
        ));
    }
    if by_ref && !by_ref_fn {
        return Err(vm.throw_error(
            "Exception",
            "You can only iterate a generator by-reference if it declared that it yields by-reference"
                .into(),
        ));
    }
    Ok(())
}

/// Adds the `Generator` class's methods.
pub fn register_methods(c: &mut crate::native::NativeClass) {
    c.method("current(): mixed", gen_current)
        .method("key(): mixed", gen_key)
        .method("next(): void", gen_next)
        .method("valid(): bool", gen_valid)
        .method("rewind(): void", gen_rewind)
        .method("send(mixed $value): mixed", gen_send)
        .method("throw(Throwable $exception): mixed", gen_throw)
        .method("getReturn(): mixed", gen_get_return)
        .method("__destruct(): void", gen_destruct);
}
