//! Compile-time specialisation of control-flow statements.
//!
//! [`specialise_flow`] turns an `if`/`elseif`/`else` chain, a `while` loop or a `for` loop
//! with one condition into [`StmtKind::Flow`]: a closure made for that statement's shape
//! (how many arms, whether there is an `else`, whether a `for` step is `$i++` on a local),
//! owning its conditions and bodies. Running it skips the general statement dispatcher
//! (`exec_inner`'s large frame and its `match`) for every statement and loop iteration;
//! the statements inside run through [`Vm::exec`] as before, so line numbers, pending
//! destructors, interrupt checks (`poll` once per loop iteration, before the body, as the
//! general loops do), `break n`/`continue n`, `return` and `goto` behave exactly as in the
//! general path, which this code mirrors.
//!
//! `goto` may enter an `if` (not a loop) from outside, and the general path finds the label
//! by walking the statement; an `if` containing a label is therefore left as it is. A
//! `goto` inside a loop body to a label in the same body is handled as in
//! [`Vm::exec_block`].

use crate::interp::{Ctl, SR};
use crate::ir::{Block, Expr, ExprKind, Place, Stmt, StmtKind};
use crate::value::Value;
use crate::vm::{Unwind, Vm};
use std::fmt;

/// A compiled control-flow statement ([`StmtKind::Flow`]): runs the whole statement.
pub struct Flow(pub Box<dyn Fn(&mut Vm) -> SR>);

impl fmt::Debug for Flow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Flow")
    }
}

/// Runs a body as [`Vm::exec_block`] does, inlined into the closure (no call, no frame per
/// body run).
#[inline(always)]
fn run(vm: &mut Vm, b: &[Stmt]) -> SR {
    vm.exec_block_inline(b)
}

/// What a loop does after its body returned `c`: go on (`None`) or leave with the result.
/// The same decisions as the general loops in `exec_inner`.
#[inline(always)]
fn after_body(c: Ctl) -> Option<SR> {
    match c {
        Ctl::Next => None,
        Ctl::Break(n) => Some(Ok(if n > 1 { Ctl::Break(n - 1) } else { Ctl::Next })),
        Ctl::Continue(n) => {
            if n > 1 {
                Some(Ok(Ctl::Continue(n - 1)))
            } else {
                None
            }
        }
        Ctl::Return => Some(Ok(Ctl::Return)),
        Ctl::Goto(l) => Some(Ok(Ctl::Goto(l))),
    }
}

/// Wraps `s` in [`StmtKind::Flow`] when it is an `if` chain without labels, a `while` loop or
/// a `for` loop with exactly one condition; returns it unchanged otherwise.
pub fn specialise_flow(s: Stmt) -> Stmt {
    let line = s.line;
    let f: Box<dyn Fn(&mut Vm) -> SR> = match s.kind {
        StmtKind::If(arms, els) => {
            if arms.iter().any(|(_, b)| b.iter().any(has_any_label))
                || els.as_ref().is_some_and(|b| b.iter().any(has_any_label))
            {
                return Stmt {
                    kind: StmtKind::If(arms, els),
                    line,
                };
            }
            if_fn(arms, els)
        }
        StmtKind::While(c, body) => Box::new(move |vm: &mut Vm| {
            while vm.cond(&c)? {
                vm.poll()?;
                if let Some(r) = after_body(run(vm, &body)?) {
                    return r;
                }
            }
            Ok(Ctl::Next)
        }),
        StmtKind::For {
            init,
            mut cond,
            step,
            body,
        } if cond.len() == 1 => {
            let c = cond.pop().expect("one condition");
            for_fn(init, c, step, body)
        }
        StmtKind::Foreach {
            subject,
            subject_place,
            key,
            value,
            by_ref,
            body,
        } => {
            let slots = match (&value, key.as_deref()) {
                (Place::Local(v), None) => Some((*v, None)),
                (Place::Local(v), Some(Place::Local(k))) => Some((*v, Some(*k))),
                _ => None,
            };
            let src = match subject_place.as_deref() {
                Some(Place::Local(s)) => Some(*s),
                _ => None,
            };
            match (slots, by_ref, src) {
                (Some((v, k)), false, _) => foreach_value_fn(subject, key, value, v, k, body),
                (Some((v, k)), true, Some(s)) => {
                    foreach_ref_fn(subject, subject_place, key, value, s, v, k, body)
                }
                _ => {
                    return Stmt {
                        kind: StmtKind::Foreach {
                            subject,
                            subject_place,
                            key,
                            value,
                            by_ref,
                            body,
                        },
                        line,
                    }
                }
            }
        }
        kind => return Stmt { kind, line },
    };
    Stmt {
        kind: StmtKind::Flow(Flow(f)),
        line,
    }
}

/// The closure for an `if` chain, by number of arms and presence of `else`.
fn if_fn(mut arms: Vec<(Expr, Block)>, els: Option<Block>) -> Box<dyn Fn(&mut Vm) -> SR> {
    if arms.len() == 1 {
        let (c, t) = arms.pop().expect("one arm");
        return match els {
            Some(e) => Box::new(move |vm: &mut Vm| {
                if vm.cond(&c)? {
                    run(vm, &t)
                } else {
                    run(vm, &e)
                }
            }),
            // One statement (the arms hold no label, so a `goto` out of it leaves the
            // block as it would leave `exec_block`): run it without the block loop.
            None if t.len() == 1 => {
                let s = t.into_iter().next().expect("one statement");
                if let StmtKind::Flow(f) = s.kind {
                    // A compiled statement (`return <expr>;`): `exec` without the kind test.
                    let line = s.line;
                    return Box::new(move |vm: &mut Vm| {
                        if !vm.cond(&c)? {
                            return Ok(Ctl::Next);
                        }
                        vm.line = line;
                        let r = (f.0)(vm);
                        vm.settle()?;
                        r
                    });
                }
                Box::new(move |vm: &mut Vm| {
                    if vm.cond(&c)? {
                        vm.exec(&s)
                    } else {
                        Ok(Ctl::Next)
                    }
                })
            }
            None => Box::new(move |vm: &mut Vm| {
                if vm.cond(&c)? {
                    run(vm, &t)
                } else {
                    Ok(Ctl::Next)
                }
            }),
        };
    }
    Box::new(move |vm: &mut Vm| {
        for (c, b) in &arms {
            if vm.cond(c)? {
                return run(vm, b);
            }
        }
        match &els {
            Some(b) => run(vm, b),
            None => Ok(Ctl::Next),
        }
    })
}

/// The closure for a `for` loop with one condition; a step that is `$i++`/`$i--` on a local
/// holding an int (no overflow) is done in place.
fn for_fn(init: Vec<Expr>, c: Expr, step: Vec<Expr>, body: Block) -> Box<dyn Fn(&mut Vm) -> SR> {
    let inc_slot = match step.as_slice() {
        [Expr {
            kind: ExprKind::IncDec(_, true, p),
            ..
        }] => match **p {
            Place::Local(s) => Some(s),
            _ => None,
        },
        _ => None,
    };
    match inc_slot {
        Some(s) => for_loop(init, c, body, move |vm: &mut Vm| {
            match vm.stack.get_mut(vm.base + s as usize) {
                Some(Value::Int(n)) if *n < i64::MAX => *n += 1,
                _ => crate::value::discard(vm.eval(&step[0])?),
            }
            Ok(())
        }),
        None => for_loop(init, c, body, move |vm: &mut Vm| {
            for e in &step {
                if !vm.step_fast(e) {
                    crate::value::discard(vm.eval(e)?);
                    vm.settle()?;
                }
            }
            Ok(())
        }),
    }
}

/// The loop of [`for_fn`] around its step (a separate closure per step shape, each
/// compiled with its step inlined).
fn for_loop(
    init: Vec<Expr>,
    c: Expr,
    body: Block,
    step: impl Fn(&mut Vm) -> Result<(), Unwind> + 'static,
) -> Box<dyn Fn(&mut Vm) -> SR> {
    Box::new(move |vm: &mut Vm| {
        for e in &init {
            vm.eval(e)?;
            vm.settle()?;
        }
        while vm.cond(&c)? {
            vm.poll()?;
            if let Some(r) = after_body(run(vm, &body)?) {
                return r;
            }
            step(vm)?;
        }
        Ok(Ctl::Next)
    })
}

/// Assigns to a local as `foreach` does (through a reference the local holds).
#[inline(always)]
fn put(vm: &mut Vm, s: u32, v: Value) {
    let i = vm.base + s as usize;
    match &mut vm.stack[i] {
        Value::Ref(r) => r.set(v),
        slot => crate::value::discard(std::mem::replace(slot, v)),
    }
}

/// [`put`] of a copy of the element `v`. A number replacing a number of the same kind (the
/// previous element, usually) is written in place, payload only: a value built whole
/// (`Value::clone`, `mem::replace`) is assembled on the stack in parts and copied with one
/// 16-byte load, which waits for those stores (a store-forwarding stall).
#[inline(always)]
fn put_elem(vm: &mut Vm, s: u32, v: &Value) {
    let i = vm.base + s as usize;
    match (&mut vm.stack[i], v) {
        (Value::Int(o), Value::Int(x)) => *o = *x,
        (Value::Float(o), Value::Float(x)) => *o = *x,
        _ => put(vm, s, v.deref()),
    }
}

/// [`put`] of an int key, in place over an int (see [`put_elem`]).
#[inline(always)]
fn put_int(vm: &mut Vm, s: u32, k: i64) {
    let i = vm.base + s as usize;
    match &mut vm.stack[i] {
        Value::Int(o) => *o = k,
        _ => put(vm, s, Value::Int(k)),
    }
}

/// `foreach ($subject as [$k =>] $v)` with local `$k`/`$v`: an array is iterated here (a
/// snapshot: the array value taken when the loop starts, as the general path does), packed
/// arrays by index; objects, generators and other values go to the general path with the
/// subject already evaluated.
fn foreach_value_fn(
    subject: Expr,
    key: Option<Box<Place>>,
    value: Place,
    vs: u32,
    ks: Option<u32>,
    body: Block,
) -> Box<dyn Fn(&mut Vm) -> SR> {
    Box::new(move |vm: &mut Vm| {
        let subj = vm.eval(&subject)?;
        vm.settle()?;
        let arr = match subj {
            Value::Array(a) => a,
            other => return vm.foreach_over(other, key.as_deref(), &value, false, &body),
        };
        if let Some(vals) = arr.packed_values() {
            for (i, v) in vals.iter().enumerate() {
                put_elem(vm, vs, v);
                if let Some(ks) = ks {
                    put_int(vm, ks, i as i64);
                }
                vm.poll()?;
                if let Some(r) = after_body(run(vm, &body)?) {
                    return r;
                }
            }
            return Ok(Ctl::Next);
        }
        let mut pos = 0usize;
        while let Some(p) = arr.live_pos_from(pos) {
            pos = p + 1;
            let Some((k, v)) = arr.at(p) else {
                break;
            };
            put_elem(vm, vs, v);
            if let Some(ks) = ks {
                put(vm, ks, k.to_value());
            }
            vm.poll()?;
            if let Some(r) = after_body(run(vm, &body)?) {
                return r;
            }
        }
        Ok(Ctl::Next)
    })
}

/// `foreach ($local as [$k =>] &$v)` with local `$k`/`$v` over a local holding an array
/// (directly or through a reference): the local becomes a reference and each element in
/// turn is made a reference bound to `$v`, in the live array (elements added or removed by
/// the body are seen), as the general path does; anything else goes to the general path.
#[allow(clippy::too_many_arguments)]
fn foreach_ref_fn(
    subject: Expr,
    subject_place: Option<Box<Place>>,
    key: Option<Box<Place>>,
    value: Place,
    src: u32,
    vs: u32,
    ks: Option<u32>,
    body: Block,
) -> Box<dyn Fn(&mut Vm) -> SR> {
    Box::new(move |vm: &mut Vm| {
        let i = vm.base + src as usize;
        let is_array = match &vm.stack[i] {
            Value::Array(_) => true,
            Value::Ref(r) => r.with(|v| matches!(v, Value::Array(_))),
            _ => false,
        };
        if !is_array {
            return vm.exec_foreach(
                &subject,
                subject_place.as_deref(),
                key.as_deref(),
                &value,
                true,
                &body,
            );
        }
        let r = vm.stack[i].make_ref();
        let mut pos = 0usize;
        loop {
            let step = r.with_mut(|v| {
                let Value::Array(a) = v else {
                    return None;
                };
                let p = a.live_pos_from(pos)?;
                let a = crate::array::make_mut(a);
                let k = a.at(p).map(|x| x.0)?;
                let er = a.at_mut(p)?.make_ref();
                Some((p, k, er))
            });
            let Some((p, k, er)) = step else {
                break;
            };
            pos = p + 1;
            let j = vm.base + vs as usize;
            vm.stack[j] = Value::Ref(er);
            if let Some(ks) = ks {
                put(vm, ks, k.to_value());
            }
            vm.poll()?;
            if let Some(r) = after_body(run(vm, &body)?) {
                return r;
            }
        }
        Ok(Ctl::Next)
    })
}

/// True if a label a `goto` from outside could enter is defined in `s`: the places the
/// general path's label search looks into (nested blocks and `if`s; `goto` into a loop,
/// `switch` or `try` is not allowed).
fn has_any_label(s: &Stmt) -> bool {
    let any = |b: &Block| b.iter().any(has_any_label);
    match &s.kind {
        StmtKind::Label(_) => true,
        StmtKind::Block(b) => any(b),
        StmtKind::If(arms, els) => {
            arms.iter().any(|(_, b)| any(b)) || els.as_ref().is_some_and(any)
        }
        _ => false,
    }
}
