//! `$argv`, `$argc`, `$_SERVER`, `$_ENV` and the other superglobals a script starts with.

use crate::engine::Engine;
use phpsock_eval::{PhpArray, PhpStr, Value, Vm};

impl Engine {
    /// Sets `$argv`, `$argc` and the superglobals (`$_SERVER`, `$_ENV`, empty `$_GET`…).
    /// `script` is the script's name as given; `filename` its path (`""` for code).
    pub(crate) fn install_argv(&mut self, script: &str, filename: &str) {
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
        // PHP's order (as `get_defined_vars()`/`$GLOBALS` list them): the request arrays,
        // `$argv`, `$argc`, then `$_SERVER`.
        for name in ["_GET", "_POST", "_COOKIE", "_FILES"] {
            self.vm.define_global(name, Value::empty_array());
        }
        let arr = PhpArray::from_values(argv.iter().map(|a| Value::from(a.as_str())).collect());
        let argc = arr.len() as i64;
        self.vm.argv = argv;
        self.vm.define_global("argv", Value::from(arr));
        self.vm.define_global("argc", Value::Int(argc));
        self.vm.define_global("_SERVER", Value::from(server));
        // `variables_order` is "EGPCS" without a php.ini: `$_ENV` is filled. Like PHP's
        // just-in-time globals, these two get a slot only once code names them.
        let set = |vm: &mut Vm, name: &str, v: Value| vm.set_var_by_name(&PhpStr::from(name), v);
        set(&mut self.vm, "_ENV", Value::from(environment));
        set(&mut self.vm, "_REQUEST", Value::empty_array());
    }
}
