//! A small read-only walk over the AST, used to find `yield` (generator detection) and by the
//! compile-time checks.

use crate::ast::*;

/// Calls `f` on every expression directly inside `s` (not inside nested statements).
pub fn stmt_exprs<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Expr)) {
    match &s.kind {
        StmtKind::Echo(v) | StmtKind::Unset(v) => v.iter().for_each(&mut *f),
        StmtKind::Expr(e) => f(e),
        StmtKind::If { cond, elseifs, .. } => {
            f(cond);
            for (c, _) in elseifs {
                f(c);
            }
        }
        StmtKind::While { cond, .. } | StmtKind::DoWhile { cond, .. } => f(cond),
        StmtKind::For {
            init, cond, step, ..
        } => init.iter().chain(cond).chain(step).for_each(&mut *f),
        StmtKind::Foreach {
            subject,
            key,
            value,
            ..
        } => {
            f(subject);
            if let Some(k) = key {
                f(k);
            }
            f(value);
        }
        StmtKind::Switch { subject, cases } => {
            f(subject);
            for c in cases {
                if let Some(e) = &c.cond {
                    f(e);
                }
            }
        }
        StmtKind::Return(Some(e)) => f(e),
        StmtKind::StaticVar(v) => v.iter().filter_map(|(_, e)| e.as_ref()).for_each(&mut *f),
        StmtKind::Const(v) => v.iter().for_each(|(_, e)| f(e)),
        StmtKind::Declare { directives, .. } => directives.iter().for_each(|(_, e)| f(e)),
        _ => {}
    }
}

/// Calls `f` on every statement list directly inside `s` (bodies, branches, cases).
pub fn stmt_blocks<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a [Stmt])) {
    match &s.kind {
        StmtKind::Block(b) => f(b),
        StmtKind::If {
            then,
            elseifs,
            else_,
            ..
        } => {
            f(then);
            for (_, b) in elseifs {
                f(b);
            }
            if let Some(b) = else_ {
                f(b);
            }
        }
        StmtKind::While { body, .. }
        | StmtKind::DoWhile { body, .. }
        | StmtKind::For { body, .. }
        | StmtKind::Foreach { body, .. } => f(body),
        StmtKind::Switch { cases, .. } => cases.iter().for_each(|c| f(&c.body)),
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            f(body);
            for c in catches {
                f(&c.body);
            }
            if let Some(b) = finally {
                f(b);
            }
        }
        StmtKind::Declare { body: Some(b), .. } | StmtKind::Namespace { body: Some(b), .. } => f(b),
        _ => {}
    }
}

/// Calls `f` on the direct sub-expressions of `e`. Closures, arrow functions and anonymous
/// classes are not entered (their bodies belong to another function).
pub fn sub_exprs<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    fn items<'a>(v: &'a [Option<ArrayItem>], f: &mut dyn FnMut(&'a Expr)) {
        for it in v.iter().flatten() {
            if let Some(k) = &it.key {
                f(k);
            }
            f(&it.value);
        }
    }
    fn args<'a>(a: &'a Args, f: &mut dyn FnMut(&'a Expr)) {
        if let Args::List(v) = a {
            v.iter().for_each(|a| f(&a.value));
        }
    }
    fn class<'a>(c: &'a ClassRef, f: &mut dyn FnMut(&'a Expr)) {
        if let ClassRef::Dynamic(e) = c {
            f(e);
        }
    }
    fn member<'a>(m: &'a MemberName, f: &mut dyn FnMut(&'a Expr)) {
        if let MemberName::Dynamic(e) = m {
            f(e);
        }
    }
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Const(_)
        | ExprKind::Magic(_)
        | ExprKind::Closure(_)
        | ExprKind::ArrowFn(_) => {}
        ExprKind::Interp(parts) => {
            for p in parts {
                if let InterpPart::Expr(x) = p {
                    f(x);
                }
            }
        }
        ExprKind::Var(VarName::Dynamic(x)) => f(x),
        ExprKind::Var(_) => {}
        ExprKind::Array(v) | ExprKind::List(v) => items(v, f),
        ExprKind::Index { base, index } => {
            f(base);
            if let Some(i) = index {
                f(i);
            }
        }
        ExprKind::Prop { obj, name, .. } => {
            f(obj);
            member(name, f);
        }
        ExprKind::StaticProp { class: c, name } => {
            class(c, f);
            if let VarName::Dynamic(x) = name {
                f(x);
            }
        }
        ExprKind::ClassConst { class: c, name } => {
            class(c, f);
            member(name, f);
        }
        ExprKind::Call { args: a, .. } => args(a, f),
        ExprKind::CallExpr { callee, args: a } => {
            f(callee);
            args(a, f);
        }
        ExprKind::MethodCall {
            obj, name, args: a, ..
        } => {
            f(obj);
            member(name, f);
            args(a, f);
        }
        ExprKind::StaticCall {
            class: c,
            name,
            args: a,
        } => {
            class(c, f);
            member(name, f);
            args(a, f);
        }
        ExprKind::New { class: c, args: a } => {
            class(c, f);
            args(a, f);
        }
        ExprKind::Assign { target, value } | ExprKind::AssignRef { target, value } => {
            f(target);
            f(value);
        }
        ExprKind::AssignOp { target, value, .. } => {
            f(target);
            f(value);
        }
        ExprKind::Binary { lhs, rhs, .. } => {
            f(lhs);
            f(rhs);
        }
        ExprKind::Unary { expr, .. }
        | ExprKind::IncDec { expr, .. }
        | ExprKind::Cast { expr, .. }
        | ExprKind::Include { expr, .. } => f(expr),
        ExprKind::Ternary { cond, then, else_ } => {
            f(cond);
            if let Some(t) = then {
                f(t);
            }
            f(else_);
        }
        ExprKind::Instanceof { expr, class: c } => {
            f(expr);
            class(c, f);
        }
        ExprKind::Isset(v) => v.iter().for_each(&mut *f),
        ExprKind::Empty(x)
        | ExprKind::Silence(x)
        | ExprKind::Clone(x)
        | ExprKind::Print(x)
        | ExprKind::Throw(x)
        | ExprKind::YieldFrom(x)
        | ExprKind::Eval(x) => f(x),
        ExprKind::Exit(x) => {
            if let Some(x) = x {
                f(x);
            }
        }
        ExprKind::Match { subject, arms } => {
            f(subject);
            for a in arms {
                if let Some(c) = &a.conds {
                    c.iter().for_each(&mut *f);
                }
                f(&a.body);
            }
        }
        ExprKind::Yield { key, value } => {
            if let Some(k) = key {
                f(k);
            }
            if let Some(v) = value {
                f(v);
            }
        }
    }
}

/// Whether `e` contains `yield` / `yield from` outside nested functions.
pub fn expr_yields(e: &Expr) -> bool {
    if matches!(e.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom(_)) {
        return true;
    }
    let mut found = false;
    sub_exprs(e, &mut |x| {
        if !found && expr_yields(x) {
            found = true;
        }
    });
    found
}

/// Whether a function body contains `yield` (not counting nested closures, functions or
/// classes).
pub fn block_yields(b: &[Stmt]) -> bool {
    b.iter().any(stmt_yields)
}

fn stmt_yields(s: &Stmt) -> bool {
    let mut found = false;
    stmt_exprs(s, &mut |e| {
        if !found && expr_yields(e) {
            found = true;
        }
    });
    if found {
        return true;
    }
    stmt_blocks(s, &mut |b| {
        if !found && block_yields(b) {
            found = true;
        }
    });
    found
}
