//! The one native-function interface.
//!
//! A builtin is declared once with its PHP signature, written exactly as in PHP's stubs:
//!
//! ```ignore
//! let mut m = Module::new("standard");
//! m.func("strlen(string $string): int", strlen);
//! m.func("str_repeat(string $string, int $times): string", str_repeat);
//! m.constant("PHP_EOL", Value::from("\n"));
//!
//! fn strlen(_cx: &mut Ctx, a: &mut Args) -> NResult {
//!     Ok(Value::Int(a.str(0).len() as i64))
//! }
//! ```
//!
//! The runtime checks the argument count (`ArgumentCountError`), coerces every argument to
//! its declared type in weak mode or checks it under `strict_types` (`TypeError`, the 8.1
//! null deprecation), fills in defaults, and passes references for `&$param`s. The
//! implementation reads already-typed arguments from [`Args`] and talks to the runtime
//! through [`Ctx`] (diagnostics, exceptions, output, callbacks, ini).

use crate::array::PhpArray;
use crate::func::{DefaultValue, Frameless, FuncBody, Function, Param};
use crate::object::{ClassKind, NativeHooks, ObjRef, Visibility};
use crate::string::PhpStr;
use crate::types::TypeSpec;
use crate::value::{PhpRef, Value};
use crate::vm::{Unwind, Vm};
use std::rc::Rc;

/// What a native function returns: a value, or an unwinding exception/exit.
pub type NResult = Result<Value, Unwind>;

/// A native function implementation.
pub type NativeImpl = fn(&mut Ctx<'_>, &mut Args) -> NResult;

/// Arguments of a native call, already checked and coerced to the declared types.
///
/// Index `i` is the `i`-th declared parameter; optional parameters not passed hold their
/// default; by-reference parameters hold a [`Value::Ref`]; a variadic parameter's values
/// are at its index and after ([`Args::rest`]).
///
/// The values are shared with the call's stack-trace entry (traces show the arguments as
/// passed, without copying them per call); a coercion or [`Args::take`] changes this list
/// only (copy on write).
#[derive(Debug, Default)]
pub struct Args {
    pub(crate) vals: Rc<Vec<Value>>,
    pub(crate) passed: usize,
    pub(crate) this: Option<ObjRef>,
}

impl Args {
    /// Builds an argument list directly (for tests and internal calls).
    pub fn new(vals: Vec<Value>) -> Args {
        Args {
            passed: vals.len(),
            vals: Rc::new(vals),
            this: None,
        }
    }

    /// Number of values (declared parameters filled plus variadic extras).
    pub fn len(&self) -> usize {
        self.vals.len()
    }

    /// True when there are no values.
    pub fn is_empty(&self) -> bool {
        self.vals.is_empty()
    }

    /// Number of arguments the caller actually passed.
    pub fn passed(&self) -> usize {
        self.passed
    }

    /// True if argument `i` was passed (not defaulted).
    pub fn was_passed(&self, i: usize) -> bool {
        i < self.passed
    }

    /// Argument `i` (dereferenced if by reference); `null` if absent.
    pub fn get(&self, i: usize) -> Value {
        self.vals.get(i).map_or(Value::Null, Value::deref)
    }

    /// Argument `i` by reference, without copying.
    pub fn raw(&self, i: usize) -> Option<&Value> {
        self.vals.get(i)
    }

    /// Takes argument `i` out (leaving `null`).
    pub fn take(&mut self, i: usize) -> Value {
        match Rc::make_mut(&mut self.vals).get_mut(i) {
            Some(Value::Ref(r)) => r.get(),
            Some(v) => std::mem::take(v),
            None => Value::Null,
        }
    }

    /// A `string` argument.
    pub fn str(&self, i: usize) -> PhpStr {
        match self.vals.get(i) {
            Some(Value::Str(s)) => s.clone(),
            Some(v) => v.scalar_to_str(14).unwrap_or_default(),
            None => PhpStr::empty(),
        }
    }

    /// An `int` argument.
    pub fn int(&self, i: usize) -> i64 {
        match self.vals.get(i) {
            Some(Value::Int(n)) => *n,
            Some(v) => v.to_int(),
            None => 0,
        }
    }

    /// A `float` argument.
    pub fn float(&self, i: usize) -> f64 {
        self.vals.get(i).map_or(0.0, Value::to_float)
    }

    /// A `bool` argument.
    pub fn bool(&self, i: usize) -> bool {
        self.vals.get(i).is_some_and(Value::to_bool)
    }

    /// An `array` argument.
    pub fn array(&self, i: usize) -> Rc<PhpArray> {
        match self.vals.get(i).map(Value::deref) {
            Some(Value::Array(a)) => a,
            _ => Rc::new(PhpArray::new()),
        }
    }

    /// An object argument.
    pub fn object(&self, i: usize) -> Option<ObjRef> {
        match self.vals.get(i).map(Value::deref) {
            Some(Value::Object(o)) => Some(o),
            _ => None,
        }
    }

    /// True if argument `i` is `null` or absent.
    pub fn is_null(&self, i: usize) -> bool {
        self.vals.get(i).is_none_or(Value::is_null)
    }

    /// A nullable `int` argument (`?int $x = null`).
    pub fn opt_int(&self, i: usize) -> Option<i64> {
        (!self.is_null(i)).then(|| self.int(i))
    }

    /// A nullable `string` argument.
    pub fn opt_str(&self, i: usize) -> Option<PhpStr> {
        (!self.is_null(i)).then(|| self.str(i))
    }

    /// A nullable `float` argument.
    pub fn opt_float(&self, i: usize) -> Option<f64> {
        (!self.is_null(i)).then(|| self.float(i))
    }

    /// A nullable `bool` argument.
    pub fn opt_bool(&self, i: usize) -> Option<bool> {
        (!self.is_null(i)).then(|| self.bool(i))
    }

    /// The reference passed for a `&$param`.
    pub fn by_ref(&self, i: usize) -> Option<&PhpRef> {
        match self.vals.get(i) {
            Some(Value::Ref(r)) => Some(r),
            _ => None,
        }
    }

    /// Writes to a `&$param` (no-op if it is not a reference).
    pub fn set_ref(&self, i: usize, v: Value) {
        if let Some(r) = self.by_ref(i) {
            r.set(v);
        }
    }

    /// The values from index `from` on (variadic parameters).
    pub fn rest(&self, from: usize) -> &[Value] {
        self.vals.get(from..).unwrap_or(&[])
    }

    /// `$this` for native methods.
    pub fn this(&self) -> Option<&ObjRef> {
        self.this.as_ref()
    }
}

/// The runtime as a native function sees it.
pub struct Ctx<'a> {
    pub(crate) vm: &'a mut Vm,
    pub(crate) func: &'a Function,
}

impl<'a> Ctx<'a> {
    /// Wraps the runtime for a call of `func` (borrowed: a call costs no reference count).
    pub fn new(vm: &'a mut Vm, func: &'a Function) -> Ctx<'a> {
        Ctx { vm, func }
    }

    /// The runtime (for anything not wrapped here).
    pub fn vm(&mut self) -> &mut Vm {
        self.vm
    }

    /// The function's name as PHP prints it in messages (`strlen`, `Exception::__construct`).
    pub fn fname(&self) -> String {
        self.vm.display_func_name(self.func)
    }

    /// Raises `E_WARNING` as `fname(): msg` (PHP's prefix for warnings from functions).
    pub fn warn(&mut self, msg: impl AsRef<str>) -> Result<(), Unwind> {
        let m = format!("{}(): {}", self.fname(), msg.as_ref());
        self.vm.raise(crate::diag::E_WARNING, &m)
    }

    /// Raises `E_NOTICE` as `fname(): msg`.
    pub fn notice(&mut self, msg: impl AsRef<str>) -> Result<(), Unwind> {
        let m = format!("{}(): {}", self.fname(), msg.as_ref());
        self.vm.raise(crate::diag::E_NOTICE, &m)
    }

    /// Raises `E_DEPRECATED` as `fname(): msg`.
    pub fn deprecated(&mut self, msg: impl AsRef<str>) -> Result<(), Unwind> {
        let m = format!("{}(): {}", self.fname(), msg.as_ref());
        self.vm.raise(crate::diag::E_DEPRECATED, &m)
    }

    /// Raises PHP's `E_DEPRECATED` for a function deprecated as a whole: `Function fname()
    /// is deprecated`.
    pub fn deprecated_function(&mut self) -> Result<(), Unwind> {
        let m = format!("Function {}() is deprecated", self.fname());
        self.vm.raise(crate::diag::E_DEPRECATED, &m)
    }

    /// Raises a diagnostic of any level with the message as given (no prefix).
    pub fn raise(&mut self, level: i64, msg: &str) -> Result<(), Unwind> {
        self.vm.raise(level, msg)
    }

    /// Builds an exception of a built-in or user class; return it as `Err(...)`.
    pub fn throw(&mut self, class: &str, msg: impl Into<String>) -> Unwind {
        self.vm.throw_error(class, msg.into())
    }

    /// `ValueError: fname(): Argument #n ($name) msg`.
    pub fn value_error(&mut self, arg: usize, msg: &str) -> Unwind {
        let m = format!(
            "{}(): Argument #{} (${}) {}",
            self.fname(),
            arg,
            self.param_name(arg),
            msg
        );
        self.vm.throw_error("ValueError", m)
    }

    /// `TypeError: fname(): Argument #n ($name) msg`.
    pub fn type_error(&mut self, arg: usize, msg: &str) -> Unwind {
        let m = format!(
            "{}(): Argument #{} (${}) {}",
            self.fname(),
            arg,
            self.param_name(arg),
            msg
        );
        self.vm.throw_error("TypeError", m)
    }

    fn param_name(&self, arg: usize) -> String {
        let n = arg.saturating_sub(1);
        self.func
            .params
            .get(n)
            .or(self.func.params.last())
            .map_or_else(String::new, |p| p.name.to_string())
    }

    /// Writes to the output (through output buffering).
    pub fn echo(&mut self, b: &[u8]) {
        self.vm.echo(b);
    }

    /// Calls a PHP callable (closure, function name, `[obj, 'm']`, invokable object).
    pub fn call(&mut self, callable: &Value, args: Vec<Value>) -> NResult {
        self.vm.call_value(callable, args)
    }

    /// True if `v` is callable from the current scope (autoloading the class it names; an
    /// autoloader's exception propagates).
    pub fn is_callable(&mut self, v: &Value) -> Result<bool, Unwind> {
        self.vm.autoload_callable(v)?;
        Ok(self.vm.resolve_callable(v).is_ok() || self.vm.magic_callable(v).is_some())
    }

    /// An ini setting's current value.
    pub fn ini(&self, name: &str) -> Option<PhpStr> {
        self.vm.ini_get(name)
    }

    /// Full string conversion (`__toString`, `Array to string conversion`).
    pub fn to_str(&mut self, v: &Value) -> Result<PhpStr, Unwind> {
        self.vm.to_str(v)
    }

    /// Instantiates a class by name without calling its constructor.
    pub fn new_object(&mut self, class: &str) -> Result<ObjRef, Unwind> {
        self.vm.instantiate_by_name(class)
    }
}

/// Parses a stub signature such as `str_repeat(string $string, int $times): string` into a
/// [`Function`] with the given implementation.
pub fn parse_signature(sig: &str, imp: NativeImpl) -> Result<Function, String> {
    let open = sig.find('(').ok_or_else(|| format!("no '(' in {sig}"))?;
    let close = sig.rfind(')').ok_or_else(|| format!("no ')' in {sig}"))?;
    let name = sig[..open].trim();
    let (name, by_ref_return) = match name.strip_prefix('&') {
        Some(n) => (n.trim(), true),
        None => (name, false),
    };
    let ret = sig[close + 1..]
        .trim()
        .strip_prefix(':')
        .map(|t| TypeSpec::parse(t.trim()));
    let mut params = Vec::new();
    for p in split_params(&sig[open + 1..close]) {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        let (decl, default) = match p.split_once('=') {
            Some((d, v)) => (d.trim(), Some(parse_default(v.trim()))),
            None => (p, None),
        };
        let (decl, prefer_ref) = match decl.strip_prefix("@prefer-ref") {
            Some(d) => (d.trim(), true),
            None => (decl, false),
        };
        let dollar = decl
            .find('$')
            .ok_or_else(|| format!("parameter without $ in {sig}"))?;
        let mut ty_part = decl[..dollar].trim();
        let pname = decl[dollar + 1..].trim();
        let mut by_ref = false;
        let mut variadic = false;
        if let Some(t) = ty_part.strip_suffix("...") {
            variadic = true;
            ty_part = t.trim();
        }
        if let Some(t) = ty_part.strip_suffix('&') {
            by_ref = true;
            ty_part = t.trim();
        }
        if let Some(t) = ty_part.strip_suffix("...") {
            variadic = true;
            ty_part = t.trim();
        }
        let ty = (!ty_part.is_empty()).then(|| TypeSpec::parse(ty_part));
        params.push(Param {
            name: PhpStr::from(pname),
            ty,
            by_ref,
            variadic,
            prefer_ref,
            default,
        });
    }
    let required = params
        .iter()
        .position(|p| p.default.is_some() || p.variadic)
        .unwrap_or(params.len());
    let params_by_value = params.iter().all(|p| !p.by_ref && !p.prefer_ref);
    let variadic = params.last().is_some_and(|p| p.variadic);
    Ok(Function {
        name: PhpStr::from(name),
        params,
        required,
        ret,
        by_ref_return,
        body: FuncBody::Native(imp),
        class_name: None,
        strict: false,
        traits: crate::func::NativeTraits {
            frameless: Frameless::Never,
            by_value: params_by_value,
            direct: params_by_value && !variadic,
        },
        defaults: None,
    })
}

/// The functions PHP runs without a call frame of their own (its compiler-special and
/// frameless functions), by argument count: such calls are absent from stack traces.
fn frameless_rule(name: &[u8]) -> Frameless {
    match name {
        b"strlen" | b"is_null" | b"is_bool" | b"is_long" | b"is_int" | b"is_integer"
        | b"is_float" | b"is_double" | b"is_string" | b"is_array" | b"is_object"
        | b"is_resource" | b"is_scalar" | b"boolval" | b"intval" | b"floatval" | b"doubleval"
        | b"strval" | b"defined" | b"chr" | b"ord" | b"count" | b"sizeof" | b"gettype" => {
            Frameless::Exactly(1)
        }
        b"get_class" => Frameless::AtMost(1),
        b"get_called_class" | b"func_num_args" | b"func_get_args" => Frameless::Exactly(0),
        b"array_key_exists" | b"call_user_func_array" => Frameless::Exactly(2),
        b"call_user_func" => Frameless::AtLeast(1),
        _ => Frameless::Never,
    }
}

fn split_params(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut quote: Option<char> = None;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '(') => depth += 1,
            (None, ']' | ')') => depth -= 1,
            (None, ',') if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

fn parse_default(v: &str) -> DefaultValue {
    let lv = v.to_ascii_lowercase();
    let val = match lv.as_str() {
        "null" => Some(Value::Null),
        "true" => Some(Value::Bool(true)),
        "false" => Some(Value::Bool(false)),
        "[]" => Some(Value::empty_array()),
        _ => None,
    };
    if let Some(v) = val {
        return DefaultValue::Value(v);
    }
    if (v.starts_with('"') && v.ends_with('"') || v.starts_with('\'') && v.ends_with('\''))
        && v.len() >= 2
    {
        let inner = &v[1..v.len() - 1];
        let bytes = if v.starts_with('"') {
            unescape_dq(inner)
        } else {
            inner.as_bytes().to_vec()
        };
        return DefaultValue::Value(Value::from(bytes));
    }
    if let Ok(i) = v.parse::<i64>() {
        return DefaultValue::Value(Value::Int(i));
    }
    if let Ok(f) = v.parse::<f64>() {
        return DefaultValue::Value(Value::Float(f));
    }
    DefaultValue::Const(PhpStr::from(v))
}

fn unescape_dq(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut it = s.bytes();
    while let Some(b) = it.next() {
        if b == b'\\' {
            match it.next() {
                Some(b'n') => out.push(b'\n'),
                Some(b't') => out.push(b'\t'),
                Some(b'r') => out.push(b'\r'),
                Some(b'0') => out.push(0),
                Some(b'v') => out.push(0x0b),
                Some(b'f') => out.push(0x0c),
                Some(b'x') => {
                    let h: String = it
                        .clone()
                        .take(2)
                        .take_while(u8::is_ascii_hexdigit)
                        .map(char::from)
                        .collect();
                    for _ in 0..h.len() {
                        it.next();
                    }
                    out.push(u8::from_str_radix(&h, 16).unwrap_or(0));
                }
                Some(c) => out.push(c),
                None => out.push(b'\\'),
            }
        } else {
            out.push(b);
        }
    }
    out
}

/// A native class declaration (e.g. `Socket`, `AddressInfo`, `ArrayIterator`).
pub struct NativeClass {
    /// Class name.
    pub name: &'static str,
    /// Kind (class or interface).
    pub kind: ClassKind,
    /// Parent class name.
    pub parent: Option<&'static str>,
    /// Implemented interfaces.
    pub interfaces: Vec<&'static str>,
    /// `final`.
    pub is_final: bool,
    /// `abstract`.
    pub is_abstract: bool,
    /// Class constants.
    pub consts: Vec<(&'static str, Value)>,
    /// Declared instance properties: name, default, visibility.
    pub props: Vec<(&'static str, Value, Visibility)>,
    /// Methods: function (from a stub signature), visibility, static.
    pub methods: Vec<(Rc<Function>, Visibility, bool)>,
    /// Payload hooks.
    pub hooks: NativeHooks,
    /// Lower-cased names of the methods declared `abstract` (a class's; an interface's
    /// methods are all abstract).
    pub abstract_methods: Vec<String>,
}

impl NativeClass {
    /// A plain class with no members.
    pub fn new(name: &'static str) -> NativeClass {
        NativeClass {
            name,
            kind: ClassKind::Class,
            parent: None,
            interfaces: Vec::new(),
            is_final: false,
            is_abstract: false,
            consts: Vec::new(),
            props: Vec::new(),
            methods: Vec::new(),
            hooks: NativeHooks::default(),
            abstract_methods: Vec::new(),
        }
    }

    /// Adds an abstract method (e.g. `SplHeap::compare`): concrete subclasses must
    /// implement it. `imp` runs only if called on the class itself.
    pub fn abstract_method(&mut self, sig: &str, imp: NativeImpl, vis: Visibility) -> &mut Self {
        self.method_ex(sig, imp, vis, false);
        if let Some((f, _, _)) = self.methods.last() {
            let name = f.name.to_ascii_lowercase().to_string_lossy();
            self.abstract_methods.push(name);
        }
        self
    }

    /// Adds a public method from a stub signature (`getMessage(): string`).
    pub fn method(&mut self, sig: &str, imp: NativeImpl) -> &mut Self {
        self.method_ex(sig, imp, Visibility::Public, false)
    }

    /// Adds a method with explicit visibility and static-ness.
    pub fn method_ex(
        &mut self,
        sig: &str,
        imp: NativeImpl,
        vis: Visibility,
        is_static: bool,
    ) -> &mut Self {
        match parse_signature(sig, imp) {
            Ok(mut f) => {
                f.class_name = Some(PhpStr::from(self.name.to_ascii_lowercase()));
                self.methods.push((Rc::new(f), vis, is_static));
            }
            Err(e) => report_bad_signature(&e),
        }
        self
    }
}

/// A group of builtins that a host can switch on or off (`standard`, `pcre`, `sockets`…).
pub struct Module {
    /// Module name (as `extension_loaded` knows it).
    pub name: &'static str,
    /// Functions.
    pub functions: Vec<Rc<Function>>,
    /// Constants (case-sensitive names).
    pub constants: Vec<(PhpStr, Value)>,
    /// Classes, in dependency order (parents first).
    pub classes: Vec<NativeClass>,
    /// Default ini settings the module defines.
    pub ini: Vec<(&'static str, &'static str)>,
}

impl Module {
    /// An empty module.
    pub fn new(name: &'static str) -> Module {
        Module {
            name,
            functions: Vec::new(),
            constants: Vec::new(),
            classes: Vec::new(),
            ini: Vec::new(),
        }
    }

    /// Declares a function from its PHP stub signature.
    pub fn func(&mut self, sig: &str, imp: NativeImpl) -> &mut Self {
        match parse_signature(sig, imp) {
            Ok(mut f) => {
                f.traits.frameless = frameless_rule(f.name.as_bytes());
                self.functions.push(Rc::new(f))
            }
            Err(e) => report_bad_signature(&e),
        }
        self
    }

    /// Declares a constant.
    pub fn constant(&mut self, name: &str, v: impl Into<Value>) -> &mut Self {
        self.constants.push((PhpStr::from(name), v.into()));
        self
    }

    /// Declares a class.
    pub fn class(&mut self, c: NativeClass) -> &mut Self {
        self.classes.push(c);
        self
    }

    /// Declares an ini setting with its default.
    pub fn ini(&mut self, name: &'static str, default: &'static str) -> &mut Self {
        self.ini.push((name, default));
        self
    }
}

#[cold]
fn report_bad_signature(e: &str) {
    // A malformed stub is a programming error in a builtin module; make it loud in tests
    // without crashing release hosts.
    debug_assert!(false, "bad native signature: {e}");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dummy(_: &mut Ctx, _: &mut Args) -> NResult {
        Ok(Value::Null)
    }

    #[test]
    fn signatures() {
        let f = parse_signature("str_repeat(string $string, int $times): string", dummy).unwrap();
        assert_eq!(f.name.as_bytes(), b"str_repeat");
        assert_eq!(f.params.len(), 2);
        assert_eq!(f.required, 2);
        let f = parse_signature(
            "substr_count(string $haystack, string $needle, int $offset = 0, ?int $length = null): int",
            dummy,
        )
        .unwrap();
        assert_eq!(f.required, 2);
        assert!(f.params[3].ty.as_ref().unwrap().allows_null());
        let f = parse_signature(
            "sort(array &$array, int $flags = SORT_REGULAR): bool",
            dummy,
        )
        .unwrap();
        assert!(f.params[0].by_ref);
        assert!(
            matches!(&f.params[1].default, Some(DefaultValue::Const(c)) if c.as_bytes() == b"SORT_REGULAR")
        );
        let f =
            parse_signature("sprintf(string $format, mixed ...$values): string", dummy).unwrap();
        assert!(f.params[1].variadic);
        assert_eq!(f.max_args(), None);
        let f = parse_signature(
            "implode(array|string $separator, ?array $array = null): string",
            dummy,
        )
        .unwrap();
        assert_eq!(f.params[0].ty.as_ref().unwrap().to_string(), "array|string");
        let f = parse_signature(
            "trim(string $string, string $characters = \" \\n\\r\\t\\v\\x00\"): string",
            dummy,
        )
        .unwrap();
        assert!(matches!(
            &f.params[1].default,
            Some(DefaultValue::Value(Value::Str(_)))
        ));
    }
}
