//! The spanned abstract syntax tree produced by the parser.
//!
//! Every statement and expression carries a [`Span`]; the [`Program`] carries the
//! [`LineTable`] that turns spans into the line numbers PHP prints. Names are kept as written
//! (namespace resolution, `self`/`parent`/`static` and case-insensitive look-ups are the
//! resolver's job in the evaluator), so the tree is a faithful picture of the source.

use crate::span::{LineTable, Span};
use std::rc::Rc;

/// An identifier as written (function, class, constant, property, method or label name).
pub type Ident = Rc<str>;

/// A whole parsed script.
#[derive(Clone, Debug)]
pub struct Program {
    /// Top-level statements in source order.
    pub stmts: Vec<Stmt>,
    /// Line starts of the source, for diagnostics.
    pub lines: LineTable,
    /// Byte offset just after `__halt_compiler();`, if present (the value of
    /// `__COMPILER_HALT_OFFSET__`).
    pub halt_offset: Option<u32>,
    /// Compile-time warnings and deprecations (octal escape overflow, `${var}` in strings),
    /// in the order PHP reports them; the runner prints them before running the script.
    pub warnings: Vec<crate::CompileWarning>,
}

/// How a name was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// `Foo`
    Unqualified,
    /// `Foo\Bar`
    Qualified,
    /// `\Foo\Bar`
    FullyQualified,
    /// `namespace\Foo`
    Relative,
}

/// A possibly namespaced name; `text` excludes a leading `\` or `namespace\`.
#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    /// The name's form.
    pub kind: NameKind,
    /// The name without leading separator (`Foo\Bar`).
    pub text: Ident,
    /// Where it was written.
    pub span: Span,
}

/// A statement list (`{ … }` or an alternative-syntax body).
pub type Block = Vec<Stmt>;

/// A statement with its span.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// What the statement is.
    pub kind: StmtKind,
    /// Source range.
    pub span: Span,
}

/// Statement forms.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `echo a, b;` (also `<?= … ?>`).
    Echo(Vec<Expr>),
    /// Text outside PHP tags.
    InlineHtml(Vec<u8>),
    /// `expr;`
    Expr(Expr),
    /// `{ … }`
    Block(Block),
    /// `if`/`elseif`/`else` (both syntaxes; `else if` nests an `If` in `else_`).
    If {
        /// Condition of the `if`.
        cond: Box<Expr>,
        /// Body when true.
        then: Block,
        /// `elseif (cond) body` clauses in order.
        elseifs: Vec<(Expr, Block)>,
        /// `else` body.
        else_: Option<Block>,
    },
    /// `while (cond) body`
    While { cond: Box<Expr>, body: Block },
    /// `do body while (cond);`
    DoWhile { body: Block, cond: Box<Expr> },
    /// `for (init; cond; step) body`, each part a comma list.
    For {
        init: Vec<Expr>,
        cond: Vec<Expr>,
        step: Vec<Expr>,
        body: Block,
    },
    /// `foreach (subject as [key =>] [&]value) body`; `value` may be a `List`/`Array` pattern.
    Foreach {
        subject: Box<Expr>,
        key: Option<Box<Expr>>,
        value: Box<Expr>,
        by_ref: bool,
        body: Block,
    },
    /// `switch (subject) { case …: … default: … }`
    Switch {
        subject: Box<Expr>,
        cases: Vec<SwitchCase>,
    },
    /// `break N;` (N defaults to 1; the parser rejects non-literal levels as PHP does).
    Break(u32),
    /// `continue N;`
    Continue(u32),
    /// `return [expr];`
    Return(Option<Expr>),
    /// `global $a, $b;`
    Global(Vec<Ident>),
    /// `static $a = 1, $b;`
    StaticVar(Vec<(Ident, Option<Expr>)>),
    /// `unset($a, $b[1]);`
    Unset(Vec<Expr>),
    /// `const A = 1, B = 2;` at top level or in a namespace.
    Const(Vec<(Ident, Expr)>),
    /// `try { } catch (A|B $e) { } finally { }`
    Try {
        body: Block,
        catches: Vec<Catch>,
        finally: Option<Block>,
    },
    /// `function name(…) { … }`
    Function(Rc<FunctionDecl>),
    /// `class`, `interface`, `trait` or `enum` declaration.
    Class(Rc<ClassDecl>),
    /// `declare(strict_types=1);` or `declare(ticks=1) { … }`.
    Declare {
        directives: Vec<(Ident, Expr)>,
        body: Option<Block>,
    },
    /// `namespace A\B;` (body `None`) or `namespace A { … }` (name `None` for the global one).
    Namespace {
        name: Option<Name>,
        body: Option<Block>,
    },
    /// `use A\B as C, function f, const X;`
    Use(Vec<UseItem>),
    /// `__halt_compiler();`
    HaltCompiler,
    /// `goto label;`
    Goto(Ident),
    /// `label:`
    Label(Ident),
    /// A lone `;`.
    Nop,
}

/// One `case expr:` or `default:` arm of a switch.
#[derive(Clone, Debug)]
pub struct SwitchCase {
    /// `None` for `default`.
    pub cond: Option<Box<Expr>>,
    /// Statements up to the next arm.
    pub body: Block,
    /// Span of the `case`/`default` label.
    pub span: Span,
}

/// One `catch` clause.
#[derive(Clone, Debug)]
pub struct Catch {
    /// Caught class names (`A|B`).
    pub types: Vec<Name>,
    /// Variable name without `$`, optional since PHP 8.0.
    pub var: Option<Ident>,
    /// Handler body.
    pub body: Block,
    /// Span of the whole clause.
    pub span: Span,
}

/// What a `use` import brings in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UseKind {
    /// A class, interface, trait, enum or namespace.
    Class,
    /// `use function`.
    Function,
    /// `use const`.
    Const,
}

/// One imported name.
#[derive(Clone, Debug)]
pub struct UseItem {
    pub kind: UseKind,
    /// Full name (group prefixes already joined).
    pub name: Name,
    /// `as Alias`.
    pub alias: Option<Ident>,
}

/// An expression with its span.
#[derive(Clone, Debug)]
pub struct Expr {
    /// What the expression is.
    pub kind: ExprKind,
    /// Source range.
    pub span: Span,
}

/// Expression forms.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// Integer literal.
    Int(i64),
    /// Float literal.
    Float(f64),
    /// String literal without interpolation (bytes, escapes decoded).
    Str(Vec<u8>),
    /// Interpolated string or heredoc.
    Interp(Vec<InterpPart>),
    /// `$name` or `$$expr` / `${expr}`.
    Var(VarName),
    /// `[…]` / `array(…)`; also the pattern on the left of `=` and in `foreach`.
    Array(Vec<Option<ArrayItem>>),
    /// `list(…)` pattern (items may be skipped: `list(, $b)`).
    List(Vec<Option<ArrayItem>>),
    /// `base[index]`, `base{index}` is not supported; `base[]` has `index: None`.
    Index {
        base: Box<Expr>,
        index: Option<Box<Expr>>,
    },
    /// `obj->name` / `obj?->name`.
    Prop {
        obj: Box<Expr>,
        name: MemberName,
        nullsafe: bool,
    },
    /// `Class::$name`.
    StaticProp { class: ClassRef, name: VarName },
    /// `Class::NAME`, and `Class::class` (name `class`).
    ClassConst { class: ClassRef, name: MemberName },
    /// A constant such as `PHP_EOL`, `true`, `null` (case rules applied by the resolver).
    Const(Name),
    /// `__LINE__` and friends.
    Magic(MagicConst),
    /// `name(args)`.
    Call { name: Name, args: Args },
    /// `expr(args)` where the callee is not a plain name (closure, string, array).
    CallExpr { callee: Box<Expr>, args: Args },
    /// `obj->name(args)` / `obj?->name(args)`.
    MethodCall {
        obj: Box<Expr>,
        name: MemberName,
        args: Args,
        nullsafe: bool,
    },
    /// `Class::name(args)`.
    StaticCall {
        class: Box<ClassRef>,
        name: MemberName,
        args: Args,
    },
    /// `new Class(args)`, `new class(…) {…}`, `new static`, `new ($expr)`.
    New { class: ClassRef, args: Args },
    /// `target = value` (target may be an `Array`/`List` pattern).
    Assign { target: Box<Expr>, value: Box<Expr> },
    /// `target =& value`.
    AssignRef { target: Box<Expr>, value: Box<Expr> },
    /// `target op= value`, including `??=` (op `Coalesce`).
    AssignOp {
        op: BinOp,
        target: Box<Expr>,
        value: Box<Expr>,
    },
    /// Binary operation (arithmetic, bitwise, comparison, logical, `.`, `??`).
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// Unary `-`, `+`, `!`, `~`.
    Unary { op: UnaryOp, expr: Box<Expr> },
    /// `++$a`, `$a++`, `--$a`, `$a--`.
    IncDec {
        prefix: bool,
        inc: bool,
        expr: Box<Expr>,
    },
    /// `(int) expr` etc.
    Cast { kind: CastKind, expr: Box<Expr> },
    /// `cond ? a : b`, `cond ?: b` (`then: None`).
    Ternary {
        cond: Box<Expr>,
        then: Option<Box<Expr>>,
        else_: Box<Expr>,
    },
    /// `expr instanceof Class`.
    Instanceof { expr: Box<Expr>, class: ClassRef },
    /// `isset(a, b)`.
    Isset(Vec<Expr>),
    /// `empty(a)`.
    Empty(Box<Expr>),
    /// `@expr`.
    Silence(Box<Expr>),
    /// `clone expr`.
    Clone(Box<Expr>),
    /// `print expr`.
    Print(Box<Expr>),
    /// `exit`, `exit(expr)`, `die(…)`.
    Exit(Option<Box<Expr>>),
    /// `throw expr` (an expression since PHP 8).
    Throw(Box<Expr>),
    /// `function (…) use (…) { … }` and `static function …`.
    Closure(Rc<FunctionDecl>),
    /// `fn (…) => expr` (body is a single `return expr;`).
    ArrowFn(Rc<FunctionDecl>),
    /// `match (subject) { … }`.
    Match {
        subject: Box<Expr>,
        arms: Vec<MatchArm>,
    },
    /// `yield`, `yield v`, `yield k => v`.
    Yield {
        key: Option<Box<Expr>>,
        value: Option<Box<Expr>>,
    },
    /// `yield from expr`.
    YieldFrom(Box<Expr>),
    /// `include`/`require` (`_once`) expr.
    Include { kind: IncludeKind, expr: Box<Expr> },
    /// `eval(expr)`.
    Eval(Box<Expr>),
}

/// A variable's name: static, or computed (`$$a`, `${'a'}`).
#[derive(Clone, Debug)]
pub enum VarName {
    /// `$name` (without `$`).
    Name(Ident),
    /// `$$expr` / `${expr}`.
    Dynamic(Box<Expr>),
}

/// A member (property, method or class-constant) name: static or computed.
#[derive(Clone, Debug)]
pub enum MemberName {
    /// `->name`
    Ident(Ident),
    /// `->$var`, `->{expr}`
    Dynamic(Box<Expr>),
}

/// The class operand of `new`, `::`, `instanceof`.
#[derive(Clone, Debug)]
pub enum ClassRef {
    /// A class name as written (may be `self`, `parent` or `static` in any case; the resolver
    /// interprets those).
    Named(Name),
    /// An expression yielding an object or a class-name string (`$obj::X`, `new $cls`).
    Dynamic(Box<Expr>),
    /// An anonymous class (`new class(…) extends … { … }`).
    Anonymous(Rc<ClassDecl>),
}

/// One element of an array literal or destructuring pattern.
#[derive(Clone, Debug)]
pub struct ArrayItem {
    /// `key =>`.
    pub key: Option<Box<Expr>>,
    /// The value (or the nested pattern / target when destructuring).
    pub value: Expr,
    /// `&$value`.
    pub by_ref: bool,
    /// `...$spread`.
    pub spread: bool,
    /// Span of the whole item.
    pub span: Span,
}

/// Call arguments.
#[derive(Clone, Debug)]
pub enum Args {
    /// An ordinary argument list.
    List(Vec<Arg>),
    /// `f(...)`: first-class callable syntax.
    Callable,
}

/// One call argument.
#[derive(Clone, Debug)]
pub struct Arg {
    /// `name: value`.
    pub name: Option<Ident>,
    /// The argument expression.
    pub value: Expr,
    /// `...$args`.
    pub spread: bool,
    /// Span of the argument.
    pub span: Span,
}

/// A piece of an interpolated string.
#[derive(Clone, Debug)]
pub enum InterpPart {
    /// Literal bytes (escapes decoded, heredoc indentation removed).
    Lit(Vec<u8>),
    /// An interpolated expression (`$a`, `$a[0]`, `$a->b`, `{$expr}`, `${name}`).
    Expr(Expr),
}

/// One arm of a `match`.
#[derive(Clone, Debug)]
pub struct MatchArm {
    /// Conditions; `None` for `default`.
    pub conds: Option<Vec<Expr>>,
    /// Result expression.
    pub body: Expr,
    /// Span of the arm.
    pub span: Span,
}

/// Magic constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MagicConst {
    Line,
    File,
    Dir,
    Function,
    Class,
    Method,
    Namespace,
    Trait,
}

/// Binary operators, also used by compound assignments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Concat,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    /// `&&` and `and`.
    And,
    /// `||` and `or`.
    Or,
    /// `xor`.
    Xor,
    Eq,
    NotEq,
    Identical,
    NotIdentical,
    Lt,
    Le,
    Gt,
    Ge,
    Spaceship,
    /// `??`
    Coalesce,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Plus,
    /// `!x`
    Not,
    /// `~x`
    BitNot,
}

/// Cast targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CastKind {
    Int,
    Float,
    String,
    Bool,
    Array,
    Object,
    Unset,
}

/// `include`, `include_once`, `require`, `require_once`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncludeKind {
    Include,
    IncludeOnce,
    Require,
    RequireOnce,
}

/// A type declaration.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeHint {
    /// A single named type, builtin (`int`, `?` excluded) or class.
    Named(Name),
    /// `?T`.
    Nullable(Box<TypeHint>),
    /// `A|B`.
    Union(Vec<TypeHint>),
    /// `A&B`.
    Intersection(Vec<TypeHint>),
}

/// Modifier flags on classes, members and promoted parameters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modifiers {
    pub public: bool,
    pub protected: bool,
    pub private: bool,
    pub static_: bool,
    pub abstract_: bool,
    pub final_: bool,
    pub readonly: bool,
}

/// A function, method, closure or arrow-function declaration.
#[derive(Clone, Debug)]
pub struct FunctionDecl {
    /// Declared name (`{closure}` for closures and arrow functions).
    pub name: Ident,
    /// Parameters in order.
    pub params: Vec<Param>,
    /// Return type.
    pub ret: Option<TypeHint>,
    /// `function &f()`.
    pub by_ref: bool,
    /// Body; `None` for abstract and interface methods.
    pub body: Option<Block>,
    /// `static function`/`static fn`.
    pub is_static: bool,
    /// Closure `use (…)` list.
    pub uses: Vec<ClosureUse>,
    /// Whether the body contains `yield` (making it a generator).
    pub is_generator: bool,
    /// Whole declaration.
    pub span: Span,
}

/// A parameter.
#[derive(Clone, Debug)]
pub struct Param {
    /// Name without `$`.
    pub name: Ident,
    /// Declared type.
    pub ty: Option<TypeHint>,
    /// Default value.
    pub default: Option<Box<Expr>>,
    /// `&$x`.
    pub by_ref: bool,
    /// `...$x`.
    pub variadic: bool,
    /// Constructor promotion modifiers (`public int $x`), if any.
    pub promote: Option<Modifiers>,
    /// Span of the parameter.
    pub span: Span,
}

/// One variable captured by a closure.
#[derive(Clone, Debug)]
pub struct ClosureUse {
    /// Name without `$`.
    pub name: Ident,
    /// `use (&$x)`.
    pub by_ref: bool,
    /// Where it was written.
    pub span: Span,
}

/// Which kind of class-like declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    Class,
    Interface,
    Trait,
    Enum,
}

/// A class, interface, trait or enum.
#[derive(Clone, Debug)]
pub struct ClassDecl {
    /// Name; `None` for anonymous classes.
    pub name: Option<Ident>,
    /// What kind of declaration.
    pub kind: ClassKind,
    /// `abstract`, `final`, `readonly`.
    pub modifiers: Modifiers,
    /// `extends Parent` (for interfaces: all extended interfaces go in `implements`).
    pub extends: Option<Name>,
    /// `implements A, B` (interfaces: `extends A, B`).
    pub implements: Vec<Name>,
    /// Backing type of an enum (`enum E: string`).
    pub enum_backing: Option<TypeHint>,
    /// Members in source order.
    pub members: Vec<Member>,
    /// Arguments of `new class(args)` are in the `New` expression; this is the declaration span.
    pub span: Span,
}

/// A class member.
#[derive(Clone, Debug)]
pub enum Member {
    /// `public int $a = 1, $b;`
    Property {
        modifiers: Modifiers,
        ty: Option<TypeHint>,
        props: Vec<(Ident, Option<Expr>)>,
        span: Span,
    },
    /// A method.
    Method {
        modifiers: Modifiers,
        decl: Rc<FunctionDecl>,
    },
    /// `const A = 1, B = 2;`
    Const {
        modifiers: Modifiers,
        consts: Vec<(Ident, Expr)>,
        span: Span,
    },
    /// `use T1, T2 { … }`
    TraitUse {
        traits: Vec<Name>,
        adaptations: Vec<TraitAdaptation>,
        span: Span,
    },
    /// `case NAME [= value];` inside an enum.
    Case {
        name: Ident,
        value: Option<Expr>,
        span: Span,
    },
}

/// A rule inside a trait `use { … }` block.
#[derive(Clone, Debug)]
pub enum TraitAdaptation {
    /// `[T::]method insteadof A, B;`
    Insteadof {
        trait_: Option<Name>,
        method: Ident,
        instead_of: Vec<Name>,
    },
    /// `[T::]method as [visibility] [alias];`
    Alias {
        trait_: Option<Name>,
        method: Ident,
        modifiers: Modifiers,
        alias: Option<Ident>,
    },
}
