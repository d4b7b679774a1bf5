//! The resolved tree the evaluator walks.
//!
//! Produced from the AST by [`crate::compile`]: variables are slot indices, names of
//! functions/classes/constants are pre-lowered and carry a per-site cache so a call site
//! binds its callee once, magic constants are folded, and every node knows its line.

use crate::func::Function;
use crate::object::{Class, Visibility};
use crate::string::PhpStr;
use crate::types::TypeSpec;
use crate::value::Value;
use phpsock_syntax::ast::{BinOp, CastKind, IncludeKind, UnaryOp};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// A compiled function body (also the top-level code of a file).
#[derive(Debug, Default)]
pub struct UserCode {
    /// Statements.
    pub body: Vec<Stmt>,
    /// Number of local slots (parameters first).
    pub nslots: u32,
    /// Name of each slot.
    pub slot_names: Vec<PhpStr>,
    /// Name → slot.
    pub slot_map: HashMap<PhpStr, u32>,
    /// Closure captures: (slot in this function, by reference).
    pub uses: Vec<(u32, bool)>,
    /// `static $x` storage, one cell per declaration.
    pub statics: RefCell<Vec<Option<crate::value::PhpRef>>>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// File the code is in.
    pub file: PhpStr,
    /// First line of the declaration.
    pub line: u32,
    /// Declared with `strict_types=1`.
    pub strict: bool,
    /// Uses `$$x`, `extract`, `compact`, `get_defined_vars`, `eval` or `include`, so
    /// variables may be created by name.
    pub dynamic_vars: bool,
    /// `static fn`/`static function`.
    pub is_static: bool,
    /// Arrow function.
    pub is_arrow: bool,
    /// The method's class (lower-cased) for `self::`, if declared in a class body.
    pub class_scope: Option<PhpStr>,
    /// Every parameter is by value, untyped and not variadic, and the code is no
    /// generator: a call passing one plain value per parameter binds nothing (set by the
    /// compiler; `false` is always safe).
    pub plain_params: bool,
}

/// A statement with its line.
#[derive(Debug)]
pub struct Stmt {
    /// What it does.
    pub kind: StmtKind,
    /// Line PHP reports for it.
    pub line: u32,
}

/// A statement list.
pub type Block = Vec<Stmt>;

/// Statement forms.
///
/// `repr(u8)`: the kind is a plain tag byte, so telling a compiled statement
/// ([`StmtKind::Fast`], [`StmtKind::Flow`]) from the others, which [`crate::vm::Vm::exec`]
/// does for every statement, is one compare (a niche-encoded kind needed a subtraction and
/// a conditional move first).
#[derive(Debug)]
#[repr(u8)]
pub enum StmtKind {
    /// `expr;`
    Expr(Expr),
    /// `echo a, b;`
    Echo(Vec<Expr>),
    /// Text outside `<?php`.
    InlineHtml(PhpStr),
    /// `if`/`elseif` chain with optional `else`.
    If(Vec<(Expr, Block)>, Option<Block>),
    /// `while`
    While(Expr, Block),
    /// `do … while`
    DoWhile(Block, Expr),
    /// `for`
    For {
        /// Initialisers.
        init: Vec<Expr>,
        /// Conditions (the last decides).
        cond: Vec<Expr>,
        /// Step expressions.
        step: Vec<Expr>,
        /// Body.
        body: Block,
    },
    /// `foreach`
    Foreach {
        /// The iterated expression.
        subject: Expr,
        /// The same as a place, for by-reference iteration.
        subject_place: Option<Box<Place>>,
        /// Place for the key.
        key: Option<Box<Place>>,
        /// Place (or list pattern) for the value.
        value: Place,
        /// `&$v`.
        by_ref: bool,
        /// Body.
        body: Block,
    },
    /// `switch`: case labels with the index of the first statement of their body in
    /// `body`.
    Switch {
        /// Subject.
        subject: Expr,
        /// `(None for default, start index)`.
        cases: Vec<(Option<Expr>, usize)>,
        /// All case bodies, concatenated.
        body: Block,
    },
    /// `break n`
    Break(u32),
    /// `continue n`
    Continue(u32),
    /// `return`
    Return(Option<Expr>),
    /// `return $place;` in a `function &f()`: returns a reference to the place.
    ReturnRef(Place),
    /// `global $a` → (name, local slot).
    Global(Vec<(PhpStr, u32)>),
    /// `static $a = init` → (slot, index into [`UserCode::statics`], initialiser).
    Static(Vec<(u32, usize, Option<Expr>)>),
    /// `unset(…)`
    Unset(Vec<Place>),
    /// `try`/`catch`/`finally`
    Try {
        /// Body.
        body: Block,
        /// Catch clauses.
        catches: Vec<CatchClause>,
        /// Finally block.
        finally: Option<Block>,
    },
    /// A function declaration executed at this point (conditional declarations).
    FuncDecl(Rc<Function>),
    /// A class declaration executed at this point.
    ClassDecl(Rc<ClassDecl>),
    /// `const A = …;`
    ConstDecl(Vec<(PhpStr, Expr)>),
    /// A nested block.
    Block(Block),
    /// `label:` (the id is per function body).
    Label(u32),
    /// `goto label;`
    Goto(u32),
    /// Nothing.
    Nop,
    /// `declare(ticks=N)`: count a tick; every N-th runs the tick functions.
    Tick(u32),
    /// An expression statement specialised at compile time ([`crate::spec`]).
    Fast(crate::spec::StmtNode),
    /// A control-flow statement specialised at compile time ([`crate::flow`]).
    Flow(crate::flow::Flow),
}

/// One catch clause.
#[derive(Debug)]
pub struct CatchClause {
    /// Caught classes.
    pub classes: Vec<ClassName>,
    /// Slot of the catch variable.
    pub slot: Option<u32>,
    /// Handler.
    pub body: Block,
}

/// An expression with its line.
#[derive(Debug)]
pub struct Expr {
    /// What it computes.
    pub kind: ExprKind,
    /// Line PHP reports for diagnostics raised by this node.
    pub line: u32,
}

/// A property, method or constant name.
#[derive(Debug)]
pub enum Member {
    /// Known name, with the site's lookup memo (boxed: most names never use it, and the
    /// tree stays compact).
    Name(PhpStr, Box<SiteCache>),
    /// Computed name.
    Dyn(Box<Expr>),
}

impl Member {
    /// A known name with an empty lookup memo.
    pub fn named(n: PhpStr) -> Member {
        Member::Name(n, Box::default())
    }
}

/// What a member-access site (`$o->p`, `$o->m()`) last resolved its name to, for the object's
/// class as seen from the running code's class scope. Both keys decide the whole answer
/// (slot or method, visibility, private shadowing) and classes do not change once declared,
/// so a hit needs two pointer comparisons instead of a hashed lookup; a miss simply takes
/// the general path, which may store a new entry. The keys are compared as addresses; the
/// entry holds both classes weakly, which keeps those addresses from being reused by another
/// class while the entry exists (and keeps no class alive).
#[derive(Debug)]
pub struct SiteCache {
    /// Address of the object's class (null: empty).
    class: Cell<*const Class>,
    /// Address of the running code's class scope (null: none).
    scope: Cell<*const Class>,
    /// The property slot, for a [`Resolved::Slot`] entry.
    slot: Cell<u32>,
    /// The entry.
    entry: RefCell<Option<Box<SiteEntry>>>,
}

impl Default for SiteCache {
    fn default() -> SiteCache {
        SiteCache {
            class: Cell::new(std::ptr::null()),
            scope: Cell::new(std::ptr::null()),
            slot: Cell::new(u32::MAX),
            entry: RefCell::new(None),
        }
    }
}

/// One [`SiteCache`] entry: the keys, held weakly, and the answer.
#[derive(Debug)]
struct SiteEntry {
    _class: Weak<Class>,
    _scope: Option<Weak<Class>>,
    found: Resolved,
}

/// What a [`SiteCache`] remembers.
#[derive(Debug)]
pub enum Resolved {
    /// A declared property slot the scope may access.
    Slot(u32),
    /// A method the scope may call (not abstract), for `$o->m()`; weak, since the class
    /// (alive while an object of it is) owns it.
    Method {
        /// The function.
        func: Weak<Function>,
        /// `static`.
        is_static: bool,
        /// The declaring class (the callee's scope).
        declaring: Weak<Class>,
        /// A user method whose parameters are all by value and not variadic, and no
        /// generator: a call passing one plain argument per parameter may take the direct
        /// path (`crate::method_direct`).
        direct: bool,
    },
}

/// A [`SiteCache`] method hit ([`SiteCache::method`]).
pub struct MethodHit {
    /// The function.
    pub func: Rc<Function>,
    /// `static`.
    pub is_static: bool,
    /// The declaring class (the callee's scope).
    pub scope: Option<Rc<Class>>,
    /// See [`Resolved::Method`].
    pub direct: bool,
}

#[inline(always)]
fn addr(c: Option<&Rc<Class>>) -> *const Class {
    c.map_or(std::ptr::null(), Rc::as_ptr)
}

impl SiteCache {
    #[inline(always)]
    fn hit(&self, class: &Rc<Class>, scope: Option<&Rc<Class>>) -> bool {
        std::ptr::eq(self.class.get(), Rc::as_ptr(class))
            && std::ptr::eq(self.scope.get(), addr(scope))
    }

    /// The remembered property slot for `class` seen from `scope`.
    #[inline(always)]
    pub fn slot(&self, class: &Rc<Class>, scope: Option<&Rc<Class>>) -> Option<u32> {
        if self.hit(class, scope) && self.slot.get() != u32::MAX {
            Some(self.slot.get())
        } else {
            None
        }
    }

    /// [`SiteCache::slot`] with the scope given by its address (null: none), e.g. a method's
    /// declaring class through its `Weak` without upgrading it.
    #[inline(always)]
    pub fn slot_at(&self, class: &Rc<Class>, scope: *const Class) -> Option<u32> {
        if std::ptr::eq(self.class.get(), Rc::as_ptr(class))
            && std::ptr::eq(self.scope.get(), scope)
            && self.slot.get() != u32::MAX
        {
            Some(self.slot.get())
        } else {
            None
        }
    }

    /// The remembered method for `class` seen from `scope`.
    #[inline]
    pub fn method(&self, class: &Rc<Class>, scope: Option<&Rc<Class>>) -> Option<MethodHit> {
        if !self.hit(class, scope) {
            return None;
        }
        match self.entry.borrow().as_deref()?.found {
            Resolved::Method {
                ref func,
                is_static,
                ref declaring,
                direct,
            } => Some(MethodHit {
                func: func.upgrade()?,
                is_static,
                scope: declaring.upgrade(),
                direct,
            }),
            Resolved::Slot(_) => None,
        }
    }

    /// Remembers `found` for `class` seen from `scope`.
    pub fn store(&self, class: &Rc<Class>, scope: Option<&Rc<Class>>, found: Resolved) {
        self.slot.set(match found {
            Resolved::Slot(s) => s,
            Resolved::Method { .. } => u32::MAX,
        });
        self.class.set(Rc::as_ptr(class));
        self.scope.set(addr(scope));
        *self.entry.borrow_mut() = Some(Box::new(SiteEntry {
            _class: Rc::downgrade(class),
            _scope: scope.map(Rc::downgrade),
            found,
        }));
    }
}

/// A class name resolved at compile time, with a lookup cache.
#[derive(Debug)]
pub struct ClassName {
    /// Fully-qualified name as written/resolved (for messages).
    pub name: PhpStr,
    /// Lower-cased lookup key.
    pub lname: PhpStr,
    /// Cached class once found (classes are never undeclared).
    pub cache: std::cell::OnceCell<Rc<Class>>,
}

/// The class operand of `new`, `::`, `instanceof`.
#[derive(Debug)]
pub enum ClassRef {
    /// A named class.
    Named(ClassName),
    /// `self`
    SelfRef,
    /// `parent`
    Parent,
    /// `static`
    Static,
    /// An expression yielding an object or class name.
    Dyn(Box<Expr>),
    /// An anonymous class declaration.
    Anon(Rc<ClassDecl>),
}

/// A function-call site: the name and the callee once bound.
#[derive(Debug)]
pub struct FnSite {
    /// Name as written (for messages).
    pub name: PhpStr,
    /// Lower-cased namespaced name to try first.
    pub lname: PhpStr,
    /// Lower-cased global fallback for unqualified names inside a namespace.
    pub fallback: Option<PhpStr>,
    /// The bound callee (set once: functions are never undeclared).
    pub cache: std::cell::OnceCell<Rc<Function>>,
    /// Whether every argument of the call is positional and not spread (set by the
    /// compiler; the direct call path skips that test).
    pub plain_args: bool,
}

/// A constant-use site.
#[derive(Debug)]
pub struct ConstSite {
    /// Name as written.
    pub name: PhpStr,
    /// Namespaced name to try first.
    pub qualified: PhpStr,
    /// Global fallback.
    pub fallback: Option<PhpStr>,
    /// The value once found.
    pub cache: RefCell<Option<Value>>,
}

/// A call argument.
#[derive(Debug)]
pub struct Arg {
    /// The value.
    pub expr: Expr,
    /// The same expression as a place, when it is one (for by-reference parameters).
    pub place: Option<Place>,
    /// `...$x`
    pub spread: bool,
    /// `name: value`
    pub name: Option<PhpStr>,
}

/// An array literal item.
#[derive(Debug)]
pub struct ArrayItem {
    /// `key =>`
    pub key: Option<Expr>,
    /// The value.
    pub value: Expr,
    /// `&$x` item: the place.
    pub by_ref: Option<Place>,
    /// `...$x`
    pub spread: bool,
}

/// A destructuring pattern item.
#[derive(Debug)]
pub struct ListItem {
    /// `key =>`
    pub key: Option<Expr>,
    /// Target (possibly a nested list).
    pub target: Place,
    /// `&$x`
    pub by_ref: bool,
}

/// Something that can be written to.
#[derive(Debug)]
pub enum Place {
    /// A local slot.
    Local(u32),
    /// `$$name`.
    VarVar(Box<Expr>),
    /// `$GLOBALS['name']`: a global variable by name.
    GlobalVar(Box<Expr>),
    /// `base[index]` / `base[]`.
    Index(Box<Place>, Option<Box<Expr>>),
    /// `obj->name`.
    Prop(Box<Expr>, Member),
    /// `Class::$name`.
    StaticProp(ClassRef, Member),
    /// `[$a, 'k' => $b]` / `list(…)` pattern.
    List(Vec<Option<ListItem>>),
    /// `$this` (not assignable).
    This,
    /// A value that is not writable (e.g. a call result); reading only.
    Temp(Box<Expr>),
}

/// A `match` arm.
#[derive(Debug)]
pub struct MatchArm {
    /// Conditions; `None` for `default`.
    pub conds: Option<Vec<Expr>>,
    /// Result.
    pub body: Expr,
}

/// A closure or arrow-function literal.
#[derive(Debug)]
pub struct ClosureDecl {
    /// The body as a function.
    pub func: Rc<Function>,
    /// Captures: (outer slot, inner slot, by reference).
    pub captures: Vec<(u32, u32, bool)>,
    /// `static function`.
    pub is_static: bool,
}

/// Expression forms.
#[derive(Debug)]
pub enum ExprKind {
    /// A constant value.
    Lit(Value),
    /// Read a local.
    Local(u32),
    /// `$this`
    This,
    /// `$$name` read.
    VarVar(Box<Expr>),
    /// `$GLOBALS` (a read-only copy of the global variables).
    Globals,
    /// Interpolated string pieces, concatenated.
    Interp(Vec<Expr>),
    /// Array literal.
    Array(Vec<ArrayItem>),
    /// `base[index]` read.
    Index(Box<Expr>, Box<Expr>),
    /// `obj->name` / `obj?->name` read.
    Prop(Box<Expr>, Member, bool),
    /// `Class::$name` read.
    StaticProp(ClassRef, Member),
    /// `Class::NAME`.
    ClassConst(ClassRef, Member),
    /// `Class::class`.
    ClassName(ClassRef),
    /// A named constant.
    Const(Rc<ConstSite>),
    /// `f(args)`.
    Call(Rc<FnSite>, Vec<Arg>),
    /// `f(...)` first-class callable.
    CallableFn(Rc<FnSite>),
    /// `expr(args)`.
    CallExpr(Box<Expr>, Vec<Arg>),
    /// `obj->m(args)`.
    MethodCall(Box<Expr>, Member, Vec<Arg>, bool),
    /// `obj->m(...)`.
    MethodCallable(Box<Expr>, Member),
    /// `$f(...)`, `'strlen'(...)`, `[$o, 'm'](...)`: a closure of what the value names (a
    /// closure itself as it is).
    ExprCallable(Box<Expr>),
    /// `Class::m(args)`.
    StaticCall(ClassRef, Member, Vec<Arg>),
    /// `Class::m(...)`.
    StaticCallable(ClassRef, Member),
    /// `new Class(args)`.
    New(ClassRef, Vec<Arg>),
    /// `place = value`.
    Assign(Box<Place>, Box<Expr>),
    /// `place =& place`.
    AssignRef(Box<Place>, Box<Place>),
    /// `place =& expr` where the right side is a call/new (reference to a temporary).
    AssignRefExpr(Box<Place>, Box<Expr>),
    /// `place op= value`.
    AssignOp(BinOp, Box<Place>, Box<Expr>),
    /// `place ??= value`.
    AssignCoalesce(Box<Place>, Box<Expr>),
    /// Arithmetic, comparison, bitwise, `.`.
    Bin(BinOp, Box<Expr>, Box<Expr>),
    /// `&&`
    And(Box<Expr>, Box<Expr>),
    /// `||`
    Or(Box<Expr>, Box<Expr>),
    /// `xor`
    Xor(Box<Expr>, Box<Expr>),
    /// `a ?? b`
    Coalesce(Box<Expr>, Box<Expr>),
    /// Unary operators.
    Unary(UnaryOp, Box<Expr>),
    /// `++`/`--` on a place: (prefix, increment).
    IncDec(bool, bool, Box<Place>),
    /// Casts.
    Cast(CastKind, Box<Expr>),
    /// `c ? a : b` / `c ?: b`.
    Ternary(Box<Expr>, Option<Box<Expr>>, Box<Expr>),
    /// `instanceof`.
    Instanceof(Box<Expr>, ClassRef),
    /// `isset(…)`.
    Isset(Vec<Place>),
    /// `empty(…)`.
    Empty(Box<Place>),
    /// `@expr`.
    Silence(Box<Expr>),
    /// `clone`.
    Clone(Box<Expr>),
    /// `print`.
    Print(Box<Expr>),
    /// `exit`/`die`.
    Exit(Option<Box<Expr>>),
    /// `throw`.
    Throw(Box<Expr>),
    /// Closure / arrow function.
    Closure(Rc<ClosureDecl>),
    /// `match`.
    Match(Box<Expr>, Vec<MatchArm>),
    /// `yield`.
    Yield(Option<Box<Expr>>, Option<Box<Expr>>),
    /// `yield from`.
    YieldFrom(Box<Expr>),
    /// `include`/`require`.
    Include(IncludeKind, Box<Expr>),
    /// `eval`.
    Eval(Box<Expr>),
    /// `list(…) = value` / `[…] = value`.
    Destructure(Box<Place>, Box<Expr>),
    /// `[$a, &$b] = $place`: a pattern with by-reference items over a writable source.
    DestructureRef(Box<Place>, Box<Place>),
    /// `__CLASS__` inside a trait (resolved at run time).
    RuntimeClassName,
    /// An arithmetic expression specialised at compile time ([`crate::spec`]).
    NumOp(Box<crate::spec::NumNode>),
    /// A numeric comparison specialised at compile time ([`crate::spec`]).
    CmpOp(crate::spec::CmpNode),
    /// A string concatenation or interpolation specialised at compile time
    /// ([`crate::strbuild`]).
    StrOp(Box<crate::strbuild::StrNode>),
    /// An array literal specialised at compile time ([`crate::arraylit`]).
    ArrayLit(Box<crate::arraylit::ArrayLit>),
}

/// A trait alias rule: (trait, method, new visibility, alias).
pub type TraitAlias = (
    Option<ClassName>,
    PhpStr,
    Option<Visibility>,
    Option<PhpStr>,
);

/// A compiled class-like declaration.
#[derive(Debug)]
pub struct ClassDecl {
    /// Fully-qualified name.
    pub name: PhpStr,
    /// Kind.
    pub kind: crate::object::ClassKind,
    /// `abstract`
    pub is_abstract: bool,
    /// `final`
    pub is_final: bool,
    /// `readonly`
    pub is_readonly: bool,
    /// Parent.
    pub parent: Option<ClassName>,
    /// Interfaces.
    pub interfaces: Vec<ClassName>,
    /// Constants.
    pub consts: Vec<(PhpStr, Rc<Expr>, Visibility)>,
    /// Properties.
    pub props: Vec<PropDecl>,
    /// Methods.
    pub methods: Vec<MethodDecl>,
    /// Used traits.
    pub traits: Vec<ClassName>,
    /// Trait `insteadof` rules: (trait, method, excluded traits).
    pub trait_insteadof: Vec<(Option<ClassName>, PhpStr, Vec<ClassName>)>,
    /// Trait aliases: (trait, method, new visibility, alias).
    pub trait_alias: Vec<TraitAlias>,
    /// Enum cases.
    pub cases: Vec<(PhpStr, Option<Rc<Expr>>)>,
    /// Enum backing type.
    pub enum_backing: Option<TypeSpec>,
    /// Line of the declaration.
    pub line: u32,
}

/// A declared property.
#[derive(Debug)]
pub struct PropDecl {
    /// Name.
    pub name: PhpStr,
    /// Default initialiser.
    pub default: Option<Rc<Expr>>,
    /// Visibility.
    pub vis: Visibility,
    /// `static`
    pub is_static: bool,
    /// Type.
    pub ty: Option<TypeSpec>,
    /// `readonly`
    pub readonly: bool,
}

/// A declared method.
#[derive(Debug)]
pub struct MethodDecl {
    /// The function.
    pub func: Rc<Function>,
    /// Visibility.
    pub vis: Visibility,
    /// `static`
    pub is_static: bool,
    /// `abstract`
    pub is_abstract: bool,
    /// `final`
    pub is_final: bool,
}
