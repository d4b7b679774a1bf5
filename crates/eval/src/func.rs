//! [`Function`]: one representation for user functions, closures, methods and native
//! functions, so calls, callables and reflection-like messages share one path.

use crate::ir::{Expr, UserCode};
use crate::native::NativeImpl;
use crate::string::PhpStr;
use crate::types::TypeSpec;
use crate::value::Value;
use std::rc::Rc;

/// A parameter's default value.
#[derive(Clone, Debug)]
pub enum DefaultValue {
    /// A constant value (native defaults, literal user defaults).
    Value(Value),
    /// A user default expression evaluated at call time (`= self::X`, `= [1, 2]`).
    Expr(Rc<Expr>),
    /// A named constant (native stubs: `= PHP_INT_MAX`, `= SORT_REGULAR`).
    Const(PhpStr),
}

/// A declared parameter.
#[derive(Clone, Debug)]
pub struct Param {
    /// Name without `$`.
    pub name: PhpStr,
    /// Declared type.
    pub ty: Option<TypeSpec>,
    /// `&$x`.
    pub by_ref: bool,
    /// `...$x`.
    pub variadic: bool,
    /// By reference when the argument is a variable, by value otherwise (PHP's
    /// `ZEND_SEND_PREFER_REF`, written `@prefer-ref &$x` in native stubs:
    /// `array_multisort`, `extract`).
    pub prefer_ref: bool,
    /// Default, making the parameter optional.
    pub default: Option<DefaultValue>,
}

/// How a function runs.
#[derive(Clone)]
pub enum FuncBody {
    /// Compiled PHP code.
    User(Rc<UserCode>),
    /// A Rust implementation.
    Native(NativeImpl),
}

/// When PHP runs a native function without a call frame of its own (its "frameless" or
/// compiler-special functions: `strlen`, `count`, `is_int`, …), by the number of arguments
/// passed: such calls are absent from stack traces.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Frameless {
    /// Always has a frame.
    #[default]
    Never,
    /// Frameless with exactly this many arguments.
    Exactly(u8),
    /// Frameless with at most this many arguments.
    AtMost(u8),
    /// Frameless with at least this many arguments.
    AtLeast(u8),
}

impl Frameless {
    /// Whether a call with `n` arguments runs without a frame.
    #[inline]
    pub fn applies(self, n: usize) -> bool {
        match self {
            Frameless::Never => false,
            Frameless::Exactly(k) => n == k as usize,
            Frameless::AtMost(k) => n <= k as usize,
            Frameless::AtLeast(k) => n >= k as usize,
        }
    }
}

/// Facts about a native function fixed when its module is registered, so calls need not
/// work them out again.
#[derive(Clone, Copy, Debug, Default)]
pub struct NativeTraits {
    /// See [`Frameless`].
    pub frameless: Frameless,
    /// No parameter takes or prefers a reference: every argument is passed by value.
    pub by_value: bool,
    /// Passed by value and not variadic: a call whose arguments already have their
    /// declared types goes straight in ([`crate::vm::Vm`]'s direct native call).
    pub direct: bool,
}

/// A callable unit: function, method, closure body or native function.
#[derive(Clone)]
pub struct Function {
    /// Name as declared (`strlen`, `Foo::bar` is `bar`, closures `{closure}`).
    pub name: PhpStr,
    /// Parameters.
    pub params: Vec<Param>,
    /// Number of required parameters (before the first optional/variadic one).
    pub required: usize,
    /// Return type.
    pub ret: Option<TypeSpec>,
    /// `function &f()`.
    pub by_ref_return: bool,
    /// Body.
    pub body: FuncBody,
    /// Lower-cased class name for methods (`None` for functions).
    pub class_name: Option<PhpStr>,
    /// Declared in a `strict_types=1` file (affects its return checks; native: false).
    pub strict: bool,
    /// For a registered native function; the default for everything else.
    pub traits: NativeTraits,
    /// For a registered native function whose defaults are all values: each parameter's
    /// default (`null` for required ones), so a call appends the ones it does not pass by
    /// copying (`None` for everything else).
    pub defaults: Option<Box<[Value]>>,
}

impl std::fmt::Debug for Function {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Function({})", self.name)
    }
}

impl Function {
    /// True for native functions.
    pub fn is_native(&self) -> bool {
        matches!(self.body, FuncBody::Native(_))
    }

    /// True if parameter `i` (0-based; variadic extends) is by reference.
    #[inline]
    pub fn param_by_ref(&self, i: usize) -> bool {
        match self.params.get(i) {
            Some(p) => p.by_ref,
            None => self.params.last().is_some_and(|p| p.variadic && p.by_ref),
        }
    }

    /// True if parameter `i` (0-based; variadic extends) prefers a reference but accepts a
    /// value (`@prefer-ref` in native stubs).
    #[inline]
    pub fn param_prefer_ref(&self, i: usize) -> bool {
        match self.params.get(i) {
            Some(p) => p.prefer_ref,
            None => self
                .params
                .last()
                .is_some_and(|p| p.variadic && p.prefer_ref),
        }
    }

    /// The maximum argument count, `None` when variadic.
    pub fn max_args(&self) -> Option<usize> {
        if self.params.last().is_some_and(|p| p.variadic) {
            None
        } else {
            Some(self.params.len())
        }
    }
}
