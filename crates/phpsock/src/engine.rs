//! [`Engine`]: one PHP interpreter instance.

use crate::builder::{EngineBuilder, OutputChoice};
use crate::convert::{FromPhp, IntoPhp};
use crate::groups::Group;
use crate::host::{self, HostFn};
use crate::outcome::{Error, Outcome};
use phpsock_eval::diag::Diagnostic;
use phpsock_eval::run::SourceFailure;
use phpsock_eval::{
    Args, Ctx, Interactive, NResult, ObjRef, PhpArray, PhpStr, UnwindKind, Value, Vm,
};
use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;

/// The file name messages show for code given to [`Engine::run`] (as for `php -r`).
pub const COMMAND_LINE_NAME: &str = "Command line code";

/// The file name messages show for expressions given to [`Engine::eval`].
pub const EVAL_NAME: &str = "eval()'d code";

/// `$argv[0]` and `$_SERVER['SCRIPT_NAME']` for code that is not a file.
const STDIN_SCRIPT: &str = "Standard input code";

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
    vm: Vm,
    argv: Vec<String>,
    captured: Option<SharedBuf>,
    /// The last fatal diagnostic of the current run (to build [`Error`]s).
    fatal: Rc<RefCell<Option<Diagnostic>>>,
    environment: bool,
    /// An interpreter bug panicked during a run; the engine refuses further work.
    poisoned: bool,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

/// What an uncaught exception was.
struct ExceptionInfo {
    class: String,
    message: String,
    file: String,
    line: u32,
}

impl ExceptionInfo {
    fn of(o: &ObjRef) -> ExceptionInfo {
        let text = |v: Option<Value>| {
            v.and_then(|v| v.scalar_to_str(14))
                .map(|s| s.to_string_lossy())
                .unwrap_or_default()
        };
        ExceptionInfo {
            class: o.class().name.to_string_lossy(),
            message: text(o.get_prop(b"message")),
            file: text(o.get_prop(b"file")),
            line: o.get_prop(b"line").map_or(0, |v| v.to_int() as u32),
        }
    }
}

/// How running a piece of code ended, before it becomes an [`Outcome`] or a value.
enum Ran {
    Value(Value),
    Exited(i32),
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
            vm.ini_set(k, PhpStr::from(v.as_str()));
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
        self.vm.ini_set(key, PhpStr::from(value));
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

    // ------------------------------------------------------------------ running code

    /// Runs PHP code given without the opening `<?php` tag (as `php -r` takes it), named
    /// `Command line code` in messages. State persists: later calls see its functions,
    /// classes and globals. (Code with tags and inline HTML: [`Engine::run_script`].)
    ///
    /// ```
    /// use phpsock::{Engine, Error, Outcome};
    /// let mut engine = Engine::builder().capture_output().on_diagnostic(|_| {}).build();
    /// assert_eq!(engine.run("$x = 20;"), Ok(Outcome::Completed));
    /// assert_eq!(engine.run("echo $x + 1; exit(3);"), Ok(Outcome::Exited(3)));
    /// let err = engine.run("throw new RuntimeException('boom');").unwrap_err();
    /// assert!(matches!(err, Error::Exception { ref class, .. } if class == "RuntimeException"));
    /// assert!(matches!(engine.run("echo ;"), Err(Error::Parse { .. })));
    /// assert_eq!(engine.take_output(), "21");
    /// ```
    pub fn run(&mut self, code: impl AsRef<[u8]>) -> Result<Outcome, Error> {
        let src = [b"<?php ".as_slice(), code.as_ref()].concat();
        self.execute(&src, COMMAND_LINE_NAME, true).map(outcome)
    }

    /// Runs a whole script given in memory, which starts in HTML mode as a file does
    /// (`<?php` switches to code), named `name` in messages, with `$argv[0]` = `name`
    /// unless [`Engine::set_argv`] gave one.
    pub fn run_script(&mut self, source: impl AsRef<[u8]>, name: &str) -> Result<Outcome, Error> {
        self.install_argv(name, "");
        self.execute(source.as_ref(), name, true).map(outcome)
    }

    /// Runs a script file (as `php path` does, without the shutdown sequence: call
    /// [`Engine::finish`] for that).
    pub fn run_file(&mut self, path: impl AsRef<Path>) -> Result<Outcome, Error> {
        let path = path.as_ref();
        let name = path.to_string_lossy().into_owned();
        let src = std::fs::read(path).map_err(|e| Error::Io {
            path: name.clone(),
            reason: e.to_string(),
        })?;
        self.install_argv(&name, &name);
        self.execute(&src, &name, true).map(outcome)
    }

    /// Evaluates one PHP expression and converts its value to `T`.
    ///
    /// ```
    /// use phpsock::{Engine, Error};
    /// let mut engine = Engine::builder().capture_output().build();
    /// assert_eq!(engine.eval::<i64>("1 + 2").unwrap(), 3);
    /// assert_eq!(engine.eval::<Vec<String>>("explode(',', 'a,b')").unwrap(), ["a", "b"]);
    /// assert!(matches!(engine.eval::<i64>("'seven'"), Err(Error::Conversion(_))));
    /// ```
    pub fn eval<T: FromPhp>(&mut self, expr: &str) -> Result<T, Error> {
        let src = format!("<?php return ({expr}\n);");
        match self.execute(src.as_bytes(), EVAL_NAME, false)? {
            Ran::Value(v) => Ok(T::from_php(&v)?),
            Ran::Exited(n) => Err(Error::Exited(n)),
        }
    }

    /// Calls a PHP function (a builtin, a host function or one the scripts declared) with
    /// `args` and converts its result to `T`.
    ///
    /// ```
    /// let mut engine = phpsock::Engine::builder().capture_output().build();
    /// engine.run("function greet(string $who, int $n) { return str_repeat(\"hi $who \", $n); }").unwrap();
    /// let s: String = engine.call_fn("greet", ("bob", 2)).unwrap();
    /// assert_eq!(s, "hi bob hi bob ");
    /// let n: i64 = engine.call_fn("strlen", ("four",)).unwrap();
    /// assert_eq!(n, 4);
    /// ```
    pub fn call_fn<T: FromPhp>(&mut self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        let args = args.into_args();
        self.guarded(|e| e.call_unguarded(name, args))
    }

    fn call_unguarded<T: FromPhp>(&mut self, name: &str, args: Vec<Value>) -> Result<T, Error> {
        if self.vm.find_function(name.as_bytes()).is_none() {
            return Err(Error::UnknownFunction(name.to_string()));
        }
        self.invoke(&Value::from(name), args)
    }

    /// Calls a callable, ending the script as PHP would if the call unwinds.
    fn invoke<T: FromPhp>(&mut self, callable: &Value, args: Vec<Value>) -> Result<T, Error> {
        *self.fatal.borrow_mut() = None;
        let r = self.vm.call_value(callable, args);
        match r {
            Ok(v) => {
                self.vm.flush();
                Ok(T::from_php(&v)?)
            }
            Err(_) => match self.script_ended()? {
                Ran::Exited(n) => Err(Error::Exited(n)),
                Ran::Value(v) => Ok(T::from_php(&v)?),
            },
        }
    }

    /// Calls any PHP callable — a closure a script handed to a host function, `"strlen"`,
    /// `"Class::method"`, `[$object, 'method']` — and converts its result to `T`.
    ///
    /// ```
    /// use phpsock::{Engine, Value};
    /// use std::{cell::RefCell, rc::Rc};
    /// let handler: Rc<RefCell<Option<Value>>> = Rc::default();
    /// let keep = handler.clone();
    /// let mut engine = Engine::builder().capture_output().build();
    /// engine.register_fn("on_message", move |f: Value| *keep.borrow_mut() = Some(f));
    /// engine.run("on_message(fn($m) => strtoupper($m) . '!');").unwrap();
    /// let f = handler.borrow_mut().take().unwrap();
    /// assert_eq!(engine.call_value::<String>(&f, ("hi",)).unwrap(), "HI!");
    /// ```
    pub fn call_value<T: FromPhp>(
        &mut self,
        callable: &Value,
        args: impl IntoArgs,
    ) -> Result<T, Error> {
        let args = args.into_args();
        self.guarded(|e| e.invoke(callable, args))
    }

    /// Ends the script as PHP does at the end of a request: runs the shutdown functions,
    /// the remaining destructors, flushes output buffers. The engine can go on running code
    /// afterwards (its functions, classes and constants stay).
    pub fn finish(&mut self) -> Result<Outcome, Error> {
        self.guarded(Engine::finish_unguarded)
    }

    fn finish_unguarded(&mut self) -> Result<Outcome, Error> {
        *self.fatal.borrow_mut() = None;
        let status = self.vm.finish(Ok(Value::Null));
        match (status, self.fatal.borrow_mut().take()) {
            (255, Some(d)) => Err(fatal_error(d)),
            (0, _) => Ok(Outcome::Completed),
            (n, _) => Ok(Outcome::Exited(n)),
        }
    }

    /// Runs `f`, turning a panic of the interpreter (a bug, never a script's doing) into
    /// [`Error::Internal`] so the host goes on; the engine is unusable afterwards.
    fn guarded<R>(&mut self, f: impl FnOnce(&mut Engine) -> Result<R, Error>) -> Result<R, Error> {
        if self.poisoned {
            return Err(Error::Internal(
                "the engine stopped after an internal error".into(),
            ));
        }
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self))) {
            Ok(r) => r,
            Err(p) => {
                self.poisoned = true;
                let why = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".into());
                Err(Error::Internal(why))
            }
        }
    }

    /// Parses, compiles and runs `src` in the global scope.
    fn execute(&mut self, src: &[u8], file: &str, main: bool) -> Result<Ran, Error> {
        self.guarded(|e| e.execute_unguarded(src, file, main))
    }

    fn execute_unguarded(&mut self, src: &[u8], file: &str, main: bool) -> Result<Ran, Error> {
        *self.fatal.borrow_mut() = None;
        match self.vm.run_source(src, file, main) {
            Ok(v) => {
                self.vm.flush();
                Ok(Ran::Value(v))
            }
            Err(SourceFailure::Parse(e)) => Err(Error::Parse {
                message: e.message,
                file: file.to_string(),
                line: e.line,
            }),
            Err(SourceFailure::Compile) => {
                let d = self.fatal.borrow_mut().take();
                Err(Error::Parse {
                    message: d
                        .as_ref()
                        .map_or_else(|| "compile error".into(), |d| d.message.clone()),
                    file: d
                        .as_ref()
                        .map_or_else(|| file.to_string(), |d| d.file.clone()),
                    line: d.map_or(0, |d| d.line),
                })
            }
            Err(SourceFailure::Unwind(_)) => self.script_ended(),
        }
    }

    /// The script is unwinding (exit, fatal error, uncaught exception): runs PHP's end of
    /// script (exception handler, shutdown functions, destructors) and says how it ended.
    fn script_ended(&mut self) -> Result<Ran, Error> {
        let kind = self.vm.take_unwind();
        let exception = match &kind {
            UnwindKind::Throw(o) => Some(ExceptionInfo::of(o)),
            _ => None,
        };
        let exited = matches!(kind, UnwindKind::Exit(_));
        let u = self.vm.unwind(kind);
        let status = self.vm.finish(Err(u));
        let fatal = self.fatal.borrow_mut().take();
        if exited {
            return Ok(Ran::Exited(status));
        }
        if let Some(e) = exception {
            if status == 255
                && fatal
                    .as_ref()
                    .is_none_or(|d| d.message.starts_with("Uncaught "))
            {
                return Err(Error::Exception {
                    class: e.class,
                    message: e.message,
                    file: e.file,
                    line: e.line,
                });
            }
        }
        match fatal {
            Some(d) if status == 255 => Err(fatal_error(d)),
            _ if status == 255 => Err(Error::Fatal {
                message: "the script ended with a fatal error".into(),
                file: self.vm.file.to_string_lossy(),
                line: self.vm.line,
            }),
            _ => Ok(Ran::Exited(status)),
        }
    }

    /// Sets `$argv`, `$argc` and the superglobals (`$_SERVER`, `$_ENV`, empty `$_GET`…).
    /// `script` is the script's name as given; `filename` its path (`""` for code).
    fn install_argv(&mut self, script: &str, filename: &str) {
        let argv = if self.argv.is_empty() {
            vec![script.to_string()]
        } else {
            self.argv.clone()
        };
        use phpsock_builtins::standard::env::info as env;
        let mut server = env::server_array(script, filename, &argv);
        let environment = if self.environment {
            env::env_array()
        } else {
            // Without the environment group the script sees none of the host's variables.
            let own = [
                "PHP_SELF",
                "SCRIPT_NAME",
                "SCRIPT_FILENAME",
                "PATH_TRANSLATED",
                "DOCUMENT_ROOT",
                "REQUEST_TIME_FLOAT",
                "REQUEST_TIME",
                "argv",
                "argc",
            ];
            for (k, _) in env::env_array().iter() {
                let keep =
                    matches!(&k, phpsock_eval::Key::Str(s) if own.contains(&&*s.to_string_lossy()));
                if !keep {
                    server.remove(&k);
                }
            }
            PhpArray::new()
        };
        let set = |vm: &mut Vm, name: &str, v: Value| vm.set_var_by_name(&PhpStr::from(name), v);
        set(&mut self.vm, "_SERVER", Value::from(server));
        // `variables_order` is "EGPCS" without a php.ini: `$_ENV` is filled.
        set(&mut self.vm, "_ENV", Value::from(environment));
        for name in ["_GET", "_POST", "_COOKIE", "_FILES", "_REQUEST"] {
            set(&mut self.vm, name, Value::empty_array());
        }
        let arr = PhpArray::from_values(argv.iter().map(|a| Value::from(a.as_str())).collect());
        let argc = arr.len() as i64;
        self.vm.argv = argv;
        set(&mut self.vm, "argv", Value::from(arr));
        set(&mut self.vm, "argc", Value::Int(argc));
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

    /// The runtime itself, for hosts that need more than this API (its interface is that
    /// of `phpsock-eval` and changes more often).
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }
}

fn outcome(r: Ran) -> Outcome {
    match r {
        Ran::Value(_) => Outcome::Completed,
        Ran::Exited(n) => Outcome::Exited(n),
    }
}

fn fatal_error(d: Diagnostic) -> Error {
    if d.level == phpsock_eval::diag::E_PARSE {
        return Error::Parse {
            message: d.message,
            file: d.file,
            line: d.line,
        };
    }
    Error::Fatal {
        message: d.message,
        file: d.file,
        line: d.line,
    }
}

/// Arguments for [`Engine::call_fn`]: a tuple of up to eight [`IntoPhp`] values, `()`, or a
/// `Vec<Value>`.
pub trait IntoArgs {
    /// The PHP values.
    fn into_args(self) -> Vec<Value>;
}

impl IntoArgs for Vec<Value> {
    fn into_args(self) -> Vec<Value> {
        self
    }
}

macro_rules! into_args {
    ($($t:ident),*) => {
        impl<$($t: IntoPhp),*> IntoArgs for ($($t,)*) {
            #[allow(non_snake_case)]
            fn into_args(self) -> Vec<Value> {
                let ($($t,)*) = self;
                vec![$($t.into_php()),*]
            }
        }
    };
}

into_args!();
into_args!(A);
into_args!(A, B);
into_args!(A, B, C);
into_args!(A, B, C, D);
into_args!(A, B, C, D, E);
into_args!(A, B, C, D, E, F);
into_args!(A, B, C, D, E, F, G);
into_args!(A, B, C, D, E, F, G, H);
