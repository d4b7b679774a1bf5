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
            while vm.eval_bool(&c)? {
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
                if vm.eval_bool(&c)? {
                    run(vm, &t)
                } else {
                    run(vm, &e)
                }
            }),
            None => Box::new(move |vm: &mut Vm| {
                if vm.eval_bool(&c)? {
                    run(vm, &t)
                } else {
                    Ok(Ctl::Next)
                }
            }),
        };
    }
    Box::new(move |vm: &mut Vm| {
        for (c, b) in &arms {
            if vm.eval_bool(c)? {
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
        }
        while vm.eval_bool(&c)? {
            vm.poll()?;
            if let Some(r) = after_body(run(vm, &body)?) {
                return r;
            }
            step(vm)?;
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
