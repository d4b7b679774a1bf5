//! Host functions: Rust closures callable from PHP, and [`Module`]s that group them with
//! constants.
//!
//! A closure becomes a native function of the runtime's one native interface: its stub
//! signature is derived from the Rust parameter types ([`FromPhp::php_type`]), so the
//! runtime checks the argument count and coerces or rejects each argument with PHP's own
//! `ArgumentCountError`/`TypeError` texts before the closure sees it. All host functions
//! share one native entry point, which finds the closure by the function's name.

use crate::convert::{FromPhp, IntoPhp};
use phpsock_eval::native::parse_signature;
use phpsock_eval::types::TypeSpec;
use phpsock_eval::{Args, Ctx, NResult, PhpStr, Value, Vm};
use std::collections::HashMap;
use std::fmt::Display;
use std::rc::Rc;

/// A host function as the runtime calls it: the raw native interface, for closures that
/// need the runtime itself ([`Ctx`]: diagnostics, callbacks, output).
pub type NativeFn = Rc<dyn Fn(&mut Ctx, &mut Args) -> NResult>;

/// Where the closures live in [`Vm::module_state`].
const REGISTRY_KEY: &str = "phpsock.host_functions";

type Registry = HashMap<Vec<u8>, NativeFn>;

/// The one native implementation behind every host function: finds the closure registered
/// under the called function's name and runs it.
fn dispatch(cx: &mut Ctx, a: &mut Args) -> NResult {
    let key = cx.fname().to_ascii_lowercase().into_bytes();
    let f = cx
        .vm()
        .module_state
        .get(REGISTRY_KEY)
        .and_then(|r| r.downcast_ref::<Registry>())
        .and_then(|r| r.get(&key))
        .cloned();
    match f {
        Some(f) => f(cx, a),
        None => {
            let msg = format!("Call to undefined function {}()", cx.fname());
            Err(cx.throw("Error", msg))
        }
    }
}

/// Declares the function of stub signature `sig` whose body is `f`: records `f` in `vm`'s
/// registry and returns the function to register.
pub(crate) fn declare(
    vm: &mut Vm,
    sig: &str,
    f: NativeFn,
) -> Result<Rc<phpsock_eval::func::Function>, String> {
    let func = parse_signature(sig, dispatch)?;
    let key = func.name.to_ascii_lowercase().to_vec();
    let registry = vm
        .module_state
        .entry(REGISTRY_KEY)
        .or_insert_with(|| Box::new(Registry::new()));
    if let Some(r) = registry.downcast_mut::<Registry>() {
        r.insert(key, f);
    }
    Ok(Rc::new(func))
}

/// Makes `f` the PHP function declared by `sig` (replacing one of the same name).
pub(crate) fn install(vm: &mut Vm, sig: &str, f: NativeFn) -> Result<(), String> {
    let func = declare(vm, sig, f)?;
    vm.functions.insert(func.name.to_ascii_lowercase(), func);
    Ok(())
}

/// What a host function may return: any [`IntoPhp`] value, or a `Result` whose error
/// (anything `Display`) is thrown into the script as an `Exception` with that message.
pub trait HostResult {
    /// The value, or the message of the exception to throw.
    fn into_host_result(self) -> Result<Value, String>;
}

impl<T: IntoPhp> HostResult for T {
    fn into_host_result(self) -> Result<Value, String> {
        Ok(self.into_php())
    }
}

impl<T: IntoPhp, E: Display> HostResult for Result<T, E> {
    fn into_host_result(self) -> Result<Value, String> {
        self.map(IntoPhp::into_php).map_err(|e| e.to_string())
    }
}

/// A Rust closure usable as a PHP function: `Fn(A, B, …) -> R` with up to eight
/// [`FromPhp`] parameters and a [`HostResult`]. `Args` is the tuple of parameter types
/// (inferred; never written by hand).
pub trait HostFn<Params>: 'static {
    /// The PHP types of the parameters, in order, each with whether it is optional.
    fn param_types() -> Vec<(String, bool)>;
    /// Converts the (already coerced) arguments and calls the closure.
    fn invoke(&self, cx: &mut Ctx, a: &mut Args) -> NResult;
}

/// Converts argument `i` for a host function; a value the runtime accepted but the Rust type
/// cannot hold (an out-of-range integer, a non-UTF-8 string, a bad array element) is PHP's
/// `TypeError` naming the argument.
fn arg<T: FromPhp>(cx: &mut Ctx, a: &Args, i: usize) -> Result<T, phpsock_eval::Unwind> {
    let v = if a.was_passed(i) || i < a.len() {
        a.get(i)
    } else {
        Value::Null
    };
    T::from_php(&v).map_err(|e| {
        let detail = if e.path.is_empty() {
            format!("must be of type {}, {} given", e.expected, e.found)
        } else {
            format!(
                "must be of type {} at {}, {} given",
                e.expected, e.path, e.found
            )
        };
        cx.type_error(i + 1, &detail)
    })
}

fn finish(cx: &mut Ctx, r: impl HostResult) -> NResult {
    match r.into_host_result() {
        Ok(v) => Ok(v),
        Err(msg) => Err(cx.throw("Exception", msg)),
    }
}

macro_rules! host_fn {
    ($($t:ident $i:tt),*) => {
        impl<F, R, $($t),*> HostFn<($($t,)*)> for F
        where
            F: Fn($($t),*) -> R + 'static,
            R: HostResult,
            $($t: FromPhp,)*
        {
            fn param_types() -> Vec<(String, bool)> {
                vec![$(($t::php_type(), $t::is_optional())),*]
            }
            #[allow(unused_variables, non_snake_case)]
            fn invoke(&self, cx: &mut Ctx, a: &mut Args) -> NResult {
                $(let $t = arg::<$t>(cx, a, $i)?;)*
                let r = self($($t),*);
                finish(cx, r)
            }
        }
    };
}

host_fn!();
host_fn!(A 0);
host_fn!(A 0, B 1);
host_fn!(A 0, B 1, C 2);
host_fn!(A 0, B 1, C 2, D 3);
host_fn!(A 0, B 1, C 2, D 3, E 4);
host_fn!(A 0, B 1, C 2, D 3, E 4, G 5);
host_fn!(A 0, B 1, C 2, D 3, E 4, G 5, H 6);
host_fn!(A 0, B 1, C 2, D 3, E 4, G 5, H 6, J 7);

/// The stub signature for a host function: `name` alone gets parameters `$arg1`, `$arg2`…
/// with the types of the closure's parameters; `name(int $a, $b)` names them (a parameter
/// written without a type gets the derived one). A trailing run of `Option` parameters is
/// optional (`= null`).
pub(crate) fn signature(name: &str, types: &[(String, bool)]) -> Result<String, String> {
    let optional_from = types.iter().rposition(|(_, opt)| !opt).map_or(0, |i| i + 1);
    let Some(open) = name.find('(') else {
        let params: Vec<String> = types
            .iter()
            .enumerate()
            .map(|(i, (ty, _))| {
                let default = if i >= optional_from { " = null" } else { "" };
                format!("{ty} $arg{}{default}", i + 1)
            })
            .collect();
        return Ok(format!("{}({}): mixed", name.trim(), params.join(", ")));
    };
    // A user-written signature: check the arity, fill in missing types.
    let f = parse_signature(name, |_, _| Ok(Value::Null))?;
    if f.params.len() != types.len() {
        return Err(format!(
            "{} declares {} parameters but the closure takes {}",
            name,
            f.params.len(),
            types.len()
        ));
    }
    let _ = open;
    let params: Vec<String> = f
        .params
        .iter()
        .zip(types)
        .enumerate()
        .map(|(i, (p, (ty, _)))| {
            let ty =
                p.ty.as_ref()
                    .map_or_else(|| ty.clone(), TypeSpec::to_string);
            let default = if i >= optional_from { " = null" } else { "" };
            format!("{ty} ${}{default}", p.name)
        })
        .collect();
    Ok(format!("{}({}): mixed", f.name, params.join(", ")))
}

/// Wraps a typed closure as a [`NativeFn`].
pub(crate) fn native<P, F: HostFn<P>>(f: F) -> NativeFn {
    Rc::new(move |cx: &mut Ctx, a: &mut Args| f.invoke(cx, a))
}

/// A set of host functions and constants registered together
/// ([`Engine::register_module`](crate::Engine::register_module)), like a PHP extension.
///
/// ```
/// let mut m = phpsock::Module::new("greeting");
/// m.function("greet", |name: String| format!("Hello, {name}!"))
///     .constant("GREETING_VERSION", 2);
/// let mut engine = phpsock::Engine::builder().capture_output().build();
/// engine.register_module(m).unwrap();
/// assert_eq!(engine.eval::<String>("greet('Ada')").unwrap(), "Hello, Ada!");
/// assert_eq!(engine.eval::<i64>("GREETING_VERSION").unwrap(), 2);
/// assert!(engine.eval::<bool>("extension_loaded('greeting')").unwrap());
/// ```
pub struct Module {
    name: &'static str,
    functions: Vec<(Result<String, String>, NativeFn)>,
    constants: Vec<(String, Value)>,
    natives: Vec<phpsock_eval::Module>,
}

impl Module {
    /// An empty module; `name` is what `extension_loaded()` knows it by.
    pub fn new(name: &'static str) -> Module {
        Module {
            name,
            functions: Vec::new(),
            constants: Vec::new(),
            natives: Vec::new(),
        }
    }

    /// Adds a function (see [`Engine::register_fn`](crate::Engine::register_fn) for `name`
    /// and the conversions).
    pub fn function<P, F: HostFn<P>>(&mut self, name: &str, f: F) -> &mut Self {
        let sig = signature(name, &F::param_types());
        self.functions.push((sig, native(f)));
        self
    }

    /// Adds a function on the raw native interface, declared by its PHP stub signature
    /// (`"scale(array $values, float $by = 1.0): array"`): the closure gets the runtime
    /// ([`Ctx`]) and the checked arguments ([`Args`]).
    pub fn raw_function(
        &mut self,
        signature: &str,
        f: impl Fn(&mut Ctx, &mut Args) -> NResult + 'static,
    ) -> &mut Self {
        self.functions.push((Ok(signature.to_string()), Rc::new(f)));
        self
    }

    /// Adds a constant.
    pub fn constant(&mut self, name: &str, value: impl IntoPhp) -> &mut Self {
        self.constants.push((name.to_string(), value.into_php()));
        self
    }

    /// Adds a module written against the runtime's native interface (`fn` items and
    /// classes; see the `phpsock-eval` README).
    pub fn native(&mut self, m: phpsock_eval::Module) -> &mut Self {
        self.natives.push(m);
        self
    }

    /// Registers everything in `vm`. Fails on a malformed signature, naming it.
    pub(crate) fn install(self, vm: &mut Vm) -> Result<(), String> {
        let mut m = phpsock_eval::Module::new(self.name);
        for (sig, f) in self.functions {
            m.functions.push(declare(vm, &sig?, f)?);
        }
        for (k, v) in self.constants {
            m.constants.push((PhpStr::from(k.as_str()), v));
        }
        for n in self.natives {
            vm.register_module(n);
        }
        vm.register_module(m);
        Ok(())
    }
}
