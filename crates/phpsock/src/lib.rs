//! The embedding facade: [`Engine`] runs PHP scripts.
//!
//! ```no_run
//! let mut e = phpsock::Engine::new();
//! e.set_ini("precision", "10");
//! let status = e.run_code(b"echo 1 + 2, PHP_EOL;", "Command line code");
//! assert_eq!(status, 0);
//! ```

pub use phpsock_eval::Interactive;
use phpsock_eval::{Module, PhpArray, PhpStr, Value, Vm};
use std::io::Write;
use std::path::Path;

pub use phpsock_builtins as builtins;
pub use phpsock_eval as eval;

/// A PHP interpreter instance. State (variables, functions, classes) persists between runs.
pub struct Engine {
    vm: Vm,
    argv: Vec<String>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    /// A fresh engine with PHP's built-in defaults (`php -n`), writing to stdout, with every
    /// module loaded.
    pub fn new() -> Engine {
        Engine::with_output(Box::new(std::io::stdout()))
    }

    /// An engine writing its output to `out`.
    pub fn with_output(out: Box<dyn Write>) -> Engine {
        let mut vm = Vm::new(out);
        vm.register_module(phpsock_eval::examples::examples_module());
        for m in phpsock_builtins::modules() {
            vm.register_module(m);
        }
        Engine {
            vm,
            argv: Vec::new(),
        }
    }

    /// Registers (or replaces the functions of) a module of builtins.
    pub fn register_module(&mut self, m: Module) {
        self.vm.register_module(m);
    }

    /// The runtime, for hosts that need more than this facade.
    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Sets an ini directive, as `-d key=value` does.
    pub fn set_ini(&mut self, key: &str, value: &str) {
        self.vm.ini_set(key, PhpStr::from(value));
    }

    /// Sets `$argv` (the first element is the script name as given).
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.argv = argv;
    }

    /// Sets `$argv`, `$argc` and the superglobals (`$_SERVER`, `$_ENV`, empty `$_GET`…).
    /// `script` is the script's name as given; `filename` its path (`""` for code given
    /// with `-r` or on standard input).
    fn install_argv(&mut self, script: &str, filename: &str) {
        let argv = if self.argv.is_empty() {
            vec![script.to_string()]
        } else {
            self.argv.clone()
        };
        use phpsock_builtins::standard::env::info as env;
        let server = env::server_array(script, filename, &argv);
        self.vm
            .set_var_by_name(&PhpStr::from("_SERVER"), Value::from(server));
        // `variables_order` is "EGPCS" without a php.ini: `$_ENV` is filled.
        self.vm
            .set_var_by_name(&PhpStr::from("_ENV"), Value::from(env::env_array()));
        for name in ["_GET", "_POST", "_COOKIE", "_FILES", "_REQUEST"] {
            self.vm
                .set_var_by_name(&PhpStr::from(name), Value::empty_array());
        }
        let arr = PhpArray::from_values(argv.iter().map(|a| Value::from(a.as_str())).collect());
        let argc = arr.len() as i64;
        self.vm.argv = argv;
        self.vm
            .set_var_by_name(&PhpStr::from("argv"), Value::from(arr));
        self.vm
            .set_var_by_name(&PhpStr::from("argc"), Value::Int(argc));
    }

    /// Runs a script file, writing its output to stdout; returns the process exit status PHP
    /// would have (0, 255 for fatal and parse errors, or the `exit()` status).
    pub fn run_file(&mut self, path: &Path) -> i32 {
        let name = path.to_string_lossy().into_owned();
        let src = match std::fs::read(path) {
            Ok(s) => s,
            Err(_) => {
                println!("Could not open input file: {}", name);
                return 1;
            }
        };
        self.install_argv(&name, &name);
        self.vm.run_main(&src, &name)
    }

    /// Runs code given without `<?php` (as `php -r` does); `name` is the file name shown in
    /// messages (`Command line code`).
    pub fn run_code(&mut self, code: &[u8], name: &str) -> i32 {
        let mut src = b"<?php ".to_vec();
        src.extend_from_slice(code);
        self.install_argv("Standard input code", "");
        self.vm.run_main(&src, name)
    }

    /// Prepares the engine for an interactive session: `$argv` as `php -a` sets it.
    pub fn start_interactive(&mut self) {
        self.install_argv("Standard input code", "");
    }

    /// Runs one piece of interactive input (see [`Interactive`]): state persists between
    /// calls, incomplete input is reported as such, and a lone expression gives its value.
    pub fn run_interactive(&mut self, code: &[u8]) -> Interactive {
        self.vm.run_interactive(code)
    }

    /// `var_dump`'s text for a value, as the REPL shows results.
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
}
