//! Running code in an [`Engine`]: scripts, expressions, calls, and how each ends.

use crate::convert::FromPhp;
use crate::engine::{Engine, COMMAND_LINE_NAME, EVAL_NAME};
use crate::outcome::{Error, Outcome};
use crate::IntoArgs;
use phpsock_eval::diag::Diagnostic;
use phpsock_eval::run::SourceFailure;
use phpsock_eval::{ObjRef, UnwindKind, Value};
use std::path::Path;

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
