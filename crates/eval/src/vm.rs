//! The runtime state ([`Vm`]): function/class/constant tables, the value stack and call
//! frames, output, ini settings and the diagnostics sink.

use crate::array::{Key, PhpArray};
use crate::diag::{self, E_ALL};
use crate::func::{DefaultValue, FuncBody, Function};
use crate::ir::UserCode;
use crate::native::{Args, Ctx, Module};
use crate::object::{Class, ObjRef, ObjectStore};
use crate::string::PhpStr;
use crate::types::{coerce, Coerced};
use crate::value::{PhpRef, Value};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

/// Marker that evaluation is unwinding (an exception, `exit`, or a fatal error); the
/// reason is kept in the runtime ([`Vm::take_unwind`]). Being zero-sized keeps
/// `Result<Value, Unwind>` as small as a `Value`, so results travel in registers. Build one
/// only through the runtime (`Ctx::throw`, `Vm::throw_error`, `Vm::fatal`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unwind(());

/// Why evaluation is unwinding.
#[derive(Debug, Clone)]
pub enum UnwindKind {
    /// A thrown PHP exception object.
    Throw(ObjRef),
    /// `exit(status)`.
    Exit(i32),
    /// A fatal error (already reported); the script stops with status 255.
    Fatal,
    /// A suspended generator is being destroyed: its body unwinds from the `yield`, running
    /// only `finally` blocks.
    Destroy,
    /// The host cancelled the run ([`crate::interrupt::Interrupt::cancel`], Ctrl-C in the
    /// REPL): everything unwinds, no `finally`, no shutdown functions; status 255.
    Interrupted,
}

/// Variables created by name, in creation order (as `get_defined_vars` lists them).
pub type VarMap = indexmap::IndexMap<PhpStr, Value>;

/// One active call.
///
/// Kept to 64 bytes (every user call pushes and pops one): what plain calls leave empty
/// (extra arguments, variables created by name) lives out of line in [`FrameRare`].
#[derive(Debug)]
pub struct Frame {
    /// The function running (its body is the running code, see [`Frame::code`]).
    pub func: Rc<Function>,
    /// Index of slot 0 in [`Vm::stack`].
    pub base: usize,
    /// `$this`.
    pub this: Option<ObjRef>,
    /// Class scope (`self`).
    pub scope: Option<Rc<Class>>,
    /// Late static binding class (`static`).
    pub static_class: Option<Rc<Class>>,
    /// Line in the caller where the call happened.
    pub call_line: u32,
    /// Number of arguments passed.
    pub nargs: u32,
    /// File of the caller; `None` when it is the file of the running code (the common
    /// case, which saves swapping [`Vm::file`]): see [`Frame::call_file`].
    pub call_file: Option<PhpStr>,
    /// Extra arguments and variables created by name, when there are any.
    pub rare: Option<Box<FrameRare>>,
}

/// The parts of a [`Frame`] a plain call leaves empty.
#[derive(Debug, Default)]
pub struct FrameRare {
    /// Arguments passed beyond the declared (non-variadic) parameters; the others live in
    /// the parameter slots ([`Vm::frame_args`] gives them all, as `func_get_args` does).
    pub args: Vec<Value>,
    /// Variables created by name that have no slot.
    pub extra_vars: Option<Box<VarMap>>,
}

impl FrameRare {
    /// The out-of-line part of a frame with these extra arguments and variables (`None`
    /// when both are empty).
    pub fn new(args: Vec<Value>, extra_vars: Option<Box<VarMap>>) -> Option<Box<FrameRare>> {
        if args.is_empty() && extra_vars.is_none() {
            None
        } else {
            Some(Box::new(FrameRare { args, extra_vars }))
        }
    }
}

impl Frame {
    /// The running code (`None` for a native function's frame).
    #[inline]
    pub fn code(&self) -> Option<&Rc<UserCode>> {
        match &self.func.body {
            FuncBody::User(c) => Some(c),
            FuncBody::Native(_) => None,
        }
    }

    /// The caller's file.
    pub fn call_file(&self) -> PhpStr {
        match (&self.call_file, self.code()) {
            (Some(f), _) => f.clone(),
            (None, Some(c)) => c.file.clone(),
            (None, None) => PhpStr::empty(),
        }
    }

    /// Arguments passed beyond the declared (non-variadic) parameters.
    pub fn extra_args(&self) -> &[Value] {
        match &self.rare {
            Some(r) => &r.args,
            None => &[],
        }
    }

    /// Takes the extra arguments out of the frame.
    pub fn take_extra_args(&mut self) -> Vec<Value> {
        match &mut self.rare {
            Some(r) => std::mem::take(&mut r.args),
            None => Vec::new(),
        }
    }

    /// Variables created by name that have no slot.
    pub fn extra_vars(&self) -> Option<&VarMap> {
        self.rare.as_ref()?.extra_vars.as_deref()
    }

    /// The variables created by name, for changing (the out-of-line part is made when
    /// missing).
    pub fn extra_vars_mut(&mut self) -> &mut Option<Box<VarMap>> {
        &mut self.rare.get_or_insert_with(Default::default).extra_vars
    }

    /// Takes the variables created by name out of the frame.
    pub fn take_extra_vars(&mut self) -> Option<Box<VarMap>> {
        self.rare.as_mut()?.extra_vars.take()
    }
}

/// Options of [`Vm::backtrace_ex`] (`debug_backtrace()`'s).
#[derive(Debug, Clone, Copy, Default)]
pub struct TraceOpts {
    /// Add `object` (`$this`) to method frames (`DEBUG_BACKTRACE_PROVIDE_OBJECT`).
    pub object: bool,
    /// Leave out `args` (`DEBUG_BACKTRACE_IGNORE_ARGS`).
    pub no_args: bool,
    /// At most this many entries (0: all).
    pub limit: usize,
}

impl TraceOpts {
    fn apply(&self, e: &mut PhpArray, this: Option<&ObjRef>) {
        if self.no_args {
            e.remove(&Key::from_bytes(b"args"));
        }
        if let (true, Some(o)) = (self.object, this) {
            // `object` goes between `class` and `type`.
            let ty = e.remove(&Key::from_bytes(b"type"));
            let args = e.remove(&Key::from_bytes(b"args"));
            e.insert(Key::from_bytes(b"object"), Value::Object(o.clone()));
            if let Some(t) = ty {
                e.insert(Key::from_bytes(b"type"), t);
            }
            if let Some(a) = args {
                e.insert(Key::from_bytes(b"args"), a);
            }
        }
    }
}

/// What a [`TraceMark`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A native function running (shown with its arguments).
    Native,
    /// `include`/`require` (`_once`) of a file run in the global scope (shown with the path).
    Include,
    /// `eval` of code run in the global scope (shown without arguments).
    Eval,
}

/// A call with no [`Frame`] of its own that stack traces still show, as PHP does: a native
/// function (`#1 f.php(3): array_map(Object(Closure), Array)`), or code included or
/// `eval`'d in the global scope.
#[derive(Debug)]
pub struct TraceMark {
    /// `frames.len()` when it began: it sits above `frames[depth - 1]`.
    pub depth: usize,
    /// What it is.
    pub kind: MarkKind,
    /// The function shown (`array_map`, `include`, `eval`).
    pub func: Rc<Function>,
    /// `$this` of a native method.
    pub this: Option<ObjRef>,
    /// Where it was called from.
    pub call_file: PhpStr,
    /// Line it was called from.
    pub call_line: u32,
    /// Its arguments: the first [`TraceMark::shown`] values (a native call shares its
    /// argument list, defaults included, with its [`crate::native::Args`]).
    pub args: Rc<Vec<Value>>,
    /// How many of [`TraceMark::args`] traces show (the arguments passed).
    pub shown: usize,
}

/// The argument list behind `shared` for writing: in place when nothing else holds it (as
/// for the lists [`Vm::spare_shared`] hands out), else a fresh empty one replaces it.
#[inline(always)]
pub(crate) fn unique_args(shared: &mut Rc<Vec<Value>>) -> &mut Vec<Value> {
    if Rc::get_mut(shared).is_none() {
        *shared = Rc::new(Vec::new());
    }
    Rc::get_mut(shared).expect("a list nothing else holds")
}

/// Empties `v`, dropping its values in order; scalars need no drop.
#[inline]
fn clear_values(v: &mut Vec<Value>) {
    for x in v.iter_mut() {
        if !matches!(
            x,
            Value::Undef | Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        ) {
            crate::value::discard(std::mem::take(x));
        }
    }
    // SAFETY: a length of 0 is within the capacity and leaves no element to be initialised;
    // the values given up are scalars (the others were taken above), which own nothing.
    unsafe { v.set_len(0) };
}

/// A copy of a native parameter's default: null and ints, the usual ones, without the
/// general copy's dispatch.
#[inline(always)]
pub(crate) fn copy_default(v: &Value) -> Value {
    match v {
        Value::Null => Value::Null,
        Value::Int(i) => Value::Int(*i),
        Value::Bool(b) => Value::Bool(*b),
        v => v.clone(),
    }
}

/// Whether `passed` arguments are a valid count for the native function `f`.
#[inline]
fn native_count_ok(f: &Function, passed: usize) -> bool {
    passed >= f.required && f.max_args().is_none_or(|m| passed <= m)
}

/// Whether a frame's function name is one of the pseudo-functions PHP shows for included
/// or `eval`'d code.
pub fn is_include_name(name: &[u8]) -> bool {
    matches!(
        name,
        b"include" | b"include_once" | b"require" | b"require_once" | b"eval"
    )
}

/// Buffered output with PHP's output-buffering stack (`ob_start`).
pub struct Output {
    buf: Vec<u8>,
    sink: Box<dyn Write>,
    /// Whether the sink may hold written bytes not yet flushed.
    sink_dirty: bool,
    /// Nested output buffers (innermost last); see `ob.rs`.
    pub ob_stack: Vec<crate::ob::ObBuffer>,
    /// Where standard-error output goes (`STDERR`, `display_errors=stderr`) when a host
    /// gave a writer; `None` is the process's standard error.
    pub err_sink: Option<Box<dyn Write>>,
    /// Whether output has left the output buffers at least once: PHP's "headers sent".
    pub started: bool,
}

impl Output {
    fn new(sink: Box<dyn Write>) -> Output {
        Output {
            buf: Vec::with_capacity(1 << 14),
            sink,
            sink_dirty: true,
            ob_stack: Vec::new(),
            err_sink: None,
            started: false,
        }
    }

    /// Writes bytes.
    #[inline]
    pub fn write(&mut self, b: &[u8]) {
        if self.ob_stack.is_empty() {
            self.started = true;
            self.buf.extend_from_slice(b);
            if self.buf.len() >= 1 << 16 {
                self.flush();
            }
            return;
        }
        self.write_below(self.ob_stack.len(), b);
    }

    /// Writes through the buffers `ob_stack[..levels]`: the innermost one whose handler is
    /// not disabled takes the output; a handler-less buffer with a chunk size passes its
    /// contents on once they reach it.
    pub fn write_below(&mut self, levels: usize, b: &[u8]) {
        let levels = levels.min(self.ob_stack.len());
        if let Some(i) = self.ob_stack[..levels].iter().rposition(|o| !o.disabled) {
            let top = &mut self.ob_stack[i];
            top.append(b);
            if top.handler.is_none() && top.chunk_size > 0 && top.data.len() >= top.chunk_size {
                let data = std::mem::take(&mut top.data);
                top.started = true;
                top.processed = true;
                self.write_below(i, &data);
            }
            return;
        }
        self.started = true;
        self.buf.extend_from_slice(b);
        if self.buf.len() >= 1 << 16 {
            self.flush();
        }
    }

    /// Writes straight to the sink after the bytes already buffered, bypassing output
    /// buffering (`fwrite(STDOUT)`, `php://stdout`), and flushes it.
    pub fn write_direct(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.sink_dirty = true;
        if !self.buf.is_empty() {
            self.sink.write_all(&self.buf)?;
            self.buf.clear();
        }
        self.sink.write_all(b)?;
        self.sink.flush()?;
        self.sink_dirty = false;
        Ok(())
    }

    /// Writes to standard error (the host's writer if it gave one) after flushing the
    /// output written so far, so the two keep their order.
    pub fn write_stderr(&mut self, b: &[u8]) -> std::io::Result<()> {
        self.flush();
        match &mut self.err_sink {
            Some(w) => {
                w.write_all(b)?;
                w.flush()
            }
            None => {
                let mut e = std::io::stderr().lock();
                e.write_all(b)?;
                e.flush()
            }
        }
    }

    /// Replaces the sink (after flushing what was buffered to the old one); returns the old one.
    pub fn set_sink(&mut self, sink: Box<dyn Write>) -> Box<dyn Write> {
        self.flush();
        self.sink_dirty = true;
        std::mem::replace(&mut self.sink, sink)
    }

    /// Flushes buffered bytes to the sink (not the `ob_*` buffers).
    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            self.sink_dirty = true;
            let _ = self.sink.write_all(&self.buf);
            self.buf.clear();
        }
        // A sink flushed since it was last written to has nothing to flush.
        if self.sink_dirty && self.sink.flush().is_ok() {
            self.sink_dirty = false;
        }
    }
}

/// An extension's tick function ([`Vm::tick_hook`]).
pub type TickHook = fn(&mut Vm) -> Result<(), Unwind>;

/// The interpreter state.
pub struct Vm {
    /// Output.
    pub out: Output,
    /// Functions by lower-cased name.
    pub functions: HashMap<PhpStr, Rc<Function>>,
    /// The lower-cased names of [`Vm::functions`] in the order they were defined
    /// (`get_defined_functions()`).
    pub function_names: Vec<PhpStr>,
    /// Classes by lower-cased name.
    pub classes: HashMap<PhpStr, Rc<Class>>,
    /// Constants by name (case-sensitive).
    pub constants: HashMap<PhpStr, Value>,
    /// ini settings.
    pub ini: HashMap<String, PhpStr>,
    /// Where output first left the output buffers (file and line), once it has.
    pub output_origin: Option<(PhpStr, u32)>,
    /// The value each setting had before the script first changed it (`ini_restore`).
    pub ini_saved: HashMap<String, PhpStr>,
    /// The startup configuration `get_cfg_var` reads: the SAPI's own defaults and the
    /// `-d` entries ([`Vm::ini`] holds the current values).
    pub cfg: HashMap<String, PhpStr>,
    /// Object handle allocator and destructor queue.
    pub objects: Rc<ObjectStore>,
    /// Value stack: global slots first, then each call's slots.
    pub stack: Vec<Value>,
    /// Base of the current frame's slots.
    pub base: usize,
    /// Call frames (the global one is not in the list).
    pub frames: Vec<Frame>,
    /// `register_tick_function` callbacks with their arguments.
    pub tick_functions: Vec<(Value, Vec<Value>)>,
    /// Ticks counted since the tick functions last ran.
    pub tick_count: u32,
    /// The tick functions are running.
    pub in_tick: bool,
    /// `spl_autoload_register` callbacks, in calling order.
    pub autoloaders: Vec<Value>,
    /// Lower-cased names of the classes being autoloaded (no second attempt while one runs).
    pub autoloading: Vec<PhpStr>,
    /// Native calls and global-scope includes in progress, for stack traces.
    pub trace_marks: Vec<TraceMark>,
    /// The next native call runs without a [`TraceMark`] (set by iteration helpers).
    pub(crate) unmarked_native: bool,
    /// Spare, empty value vectors for argument lists and [`TraceMark::args`] (saves an
    /// allocation and a free per native call); see [`Vm::spare_vec`].
    pub(crate) mark_arg_pool: Vec<Vec<Value>>,
    /// Spare, empty shared argument lists for native calls ([`Vm::share_vec`]).
    pub(crate) shared_arg_pool: Vec<Rc<Vec<Value>>>,
    /// Global variable name → slot (slots at the bottom of the stack).
    pub global_names: HashMap<PhpStr, u32>,
    /// Names of global slots.
    pub global_slot_names: Vec<PhpStr>,
    /// Globals created by name while not in global scope (no slot yet).
    pub extra_globals: VarMap,
    /// Current line.
    pub line: u32,
    /// Current file.
    pub file: PhpStr,
    /// `error_reporting` mask.
    pub error_reporting: i64,
    /// `@` nesting depth.
    pub silence: u32,
    /// User error handler (`set_error_handler`) with its mask, and the stack of previous ones.
    pub error_handlers: Vec<(Value, i64)>,
    /// User exception handler.
    pub exception_handler: Option<Value>,
    /// The handlers `set_exception_handler()` replaced, for `restore_exception_handler()`.
    pub previous_exception_handlers: Vec<Option<Value>>,
    /// Shutdown functions.
    pub shutdown_functions: Vec<(Value, Vec<Value>)>,
    /// Loaded module names.
    pub modules: Vec<&'static str>,
    /// The constants each module defined, in order (`get_defined_constants(true)`).
    pub constant_groups: Vec<(&'static str, Vec<PhpStr>)>,
    /// Constants the script defined (`define`, `const`), in order: the `user` group.
    pub user_constants: Vec<PhpStr>,
    /// Included files (for `_once`).
    pub included: Vec<PhpStr>,
    /// `$argv` for the script.
    pub argv: Vec<String>,
    /// Next resource id.
    pub next_resource_id: i64,
    /// Depth of PHP-level calls (to stop runaway recursion).
    pub depth: usize,
    in_error_handler: bool,
    /// Last error (for `error_get_last`): level, message, file, line.
    pub last_error: Option<(i64, String, PhpStr, u32)>,
    /// Per-module private state for builtins (keyed by a module-chosen name).
    pub module_state: HashMap<&'static str, Box<dyn std::any::Any>>,
    /// `strict_types` of the running code.
    pub strict: bool,
    /// The top-level code running (for `static` at top level).
    pub main_code: Option<Rc<UserCode>>,
    /// Unknown named arguments collected for a variadic user function.
    pub pending_named: Vec<(PhpStr, Value)>,
    /// The reason for the current [`Unwind`].
    pub unwinding: Option<UnwindKind>,
    /// The value of the `return` being executed.
    pub retval: Value,
    /// The reference the last user function returned, if it returns by reference
    /// (`function &f()`), for `$x = &f()`.
    pub ref_return: Option<PhpRef>,
    /// `__get`/`__set` recursion guard: (object id, property).
    pub magic_guard: Vec<(u32, PhpStr)>,
    /// Trait declarations by lower-cased name (their members are copied into users).
    pub trait_decls: HashMap<PhpStr, Rc<crate::ir::ClassDecl>>,
    /// Declarations already turned into classes.
    pub declared_decls: Vec<Rc<crate::ir::ClassDecl>>,
    /// Where diagnostics go before they are displayed (see [`diag::DiagHook`]); `None`
    /// displays them as PHP does.
    pub diag_hook: Option<diag::DiagHook>,
    /// Deepest PHP call nesting allowed before the script ends with PHP's fatal error for
    /// runaway recursion (the machine-stack guard applies as well).
    pub max_depth: usize,
    /// Pending-interrupt handle polled at loop back-edges and calls (see `interrupt.rs`).
    pub interrupt: crate::interrupt::Interrupt,
    /// What to do with pending signals (installed by the `pcntl` module).
    pub signal_hook: Option<crate::interrupt::SignalHook>,
    /// The script has ended: shutdown functions and destructors run (see
    /// [`Vm::backtrace_ex`]).
    pub at_shutdown: bool,
    /// An extension's own tick function, run on every tick of `declare(ticks)` before the
    /// script's (pcntl's: queued signals are dispatched, as PHP's pcntl does).
    pub tick_hook: Option<TickHook>,
    /// `max_execution_time` in force, if any.
    pub time_limit: Option<crate::interrupt::TimeLimit>,
    /// `memory_limit` in bytes (`u64::MAX`: unlimited), kept in step with the ini setting.
    pub(crate) memory_limit: u64,
}

/// The interrupt handle of hollow runtimes (shared, so making one allocates nothing).
static HOLLOW_INTERRUPT: std::sync::LazyLock<crate::interrupt::Interrupt> =
    std::sync::LazyLock::new(crate::interrupt::Interrupt::new);

/// `memory_limit`'s default (128M), in bytes.
const DEFAULT_MEMORY_LIMIT: u64 = 128 << 20;

/// Default ini settings of `php -n`.
const DEFAULT_INI: &[(&str, &str)] = &[
    ("precision", "14"),
    ("serialize_precision", "-1"),
    ("display_errors", "1"),
    ("error_reporting", ""),
    ("log_errors", "0"),
    ("error_log", ""),
    ("html_errors", "0"),
    ("memory_limit", "128M"),
    ("max_execution_time", "0"),
    ("default_socket_timeout", "60"),
    ("date.timezone", ""),
    ("zend.assertions", "-1"),
    ("short_open_tag", "1"),
    ("output_buffering", "0"),
    ("implicit_flush", "1"),
    ("include_path", ".:/usr/share/php"),
];

impl Default for Vm {
    fn default() -> Self {
        Vm::new(Box::new(std::io::stdout()))
    }
}

impl Vm {
    /// A runtime writing its output to `sink`, with the core classes registered.
    pub fn new(sink: Box<dyn Write>) -> Vm {
        let mut vm = Vm::hollow_sharing(ObjectStore::new());
        vm.out = Output::new(sink);
        vm.ini = DEFAULT_INI
            .iter()
            .map(|(k, v)| (k.to_string(), PhpStr::from(*v)))
            .collect();
        vm.stack.reserve(1024);
        vm.interrupt = crate::interrupt::Interrupt::new();
        vm.register_module(crate::core::core_module());
        vm
    }

    /// An empty runtime sharing `objects`: the starting point of [`Vm::new`], and a placeholder
    /// while the real one is moved into a generator's coroutine (see `generator.rs`).
    /// Allocates nothing.
    pub(crate) fn hollow_sharing(objects: Rc<ObjectStore>) -> Vm {
        Vm {
            out: Output {
                buf: Vec::new(),
                sink: Box::new(std::io::sink()),
                sink_dirty: false,
                ob_stack: Vec::new(),
                err_sink: None,
                started: false,
            },
            functions: HashMap::new(),
            function_names: Vec::new(),
            classes: HashMap::new(),
            constants: HashMap::new(),
            ini: HashMap::new(),
            ini_saved: HashMap::new(),
            output_origin: None,
            // The CLI's one built-in configuration entry.
            cfg: HashMap::from([("display_errors".to_string(), PhpStr::from("1"))]),
            objects,
            stack: Vec::new(),
            base: 0,
            frames: Vec::new(),
            tick_functions: Vec::new(),
            tick_count: 0,
            in_tick: false,
            autoloaders: Vec::new(),
            autoloading: Vec::new(),
            trace_marks: Vec::new(),
            mark_arg_pool: Vec::new(),
            shared_arg_pool: Vec::new(),
            unmarked_native: false,
            global_names: HashMap::new(),
            global_slot_names: Vec::new(),
            extra_globals: VarMap::default(),
            line: 0,
            file: PhpStr::empty(),
            error_reporting: E_ALL,
            silence: 0,
            error_handlers: Vec::new(),
            exception_handler: None,
            previous_exception_handlers: Vec::new(),
            shutdown_functions: Vec::new(),
            modules: Vec::new(),
            constant_groups: Vec::new(),
            user_constants: Vec::new(),
            included: Vec::new(),
            argv: Vec::new(),
            // Ids 1-3 are STDIN, STDOUT and STDERR.
            next_resource_id: 4,
            depth: 0,
            in_error_handler: false,
            last_error: None,
            module_state: HashMap::new(),
            strict: false,
            main_code: None,
            pending_named: Vec::new(),
            magic_guard: Vec::new(),
            unwinding: None,
            retval: Value::Null,
            ref_return: None,
            trait_decls: HashMap::new(),
            declared_decls: Vec::new(),
            diag_hook: None,
            max_depth: crate::interp::MAX_DEPTH,
            interrupt: HOLLOW_INTERRUPT.clone(),
            signal_hook: None,
            tick_hook: None,
            at_shutdown: false,
            time_limit: None,
            memory_limit: DEFAULT_MEMORY_LIMIT,
        }
    }

    // ---------------------------------------------------------------- registration

    /// Registers a module's functions, constants, classes and ini defaults.
    pub fn register_module(&mut self, m: Module) {
        for (k, v) in m.ini {
            self.ini
                .entry(k.to_string())
                .or_insert_with(|| PhpStr::from(v));
        }
        let group = match self.constant_groups.iter().position(|(n, _)| *n == m.name) {
            Some(i) => i,
            None => {
                self.constant_groups.push((m.name, Vec::new()));
                self.constant_groups.len() - 1
            }
        };
        for (k, v) in m.constants {
            if self.constants.insert(k.clone(), v).is_none() {
                self.constant_groups[group].1.push(k);
            }
        }
        for mut f in m.functions {
            // A default naming a constant registered by now is fixed (module constants
            // cannot change): look it up once here instead of on every call.
            if let Some(func) = Rc::get_mut(&mut f) {
                for p in &mut func.params {
                    if let Some(DefaultValue::Const(c)) = &p.default {
                        if let Some(v) = self.constants.get(c) {
                            p.default = Some(DefaultValue::Value(v.clone()));
                        }
                    }
                }
                let fixed = func.params.iter().all(|p| {
                    !p.variadic && matches!(p.default, None | Some(DefaultValue::Value(_)))
                });
                if fixed {
                    let defaults = func.params.iter().map(|p| match &p.default {
                        Some(DefaultValue::Value(v)) => v.clone(),
                        _ => Value::Null,
                    });
                    func.defaults = Some(defaults.collect());
                }
            }
            let l = f.name.to_ascii_lowercase();
            if self.functions.insert(l.clone(), f).is_none() {
                self.function_names.push(l);
            }
        }
        for c in m.classes {
            let class = crate::class_build::build_native_class(self, c);
            self.classes.insert(class.lname.clone(), class);
        }
        self.modules.push(m.name);
    }

    /// Finds a class by name (any case, leading `\` allowed). No autoloading (see
    /// [`Vm::load_class`]).
    pub fn find_class(&self, name: &[u8]) -> Option<Rc<Class>> {
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        if let Some(c) = self.classes.get(name) {
            return Some(c.clone());
        }
        self.classes.get(&name.to_ascii_lowercase()[..]).cloned()
    }

    /// Finds a function by name (any case, leading `\` allowed).
    pub fn find_function(&self, name: &[u8]) -> Option<Rc<Function>> {
        let name = name.strip_prefix(b"\\").unwrap_or(name);
        if let Some(f) = self.functions.get(name) {
            return Some(f.clone());
        }
        self.functions.get(&name.to_ascii_lowercase()[..]).cloned()
    }

    // ---------------------------------------------------------------- ini

    /// Reads an ini setting.
    pub fn ini_get(&self, name: &str) -> Option<PhpStr> {
        self.ini.get(name).cloned()
    }

    /// Sets an ini setting as startup configuration does (`php -d name=value`): the
    /// current value, and the entry `get_cfg_var` reports.
    pub fn configure(&mut self, name: &str, value: PhpStr) {
        self.cfg.insert(name.to_string(), value.clone());
        self.ini_set(name, value);
    }

    /// Sets an ini setting, returning the old value (`None` if unknown).
    pub fn ini_set(&mut self, name: &str, value: PhpStr) -> Option<PhpStr> {
        if name == "error_reporting" {
            self.error_reporting = if value.is_empty() {
                E_ALL
            } else {
                Value::Str(value.clone()).to_int()
            };
        }
        match name {
            "max_execution_time" => {
                self.restart_time_limit(Value::Str(value.clone()).to_int());
            }
            "memory_limit" => {
                self.memory_limit = match parse_byte_size(&value.to_string_lossy()) {
                    Some(n) if n >= 0 => n as u64,
                    _ => u64::MAX,
                };
            }
            _ => {}
        }
        let old = self.ini.get(name).cloned();
        self.ini.insert(name.to_string(), value);
        old
    }

    /// Locks an ini setting against scripts: `ini_set` then fails (returns `false`) as it
    /// does for PHP's system-level settings. The host can still change it.
    pub fn lock_ini(&mut self, name: &str) {
        let locked = self
            .module_state
            .entry("ini.locked")
            .or_insert_with(|| Box::new(Vec::<String>::new()));
        if let Some(l) = locked.downcast_mut::<Vec<String>>() {
            if !l.iter().any(|n| n == name) {
                l.push(name.to_string());
            }
        }
    }

    /// True if a host locked the ini setting ([`Vm::lock_ini`]).
    pub fn ini_locked(&self, name: &str) -> bool {
        self.module_state
            .get("ini.locked")
            .and_then(|l| l.downcast_ref::<Vec<String>>())
            .is_some_and(|l| l.iter().any(|n| n == name))
    }

    /// `precision` for float-to-string conversion.
    pub fn precision(&self) -> i32 {
        self.ini
            .get("precision")
            .map_or(14, |p| Value::Str(p.clone()).to_int() as i32)
    }

    /// The `serialize_precision` ini setting (-1: shortest round-trip form), used by
    /// `var_dump`, `var_export` and `json_encode` for floats.
    pub fn serialize_precision(&self) -> i32 {
        self.ini
            .get("serialize_precision")
            .map_or(-1, |p| Value::Str(p.clone()).to_int() as i32)
    }

    /// Where `display_errors` sends diagnostics: `None` (hidden), `Some(false)` (standard
    /// output, after an empty line) or `Some(true)` (standard error, no empty line), read as
    /// PHP reads the setting (`on`/`yes`/`true`/`stdout`, `stderr`, or a number).
    pub fn display_errors_mode(&self) -> Option<bool> {
        let v = match self.ini.get("display_errors") {
            Some(v) => v.to_string_lossy().to_ascii_lowercase(),
            None => return Some(false),
        };
        match v.as_str() {
            "on" | "yes" | "true" | "stdout" => Some(false),
            "stderr" => Some(true),
            _ => {
                let t = v.trim_start();
                let t = t.strip_prefix(['+', '-']).unwrap_or(t);
                let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
                match digits.parse::<i64>().unwrap_or(0) {
                    0 => None,
                    2 if !v.trim_start().starts_with('-') => Some(true),
                    _ => Some(false),
                }
            }
        }
    }

    /// Shows a diagnostic line (`Warning: … in F on line N`, no line breaks) where
    /// `display_errors` says.
    pub fn display_diag(&mut self, text: &str) {
        match self.display_errors_mode() {
            None => {}
            Some(false) => {
                self.echo(b"\n");
                self.echo(text.as_bytes());
                self.echo(b"\n");
            }
            Some(true) => {
                let _ = self.out.write_stderr(format!("{text}\n").as_bytes());
            }
        }
    }

    /// Reports a diagnostic that is to be shown: to the [`Vm::diag_hook`] if there is one,
    /// else displayed as `display_errors` says. Filtering (`error_reporting`, `@`) is the
    /// caller's.
    pub fn report_diag(&mut self, level: i64, msg: &str, file: &str, line: u32) {
        let d = diag::Diagnostic {
            level,
            message: msg.to_string(),
            file: file.to_string(),
            line,
        };
        if let Some(mut hook) = self.diag_hook.take() {
            let handled = hook(&d);
            if self.diag_hook.is_none() {
                self.diag_hook = Some(hook);
            }
            if handled {
                return;
            }
        }
        self.display_diag(&d.display_text());
    }

    // ---------------------------------------------------------------- output

    /// Writes to the output.
    #[inline]
    pub fn echo(&mut self, b: &[u8]) {
        self.out.write(b);
        self.note_output_start();
    }

    /// Remembers where output first left the output buffers (PHP's "output started at
    /// F:L" in the headers-already-sent warnings): called after each write.
    #[inline(always)]
    pub(crate) fn note_output_start(&mut self) {
        if self.out.started && self.output_origin.is_none() {
            self.output_origin = Some((self.file.clone(), self.line));
        }
    }

    /// Flushes output to the sink.
    pub fn flush(&mut self) {
        self.out.flush();
    }

    // ---------------------------------------------------------------- diagnostics

    /// Raises a diagnostic at the current line: applies the user error handler,
    /// `error_reporting`, `@` and `display_errors`, and prints in PHP's format.
    pub fn raise(&mut self, level: i64, msg: &str) -> Result<(), Unwind> {
        let file = self.file.clone();
        let line = self.line;
        self.raise_at(level, msg, &file, line)
    }

    /// Raises a diagnostic at an explicit location.
    pub fn raise_at(
        &mut self,
        level: i64,
        msg: &str,
        file: &PhpStr,
        line: u32,
    ) -> Result<(), Unwind> {
        if let Some((handler, mask)) = self.error_handlers.last().cloned() {
            if mask & level != 0 && !self.in_error_handler && !handler.is_null() {
                self.in_error_handler = true;
                let r = self.call_value(
                    &handler,
                    vec![
                        Value::Int(level),
                        Value::from(msg),
                        Value::Str(file.clone()),
                        Value::Int(line as i64),
                    ],
                );
                self.in_error_handler = false;
                match r {
                    Ok(v) => {
                        // Handled: `error_get_last()` does not see it (PHP records only what
                        // reaches its own error callback).
                        if !matches!(v, Value::Bool(false)) {
                            return Ok(());
                        }
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        self.last_error = Some((level, msg.to_string(), file.clone(), line));
        let fatal = matches!(
            level,
            diag::E_ERROR | diag::E_CORE_ERROR | diag::E_COMPILE_ERROR | diag::E_USER_ERROR
        );
        if self.error_reporting & level != 0 && (self.silence == 0 || fatal) {
            self.report_diag(level, msg, &file.to_string_lossy(), line);
        }
        if fatal {
            return Err(self.unwind(UnwindKind::Fatal));
        }
        Ok(())
    }

    /// Starts unwinding for `kind`.
    pub fn unwind(&mut self, kind: UnwindKind) -> Unwind {
        self.unwinding = Some(kind);
        Unwind(())
    }

    /// Throws an exception object.
    pub fn throw(&mut self, ex: ObjRef) -> Unwind {
        self.unwind(UnwindKind::Throw(ex))
    }

    /// Takes the reason of the current unwind (a fatal error if none was recorded).
    pub fn take_unwind(&mut self) -> UnwindKind {
        self.unwinding.take().unwrap_or(UnwindKind::Fatal)
    }

    /// The exception being thrown, if the current unwind is one (without taking it).
    pub fn pending_exception(&self) -> Option<&ObjRef> {
        match &self.unwinding {
            Some(UnwindKind::Throw(o)) => Some(o),
            _ => None,
        }
    }

    /// Runaway recursion: PHP runs out of memory for its VM stack and says so; phpsock stops
    /// at the same point in spirit (before the Rust stack overflows) with the same message.
    pub fn recursion_exhausted(&mut self) -> Unwind {
        let limit = self
            .ini_get("memory_limit")
            .and_then(|v| parse_byte_size(&v.to_string_lossy()))
            .filter(|&n| n > 0)
            .unwrap_or(128 << 20);
        self.fatal(&format!(
            "Allowed memory size of {limit} bytes exhausted (tried to allocate 2097152 bytes)"
        ))
    }

    /// Reports a fatal error (`Fatal error: msg`) and returns the unwind to propagate.
    pub fn fatal(&mut self, msg: &str) -> Unwind {
        let _ = self.raise(diag::E_ERROR, msg);
        self.unwind(UnwindKind::Fatal)
    }

    /// Builds an instance of a throwable class (`TypeError`, `ValueError`, …) with a message
    /// and starts throwing it.
    pub fn throw_error(&mut self, class: &str, msg: String) -> Unwind {
        let cls = match self.find_class(class.as_bytes()) {
            Some(c) => c,
            None => return self.fatal(&format!("Class \"{class}\" not found")),
        };
        let obj = self.instantiate(&cls);
        obj.set_prop(b"message", Value::from(msg));
        self.throw(obj)
    }

    // ---------------------------------------------------------------- objects

    /// Creates an object of `class` with default properties (no constructor); throwables get
    /// their file, line and trace.
    #[inline]
    pub fn instantiate(&mut self, class: &Rc<Class>) -> ObjRef {
        let o = ObjRef::new(class.clone(), &self.objects);
        if class.is_throwable {
            self.init_throwable(&o);
        }
        o
    }

    /// A new throwable's file, line and trace ([`Vm::instantiate`]).
    #[cold]
    #[inline(never)]
    fn init_throwable(&mut self, o: &ObjRef) {
        o.set_prop(b"file", Value::Str(self.file.clone()));
        o.set_prop(b"line", Value::Int(self.line as i64));
        let trace = self.backtrace(0);
        o.set_prop(b"trace", trace);
    }

    /// Instantiates a class by name (no constructor call).
    pub fn instantiate_by_name(&mut self, name: &str) -> Result<ObjRef, Unwind> {
        match self.find_class(name.as_bytes()) {
            Some(c) => Ok(self.instantiate(&c)),
            None => Err(self.throw_error("Error", format!("Class \"{name}\" not found"))),
        }
    }

    /// The call stack as PHP's `debug_backtrace()`/exception trace array, skipping `skip`
    /// innermost entries. Native calls and global-scope includes ([`TraceMark`]s) are
    /// interleaved with the user frames; a call made by a native function has no `file` and
    /// `line` (`[internal function]`).
    pub fn backtrace(&self, skip: usize) -> Value {
        self.backtrace_ex(skip, TraceOpts::default())
    }

    /// [`Vm::backtrace`] with `debug_backtrace()`'s options.
    pub fn backtrace_ex(&self, skip: usize, opts: TraceOpts) -> Value {
        let mut arr = PhpArray::new();
        let mut n = 0usize;
        let mut marks = self.trace_marks.len();
        // At shutdown (shutdown functions, destructors), PHP runs the outermost calls with
        // no script frame: they show as called internally.
        let called_by_native = |marks: usize, depth: usize| {
            (depth == 0 && marks == 0 && self.at_shutdown)
                || (marks > 0
                    && self.trace_marks[marks - 1].depth == depth
                    && self.trace_marks[marks - 1].kind == MarkKind::Native)
        };
        for i in (0..=self.frames.len()).rev() {
            if opts.limit > 0 && arr.len() >= opts.limit {
                break;
            }
            while marks > 0 && self.trace_marks[marks - 1].depth >= i {
                let m = &self.trace_marks[marks - 1];
                marks -= 1;
                if n >= skip {
                    let internal = called_by_native(marks, i);
                    let mut e = self.mark_entry(m, internal, n == 0);
                    opts.apply(&mut e, None);
                    let _ = arr.push(Value::from(e));
                }
                n += 1;
            }
            if i == 0 {
                break;
            }
            if n >= skip {
                let internal = called_by_native(marks, i - 1);
                let f = &self.frames[i - 1];
                let mut entry = self.frame_entry(f, internal, n == 0);
                opts.apply(&mut entry, f.this.as_ref());
                if opts.limit == 0 || arr.len() < opts.limit {
                    let _ = arr.push(Value::from(entry));
                }
            }
            n += 1;
        }
        Value::from(arr)
    }

    fn trace_location(e: &mut PhpArray, file: &PhpStr, line: u32, internal: bool) {
        if !internal {
            e.insert(Key::from_bytes(b"file"), Value::Str(file.clone()));
            e.insert(Key::from_bytes(b"line"), Value::Int(i64::from(line)));
        }
    }

    /// One user frame of a trace. An include frame shows the included file as its argument
    /// unless the trace starts in its own code (PHP takes the name from the inner entry).
    fn frame_entry(&self, f: &Frame, internal: bool, innermost: bool) -> PhpArray {
        let mut e = PhpArray::new();
        Self::trace_location(&mut e, &f.call_file(), f.call_line, internal);
        if f.func.class_name.is_none() && is_include_name(&f.func.name) {
            // include frames list their argument before the function, eval frames none.
            if f.func.name.as_bytes() != b"eval" && !innermost {
                e.insert(
                    Key::from_bytes(b"args"),
                    Value::from(PhpArray::from_values(self.frame_args(f))),
                );
            }
            e.insert(
                Key::from_bytes(b"function"),
                Value::Str(f.func.name.clone()),
            );
            return e;
        }
        e.insert(
            Key::from_bytes(b"function"),
            Value::Str(f.func.name.clone()),
        );
        if let Some(cls) = &f.scope {
            e.insert(Key::from_bytes(b"class"), Value::Str(cls.full_name.clone()));
            e.insert(
                Key::from_bytes(b"type"),
                Value::from(if f.this.is_some() { "->" } else { "::" }),
            );
        }
        e.insert(
            Key::from_bytes(b"args"),
            Value::from(PhpArray::from_values(self.frame_args(f))),
        );
        e
    }

    /// One native call or global-scope include of a trace.
    fn mark_entry(&self, m: &TraceMark, internal: bool, innermost: bool) -> PhpArray {
        let mut e = PhpArray::new();
        Self::trace_location(&mut e, &m.call_file, m.call_line, internal);
        let args = || {
            Value::from(PhpArray::from_values(
                m.args.iter().take(m.shown).map(Value::deref).collect(),
            ))
        };
        match m.kind {
            MarkKind::Include => {
                if !innermost {
                    e.insert(Key::from_bytes(b"args"), args());
                }
            }
            MarkKind::Eval => {}
            MarkKind::Native => {
                e.insert(
                    Key::from_bytes(b"function"),
                    Value::Str(m.func.name.clone()),
                );
                if let Some(c) = &m.func.class_name {
                    let cname = self
                        .classes
                        .get(c)
                        .map_or_else(|| c.clone(), |cl| cl.name.clone());
                    e.insert(Key::from_bytes(b"class"), Value::Str(cname));
                    e.insert(
                        Key::from_bytes(b"type"),
                        Value::from(if m.this.is_some() { "->" } else { "::" }),
                    );
                }
                e.insert(Key::from_bytes(b"args"), args());
                return e;
            }
        }
        e.insert(
            Key::from_bytes(b"function"),
            Value::Str(m.func.name.clone()),
        );
        e
    }

    /// The name of a function as messages show it (`f`, `A::m`).
    pub fn display_func_name(&self, f: &Function) -> String {
        match &f.class_name {
            Some(c) => {
                let cname = self
                    .classes
                    .get(c)
                    .map_or_else(|| c.to_string(), |cl| cl.name.to_string());
                format!("{}::{}", cname, f.name)
            }
            None => f.name.to_string(),
        }
    }

    // ---------------------------------------------------------------- conversions

    /// Converts any value to a string as `echo`/`.` do: floats with `precision`, arrays with
    /// a warning, objects through `__toString`.
    pub fn to_str(&mut self, v: &Value) -> Result<PhpStr, Unwind> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Array(_) => {
                self.raise(diag::E_WARNING, "Array to string conversion")?;
                Ok(PhpStr::from("Array"))
            }
            Value::Object(o) => self.object_to_str(o),
            Value::Ref(r) => self.to_str(&r.get()),
            Value::Int(i) => Ok(PhpStr::new(crate::interp::itoa_buf(*i).as_bytes())),
            v @ Value::Float(_) => Ok(v.scalar_to_str(self.precision()).unwrap_or_default()),
            v => Ok(v.scalar_to_str(14).unwrap_or_default()),
        }
    }

    /// `__toString` conversion, or the `Error` PHP throws.
    pub fn object_to_str(&mut self, o: &ObjRef) -> Result<PhpStr, Unwind> {
        if let Some(m) = o.class().magic.to_string.clone() {
            let r = self.call_method(o, &m, Vec::new())?;
            return match r {
                Value::Str(s) => Ok(s),
                _ => Err(self.throw_error(
                    "Error",
                    format!(
                        "{}::__toString(): Return value must be of type string, {} returned",
                        o.class().name,
                        r.type_name()
                    ),
                )),
            };
        }
        Err(self.throw_error(
            "Error",
            format!(
                "Object of class {} could not be converted to string",
                o.class().name
            ),
        ))
    }

    // ---------------------------------------------------------------- native calls

    /// Calls a native function with evaluated arguments (by-ref ones as `Value::Ref`),
    /// applying PHP's argument checks and coercions.
    pub fn call_native(
        &mut self,
        f: &Rc<Function>,
        vals: Vec<Value>,
        this: Option<ObjRef>,
        strict: bool,
    ) -> Result<Value, Unwind> {
        let imp = match f.body {
            FuncBody::Native(imp) => imp,
            FuncBody::User(_) => return Ok(Value::Null),
        };
        let vals = self.share_vec(vals);
        self.call_native_shared(f, imp, vals, this, strict)
    }

    /// [`Vm::call_native`] with the arguments passed (`vals`, not shared with anything else)
    /// already behind the handle the call and its trace entry share.
    pub(crate) fn call_native_shared(
        &mut self,
        f: &Rc<Function>,
        imp: crate::native::NativeImpl,
        mut vals: Rc<Vec<Value>>,
        this: Option<ObjRef>,
        strict: bool,
    ) -> Result<Value, Unwind> {
        let unmarked = std::mem::take(&mut self.unmarked_native);
        // Temporaries freed before the call are destroyed first (see `Vm::enter_user`).
        if self.objects.has_pending() {
            if let Err(u) = self.run_pending_destructors() {
                self.recycle_shared(vals);
                return Err(u);
            }
        }
        let passed = vals.len();
        // Defaults for optional parameters not passed, added before the list is shared with
        // the trace entry (which shows only the `passed` ones); a call with a wrong count
        // fails before the function runs and gets none.
        let count_ok = native_count_ok(f, passed);
        if count_ok && passed < f.params.len() {
            self.push_native_defaults(f, Rc::make_mut(&mut vals));
        }
        // Show the call in stack traces while it runs (and while its arguments are checked),
        // except where PHP runs it without a call frame.
        if unmarked || f.traits.frameless.applies(passed) {
            let r = self.call_native_checked(f, imp, vals, passed, this, strict, false, count_ok);
            return self.after_call(r);
        }
        self.push_native_mark(f, this.clone(), &vals, passed);
        let r = self.call_native_checked(f, imp, vals, passed, this, strict, true, count_ok);
        // The call has released its handle on the arguments: the entry's is the last.
        self.pop_native_mark();
        self.after_call(r)
    }

    /// Shows a native call of `f` in stack traces while it runs (sharing its arguments).
    #[inline(always)]
    fn push_native_mark(
        &mut self,
        f: &Rc<Function>,
        this: Option<ObjRef>,
        vals: &Rc<Vec<Value>>,
        passed: usize,
    ) {
        let depth = self.frames.len();
        let (call_file, call_line) = (self.file.clone(), self.line);
        crate::in_place::push_with(&mut self.trace_marks, || TraceMark {
            depth,
            kind: MarkKind::Native,
            func: f.clone(),
            this,
            call_file,
            call_line,
            args: vals.clone(),
            shown: passed,
        });
    }

    /// Ends the trace entry [`Vm::push_native_mark`] made, keeping its argument list for
    /// reuse once no one else holds it.
    #[inline(always)]
    fn pop_native_mark(&mut self) {
        if let Some(TraceMark {
            func,
            this,
            call_file,
            args,
            ..
        }) = self.trace_marks.pop()
        {
            // Field by field: the reference counts drop in line, not through the glue.
            drop(func);
            drop(this);
            drop(call_file);
            self.recycle_shared(args);
        }
    }

    /// Calls native `f` with `vals`: `passed` arguments, each already of its parameter's
    /// type, then the defaults of the rest, as [`Vm::call_native_site`] found them. Nothing
    /// is left to check or convert, so the call goes straight in.
    #[inline(never)]
    pub(crate) fn call_native_direct(
        &mut self,
        f: &Rc<Function>,
        imp: crate::native::NativeImpl,
        vals: Rc<Vec<Value>>,
        passed: usize,
    ) -> Result<Value, Unwind> {
        // As in `call_native_shared`: a stack-trace entry unless PHP runs it frameless.
        let marked = !f.traits.frameless.applies(passed);
        if marked {
            self.push_native_mark(f, None, &vals, passed);
        }
        let mut args = Args {
            vals,
            passed,
            this: None,
        };
        let mut r = imp(&mut Ctx::new(self, f), &mut args);
        if r.is_ok() && self.interrupt.is_pending() {
            if let Err(u) = self.service_interrupt(false) {
                r = Err(u);
            }
        }
        let Args { vals, this, .. } = args;
        drop(this);
        if marked {
            // The call's handle goes first: the trace entry's is then the last one.
            drop(vals);
            self.pop_native_mark();
        } else {
            self.recycle_shared(vals);
        }
        self.after_call(r)
    }

    /// Appends the defaults of the optional parameters of `f` that `vals` does not reach.
    #[inline]
    pub(crate) fn push_native_defaults(&self, f: &Function, vals: &mut Vec<Value>) {
        let nparams = f.params.len() - usize::from(f.params.last().is_some_and(|p| p.variadic));
        for p in f.params.get(vals.len()..nparams).unwrap_or_default() {
            vals.push(match &p.default {
                // The usual defaults, null and ints, copied without the clone's dispatch.
                Some(DefaultValue::Value(Value::Null)) => Value::Null,
                Some(DefaultValue::Value(Value::Int(i))) => Value::Int(*i),
                Some(DefaultValue::Value(v)) => v.clone(),
                Some(DefaultValue::Const(c)) => {
                    self.constants.get(c).cloned().unwrap_or(Value::Null)
                }
                Some(DefaultValue::Expr(_)) | None => Value::Null,
            });
        }
    }

    /// `vals` behind a shared handle, reusing a spare one when there is one (no allocation).
    #[inline]
    fn share_vec(&mut self, mut vals: Vec<Value>) -> Rc<Vec<Value>> {
        match self.shared_arg_pool.pop() {
            Some(mut shared) => {
                if let Some(inner) = Rc::get_mut(&mut shared) {
                    // The spare's empty vector goes back to the plain pool.
                    std::mem::swap(inner, &mut vals);
                    self.recycle_vec(vals);
                    shared
                } else {
                    Rc::new(vals)
                }
            }
            None => Rc::new(vals),
        }
    }

    /// An empty argument list behind a handle nothing else shares, with room for `n`
    /// values: a spare one when there is one (no allocation).
    #[inline]
    pub(crate) fn spare_shared(&mut self, n: usize) -> Rc<Vec<Value>> {
        match self.shared_arg_pool.pop() {
            Some(mut shared) => {
                // The pool holds only handles nothing else shares.
                if let Some(v) = Rc::get_mut(&mut shared) {
                    v.reserve(n);
                }
                shared
            }
            None => Rc::new(Vec::with_capacity(n)),
        }
    }

    /// Releases a handle on a shared argument list: the last one empties it (dropping its
    /// values in order) and keeps it for [`Vm::spare_shared`].
    #[inline]
    pub(crate) fn recycle_shared(&mut self, mut shared: Rc<Vec<Value>>) {
        if let Some(inner) = Rc::get_mut(&mut shared) {
            clear_values(inner);
            if self.shared_arg_pool.len() < 64 && inner.capacity() <= 32 {
                self.shared_arg_pool.push(shared);
            }
        }
    }

    /// An empty value vector with room for `n` values, from the spare ones when possible.
    #[inline]
    pub(crate) fn spare_vec(&mut self, n: usize) -> Vec<Value> {
        match self.mark_arg_pool.pop() {
            Some(mut v) => {
                v.reserve(n);
                v
            }
            None => Vec::with_capacity(n),
        }
    }

    /// Empties `v` (dropping its values in order) and keeps it for [`Vm::spare_vec`].
    #[inline]
    pub(crate) fn recycle_vec(&mut self, mut v: Vec<Value>) {
        clear_values(&mut v);
        if self.mark_arg_pool.len() < 64 && v.capacity() != 0 && v.capacity() <= 32 {
            self.mark_arg_pool.push(v);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn call_native_checked(
        &mut self,
        f: &Rc<Function>,
        imp: crate::native::NativeImpl,
        mut vals: Rc<Vec<Value>>,
        passed: usize,
        this: Option<ObjRef>,
        strict: bool,
        marked: bool,
        count_ok: bool,
    ) -> Result<Value, Unwind> {
        if !count_ok {
            let max = f.max_args();
            let (word, n) = if passed < f.required {
                if max == Some(f.required) {
                    ("exactly", f.required)
                } else {
                    ("at least", f.required)
                }
            } else if f.required == f.params.len() {
                ("exactly", f.params.len())
            } else {
                ("at most", f.params.len())
            };
            let msg = format!(
                "{}() expects {} {} argument{}, {} given",
                self.display_func_name(f),
                word,
                n,
                if n == 1 { "" } else { "s" },
                passed
            );
            return Err(self.throw_error("ArgumentCountError", msg));
        }
        for i in 0..passed {
            let p = match f
                .params
                .get(i)
                .or_else(|| f.params.last().filter(|p| p.variadic))
            {
                Some(p) => p,
                None => break,
            };
            let v = &vals[i];
            if p.by_ref {
                // Checked in order with the others, as PHP's parser does (`usort($undefined,
                // 5)` complains about argument 1); the function sees the reference itself.
                // (`array|object` ones say "of type array": the function checks those.)
                if let Some(ty) =
                    p.ty.as_ref()
                        .filter(|t| t.bits & crate::types::bits::OBJECT == 0)
                {
                    let cur = v.deref();
                    if !crate::types::fast_accepts(&cur, ty) {
                        self.coerce_arg(f, i, &cur, ty, &p.name, strict, true)?;
                    }
                }
                continue;
            }
            if let Some(ty) = &p.ty {
                // An argument already of the declared type is passed as it is.
                if !crate::types::fast_accepts(v, ty) {
                    let nv = self.coerce_arg(f, i, v, ty, &p.name, strict, true)?;
                    use crate::types::bits::{FLOAT, INT, NULL};
                    if marked && (matches!(nv, Value::Str(_)) || ty.bits & !NULL == INT | FLOAT) {
                        // PHP converts a string argument, and any argument of an
                        // `int|float` parameter, in place, so traces show it converted
                        // (other conversions leave the argument as passed).
                        if let Some(m) = self.trace_marks.last_mut() {
                            if let Some(slot) = Rc::make_mut(&mut m.args).get_mut(i) {
                                *slot = nv.clone();
                            }
                        }
                    }
                    // Copied on write when the trace entry shares the list.
                    Rc::make_mut(&mut vals)[i] = nv;
                }
            }
        }
        let mut args = Args { vals, passed, this };
        let mut cx = Ctx::new(self, f);
        let r = imp(&mut cx, &mut args);
        // As PHP checks after internal calls: a signal that cut a blocking call short has its
        // handler run before the result is used.
        if r.is_ok() && self.interrupt.is_pending() {
            self.service_interrupt(false)?;
        }
        let Args { vals, this, .. } = args;
        drop(this);
        self.recycle_shared(vals);
        r
    }

    /// An exception thrown by an autoloader while `call_user_func()` or
    /// `call_user_func_array()` (which PHP compiles into its own opcodes) or
    /// `Closure::fromCallable()` resolved its callback becomes the previous exception of the
    /// TypeError PHP throws for an invalid callback; any other unwind goes on as it is.
    #[cold]
    fn wrap_callback_autoload_error(
        &mut self,
        f: &Function,
        i: usize,
        pname: &PhpStr,
        callback: &Value,
        u: Unwind,
    ) -> Unwind {
        let user_call = f.class_name.is_none()
            && matches!(
                f.name.as_bytes(),
                b"call_user_func" | b"call_user_func_array"
            );
        let from_callable = f
            .class_name
            .as_ref()
            .is_some_and(|c| c.as_bytes() == b"closure")
            && f.name.as_bytes() == b"fromCallable";
        if !(user_call || from_callable) || !matches!(self.unwinding, Some(UnwindKind::Throw(_))) {
            return u;
        }
        let class = match callback.deref() {
            Value::Str(s) => match s.windows(2).position(|w| w == b"::") {
                Some(p) => PhpStr::new(&s[..p]),
                None => return u,
            },
            Value::Array(a) => match a.get_int(0) {
                Some(Value::Str(c)) => c.clone(),
                _ => return u,
            },
            _ => return u,
        };
        let UnwindKind::Throw(previous) = self.take_unwind() else {
            return u;
        };
        let msg = if from_callable {
            format!("Failed to create closure from callable: class \"{class}\" not found")
        } else {
            format!(
                "{}(): Argument #{} (${}) must be a valid callback, class \"{}\" not found",
                self.display_func_name(f),
                i + 1,
                pname,
                class
            )
        };
        let e = self.throw_error("TypeError", msg);
        if let Some(UnwindKind::Throw(o)) = &self.unwinding {
            o.set_prop(b"previous", Value::Object(previous));
        }
        e
    }

    /// Checks/coerces one argument; builds PHP's TypeError text on mismatch.
    #[allow(clippy::too_many_arguments)]
    pub fn coerce_arg(
        &mut self,
        f: &Function,
        i: usize,
        v: &Value,
        ty: &crate::types::TypeSpec,
        pname: &PhpStr,
        strict: bool,
        internal: bool,
    ) -> Result<Value, Unwind> {
        let v = v.deref();
        use crate::types::bits::{CALLABLE, NULL};
        if ty.bits & CALLABLE != 0 {
            if let Err(u) = self.autoload_callable(&v) {
                return Err(self.wrap_callback_autoload_error(f, i, pname, &v, u));
            }
        }
        // An internal parameter of a callable union (`callable|int`) is parsed by hand in
        // PHP: the value must be callable or exactly one of the other types, no juggling,
        // and a mismatch is a type error rather than an invalid-callback one.
        let callable_union = ty.bits & CALLABLE != 0 && ty.bits & !(CALLABLE | NULL) != 0;
        let strict = strict || (internal && callable_union);
        let callback_error = internal && ty.bits & CALLABLE != 0 && !callable_union;
        match coerce(&v, ty, strict) {
            Coerced::Ok(nv, dep) => {
                if let Some(d) = dep {
                    self.raise(diag::E_DEPRECATED, &d)?;
                }
                Ok(nv)
            }
            Coerced::NeedsToString => {
                if v.as_object()
                    .is_some_and(|o| o.class().magic.to_string.is_some())
                {
                    self.to_str(&v).map(Value::Str)
                } else {
                    Err(self.arg_type_error(f, i, ty, &v, pname, internal))
                }
            }
            Coerced::NeedsClassCheck => {
                if self.value_matches_classes(&v, ty) {
                    Ok(v)
                } else if ty.bits & crate::types::bits::STRING != 0
                    && !strict
                    && v.as_object()
                        .is_some_and(|o| o.class().magic.to_string.is_some())
                {
                    self.to_str(&v).map(Value::Str)
                } else if callback_error {
                    Err(self.callback_error(f, i, ty, &v, pname))
                } else {
                    Err(self.arg_type_error(f, i, ty, &v, pname, internal))
                }
            }
            Coerced::Mismatch if callback_error => Err(self.callback_error(f, i, ty, &v, pname)),
            Coerced::Mismatch => {
                if internal && v.is_null() && !strict && ty.bits & crate::types::bits::NULL == 0 {
                    let scalar = crate::types::bits::BOOL
                        | crate::types::bits::INT
                        | crate::types::bits::FLOAT
                        | crate::types::bits::STRING;
                    if ty.bits & scalar != 0 {
                        let msg = format!(
                            "{}(): Passing null to parameter #{} (${}) of type {} is deprecated",
                            self.display_func_name(f),
                            i + 1,
                            pname,
                            ty
                        );
                        self.raise(diag::E_DEPRECATED, &msg)?;
                        let b = ty.bits;
                        return Ok(if b & crate::types::bits::STRING != 0 {
                            Value::Str(PhpStr::empty())
                        } else if b & crate::types::bits::INT != 0 {
                            Value::Int(0)
                        } else if b & crate::types::bits::FLOAT != 0 {
                            Value::Float(0.0)
                        } else {
                            Value::Bool(false)
                        });
                    }
                }
                Err(self.arg_type_error(f, i, ty, &v, pname, internal))
            }
        }
    }

    fn value_matches_classes(&mut self, v: &Value, ty: &crate::types::TypeSpec) -> bool {
        use crate::types::bits;
        if ty.bits & bits::CALLABLE != 0
            && (self.resolve_callable(v).is_ok() || self.magic_callable(v).is_some())
        {
            return true;
        }
        if let Value::Object(o) = v {
            if ty.bits & bits::ITERABLE != 0 && o.class().instance_of_name(b"traversable") {
                return true;
            }
            if ty.intersection {
                return ty
                    .classes
                    .iter()
                    .all(|c| self.instance_of_named(o, &c.to_ascii_lowercase()));
            }
            for c in &ty.classes {
                let lc = c.to_ascii_lowercase();
                let lc = lc.as_bytes();
                let lc = lc.strip_prefix(b"\\").unwrap_or(lc);
                let target: Vec<u8> = match lc {
                    b"self" | b"static" => self
                        .current_scope()
                        .map_or_else(Vec::new, |c| c.lname.to_vec()),
                    b"parent" => self
                        .current_scope()
                        .and_then(|c| c.parent.clone())
                        .map_or_else(Vec::new, |c| c.lname.to_vec()),
                    other => other.to_vec(),
                };
                if self.instance_of_named(o, &target) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether `o` is an instance of the class, interface or alias (`class_alias`) with the
    /// lower-cased name `lname` (one not loaded cannot be).
    pub(crate) fn instance_of_named(&self, o: &ObjRef, lname: &[u8]) -> bool {
        let lname = lname.strip_prefix(b"\\").unwrap_or(lname);
        o.class().instance_of_name(lname)
            || self.classes.get(lname).is_some_and(|c| {
                c.lname.as_bytes() != lname && o.class().instance_of_name(&c.lname)
            })
    }

    /// PHP's text for a bad `callable` argument of an internal function:
    /// `f(): Argument #1 ($callback) must be a valid callback[ or null], <reason>`.
    fn callback_error(
        &mut self,
        f: &Function,
        i: usize,
        ty: &crate::types::TypeSpec,
        v: &Value,
        pname: &PhpStr,
    ) -> Unwind {
        let reason = match self.resolve_callable(v) {
            Err(r) => r,
            Ok(_) => "no array or string given".to_string(),
        };
        let variadic = f.params.get(i).is_none_or(|p| p.variadic);
        let named = if variadic {
            String::new()
        } else {
            format!(" (${})", pname)
        };
        let msg = format!(
            "{}(): Argument #{}{} must be a valid callback{}, {}",
            self.display_func_name(f),
            i + 1,
            named,
            if ty.allows_null() { " or null" } else { "" },
            reason
        );
        self.throw_error("TypeError", msg)
    }

    fn arg_type_error(
        &mut self,
        f: &Function,
        i: usize,
        ty: &crate::types::TypeSpec,
        v: &Value,
        pname: &PhpStr,
        internal: bool,
    ) -> Unwind {
        // Internal functions explain why a value is not a valid callback.
        if internal && ty.bits == crate::types::bits::CALLABLE && ty.classes.is_empty() {
            if let Err(why) = self.resolve_callable(v) {
                let msg = format!(
                    "{}(): Argument #{} (${}) must be a valid callback, {}",
                    self.display_func_name(f),
                    i + 1,
                    pname,
                    why
                );
                return self.throw_error("TypeError", msg);
            }
        }
        // Variadic arguments are reported by position only, as PHP does.
        let variadic = pname.is_empty() || f.params.get(i).is_none_or(|p| p.variadic);
        let named = if variadic {
            String::new()
        } else {
            format!(" (${})", pname)
        };
        let mut msg = format!(
            "{}(): Argument #{}{} must be of type {}, {} given",
            self.display_func_name(f),
            i + 1,
            named,
            ty,
            v.type_name()
        );
        if !internal {
            let (file, line) = match self.frames.last() {
                Some(fr) => (fr.call_file(), fr.call_line),
                None => (self.file.clone(), self.line),
            };
            msg.push_str(&format!(", called in {} on line {}", file, line));
        }
        self.throw_error("TypeError", msg)
    }

    /// The class scope of the running code.
    pub fn current_scope(&self) -> Option<Rc<Class>> {
        self.frames.last().and_then(|f| f.scope.clone())
    }

    /// Allocates a resource id.
    pub fn next_resource(&mut self) -> i64 {
        let id = self.next_resource_id;
        self.next_resource_id += 1;
        id
    }

    /// Makes a reference to a global variable by name (creating it as `null`).
    pub fn global_ref(&mut self, name: &PhpStr) -> PhpRef {
        if let Some(&slot) = self.global_names.get(name) {
            return self.stack[slot as usize].make_ref();
        }
        self.extra_globals
            .entry(name.clone())
            .or_insert(Value::Undef)
            .make_ref()
    }
}

/// An ini byte size such as `128M`, `1G`, `512K` or `1048576` (PHP's shorthand notation).
pub fn parse_byte_size(text: &str) -> Option<i64> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().last()? {
        (i, c) if c.is_ascii_alphabetic() => (&text[..i], c.to_ascii_lowercase()),
        _ => (text, ' '),
    };
    let n: i64 = digits.trim().parse().ok()?;
    let factor = match unit {
        'k' => 1 << 10,
        'm' => 1 << 20,
        'g' => 1 << 30,
        _ => 1,
    };
    n.checked_mul(factor)
}
