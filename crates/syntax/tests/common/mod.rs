//! Test helpers: a compact s-expression rendering of the AST.

#![allow(dead_code)]

use phpsock_syntax::ast::*;

/// Parses `<?php ` + `code` and renders the statements.
pub fn sx(code: &str) -> String {
    let src = format!("<?php {code}");
    match phpsock_syntax::parse(src.as_bytes()) {
        Ok(p) => p.stmts.iter().map(stmt).collect::<Vec<_>>().join(" "),
        Err(e) => panic!("parse error in {code:?}: {} (line {})", e.message, e.line),
    }
}

/// Parses `<?php ` + `code` as one expression statement and renders the expression.
pub fn ex(code: &str) -> String {
    let src = format!("<?php {code};");
    match phpsock_syntax::parse(src.as_bytes()) {
        Ok(p) => match &p.stmts[..] {
            [Stmt {
                kind: StmtKind::Expr(e),
                ..
            }] => expr(e),
            other => panic!("not one expression statement: {other:?}"),
        },
        Err(e) => panic!("parse error in {code:?}: {} (line {})", e.message, e.line),
    }
}

/// The error of parsing `src` as `Kind: message @line`.
pub fn err(src: &str) -> String {
    match phpsock_syntax::parse(src.as_bytes()) {
        Ok(_) => "ok".into(),
        Err(e) => format!("{}: {} @{}", e.label(), e.message, e.line),
    }
}

fn s(b: &[u8]) -> String {
    format!("{:?}", String::from_utf8_lossy(b))
}

fn name(n: &Name) -> String {
    match n.kind {
        NameKind::Unqualified => n.text.to_string(),
        NameKind::Qualified => n.text.to_string(),
        NameKind::FullyQualified => format!("\\{}", n.text),
        NameKind::Relative => format!("namespace\\{}", n.text),
    }
}

fn block(b: &[Stmt]) -> String {
    format!("{{{}}}", b.iter().map(stmt).collect::<Vec<_>>().join(" "))
}

fn list(v: &[Expr]) -> String {
    v.iter().map(expr).collect::<Vec<_>>().join(" ")
}

pub fn stmt(st: &Stmt) -> String {
    match &st.kind {
        StmtKind::Echo(v) => format!("(echo {})", list(v)),
        StmtKind::InlineHtml(h) => format!("(html {})", s(h)),
        StmtKind::Expr(e) => expr(e),
        StmtKind::Block(b) => block(b),
        StmtKind::If {
            cond,
            then,
            elseifs,
            else_,
        } => {
            let mut out = format!("(if {} {}", expr(cond), block(then));
            for (c, b) in elseifs {
                out.push_str(&format!(" (elseif {} {})", expr(c), block(b)));
            }
            if let Some(b) = else_ {
                out.push_str(&format!(" (else {})", block(b)));
            }
            out.push(')');
            out
        }
        StmtKind::While { cond, body } => format!("(while {} {})", expr(cond), block(body)),
        StmtKind::DoWhile { body, cond } => format!("(do {} {})", block(body), expr(cond)),
        StmtKind::For {
            init,
            cond,
            step,
            body,
        } => format!(
            "(for ({}) ({}) ({}) {})",
            list(init),
            list(cond),
            list(step),
            block(body)
        ),
        StmtKind::Foreach {
            subject,
            key,
            value,
            by_ref,
            body,
        } => format!(
            "(foreach {} {}{}{} {})",
            expr(subject),
            key.as_ref()
                .map(|k| format!("{} => ", expr(k)))
                .unwrap_or_default(),
            if *by_ref { "&" } else { "" },
            expr(value),
            block(body)
        ),
        StmtKind::Switch { subject, cases } => format!(
            "(switch {} {})",
            expr(subject),
            cases
                .iter()
                .map(|c| match &c.cond {
                    Some(e) => format!("(case {} {})", expr(e), block(&c.body)),
                    None => format!("(default {})", block(&c.body)),
                })
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::Break(n) => format!("(break {n})"),
        StmtKind::Continue(n) => format!("(continue {n})"),
        StmtKind::Return(e) => match e {
            Some(e) => format!("(return {})", expr(e)),
            None => "(return)".into(),
        },
        StmtKind::Global(v) => format!("(global {})", v.join(" ")),
        StmtKind::StaticVar(v) => format!(
            "(static {})",
            v.iter()
                .map(|(n, e)| match e {
                    Some(e) => format!("{n}={}", expr(e)),
                    None => n.to_string(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::Unset(v) => format!("(unset {})", list(v)),
        StmtKind::Const(v) => format!(
            "(const {})",
            v.iter()
                .map(|(n, e)| format!("{n}={}", expr(e)))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::Try {
            body,
            catches,
            finally,
        } => {
            let mut out = format!("(try {}", block(body));
            for c in catches {
                out.push_str(&format!(
                    " (catch {} {} {})",
                    c.types.iter().map(name).collect::<Vec<_>>().join("|"),
                    c.var.as_deref().unwrap_or("-"),
                    block(&c.body)
                ));
            }
            if let Some(f) = finally {
                out.push_str(&format!(" (finally {})", block(f)));
            }
            out.push(')');
            out
        }
        StmtKind::Function(f) => func("function", f),
        StmtKind::Class(c) => class(c),
        StmtKind::Declare { directives, body } => format!(
            "(declare {}{})",
            directives
                .iter()
                .map(|(n, e)| format!("{n}={}", expr(e)))
                .collect::<Vec<_>>()
                .join(" "),
            body.as_ref()
                .map(|b| format!(" {}", block(b)))
                .unwrap_or_default()
        ),
        StmtKind::Namespace { name: n, body } => format!(
            "(namespace {}{})",
            n.as_ref().map(name).unwrap_or_else(|| "-".into()),
            body.as_ref()
                .map(|b| format!(" {}", block(b)))
                .unwrap_or_default()
        ),
        StmtKind::Use(items) => format!(
            "(use {})",
            items
                .iter()
                .map(|u| {
                    let k = match u.kind {
                        UseKind::Class => "",
                        UseKind::Function => "function ",
                        UseKind::Const => "const ",
                    };
                    match &u.alias {
                        Some(a) => format!("{k}{} as {a}", name(&u.name)),
                        None => format!("{k}{}", name(&u.name)),
                    }
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        StmtKind::HaltCompiler => "(halt)".into(),
        StmtKind::Goto(l) => format!("(goto {l})"),
        StmtKind::Label(l) => format!("(label {l})"),
        StmtKind::Nop => "(nop)".into(),
    }
}

fn ty(t: &TypeHint) -> String {
    match t {
        TypeHint::Named(n) => name(n),
        TypeHint::Nullable(t) => format!("?{}", ty(t)),
        TypeHint::Union(v) => v.iter().map(ty).collect::<Vec<_>>().join("|"),
        TypeHint::Intersection(v) => {
            format!("({})", v.iter().map(ty).collect::<Vec<_>>().join("&"))
        }
    }
}

fn mods(m: &Modifiers) -> String {
    let mut v = Vec::new();
    for (on, w) in [
        (m.public, "public"),
        (m.protected, "protected"),
        (m.private, "private"),
        (m.static_, "static"),
        (m.abstract_, "abstract"),
        (m.final_, "final"),
        (m.readonly, "readonly"),
    ] {
        if on {
            v.push(w);
        }
    }
    v.join(" ")
}

pub fn func(kw: &str, f: &FunctionDecl) -> String {
    let params = f
        .params
        .iter()
        .map(|p| {
            let mut out = String::new();
            if let Some(m) = &p.promote {
                out.push_str(&mods(m));
                out.push(' ');
            }
            if let Some(t) = &p.ty {
                out.push_str(&ty(t));
                out.push(' ');
            }
            if p.by_ref {
                out.push('&');
            }
            if p.variadic {
                out.push_str("...");
            }
            out.push('$');
            out.push_str(&p.name);
            if let Some(d) = &p.default {
                out.push('=');
                out.push_str(&expr(d));
            }
            out
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut out = format!(
        "({kw}{}{}{} {}({})",
        if f.is_static { " static" } else { "" },
        if f.by_ref { " &" } else { "" },
        if f.is_generator { " gen" } else { "" },
        f.name,
        params
    );
    if !f.uses.is_empty() {
        out.push_str(&format!(
            " use({})",
            f.uses
                .iter()
                .map(|u| format!("{}${}", if u.by_ref { "&" } else { "" }, u.name))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if let Some(r) = &f.ret {
        out.push_str(&format!(": {}", ty(r)));
    }
    match &f.body {
        Some(b) => out.push_str(&format!(" {}", block(b))),
        None => out.push_str(" ;"),
    }
    out.push(')');
    out
}

fn class(c: &ClassDecl) -> String {
    let kind = match c.kind {
        ClassKind::Class => "class",
        ClassKind::Interface => "interface",
        ClassKind::Trait => "trait",
        ClassKind::Enum => "enum",
    };
    let mut out = format!("({kind}");
    let m = mods(&c.modifiers);
    if !m.is_empty() {
        out.push_str(&format!(" [{m}]"));
    }
    out.push_str(&format!(" {}", c.name.as_deref().unwrap_or("-")));
    if let Some(b) = &c.enum_backing {
        out.push_str(&format!(": {}", ty(b)));
    }
    if let Some(e) = &c.extends {
        out.push_str(&format!(" extends {}", name(e)));
    }
    if !c.implements.is_empty() {
        out.push_str(&format!(
            " implements {}",
            c.implements.iter().map(name).collect::<Vec<_>>().join(",")
        ));
    }
    for m in &c.members {
        out.push(' ');
        out.push_str(&member(m));
    }
    out.push(')');
    out
}

fn member(m: &Member) -> String {
    match m {
        Member::Property {
            modifiers,
            ty: t,
            props,
            ..
        } => format!(
            "(prop [{}]{} {})",
            mods(modifiers),
            t.as_ref()
                .map(|t| format!(" {}", ty(t)))
                .unwrap_or_default(),
            props
                .iter()
                .map(|(n, e)| match e {
                    Some(e) => format!("${n}={}", expr(e)),
                    None => format!("${n}"),
                })
                .collect::<Vec<_>>()
                .join(" ")
        ),
        Member::Method { modifiers, decl } => {
            format!("(method [{}] {})", mods(modifiers), func("function", decl))
        }
        Member::Const {
            modifiers, consts, ..
        } => format!(
            "(const [{}] {})",
            mods(modifiers),
            consts
                .iter()
                .map(|(n, e)| format!("{n}={}", expr(e)))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        Member::TraitUse {
            traits,
            adaptations,
            ..
        } => {
            let mut out = format!(
                "(use {}",
                traits.iter().map(name).collect::<Vec<_>>().join(",")
            );
            for a in adaptations {
                match a {
                    TraitAdaptation::Insteadof {
                        trait_,
                        method,
                        instead_of,
                    } => out.push_str(&format!(
                        " ({}::{method} insteadof {})",
                        trait_.as_ref().map(name).unwrap_or_default(),
                        instead_of.iter().map(name).collect::<Vec<_>>().join(",")
                    )),
                    TraitAdaptation::Alias {
                        trait_,
                        method,
                        modifiers,
                        alias,
                    } => out.push_str(&format!(
                        " ({}{method} as [{}] {})",
                        trait_
                            .as_ref()
                            .map(|t| format!("{}::", name(t)))
                            .unwrap_or_default(),
                        mods(modifiers),
                        alias.as_deref().unwrap_or("-")
                    )),
                }
            }
            out.push(')');
            out
        }
        Member::Case { name: n, value, .. } => match value {
            Some(v) => format!("(case {n}={})", expr(v)),
            None => format!("(case {n})"),
        },
    }
}

fn varname(v: &VarName) -> String {
    match v {
        VarName::Name(n) => format!("${n}"),
        VarName::Dynamic(e) => format!("${{{}}}", expr(e)),
    }
}

fn member_name(m: &MemberName) -> String {
    match m {
        MemberName::Ident(i) => i.to_string(),
        MemberName::Dynamic(e) => format!("{{{}}}", expr(e)),
    }
}

fn class_ref(c: &ClassRef) -> String {
    match c {
        ClassRef::Named(n) => name(n),
        ClassRef::Dynamic(e) => expr(e),
        ClassRef::Anonymous(c) => class(c),
    }
}

fn args(a: &Args) -> String {
    match a {
        Args::Callable => "...".into(),
        Args::List(v) => v
            .iter()
            .map(|a| {
                format!(
                    "{}{}{}",
                    a.name
                        .as_ref()
                        .map(|n| format!("{n}: "))
                        .unwrap_or_default(),
                    if a.spread { "..." } else { "" },
                    expr(&a.value)
                )
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn items(v: &[Option<ArrayItem>]) -> String {
    v.iter()
        .map(|i| match i {
            None => "_".into(),
            Some(i) => format!(
                "{}{}{}{}",
                i.key
                    .as_ref()
                    .map(|k| format!("{}=>", expr(k)))
                    .unwrap_or_default(),
                if i.by_ref { "&" } else { "" },
                if i.spread { "..." } else { "" },
                expr(&i.value)
            ),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn bin(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::Concat => ".",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::And => "&&",
        BinOp::Or => "||",
        BinOp::Xor => "xor",
        BinOp::Eq => "==",
        BinOp::NotEq => "!=",
        BinOp::Identical => "===",
        BinOp::NotIdentical => "!==",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::Spaceship => "<=>",
        BinOp::Coalesce => "??",
    }
}

pub fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int(i) => i.to_string(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::Str(b) => s(b),
        ExprKind::Interp(parts) => format!(
            "(interp {})",
            parts
                .iter()
                .map(|p| match p {
                    InterpPart::Lit(b) => s(b),
                    InterpPart::Expr(e) => expr(e),
                })
                .collect::<Vec<_>>()
                .join(" ")
        ),
        ExprKind::Var(v) => varname(v),
        ExprKind::Array(v) => format!("[{}]", items(v)),
        ExprKind::List(v) => format!("(list {})", items(v)),
        ExprKind::Index { base, index } => format!(
            "{}[{}]",
            expr(base),
            index.as_ref().map(|i| expr(i)).unwrap_or_default()
        ),
        ExprKind::Prop {
            obj,
            name: n,
            nullsafe,
        } => format!(
            "{}{}{}",
            expr(obj),
            if *nullsafe { "?->" } else { "->" },
            member_name(n)
        ),
        ExprKind::StaticProp { class: c, name: n } => format!("{}::{}", class_ref(c), varname(n)),
        ExprKind::ClassConst { class: c, name: n } => {
            format!("{}::{}", class_ref(c), member_name(n))
        }
        ExprKind::Const(n) => name(n),
        ExprKind::Magic(m) => format!("{m:?}"),
        ExprKind::Call { name: n, args: a } => format!("(call {} {})", name(n), args(a)),
        ExprKind::CallExpr { callee, args: a } => format!("(call {} {})", expr(callee), args(a)),
        ExprKind::MethodCall {
            obj,
            name: n,
            args: a,
            nullsafe,
        } => format!(
            "(mcall {}{}{} {})",
            expr(obj),
            if *nullsafe { "?->" } else { "->" },
            member_name(n),
            args(a)
        ),
        ExprKind::StaticCall {
            class: c,
            name: n,
            args: a,
        } => format!("(scall {}::{} {})", class_ref(c), member_name(n), args(a)),
        ExprKind::New { class: c, args: a } => format!("(new {} {})", class_ref(c), args(a)),
        ExprKind::Assign { target, value } => format!("(= {} {})", expr(target), expr(value)),
        ExprKind::AssignRef { target, value } => format!("(=& {} {})", expr(target), expr(value)),
        ExprKind::AssignOp { op, target, value } => {
            format!("({}= {} {})", bin(*op), expr(target), expr(value))
        }
        ExprKind::Binary { op, lhs, rhs } => format!("({} {} {})", bin(*op), expr(lhs), expr(rhs)),
        ExprKind::Unary { op, expr: x } => {
            let o = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Plus => "+",
                UnaryOp::Not => "!",
                UnaryOp::BitNot => "~",
            };
            format!("({o} {})", expr(x))
        }
        ExprKind::IncDec {
            prefix,
            inc,
            expr: x,
        } => {
            let o = if *inc { "++" } else { "--" };
            if *prefix {
                format!("({o}pre {})", expr(x))
            } else {
                format!("({o}post {})", expr(x))
            }
        }
        ExprKind::Cast { kind, expr: x } => format!("(cast {kind:?} {})", expr(x)),
        ExprKind::Ternary { cond, then, else_ } => match then {
            Some(t) => format!("(? {} {} {})", expr(cond), expr(t), expr(else_)),
            None => format!("(?: {} {})", expr(cond), expr(else_)),
        },
        ExprKind::Instanceof { expr: x, class: c } => {
            format!("(instanceof {} {})", expr(x), class_ref(c))
        }
        ExprKind::Isset(v) => format!("(isset {})", list(v)),
        ExprKind::Empty(x) => format!("(empty {})", expr(x)),
        ExprKind::Silence(x) => format!("(@ {})", expr(x)),
        ExprKind::Clone(x) => format!("(clone {})", expr(x)),
        ExprKind::Print(x) => format!("(print {})", expr(x)),
        ExprKind::Exit(x) => match x {
            Some(x) => format!("(exit {})", expr(x)),
            None => "(exit)".into(),
        },
        ExprKind::Throw(x) => format!("(throw {})", expr(x)),
        ExprKind::Closure(f) => func("closure", f),
        ExprKind::ArrowFn(f) => func("fn", f),
        ExprKind::Match { subject, arms } => format!(
            "(match {} {})",
            expr(subject),
            arms.iter()
                .map(|a| format!(
                    "({} => {})",
                    a.conds
                        .as_ref()
                        .map(|c| list(c))
                        .unwrap_or_else(|| "default".into()),
                    expr(&a.body)
                ))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        ExprKind::Yield { key, value } => match (key, value) {
            (Some(k), Some(v)) => format!("(yield {} => {})", expr(k), expr(v)),
            (None, Some(v)) => format!("(yield {})", expr(v)),
            _ => "(yield)".into(),
        },
        ExprKind::YieldFrom(x) => format!("(yield-from {})", expr(x)),
        ExprKind::Include { kind, expr: x } => format!("({kind:?} {})", expr(x)),
        ExprKind::Eval(x) => format!("(eval {})", expr(x)),
    }
}
