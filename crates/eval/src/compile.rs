//! The resolver: compiles the AST into the slot-resolved tree of [`crate::ir`].
//!
//! Every variable of a function, closure or the top-level code gets a slot index; names of
//! functions, classes and constants are namespace-resolved and lower-cased once, with a
//! per-site cache; magic constants are folded. The top-level scope's slots are the global
//! variables (their name → slot table lives in the [`crate::vm::Vm`] and grows as more code
//! is compiled, e.g. by `include` or the REPL).

use crate::func::{DefaultValue, FuncBody, Function, Param};
use crate::ir::*;
use crate::object::{ClassKind as OClassKind, Visibility};
use crate::string::PhpStr;
use crate::types::{bits, TypeSpec};
use crate::value::Value;
use phpsock_syntax::ast::{self, ExprKind as A, StmtKind as S};
use phpsock_syntax::LineTable;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A compile-time error (`Fatal error: …`).
#[derive(Debug, Clone)]
pub struct CompileError {
    /// Message without location.
    pub message: String,
    /// Line.
    pub line: u32,
}

type CResult<T> = Result<T, CompileError>;

/// Global variable slots shared by all top-level code.
#[derive(Debug, Default, Clone)]
pub struct GlobalSlots {
    /// Names in slot order.
    pub names: Vec<PhpStr>,
    /// Name → slot.
    pub map: HashMap<PhpStr, u32>,
}

#[derive(Default)]
struct Scope {
    names: Vec<PhpStr>,
    map: HashMap<PhpStr, u32>,
    statics: usize,
    dynamic: bool,
    is_generator: bool,
    /// For arrow functions: captures from the parent (parent slot, inner slot).
    arrow_parent: bool,
    arrow_captures: Vec<(PhpStr, u32)>,
    /// `goto` label names (the index is the label's id).
    labels: Vec<phpsock_syntax::ast::Ident>,
    /// `function &f()`: `return` yields a reference.
    ref_return: bool,
}

impl Scope {
    fn label(&mut self, name: &phpsock_syntax::ast::Ident) -> u32 {
        match self.labels.iter().position(|l| l == name) {
            Some(i) => i as u32,
            None => {
                self.labels.push(name.clone());
                (self.labels.len() - 1) as u32
            }
        }
    }

    fn slot(&mut self, name: &str) -> u32 {
        if let Some(&s) = self.map.get(name.as_bytes()) {
            return s;
        }
        let s = self.names.len() as u32;
        let n = PhpStr::from(name);
        self.names.push(n.clone());
        self.map.insert(n, s);
        s
    }
}

#[derive(Clone, Default)]
struct ClassCtx {
    name: PhpStr,
    is_trait: bool,
}

/// Compiles one file (or `eval`'d code).
pub struct Compiler<'a> {
    lines: &'a LineTable,
    file: PhpStr,
    dir: PhpStr,
    strict: bool,
    namespace: String,
    class_uses: HashMap<String, String>,
    fn_uses: HashMap<String, String>,
    const_uses: HashMap<String, String>,
    scopes: Vec<Scope>,
    class: Option<ClassCtx>,
    func_name: Vec<String>,
    globals: &'a mut GlobalSlots,
    anon_counter: u32,
    last_arrow_captures: Vec<(PhpStr, u32)>,
    /// `declare(ticks=N)` in force (0: none).
    ticks: u32,
    /// The code compiled last ends with a tick.
    last_tick: bool,
}

/// The result of compiling a file.
pub struct Unit {
    /// Top-level code (slots are global slots).
    pub main: Rc<UserCode>,
    /// Functions declared unconditionally at top level (hoisted).
    pub functions: Vec<Rc<Function>>,
    /// Top-level class declarations, in order (declared early when possible).
    pub classes: Vec<Rc<ClassDecl>>,
}

fn vis_of(m: &ast::Modifiers) -> Visibility {
    if m.private {
        Visibility::Private
    } else if m.protected {
        Visibility::Protected
    } else {
        Visibility::Public
    }
}

impl<'a> Compiler<'a> {
    /// A compiler for `file` whose top-level variables live in `globals`.
    pub fn new(lines: &'a LineTable, file: &str, globals: &'a mut GlobalSlots) -> Compiler<'a> {
        let dir = std::path::Path::new(file)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        Compiler {
            lines,
            file: PhpStr::from(file),
            dir: PhpStr::from(if dir.is_empty() { ".".to_string() } else { dir }),
            strict: false,
            namespace: String::new(),
            class_uses: HashMap::new(),
            fn_uses: HashMap::new(),
            const_uses: HashMap::new(),
            scopes: Vec::new(),
            class: None,
            func_name: Vec::new(),
            globals,
            anon_counter: 0,
            last_arrow_captures: Vec::new(),
            ticks: 0,
            last_tick: false,
        }
    }

    fn line(&self, sp: phpsock_syntax::Span) -> u32 {
        self.lines.line_of(sp.start)
    }

    fn err<T>(&self, msg: impl Into<String>, sp: phpsock_syntax::Span) -> CResult<T> {
        Err(CompileError {
            message: msg.into(),
            line: self.line(sp),
        })
    }

    fn scope(&mut self) -> &mut Scope {
        // There is always a scope while compiling code.
        if self.scopes.is_empty() {
            self.scopes.push(Scope::default());
        }
        let n = self.scopes.len() - 1;
        &mut self.scopes[n]
    }

    fn is_top(&self) -> bool {
        self.scopes.len() == 1 && self.func_name.is_empty()
    }

    fn var_slot(&mut self, name: &str) -> u32 {
        if self.is_top() {
            if let Some(&s) = self.globals.map.get(name.as_bytes()) {
                return s;
            }
            let s = self.globals.names.len() as u32;
            let n = PhpStr::from(name);
            self.globals.names.push(n.clone());
            self.globals.map.insert(n, s);
            return s;
        }
        let sc = self.scope();
        if sc.arrow_parent && !sc.map.contains_key(name.as_bytes()) {
            let s = sc.slot(name);
            sc.arrow_captures.push((PhpStr::from(name), s));
            return s;
        }
        sc.slot(name)
    }

    /// Compiles a whole program.
    pub fn compile_program(mut self, prog: &ast::Program) -> CResult<Unit> {
        self.scopes.push(Scope::default());
        let mut functions = Vec::new();
        let mut classes = Vec::new();
        // strict_types must be the first statement.
        for s in &prog.stmts {
            if let S::Declare { directives, .. } = &s.kind {
                for (k, v) in directives {
                    if k.eq_ignore_ascii_case("strict_types") {
                        self.strict = matches!(v.kind, A::Int(1));
                    }
                }
            }
        }
        let body = self.block_top(&prog.stmts, &mut functions, &mut classes)?;
        let sc = self.scopes.pop().unwrap_or_default();
        let main = UserCode {
            body,
            nslots: self.globals.names.len() as u32,
            slot_names: self.globals.names.clone(),
            slot_map: self.globals.map.clone(),
            statics: RefCell::new(vec![None; sc.statics]),
            file: self.file.clone(),
            line: 1,
            strict: self.strict,
            dynamic_vars: true,
            ..Default::default()
        };
        Ok(Unit {
            main: Rc::new(main),
            functions,
            classes,
        })
    }

    fn block_top(
        &mut self,
        stmts: &[ast::Stmt],
        functions: &mut Vec<Rc<Function>>,
        classes: &mut Vec<Rc<ClassDecl>>,
    ) -> CResult<Block> {
        let mut out = Vec::new();
        for s in stmts {
            match &s.kind {
                S::Function(d) => {
                    let f = self.function(d, None)?;
                    functions.push(f);
                }
                S::Class(d) => {
                    let c = self.class_decl(d)?;
                    classes.push(c.clone());
                    out.push(Stmt {
                        kind: StmtKind::ClassDecl(c),
                        line: self.line(s.span),
                    });
                }
                S::Namespace { name, body } => {
                    self.namespace = name
                        .as_ref()
                        .map(|n| n.text.to_string())
                        .unwrap_or_default();
                    self.class_uses.clear();
                    self.fn_uses.clear();
                    self.const_uses.clear();
                    if let Some(b) = body {
                        let inner = self.block_top(b, functions, classes)?;
                        out.extend(inner);
                        self.namespace.clear();
                    }
                }
                _ => {
                    out.push(self.stmt(s)?);
                    self.tick_after(s, &mut out);
                }
            }
        }
        Ok(out)
    }

    fn block(&mut self, stmts: &[ast::Stmt]) -> CResult<Block> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            match self.stmt(s)? {
                // A nested `{ … }` has no scope of its own: its statements run in line (one
                // `exec_block` less per loop iteration when a body is braced).
                Stmt {
                    kind: StmtKind::Block(inner),
                    ..
                } => out.extend(inner),
                st => out.push(st),
            }
            self.tick_after(s, &mut out);
        }
        Ok(out)
    }

    /// Under `declare(ticks=N)`, a statement is followed by a tick, as PHP compiles it: not
    /// after blocks and labels, and not where the code already ends with a tick (PHP never
    /// emits two in a row: after a statement that emits no code, or an `if`/`switch`/`try`
    /// whose last branch ends with one).
    fn tick_after(&mut self, s: &ast::Stmt, out: &mut Block) {
        if self.ticks == 0 && !self.last_tick {
            return;
        }
        // Whether the statement's own code ends with the tick of its last inner statement.
        let inner_last = |b: &ast::Block, state: bool| !b.is_empty() && state;
        let state = self.last_tick;
        self.last_tick = match &s.kind {
            S::Nop | S::Use(_) | S::Declare { body: None, .. } | S::Label(_) => state,
            S::Block(b) | S::Declare { body: Some(b), .. } => inner_last(b, state),
            S::If {
                then,
                elseifs,
                else_,
                ..
            } => match (else_, elseifs.last()) {
                (Some(b), _) => inner_last(b, state),
                (None, Some((_, b))) => inner_last(b, state),
                (None, None) => inner_last(then, state),
            },
            S::Switch { subject, cases } => {
                let simple = matches!(subject.kind, A::Var(_) | A::Int(_) | A::Str(_));
                simple && cases.last().is_some_and(|c| inner_last(&c.body, state))
            }
            S::Try {
                catches,
                finally: None,
                ..
            } => catches.last().is_some_and(|c| inner_last(&c.body, state)),
            _ => false,
        };
        if self.ticks == 0 || matches!(s.kind, S::Block(_) | S::Label(_)) || self.last_tick {
            return;
        }
        // `echo a, b;` is one echo statement per argument, each with its tick.
        if let Some(Stmt {
            kind: StmtKind::Echo(args),
            line,
        }) = out.last_mut()
        {
            if args.len() > 1 {
                let (line, args) = (*line, std::mem::take(args));
                out.pop();
                let n = args.len();
                for (i, a) in args.into_iter().enumerate() {
                    out.push(Stmt {
                        kind: StmtKind::Echo(vec![a]),
                        line,
                    });
                    if i + 1 < n {
                        out.push(Stmt {
                            kind: StmtKind::Tick(self.ticks),
                            line,
                        });
                    }
                }
            }
        }
        out.push(Stmt {
            kind: StmtKind::Tick(self.ticks),
            line: self.line(s.span),
        });
        self.last_tick = true;
    }

    // ------------------------------------------------------------------ names

    fn ns_prefixed(&self, name: &str) -> String {
        if self.namespace.is_empty() {
            name.to_string()
        } else {
            format!("{}\\{}", self.namespace, name)
        }
    }

    /// Resolves a class name as written to its fully-qualified form.
    fn class_fq(&self, n: &ast::Name) -> String {
        let text: &str = &n.text;
        match n.kind {
            ast::NameKind::FullyQualified => text.to_string(),
            ast::NameKind::Relative => self.ns_prefixed(text),
            ast::NameKind::Unqualified => {
                let l = text.to_ascii_lowercase();
                if matches!(l.as_str(), "self" | "parent" | "static") {
                    return text.to_string();
                }
                if let Some(full) = self.class_uses.get(&l) {
                    return full.clone();
                }
                self.ns_prefixed(text)
            }
            ast::NameKind::Qualified => {
                let (first, rest) = text.split_once('\\').unwrap_or((text, ""));
                if let Some(full) = self.class_uses.get(&first.to_ascii_lowercase()) {
                    return format!("{full}\\{rest}");
                }
                self.ns_prefixed(text)
            }
        }
    }

    fn class_name(&self, n: &ast::Name) -> ClassName {
        let fq = self.class_fq(n);
        ClassName {
            lname: PhpStr::from(fq.to_ascii_lowercase()),
            name: PhpStr::from(fq),
            cache: Default::default(),
        }
    }

    fn class_name_str(&self, s: &str) -> ClassName {
        ClassName {
            lname: PhpStr::from(s.to_ascii_lowercase()),
            name: PhpStr::from(s),
            cache: Default::default(),
        }
    }

    fn class_ref(&mut self, c: &ast::ClassRef) -> CResult<ClassRef> {
        Ok(match c {
            ast::ClassRef::Named(n) => {
                if n.kind == ast::NameKind::Unqualified {
                    match n.text.to_ascii_lowercase().as_str() {
                        "self" => return Ok(ClassRef::SelfRef),
                        "parent" => return Ok(ClassRef::Parent),
                        "static" => return Ok(ClassRef::Static),
                        _ => {}
                    }
                }
                ClassRef::Named(self.class_name(n))
            }
            ast::ClassRef::Dynamic(e) => ClassRef::Dyn(Box::new(self.expr(e)?)),
            ast::ClassRef::Anonymous(d) => ClassRef::Anon(self.class_decl(d)?),
        })
    }

    fn fn_site(&self, n: &ast::Name) -> FnSite {
        let text: &str = &n.text;
        let (lname, fallback) = match n.kind {
            ast::NameKind::FullyQualified => (text.to_string(), None),
            ast::NameKind::Relative => (self.ns_prefixed(text), None),
            ast::NameKind::Qualified => {
                let (first, rest) = text.split_once('\\').unwrap_or((text, ""));
                match self.class_uses.get(&first.to_ascii_lowercase()) {
                    Some(full) => (format!("{full}\\{rest}"), None),
                    None => (self.ns_prefixed(text), None),
                }
            }
            ast::NameKind::Unqualified => match self.fn_uses.get(&text.to_ascii_lowercase()) {
                Some(full) => (full.clone(), None),
                None => {
                    if self.namespace.is_empty() {
                        (text.to_string(), None)
                    } else {
                        (
                            self.ns_prefixed(text),
                            Some(PhpStr::from(text.to_ascii_lowercase())),
                        )
                    }
                }
            },
        };
        FnSite {
            name: PhpStr::from(text),
            lname: PhpStr::from(lname.to_ascii_lowercase()),
            fallback,
            cache: std::cell::OnceCell::new(),
            plain_args: false,
        }
    }

    fn const_site(&self, n: &ast::Name) -> ConstSite {
        let text: &str = &n.text;
        let (q, fallback) = match n.kind {
            ast::NameKind::FullyQualified => (text.to_string(), None),
            ast::NameKind::Relative => (self.ns_prefixed(text), None),
            ast::NameKind::Qualified => {
                let (first, rest) = text.split_once('\\').unwrap_or((text, ""));
                match self.class_uses.get(&first.to_ascii_lowercase()) {
                    Some(full) => (format!("{full}\\{rest}"), None),
                    None => (self.ns_prefixed(text), None),
                }
            }
            ast::NameKind::Unqualified => match self.const_uses.get(text) {
                Some(full) => (full.clone(), None),
                None => {
                    if self.namespace.is_empty() {
                        (text.to_string(), None)
                    } else {
                        (self.ns_prefixed(text), Some(PhpStr::from(text)))
                    }
                }
            },
        };
        ConstSite {
            name: PhpStr::from(text),
            qualified: PhpStr::from(q),
            fallback,
            cache: RefCell::new(None),
        }
    }

    fn type_spec(&self, t: &ast::TypeHint) -> TypeSpec {
        let mut out = TypeSpec::default();
        self.type_into(t, &mut out);
        out
    }

    fn type_into(&self, t: &ast::TypeHint, out: &mut TypeSpec) {
        match t {
            ast::TypeHint::Named(n) => {
                let single = TypeSpec::parse(&n.text);
                if single.classes.is_empty() {
                    out.bits |= single.bits;
                } else {
                    let l = n.text.to_ascii_lowercase();
                    if matches!(l.as_str(), "self" | "parent") {
                        out.classes.push(PhpStr::from(&*n.text));
                    } else {
                        out.classes.push(PhpStr::from(self.class_fq(n)));
                    }
                }
            }
            ast::TypeHint::Nullable(inner) => {
                out.bits |= bits::NULL;
                self.type_into(inner, out);
            }
            ast::TypeHint::Union(v) => {
                for t in v {
                    self.type_into(t, out);
                }
            }
            ast::TypeHint::Intersection(v) => {
                out.intersection = true;
                for t in v {
                    self.type_into(t, out);
                }
            }
        }
    }

    // ------------------------------------------------------------------ functions

    fn function(
        &mut self,
        d: &ast::FunctionDecl,
        class: Option<&ClassCtx>,
    ) -> CResult<Rc<Function>> {
        self.function_ex(d, class, Vec::new(), false)
    }

    fn function_ex(
        &mut self,
        d: &ast::FunctionDecl,
        class: Option<&ClassCtx>,
        prologue_promote: Vec<PhpStr>,
        arrow: bool,
    ) -> CResult<Rc<Function>> {
        let name: String = if class.is_none() && !d.name.starts_with('{') {
            self.ns_prefixed(&d.name)
        } else {
            d.name.to_string()
        };
        let mut sc = Scope {
            is_generator: d.is_generator,
            arrow_parent: arrow,
            ref_return: d.by_ref && !d.is_generator,
            ..Default::default()
        };
        for p in &d.params {
            sc.slot(&p.name);
        }
        // A closure's `use` variables come next, whether or not its body mentions them.
        for u in &d.uses {
            sc.slot(&u.name);
        }
        self.scopes.push(sc);
        self.func_name.push(name.clone());
        let mut params = Vec::new();
        for p in &d.params {
            let ty = p.ty.as_ref().map(|t| self.type_spec(t));
            let default = match &p.default {
                Some(e) => Some(match self.literal(e) {
                    Some(v) => DefaultValue::Value(v),
                    None => DefaultValue::Expr(Rc::new(self.expr(e)?)),
                }),
                None => None,
            };
            // An implicit nullable: `Foo $x = null`.
            let ty = match (ty, &default) {
                (Some(mut t), Some(DefaultValue::Value(Value::Null))) => {
                    t.bits |= bits::NULL;
                    Some(t)
                }
                (t, _) => t,
            };
            params.push(Param {
                name: PhpStr::from(&*p.name),
                ty,
                by_ref: p.by_ref,
                variadic: p.variadic,
                prefer_ref: false,
                default,
            });
        }
        let mut body = Vec::new();
        for pname in prologue_promote {
            let slot = self.var_slot(&pname.to_string_lossy());
            body.push(Stmt {
                kind: StmtKind::Expr(Expr {
                    kind: ExprKind::Assign(
                        Box::new(Place::Prop(
                            Box::new(Expr {
                                kind: ExprKind::This,
                                line: self.line(d.span),
                            }),
                            Member::named(pname),
                        )),
                        Box::new(Expr {
                            kind: ExprKind::Local(slot),
                            line: self.line(d.span),
                        }),
                    ),
                    line: self.line(d.span),
                }),
                line: self.line(d.span),
            });
        }
        if let Some(b) = &d.body {
            let saved = std::mem::replace(&mut self.last_tick, false);
            let r = self.block(b);
            self.last_tick = saved;
            body.extend(r?);
        }
        self.func_name.pop();
        let sc = self.scopes.pop().unwrap_or_default();
        let required = params
            .iter()
            .rposition(|p| p.default.is_none() && !p.variadic)
            .map_or(0, |i| i + 1);
        let is_generator = d.is_generator || sc.is_generator;
        let plain_params = !is_generator
            && params
                .iter()
                .all(|p| !p.by_ref && !p.variadic && p.ty.is_none());
        let code = UserCode {
            body,
            nslots: sc.names.len() as u32,
            slot_map: sc.map.clone(),
            slot_names: sc.names,
            statics: RefCell::new(vec![None; sc.statics]),
            is_generator,
            file: self.file.clone(),
            line: self.line(d.span),
            strict: self.strict,
            dynamic_vars: sc.dynamic,
            is_static: d.is_static,
            is_arrow: arrow,
            class_scope: class.map(|c| c.name.to_ascii_lowercase()),
            uses: Vec::new(),
            plain_params,
        };
        let f = Function {
            name: PhpStr::from(name),
            params,
            required,
            ret: d.ret.as_ref().map(|t| self.type_spec(t)),
            by_ref_return: d.by_ref,
            body: FuncBody::User(Rc::new(code)),
            class_name: class.map(|c| c.name.to_ascii_lowercase()),
            strict: self.strict,
            traits: Default::default(),
            defaults: None,
        };
        // Arrow captures are reported through the scope; stash them for the caller.
        if arrow {
            self.last_arrow_captures = sc.arrow_captures;
        }
        Ok(Rc::new(f))
    }

    fn literal(&self, e: &ast::Expr) -> Option<Value> {
        match &e.kind {
            A::Int(i) => Some(Value::Int(*i)),
            A::Float(f) => Some(Value::Float(*f)),
            A::Str(s) => Some(Value::from(s.clone())),
            A::Const(n)
                if n.kind == ast::NameKind::Unqualified
                    || n.kind == ast::NameKind::FullyQualified =>
            {
                match n.text.to_ascii_lowercase().as_str() {
                    "null" => Some(Value::Null),
                    "true" => Some(Value::Bool(true)),
                    "false" => Some(Value::Bool(false)),
                    _ => None,
                }
            }
            A::Array(items) if items.is_empty() => Some(Value::empty_array()),
            A::Unary {
                op: ast::UnaryOp::Neg,
                expr,
            } => match self.literal(expr)? {
                Value::Int(i) => Some(
                    i.checked_neg()
                        .map_or(Value::Float(-(i as f64)), Value::Int),
                ),
                Value::Float(f) => Some(Value::Float(-f)),
                _ => None,
            },
            _ => None,
        }
    }
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------------ statements

    fn stmt(&mut self, s: &ast::Stmt) -> CResult<Stmt> {
        let line = self.line(s.span);
        let kind = match &s.kind {
            S::Echo(es) => StmtKind::Echo(es.iter().map(|e| self.expr(e)).collect::<CResult<_>>()?),
            S::InlineHtml(b) => StmtKind::InlineHtml(PhpStr::from(b.clone())),
            S::Expr(e) => StmtKind::Expr(self.expr(e)?),
            S::Block(b) => StmtKind::Block(self.block(b)?),
            S::If {
                cond,
                then,
                elseifs,
                else_,
            } => {
                let mut arms = vec![(self.expr(cond)?, self.block(then)?)];
                for (c, b) in elseifs {
                    arms.push((self.expr(c)?, self.block(b)?));
                }
                let e = match else_ {
                    Some(b) => Some(self.block(b)?),
                    None => None,
                };
                StmtKind::If(arms, e)
            }
            S::While { cond, body } => StmtKind::While(self.expr(cond)?, self.block(body)?),
            S::DoWhile { body, cond } => StmtKind::DoWhile(self.block(body)?, self.expr(cond)?),
            S::For {
                init,
                cond,
                step,
                body,
            } => StmtKind::For {
                init: init.iter().map(|e| self.expr(e)).collect::<CResult<_>>()?,
                cond: cond.iter().map(|e| self.expr(e)).collect::<CResult<_>>()?,
                step: step.iter().map(|e| self.expr(e)).collect::<CResult<_>>()?,
                body: self.block(body)?,
            },
            S::Foreach {
                subject,
                key,
                value,
                by_ref,
                body,
            } => {
                let value = self.place(value)?;
                // `foreach ($a as [&$x, $y])` iterates by reference too.
                let by_ref = *by_ref || list_has_ref(&value);
                StmtKind::Foreach {
                    subject_place: if by_ref {
                        Some(Box::new(self.place(subject)?))
                    } else {
                        None
                    },
                    subject: self.expr(subject)?,
                    key: match key {
                        Some(k) => Some(Box::new(self.place(k)?)),
                        None => None,
                    },
                    value,
                    by_ref,
                    body: self.block(body)?,
                }
            }
            S::Switch { subject, cases } => {
                let subject = self.expr(subject)?;
                let mut labels = Vec::new();
                let mut body = Vec::new();
                for c in cases {
                    let cond = match &c.cond {
                        Some(e) => Some(self.expr(e)?),
                        None => None,
                    };
                    labels.push((cond, body.len()));
                    body.extend(self.block(&c.body)?);
                }
                StmtKind::Switch {
                    subject,
                    cases: labels,
                    body,
                }
            }
            S::Break(n) => StmtKind::Break(*n),
            S::Continue(n) => StmtKind::Continue(*n),
            S::Return(Some(e))
                if self.scope().ref_return
                    && matches!(
                        e.kind,
                        ast::ExprKind::Var(_)
                            | ast::ExprKind::Index { .. }
                            | ast::ExprKind::Prop { .. }
                            | ast::ExprKind::StaticProp { .. }
                    ) =>
            {
                StmtKind::ReturnRef(self.place(e)?)
            }
            S::Return(e) => StmtKind::Return(match e {
                Some(e) => Some(self.expr(e)?),
                None => None,
            }),
            S::Global(names) => {
                let mut v = Vec::new();
                for n in names {
                    let slot = self.var_slot(n);
                    v.push((PhpStr::from(&**n), slot));
                }
                StmtKind::Global(v)
            }
            S::StaticVar(vars) => {
                let mut v = Vec::new();
                for (n, init) in vars {
                    let slot = self.var_slot(n);
                    let idx = {
                        let sc = self.scope();
                        sc.statics += 1;
                        sc.statics - 1
                    };
                    let init = match init {
                        Some(e) => Some(self.expr(e)?),
                        None => None,
                    };
                    v.push((slot, idx, init));
                }
                StmtKind::Static(v)
            }
            S::Unset(es) => {
                StmtKind::Unset(es.iter().map(|e| self.place(e)).collect::<CResult<_>>()?)
            }
            S::Const(cs) => {
                let mut v = Vec::new();
                for (n, e) in cs {
                    v.push((PhpStr::from(self.ns_prefixed(n)), self.expr(e)?));
                }
                StmtKind::ConstDecl(v)
            }
            S::Try {
                body,
                catches,
                finally,
            } => {
                let body = self.block(body)?;
                let mut cs = Vec::new();
                for c in catches {
                    let classes = c.types.iter().map(|n| self.class_name(n)).collect();
                    let slot = c.var.as_ref().map(|v| self.var_slot(v));
                    cs.push(CatchClause {
                        classes,
                        slot,
                        body: self.block(&c.body)?,
                    });
                }
                let finally = match finally {
                    Some(b) => Some(self.block(b)?),
                    None => None,
                };
                StmtKind::Try {
                    body,
                    catches: cs,
                    finally,
                }
            }
            S::Function(d) => StmtKind::FuncDecl(self.function(d, None)?),
            S::Class(d) => StmtKind::ClassDecl(self.class_decl(d)?),
            S::Declare { directives, body } => {
                let ticks = directives
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("ticks"))
                    .map(|(_, v)| match v.kind {
                        A::Int(n) => n.clamp(0, i64::from(u32::MAX)) as u32,
                        _ => 0,
                    });
                match body {
                    Some(b) => {
                        let saved = self.ticks;
                        if let Some(t) = ticks {
                            self.ticks = t;
                        }
                        let r = self.block(b);
                        self.ticks = saved;
                        StmtKind::Block(r?)
                    }
                    None => {
                        if let Some(t) = ticks {
                            self.ticks = t;
                        }
                        StmtKind::Nop
                    }
                }
            }
            S::Namespace { name, body } => {
                self.namespace = name
                    .as_ref()
                    .map(|n| n.text.to_string())
                    .unwrap_or_default();
                match body {
                    Some(b) => {
                        let r = StmtKind::Block(self.block(b)?);
                        self.namespace.clear();
                        r
                    }
                    None => StmtKind::Nop,
                }
            }
            S::Use(items) => {
                for u in items {
                    let full = u.name.text.to_string();
                    let alias = match &u.alias {
                        Some(a) => a.to_string(),
                        None => full.rsplit('\\').next().unwrap_or(&full).to_string(),
                    };
                    match u.kind {
                        ast::UseKind::Class => {
                            self.class_uses.insert(alias.to_ascii_lowercase(), full);
                        }
                        ast::UseKind::Function => {
                            self.fn_uses.insert(alias.to_ascii_lowercase(), full);
                        }
                        ast::UseKind::Const => {
                            self.const_uses.insert(alias, full);
                        }
                    }
                }
                StmtKind::Nop
            }
            S::HaltCompiler | S::Nop => StmtKind::Nop,
            S::Label(l) => StmtKind::Label(self.scope().label(l)),
            S::Goto(l) => StmtKind::Goto(self.scope().label(l)),
        };
        Ok(crate::flow::specialise_flow(crate::spec::specialise_stmt(
            crate::callspec::specialise_return(Stmt { kind, line }),
        )))
    }

    // ------------------------------------------------------------------ places

    fn place(&mut self, e: &ast::Expr) -> CResult<Place> {
        Ok(match &e.kind {
            A::Var(ast::VarName::Name(n)) if is_superglobal(n) && !self.is_top() => {
                Place::GlobalVar(Box::new(Expr {
                    kind: ExprKind::Lit(Value::from(&**n)),
                    line: self.line(e.span),
                }))
            }
            A::Var(ast::VarName::Name(n)) => {
                if &**n == "this" {
                    Place::This
                } else {
                    Place::Local(self.var_slot(n))
                }
            }
            A::Var(ast::VarName::Dynamic(inner)) => {
                self.scope().dynamic = true;
                Place::VarVar(Box::new(self.expr(inner)?))
            }
            A::Index {
                base,
                index: Some(i),
            } if matches!(&base.kind, A::Var(ast::VarName::Name(n)) if &**n == "GLOBALS") => {
                Place::GlobalVar(Box::new(self.expr(i)?))
            }
            A::Index { base, index } => {
                let b = self.place(base)?;
                let i = match index {
                    Some(i) => Some(Box::new(self.expr(i)?)),
                    None => None,
                };
                Place::Index(Box::new(b), i)
            }
            A::Prop { obj, name, .. } => Place::Prop(Box::new(self.expr(obj)?), self.member(name)?),
            A::StaticProp { class, name } => {
                let c = self.class_ref(class)?;
                let m = match name {
                    ast::VarName::Name(n) => Member::named(PhpStr::from(&**n)),
                    ast::VarName::Dynamic(e) => Member::Dyn(Box::new(self.expr(e)?)),
                };
                Place::StaticProp(c, m)
            }
            A::Array(items) | A::List(items) => {
                let mut v = Vec::new();
                for it in items {
                    v.push(match it {
                        Some(it) => Some(ListItem {
                            key: match &it.key {
                                Some(k) => Some(self.expr(k)?),
                                None => None,
                            },
                            target: self.place(&it.value)?,
                            by_ref: it.by_ref,
                        }),
                        None => None,
                    });
                }
                Place::List(v)
            }
            _ => Place::Temp(Box::new(self.expr(e)?)),
        })
    }

    fn member(&mut self, m: &ast::MemberName) -> CResult<Member> {
        Ok(match m {
            ast::MemberName::Ident(n) => Member::named(PhpStr::from(&**n)),
            ast::MemberName::Dynamic(e) => Member::Dyn(Box::new(self.expr(e)?)),
        })
    }

    fn args(&mut self, a: &ast::Args) -> CResult<Vec<Arg>> {
        let list = match a {
            ast::Args::List(l) => l,
            ast::Args::Callable => return Ok(Vec::new()),
        };
        let mut out = Vec::new();
        for arg in list {
            let placeable = matches!(
                arg.value.kind,
                A::Var(_) | A::Index { .. } | A::Prop { .. } | A::StaticProp { .. }
            );
            let place = if placeable && !arg.spread {
                Some(self.place(&arg.value)?)
            } else {
                None
            };
            out.push(Arg {
                expr: self.expr(&arg.value)?,
                place,
                spread: arg.spread,
                name: arg.name.as_ref().map(|n| PhpStr::from(&**n)),
            });
        }
        Ok(out)
    }

    // ------------------------------------------------------------------ expressions

    fn bx(&mut self, e: &ast::Expr) -> CResult<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    fn expr(&mut self, e: &ast::Expr) -> CResult<Expr> {
        let line = self.line(e.span);
        let kind = match &e.kind {
            A::Int(i) => ExprKind::Lit(Value::Int(*i)),
            A::Float(f) => ExprKind::Lit(Value::Float(*f)),
            A::Str(s) => ExprKind::Lit(Value::from(s.clone())),
            A::Interp(parts) => {
                let mut v = Vec::new();
                for p in parts {
                    v.push(match p {
                        ast::InterpPart::Lit(b) => Expr {
                            kind: ExprKind::Lit(Value::from(b.clone())),
                            line,
                        },
                        ast::InterpPart::Expr(e) => self.expr(e)?,
                    });
                }
                ExprKind::Interp(v)
            }
            A::Var(ast::VarName::Name(n)) if &**n == "GLOBALS" => ExprKind::Globals,
            A::Var(ast::VarName::Name(n)) if is_superglobal(n) && !self.is_top() => {
                ExprKind::Index(
                    Box::new(Expr {
                        kind: ExprKind::Globals,
                        line,
                    }),
                    Box::new(Expr {
                        kind: ExprKind::Lit(Value::from(&**n)),
                        line,
                    }),
                )
            }
            A::Var(ast::VarName::Name(n)) => {
                if &**n == "this" {
                    ExprKind::This
                } else {
                    ExprKind::Local(self.var_slot(n))
                }
            }
            A::Var(ast::VarName::Dynamic(inner)) => {
                self.scope().dynamic = true;
                ExprKind::VarVar(self.bx(inner)?)
            }
            A::Array(items) => {
                let mut v = Vec::new();
                for it in items.iter().flatten() {
                    v.push(ArrayItem {
                        key: match &it.key {
                            Some(k) => Some(self.expr(k)?),
                            None => None,
                        },
                        by_ref: if it.by_ref {
                            Some(self.place(&it.value)?)
                        } else {
                            None
                        },
                        value: self.expr(&it.value)?,
                        spread: it.spread,
                    });
                }
                if items.iter().any(|i| i.is_none()) {
                    return self.err("Cannot use empty array elements in arrays", e.span);
                }
                crate::arraylit::specialise(v)
            }
            A::List(_) => {
                return self.err("Cannot use list() outside of an assignment context", e.span)
            }
            A::Index { base, index } => match index {
                Some(i) => ExprKind::Index(self.bx(base)?, self.bx(i)?),
                None => return self.err("Cannot use [] for reading", e.span),
            },
            A::Prop {
                obj,
                name,
                nullsafe,
            } => ExprKind::Prop(self.bx(obj)?, self.member(name)?, *nullsafe),
            A::StaticProp { class, name } => {
                let c = self.class_ref(class)?;
                let m = match name {
                    ast::VarName::Name(n) => Member::named(PhpStr::from(&**n)),
                    ast::VarName::Dynamic(e) => Member::Dyn(self.bx(e)?),
                };
                ExprKind::StaticProp(c, m)
            }
            A::ClassConst { class, name } => {
                let c = self.class_ref(class)?;
                match name {
                    ast::MemberName::Ident(n) if n.eq_ignore_ascii_case("class") => {
                        if let ClassRef::Named(cn) = &c {
                            ExprKind::Lit(Value::Str(cn.name.clone()))
                        } else {
                            ExprKind::ClassName(c)
                        }
                    }
                    _ => ExprKind::ClassConst(c, self.member(name)?),
                }
            }
            A::Const(n) => match self.literal(e) {
                Some(v) => ExprKind::Lit(v),
                None => {
                    let _ = n;
                    ExprKind::Const(Rc::new(self.const_site(n)))
                }
            },
            A::Magic(m) => self.magic(*m, line),
            A::Call { name, args } => {
                let mut site = self.fn_site(name);
                let lname = site.lname.as_bytes();
                if matches!(
                    lname,
                    b"compact" | b"extract" | b"get_defined_vars" | b"func_get_args"
                ) {
                    self.scope().dynamic = true;
                }
                match args {
                    ast::Args::Callable => ExprKind::CallableFn(Rc::new(site)),
                    _ => {
                        let args = self.args(args)?;
                        site.plain_args = args.iter().all(|a| !a.spread && a.name.is_none());
                        ExprKind::Call(Rc::new(site), args)
                    }
                }
            }
            A::CallExpr { callee, args } => match args {
                ast::Args::Callable => ExprKind::ExprCallable(self.bx(callee)?),
                _ => ExprKind::CallExpr(self.bx(callee)?, self.args(args)?),
            },
            A::MethodCall {
                obj,
                name,
                args,
                nullsafe,
            } => match args {
                ast::Args::Callable => ExprKind::MethodCallable(self.bx(obj)?, self.member(name)?),
                _ => ExprKind::MethodCall(
                    self.bx(obj)?,
                    self.member(name)?,
                    self.args(args)?,
                    *nullsafe,
                ),
            },
            A::StaticCall { class, name, args } => {
                let c = self.class_ref(class)?;
                match args {
                    ast::Args::Callable => ExprKind::StaticCallable(c, self.member(name)?),
                    _ => ExprKind::StaticCall(c, self.member(name)?, self.args(args)?),
                }
            }
            A::New { class, args } => {
                let c = self.class_ref(class)?;
                ExprKind::New(c, self.args(args)?)
            }
            A::Assign { target, value } => match &target.kind {
                A::Array(_) | A::List(_) => {
                    let pattern = self.place(target)?;
                    let placeable = matches!(
                        value.kind,
                        A::Var(_) | A::Index { .. } | A::Prop { .. } | A::StaticProp { .. }
                    );
                    if placeable && list_has_ref(&pattern) {
                        ExprKind::DestructureRef(Box::new(pattern), Box::new(self.place(value)?))
                    } else {
                        ExprKind::Destructure(Box::new(pattern), self.bx(value)?)
                    }
                }
                _ => {
                    let p = self.place(target)?;
                    if matches!(p, Place::This) {
                        return self.err("Cannot re-assign $this", e.span);
                    }
                    ExprKind::Assign(Box::new(p), self.bx(value)?)
                }
            },
            A::AssignRef { target, value } => {
                let t = self.place(target)?;
                match &value.kind {
                    A::Var(_) | A::Index { .. } | A::Prop { .. } | A::StaticProp { .. } => {
                        ExprKind::AssignRef(Box::new(t), Box::new(self.place(value)?))
                    }
                    _ => ExprKind::AssignRefExpr(Box::new(t), self.bx(value)?),
                }
            }
            A::AssignOp { op, target, value } => {
                let p = self.place(target)?;
                if *op == ast::BinOp::Coalesce {
                    ExprKind::AssignCoalesce(Box::new(p), self.bx(value)?)
                } else {
                    ExprKind::AssignOp(*op, Box::new(p), self.bx(value)?)
                }
            }
            A::Binary { op, lhs, rhs } => {
                let l = self.bx(lhs)?;
                let r = self.bx(rhs)?;
                match op {
                    ast::BinOp::And => ExprKind::And(l, r),
                    ast::BinOp::Or => ExprKind::Or(l, r),
                    ast::BinOp::Xor => ExprKind::Xor(l, r),
                    ast::BinOp::Coalesce => ExprKind::Coalesce(l, r),
                    _ => ExprKind::Bin(*op, l, r),
                }
            }
            A::Unary { op, expr } => {
                if let Some(v) = self.literal(e) {
                    ExprKind::Lit(v)
                } else {
                    ExprKind::Unary(*op, self.bx(expr)?)
                }
            }
            A::IncDec { prefix, inc, expr } => {
                ExprKind::IncDec(*prefix, *inc, Box::new(self.place(expr)?))
            }
            A::Cast { kind, expr } => ExprKind::Cast(*kind, self.bx(expr)?),
            A::Ternary { cond, then, else_ } => ExprKind::Ternary(
                self.bx(cond)?,
                match then {
                    Some(t) => Some(self.bx(t)?),
                    None => None,
                },
                self.bx(else_)?,
            ),
            A::Instanceof { expr, class } => {
                let x = self.bx(expr)?;
                ExprKind::Instanceof(x, self.class_ref(class)?)
            }
            A::Isset(es) => {
                ExprKind::Isset(es.iter().map(|e| self.place(e)).collect::<CResult<_>>()?)
            }
            A::Empty(e) => ExprKind::Empty(Box::new(self.place(e)?)),
            A::Silence(e) => ExprKind::Silence(self.bx(e)?),
            A::Clone(e) => ExprKind::Clone(self.bx(e)?),
            A::Print(e) => ExprKind::Print(self.bx(e)?),
            A::Exit(e) => ExprKind::Exit(match e {
                Some(e) => Some(self.bx(e)?),
                None => None,
            }),
            A::Throw(e) => ExprKind::Throw(self.bx(e)?),
            A::Closure(d) => self.closure(d, false)?,
            A::ArrowFn(d) => self.closure(d, true)?,
            A::Match { subject, arms } => {
                let s = self.bx(subject)?;
                let mut v = Vec::new();
                for a in arms {
                    v.push(MatchArm {
                        conds: match &a.conds {
                            Some(cs) => {
                                Some(cs.iter().map(|c| self.expr(c)).collect::<CResult<_>>()?)
                            }
                            None => None,
                        },
                        body: self.expr(&a.body)?,
                    });
                }
                ExprKind::Match(s, v)
            }
            A::Yield { .. } | A::YieldFrom(_) if self.func_name.is_empty() => {
                return self.err(
                    "The \"yield\" expression can only be used inside a function",
                    e.span,
                );
            }
            A::Yield { key, value } => {
                self.scope().is_generator = true;
                ExprKind::Yield(
                    match key {
                        Some(k) => Some(self.bx(k)?),
                        None => None,
                    },
                    match value {
                        Some(v) => Some(self.bx(v)?),
                        None => None,
                    },
                )
            }
            A::YieldFrom(e) => {
                self.scope().is_generator = true;
                ExprKind::YieldFrom(self.bx(e)?)
            }
            A::Include { kind, expr } => {
                self.scope().dynamic = true;
                ExprKind::Include(*kind, self.bx(expr)?)
            }
            A::Eval(e) => {
                self.scope().dynamic = true;
                ExprKind::Eval(self.bx(e)?)
            }
        };
        Ok(crate::strbuild::specialise(crate::spec::specialise(Expr {
            kind,
            line,
        })))
    }

    fn magic(&self, m: ast::MagicConst, line: u32) -> ExprKind {
        let s = |x: &str| ExprKind::Lit(Value::from(x));
        match m {
            ast::MagicConst::Line => ExprKind::Lit(Value::Int(line as i64)),
            ast::MagicConst::File => ExprKind::Lit(Value::Str(self.file.clone())),
            ast::MagicConst::Dir => ExprKind::Lit(Value::Str(self.dir.clone())),
            ast::MagicConst::Function => s(self.func_name.last().map_or("", |f| f.as_str())),
            ast::MagicConst::Class => match &self.class {
                Some(c) if c.is_trait => ExprKind::RuntimeClassName,
                Some(c) => ExprKind::Lit(Value::Str(c.name.clone())),
                None => s(""),
            },
            ast::MagicConst::Method => match (&self.class, self.func_name.last()) {
                (Some(c), Some(f)) => s(&format!("{}::{}", c.name, f)),
                (None, Some(f)) => s(f),
                _ => s(""),
            },
            ast::MagicConst::Namespace => s(&self.namespace),
            ast::MagicConst::Trait => match &self.class {
                Some(c) if c.is_trait => ExprKind::Lit(Value::Str(c.name.clone())),
                _ => s(""),
            },
        }
    }

    fn closure(&mut self, d: &Rc<ast::FunctionDecl>, arrow: bool) -> CResult<ExprKind> {
        let class = self.class.clone();
        let f = self.function_ex(d, class.as_ref(), Vec::new(), arrow)?;
        let mut captures = Vec::new();
        let code = match &f.body {
            FuncBody::User(c) => c.clone(),
            FuncBody::Native(_) => return self.err("internal: closure without body", d.span),
        };
        if arrow {
            let caps = std::mem::take(&mut self.last_arrow_captures);
            for (name, inner) in caps {
                let outer = self.var_slot(&name.to_string_lossy());
                captures.push((outer, inner, false));
            }
        } else {
            for u in &d.uses {
                let inner = match code.slot_map.get(u.name.as_bytes()) {
                    Some(&s) => s,
                    None => continue,
                };
                let outer = self.var_slot(&u.name);
                captures.push((outer, inner, u.by_ref));
            }
        }
        Ok(ExprKind::Closure(Rc::new(ClosureDecl {
            func: f,
            captures,
            is_static: d.is_static,
        })))
    }

    // ------------------------------------------------------------------ classes

    fn class_decl(&mut self, d: &ast::ClassDecl) -> CResult<Rc<ClassDecl>> {
        let name = match &d.name {
            Some(n) => self.ns_prefixed(n),
            None => {
                self.anon_counter += 1;
                // Named after its parent, or else its first interface.
                let parent = d
                    .extends
                    .as_ref()
                    .or(d.implements.first())
                    .map(|p| self.class_fq(p));
                // PHP's internal name: unique per declaration site.
                format!(
                    "{}@anonymous{}{}:{}${:x}",
                    parent.unwrap_or_else(|| "class".into()),
                    '\0',
                    self.file,
                    self.line(d.span),
                    self.anon_counter - 1
                )
            }
        };
        let kind = match d.kind {
            ast::ClassKind::Class => OClassKind::Class,
            ast::ClassKind::Interface => OClassKind::Interface,
            ast::ClassKind::Trait => OClassKind::Trait,
            ast::ClassKind::Enum => OClassKind::Enum,
        };
        let ctx = ClassCtx {
            name: PhpStr::from(name.clone()),
            is_trait: kind == OClassKind::Trait,
        };
        let saved = self.class.replace(ctx.clone());
        let mut consts = Vec::new();
        let mut props = Vec::new();
        let mut methods = Vec::new();
        let mut traits = Vec::new();
        let mut trait_insteadof = Vec::new();
        let mut trait_alias = Vec::new();
        let mut cases = Vec::new();
        // Constant initialisers and property defaults compile in a throwaway scope.
        self.scopes.push(Scope::default());
        self.func_name.push(String::new());
        let mut member_result: CResult<()> = Ok(());
        for m in &d.members {
            let r: CResult<()> = (|| {
                match m {
                    ast::Member::Property {
                        modifiers,
                        ty,
                        props: ps,
                        ..
                    } => {
                        for (n, def) in ps {
                            let default = match def {
                                Some(e) => Some(Rc::new(self.expr(e)?)),
                                None => None,
                            };
                            props.push(PropDecl {
                                name: PhpStr::from(&**n),
                                default,
                                vis: vis_of(modifiers),
                                is_static: modifiers.static_,
                                ty: ty.as_ref().map(|t| self.type_spec(t)),
                                readonly: modifiers.readonly || d.modifiers.readonly,
                            });
                        }
                    }
                    ast::Member::Const {
                        modifiers,
                        consts: cs,
                        ..
                    } => {
                        for (n, e) in cs {
                            consts.push((
                                PhpStr::from(&**n),
                                Rc::new(self.expr(e)?),
                                vis_of(modifiers),
                            ));
                        }
                    }
                    ast::Member::Case { name, value, .. } => {
                        let v = match value {
                            Some(e) => Some(Rc::new(self.expr(e)?)),
                            None => None,
                        };
                        cases.push((PhpStr::from(&**name), v));
                    }
                    ast::Member::TraitUse {
                        traits: ts,
                        adaptations,
                        ..
                    } => {
                        for t in ts {
                            traits.push(self.class_name(t));
                        }
                        for a in adaptations {
                            match a {
                                ast::TraitAdaptation::Insteadof {
                                    trait_,
                                    method,
                                    instead_of,
                                } => trait_insteadof.push((
                                    trait_.as_ref().map(|t| self.class_name(t)),
                                    PhpStr::from(&**method),
                                    instead_of.iter().map(|t| self.class_name(t)).collect(),
                                )),
                                ast::TraitAdaptation::Alias {
                                    trait_,
                                    method,
                                    modifiers,
                                    alias,
                                } => {
                                    let vis = if modifiers.public
                                        || modifiers.protected
                                        || modifiers.private
                                    {
                                        Some(vis_of(modifiers))
                                    } else {
                                        None
                                    };
                                    trait_alias.push((
                                        trait_.as_ref().map(|t| self.class_name(t)),
                                        PhpStr::from(&**method),
                                        vis,
                                        alias.as_ref().map(|a| PhpStr::from(&**a)),
                                    ))
                                }
                            }
                        }
                    }
                    ast::Member::Method { .. } => {}
                }
                Ok(())
            })();
            if r.is_err() {
                member_result = r;
                break;
            }
        }
        self.func_name.pop();
        self.scopes.pop();
        member_result?;
        for m in &d.members {
            if let ast::Member::Method { modifiers, decl } = m {
                let mut promote = Vec::new();
                if decl.name.eq_ignore_ascii_case("__construct") {
                    for p in &decl.params {
                        if let Some(pm) = &p.promote {
                            promote.push(PhpStr::from(&*p.name));
                            props.push(PropDecl {
                                name: PhpStr::from(&*p.name),
                                default: None,
                                vis: vis_of(pm),
                                is_static: false,
                                ty: p.ty.as_ref().map(|t| self.type_spec(t)),
                                readonly: pm.readonly || d.modifiers.readonly,
                            });
                        }
                    }
                }
                let f = self.function_ex(decl, Some(&ctx), promote, false)?;
                methods.push(MethodDecl {
                    func: f,
                    vis: vis_of(modifiers),
                    is_static: modifiers.static_,
                    is_abstract: modifiers.abstract_ || decl.body.is_none(),
                    is_final: modifiers.final_,
                });
            }
        }
        self.class = saved;
        let (parent, interfaces) = if kind == OClassKind::Interface {
            (
                None,
                d.implements
                    .iter()
                    .chain(d.extends.iter())
                    .map(|n| self.class_name(n))
                    .collect(),
            )
        } else {
            (
                d.extends.as_ref().map(|n| self.class_name(n)),
                d.implements.iter().map(|n| self.class_name(n)).collect(),
            )
        };
        let mut interfaces: Vec<ClassName> = interfaces;
        if kind == OClassKind::Enum {
            interfaces.push(self.class_name_str("UnitEnum"));
            if d.enum_backing.is_some() {
                interfaces.push(self.class_name_str("BackedEnum"));
            }
        }
        Ok(Rc::new(ClassDecl {
            name: PhpStr::from(name),
            kind,
            is_abstract: d.modifiers.abstract_,
            is_final: d.modifiers.final_,
            is_readonly: d.modifiers.readonly,
            parent,
            interfaces,
            consts,
            props,
            methods,
            traits,
            trait_insteadof,
            trait_alias,
            cases,
            enum_backing: d.enum_backing.as_ref().map(|t| self.type_spec(t)),
            line: self.line(d.span),
        }))
    }
}

/// Variables that name the same global in every scope (`$_SERVER`, `$_GET`, …).
fn is_superglobal(name: &str) -> bool {
    matches!(
        name,
        "_SERVER" | "_ENV" | "_GET" | "_POST" | "_COOKIE" | "_FILES" | "_REQUEST" | "_SESSION"
    )
}

/// True if a destructuring pattern binds any element by reference.
fn list_has_ref(p: &Place) -> bool {
    match p {
        Place::List(items) => items
            .iter()
            .flatten()
            .any(|it| it.by_ref || list_has_ref(&it.target)),
        _ => false,
    }
}
