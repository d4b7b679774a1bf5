//! [`EngineBuilder`]: everything about an [`Engine`] that is decided before it runs code.

use crate::engine::{Engine, SharedBuf};
use crate::groups::Group;
use phpsock_builtins::policy::NetPolicy;
use phpsock_eval::diag::Diagnostic;
use std::io::Write;
use std::time::Duration;

/// A host's diagnostics callback.
pub(crate) type DiagnosticFn = Box<dyn FnMut(&Diagnostic)>;

/// Where script output goes.
pub(crate) enum OutputChoice {
    /// The process's standard output.
    Stdout,
    /// A host-supplied writer.
    Writer(Box<dyn Write>),
    /// An in-memory buffer read with [`Engine::take_output`].
    Capture,
}

/// Configures an [`Engine`]; made by [`Engine::builder`], finished by
/// [`EngineBuilder::build`]. Every setting has PHP's `php -n` default: output on standard
/// output, diagnostics displayed there too, every builtin group on, no network policy, no
/// limits beyond PHP's defaults.
///
/// ```
/// use phpsock::{Engine, Group, NetPolicy};
/// use std::time::Duration;
///
/// let mut engine = Engine::builder()
///     .capture_output()
///     .groups(Group::PURE)
///     .network_policy(NetPolicy::deny_all())
///     .max_execution_time(Duration::from_secs(2))
///     .memory_limit(16 << 20)
///     .ini("precision", "5")
///     .build();
/// engine.run("echo M_PI;").unwrap();
/// assert_eq!(engine.take_output(), "3.1416");
/// ```
pub struct EngineBuilder {
    pub(crate) output: OutputChoice,
    pub(crate) ini: Vec<(String, String)>,
    pub(crate) groups: Vec<Group>,
    pub(crate) disabled_functions: Vec<String>,
    pub(crate) policy: Option<NetPolicy>,
    pub(crate) on_diagnostic: Option<DiagnosticFn>,
    pub(crate) max_depth: Option<usize>,
    pub(crate) argv: Vec<String>,
    pub(crate) locked_ini: Vec<String>,
    pub(crate) stderr: Option<Box<dyn Write>>,
}

impl Default for EngineBuilder {
    fn default() -> Self {
        EngineBuilder {
            output: OutputChoice::Stdout,
            ini: Vec::new(),
            groups: Group::ALL.to_vec(),
            disabled_functions: Vec::new(),
            policy: None,
            on_diagnostic: None,
            max_depth: None,
            argv: Vec::new(),
            locked_ini: Vec::new(),
            stderr: None,
        }
    }
}

impl EngineBuilder {
    /// Sends script output (`echo`, `print`, `printf`, `fwrite(STDOUT, …)`, displayed
    /// diagnostics) to `out` instead of standard output.
    pub fn output(mut self, out: impl Write + 'static) -> Self {
        self.output = OutputChoice::Writer(Box::new(out));
        self
    }

    /// Sends what the script writes to standard error (`fwrite(STDERR, …)`,
    /// `php://stderr`, diagnostics under `display_errors=stderr`) to `err` instead of the
    /// process's standard error.
    pub fn stderr(mut self, err: impl Write + 'static) -> Self {
        self.stderr = Some(Box::new(err));
        self
    }

    /// Keeps script output in memory; read it with [`Engine::take_output`].
    pub fn capture_output(mut self) -> Self {
        self.output = OutputChoice::Capture;
        self
    }

    /// Sets an ini directive, as `php -d key=value` does.
    pub fn ini(mut self, key: &str, value: &str) -> Self {
        self.ini.push((key.to_string(), value.to_string()));
        self
    }

    /// Gives the script exactly these builtin groups (the language itself, `Core`'s
    /// functions such as `define` and `func_get_args`, and host functions are always there).
    pub fn groups(mut self, groups: &[Group]) -> Self {
        self.groups = groups.to_vec();
        self
    }

    /// Adds a builtin group.
    pub fn enable(mut self, group: Group) -> Self {
        if !self.groups.contains(&group) {
            self.groups.push(group);
        }
        self
    }

    /// Removes a builtin group.
    pub fn disable(mut self, group: Group) -> Self {
        self.groups.retain(|g| *g != group);
        self
    }

    /// Removes single functions, as PHP's `disable_functions` ini setting does (calling one
    /// is then `Call to undefined function`).
    pub fn disable_functions<S: AsRef<str>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.disabled_functions
            .extend(names.into_iter().map(|n| n.as_ref().to_ascii_lowercase()));
        self
    }

    /// Puts a network policy in force: every bind, connect and sendto the script attempts
    /// (ext/sockets and stream sockets) is checked, and a refused one fails as the system
    /// call would with `EACCES` (`socket_connect(): unable to connect [13]: Permission
    /// denied`).
    pub fn network_policy(mut self, policy: NetPolicy) -> Self {
        self.policy = Some(policy);
        self
    }

    /// Shorthand for `network_policy(NetPolicy::deny_all())`.
    pub fn deny_network(self) -> Self {
        self.network_policy(NetPolicy::deny_all())
    }

    /// Receives diagnostics (warnings, notices, deprecations, fatal and parse errors,
    /// uncaught exceptions) instead of having them displayed in the output. The callback
    /// sees what passes `error_reporting` and `@`; fatal errors and exceptions are also
    /// returned as [`Error`](crate::Error)s.
    pub fn on_diagnostic(mut self, f: impl FnMut(&Diagnostic) + 'static) -> Self {
        self.on_diagnostic = Some(Box::new(f));
        self
    }

    /// Keeps scripts from changing these ini settings: `ini_set` fails for them (returns
    /// `false`, as for PHP's system-level settings). Lock the limits when running code you
    /// do not trust: `.lock_ini(["max_execution_time", "memory_limit"])` (and
    /// `.disable_functions(["set_time_limit"])`).
    pub fn lock_ini<S: AsRef<str>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.locked_ini
            .extend(names.into_iter().map(|n| n.as_ref().to_string()));
        self
    }

    /// Sets the `max_execution_time` ini setting: the script's wall-time budget, rounded up
    /// to whole seconds (zero: unlimited). Exceeding it ends the script with PHP's fatal
    /// error `Maximum execution time of N seconds exceeded` (enforced by the runtime). A
    /// script may change it unless it is locked ([`EngineBuilder::lock_ini`]).
    pub fn max_execution_time(self, limit: Duration) -> Self {
        let secs = limit.as_secs() + u64::from(limit.subsec_nanos() > 0);
        self.ini("max_execution_time", &secs.to_string())
    }

    /// Sets the `memory_limit` ini setting, in bytes: exceeding it ends the script with
    /// PHP's fatal error `Allowed memory size of N bytes exhausted` (enforced by the
    /// runtime). PHP's default is 128 MiB. A script may change it unless it is locked
    /// ([`EngineBuilder::lock_ini`]).
    pub fn memory_limit(self, bytes: u64) -> Self {
        self.ini("memory_limit", &bytes.to_string())
    }

    /// The deepest PHP call nesting allowed: deeper recursion ends the script with PHP's
    /// fatal error (as running out of memory for the call stack does) instead of
    /// overflowing the Rust stack. The machine-stack guard applies in any case.
    pub fn max_call_depth(mut self, depth: usize) -> Self {
        self.max_depth = Some(depth);
        self
    }

    /// Sets `$argv` (the first element is the script name as given).
    pub fn argv<S: Into<String>>(mut self, argv: impl IntoIterator<Item = S>) -> Self {
        self.argv = argv.into_iter().map(Into::into).collect();
        self
    }

    /// Builds the engine.
    pub fn build(self) -> Engine {
        let captured = matches!(self.output, OutputChoice::Capture).then(SharedBuf::default);
        Engine::from_builder(self, captured)
    }
}
