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
                let text = format!("Fatal error: {} in {} on line {}", e.message, file, e.line);
                self.display_diag(&text);
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
                    if let Some(v) = self.extra_globals.remove(&slots.names[i]) {
                        self.stack[i] = v;
                    }
                }
            }
        }
        self.global_slot_names = slots.names;
        self.global_names = slots.map;
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
        let s = {
            let f = self.find_function(b"__phpsock_none");
            let _ = f;
            match self.throwable_string(ex) {
                Ok(s) => s,
                Err(_) => PhpStr::from(ex.class().name.to_string()),
            }
        };
        let file = ex.get_prop(b"file").unwrap_or_default();
        let line = ex.get_prop(b"line").unwrap_or_default().to_int();
        let mut out = b"Fatal error: Uncaught ".to_vec();
        out.extend_from_slice(&s);
        out.extend_from_slice(b"\n  thrown in ");
        out.extend_from_slice(&file.scalar_to_str(14).unwrap_or_default());
        out.extend_from_slice(format!(" on line {}", line).as_bytes());
        if self.error_reporting & crate::diag::E_ERROR != 0 {
            self.display_diag(&String::from_utf8_lossy(&out));
        }
    }

    fn throwable_string(&mut self, ex: &ObjRef) -> Result<PhpStr, Unwind> {
        match ex.class().find_method(b"__tostring").cloned() {
            Some(m) if !m.func.is_native() => match self.call_method(ex, &m, Vec::new())? {
                Value::Str(s) => Ok(s),
                _ => Ok(PhpStr::empty()),
            },
            _ => {
                let f = Rc::new(crate::func::Function {
                    name: PhpStr::from("__toString"),
                    params: Vec::new(),
                    required: 0,
                    ret: None,
                    by_ref_return: false,
                    body: crate::func::FuncBody::Native(|_, _| Ok(Value::Null)),
                    class_name: None,
                    strict: false,
                });
                let mut cx = crate::native::Ctx::new(self, f);
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
        if status == CANCELLED {
            // A cancelled run leaves nothing to run later either.
            self.shutdown_functions.clear();
        }
        if status != -1 && status != CANCELLED {
            let fns = std::mem::take(&mut self.shutdown_functions);
            for (f, args) in fns {
                if self.call_value(&f, args).is_err() {
                    let k = self.take_unwind();
                    status = self.handle_top_unwind(k);
                    break;
                }
            }
        }
        if status >= 0 && self.shutdown_destructors().is_err() {
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
        if status < 0 {
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
    /// error reporting; returns the exit status.
    pub fn run_main(&mut self, src: &[u8], file: &str) -> i32 {
        self.file = PhpStr::from(file);
        let prog = match phpsock_syntax::parse(src) {
            Ok(p) => p,
            Err(e) => {
                let text = format!(
                    "{}: {} in {} on line {}",
                    e.label(),
                    e.message,
                    file,
                    e.line
                );
                self.display_diag(&text);
                self.flush();
                return 255;
            }
        };
        self.compile_warnings(&prog, file);
        if let Some(offset) = prog.halt_offset {
            // Defined for the main script only, as PHP's CLI does.
            self.constants
                .entry(PhpStr::from("__COMPILER_HALT_OFFSET__"))
                .or_insert(Value::Int(i64::from(offset)));
        }
        self.included.push(PhpStr::from(file));
        let unit = match self.compile_global(&prog, file) {
            Ok(u) => u,
            Err(_) => {
                self.flush();
                return 255;
            }
        };
        let r = self.run_unit(&unit);
        self.finish(r)
    }

    /// `include`/`require` (`_once`).
    pub fn include(&mut self, kind: IncludeKind, v: Value) -> ER {
        let path = self.to_str(&v)?;
        let path_s = path.to_string_lossy();
        let resolved = self.resolve_include(&path_s);
        let once = matches!(kind, IncludeKind::IncludeOnce | IncludeKind::RequireOnce);
        let require = matches!(kind, IncludeKind::Require | IncludeKind::RequireOnce);
        let fname = match kind {
            IncludeKind::Include => "include",
            IncludeKind::IncludeOnce => "include_once",
            IncludeKind::Require => "require",
            IncludeKind::RequireOnce => "require_once",
        };
        let src = resolved.as_ref().and_then(|p| std::fs::read(p).ok());
        let (real, src) = match (resolved, src) {
            (Some(p), Some(s)) => (p, s),
            _ => {
                self.raise(
                    crate::diag::E_WARNING,
                    &format!(
                        "{}({}): Failed to open stream: No such file or directory",
                        fname, path_s
                    ),
                )?;
                let inc_path = self
                    .ini_get("include_path")
                    .map_or_else(String::new, |p| p.to_string_lossy());
                let msg = format!(
                    "{}(): Failed opening '{}' for inclusion (include_path='{}')",
                    fname, path_s, inc_path
                );
                if require {
                    return Err(self.fatal(
                        &format!("Uncaught Error: {}", msg).replace("Uncaught Error: ", ""),
                    ));
                }
                self.raise(crate::diag::E_WARNING, &msg)?;
                return Ok(Value::Bool(false));
            }
        };
        let real_s = PhpStr::from(real.clone());
        if once && self.included.contains(&real_s) {
            return Ok(Value::Bool(true));
        }
        self.included.push(real_s);
        let prog = match phpsock_syntax::parse(&src) {
            Ok(p) => p,
            Err(e) => {
                let text = format!(
                    "{}: {} in {} on line {}",
                    e.label(),
                    e.message,
                    real,
                    e.line
                );
                self.display_diag(&text);
                return Err(self.unwind(crate::vm::UnwindKind::Fatal));
            }
        };
        self.compile_warnings(&prog, &real);
        self.run_code_unit(&prog, &real)
    }

    fn run_code_unit(&mut self, prog: &phpsock_syntax::ast::Program, file: &str) -> ER {
        if self.frames.is_empty() {
            let unit = self.compile_global(prog, file)?;
            let saved_line = self.line;
            let r = self.run_unit(&unit);
            self.line = saved_line;
            return r;
        }
        // Inside a function: run the file's top level in a scope of its own.
        let mut slots = GlobalSlots::default();
        let unit = match Compiler::new(&prog.lines, file, &mut slots).compile_program(prog) {
            Ok(u) => u,
            Err(e) => {
                let text = format!(
                    "\nFatal error: {} in {} on line {}\n",
                    e.message, file, e.line
                );
                self.echo(text.as_bytes());
                return Err(self.unwind(crate::vm::UnwindKind::Fatal));
            }
        };
        self.hoist(&unit)?;
        let _ = slots;
        let f = Rc::new(crate::func::Function {
            name: PhpStr::from("include"),
            params: Vec::new(),
            required: 0,
            ret: None,
            by_ref_return: false,
            body: crate::func::FuncBody::User(unit.main.clone()),
            class_name: None,
            strict: unit.main.strict,
        });
        let callee = crate::calls::Callee {
            func: f,
            this: self.frames.last().and_then(|f| f.this.clone()),
            scope: self.current_scope(),
            static_class: self.frames.last().and_then(|f| f.static_class.clone()),
            captured: Vec::new(),
        };
        let saved_line = self.line;
        let r = self.call_user(&callee, Vec::new());
        self.line = saved_line;
        r.map(|v| if v.is_null() { Value::Int(1) } else { v })
    }

    fn resolve_include(&self, path: &str) -> Option<String> {
        let p = std::path::Path::new(path);
        if p.is_absolute() {
            return p.exists().then(|| path.to_string());
        }
        let cur_dir = std::path::Path::new(&*self.file.to_string_lossy())
            .parent()
            .map(|d| d.to_path_buf())
            .unwrap_or_default();
        let candidates = [std::path::PathBuf::from(path), cur_dir.join(path)];
        for c in candidates {
            if c.exists() {
                let abs = std::fs::canonicalize(&c).unwrap_or(c);
                return Some(abs.to_string_lossy().into_owned());
            }
        }
        None
    }

    /// Reports a parsed file's compile-time warnings and deprecations (before it runs).
    pub(crate) fn compile_warnings(&mut self, prog: &phpsock_syntax::ast::Program, file: &str) {
        for w in &prog.warnings {
            let level = if w.deprecated {
                crate::diag::E_DEPRECATED
            } else {
                crate::diag::E_COMPILE_WARNING
            };
            if self.error_reporting & level != 0 {
                let text = format!(
                    "{}: {} in {} on line {}",
                    w.label(),
                    w.message,
                    file,
                    w.line
                );
                self.display_diag(&text);
            }
        }
    }

    /// `eval($code)`.
    pub fn eval_code(&mut self, v: Value) -> ER {
        let code = self.to_str(&v)?;
        let mut src = b"<?php ".to_vec();
        src.extend_from_slice(&code);
        let name = format!("{}({}) : eval()'d code", self.file, self.line);
        let prog = match phpsock_syntax::parse(&src) {
            Ok(p) => p,
            Err(e) => {
                return Err(self.throw_error("ParseError", e.message));
            }
        };
        self.run_code_unit(&prog, &name)
    }
}

/// Status marking a cancelled run: no shutdown functions or destructors run; exit 255.
const CANCELLED: i32 = i32::MIN;
