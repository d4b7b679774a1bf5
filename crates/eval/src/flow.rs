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
use crate::spec::StmtNode;
use crate::value::Value;
use crate::vm::{Unwind, Vm};
use phpsock_syntax::ast::BinOp;
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

/// A body of a compiled statement, run in line by the closure that owns it.
trait Run: 'static {
    /// Runs the body as [`Vm::exec_block`] would.
    fn run(&self, vm: &mut Vm) -> SR;
}

impl Run for Block {
    #[inline(always)]
    fn run(&self, vm: &mut Vm) -> SR {
        run(vm, self)
    }
}

/// A body that is one compiled expression statement ([`StmtKind::Fast`]): its closure is
/// called directly, with what [`Vm::exec`] does around it (the line, the general path when
/// it declines, the pending-destructor check) and without the block loop (an expression
/// statement holds no label, so a block of it alone never continues at one).
struct One {
    /// The statement's line.
    line: u32,
    /// The compiled statement.
    node: StmtNode,
}

impl Run for One {
    #[inline(always)]
    fn run(&self, vm: &mut Vm) -> SR {
        vm.line = self.line;
        let r = if (self.node.f)(vm) {
            Ok(Ctl::Next)
        } else {
            vm.exec_inner(&self.node.orig)
        };
        vm.settle()?;
        r
    }
}

/// A loop-body statement that is compiled ([`StmtKind::Fast`] or [`StmtKind::Flow`]), run
/// as [`Vm::exec`] runs it, without the kind test of a general statement.
enum Step {
    /// A compiled expression statement.
    Fast(One),
    /// A compiled control-flow statement (a nested loop or `if`) and its line.
    Flow(u32, Flow),
}

impl Run for Step {
    #[inline(always)]
    fn run(&self, vm: &mut Vm) -> SR {
        match self {
            Step::Fast(o) => o.run(vm),
            Step::Flow(line, f) => {
                vm.line = *line;
                let r = (f.0)(vm);
                vm.settle()?;
                r
            }
        }
    }
}

impl Step {
    /// The statement back.
    fn into_stmt(self) -> Stmt {
        match self {
            Step::Fast(o) => Stmt {
                kind: StmtKind::Fast(o.node),
                line: o.line,
            },
            Step::Flow(line, f) => Stmt {
                kind: StmtKind::Flow(f),
                line,
            },
        }
    }

    /// The step for a compiled statement, or the statement back (when the statement is
    /// built, not run: the size of the error is of no consequence).
    #[allow(clippy::result_large_err)]
    fn of(s: Stmt) -> Result<Step, Stmt> {
        match s.kind {
            StmtKind::Fast(node) => Ok(Step::Fast(One { line: s.line, node })),
            StmtKind::Flow(f) => Ok(Step::Flow(s.line, f)),
            kind => Err(Stmt { kind, line: s.line }),
        }
    }
}

/// A loop body of two compiled statements, run one after the other as
/// [`Vm::exec_block`] runs them (neither holds a label a `goto` could continue at, so a
/// `goto` leaving the first passes up as the block would pass it).
struct Two(Step, Step);

impl Run for Two {
    #[inline(always)]
    fn run(&self, vm: &mut Vm) -> SR {
        match self.0.run(vm)? {
            Ctl::Next => self.1.run(vm),
            c => Ok(c),
        }
    }
}

/// A loop body of three or more compiled statements, run one after the other as
/// [`Vm::exec_block`] runs them, without the kind test (none holds a label a `goto` could
/// continue at, so a `goto` leaving one passes up as the block would pass it).
struct Seq(Box<[Step]>);

impl Run for Seq {
    #[inline(always)]
    fn run(&self, vm: &mut Vm) -> SR {
        for s in self.0.iter() {
            match s.run(vm)? {
                Ctl::Next => {}
                c => return Ok(c),
            }
        }
        Ok(Ctl::Next)
    }
}

/// An `if` arm, sorted by shape when its statement is built.
enum Body {
    /// One compiled expression statement.
    One(One),
    /// Anything else.
    Block(Block),
}

/// A loop body, sorted by shape when its statement is built.
enum LoopBody {
    /// One compiled expression statement.
    One(One),
    /// One compiled control-flow statement (`for … { for … { } }`).
    Step(Step),
    /// Two compiled statements.
    Two(Two),
    /// More compiled statements.
    Seq(Seq),
    /// Anything else.
    Block(Block),
}

impl Body {
    /// The shape of an `if` arm: one compiled expression statement, or a block.
    fn of(mut b: Block) -> Body {
        if b.len() == 1 {
            let s = b.pop().expect("one statement");
            return match s.kind {
                StmtKind::Fast(node) => Body::One(One { line: s.line, node }),
                kind => Body::Block(vec![Stmt { kind, line: s.line }]),
            };
        }
        Body::Block(b)
    }
}

impl LoopBody {
    /// The shape of a loop body: also one compiled control-flow statement, or two compiled
    /// statements.
    fn of(mut b: Block) -> LoopBody {
        let compiled = |s: &Stmt| matches!(s.kind, StmtKind::Fast(_) | StmtKind::Flow(_));
        match b.len() {
            1 if matches!(b[0].kind, StmtKind::Flow(_)) => {
                match Step::of(b.pop().expect("one statement")) {
                    Ok(s) => LoopBody::Step(s),
                    Err(s) => LoopBody::Block(vec![s]),
                }
            }
            2 if b.iter().all(compiled) => {
                let second = b.pop().expect("two statements");
                let first = b.pop().expect("two statements");
                match (Step::of(first), Step::of(second)) {
                    (Ok(a), Ok(c)) => LoopBody::Two(Two(a, c)),
                    (a, c) => LoopBody::Block(vec![
                        a.map_or_else(|s| s, Step::into_stmt),
                        c.map_or_else(|s| s, Step::into_stmt),
                    ]),
                }
            }
            n if n > 2 && b.iter().all(compiled) => {
                let mut steps = Vec::with_capacity(n);
                let mut rest = b.into_iter();
                while let Some(s) = rest.next() {
                    match Step::of(s) {
                        Ok(st) => steps.push(st),
                        Err(s) => {
                            // (Not reached: all are compiled.) Back to a block, in order.
                            let mut blk: Block = steps.into_iter().map(Step::into_stmt).collect();
                            blk.push(s);
                            blk.extend(rest);
                            return LoopBody::Block(blk);
                        }
                    }
                }
                LoopBody::Seq(Seq(steps.into_boxed_slice()))
            }
            _ => match Body::of(b) {
                Body::One(o) => LoopBody::One(o),
                Body::Block(b) => LoopBody::Block(b),
            },
        }
    }
}

/// A statement's condition, sorted by shape when the statement is built: an int local
/// against an int literal or another int local is tested in line (`<=`, `>`, `>=`
/// rewritten as `<` or its negation); the closures are made per shape ([`with_cond!`]).
enum Test {
    /// `($s < k) == want` when `$s` holds an int.
    LtInt(u32, i64, bool, Expr),
    /// `($a < $b) == want` when both hold ints.
    LtSlot(u32, u32, bool, Expr),
    /// Anything else: [`Vm::cond`].
    Other(Expr),
}

impl Test {
    fn of(e: Expr) -> Test {
        match Self::shape(&e) {
            Some(Shape::Int(s, k, w)) => Test::LtInt(s, k, w, e),
            Some(Shape::Slots(a, b, w)) => Test::LtSlot(a, b, w, e),
            None => Test::Other(e),
        }
    }

    fn shape(e: &Expr) -> Option<Shape> {
        let ExprKind::CmpOp(n) = &e.kind else {
            return None;
        };
        let ExprKind::Bin(op, l, r) = &n.orig.kind else {
            return None;
        };
        let flip = |op: BinOp| match op {
            BinOp::Lt => BinOp::Gt,
            BinOp::Le => BinOp::Ge,
            BinOp::Gt => BinOp::Lt,
            BinOp::Ge => BinOp::Le,
            o => o,
        };
        match (&l.kind, &r.kind) {
            (ExprKind::Local(a), ExprKind::Local(b)) => Some(match op {
                BinOp::Lt => Shape::Slots(*a, *b, true),
                // a <= b: !(b < a); a > b: b < a; a >= b: !(a < b).
                BinOp::Le => Shape::Slots(*b, *a, false),
                BinOp::Gt => Shape::Slots(*b, *a, true),
                BinOp::Ge => Shape::Slots(*a, *b, false),
                _ => return None,
            }),
            (ExprKind::Local(a), ExprKind::Lit(Value::Int(k))) => Self::lt_int(*op, *a, *k),
            (ExprKind::Lit(Value::Int(k)), ExprKind::Local(a)) => Self::lt_int(flip(*op), *a, *k),
            _ => None,
        }
    }

    /// `$a op k` as `($a < k') == want`.
    fn lt_int(op: BinOp, a: u32, k: i64) -> Option<Shape> {
        Some(match op {
            BinOp::Lt => Shape::Int(a, k, true),
            // a <= k: a < k + 1; a > k: !(a < k + 1); a >= k: !(a < k).
            BinOp::Le => Shape::Int(a, k.checked_add(1)?, true),
            BinOp::Gt => Shape::Int(a, k.checked_add(1)?, false),
            BinOp::Ge => Shape::Int(a, k, false),
            _ => return None,
        })
    }
}

/// The in-line shapes of a [`Test`].
enum Shape {
    Int(u32, i64, bool),
    Slots(u32, u32, bool),
}

/// A condition tested by a compiled statement, as [`Vm::cond`] gives it.
trait Cond: 'static {
    fn test(&self, vm: &mut Vm) -> Result<bool, Unwind>;
}

/// `($s < k) == W` on an int local.
struct LtInt<const W: bool>(u32, i64, Expr);
/// `($a < $b) == W` on two int locals.
struct LtSlot<const W: bool>(u32, u32, Expr);
/// Any other condition.
struct Other(Expr);

impl<const W: bool> Cond for LtInt<W> {
    #[inline(always)]
    fn test(&self, vm: &mut Vm) -> Result<bool, Unwind> {
        if let Some(Value::Int(x)) = vm.stack.get(vm.base + self.0 as usize) {
            return Ok((*x < self.1) == W);
        }
        cond_slow(vm, &self.2)
    }
}

impl<const W: bool> Cond for LtSlot<W> {
    #[inline(always)]
    fn test(&self, vm: &mut Vm) -> Result<bool, Unwind> {
        if let (Some(Value::Int(x)), Some(Value::Int(y))) = (
            vm.stack.get(vm.base + self.0 as usize),
            vm.stack.get(vm.base + self.1 as usize),
        ) {
            return Ok((*x < *y) == W);
        }
        cond_slow(vm, &self.2)
    }
}

impl Cond for Other {
    #[inline(always)]
    fn test(&self, vm: &mut Vm) -> Result<bool, Unwind> {
        vm.cond(&self.0)
    }
}

/// [`Vm::cond`] for the in-line shapes' other operand types, out of line.
#[inline(never)]
fn cond_slow(vm: &mut Vm, e: &Expr) -> Result<bool, Unwind> {
    vm.cond(e)
}

/// Binds `$c` to the [`Cond`] for a [`Test`] and evaluates `$body` (one instantiation per
/// shape).
macro_rules! with_cond {
    ($t:expr, |$c:ident| $body:expr) => {
        match $t {
            Test::LtInt(s, k, true, e) => {
                let $c = LtInt::<true>(s, k, e);
                $body
            }
            Test::LtInt(s, k, false, e) => {
                let $c = LtInt::<false>(s, k, e);
                $body
            }
            Test::LtSlot(a, b, true, e) => {
                let $c = LtSlot::<true>(a, b, e);
                $body
            }
            Test::LtSlot(a, b, false, e) => {
                let $c = LtSlot::<false>(a, b, e);
                $body
            }
            Test::Other(e) => {
                let $c = Other(e);
                $body
            }
        }
    };
}

/// The closure for a `while` loop.
fn while_fn(c: impl Cond, body: impl Run) -> Box<dyn Fn(&mut Vm) -> SR> {
    Box::new(move |vm: &mut Vm| {
        while c.test(vm)? {
            vm.poll()?;
            if let Some(r) = after_body(body.run(vm)?) {
                return r;
            }
        }
        Ok(Ctl::Next)
    })
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
        StmtKind::While(c, body) => with_cond!(Test::of(c), |c| match LoopBody::of(body) {
            LoopBody::One(b) => while_fn(c, b),
            LoopBody::Step(b) => while_fn(c, b),
            LoopBody::Two(b) => while_fn(c, b),
            LoopBody::Seq(b) => while_fn(c, b),
            LoopBody::Block(b) => while_fn(c, b),
        }),
        StmtKind::For {
            init,
            mut cond,
            step,
            body,
        } if cond.len() == 1 => {
            let c = Test::of(cond.pop().expect("one condition"));
            with_cond!(c, |c| match LoopBody::of(body) {
                LoopBody::One(b) => for_fn(init, c, step, b),
                LoopBody::Step(b) => for_fn(init, c, step, b),
                LoopBody::Two(b) => for_fn(init, c, step, b),
                LoopBody::Seq(b) => for_fn(init, c, step, b),
                LoopBody::Block(b) => for_fn(init, c, step, b),
            })
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
        return with_cond!(Test::of(c), |c| if_one(c, t, els));
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

/// The closure for `if (c) t [else els]`.
fn if_one(c: impl Cond, t: Block, els: Option<Block>) -> Box<dyn Fn(&mut Vm) -> SR> {
    match els {
        Some(e) => match (Body::of(t), Body::of(e)) {
            (Body::One(t), Body::One(e)) => if_else(c, t, e),
            (Body::One(t), Body::Block(e)) => if_else(c, t, e),
            (Body::Block(t), Body::One(e)) => if_else(c, t, e),
            (Body::Block(t), Body::Block(e)) => if_else(c, t, e),
        },
        // One statement (the arms hold no label, so a `goto` out of it leaves the
        // block as it would leave `exec_block`): run it without the block loop.
        None if t.len() == 1 => {
            let s = match Body::of(t) {
                Body::One(t) => return if_only(c, t),
                Body::Block(mut t) => t.pop().expect("one statement"),
            };
            if let StmtKind::Flow(f) = s.kind {
                // A compiled statement (`return <expr>;`): `exec` without the kind test.
                let line = s.line;
                return Box::new(move |vm: &mut Vm| {
                    if !c.test(vm)? {
                        return Ok(Ctl::Next);
                    }
                    vm.line = line;
                    let r = (f.0)(vm);
                    vm.settle()?;
                    r
                });
            }
            Box::new(move |vm: &mut Vm| {
                if c.test(vm)? {
                    vm.exec(&s)
                } else {
                    Ok(Ctl::Next)
                }
            })
        }
        None => if_only(c, t),
    }
}

/// `if (c) t else e`.
fn if_else(c: impl Cond, t: impl Run, e: impl Run) -> Box<dyn Fn(&mut Vm) -> SR> {
    Box::new(
        move |vm: &mut Vm| {
            if c.test(vm)? {
                t.run(vm)
            } else {
                e.run(vm)
            }
        },
    )
}

/// `if (c) t`.
fn if_only(c: impl Cond, t: impl Run) -> Box<dyn Fn(&mut Vm) -> SR> {
    Box::new(move |vm: &mut Vm| {
        if c.test(vm)? {
            t.run(vm)
        } else {
            Ok(Ctl::Next)
        }
    })
}

/// The closure for a `for` loop with one condition; a step that is `$i++`/`$i--` on a local
/// holding an int (no overflow) is done in place.
fn for_fn(
    init: Vec<Expr>,
    c: impl Cond,
    step: Vec<Expr>,
    body: impl Run,
) -> Box<dyn Fn(&mut Vm) -> SR> {
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
    c: impl Cond,
    body: impl Run,
    step: impl Fn(&mut Vm) -> Result<(), Unwind> + 'static,
) -> Box<dyn Fn(&mut Vm) -> SR> {
    Box::new(move |vm: &mut Vm| {
        for e in &init {
            vm.eval(e)?;
            vm.settle()?;
        }
        while c.test(vm)? {
            vm.poll()?;
            if let Some(r) = after_body(body.run(vm)?) {
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
