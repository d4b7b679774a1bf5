//! Helpers called from the grammar's semantic actions: the parse context, the intermediate
//! values the grammar passes around (flat operator sequences, statement items) and small AST
//! constructors.

use super::pratt;
use crate::ast::*;
use crate::span::Span;
use std::cell::RefCell;
use std::rc::Rc;

/// Severity of an internal error (mirrors [`crate::ParseErrorKind`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrKind {
    /// `Parse error: …`
    Parse,
    /// `Fatal error: …`
    Fatal,
}

/// An error with a byte offset; the line is computed once the parse is over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PErr {
    /// Parse or fatal.
    pub kind: ErrKind,
    /// Message without location.
    pub message: String,
    /// Byte offset whose line PHP reports.
    pub offset: usize,
}

impl PErr {
    /// A `Parse error`.
    pub fn parse(message: impl Into<String>, offset: usize) -> PErr {
        PErr {
            kind: ErrKind::Parse,
            message: message.into(),
            offset,
        }
    }

    /// A `Fatal error`.
    pub fn fatal(message: impl Into<String>, offset: usize) -> PErr {
        PErr {
            kind: ErrKind::Fatal,
            message: message.into(),
            offset,
        }
    }
}

/// What LALRPOP hands back for a failed action.
pub type LErr = lalrpop_util::ParseError<usize, crate::token::Tok, PErr>;

/// Wraps a [`PErr`] for a fallible action.
pub fn user(e: PErr) -> LErr {
    lalrpop_util::ParseError::User { error: e }
}

/// Parse context shared by all actions: the source and the compile errors found while
/// parsing, which PHP only reports once the whole file has parsed.
pub struct Cx<'s> {
    /// Source bytes.
    pub src: &'s [u8],
    /// Compile-time errors noticed during parsing (reported after a successful parse).
    pub deferred: RefCell<Vec<PErr>>,
    /// Start offsets of alternative-syntax `if … endif;` statements (closed to `else`).
    pub alt_ifs: RefCell<Vec<u32>>,
}

impl<'s> Cx<'s> {
    /// New context over `src`.
    pub fn new(src: &'s [u8]) -> Cx<'s> {
        Cx {
            src,
            deferred: RefCell::new(Vec::new()),
            alt_ifs: RefCell::new(Vec::new()),
        }
    }

    /// Source text of `l..r` as an identifier.
    pub fn text(&self, l: usize, r: usize) -> Ident {
        let bytes = self.src.get(l..r).unwrap_or_default();
        Rc::from(String::from_utf8_lossy(bytes).as_ref())
    }

    /// Records a compile-time error to report if parsing succeeds.
    pub fn defer(&self, e: PErr) {
        self.deferred.borrow_mut().push(e);
    }
}

/// Span helper.
pub fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

/// Builds an expression.
pub fn ex(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: sp(l, r),
    }
}

/// Builds a statement.
pub fn st(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        span: sp(l, r),
    }
}

/// Boxes an expression.
pub fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

/// A name token.
pub fn name(kind: NameKind, text: Rc<str>, l: usize, r: usize) -> Name {
    Name {
        kind,
        text,
        span: sp(l, r),
    }
}

// ----- flat operator sequences -----

/// Binary-operator associativity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assoc {
    /// `a - b - c` is `(a - b) - c`.
    Left,
    /// `a ** b ** c` is `a ** (b ** c)`.
    Right,
    /// `a < b < c` is a syntax error.
    Non,
}

/// Prefix operators (and prefix-like forms whose operand extends to the right).
#[derive(Clone, Debug)]
pub enum Pre {
    /// `!`, `-`, `+`, `~`.
    Unary(UnaryOp),
    /// `(int)` etc.
    Cast(CastKind),
    /// `@`.
    Silence,
    /// `clone`.
    Clone,
    /// `print`.
    Print,
    /// `yield` with an operand (possibly `yield k => v`).
    Yield,
    /// `yield from`.
    YieldFrom,
    /// `throw`.
    Throw,
    /// `include` and friends.
    Include(IncludeKind),
    /// `target =`.
    Assign(Expr),
    /// `target op=`.
    AssignOp(BinOp, Expr),
    /// `fn (…) =>`, body still to come.
    ArrowFn(Box<FunctionDecl>),
}

impl Pre {
    /// PHP's precedence level of the operator (higher binds tighter).
    pub fn prec(&self) -> u8 {
        match self {
            Pre::Throw => 1,
            Pre::ArrowFn(_) => 2,
            Pre::Include(_) => 3,
            Pre::Print => 7,
            Pre::Yield => 8,
            Pre::YieldFrom => 10,
            Pre::Assign(_) | Pre::AssignOp(..) => 11,
            Pre::Unary(UnaryOp::Not) => 25,
            Pre::Unary(_) | Pre::Cast(_) | Pre::Silence => 27,
            Pre::Clone => 29,
        }
    }
}

/// Precedence of `instanceof`.
pub const INSTANCEOF_PREC: u8 = 26;
/// Precedence of the ternary operators.
pub const TERNARY_PREC: u8 = 12;

/// One element of a flat expression: operands and operators in source order, turned into a
/// tree by [`pratt`] with PHP's precedence table. (Token end offsets are kept for debugging
/// even where the tree builder does not need them.)
#[derive(Clone, Debug)]
#[allow(dead_code)]
pub enum Piece {
    /// A complete operand.
    Operand(Expr),
    /// A prefix operator and the span of its tokens.
    Prefix(Pre, usize, usize),
    /// A binary operator: op, precedence, associativity, token text, token span.
    Binary(BinOp, u8, Assoc, &'static str, usize, usize),
    /// `? mid :` (`None` for `?:`), span of the `?`.
    Ternary(Option<Box<Expr>>, usize, usize),
    /// `instanceof Class`; span from `instanceof` to the end of the class.
    Instanceof(ClassRef, usize, usize),
    /// `=>` (yield keys and array keys).
    DoubleArrow(usize, usize),
    /// A `yield` without operand.
    BareYield(usize, usize),
}

/// A binary-operator piece.
pub fn bin(op: BinOp, prec: u8, assoc: Assoc, text: &'static str, l: usize, r: usize) -> Piece {
    Piece::Binary(op, prec, assoc, text, l, r)
}

/// `a op b` in a flat sequence.
pub fn cat3(mut a: Vec<Piece>, op: Piece, mut b: Vec<Piece>) -> Vec<Piece> {
    a.push(op);
    a.append(&mut b);
    a
}

/// Prepends a prefix operator.
pub fn pre(p: Piece, mut rest: Vec<Piece>) -> Vec<Piece> {
    rest.insert(0, p);
    rest
}

/// Turns a flat sequence into an expression.
pub fn expr(cx: &Cx<'_>, seq: Vec<Piece>) -> Result<Expr, LErr> {
    pratt::build(cx, seq).map_err(user)
}

/// Turns a flat sequence into an array item (`k => v` split at the top level).
pub fn pair(cx: &Cx<'_>, seq: Vec<Piece>, l: usize, r: usize) -> Result<ArrayItem, LErr> {
    let (key, value) = pratt::build_pair(cx, seq).map_err(user)?;
    Ok(ArrayItem {
        key: key.map(Box::new),
        value,
        by_ref: false,
        spread: false,
        span: sp(l, r),
    })
}

/// An array item with explicit parts.
pub fn item(
    key: Option<Expr>,
    value: Expr,
    by_ref: bool,
    spread: bool,
    l: usize,
    r: usize,
) -> ArrayItem {
    ArrayItem {
        key: key.map(Box::new),
        value,
        by_ref,
        spread,
        span: sp(l, r),
    }
}

/// PHP's `zend_ast_list_rtrim`: a trailing empty element (from a trailing comma) is dropped.
pub fn rtrim(mut v: Vec<Option<ArrayItem>>) -> Vec<Option<ArrayItem>> {
    if matches!(v.last(), Some(None)) {
        v.pop();
    }
    v
}

// ----- statements -----

/// A statement as the grammar sees it: `else`/`elseif` clauses are separate items attached to
/// the preceding `if` when the enclosing list is finished (this resolves the dangling else
/// exactly as PHP's parser does, attaching to the innermost open `if`).
#[derive(Clone, Debug)]
pub enum SItem {
    /// An ordinary statement.
    Stmt(Stmt),
    /// `else stmt` with its span.
    Else(Block, usize, usize),
    /// `elseif (cond) stmt` with its span.
    ElseIf(Expr, Block, usize, usize),
}

fn else_error(at: usize, elseif: bool) -> LErr {
    let word = if elseif { "elseif" } else { "else" };
    user(PErr::parse(
        format!("syntax error, unexpected token \"{word}\""),
        at,
    ))
}

/// Converts a body statement into a block (`{ … }` contributes its contents).
pub fn body(item: SItem) -> Result<Block, LErr> {
    match item {
        SItem::Stmt(Stmt {
            kind: StmtKind::Block(b),
            ..
        }) => Ok(b),
        SItem::Stmt(s) => Ok(vec![s]),
        SItem::Else(_, l, _) => Err(else_error(l, false)),
        SItem::ElseIf(_, _, l, _) => Err(else_error(l, true)),
    }
}

/// Finishes the script's statement list; a stray `else` there is reported as bison does at
/// the outermost level (`expecting end of file`).
pub fn finish_top(cx: &Cx<'_>, items: Vec<SItem>) -> Result<Vec<Stmt>, LErr> {
    finish(cx, items).map_err(|e| match e {
        lalrpop_util::ParseError::User { mut error }
            if error.message.starts_with("syntax error") =>
        {
            error.message.push_str(", expecting end of file");
            user(error)
        }
        other => other,
    })
}

/// Finishes a statement list: attaches `else`/`elseif` items to the preceding `if`.
pub fn finish(cx: &Cx<'_>, items: Vec<SItem>) -> Result<Vec<Stmt>, LErr> {
    let alt = cx.alt_ifs.borrow();
    let mut out: Vec<Stmt> = Vec::with_capacity(items.len());
    for it in items {
        match it {
            SItem::Stmt(s) => out.push(s),
            SItem::Else(b, l, r) => {
                let ok = out
                    .last_mut()
                    .is_some_and(|p| attach(&alt, p, Clause::Else(b), r));
                if !ok {
                    return Err(else_error(l, false));
                }
            }
            SItem::ElseIf(c, b, l, r) => {
                let ok = out
                    .last_mut()
                    .is_some_and(|p| attach(&alt, p, Clause::ElseIf(c, b), r));
                if !ok {
                    return Err(else_error(l, true));
                }
            }
        }
    }
    Ok(out)
}

enum Clause {
    Else(Block),
    ElseIf(Expr, Block),
}

/// The statement on the right edge of `s` that ends where `s` ends (a body not closed by
/// braces or an alternative-syntax terminator).
fn right_child(s: &mut Stmt) -> Option<&mut Stmt> {
    let end = s.span.end;
    let last = match &mut s.kind {
        StmtKind::If {
            then,
            elseifs,
            else_,
            ..
        } => match else_ {
            Some(b) => b.last_mut(),
            None => match elseifs.last_mut() {
                Some((_, b)) => b.last_mut(),
                None => then.last_mut(),
            },
        },
        StmtKind::While { body, .. }
        | StmtKind::For { body, .. }
        | StmtKind::Foreach { body, .. } => body.last_mut(),
        StmtKind::Declare { body: Some(b), .. } => b.last_mut(),
        _ => None,
    };
    last.filter(|c| c.span.end == end)
}

/// Whether `s` is an `if` that can still take an `else` (no else yet, not `endif;`).
fn open_if(alt: &[u32], s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::If { else_: None, .. }) && !alt.contains(&s.span.start)
}

/// Depth of the innermost open `if` on the right edge of `s` (0 = `s` itself).
fn innermost_open(alt: &[u32], s: &mut Stmt) -> Option<usize> {
    let here = open_if(alt, s);
    let deeper = right_child(s)
        .and_then(|c| innermost_open(alt, c))
        .map(|d| d + 1);
    deeper.or(if here { Some(0) } else { None })
}

fn attach(alt: &[u32], s: &mut Stmt, clause: Clause, end: usize) -> bool {
    let Some(depth) = innermost_open(alt, s) else {
        return false;
    };
    attach_at(s, depth, clause, end as u32);
    true
}

fn attach_at(s: &mut Stmt, depth: usize, clause: Clause, end: u32) {
    if depth == 0 {
        if let StmtKind::If { elseifs, else_, .. } = &mut s.kind {
            match clause {
                Clause::Else(b) => *else_ = Some(b),
                Clause::ElseIf(c, b) => elseifs.push((c, b)),
            }
        }
    } else if let Some(c) = right_child(s) {
        attach_at(c, depth - 1, clause, end);
    }
    s.span.end = end;
}

/// An `if` statement without else clauses yet.
pub fn if_stmt(cond: Expr, then: Block, l: usize, r: usize) -> Stmt {
    st(
        StmtKind::If {
            cond: Box::new(cond),
            then,
            elseifs: Vec::new(),
            else_: None,
        },
        l,
        r,
    )
}

/// Tail of an alternative-syntax `if`: elseif clauses and else.
pub type AltTail = (Vec<(Expr, Block)>, Option<Block>);

/// Builds a function declaration.
#[allow(clippy::too_many_arguments)]
pub fn func(
    name: Ident,
    by_ref: bool,
    params: Vec<Param>,
    ret: Option<TypeHint>,
    body: Option<Block>,
    is_static: bool,
    uses: Vec<ClosureUse>,
    l: usize,
    r: usize,
) -> FunctionDecl {
    let is_generator = body.as_ref().is_some_and(|b| super::visit::block_yields(b));
    FunctionDecl {
        name,
        params,
        ret,
        by_ref,
        body,
        is_static,
        uses,
        is_generator,
        span: sp(l, r),
    }
}

/// A parameter.
#[allow(clippy::too_many_arguments)]
pub fn param(
    pre: (Option<Modifiers>, Option<TypeHint>),
    by_ref: bool,
    variadic: bool,
    name: Ident,
    default: Option<Expr>,
    l: usize,
    r: usize,
) -> Param {
    Param {
        name,
        ty: pre.1,
        default: default.map(Box::new),
        by_ref,
        variadic,
        promote: pre.0,
        span: sp(l, r),
    }
}

/// One member modifier keyword with its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modifier {
    Public,
    Protected,
    Private,
    Static,
    Abstract,
    Final,
    Readonly,
}

/// Folds modifier keywords into [`Modifiers`], raising PHP's errors for repeats.
pub fn mods(list: Vec<(Modifier, usize)>) -> Result<Modifiers, LErr> {
    let mut m = Modifiers::default();
    for (k, at) in list {
        let err = |msg: &str| Err(user(PErr::fatal(msg, at)));
        match k {
            Modifier::Public | Modifier::Protected | Modifier::Private => {
                if m.public || m.protected || m.private {
                    return err("Multiple access type modifiers are not allowed");
                }
                match k {
                    Modifier::Public => m.public = true,
                    Modifier::Protected => m.protected = true,
                    _ => m.private = true,
                }
            }
            Modifier::Static => {
                if m.static_ {
                    return err("Multiple static modifiers are not allowed");
                }
                m.static_ = true;
            }
            Modifier::Abstract => {
                if m.abstract_ {
                    return err("Multiple abstract modifiers are not allowed");
                }
                if m.final_ {
                    return err("Cannot use the final modifier on an abstract class member");
                }
                m.abstract_ = true;
            }
            Modifier::Final => {
                if m.final_ {
                    return err("Multiple final modifiers are not allowed");
                }
                if m.abstract_ {
                    return err("Cannot use the final modifier on an abstract class member");
                }
                m.final_ = true;
            }
            Modifier::Readonly => {
                if m.readonly {
                    return err("Multiple readonly modifiers are not allowed");
                }
                m.readonly = true;
            }
        }
    }
    Ok(m)
}

/// Folds class modifiers (`abstract`, `final`, `readonly`).
pub fn class_mods(list: Vec<(Modifier, usize)>) -> Result<Modifiers, LErr> {
    let mut m = Modifiers::default();
    for (k, at) in list {
        let err = |msg: &str| Err(user(PErr::fatal(msg, at)));
        match k {
            Modifier::Abstract => {
                if m.abstract_ {
                    return err("Multiple abstract modifiers are not allowed");
                }
                if m.final_ {
                    return err("Cannot use the final modifier on an abstract class");
                }
                m.abstract_ = true;
            }
            Modifier::Final => {
                if m.final_ {
                    return err("Multiple final modifiers are not allowed");
                }
                if m.abstract_ {
                    return err("Cannot use the final modifier on an abstract class");
                }
                m.final_ = true;
            }
            Modifier::Readonly => {
                if m.readonly {
                    return err("Multiple readonly modifiers are not allowed");
                }
                m.readonly = true;
            }
            _ => {}
        }
    }
    Ok(m)
}

/// Constant modifiers: PHP rejects `static`, `abstract` and `readonly` on constants.
pub fn const_mods(cx: &Cx<'_>, list: Vec<(Modifier, usize)>) -> Result<Modifiers, LErr> {
    for (k, at) in &list {
        let word = match k {
            Modifier::Static => "static",
            Modifier::Abstract => "abstract",
            Modifier::Readonly => "readonly",
            _ => continue,
        };
        cx.defer(PErr::fatal(
            format!("Cannot use '{word}' as constant modifier"),
            *at,
        ));
    }
    mods(list)
}

/// Builds a class-like declaration.
#[allow(clippy::too_many_arguments)]
pub fn class(
    name: Option<Ident>,
    kind: ClassKind,
    modifiers: Modifiers,
    extends: Option<Name>,
    implements: Vec<Name>,
    enum_backing: Option<TypeHint>,
    members: Vec<Member>,
    l: usize,
    r: usize,
) -> Rc<ClassDecl> {
    Rc::new(ClassDecl {
        name,
        kind,
        modifiers,
        extends,
        implements,
        enum_backing,
        members,
        span: sp(l, r),
    })
}

/// Turns a `T_NUM_STRING` offset of simple interpolation into its key expression
/// (an integer when it is a canonical decimal that fits, otherwise a string).
pub fn num_string(text: &str, negative: bool, l: usize, r: usize) -> Expr {
    // The lexer may deliver `-12` as one token or as `-` followed by `12`.
    if let Some(rest) = text.strip_prefix('-') {
        return num_string(rest, !negative, l, r);
    }
    let canonical = text == "0"
        || (!text.is_empty() && !text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit()));
    if canonical {
        if let Ok(v) = text.parse::<i64>() {
            if negative {
                if v == 0 {
                    return ex(ExprKind::Str(b"-0".to_vec()), l, r);
                }
                return ex(ExprKind::Int(-v), l, r);
            }
            return ex(ExprKind::Int(v), l, r);
        }
    }
    let mut s = Vec::with_capacity(text.len() + 1);
    if negative {
        s.push(b'-');
    }
    s.extend_from_slice(text.as_bytes());
    ex(ExprKind::Str(s), l, r)
}

/// An interpolated string; empty literal pieces (e.g. left by heredoc newline removal) are
/// dropped.
pub fn interp(mut parts: Vec<InterpPart>, l: usize, r: usize) -> Expr {
    parts.retain(|p| !matches!(p, InterpPart::Lit(v) if v.is_empty()));
    ex(ExprKind::Interp(parts), l, r)
}

/// A backtick string: PHP compiles it to a call of `\shell_exec` with the
/// interpolated command.
pub fn shell_exec(parts: Vec<InterpPart>, l: usize, r: usize) -> Expr {
    let command = interp(parts, l, r);
    let span = command.span;
    let name = Name {
        kind: NameKind::FullyQualified,
        text: Rc::from("shell_exec"),
        span,
    };
    let arg = Arg {
        name: None,
        value: command,
        spread: false,
        span,
    };
    ex(
        ExprKind::Call {
            name,
            args: Args::List(vec![arg]),
        },
        l,
        r,
    )
}

/// Joins a group-use prefix and an item name.
pub fn join_name(prefix: &Name, item: Name) -> Name {
    let text: Rc<str> = Rc::from(format!("{}\\{}", prefix.text, item.text).as_str());
    Name {
        kind: if prefix.kind == NameKind::FullyQualified {
            NameKind::FullyQualified
        } else {
            NameKind::Qualified
        },
        text,
        span: prefix.span.to(item.span),
    }
}

/// Checks a `break`/`continue` level operand as PHP's compiler does.
pub fn loop_level(cx: &Cx<'_>, word: &str, e: Option<Expr>, at: usize) -> u32 {
    match e {
        None => 1,
        Some(Expr {
            kind: ExprKind::Int(n),
            ..
        }) if n >= 1 => u32::try_from(n).unwrap_or(u32::MAX),
        Some(Expr {
            kind: ExprKind::Int(_),
            ..
        }) => {
            cx.defer(PErr::fatal(
                format!("'{word}' operator accepts only positive integers"),
                at,
            ));
            1
        }
        Some(_) => {
            cx.defer(PErr::fatal(
                format!("'{word}' operator with non-integer operand is no longer supported"),
                at,
            ));
            1
        }
    }
}

// ----- helpers with PHP's compile-time checks

/// Builds `use` items of one kind.
pub fn use_items(kind: UseKind, decls: Vec<(Name, Option<Ident>)>) -> Vec<UseItem> {
    decls
        .into_iter()
        .map(|(name, alias)| UseItem { kind, name, alias })
        .collect()
}

/// Checks a `foreach` key target.
pub fn foreach_key(cx: &Cx<'_>, key: &(Expr, bool)) {
    let at = key.0.span.start as usize;
    if key.1 {
        cx.defer(PErr::fatal("Key element cannot be a reference", at));
    } else if matches!(key.0.kind, ExprKind::List(_) | ExprKind::Array(_)) {
        cx.defer(PErr::fatal("Cannot use list as key element", at));
    }
}

fn is_this(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Var(VarName::Name(n)) if &**n == "this")
}

/// Checks the target of an assignment (or `++`/`--`, `=&`).
pub fn target(cx: &Cx<'_>, v: Expr) -> Expr {
    let at = v.span.start as usize;
    match &v.kind {
        _ if is_this(&v) => cx.defer(PErr::fatal("Cannot re-assign $this", at)),
        ExprKind::Call { .. } | ExprKind::CallExpr { .. } => cx.defer(PErr::fatal(
            "Can't use function return value in write context",
            at,
        )),
        ExprKind::MethodCall { .. } | ExprKind::StaticCall { .. } => cx.defer(PErr::fatal(
            "Can't use method return value in write context",
            at,
        )),
        _ => {}
    }
    v
}

/// A destructuring pattern on the left of `=`.
pub fn pattern(cx: &Cx<'_>, kind: ExprKind, l: usize, r: usize) -> Expr {
    let empty = match &kind {
        ExprKind::Array(v) | ExprKind::List(v) => v.iter().all(Option::is_none),
        _ => false,
    };
    if empty {
        cx.defer(PErr::fatal("Cannot use empty list", l));
    }
    check_pattern(cx, &kind);
    ex(kind, l, r)
}

fn check_pattern(cx: &Cx<'_>, kind: &ExprKind) {
    if let ExprKind::Array(v) | ExprKind::List(v) = kind {
        for it in v.iter().flatten() {
            if is_this(&it.value) {
                cx.defer(PErr::fatal(
                    "Cannot re-assign $this",
                    it.value.span.start as usize,
                ));
            }
            check_pattern(cx, &it.value.kind);
        }
    }
}

/// The variable name of a simple variable expression.
pub fn varname(v: Expr) -> VarName {
    match v.kind {
        ExprKind::Var(n) => n,
        _ => VarName::Dynamic(bx(v)),
    }
}

/// `isset()` accepts only variables.
pub fn isset_arg(cx: &Cx<'_>, e: &Expr) {
    let ok = matches!(
        e.kind,
        ExprKind::Var(_)
            | ExprKind::Index { .. }
            | ExprKind::Prop { .. }
            | ExprKind::StaticProp { .. }
            | ExprKind::ClassConst { .. }
    );
    if !ok {
        cx.defer(PErr::fatal(
            "Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)",
            e.span.start as usize,
        ));
    }
}

/// A call of a named function.
pub fn call(_cx: &Cx<'_>, name: Name, args: Args, l: usize, r: usize) -> Result<Expr, LErr> {
    Ok(ex(ExprKind::Call { name, args }, l, r))
}

/// Checks the order of named, positional and unpacked arguments.
pub fn args(cx: &Cx<'_>, v: Vec<Arg>) -> Result<Args, LErr> {
    let mut named = false;
    for a in &v {
        let at = a.span.start as usize;
        if a.name.is_some() {
            named = true;
        } else if named && a.spread {
            cx.defer(PErr::fatal(
                "Cannot use argument unpacking after named arguments",
                at,
            ));
        } else if named {
            cx.defer(PErr::fatal(
                "Cannot use positional argument after named argument",
                at,
            ));
        }
    }
    Ok(Args::List(v))
}

/// An array literal (trailing comma removed).
pub fn array(_cx: &Cx<'_>, items: Vec<Option<ArrayItem>>, l: usize, r: usize) -> Expr {
    ex(ExprKind::Array(rtrim(items)), l, r)
}
