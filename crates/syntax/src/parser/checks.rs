//! Compile-time errors PHP raises while compiling a file that parsed, and which need only the
//! syntax tree: `break`/`continue` outside loops or with too many levels, `[]` in read
//! context, empty array elements, parameter rules, `$this` misuse, undefined `goto` labels,
//! and the placement rules of `namespace` and `declare(strict_types=1)`.

use super::actions::PErr;
use super::visit;
use crate::ast::*;

/// Returns every error found, each at the offset whose line PHP reports.
pub fn check(stmts: &[Stmt]) -> Vec<PErr> {
    let mut ck = Ck { errs: Vec::new() };
    ck.placement(stmts);
    ck.function_body(stmts);
    ck.errs
}

struct Ck {
    errs: Vec<PErr>,
}

fn off(span: Span) -> usize {
    span.start as usize
}

use crate::span::Span;

impl Ck {
    fn err(&mut self, msg: impl Into<String>, span: Span) {
        self.errs.push(PErr::fatal(msg, off(span)));
    }

    fn placement(&mut self, stmts: &[Stmt]) {
        let mut seen_namespace: Option<bool> = None; // Some(braced)
        let braced_any = stmts
            .iter()
            .any(|s| matches!(s.kind, StmtKind::Namespace { body: Some(_), .. }));
        for (i, s) in stmts.iter().enumerate() {
            match &s.kind {
                StmtKind::Declare { directives, body }
                    if directives
                        .iter()
                        .any(|(n, _)| n.eq_ignore_ascii_case("strict_types")) =>
                {
                    if i != 0 {
                        self.err(
                            "strict_types declaration must be the very first statement in the script",
                            s.span,
                        );
                    } else if body.is_some() {
                        self.err("strict_types declaration must not use block mode", s.span);
                    }
                }
                StmtKind::Declare { .. } => {}
                StmtKind::Namespace { body, .. } => {
                    let braced = body.is_some();
                    if let Some(prev) = seen_namespace {
                        if prev != braced {
                            self.err(
                                "Cannot mix bracketed namespace declarations with unbracketed namespace declarations",
                                s.span,
                            );
                        }
                    } else {
                        let only_declares = stmts[..i]
                            .iter()
                            .all(|p| matches!(p.kind, StmtKind::Declare { .. }));
                        if !only_declares {
                            self.err(
                                "Namespace declaration statement has to be the very first statement or after any declare call in the script",
                                s.span,
                            );
                        }
                    }
                    seen_namespace = Some(braced);
                    if let Some(b) = body {
                        self.placement_in_namespace(b);
                    }
                }
                StmtKind::Nop | StmtKind::HaltCompiler => {}
                _ if braced_any => {
                    self.err("No code may exist outside of namespace {}", s.span);
                }
                _ => {}
            }
        }
    }

    fn placement_in_namespace(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            match &s.kind {
                StmtKind::Declare { directives, .. }
                    if directives
                        .iter()
                        .any(|(n, _)| n.eq_ignore_ascii_case("strict_types")) =>
                {
                    self.err(
                        "strict_types declaration must be the very first statement in the script",
                        s.span,
                    );
                }
                StmtKind::Namespace { .. } => {
                    self.err("Namespace declarations cannot be nested", s.span);
                }
                _ => {}
            }
        }
    }

    /// A function (or the main script) body: loop levels start at 0, labels are local.
    fn function_body(&mut self, body: &[Stmt]) {
        self.block(body, 0);
        let mut labels = Vec::new();
        let mut gotos = Vec::new();
        collect_labels(body, &mut labels, &mut gotos);
        for (name, span) in gotos {
            if !labels.contains(&name) {
                self.err(format!("'goto' to undefined label '{name}'"), span);
            }
        }
    }

    fn func(&mut self, f: &FunctionDecl) {
        for (i, p) in f.params.iter().enumerate() {
            if &*p.name == "this" {
                self.err("Cannot use $this as parameter", f.span);
            }
            if f.params[..i].iter().any(|q| q.name == p.name) {
                self.err(format!("Redefinition of parameter ${}", p.name), f.span);
            }
            if p.variadic && i + 1 != f.params.len() {
                self.err("Only the last parameter can be variadic", f.span);
            }
            if let Some(d) = &p.default {
                self.expr(d, false);
            }
        }
        for u in &f.uses {
            if &*u.name == "this" {
                self.err("Cannot use $this as lexical variable", u.span);
            }
        }
        if let Some(b) = &f.body {
            self.function_body(b);
        }
    }

    fn class(&mut self, c: &ClassDecl) {
        for m in &c.members {
            match m {
                Member::Property { props, .. } => {
                    for (_, d) in props {
                        if let Some(d) = d {
                            self.expr(d, false);
                        }
                    }
                }
                Member::Method { decl, .. } => self.func(decl),
                Member::Const { consts, .. } => {
                    for (_, e) in consts {
                        self.expr(e, false);
                    }
                }
                Member::Case { value: Some(e), .. } => self.expr(e, false),
                _ => {}
            }
        }
    }

    fn block(&mut self, b: &[Stmt], loops: u32) {
        for s in b {
            self.stmt(s, loops);
        }
    }

    fn stmt(&mut self, s: &Stmt, loops: u32) {
        match &s.kind {
            StmtKind::Break(n) | StmtKind::Continue(n) => {
                let word = if matches!(s.kind, StmtKind::Break(_)) {
                    "break"
                } else {
                    "continue"
                };
                if loops == 0 {
                    self.err(
                        format!("'{word}' not in the 'loop' or 'switch' context"),
                        s.span,
                    );
                } else if *n > loops {
                    self.err(format!("Cannot '{word}' {n} levels"), s.span);
                }
            }
            StmtKind::While { cond, body } | StmtKind::DoWhile { body, cond } => {
                self.expr(cond, false);
                self.block(body, loops + 1);
            }
            StmtKind::For {
                init,
                cond,
                step,
                body,
            } => {
                for e in init.iter().chain(cond).chain(step) {
                    self.expr(e, false);
                }
                self.block(body, loops + 1);
            }
            StmtKind::Foreach {
                subject,
                key,
                value,
                body,
                ..
            } => {
                self.expr(subject, false);
                if let Some(k) = key {
                    self.write_target(k);
                }
                self.write_target(value);
                self.block(body, loops + 1);
            }
            StmtKind::Switch { subject, cases } => {
                self.expr(subject, false);
                for c in cases {
                    if let Some(e) = &c.cond {
                        self.expr(e, false);
                    }
                    self.block(&c.body, loops + 1);
                }
            }
            StmtKind::Function(f) => self.func(f),
            StmtKind::Class(c) => self.class(c),
            StmtKind::Global(names) => {
                if names.iter().any(|n| &**n == "this") {
                    self.err("Cannot use $this as global variable", s.span);
                }
            }
            StmtKind::StaticVar(vars) => {
                for (n, e) in vars {
                    if &**n == "this" {
                        self.err("Cannot use $this as static variable", s.span);
                    }
                    if let Some(e) = e {
                        self.expr(e, false);
                    }
                }
            }
            StmtKind::Unset(v) => {
                for e in v {
                    if let ExprKind::Index { base, index: None } = &e.kind {
                        self.err("Cannot use [] for unsetting", e.span);
                        self.expr(base, true);
                    } else {
                        self.expr(e, true);
                    }
                }
            }
            StmtKind::Try {
                body,
                catches,
                finally,
            } => {
                self.block(body, loops);
                for c in catches {
                    if c.var.as_deref() == Some("this") {
                        self.err("Cannot re-assign $this", c.span);
                    }
                    self.block(&c.body, loops);
                }
                if let Some(f) = finally {
                    self.block(f, loops);
                }
            }
            _ => {
                let mut exprs = Vec::new();
                visit::stmt_exprs(s, &mut |e| exprs.push(e));
                for e in exprs {
                    self.expr(e, false);
                }
                let mut blocks = Vec::new();
                visit::stmt_blocks(s, &mut |b| blocks.push(b));
                for b in blocks {
                    self.block(b, loops);
                }
            }
        }
    }

    /// A write target (assignment left side, foreach variable, list pattern item).
    fn write_target(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Array(items) | ExprKind::List(items) => {
                for it in items.iter().flatten() {
                    if let Some(k) = &it.key {
                        self.expr(k, false);
                    }
                    self.write_target(&it.value);
                }
            }
            _ => {
                if matches!(&e.kind, ExprKind::Var(VarName::Name(n)) if &**n == "this") {
                    self.err("Cannot re-assign $this", e.span);
                }
                self.expr(e, true);
            }
        }
    }

    fn expr(&mut self, e: &Expr, write: bool) {
        match &e.kind {
            ExprKind::Index { base, index } => {
                if index.is_none() && !write {
                    self.err("Cannot use [] for reading", e.span);
                }
                self.expr(base, write);
                if let Some(i) = index {
                    self.expr(i, false);
                }
            }
            ExprKind::Prop { obj, name, .. } => {
                self.expr(obj, write);
                if let MemberName::Dynamic(n) = name {
                    self.expr(n, false);
                }
            }
            ExprKind::Assign { target, value } => {
                self.write_target(target);
                self.expr(value, false);
            }
            ExprKind::AssignOp { target, value, .. } => {
                self.expr(target, true);
                self.expr(value, false);
            }
            ExprKind::AssignRef { target, value } => {
                self.expr(target, true);
                self.expr(value, true);
            }
            ExprKind::IncDec { expr, .. } => self.expr(expr, true),
            ExprKind::Array(items) => {
                if items.iter().any(Option::is_none) {
                    self.err("Cannot use empty array elements in arrays", e.span);
                }
                for it in items.iter().flatten() {
                    if let Some(k) = &it.key {
                        self.expr(k, false);
                    }
                    self.expr(&it.value, it.by_ref);
                }
            }
            ExprKind::Call { args, .. }
            | ExprKind::New { args, .. }
            | ExprKind::StaticCall { args, .. } => {
                let mut subs = Vec::new();
                visit::sub_exprs(e, &mut |x| subs.push(x));
                let arg_vals: Vec<&Expr> = match args {
                    Args::List(v) => v.iter().map(|a| &a.value).collect(),
                    Args::Callable => Vec::new(),
                };
                for x in subs {
                    let is_arg = arg_vals.iter().any(|a| std::ptr::eq(*a, x));
                    self.expr(x, is_arg);
                }
                if let ExprKind::New {
                    class: ClassRef::Anonymous(c),
                    ..
                } = &e.kind
                {
                    self.class(c);
                }
            }
            ExprKind::CallExpr { callee, args }
            | ExprKind::MethodCall {
                obj: callee, args, ..
            } => {
                self.expr(callee, false);
                if let ExprKind::MethodCall {
                    name: MemberName::Dynamic(n),
                    ..
                } = &e.kind
                {
                    self.expr(n, false);
                }
                if let Args::List(v) = args {
                    for a in v {
                        self.expr(&a.value, true);
                    }
                }
            }
            ExprKind::Closure(f) | ExprKind::ArrowFn(f) => self.func(f),
            _ => {
                let mut subs = Vec::new();
                visit::sub_exprs(e, &mut |x| subs.push(x));
                for x in subs {
                    self.expr(x, false);
                }
            }
        }
    }
}

fn collect_labels(b: &[Stmt], labels: &mut Vec<Ident>, gotos: &mut Vec<(Ident, Span)>) {
    for s in b {
        match &s.kind {
            StmtKind::Label(n) => labels.push(n.clone()),
            StmtKind::Goto(n) => gotos.push((n.clone(), s.span)),
            StmtKind::Function(_) | StmtKind::Class(_) => {}
            _ => {
                let mut blocks = Vec::new();
                visit::stmt_blocks(s, &mut |x| blocks.push(x));
                for x in blocks {
                    collect_labels(x, labels, gotos);
                }
            }
        }
    }
}
