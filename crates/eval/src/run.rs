//! Running whole scripts: parse and compile errors, hoisting, the global scope, uncaught
//! exceptions, shutdown functions and destructors, exit status; `include` and `eval`.

use crate::compile::{Compiler, GlobalSlots, Unit};
use crate::interp::{Ctl, ER};
use crate::object::ObjRef;
use crate::string::PhpStr;
use crate::value::Value;
use crate::vm::{Unwind, Vm};
use phpsock_syntax::ast::IncludeKind;
use std::rc::Rc;

/// Why [`Vm::run_source`] stopped before the end of the code.
#[derive(Debug)]
pub enum SourceFailure {
    /// The source does not parse (already reported).
    Parse(phpsock_syntax::ParseError),
    /// It does not compile (already reported as a fatal error).
    Compile,
    /// It is unwinding: `exit`, an uncaught exception or a fatal error ([`Vm::take_unwind`]
    /// says which; [`Vm::finish`] ends the script as PHP does).
    Unwind(Unwind),
}

impl Vm {
    fn global_slots(&self) -> GlobalSlots {
        GlobalSlots {
            names: self.global_slot_names.clone(),
            map: self.global_names.clone(),
        }
    }

    /// Compiles a parsed program whose top level runs in the global scope.
    pub fn compile_global(
        &mut self,
        prog: &phpsock_syntax::ast::Program,
        file: &str,
    ) -> Result<Unit, Unwind> {
        let mut slots = self.global_slots();
        let unit = Compiler::new(&prog.lines, file, &mut slots).compile_program(prog);
        match unit {
            Ok(u) => {
                self.install_globals(slots);
                Ok(u)
            }
            Err(e) => {
                self.report_diag(crate::diag::E_COMPILE_ERROR, &e.message, file, e.line);
                Err(self.unwind(crate::vm::UnwindKind::Fatal))
            }
        }
    }

    fn install_globals(&mut self, slots: GlobalSlots) {
        let old = self.global_slot_names.len();
        let new = slots.names.len();
        if new > old {
            // Global slots sit at the bottom of the stack; only grow while no call is active.
            if self.frames.is_empty() && self.stack.len() == old {
                self.stack.resize(new, Value::Undef);
                for i in old..new {
                    if let Some(v) = self.extra_globals.shift_remove(&slots.names[i]) {
                        self.stack[i] = v;
                    }
                }
            }
        }
        self.global_slot_names = slots.names;
        self.global_names = slots.map;
    }

    /// Sets a global variable before any code runs, giving it the next global slot (so
    /// `get_defined_vars()`/`$GLOBALS` list it in the order the host defined them).
    pub fn define_global(&mut self, name: &str, v: Value) {
        let name = PhpStr::from(name);
        let fresh = !self.global_names.contains_key(&name)
            && self.frames.is_empty()
            && self.stack.len() == self.global_slot_names.len();
        if fresh {
            self.global_names
                .insert(name.clone(), self.global_slot_names.len() as u32);
            self.global_slot_names.push(name);
            self.stack.push(v);
        } else {
            self.set_var_by_name(&name, v);
        }
    }

    /// Declares a unit's hoisted functions and the classes that can be declared early.
    pub fn hoist(&mut self, unit: &Unit) -> Result<(), Unwind> {
        for f in &unit.functions {
            self.declare_function(f)?;
        }
        for c in &unit.classes {
            let ready = c
                .parent
                .as_ref()
                .is_none_or(|p| self.find_class(&p.lname).is_some())
                && c.interfaces
                    .iter()
                    .all(|i| self.find_class(&i.lname).is_some())
                && c.traits.iter().all(|t| self.find_class(&t.lname).is_some());
            if ready && self.find_class(&c.name).is_none() {
                self.declare_class(c)?;
            }
        }
        Ok(())
    }

    /// Runs compiled top-level code in the global scope.
    pub fn run_unit(&mut self, unit: &Unit) -> Result<Value, Unwind> {
        self.hoist(unit)?;
        let saved_main = self.main_code.replace(unit.main.clone());
        let saved_strict = self.strict;
        self.strict = unit.main.strict;
        let saved_file = std::mem::replace(&mut self.file, unit.main.file.clone());
        let r = self.exec_block(&unit.main.body);
        self.file = saved_file;
        self.strict = saved_strict;
        self.main_code = saved_main;
        match r? {
            Ctl::Return => Ok(std::mem::take(&mut self.retval)),
            _ => Ok(Value::Int(1)),
        }
    }

    /// Prints an uncaught exception as PHP does and returns the fatal unwind.
    pub fn report_uncaught(&mut self, ex: &ObjRef) {
        let s = match self.throwable_string(ex) {
            Ok(s) => s,
            Err(_) => PhpStr::from(ex.class().name.to_string()),
        };
        let file = ex.get_prop(b"file").unwrap_or_default();
        let line = ex.get_prop(b"line").unwrap_or_default().to_int();
        if ex.class().lname.as_bytes() == b"parseerror" {
            // An uncaught syntax error prints as PHP's parse error, without a trace.
            let msg = ex.get_prop(b"message").unwrap_or_default();
            if self.error_reporting & crate::diag::E_PARSE != 0 {
                self.report_diag(
                    crate::diag::E_PARSE,
                    &msg.scalar_to_str(14).unwrap_or_default().to_string_lossy(),
                    &file.scalar_to_str(14).unwrap_or_default().to_string_lossy(),
                    line as u32,
                );
            }
            return;
        }
        let mut msg = b"Uncaught ".to_vec();
        msg.extend_from_slice(&s);
        msg.extend_from_slice(b"\n  thrown");
        let file = file.scalar_to_str(14).unwrap_or_default();
        if self.error_reporting & crate::diag::E_ERROR != 0 {
            self.report_diag(
                crate::diag::E_ERROR,
                &String::from_utf8_lossy(&msg),
                &file.to_string_lossy(),
                line as u32,
            );
        }
    }

    fn throwable_string(&mut self, ex: &ObjRef) -> Result<PhpStr, Unwind> {
        match ex.class().find_method(b"__tostring").cloned() {
            Some(m) if !m.func.is_native() => match self.call_method(ex, &m, Vec::new())? {
                Value::Str(s) => Ok(s),
                _ => Ok(PhpStr::empty()),
            },
            _ => {
                let f = Rc::new(pseudo_function("__toString"));
                let mut cx = crate::native::Ctx::new(self, &f);
                crate::core::throwable_to_string(&mut cx, ex)
            }
        }
    }

    /// Handles the outcome of running top-level code: uncaught exceptions (user handler or
    /// the fatal message), then shutdown functions and destructors. Returns the exit status.
    pub fn finish(&mut self, r: Result<Value, Unwind>) -> i32 {
        let mut status = match r {
            Ok(_) => 0,
            Err(_) => {
                let k = self.take_unwind();
                self.handle_top_unwind(k)
            }
        };
        self.at_shutdown = true;
        if status == CANCELLED {
            // A cancelled run leaves nothing to run later either.
            self.shutdown_functions.clear();
        } else {
            let fns = std::mem::take(&mut self.shutdown_functions);
            for (f, args) in fns {
                if self.call_value(&f, args).is_err() {
                    let k = self.take_unwind();
                    status = self.handle_top_unwind(k);
                    break;
                }
            }
        }
        if status != CANCELLED && self.shutdown_destructors().is_err() {
            let k = self.take_unwind();
            let s = self.handle_top_unwind(k);
            if s != 0 {
                status = s;
            }
        }
        if self.ob_end_all().is_err() {
            let k = self.take_unwind();
            let s = self.handle_top_unwind(k);
            if s != 0 {
                status = s;
            }
        }
        self.flush();
        if status == CANCELLED {
            255
        } else {
            status
        }
    }

    fn handle_top_unwind(&mut self, e: crate::vm::UnwindKind) -> i32 {
        use crate::vm::UnwindKind;
        match e {
            UnwindKind::Exit(c) => c,
            UnwindKind::Fatal | UnwindKind::Destroy => 255,
            // Nothing more runs after a cancel (see `finish`).
            UnwindKind::Interrupted => CANCELLED,
            UnwindKind::Throw(ex) => {
                if let Some(h) = self.exception_handler.take() {
                    match self.call_value(&h, vec![Value::Object(ex)]) {
                        // A handled exception ends the script normally.
                        Ok(_) => 0,
                        Err(_) => match self.take_unwind() {
                            UnwindKind::Throw(ex2) => {
                                self.report_uncaught(&ex2);
                                255
                            }
                            UnwindKind::Exit(c) => c,
                            UnwindKind::Fatal | UnwindKind::Destroy => 255,
                            UnwindKind::Interrupted => CANCELLED,
                        },
                    }
                } else {
                    self.report_uncaught(&ex);
                    255
                }
            }
        }
    }

    /// Destroys globals holding the last reference to objects (in reverse order), then runs
    /// the remaining destructors in creation order.
    pub fn shutdown_destructors(&mut self) -> Result<(), Unwind> {
        self.run_pending_destructors()?;
        loop {
            let mut changed = false;
            let n = self.global_slot_names.len().min(self.stack.len());
            for i in (0..n).rev() {
                let last_ref = matches!(&self.stack[i], Value::Object(o) if o.class().magic.destruct.is_some() && !o.destructed() && o.strong_count() == 1);
                if last_ref {
                    self.stack[i] = Value::Undef;
                    changed = true;
                    self.run_pending_destructors()?;
                }
            }
            if !changed {
                break;
            }
        }
        for o in self.objects.live_with_destructors() {
            if !o.destructed() {
                o.set_destructed();
                if let Some(m) = o.class().magic.destruct.clone() {
                    self.call_method(&o, &m, Vec::new())?;
                }
            }
        }
        Ok(())
    }

    /// Parses, compiles and runs a script file's source in the global scope, with PHP's
    /// error reporting, then the end of the script ([`Vm::finish`]); returns the exit status.
    pub fn run_main(&mut self, src: &[u8], file: &str) -> i32 {
        match self.run_source(src, file, true) {
            Ok(v) => self.finish(Ok(v)),
            Err(SourceFailure::Unwind(u)) => self.finish(Err(u)),
            Err(SourceFailure::Parse(_) | SourceFailure::Compile) => 255,
        }
    }

    /// Parses, compiles and runs source (a whole file's text) in the global scope, without
    /// the end-of-script sequence, so the runtime keeps its state for more code (an
    /// embedding host calls [`Vm::finish`] when it is done). `main` marks the main script
    /// (`__COMPILER_HALT_OFFSET__`, `get_included_files`). Returns the value of a top-level
    /// `return` (`null` without one). Parse and compile errors have been reported (and the
    /// output flushed) when they are returned.
    pub fn run_source(
        &mut self,
        src: &[u8],
        file: &str,
        main: bool,
    ) -> Result<Value, SourceFailure> {
        // PHP names the main script file by its full path in messages and `__FILE__`.
        let full = std::fs::canonicalize(file)
            .ok()
            .filter(|_| main && std::path::Path::new(file).is_file())
            .map(|p| p.to_string_lossy().into_owned());
        let file = full.as_deref().unwrap_or(file);
        self.file = PhpStr::from(file);
        let prog = match phpsock_syntax::parse(src) {
            Ok(p) => p,
            Err(e) => {
                self.report_parse_error(&e, file);
                self.flush();
                return Err(SourceFailure::Parse(e));
            }
        };
        self.compile_warnings(&prog, file);
        if main {
            if let Some(offset) = prog.halt_offset {
                // Defined for the main script only, as PHP's CLI does.
                self.constants
                    .entry(PhpStr::from("__COMPILER_HALT_OFFSET__"))
                    .or_insert(Value::Int(i64::from(offset)));
            }
            let name = PhpStr::from(file);
            if !self.included.contains(&name) {
                self.included.push(name);
            }
        }
        let has_return = prog
            .stmts
            .iter()
            .any(|s| matches!(s.kind, phpsock_syntax::ast::StmtKind::Return(_)));
        let unit = match self.compile_global(&prog, file) {
            Ok(u) => u,
            Err(_) => {
                let _ = self.take_unwind();
                self.flush();
                return Err(SourceFailure::Compile);
            }
        };
        match self.run_unit(&unit) {
            Ok(v) => Ok(if has_return { v } else { Value::Null }),
            Err(u) => Err(SourceFailure::Unwind(u)),
        }
    }

    /// `include`/`require` (`_once`): runs the file in the current scope and returns its
    /// `return` value (1 without one).
    pub fn include(&mut self, kind: IncludeKind, v: Value) -> ER {
        let path = self.to_str(&v)?;
        let path_s = path.to_string_lossy();
        let once = matches!(kind, IncludeKind::IncludeOnce | IncludeKind::RequireOnce);
        let require = matches!(kind, IncludeKind::Require | IncludeKind::RequireOnce);
        let fname = match kind {
            IncludeKind::Include => "include",
            IncludeKind::IncludeOnce => "include_once",
            IncludeKind::Require => "require",
            IncludeKind::RequireOnce => "require_once",
        };
        let resolved = if path.is_empty() || path.contains(&0) {
            None
        } else {
            self.resolve_include(&path_s)
        };
        let src = resolved.as_ref().and_then(|p| std::fs::read(p).ok());
        let (real, src) = match (resolved, src) {
            (Some(p), Some(s)) => (p, s),
            _ => return self.include_failed(fname, &path, require),
        };
        let real_s = PhpStr::from(real.clone());
        if self.included.contains(&real_s) {
            if once {
                return Ok(Value::Bool(true));
            }
        } else {
            self.included.push(real_s.clone());
        }
        let prog = match phpsock_syntax::parse(&src) {
            Ok(p) => p,
            Err(e) => return Err(self.code_parse_error(&e, &real)),
        };
        self.compile_warnings(&prog, &real);
        self.run_code_unit(&prog, &real, fname, Some(Value::Str(real_s)))
    }

    /// `include_once` of `path` when it names an existing file (directly or through
    /// `include_path`); `Ok(false)`, without a warning, when there is no such file.
    pub fn include_once_if_exists(&mut self, path: &str) -> Result<bool, Unwind> {
        if path.contains('\0') || self.resolve_include(path).is_none() {
            return Ok(false);
        }
        self.include(IncludeKind::IncludeOnce, Value::Str(PhpStr::from(path)))?;
        Ok(true)
    }

    /// A syntax error in included or `eval`'d code: a `ParseError` thrown with the code's
    /// file and line (other compile errors are fatal).
    fn code_parse_error(&mut self, e: &phpsock_syntax::ParseError, file: &str) -> Unwind {
        if e.kind != phpsock_syntax::ParseErrorKind::Parse {
            self.report_parse_error(e, file);
            return self.unwind(crate::vm::UnwindKind::Fatal);
        }
        let saved_file = std::mem::replace(&mut self.file, PhpStr::from(file));
        let saved_line = std::mem::replace(&mut self.line, e.line);
        let u = self.throw_error("ParseError", e.message.clone());
        self.file = saved_file;
        self.line = saved_line;
        u
    }

    /// The warnings (and for `require` the `Error`) of a file that cannot be opened.
    fn include_failed(&mut self, fname: &str, path: &PhpStr, require: bool) -> ER {
        if path.is_empty() {
            return Err(self.throw_error("ValueError", "Path cannot be empty".to_string()));
        }
        // PHP stops at a NUL byte and reports the path up to it without trying to open it.
        let nul = path.iter().position(|&b| b == 0);
        let shown = PhpStr::new(&path[..nul.unwrap_or(path.len())]).to_string_lossy();
        if nul.is_none() {
            let why = if std::path::Path::new(&shown).is_dir() {
                "Inappropriate ioctl for device"
            } else {
                "No such file or directory"
            };
            self.raise(
                crate::diag::E_WARNING,
                &format!("{}({}): Failed to open stream: {}", fname, shown, why),
            )?;
        }
        let inc_path = self
            .ini_get("include_path")
            .map_or_else(String::new, |p| p.to_string_lossy());
        if require {
            let msg = format!(
                "Failed opening required '{}' (include_path='{}')",
                shown, inc_path
            );
            return Err(self.throw_error("Error", msg));
        }
        let msg = format!(
            "{}(): Failed opening '{}' for inclusion (include_path='{}')",
            fname, shown, inc_path
        );
        self.raise(crate::diag::E_WARNING, &msg)?;
        Ok(Value::Bool(false))
    }

    /// Runs an included file or `eval`'d code: in the global scope at top level, else in the
    /// scope of the function that included it. `shown` is the pseudo-function stack traces
    /// show (`include`, `eval`, …) with its argument.
    fn run_code_unit(
        &mut self,
        prog: &phpsock_syntax::ast::Program,
        file: &str,
        shown: &str,
        arg: Option<Value>,
    ) -> ER {
        let kind = if arg.is_some() {
            crate::vm::MarkKind::Include
        } else {
            crate::vm::MarkKind::Eval
        };
        if self.frames.is_empty() {
            let unit = self.compile_global(prog, file)?;
            let saved_line = self.line;
            self.trace_marks.push(crate::vm::TraceMark {
                depth: 0,
                kind,
                func: Rc::new(pseudo_function(shown)),
                this: None,
                call_file: self.file.clone(),
                call_line: self.line,
                args: Rc::new(arg.into_iter().collect()),
                shown: usize::MAX,
            });
            let r = self.run_unit(&unit);
            self.trace_marks.pop();
            self.line = saved_line;
            return r;
        }
        self.run_in_caller_scope(prog, file, shown, arg)
    }

    /// Runs code in the calling function's scope: the code is compiled with the caller's
    /// variable names as its first slots, gets its own frame (which traces show as
    /// `include('…')`/`eval()`), takes the caller's variables for the time it runs and hands
    /// them back afterwards, with any new ones, whatever way it ends.
    fn run_in_caller_scope(
        &mut self,
        prog: &phpsock_syntax::ast::Program,
        file: &str,
        shown: &str,
        arg: Option<Value>,
    ) -> ER {
        let Some(caller) = self.frames.last() else {
            return Ok(Value::Null);
        };
        let (cbase, ccode) = (caller.base, caller.code().cloned());
        let mut slots = match &ccode {
            Some(c) => GlobalSlots {
                names: c.slot_names.clone(),
                map: c.slot_map.clone(),
            },
            None => GlobalSlots::default(),
        };
        let nshared = slots.names.len();
        let unit = match Compiler::new(&prog.lines, file, &mut slots).compile_program(prog) {
            Ok(u) => u,
            Err(e) => {
                self.report_diag(crate::diag::E_COMPILE_ERROR, &e.message, file, e.line);
                return Err(self.unwind(crate::vm::UnwindKind::Fatal));
            }
        };
        self.hoist(&unit)?;
        if crate::stack_guard::nearly_full() {
            return Err(self.recursion_exhausted());
        }
        let code = unit.main.clone();
        // Share the caller's variables: each defined one becomes a reference both frames
        // hold (PHP binds included code to the function's symbol table the same way).
        let base = self.stack.len();
        let mut bound: Vec<Option<crate::value::PhpRef>> = Vec::with_capacity(nshared);
        for i in 0..nshared {
            let r = match self.stack.get_mut(cbase + i) {
                Some(Value::Ref(r)) => Some(r.clone()),
                Some(Value::Undef) | None => None,
                Some(v) => {
                    let r = crate::value::PhpRef::new(std::mem::take(v));
                    *v = Value::Ref(r.clone());
                    Some(r)
                }
            };
            self.stack.push(r.clone().map_or(Value::Undef, Value::Ref));
            bound.push(r);
        }
        self.stack.resize(base + code.nslots as usize, Value::Undef);
        let caller = self.frames.last_mut();
        let extra_vars = caller.and_then(|c| c.take_extra_vars());
        let (this, scope, static_class) = match self.frames.last() {
            Some(c) => (c.this.clone(), c.scope.clone(), c.static_class.clone()),
            None => (None, None, None),
        };
        let args: Vec<Value> = arg.into_iter().collect();
        let mut func = pseudo_function(shown);
        func.strict = code.strict;
        // The frame's code is the included code.
        func.body = crate::func::FuncBody::User(code.clone());
        self.frames.push(crate::vm::Frame {
            func: Rc::new(func),
            base,
            this,
            scope,
            static_class,
            call_line: self.line,
            nargs: args.len() as u32,
            call_file: Some(self.file.clone()),
            rare: crate::vm::FrameRare::new(args, extra_vars),
        });
        let saved_base = std::mem::replace(&mut self.base, base);
        let saved_file = std::mem::replace(&mut self.file, code.file.clone());
        let saved_line = self.line;
        let saved_strict = std::mem::replace(&mut self.strict, code.strict);
        let saved_main = self.main_code.replace(code.clone());
        self.depth += 1;
        let r = match self.exec_block(&code.body) {
            Ok(Ctl::Return) => Ok(std::mem::take(&mut self.retval)),
            Ok(_) => Ok(Value::Int(1)),
            Err(e) => Err(e),
        };
        self.depth -= 1;
        self.main_code = saved_main;
        self.strict = saved_strict;
        self.line = saved_line;
        self.file = saved_file;
        self.base = saved_base;
        // Hand the variables back: shared slots in place, new ones by name.
        let frame = self.frames.pop();
        let mut extra = frame.and_then(|mut f| f.take_extra_vars());
        for (i, was) in bound.into_iter().enumerate() {
            let v = self
                .stack
                .get_mut(base + i)
                .map(std::mem::take)
                .unwrap_or(Value::Undef);
            let Some(slot) = self.stack.get_mut(cbase + i) else {
                continue;
            };
            match (v, was) {
                // Still the shared reference: drop it again if nothing else holds it.
                (Value::Ref(r), Some(w)) if r.ptr_eq(&w) => {
                    drop(w);
                    if r.holders() == 2 {
                        *slot = r.take();
                    }
                }
                (v, _) => *slot = v,
            }
        }
        for i in nshared..code.nslots as usize {
            let v = self
                .stack
                .get_mut(base + i)
                .map(std::mem::take)
                .unwrap_or(Value::Undef);
            if !v.is_undef() {
                if let Some(name) = code.slot_names.get(i) {
                    extra
                        .get_or_insert_with(Default::default)
                        .insert(name.clone(), v);
                }
            }
        }
        self.stack.truncate(base);
        if let Some(c) = self.frames.last_mut() {
            if extra.is_some() {
                *c.extra_vars_mut() = extra;
            }
        }
        r
    }

    /// Finds an included file as PHP does: absolute paths and `./`/`../` paths as they are
    /// (relative to the working directory), other relative paths through `include_path`
    /// (`.` is the working directory) and then the including file's directory. Returns the
    /// canonical path of a regular file.
    fn resolve_include(&self, path: &str) -> Option<String> {
        use std::path::{Path, PathBuf};
        let p = Path::new(path);
        let explicit = p.is_absolute() || path.starts_with("./") || path.starts_with("../");
        let mut candidates: Vec<PathBuf> = Vec::new();
        if explicit {
            candidates.push(p.to_path_buf());
        } else {
            let inc = self
                .ini_get("include_path")
                .map_or_else(|| ".".to_string(), |p| p.to_string_lossy());
            for dir in inc.split(':').filter(|d| !d.is_empty()) {
                candidates.push(Path::new(dir).join(path));
            }
            if let Some(d) = Path::new(&*self.file.to_string_lossy()).parent() {
                candidates.push(d.join(path));
            }
        }
        candidates.into_iter().find(|c| c.is_file()).map(|c| {
            std::fs::canonicalize(&c)
                .unwrap_or(c)
                .to_string_lossy()
                .into_owned()
        })
    }

    /// Reports a parsed file's compile-time warnings and deprecations (before it runs).
    pub fn compile_warnings(&mut self, prog: &phpsock_syntax::ast::Program, file: &str) {
        for w in &prog.warnings {
            let level = if w.deprecated {
                crate::diag::E_DEPRECATED
            } else {
                crate::diag::E_COMPILE_WARNING
            };
            if self.error_reporting & level != 0 {
                self.report_diag(level, &w.message, file, w.line);
            }
        }
    }

    /// Reports a parse error (`Parse error: …`, or `Fatal error: …` for errors found while
    /// parsing) in `file`.
    pub fn report_parse_error(&mut self, e: &phpsock_syntax::ParseError, file: &str) {
        let level = match e.kind {
            phpsock_syntax::ParseErrorKind::Parse => crate::diag::E_PARSE,
            phpsock_syntax::ParseErrorKind::Fatal => crate::diag::E_COMPILE_ERROR,
        };
        self.report_diag(level, &e.message, file, e.line);
    }

    /// `eval($code)`.
    pub fn eval_code(&mut self, v: Value) -> ER {
        let code = self.to_str(&v)?;
        let mut src = b"<?php ".to_vec();
        src.extend_from_slice(&code);
        let name = format!("{}({}) : eval()'d code", self.file, self.line);
        let prog = match phpsock_syntax::parse(&src) {
            Ok(p) => p,
            Err(e) => return Err(self.code_parse_error(&e, &name)),
        };
        self.run_code_unit(&prog, &name, "eval", None)
    }
}

/// The function a frame of included or `eval`'d code runs as (named as traces show it).
fn pseudo_function(name: &str) -> crate::func::Function {
    crate::func::Function {
        name: PhpStr::from(name),
        params: Vec::new(),
        required: 0,
        ret: None,
        by_ref_return: false,
        body: crate::func::FuncBody::Native(|_, _| Ok(Value::Null)),
        class_name: None,
        strict: false,
        traits: Default::default(),
        defaults: None,
    }
}

/// Status marking a cancelled run: no shutdown functions or destructors run; exit 255.
const CANCELLED: i32 = i32::MIN;
