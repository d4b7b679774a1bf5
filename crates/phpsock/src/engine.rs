//! [`Engine`]: one PHP interpreter instance.

use crate::builder::{EngineBuilder, OutputChoice};
use crate::convert::{FromPhp, IntoPhp};
use crate::groups::Group;
use crate::host::{self, HostFn};
use crate::outcome::Error;
use phpsock_eval::diag::Diagnostic;
use phpsock_eval::{Args, Ctx, Interactive, Interrupt, NResult, PhpStr, Value, Vm};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// The file name messages show for code given to [`Engine::run`] (as for `php -r`).
pub const COMMAND_LINE_NAME: &str = "Command line code";

/// The file name messages show for expressions given to [`Engine::eval`].
pub const EVAL_NAME: &str = "eval()'d code";

/// `$argv[0]` and `$_SERVER['SCRIPT_NAME']` for code that is not a file.
pub(crate) const STDIN_SCRIPT: &str = "Standard input code";

/// An in-memory output sink shared between the runtime and the engine.
#[derive(Clone, Default)]
pub(crate) struct SharedBuf(Rc<RefCell<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A PHP interpreter. Functions, classes, constants and global variables persist from one
/// call to the next; engines share nothing, so several can live in one process and on
/// different threads (an engine itself stays on the thread that built it).
///
/// ```
/// let mut engine = phpsock::Engine::builder().capture_output().build();
/// engine.register_fn("add", |a: i64, b: i64| a + b);
/// engine.run("function twice($x) { return 2 * $x; } echo add(2, 3);").unwrap();
/// assert_eq!(engine.take_output(), "5");
/// assert_eq!(engine.eval::<i64>("twice(add(1, 2))").unwrap(), 6);
/// ```
pub struct Engine {
    pub(crate) vm: Vm,
    pub(crate) argv: Vec<String>,
    captured: Option<SharedBuf>,
    /// The last fatal diagnostic of the current run (to build [`Error`]s).
    pub(crate) fatal: Rc<RefCell<Option<Diagnostic>>>,
    /// Whether the script sees the host's environment (`$_ENV`, `$_SERVER`).
    pub(crate) environment: bool,
    /// An interpreter bug panicked during a run; the engine refuses further work.
    pub(crate) poisoned: bool,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    /// An engine with `php -n`'s defaults: output and diagnostics on standard output, every
    /// builtin group, no network policy.
    pub fn new() -> Engine {
        Engine::builder().build()
    }

    /// Starts configuring an engine.
    pub fn builder() -> EngineBuilder {
        EngineBuilder::default()
    }

    /// An engine writing its output to `out` (shorthand for `builder().output(out).build()`).
    pub fn with_output(out: impl Write + 'static) -> Engine {
        Engine::builder().output(out).build()
    }

    pub(crate) fn from_builder(b: EngineBuilder, captured: Option<SharedBuf>) -> Engine {
        let sink: Box<dyn Write> = match b.output {
            OutputChoice::Stdout => Box::new(std::io::stdout()),
            OutputChoice::Writer(w) => w,
            OutputChoice::Capture => Box::new(captured.clone().unwrap_or_default()),
        };
        let mut vm = Vm::new(sink);
        vm.out.err_sink = b.stderr;
        let enabled = |g: Group| b.groups.contains(&g);
        for (origin, mut m) in phpsock_builtins::groups() {
            if Group::of_extension(origin).is_some_and(|g| !enabled(g)) {
                continue;
            }
            m.functions
                .retain(|f| enabled(Group::of_function(origin, &f.name.to_string_lossy())));
            vm.register_module(m);
        }
        for name in &b.disabled_functions {
            vm.functions.remove(name.as_bytes());
        }
        for (k, v) in &b.ini {
            vm.configure(k, PhpStr::from(v.as_str()));
        }
        for k in &b.locked_ini {
            vm.lock_ini(k);
        }
        if let Some(p) = b.policy {
            phpsock_builtins::policy::install(&mut vm, p);
        }
        if let Some(d) = b.max_depth {
            vm.max_depth = d;
        }
        let fatal = Rc::new(RefCell::new(None));
        let seen = fatal.clone();
        let mut user = b.on_diagnostic;
        vm.diag_hook = Some(Box::new(move |d: &Diagnostic| {
            if d.is_fatal() {
                *seen.borrow_mut() = Some(d.clone());
            }
            match &mut user {
                Some(f) => {
                    f(d);
                    true
                }
                None => false,
            }
        }));
        let mut engine = Engine {
            vm,
            argv: b.argv,
            captured,
            fatal,
            environment: enabled(Group::Environment),
            poisoned: false,
        };
        engine.install_argv(STDIN_SCRIPT, "");
        engine
    }

    // ------------------------------------------------------------------ configuration

    /// Sets an ini directive, as `php -d key=value` does (the script can read it with
    /// `ini_get`).
    pub fn set_ini(&mut self, key: &str, value: &str) {
        self.vm.configure(key, PhpStr::from(value));
    }

    /// An ini directive's current value.
    pub fn ini(&self, key: &str) -> Option<String> {
        self.vm.ini_get(key).map(|v| v.to_string_lossy())
    }

    /// Sets `$argv`, `$argc` and `$_SERVER['argv']` (the first element is the script name
    /// as given); [`Engine::run_file`] and [`Engine::run_script`] keep them.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.argv = argv;
        self.install_argv(STDIN_SCRIPT, "");
    }

    /// Sends output to `out` from now on (after flushing what was written so far).
    pub fn set_output(&mut self, out: impl Write + 'static) {
        self.vm.out.set_sink(Box::new(out));
        self.captured = None;
    }

    /// Makes a Rust closure callable from PHP as `name`.
    ///
    /// Arguments are converted with [`FromPhp`] (`i64`, `f64`, `bool`, `String`,
    /// [`Bytes`](crate::Bytes), `Vec<T>`, `HashMap<String, T>`, `Option<T>`, [`Value`]…):
    /// the runtime checks the count (`ArgumentCountError`) and coerces or rejects each
    /// argument (`TypeError`) as for any builtin, using the PHP type of the Rust
    /// parameter. Results convert with [`IntoPhp`]; a `Result::Err` is thrown into the
    /// script as an `Exception` carrying the error's `Display` text.
    ///
    /// `name` may be a stub signature naming the parameters, for better messages:
    /// `"add(int $a, int $b)"` (a parameter without a type gets the closure's).
    /// A trailing run of `Option` parameters is optional.
    ///
    /// ```
    /// let mut engine = phpsock::Engine::builder().capture_output().build();
    /// engine.register_fn("checked_div(int $a, int $b)", |a: i64, b: i64| {
    ///     a.checked_div(b).ok_or("division by zero")
    /// });
    /// engine.run(r#"
    ///     echo checked_div(7, 2), "\n";
    ///     try { checked_div(1, 0); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
    ///     try { checked_div("x", 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    /// "#).unwrap();
    /// assert_eq!(engine.take_output(), "3\ndivision by zero\n\
    ///     checked_div(): Argument #1 ($a) must be of type int, string given\n");
    /// ```
    ///
    /// # Panics
    /// If `name` is a signature that does not parse or whose parameter count differs from
    /// the closure's (a programming error); use [`Engine::register_module`] to get an
    /// error instead.
    pub fn register_fn<P, F: HostFn<P>>(&mut self, name: &str, f: F) -> &mut Self {
        let r = host::signature(name, &F::param_types())
            .and_then(|sig| host::install(&mut self.vm, &sig, host::native(f)));
        if let Err(e) = r {
            panic!("register_fn({name:?}): {e}");
        }
        self
    }

    /// Makes a closure on the runtime's native interface callable from PHP: `signature`
    /// is a PHP stub signature (`"scale(array $values, float $by = 1.0): array"`); the
    /// closure receives the runtime ([`Ctx`]: warnings, exceptions, callbacks, output) and
    /// the already checked and coerced arguments ([`Args`]).
    ///
    /// ```
    /// use phpsock::eval::{Args, Ctx, Value};
    /// let mut engine = phpsock::Engine::builder().capture_output().build();
    /// engine.register_raw_fn("shout(string $s): string", |cx: &mut Ctx, a: &mut Args| {
    ///     if a.str(0).is_empty() {
    ///         cx.warn("nothing to shout")?;
    ///     }
    ///     Ok(Value::from(a.str(0).to_string_lossy().to_uppercase()))
    /// }).unwrap();
    /// assert_eq!(engine.eval::<String>("shout('hey')").unwrap(), "HEY");
    /// ```
    pub fn register_raw_fn(
        &mut self,
        signature: &str,
        f: impl Fn(&mut Ctx, &mut Args) -> NResult + 'static,
    ) -> Result<&mut Self, Error> {
        host::install(&mut self.vm, signature, Rc::new(f)).map_err(Error::Registration)?;
        Ok(self)
    }

    /// Defines a constant (as `define()` would, before the script runs).
    pub fn register_constant(&mut self, name: &str, value: impl IntoPhp) -> &mut Self {
        let mut m = phpsock_eval::Module::new("host");
        m.constant(name, value.into_php());
        let name = PhpStr::from(name);
        self.vm.constants.insert(name, m.constants.remove(0).1);
        self
    }

    /// Registers a [`Module`](crate::Module) of host functions and constants.
    pub fn register_module(&mut self, m: crate::Module) -> Result<&mut Self, Error> {
        m.install(&mut self.vm).map_err(Error::Registration)?;
        Ok(self)
    }

    // ------------------------------------------------------------------ output and state

    /// The output captured so far (with [`EngineBuilder::capture_output`]), emptying the
    /// buffer; bytes that are not UTF-8 are replaced. Empty when output goes elsewhere.
    /// Output a script keeps in its own `ob_start()` buffers arrives when it flushes them or
    /// at [`Engine::finish`].
    pub fn take_output(&mut self) -> String {
        String::from_utf8_lossy(&self.take_output_bytes()).into_owned()
    }

    /// The output captured so far, as bytes, emptying the buffer.
    pub fn take_output_bytes(&mut self) -> Vec<u8> {
        self.vm.flush();
        match &self.captured {
            Some(b) => std::mem::take(&mut *b.0.borrow_mut()),
            None => Vec::new(),
        }
    }

    /// Sets a global variable (`$name` without the `$`).
    pub fn set_global(&mut self, name: &str, value: impl IntoPhp) {
        self.vm
            .set_var_by_name(&PhpStr::from(name), value.into_php());
    }

    /// A global variable converted to `T`; `Ok(None)` when it is not set.
    pub fn global<T: FromPhp>(&mut self, name: &str) -> Result<Option<T>, Error> {
        match self.vm.var_by_name(&PhpStr::from(name)).map(|v| v.deref()) {
            None | Some(Value::Undef) => Ok(None),
            Some(v) => Ok(Some(T::from_php(&v)?)),
        }
    }

    /// A constant's value (`PHP_VERSION`, `E_ALL`, or one a script defined).
    pub fn constant(&self, name: &str) -> Option<Value> {
        self.vm.constants.get(&PhpStr::from(name)).cloned()
    }

    /// The names of the loaded extensions (`standard`, `sockets`, …), as
    /// `get_loaded_extensions()` lists them.
    pub fn extensions(&self) -> Vec<String> {
        let mut v: Vec<String> = Vec::new();
        for m in &self.vm.modules {
            if !v.iter().any(|x| x == m) {
                v.push(m.to_string());
            }
        }
        v
    }

    /// A snapshot of what is defined: functions, constants, classes with their members,
    /// global variables (for tools such as a REPL's completion).
    pub fn symbols(&mut self) -> crate::Symbols {
        crate::symbols::snapshot(&mut self.vm)
    }

    // ------------------------------------------------------------------ interactive use

    /// Prepares the engine for an interactive session: `$argv` as `php -a` sets it.
    pub fn start_interactive(&mut self) {
        self.install_argv(STDIN_SCRIPT, "");
    }

    /// Runs one piece of interactive input (see [`Interactive`]): state persists between
    /// calls, incomplete input is reported as such, and a lone expression gives its value.
    pub fn run_interactive(&mut self, code: &[u8]) -> Interactive {
        self.vm.run_interactive(code)
    }

    /// `var_dump`'s text for a value, as a REPL shows results.
    pub fn dump(&mut self, value: Value) -> Vec<u8> {
        self.vm.ob_start(None, PhpStr::from("phpsock dump"), 0);
        let _ = self.vm.call_value(&Value::from("var_dump"), vec![value]);
        let text = self
            .vm
            .out
            .ob_stack
            .pop()
            .map(|b| b.data)
            .unwrap_or_default();
        if self.vm.pending_exception().is_some() {
            let _ = self.vm.take_unwind();
        }
        text
    }

    /// A handle that stops a running script from any thread: [`Interrupt::cancel`] makes the
    /// run in progress end with [`Error::Cancelled`](crate::Error::Cancelled) at its next
    /// loop iteration or call (a call blocked in the kernel, such as `socket_accept`, notices
    /// it once it returns). The handle is `Send + Sync` and stays valid for the engine's
    /// life.
    pub fn interrupt_handle(&self) -> Interrupt {
        self.vm.interrupt.clone()
    }

    /// The runtime itself, for hosts that need more than this API (its interface is that
    /// of `phpsock-eval` and changes more often).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }
}
